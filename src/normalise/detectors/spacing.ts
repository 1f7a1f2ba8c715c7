/**
 * Spacing in running text: doubled spaces between words, no-break spaces where a plain space belongs, and a
 * space before a mark that takes none.
 */
import type { Draft } from "../proposal.ts"
import { errorPrior, q, SCAN_PRIOR, type DetectorInput } from "./shared.ts"

/** What may begin a line before its text: quotation or list marks, or an item's number ("1.", "iv.", "(b)"). */
const LINE_MARKER = /^\s*(?:[>*\u2022#|\-\u2013\u2014]+|\(?(?:\d+|[ivxlc]+|[a-z])[.)])$/i
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
/** Spaces before a bracketed direction that opens with a capital, as a play's edition sets it off ("head!  [Exeunt."). */
const SET_OFF_DIRECTION = / {2,}\[\p{Lu}/gu
/** Directions set off so that make it the witness's layout (once may be a slip). */
const DIRECTIONS_SET_OFF = 2
/** Characters a line's marks may take (more is text). */
const MARKER_REACH = 12

/** Is all that stands between the start of its line and `at` a line's marks (see `LINE_MARKER`)? */
function lineMarker(text: string, at: number): boolean {
  // (looked for no further back than a marker reaches: a line may be a paragraph of any length)
  for (let k = at - 1; k >= 0 && at - k <= MARKER_REACH; k--) if (text.charCodeAt(k) === 0x0a) return LINE_MARKER.test(text.slice(k + 1, at))
  return at <= MARKER_REACH && LINE_MARKER.test(text.slice(0, at))
}

export function detectSpacing(input: DetectorInput): Draft[] {
  const { text } = input.witness.witness
  const out: Draft[] = []
  // runs of spaces/no-break spaces between two non-space characters on one line
  // (a match is a whole run of spaces holding two spaces or a no-break space: tried, sticky, only at the
  // start of such runs, instead of at every position)
  const RUN = /(?<=\S)(?: {2,}|[ \u00a0]*\u00a0[ \u00a0]*)(?=\S)/y
  // (the runs' seeds, two spaces or a no-break space, found by indexOf, faster than a pattern that may
  // begin at every space)
  let m: RegExpExecArray | null
  let double = text.indexOf("  ")
  // (a witness that sets off its bracketed directions with spaces, twice or more, does so as its layout: a
  // play's stage directions, "fellow-student.  [Aside.", "Good my lord!  [Exeunt.")
  let directions: boolean | undefined
  let nbspAt = text.indexOf("\u00a0")
  while (double >= 0 || nbspAt >= 0) {
    const seed = double < 0 ? nbspAt : nbspAt < 0 ? double : Math.min(double, nbspAt)
    let r = seed
    while (r > 0 && (text[r - 1] === " " || text[r - 1] === "\u00a0")) r--
    let e = seed
    while (e < text.length && (text[e] === " " || text[e] === "\u00a0")) e++
    if (double >= 0 && double < e) double = text.indexOf("  ", e)
    if (nbspAt >= 0 && nbspAt < e) nbspAt = text.indexOf("\u00a0", e)
    RUN.lastIndex = r
    if ((m = RUN.exec(text)) === null) continue
    const nbsp = m[0].includes("\u00a0")
    const before = text[m.index - 1]!
    // (spaces after the marks that begin a line, "> ", "* ", "1. ", "(a) ", set out a quotation or a list,
    // and spaces between two of one mark set out a row of them, a thought break "*       *       *": layout,
    // not running text)
    if (!nbsp && (lineMarker(text, m.index) || (before === text[m.index + m[0].length] && !LETTER_OR_DIGIT.test(before)))) continue
    const after = m.index + m[0].length
    if (!nbsp && text[after] === "[" && /\p{Lu}/u.test(text[after + 1] ?? "") && (directions ??= (text.match(SET_OFF_DIRECTION)?.length ?? 0) >= DIRECTIONS_SET_OFF)) continue
    // a no-break space before a number, unit or after an initial is deliberate typography
    if (nbsp && m[0].length === 1 && (/\d/.test(text[m.index + 1]!) || /[§¶]|\d/.test(before) || /^[;:!?»%]/.test(text[m.index + 1]!))) continue
    const what = nbsp ? (m[0].length === 1 ? "a no-break space" : "spaces including a no-break space") : `${m[0].length} spaces`
    out.push({
      start: m.index, end: m.index + m[0].length, replacement: " ", rule: nbsp ? "no-break-space" : "double-space", class: "spacing",
      confidence: 0.9,
      explanation: `${what} in running text where one plain space belongs`,
      evidence: { codes: [...m[0]].map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`) }
    })
  }
  for (const d of spaceBeforeMarks(input)) out.push(d)
  for (const d of spacedQuotes(text)) out.push(d)
  return out
}

/**
 * A space inside a quotation in straight double marks, after the opening one or before the closing one, as a
 * scan sets them apart (`his brother said, " No, Peter, "`, `a " bobby" in Westminster`: BLN600's OCR, whose
 * ground truth closes them up). Which mark opens and which closes is read from their order in the paragraph,
 * the first opening; only in a paragraph whose marks pair up (an even number: where one is lost or stray,
 * the order tells nothing). A mark with a space on both sides is closed up on the side the order says.
 */
function spacedQuotes(text: string): Draft[] {
  const out: Draft[] = []
  // (the marks found once, then handed out to the paragraphs in order: a search per paragraph would run on
  // to the next mark however far, the square of a long witness)
  const all: number[] = []
  for (let k = text.indexOf('"'); k >= 0; k = text.indexOf('"', k + 1)) all.push(k)
  let next = 0
  let from = 0
  while (next < all.length) {
    // (the paragraph of the next mark)
    from = Math.max(from, text.lastIndexOf("\n\n", all[next]!) + 2)
    let to = text.indexOf("\n\n", all[next]!)
    if (to < 0) to = text.length
    const marks: number[] = []
    while (next < all.length && all[next]! < to) marks.push(all[next++]!)
    if (marks.length % 2 === 0)
      marks.forEach((at, k) => {
        const opening = k % 2 === 0
        if (opening && text[at + 1] === " " && LETTER_OR_DIGIT.test(text[at + 2] ?? "") && (at === 0 || /[\s(\[—–-]/.test(text[at - 1]!) || /[,:;]/.test(text[at - 1]!))) {
          out.push({
            start: at + 1, end: at + 2, replacement: "", rule: "spaced-quote", class: "spacing", confidence: 0.85,
            explanation: `a space after the opening quotation mark (${q(text.slice(at, Math.min(to, at + 12)))}): the scan set it apart`,
            evidence: { mark: '"', side: "opening", ordinal: k + 1, marks: marks.length }
          })
        } else if (!opening && text[at - 1] === " " && /[\p{L}\p{N}.,;:!?]/u.test(text[at - 2] ?? "") && (at + 1 >= text.length || /[\s.,;:!?)\]—–-]/.test(text[at + 1]!))) {
          out.push({
            start: at - 1, end: at, replacement: "", rule: "spaced-quote", class: "spacing", confidence: 0.85,
            explanation: `a space before the closing quotation mark (${q(text.slice(Math.max(from, at - 11), at + 1))}): the scan set it apart`,
            evidence: { mark: '"', side: "closing", ordinal: k + 1, marks: marks.length }
          })
        }
      })
    from = to + 2
  }
  return out
}

/** A space before a mark that may have none before it. */
const SPACE_MARK = / [,.;:?!]/g
/** What may follow a mark that stands free: a space, a closing quotation mark or bracket (or the text's end). */
const FREE_AFTER = /[\s"'\u201d\u2019)]/
const LETTER = /\p{L}/u
/** The share of a mark's uses spaced before it from which a careful transcription spaces it as a habit. */
const SPACED_HABIT = 0.5
const SPACED_HABIT_MIN = 3
/** Words that end no phrase: a mark after one is a speck rather than the word's own. */
const ENDS_NO_PHRASE = new Set(["the", "a", "an", "of", "to", "from", "at", "and", "with", "by", "in", "on", "for", "into", "upon", "or", "but", "his", "her", "their", "my", "your", "our", "its"])

/** How many times `s` stands in `text` (counted without making the pieces a split would). */
function occurrences(text: string, s: string): number {
  let n = 0
  for (let k = text.indexOf(s); k >= 0; k = text.indexOf(s, k + s.length)) n++
  return n
}

/**
 * A space between a word and the mark after it ("don't go with them ; don't go", "the prisoner , who",
 * "she said ."): the scan's (a print's thin space read as a space) or a slip, closed up (rule
 * `space-before-mark`). Only a mark that stands free after it (a space, a line's end or a closing quotation
 * mark follows): one glued to the next word, ",Metropolitan", is another artifact. A comma or a full stop
 * always; a semicolon, colon, question or exclamation mark not in a careful transcription that spaces it as
 * a habit (French typography, and some editions of English, put a space before them: `SPACED_HABIT`). Not
 * the dots of a spaced ellipsis (". . .").
 * (BLN600's OCR: " ," 154 times, " ;" 106, " :" 114, " ." 76, " ?" 65, " !" 43; its ground truth never.)
 */
function spaceBeforeMarks(input: DetectorInput): Draft[] {
  const { text } = input.witness.witness
  const lex = input.model.lexicon
  const out: Draft[] = []
  let habits: Map<string, boolean> | undefined
  const habit = (mark: string) => {
    if (habits === undefined) {
      habits = new Map()
      if (errorPrior(input) < SCAN_PRIOR)
        for (const m of [";", ":", "?", "!"]) {
          const spaced = occurrences(text, ` ${m}`)
          habits.set(m, spaced >= SPACED_HABIT_MIN && spaced >= SPACED_HABIT * occurrences(text, m))
        }
    }
    return habits.get(mark) === true
  }
  // (a space and a mark found by the regular expression engine, which scans for the space natively: a loop
  // over the characters took twice as long, a search per mark four times; a pattern that began with a
  // look-behind was tried at every position)
  SPACE_MARK.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = SPACE_MARK.exec(text)) !== null) {
    const at = m.index + 1
    const mark = text[at]!
    if (at + 1 < text.length && !FREE_AFTER.test(text[at + 1]!)) continue
    let start = at - 1
    while (start > 0 && text.charCodeAt(start - 1) === 0x20) start--
    if (start === 0 || !LETTER.test(text[start - 1]!)) continue
    // (a spaced ellipsis: ". . ." or ". .")
    if (mark === "." && (text[at + 1] === " " && text[at + 2] === "." || text[at - 2] === ".")) continue
    if (mark !== "," && mark !== "." && habit(mark)) continue
    const word = /\p{L}+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[0] ?? ""
    // (after a word that ends no phrase, "of ,", "from ,", "at .", or one no one knows, "Gleo ,", "harkd ,",
    // the mark is as likely a speck of the scan as the word's: left to the rules of stray marks)
    const w = word.toLowerCase()
    if (ENDS_NO_PHRASE.has(w) || !(lex.unigram(w) > 0 || lex.isWord(word) || input.model.corpusCount(w, 1) > 0)) continue
    out.push({
      start, end: at, replacement: "", rule: "space-before-mark", class: "spacing", confidence: 0.85,
      explanation: `${q(`${word}${text.slice(start, at + 1)}`)}: a space before ${q(mark)}, where none stands in English`,
      evidence: { mark, spaces: at - start }
    })
  }
  return out
}
