/**
 * A paragraph of prose that ends with a comma, before a paragraph that starts with a capital, ends with its
 * full stop misread: "an altercation arose,⏎⏎The defendant called them" (→ arose.); the comma may stand
 * before a closing quotation mark ("to stop the servant,"⏎⏎Witness asked" → servant.") or after the full
 * stop (".,", the comma a speck). Not a paragraph of fewer than six words (a letter's "Sir," or "Yours
 * truly,", a heading), nor verse (lines that each start with a capital), nor the last paragraph (a witness
 * may be an excerpt cut in mid-sentence), nor before a paragraph in lower case (the same sentence, broken
 * by a page). A colon or a semicolon is left: a colon ends the paragraph before a quotation or a list.
 * (BLN600's OCR, tune split, raw scans, every paragraph so ending before one with a capital, by the ground
 * truth: "," a full stop 240 times, a comma twice; '," ' a full stop 8 times, a comma once; ".," a full stop
 * 63 times. The eval writes each of BLN600's sentences as a paragraph, so there the rule finds every
 * sentence end so misread; in a scan whose paragraphs are the article's, it finds those at paragraph ends.)
 */
import type { Draft } from "../proposal.ts"
import { q } from "./shared.ts"

/** Words a paragraph needs for the rule to read it as prose. */
const MIN_WORDS = 6
/** Closing quotation marks a paragraph's comma may stand before. */
const CLOSING = new Set(['"', "\u201d", "\u2019"])
/** The next paragraph's start: a capital, after opening marks at most. */
const CAPITAL_START = /^[\s"\u201c\u2018([\-\u2013\u2014]*\p{Lu}/u

/** Does text[from, to) hold MIN_WORDS words or more? */
function prose(text: string, from: number, to: number): boolean {
  const words = /\p{L}+/gu
  words.lastIndex = from
  let n = 0
  let m: RegExpExecArray | null
  while (n < MIN_WORDS && (m = words.exec(text)) !== null && m.index < to) n++
  return n >= MIN_WORDS
}

/** Is text[from, to) verse: three lines or more, each starting with a capital (after spaces or a quotation mark)? */
function verse(text: string, from: number, to: number): boolean {
  const lines = text.slice(from, to).split("\n")
  return lines.length >= 3 && lines.every((l) => /^[\s"\u201c\u2018']*\p{Lu}/u.test(l))
}

/** The `paragraph-end` proposals of a witness's text (see the module's comment). */
export function detectParagraphEnds(text: string): Draft[] {
  const out: Draft[] = []
  let start = 0
  // (each blank line in turn: the paragraph before it, from `start`, and the one after)
  for (let b = text.indexOf("\n\n"); b >= 0; b = text.indexOf("\n\n", b + 1)) {
    let next = b + 2
    while (next < text.length && (text[next] === "\n" || text[next] === " " || text[next] === "\t")) next++
    const from = start
    start = next
    let end = b
    while (end > from && (text[end - 1] === " " || text[end - 1] === "\t")) end--
    if (end - from < 3 || next >= text.length) continue
    let comma = end - 1
    if (CLOSING.has(text[comma]!)) comma--
    if (text[comma] !== ",") continue
    const stopBefore = text[comma - 1] === "."
    // (a comma after a letter, a digit, a closing bracket, or a full stop)
    if (!stopBefore && !/[\p{L}\p{N})\]]/u.test(text[comma - 1] ?? "")) continue
    if (!CAPITAL_START.test(text.slice(next, next + 8)) || !prose(text, from, end) || verse(text, from, end)) continue
    const shown = text.slice(Math.max(from, comma - 20), end).replace(/^\S*\s/, "")
    out.push(
      stopBefore
        ? {
            start: comma, end: comma + 1, replacement: "", rule: "paragraph-end", class: "punctuation", confidence: 0.85,
            explanation: `${q(shown)}: the paragraph ends with a full stop and a stray comma after it`,
            evidence: { ending: text.slice(comma - 1, end), next: text.slice(next, next + 20).split("\n")[0]! }
          }
        : {
            start: comma, end: comma + 1, replacement: ".", rule: "paragraph-end", class: "punctuation", confidence: 0.8,
            explanation: `${q(shown)}: a paragraph of prose ends with a comma, and the next starts with a capital; the scan read its full stop as a comma`,
            evidence: { ending: text.slice(comma, end), next: text.slice(next, next + 20).split("\n")[0]! }
          }
    )
  }
  return out
}
