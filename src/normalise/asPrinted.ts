/**
 * What the normaliser leaves as printed, whatever a rule finds there (the issue's "must not be touched"):
 * - a word of a **foreign phrase** ("the ancien régime", "Ich weiss nicht": see foreign.ts) is no misreading
 *   of the English word it resembles: the rules that read a word as another's misreading hold back there;
 * - a word **marked [sic]** ("verry [sic] tame", "recieved (sic)", "[_sic_]", "[sic!]") is the editor's or
 *   the author's own report that the source prints it so: no rule touches it;
 * - a paragraph **in Middle English** ("Whan that Aprille with his shoures soote", a quotation of Chaucer in
 *   an essay on him) spells as its period did: "sweete", "nyght", "hem", "hir" are no misreadings of sweet,
 *   night, he, his, and the word rules hold back there (`middleEnglish`).
 * What is held back goes to the withheld, with why, so that an editor sees it (index.ts).
 *
 * Pure: the witness's text and tokens and the Lexicon.
 */
import type { Token } from "../domain/model.ts"
import { foreignPhrases, type ForeignPhrase } from "./foreign.ts"
import type { Lexicon } from "./lexicon.ts"

/**
 * The detectors that read a word as a misreading of another (the non-word and real-word rules, names, the long
 * s, a capital inside a word, stray fragments): a foreign phrase holds back what they propose inside it.
 * (Not the collated rule: another witness's reading of the place is evidence of its own.)
 */
const WORD_DETECTORS: ReadonlySet<string> = new Set(["real-word", "non-word", "names", "long-s", "mixed-case", "stray"])

/** "[sic]", "(sic)", "[sic!]", "[sic.]", "[_sic_]", "[*sic*]", in any case. */
const SIC = /[[(]\s*[_*]?sic[_*]?[.!]?\s*[\])]/gi

/**
 * The commonest words of Middle English that today's English has lost (when, such, also, then, not, should,
 * would, could, said, had, these, you, without, each, them, say, before, again, certainly, indeed, since):
 * none is in the Brown corpus or BLN600's OCR, nor in the en-US or en-GB dictionary but "eek", "yow" and "hem".
 */
const MIDDLE_ENGLISH = new Set(["whan", "swich", "swiche", "thanne", "noght", "sholde", "wolde", "koude", "seyde", "hadde", "eek", "thise", "thilke", "yow", "withouten", "everich", "ech", "hem", "seyn", "bifore", "agayn", "certes", "ywis", "sith"])
/** Distinct words of MIDDLE_ENGLISH a paragraph must print to be read as written in it. */
const MIDDLE_ENGLISH_MIN = 2

/** The paragraphs (blank-line delimited) that print MIDDLE_ENGLISH_MIN distinct words of Middle English, with those words. */
export function middleEnglish(text: string, tokens: ReadonlyArray<Token>): Array<{ readonly start: number; readonly end: number; readonly words: ReadonlyArray<string> }> {
  const out: Array<{ start: number; end: number; words: string[] }> = []
  let from = -1
  let to = -1
  // (each word as first printed, by its normal form)
  let seen = new Map<string, string>()
  const close = () => {
    if (seen.size >= MIDDLE_ENGLISH_MIN) out.push({ start: from, end: to, words: [...seen.values()] })
    from = -1
    seen = new Map()
  }
  for (const t of tokens) {
    if (from < 0) from = t.start
    to = t.end
    if (t.kind === "word" && MIDDLE_ENGLISH.has(t.n) && !seen.has(t.n)) seen.set(t.n, text.slice(t.start, t.end))
    if (t.t.length > 1 && t.t.includes("\n") && /\n[^\S\n]*\n/.test(t.t)) close()
  }
  close()
  return out
}

/** A span of the witness held as printed, and why. */
interface Held {
  readonly start: number
  readonly end: number
  readonly why: string
}

/** The first of the spans (sorted by start, none overlapping) that start–end overlaps, or null. */
function overlapping(spans: ReadonlyArray<Held>, start: number, end: number): Held | null {
  // (binary search for the first span ending after start)
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid]!.end <= start) lo = mid + 1
    else hi = mid
  }
  const s = spans[lo]
  return s !== undefined && s.start < end ? s : null
}

/** The word each "[sic]" of the text marks: the last word before it (punctuation and quotes may come between). */
export function sicMarked(text: string, tokens: ReadonlyArray<Token>): Array<{ readonly start: number; readonly end: number; readonly mark: string }> {
  const out: Array<{ start: number; end: number; mark: string }> = []
  if (!/sic/i.test(text)) return out
  let k = 0
  for (const m of text.matchAll(SIC)) {
    // (the last word token ending before the mark; the tokens are in text order)
    while (k < tokens.length && tokens[k]!.end <= m.index) k++
    let j = k - 1
    while (j >= 0 && tokens[j]!.kind !== "word") j--
    // (a word in the same sentence: not past a blank line)
    if (j < 0 || /\n\s*\n/.test(text.slice(tokens[j]!.end, m.index))) continue
    out.push({ start: tokens[j]!.start, end: tokens[j]!.end, mark: m[0] })
  }
  return out
}

/**
 * Why a proposal of detector `detector` over start–end is held back in this witness, or null. The witness's
 * foreign phrases and [sic] marks are found on first use and kept by the function returned.
 */
export function heldBack(text: string, tokens: ReadonlyArray<Token>, lex: Lexicon): (detector: string, start: number, end: number) => string | null {
  let foreign: Held[] | undefined
  let sic: Held[] | undefined
  let older: Held[] | undefined
  return (detector, start, end) => {
    sic ??= sicMarked(text, tokens).map((s) => ({ start: s.start, end: s.end, why: `the word is marked “${s.mark}”: its source prints it so` }))
    const marked = overlapping(sic, start, end)
    if (marked !== null) return marked.why
    if (!WORD_DETECTORS.has(detector)) return null
    older ??= middleEnglish(text, tokens).map((p) => ({ start: p.start, end: p.end, why: `the paragraph is written in Middle English (it prints ${p.words.map((w) => `“${w}”`).join(", ")}): its spellings are its period's` }))
    const period = overlapping(older, start, end)
    if (period !== null) return period.why
    foreign ??= foreignPhrases(text, tokens, lex).map((f: ForeignPhrase) => ({ start: f.start, end: f.end, why: `it stands in a foreign phrase, “${text.slice(f.start, f.end)}”: ${f.reason}` }))
    return overlapping(foreign, start, end)?.why ?? null
  }
}
