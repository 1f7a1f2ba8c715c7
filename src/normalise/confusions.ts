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
  ["j", "i", 0.3], ["i", "j", 0.3], ["q", "g", 0.3], ["g", "q", 0.3], ["k", "h", 0.3], ["fi", "h", 0.3],
  ["iv", "w", 0.8], ["p", "e", 0.3], ["il", "h", 0.5], ["ri", "a", 0.3], ["ol", "d", 0.4], ["lc", "k", 0.4], ["li", "b", 0.3]
]

/** A candidate for a word as seen: the word meant, the channel weight, and the pattern that explains it. */
export interface Candidate {
  readonly word: string
  readonly weight: number
  /** "ti→d", "edit", "split"… */
  readonly pattern: string
}

import { editOrder, replacementRules, rulesStartingWith, type EditKind, type WordTrie } from "./trie.ts"

/** The pattern of each confusion ("ti→d"), made once. */
const CONFUSION_PATTERNS = CONFUSIONS.map(([from, to]) => `${from}→${to}`)

/** The confusions as replacement rules for `WordTrie.replacements`. */
const CONFUSION_RULES = replacementRules(CONFUSIONS.map(([from, to]) => [from, to] as const))
/**
 * Is s written in letters (a–z and apostrophes)? Only such a string is a candidate: a string an OCR
 * confusion or an edit makes that keeps a digit is no word the text meant ("l4th" is "14th", not "4th"),
 * whatever a dictionary's compound rules or a reference count of "4th" say. (Without a regular expression:
 * asked of every string the search makes.)
 */
function lettersOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if ((c < 0x61 || c > 0x7a) && c !== 0x27) return false
  }
  return true
}

/** Channel weight of one plain edit (insertion, deletion, substitution, transposition). */
export const EDIT_WEIGHT = 0.08

const ALPHABET = "abcdefghijklmnopqrstuvwxyz"

/**
 * Words the seen form may stand for through one or two OCR confusions (and, when `edits`, one plain edit).
 * `known` filters candidates (a lexicon check). The seen form itself is never returned, nor a string that
 * is not written in letters (see `lettersOnly`).
 * `vocab`, when given, must hold every word of a–z and apostrophes that `known`, `knownEdit` and `deep`
 * accept: the confusions and the plain edits are then found by walking it instead of trying every edited
 * string (the same candidates, weights, patterns and order); `known` and `knownEdit` are then told
 * the tags `vocab` gives a word found in it (`tags`, undefined for a string made otherwise), and may
 * judge by them. `deepVocab` (default `vocab`), when given, must hold every word `deep` accepts: a smaller
 * trie makes the two-step search cheaper; when `deepExact`, it holds only those, and its words are taken
 * without asking `deep`.
 */
export function candidates(
  seen: string,
  known: (w: string, tags?: number) => boolean,
  edits: boolean,
  deep?: (w: string) => boolean,
  knownEdit: (w: string, tags?: number) => boolean = known,
  double = true,
  vocab?: WordTrie,
  deepVocab: WordTrie | undefined = vocab,
  deepExact = false
): Candidate[] {
  // (made on the first candidate: most searches find none)
  let out: Map<string, Candidate> | undefined
  const add = (word: string, weight: number, pattern: string, check = known, tags?: number) => {
    if (word === seen || word.length === 0) return
    const prev = out?.get(word)
    if (prev !== undefined && prev.weight >= weight) return
    if (prev === undefined) {
      if (!lettersOnly(word)) return
      if (tags === undefined && vocab !== undefined) {
        // (a string of a–z the trie lacks is known to no one; most strings an edit makes are no words, and
        // the trie says so within a letter or two; one it holds comes with its tags)
        const e = vocab.find(word)
        if (e === 0) return
        tags = e - 1
      }
      if (!check(word, tags)) return
    }
    ;(out ??= new Map()).set(word, { word, weight, pattern })
  }
  // (with a trie: only the confusions that make a word, found by a walk; every confused string is made
  // only when a further step starts from them all)
  const firstStep = vocab !== undefined ? [] : oneConfusion(seen)
  if (vocab === undefined) for (const [w, wt, p] of firstStep) add(w, wt, p)
  else for (const [w, wt, p, tags] of confusedWords(vocab, seen)) add(w, wt, p, known, tags)
  if (double && seen.length >= 4) {
    if (vocab !== undefined) {
      // (with a trie: only the pairs of confusions that make a word, from one walk, taken in the order of
      // the strings `one` gives: by the first confusion and its position, then the second and its)
      const hits = PAIRS
      hits.length = 0
      vocab.twoReplacements(seen, CONFUSION_RULES, collectPair)
      if (hits.length > 1) hits.sort(byPairOrder)
      for (let h = 0; h < hits.length; h++) {
        const [w2, k1, a1, k2, a2, tags] = hits[h]!
        add(w2, CONFUSIONS[k1]![2] * CONFUSIONS[k2]![2] * 0.5, pairPattern(k1, a1, k2, a2), known, tags)
      }
      hits.length = 0
    } else
      for (const f1 of confusedForms(seen))
        for (const f2 of confusedForms(f1.form)) add(f2.form, CONFUSIONS[f1.k]![2] * CONFUSIONS[f2.k]![2] * 0.5, pairPattern(f1.k, f1.at, f2.k, f2.at))
  }
  if (edits && vocab === undefined) for (const [w, wt, p] of oneEdit(seen)) add(w, wt, p, knownEdit)
  else if (edits && vocab !== undefined) vocab.oneEdit(seen, ALPHABET, (w, kind, at, ch, tags) => add(w, kindWeight(kind), editPattern(seen, kind, at, ch), knownEdit, tags))
  // deep: nothing one step away, a long word: one confusion or edit and then one more edit (known = `deep`)
  if (deep !== undefined && out === undefined && seen.length >= 6) {
    // (one of the two steps must be an OCR confusion: two plain edits reach too many words)
    const step = (w2: string, weight: number, pattern: () => string, exact: boolean) => {
      if (w2 === seen || !lettersOnly(w2) || (!exact && !deep(w2))) return
      const prev = out?.get(w2)
      if (prev === undefined || prev.weight < weight) (out ??= new Map()).set(w2, { word: w2, weight, pattern: pattern() })
    }
    if (deepVocab === undefined)
      for (const [w1, wt1, p1] of vocab !== undefined ? oneConfusion(seen) : firstStep) for (const [w2, wt2, p2] of oneEdit(w1)) step(w2, wt1 * wt2, () => `${p1}, ${p2}`, false)
    else {
      // (one walk for all the confused strings, its words then taken in the order of a walk per string: by
      // string, then by position and edit)
      // (only the confused strings from which an edit may reach a word of the trie: most are made for nothing)
      const variants = confusedForms(seen, deepVocab)
      const hits: Array<{ f: number; key: number; w2: string; kind: EditKind; at: number; ch: string }> = []
      deepVocab.confusedEdits(seen, variants, ALPHABET, (f, w2, kind, at, ch) => hits.push({ f, key: at * 1024 + editOrder(kind, ch), w2, kind, at, ch }))
      hits.sort((a, b) => a.f - b.f || a.key - b.key)
      for (const h of hits) {
        const v = variants[h.f]!
        step(h.w2, CONFUSIONS[v.k]![2] * kindWeight(h.kind), () => `${CONFUSION_PATTERNS[v.k]!}, ${editPattern(v.form, h.kind, h.at, h.ch)}`, deepExact)
      }
    }
  }
  return out === undefined ? [] : [...out.values()]
}

/** Every string one confusion makes of s, with its weight and pattern, in the order of `confusedForms`. */
function oneConfusion(s: string): Array<[string, number, string]> {
  return confusedForms(s).map(({ form, k }) => [form, CONFUSIONS[k]![2], CONFUSION_PATTERNS[k]!])
}

/**
 * Every string one confusion (k) makes of s at `at`, in the order of the confusions, then of the positions;
 * with `edited`, only those from which one plain edit may reach a word of that trie (`oneEditMay`).
 */
function confusedForms(s: string, edited?: WordTrie): Array<{ readonly form: string; readonly at: number; readonly k: number }> {
  const out: Array<{ form: string; at: number; k: number }> = []
  // (by position, only the confusions whose seen form starts with the letter there, instead of a search of
  // s for each confusion; then ordered by confusion and position, as a search per confusion finds them)
  for (let at = 0; at < s.length; at++)
    for (const k of rulesStartingWith(CONFUSION_RULES, s.charCodeAt(at))) {
      const [from, to] = CONFUSIONS[k]!
      if (s.startsWith(from, at) && (edited === undefined || edited.oneEditMay(s, at, from.length, to))) out.push({ form: s.slice(0, at) + to + s.slice(at + from.length), at, k })
    }
  if (out.length > 1) out.sort(byConfusionThenPosition)
  return out
}
const byConfusionThenPosition = (a: { readonly at: number; readonly k: number }, b: { readonly at: number; readonly k: number }) => a.k - b.k || a.at - b.at

/**
 * The words of `vocab` one confusion away from `s`, with weight, pattern and tags, in the order `one` gives
 * every confused string (by confusion, then position).
 */
function confusedWords(vocab: WordTrie, s: string): Array<[string, number, string, number]> {
  // (most strings have none: then nothing is made but the empty answer; the walk's reports are collected
  // in a buffer kept between calls)
  const hits = HITS
  hits.length = 0
  vocab.replacements(s, CONFUSION_RULES, collectHit)
  if (hits.length === 0) return []
  hits.sort((a, b) => a[1] - b[1] || a[2] - b[2])
  const out = hits.map(([w, k, , tags]): [string, number, string, number] => [w, CONFUSIONS[k]![2], CONFUSION_PATTERNS[k]!, tags])
  hits.length = 0
  return out
}

/** The buffer of `confusedWords` (it is not re-entered: `replacements` calls nothing that searches). */
const HITS: Array<[string, number, number, number]> = []
const collectHit = (w: string, k: number, at: number, tags: number) => {
  HITS.push([w, k, at, tags])
}

/** The buffer of the two-confusion walk's reports: [word, k1, a1, k2, b, tags] (not re-entered either). */
const PAIRS: Array<[string, number, number, number, number, number]> = []
const collectPair = (w: string, k1: number, a1: number, k2: number, b: number, tags: number) => {
  PAIRS.push([w, k1, a1, k2, b, tags])
}
/**
 * The pattern of two confusions found one after the other: "rn→m, c→e" at two places; where the second
 * rewrites what the first wrote, one letter read through another, "e→o→a" ("seperate" → separate: not
 * two letters changed, as "e→o, o→a" would say).
 */
function pairPattern(k1: number, at1: number, k2: number, at2: number): string {
  const [from1, to1] = CONFUSIONS[k1]!
  const [from2, to2] = CONFUSIONS[k2]!
  return at1 === at2 && to1 === from2 ? `${from1}→${to1}→${to2}` : `${CONFUSION_PATTERNS[k1]!}, ${CONFUSION_PATTERNS[k2]!}`
}
/** Is the pattern one of two steps (two confusions, chained or apart, or a confusion and an edit)? */
export function twoSteps(pattern: string): boolean {
  return pattern.includes(", ") || pattern.indexOf("→") !== pattern.lastIndexOf("→")
}
const byPairOrder = (x: readonly [string, number, number, number, number, number], y: readonly [string, number, number, number, number, number]) =>
  x[1] - y[1] || x[2] - y[2] || x[3] - y[3] || x[4] - y[4]

const kindWeight = (kind: EditKind) => (kind === "sub" ? EDIT_WEIGHT * 0.8 : EDIT_WEIGHT)

/** The pattern of one edit of `s` (as `oneEdit` writes it). */
function editPattern(s: string, kind: EditKind, at: number, ch: string): string {
  if (kind === "del") return `−${s[at]}`
  if (kind === "swap") return `${s[at]}${s[at + 1]}⇄`
  if (kind === "ins") return `+${ch}`
  return `${s[at]}→${ch}`
}

/** Every string one plain edit away, with its weight and pattern, in a fixed order. */
function oneEdit(s: string): Array<[string, number, string]> {
  const r: Array<[string, number, string]> = []
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length) r.push([s.slice(0, i) + s.slice(i + 1), EDIT_WEIGHT, `−${s[i]}`])
    if (i < s.length - 1) r.push([s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2), EDIT_WEIGHT, `${s[i]}${s[i + 1]}⇄`])
    for (const ch of ALPHABET) {
      r.push([s.slice(0, i) + ch + s.slice(i), EDIT_WEIGHT, `+${ch}`])
      if (i < s.length && ch !== s[i]) r.push([s.slice(0, i) + ch + s.slice(i + 1), EDIT_WEIGHT * 0.8, `${s[i]}→${ch}`])
    }
  }
  return r
}

/**
 * Is `meant` the word `seen` with one OCR confusion undone ("comiritern" and "comintern": ri→n)? The most
 * likely such confusion (weight and pattern, as `candidates` gives them), or null. Both in lower case.
 * Without making a string: asked of every pair of an unknown word and a name.
 */
export function oneConfusionBetween(seen: string, meant: string): { readonly weight: number; readonly pattern: string } | null {
  const ls = seen.length
  const lm = meant.length
  let prefix = 0
  while (prefix < ls && prefix < lm && seen.charCodeAt(prefix) === meant.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (suffix < ls && suffix < lm && seen.charCodeAt(ls - 1 - suffix) === meant.charCodeAt(lm - 1 - suffix)) suffix++
  let best = -1
  // (a confusion at `at` leaves the letters before it as they are, so `at` is within the common start; and
  // the letters after it, so they are within the common end)
  for (let at = 0; at <= prefix && at < ls; at++)
    for (const k of rulesStartingWith(CONFUSION_RULES, seen.charCodeAt(at))) {
      const [from, to, weight] = CONFUSIONS[k]!
      if (ls - from.length + to.length !== lm || ls - at - from.length > suffix) continue
      if (!seen.startsWith(from, at) || !meant.startsWith(to, at)) continue
      if (best < 0 || weight > CONFUSIONS[best]![2]) best = k
    }
  return best < 0 ? null : { weight: CONFUSIONS[best]![2], pattern: CONFUSION_PATTERNS[best]! }
}

/** Write `word` with the case pattern of `model` (UPPER, Capitalised, lower). */
export function matchCase(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase()
  // (a word in capitals with one small letter the scan misread, "THu", "ALr": in capitals)
  if (model.length > 2 && mostlyCapitals(model)) return word.toUpperCase()
  const f = model[0] ?? ""
  if (f !== f.toLowerCase()) return word[0]!.toUpperCase() + word.slice(1)
  return word
}

/**
 * `word` (in lower case) in the case `raw` prints it with, letter by letter: the two aligned by the fewest
 * edits, each letter of the word takes the case of the letter of raw it stands for (an inserted one, the
 * case of the next that stands for one: "Te" → The), so that a letter the scan misread, added or lost does
 * not decide the case ("THu" → THE, "ALr" → ALL, "HWe" → He, "WVe" → We, "Tbe" → The). A result in no case
 * a word is written in ("WILLIAm", from "WILLIAmt"; "THe" from "TLe") is in capitals when most of the letters
 * the scan read right are ("TLe": T and e, one each: The), else capitalised as raw begins, else in lower case
 * ("IIll" → Will); a word raw begins with a capital is capitalised at least ("Xbe" → Be: the capital may be a
 * sentence's).
 */
export function caseByAlignment(word: string, raw: string): string {
  const a = raw.toLowerCase()
  const n = a.length
  const m = word.length
  const cols = m + 1
  const d = new Int32Array((n + 1) * cols)
  for (let i = 0; i <= n; i++) d[i * cols] = i
  for (let j = 0; j <= m; j++) d[j] = j
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++)
      d[i * cols + j] = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + (a[i - 1] === word[j - 1] ? 0 : 1))
  // (back from the end: which letter of raw each letter of the word stands for, -1 for one inserted)
  const from = new Int32Array(m).fill(-1)
  for (let i = n, j = m; j > 0; ) {
    if (i > 0 && d[i * cols + j] === d[(i - 1) * cols + j - 1]! + (a[i - 1] === word[j - 1] ? 0 : 1)) from[--j] = --i
    else if (i > 0 && d[i * cols + j] === d[(i - 1) * cols + j]! + 1) i--
    else j--
  }
  const isUpper = (c: string) => c !== c.toLowerCase()
  let out = ""
  let ups = 0
  // (an inserted letter: the case of the next letter that stands for one of raw, else of the one before)
  let next = -1
  let upper = false
  for (let j = 0; j < m; j++) {
    if (next < j) for (next = j; next < m && from[next]! < 0; ) next++
    if (next < m) upper = isUpper(raw[from[next]!]!)
    out += upper ? word[j]!.toUpperCase() : word[j]
    if (upper) ups++
  }
  const capital = n > 0 && isUpper(raw[0]!)
  // (a capital the scan misread or added first keeps the word capitalised: "Xbe" → Be, "Vin" → In)
  if (ups === 0) return capital ? word[0]!.toUpperCase() + word.slice(1) : word
  if (ups === m || (ups === 1 && isUpper(out[0]!))) return out
  // (in no case a word is written in: the letters the scan read right vote, those it misread do not: "THu"
  // → THE, "TLe" → The)
  let right = 0
  let rightUp = 0
  for (let j = 0; j < m; j++) {
    const k = from[j]!
    if (k < 0 || a[k] !== word[j]) continue
    right++
    if (isUpper(raw[k]!)) rightUp++
  }
  if (2 * rightUp > right) return word.toUpperCase()
  return capital ? word[0]!.toUpperCase() + word.slice(1) : word
}

/**
 * Does s begin with two capitals and hold no more than one small letter? (A word in capitals, or in capitals
 * but for one small letter the scan misread: "THu", "TOTTENHAd".)
 */
export function mostlyCapitals(s: string): boolean {
  const a = s.charCodeAt(0)
  const b = s.charCodeAt(1)
  if (!(a >= 0x41 && a <= 0x5a && b >= 0x41 && b <= 0x5a)) return false
  let small = 0
  for (let i = 2; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x61 && c <= 0x7a && ++small > 1) return false
  }
  return true
}

/** Is b one plain edit (insertion, deletion, substitution, adjacent transposition) away from a? The edit, or null. */
export function oneEditPattern(a: string, b: string): string | null {
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > 1 || a === b) return null
  let i = 0
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++
  // (allocation-free rejection first: the tails after the first difference must agree)
  let ja = la - 1
  let jb = lb - 1
  while (ja > i && jb > i && a.charCodeAt(ja) === b.charCodeAt(jb)) {
    ja--
    jb--
  }
  if (ja - i > 1 || jb - i > 1) return null
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return `${a[i]}→${b[i]}`
    if (i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return `${a[i]}${a[i + 1]}⇄`
    return null
  }
  if (la > lb) return a.slice(i + 1) === b.slice(i) ? `−${a[i]}` : null
  return a.slice(i) === b.slice(i + 1) ? `+${b[i]}` : null
}
