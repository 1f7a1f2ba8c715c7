/**
 * Witnesses that repeat another word for word: one file loaded twice, under two names. They are collated
 * as any witness is, but a copy is no second source: the normaliser counts its words once (a word is not
 * "used elsewhere in the corpus" by a copy of itself), and the corpus commands say so on loading.
 */

/** Per text, the index of an earlier text that is the same, or -1. Texts are compared only where their lengths agree. */
export function copiesOf(texts: ReadonlyArray<string>): Int32Array {
  const out = new Int32Array(texts.length).fill(-1)
  const byLength = new Map<number, number[]>()
  texts.forEach((text, i) => {
    const same = byLength.get(text.length)
    if (same === undefined) byLength.set(text.length, [i])
    else {
      const first = same.find((j) => texts[j] === text)
      if (first === undefined) same.push(i)
      else out[i] = first
    }
  })
  return out
}
