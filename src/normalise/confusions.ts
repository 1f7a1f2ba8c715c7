/**
 * OCR confusions: character sequences a scanner reads in place of others ("d" read as "ti" or "cl",
 * "m" as "rn", "h" as "li"…), and candidate generation from a word as seen to the words it may stand for.
 * Weights are relative likelihoods (1 = the most common confusions); a plain edit is weighted far lower.
 */

/** [as seen, meant, weight] */
export const CONFUSIONS: ReadonlyArray<readonly [string, string, number]> = [
  ["ti", "d", 1], ["cl", "d", 1], ["rn", "m", 1], ["m", "rn", 0.6], ["li", "h", 1], ["ri", "n", 0.8],
  ["in", "m", 0.5], ["ni", "m", 0.5], ["iii", "m", 0.5], ["vv", "w", 0.8], ["ii", "u", 0.6], ["ii", "n", 0.4],
  ["0", "o", 1], ["1", "l", 1], ["1", "i", 0.8], ["l", "i", 0.6], ["i", "l", 0.6], ["!", "l", 0.5], ["I", "l", 0.6],
  ["b", "h", 0.8], ["h", "b", 0.6], ["c", "e", 0.8], ["e", "c", 0.8], ["o", "e", 0.5], ["e", "o", 0.5],
  ["a", "o", 0.4], ["o", "a", 0.4], ["n", "u", 0.7], ["u", "n", 0.7], ["f", "s", 0.6], ["f", "t", 0.5],
  ["t", "f", 0.5], ["l", "t", 0.4], ["t", "l", 0.4], ["ti", "u", 0.4], ["h", "li", 0.4], ["d", "cl", 0.4],
  ["v", "y", 0.4], ["y", "v", 0.4], ["5", "s", 0.5], ["8", "s", 0.3], ["tl", "d", 0.5], ["ln", "h", 0.4],
  ["c", "o", 0.4], ["s", "a", 0.3], ["a", "s", 0.3], ["r", "n", 0.3], ["n", "r", 0.3], ["P", "e", 0.4],
  ["j", "i", 0.3], ["i", "j", 0.3], ["q", "g", 0.3], ["g", "q", 0.3], ["k", "h", 0.3], ["fi", "h", 0.3]
]

/** A candidate for a word as seen: the word meant, the channel weight, and the pattern that explains it. */
export interface Candidate {
  readonly word: string
  readonly weight: number
  /** "ti→d", "edit", "split"… */
  readonly pattern: string
}

/** Channel weight of one plain edit (insertion, deletion, substitution, transposition). */
export const EDIT_WEIGHT = 0.08

const ALPHABET = "abcdefghijklmnopqrstuvwxyz"

/**
 * Words the seen form may stand for through one or two OCR confusions (and, when `edits`, one plain edit).
 * `known` filters candidates (a lexicon check). The seen form itself is never returned.
 */
export function candidates(seen: string, known: (w: string) => boolean, edits: boolean): Candidate[] {
  const out = new Map<string, Candidate>()
  const add = (word: string, weight: number, pattern: string) => {
    if (word === seen || word.length === 0) return
    const prev = out.get(word)
    if (prev !== undefined && prev.weight >= weight) return
    if (prev === undefined && !known(word)) return
    out.set(word, { word, weight, pattern })
  }
  const one = (s: string): Array<[string, number, string]> => {
    const r: Array<[string, number, string]> = []
    for (const [from, to, wt] of CONFUSIONS) {
      let at = s.indexOf(from)
      while (at >= 0) {
        r.push([s.slice(0, at) + to + s.slice(at + from.length), wt, `${from}→${to}`])
        at = s.indexOf(from, at + 1)
      }
    }
    return r
  }
  const firstStep = one(seen)
  for (const [w, wt, p] of firstStep) add(w, wt, p)
  if (seen.length >= 4) {
    for (const [w1, wt1, p1] of firstStep) for (const [w2, wt2, p2] of one(w1)) add(w2, wt1 * wt2 * 0.5, `${p1}, ${p2}`)
  }
  if (edits) {
    const s = seen
    for (let i = 0; i <= s.length; i++) {
      if (i < s.length) add(s.slice(0, i) + s.slice(i + 1), EDIT_WEIGHT, `−${s[i]}`)
      if (i < s.length - 1) add(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2), EDIT_WEIGHT, `${s[i]}${s[i + 1]}⇄`)
      for (const ch of ALPHABET) {
        add(s.slice(0, i) + ch + s.slice(i), EDIT_WEIGHT, `+${ch}`)
        if (i < s.length && ch !== s[i]) add(s.slice(0, i) + ch + s.slice(i + 1), EDIT_WEIGHT * 0.8, `${s[i]}→${ch}`)
      }
    }
  }
  return [...out.values()]
}

/** Write `word` with the case pattern of `model` (UPPER, Capitalised, lower). */
export function matchCase(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase()
  const f = model[0] ?? ""
  if (f !== f.toLowerCase()) return word[0]!.toUpperCase() + word.slice(1)
  return word
}
