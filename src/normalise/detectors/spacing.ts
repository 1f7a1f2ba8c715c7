/** Spacing in running text: doubled spaces between words and no-break spaces where a plain space belongs. */
import type { Draft } from "../proposal.ts"
import type { DetectorInput } from "./shared.ts"

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
