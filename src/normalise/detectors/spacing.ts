/** Spacing in running text: doubled spaces between words and no-break spaces where a plain space belongs. */
import type { Draft } from "../proposal.ts"
import type { DetectorInput } from "./shared.ts"

/** What may begin a line before its text: quotation or list marks, or an item's number ("1.", "iv.", "(b)"). */
const LINE_MARKER = /^\s*(?:[>*\u2022#|\-\u2013\u2014]+|\(?(?:\d+|[ivxlc]+|[a-z])[.)])$/i
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
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
  const SEED = /  |\u00a0/g
  let m: RegExpExecArray | null
  let k: RegExpExecArray | null
  while ((k = SEED.exec(text)) !== null) {
    let r = k.index
    while (r > 0 && (text[r - 1] === " " || text[r - 1] === "\u00a0")) r--
    let e = k.index
    while (e < text.length && (text[e] === " " || text[e] === "\u00a0")) e++
    SEED.lastIndex = e
    RUN.lastIndex = r
    if ((m = RUN.exec(text)) === null) continue
    const nbsp = m[0].includes("\u00a0")
    const before = text[m.index - 1]!
    // (spaces after the marks that begin a line, "> ", "* ", "1. ", "(a) ", set out a quotation or a list,
    // and spaces between two of one mark set out a row of them, a thought break "*       *       *": layout,
    // not running text)
    if (!nbsp && (lineMarker(text, m.index) || (before === text[m.index + m[0].length] && !LETTER_OR_DIGIT.test(before)))) continue
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
  return out
}
