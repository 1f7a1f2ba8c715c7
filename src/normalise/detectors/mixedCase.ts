/**
 * Capitals inside a lower-case word ("waS", "reMoved", "oF"): the scanner took a small letter for its
 * capital. Lowered when the lower-case word is a known word and the mixed form is nowhere else in the corpus
 * (names such as McDonald or MacArthur keep their capitals: they start with a capital).
 */
import type { Draft } from "../proposal.ts"
import { q, type DetectorInput } from "./shared.ts"

const MIXED = /^[a-z]+[A-Z][A-Za-z]*$/

export function detectMixedCase(input: DetectorInput): Draft[] {
  const { model } = input
  const lex = model.lexicon
  const { text } = input.witness.witness
  const out: Draft[] = []
  for (const t of input.witness.tokens) {
    if (t.kind !== "word") continue
    const raw = text.slice(t.start, t.end)
    if (!MIXED.test(raw) || raw === raw.toUpperCase()) continue
    const lower = raw.toLowerCase()
    if (lex.unigram(lower) < 5 || !lex.isWord(lower)) continue
    // the same mixed form elsewhere in the witnesses is a deliberate spelling (iPhone, eBay)
    let same = 0
    for (const u of input.witness.tokens) if (u.n === t.n && text.slice(u.start, u.end) === raw) same++
    if (same > 1) continue
    out.push({
      start: t.start, end: t.end, replacement: lower, rule: "case-mixed", class: "case", confidence: 0.9,
      explanation: `${q(raw)}: a capital inside a lower-case word; ${q(lower)} occurs ${lex.unigram(lower)} times in the reference corpus`,
      evidence: { reference: lex.unigram(lower) }
    })
  }
  return out
}
