/**
 * The long s. Books printed before about 1800 set s as ſ everywhere but at a word's end, and a scan reads ſ as
 * f: "WHEN in the Courfe of human Events, it becomes neceffary … that they fhould declare the Caufes". A
 * witness where LONG_S_MIN words or more (distinct) that neither the reference nor the dictionary knows become
 * words when some of their f's are read as s was printed so: each such word gets its s back (rule `long-s`),
 * in one group an editor can accept together and still inspect one by one.
 *
 * The non-word rule reads a single f→s as one OCR confusion among many, and leaves what such a print is full
 * of: its capitalised nouns ("Courfe", "Refpect", "Happinefs": a capital inside a sentence is a name to it),
 * and its runs of words the long s made unknown ("as to them fhall feem moft likely": three unknown words in a
 * row are a foreign phrase to it); and it may take another confusion where the pattern of the witness says s
 * ("have fo confounded" → to). Here the witness's pattern is the evidence: the f's of a word are read as s
 * in every combination, and the reading the reference or the dictionary knows is taken (the commonest when
 * more than one is, by REFERENCE_LEAD at least; else none).
 * A word the long s made into another word ("the fame Object", "all is loft", "I fee the") is given its s
 * where the context prefers that reading by far (`REAL_WORD_MARGIN`): in such a print, f for s is the
 * likeliest misreading there is, and the witness's own repetitions of it vouch for nothing.
 * Left alone: a word's last f (ſ never ends a word: "itself", "of"); a capital F (there is no capital long
 * s); a word whose f's make no word (another misreading, the non-word rule's).
 * Pure.
 */
import type { Token } from "../../domain/model.ts"
import type { Lexicon } from "../lexicon.ts"
import type { Draft } from "../proposal.ts"
import { fitAsPrinted, fmt, nextN, prevN, printsHabit, q, type DetectorInput } from "./shared.ts"

/** Distinct words the long s explains that a witness must hold to be read as printed with it. */
export const LONG_S_MIN = 5
/**
 * Confidence of a word given its s back: above the non-word rule's (the same word, most often, but the
 * witness's pattern says more than one confusion's weight: "fhewn" is the period's "shewn", not "shown").
 */
const CONFIDENCE = 0.97
/** The f's of a word tried (every combination of them: 2^MAX_FS readings at most). */
const MAX_FS = 5
/** How many times the reference must write the chosen reading more often than another that is a word. */
const REFERENCE_LEAD = 4
/**
 * Log-odds by which the context must prefer the reading with s of a word that is a word as printed, the word
 * as printed judged by the reference alone ("the fame Object" → same, 7.8; "all is loft." → lost, 9.1; "I fee
 * the" → see, 9.2; "fit down" → sit, 10.2), and the confidence of such a proposal: above the real-word
 * rule's, whose other confusions do not know the print ("loft" → left), below a word no dictionary knows (the
 * word as printed may be meant: "the loft of the barn", 5.7; "a fit man" and "the fee was paid", below 1).
 */
const REAL_WORD_MARGIN = Math.log(1000)
const REAL_WORD_CONFIDENCE = 0.9
/** Words of the witness the explanation names. */
const SHOWN = 4

/** A word given its s back: the reading (in the normal form's lower case) and the f's read as s. */
interface Reading {
  readonly word: string
  readonly positions: ReadonlyArray<number>
}

/**
 * The reading of a word printed with the long s, or null: its f's (not the last letter) read as s in every
 * combination, the one `known` knows (the commonest by `count`, REFERENCE_LEAD times the next, when more do).
 */
export function longSReading(w: string, known: (x: string) => boolean, count: (x: string) => number): Reading | null {
  const at: number[] = []
  for (let k = 0; k < w.length - 1; k++) if (w.charCodeAt(k) === 0x66) at.push(k)
  if (at.length === 0 || at.length > MAX_FS) return null
  let best: Reading | null = null
  let bestCount = -1
  let runnerUp = -1
  for (let mask = 1; mask < 1 << at.length; mask++) {
    const chars = w.split("")
    const positions: number[] = []
    for (let b = 0; b < at.length; b++)
      if ((mask >> b) & 1) {
        chars[at[b]!] = "s"
        positions.push(at[b]!)
      }
    const word = chars.join("")
    if (!known(word)) continue
    const c = count(word)
    if (c > bestCount) {
      runnerUp = bestCount
      best = { word, positions }
      bestCount = c
    } else if (c > runnerUp) runnerUp = c
  }
  if (best === null) return null
  // (two readings that are words, neither far commoner than the other: no choice is made, "fift" is sift or fist)
  if (runnerUp >= 0 && bestCount < REFERENCE_LEAD * Math.max(1, runnerUp)) return null
  return best
}

/** The word as printed with the f's of the reading read as s (its case kept). */
function withS(raw: string, reading: Reading): string {
  const chars = raw.split("")
  for (const k of reading.positions) chars[k] = "s"
  return chars.join("")
}

/**
 * Reference count from which a word with an s inside it is one a print with the long s shows in nearly any
 * paragraph (such, these, should, first, most, himself, said…), and how many of them a witness must print
 * with f for its other words to be asked about: a cheap first test (a scan of modern print misreads an s as
 * f now and then, "fo", but not the commonest words of the language as a habit).
 */
const SIGNATURE_COUNT = 300
const SIGNATURE_MIN = 2

/** The f-forms of the reference's commonest words with an s before their end ("fuch", "thefe"), that are no words. */
function signatureForms(lex: Lexicon): ReadonlySet<string> {
  const forms = new Set<string>()
  for (const w of lex.frequent(SIGNATURE_COUNT)) {
    const f = w.slice(0, -1).replace(/s/g, "f") + w.slice(-1)
    if (f !== w && lex.unigram(f) === 0 && !lex.isWord(f)) forms.add(f)
  }
  return forms
}

export function detectLongS(input: DetectorInput): Draft[] {
  const { text, id } = input.witness.witness
  const tokens = input.witness.tokens
  const lex = input.model.lexicon
  // (the first test: is the witness's commonest vocabulary printed with f for s?)
  if (!printsHabit(input.model, "long-s", signatureForms, input.index, SIGNATURE_MIN)) return []
  const ids = input.model.corpus.tokenIds[input.index]!
  const known = (x: string) => lex.unigram(x) > 0 || lex.isWord(x)
  // (per word as printed, its reading, decided once; null: none)
  const readings = new Map<string, Reading | null>()
  const realReadings = new Map<string, Reading | null>()
  const found: Array<{ readonly t: Token; readonly raw: string; readonly reading: Reading }> = []
  for (const t of tokens) {
    if (t.kind !== "word" || t.n.indexOf("f") < 0) continue
    const raw = text.slice(t.start, t.end)
    // (the normal form must be the word as printed, in lower case: the positions are the same in both)
    if (raw.length !== t.n.length || raw.toLowerCase() !== t.n) continue
    let r = readings.get(raw)
    if (r === undefined) {
      // (only the small f's: a capital F is an F; a word known as printed is one)
      r = known(t.n) || lex.isWord(raw) ? null : longSReading(raw.toLowerCase(), known, (x) => lex.unigram(x))
      if (r !== null && r.positions.some((k) => raw.charCodeAt(k) !== 0x66)) r = null
      readings.set(raw, r)
    }
    if (r !== null) found.push({ t, raw, reading: r })
  }
  const words = [...new Set(found.map((f) => f.raw.toLowerCase()))]
  if (words.length < LONG_S_MIN) return []
  const examples = words.slice(0, SHOWN).map(q).join(", ")
  const out = found.map(({ t, raw, reading }): Draft => {
    const replacement = withS(raw, reading)
    return {
      start: t.start, end: t.end, replacement, rule: "long-s", class: "non-word", confidence: CONFIDENCE, group: `long-s:${id}`,
      explanation: `${q(raw)}: printed with the long s (ſ), which the scan read as f, as ${words.length} words of this witness are (${examples}…); ${q(replacement)}`,
      evidence: { pattern: "ſ→f", reading: reading.word, witnessWords: words.length, examples: words.slice(0, SHOWN) }
    }
  })
  // words the long s made into other words ("the fame Object", "all is loft"), where the context prefers the
  // reading with s by REAL_WORD_MARGIN: in such a print, f for s is the likeliest misreading there is
  const { model } = input
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind !== "word" || t.n.length < 2 || t.n.indexOf("f") < 0 || t.n.indexOf("f") === t.n.length - 1) continue
    const raw = text.slice(t.start, t.end)
    if (raw.length !== t.n.length || raw.toLowerCase() !== t.n || !known(t.n)) continue
    let r = realReadings.get(t.n)
    if (r === undefined) realReadings.set(t.n, (r = longSReading(t.n, known, (x) => lex.unigram(x))))
    if (r === null || r.positions.some((k) => raw.charCodeAt(k) !== 0x66)) continue
    const prev = model.idOf(prevN(tokens, i, text))
    const next = model.idOf(nextN(tokens, i, text))
    const meant = model.idOf(r.word)
    // (the word as printed judged by the reference alone: in such a print its pairs in the witnesses are the
    // misreading's, repeated, "the fame Object … the fame man")
    const w = ids[i]!
    const printedFit = fitAsPrinted(model, prev, w, next)
    const meantFit = model.logCondOfIds(prev, meant) + model.logCondOfIds(meant, next)
    if (meantFit - printedFit < REAL_WORD_MARGIN) continue
    const replacement = withS(raw, r)
    out.push({
      start: t.start, end: t.end, replacement, rule: "long-s", class: "non-word", confidence: REAL_WORD_CONFIDENCE, group: `long-s:${id}`,
      explanation: `${q(raw)}: printed with the long s (ſ), which the scan read as f, as ${words.length} words of this witness are (${examples}…); ${q(replacement)} fits ${q(`${prevN(tokens, i, text)} … ${nextN(tokens, i, text)}`)} far better`,
      evidence: { pattern: "ſ→f", reading: r.word, witnessWords: words.length, examples: words.slice(0, SHOWN), logOdds: fmt(meantFit - printedFit) }
    })
  }
  return out
}
