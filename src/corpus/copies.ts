/**
 * Witnesses that repeat another word for word: one file loaded twice, under two names (or saved twice, with
 * other line endings or spacing). They are collated as any witness is, but a copy is no second source: the
 * normaliser counts its words once (a word is not "used elsewhere in the corpus" by a copy of itself), and
 * the corpus commands say so on loading.
 */
import type { TokenisedWitness } from "../domain/model.ts"

/** Do two witnesses have the same tokens, as written (their spacing and line ends aside)? */
function sameWords(a: TokenisedWitness, b: TokenisedWitness): boolean {
  const ta = a.tokens
  const tb = b.tokens
  if (ta.length !== tb.length) return false
  const x = a.witness.text
  const y = b.witness.text
  if (x === y) return true
  for (let i = 0; i < ta.length; i++) {
    const s = ta[i]!
    const t = tb[i]!
    if (s.n !== t.n) return false
    // (as written, but for the spaces inside a word broken at a line end, "bureau-\r\ncracy")
    let j = s.start
    let k = t.start
    for (;;) {
      while (j < s.end && isSpace(x.charCodeAt(j))) j++
      while (k < t.end && isSpace(y.charCodeAt(k))) k++
      if (j === s.end || k === t.end) break
      if (x.charCodeAt(j++) !== y.charCodeAt(k++)) return false
    }
    if (j !== s.end || k !== t.end) return false
  }
  return true
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09

/**
 * Per witness, the index of an earlier witness it repeats word for word, or -1. Witnesses are compared only
 * where their numbers of tokens agree.
 */
export function copiesOf(witnesses: ReadonlyArray<TokenisedWitness>): Int32Array {
  const out = new Int32Array(witnesses.length).fill(-1)
  const byCount = new Map<number, number[]>()
  witnesses.forEach((w, i) => {
    const same = byCount.get(w.tokens.length)
    if (same === undefined) byCount.set(w.tokens.length, [i])
    else {
      const first = same.find((j) => sameWords(witnesses[j]!, w))
      if (first === undefined) same.push(i)
      else out[i] = first
    }
  })
  return out
}
