/**
 * Misread names: a capitalised word in no dictionary, nowhere in the reference and seldom in the corpus,
 * that one OCR confusion makes a name the same witness writes capitalised twice or more and the corpus
 * several times ("the subordination of the Comiritern to the interests" → Comintern, ri→n: Callinicos writes
 * "Comintern" twice, the study guide eight times; BLN600's scans, "Thornas" → Thomas, "Mancbester" →
 * Manchester, "Lendon" → London); in a scan, one plain edit away too ("Willam" → William, "Armold" →
 * Arnold). The non-word rule leaves a capitalised word inside a sentence alone, as a name; a name the witness
 * itself writes otherwise, and often, is the evidence that this one is misread.
 * Left alone:
 * - a name only other documents write (a name of another report is another person's: pooled, BLN600's
 *   corrected articles gave "Waller" → Walter, "Clutton" → Dutton, "Loudon" → London, all true names);
 * - a word the corpus writes nearly as often as the name (`TIMES_AS_OFTEN`: two names of one shape);
 * - a word two names are one confusion away from (no choice between them is made);
 * - a name's plural or singular ("the Watsons", "the Menshevik leaders");
 * - a word the reference writes in lower case more often than capitalised ("Mather" is not "Mother");
 * - a witness in lower case throughout (its names are the case rules').
 * Pure.
 */
import { matchCase, oneConfusionBetween, oneEditPattern } from "../confusions.ts"
import { sentenceInitial } from "../context.ts"
import type { Draft } from "../proposal.ts"
import { afterInitial, errorPrior, perCall, q, SCAN_PRIOR, type DetectorInput } from "./shared.ts"

/** Times the corpus must hold the name (copies aside). */
const NAME_MIN = 3
/** Times this witness must write the name capitalised, not where a sentence starts. */
const HERE_MIN = 2
/** How many times more often the corpus must hold the name than the word as printed. */
const TIMES_AS_OFTEN = 3
/** Letters a word must have (a short capitalised word, "Lee", "Lea", has too many names one confusion away). */
export const MIN_LENGTH = 5
/**
 * Confidence of a name one OCR confusion away. (BLN600's OCR, each article alone, all samples: 29 proposals, 28
 * closer to the ground truth, one further: an article whose scan read "Hilaire" as "Bilaire" three times and
 * right once.)
 */
const CONFIDENCE = 0.85
/**
 * A name one plain edit away (a letter lost, added, changed or two swapped: "Willam" → William, "Armold" →
 * Arnold) is taken in a word of EDIT_MIN_LENGTH letters or more, at EDIT_CONFIDENCE, in a scan (`errorPrior`
 * at least SCAN_PRIOR). (BLN600's OCR, all samples: 58 more proposals, 56 closer to the ground truth, 2
 * further, "Ramsay" → Ramsey and "Beeton" → Beeston, two names of one report; a family's plural, "the
 * Watsons", was the other error, now left alone. In a careful transcription two names a letter apart are
 * two names: BLN600's corrected articles, pooled, "Kirkby" and "Kirby", "Weinger" and "Weiner"; Deutscher's
 * "All the Russias" beside his "Russian".)
 */
const EDIT_MIN_LENGTH = 6
const EDIT_CONFIDENCE = 0.75
/** A name as printed: a capital, then small letters. */
export const CAPITALISED = /^[A-Z][a-z]+$/
/** A name one confusion or edit from a word: its form, counts and the pattern that makes it. */
interface Found {
  readonly word: string
  readonly id: number
  readonly times: number
  readonly pattern: string
  readonly confusion: boolean
}
const NO_NAMES: ReadonlyArray<number> = []
/** Is n a possessive ("comintern’s")? It is counted as its name. */
function possessive(n: string): boolean {
  const l = n.length
  if (l < 3 || n.charCodeAt(l - 1) !== 0x73) return false
  const a = n.charCodeAt(l - 2)
  return a === 0x27 || a === 0x2019
}

export function detectMisreadNames(input: DetectorInput): Draft[] {
  if (input.lowerCase) return []
  const { model, index } = input
  const corpus = model.corpus
  const { text } = input.witness.witness
  const tokens = input.witness.tokens
  const ids = corpus.tokenIds[index]!
  const lex = model.lexicon
  // in one pass: the words that may be misread names (capitalised, of letters, unknown to the reference), and
  // the names this witness writes capitalised, not where a sentence starts (a possessive as its name)
  const suspects: number[] = []
  const here = new Map<number, number>()
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const length = t.end - t.start
    if (length < MIN_LENGTH - 2 || t.kind !== "word") continue
    const c = text.charCodeAt(t.start)
    if (c < 0x41 || c > 0x5a) continue
    const id = ids[i]!
    if (length >= MIN_LENGTH && model.refCount(id) === 0 && CAPITALISED.test(text.slice(t.start, t.end))) suspects.push(i)
    const name = possessive(t.n) ? (corpus.ids.get(t.n.slice(0, -2)) ?? id) : id
    // (only a word the corpus holds twice or more can be the name; asked first, as the cheaper test)
    if (corpus.counts[name]! < HERE_MIN || (sentenceInitial(tokens, i, text) && !afterInitial(tokens, i, text))) continue
    here.set(name, (here.get(name) ?? 0) + 1)
  }
  if (suspects.length === 0) return []
  // per word id, for the whole call: the times the corpus holds it, its possessives with it, if it may be a
  // name (not a word the reference writes in lower case more often, "Mother", "Horse"); -1 if not; 0 not asked
  const nameTimes = perCall(model, "misread-names", () => new Int32Array(corpus.words.length))
  const names: Array<{ readonly id: number; readonly word: string; readonly times: number }> = []
  for (const [id, n] of here) {
    if (n < HERE_MIN) continue
    const word = corpus.words[id]!
    let times = nameTimes[id]!
    if (times === 0) {
      const r = lex.caseOf(word)
      times = r.lower > r.capital ? -1 : corpus.counts[id]! + (corpus.counts[corpus.ids.get(`${word}\u2019s`) ?? -1] ?? 0) + (corpus.counts[corpus.ids.get(`${word}'s`) ?? -1] ?? 0)
      nameTimes[id] = times
    }
    if (times >= NAME_MIN) names.push({ id, word, times })
  }
  if (names.length === 0) return []
  // (asked only when a plain edit would make a name: most words are one confusion from one or none)
  let prior = -1
  const scan = () => (prior < 0 ? (prior = errorPrior(input)) : prior) >= SCAN_PRIOR
  // (the names by their first two letters, by their last two, and by their first and last, with their length:
  // one confusion or edit of a word of MIN_LENGTH letters or more changes one stretch of three letters at most
  // and its length by two at most, "iii" → m: a stretch at its start leaves its last two letters, one at its
  // end its first two, one inside its first and last; a witness of many names, a whole book, is then not
  // asked name by name for each word)
  const byEnds = new Map<string, number[]>()
  const endKeys = (w: string, length: number) => [`${length}<${w.slice(0, 2)}`, `${length}>${w.slice(-2)}`, `${length}|${w[0]}${w[w.length - 1]}`]
  names.forEach((name, k) => {
    for (const key of endKeys(name.word, name.word.length)) {
      const list = byEnds.get(key)
      if (list === undefined) byEnds.set(key, [k])
      else list.push(k)
    }
  })
  const asked = new Int32Array(names.length).fill(-1)
  /** The one name a word is a misreading of, or null (none, or several): judged once per word. */
  const judged = new Map<number, Found | null>()
  const judge = (i: number, w: string, seen: number): Found | null => {
    let found: Found | null = null
    let several = false
    for (let d = -2; d <= 2; d++)
      for (const key of endKeys(w, w.length + d))
        for (const k of byEnds.get(key) ?? NO_NAMES) {
          // (a name found under two of its keys is asked once)
          if (asked[k] === i) continue
          asked[k] = i
          const name = names[k]!
          if (name.times < TIMES_AS_OFTEN * seen) continue
          const confusion = oneConfusionBetween(w, name.word)
          const edit = confusion === null && w.length >= EDIT_MIN_LENGTH && scan() ? oneEditPattern(w, name.word) : null
          const how = confusion ?? (edit === null ? null : { pattern: edit, weight: 0 })
          if (how === null) continue
          // (a family's plural, "the Watsons", is no misreading of "Watson", nor a name's singular of its
          // plural, "the Menshevik leaders" of "Mensheviks")
          if (w === `${name.word}s` || w === `${name.word}es` || name.word === `${w}s` || name.word === `${w}es`) continue
          if (found !== null) several = true
          found = { ...name, pattern: how.pattern, confusion: confusion !== null }
        }
    return several || lex.unigram(w) > 0 || lex.isWord(w) ? null : found
  }
  const out: Draft[] = []
  for (const i of suspects) {
    const t = tokens[i]!
    const id = ids[i]!
    const w = t.n
    const seen = corpus.counts[id]!
    let found = judged.get(id)
    if (found === undefined) judged.set(id, (found = judge(i, w, seen)))
    if (found === null) continue
    const raw = text.slice(t.start, t.end)
    const replacement = matchCase(found.word, raw)
    const times = found.times
    out.push({
      start: t.start,
      end: t.end,
      replacement,
      rule: "misread-name",
      class: "non-word",
      confidence: found.confusion ? CONFIDENCE : EDIT_CONFIDENCE,
      explanation: `${q(raw)} is in no dictionary and the corpus has it ${seen === 1 ? "once" : `${seen} times`}; ${q(replacement)} (${found.pattern}), ${found.confusion ? "one OCR confusion" : "one letter"} away, is a name this witness writes ${here.get(found.id)} times and the corpus holds ${times}`,
      evidence: { pattern: found.pattern, corpus: times, witness: here.get(found.id)!, asPrinted: seen }
    })
  }
  return out
}
