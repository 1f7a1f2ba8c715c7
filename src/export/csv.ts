/**
 * `corrections.csv`: the applied corrections (the decisions log of what export changed), RFC 4180: CRLF line
 * ends, a header, fields quoted when they hold a comma, a quote, a line break or leading/trailing space,
 * quotes doubled. Columns: witness, start, end, original, replacement, rule, decision, decided_at, then
 * lectio's own proposal, resp, confidence. Offsets are in the witness text as loaded (before correction).
 * Control characters are made visible (`\x1b`), never written raw.
 */
import { planEdition, visibleControls, type EditionInput, type Plan } from "./model.ts"

export const CSV_HEADER = ["witness", "start", "end", "original", "replacement", "rule", "decision", "decided_at", "proposal", "resp", "confidence"] as const

export function csvField(value: string): string {
  const v = visibleControls(value)
  return /[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

export function renderCsv(input: EditionInput, plan: Plan = planEdition(input)): string {
  const rows = plan.corrections.map((c) => [
    c.witness,
    String(c.start),
    String(c.end),
    c.original,
    c.replacement,
    c.rule,
    c.decision,
    c.decidedAt,
    c.proposal,
    c.resp ?? "",
    c.confidence === null ? "" : String(c.confidence)
  ])
  return [CSV_HEADER as ReadonlyArray<string>, ...rows].map((r) => r.map(csvField).join(",") + "\r\n").join("")
}
