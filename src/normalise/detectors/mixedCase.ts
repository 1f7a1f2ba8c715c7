/**
 * Capitals inside a lower-case word ("waS", "reMoved", "oF"): the scanner took a small letter for its
 * capital. Lowered when the lower-case word is a known word and the mixed form is nowhere else in the corpus
 * (names such as McDonald or MacArthur keep their capitals: they start with a capital). In a line of
 * capitals, a small first letter before capitals is raised instead ("GIRL iN BRUSSELS" → IN).
 */
import type { Token } from "../../domain/model.ts"
import type { Draft } from "../proposal.ts"
import { q, type DetectorInput } from "./shared.ts"

const MIXED = /^[a-z]+[A-Z][A-Za-z]*$/

/** Does text[start, end) begin with a letter a–z and hold a capital A–Z after it? */
function innerCapital(text: string, start: number, end: number): boolean {
  const c0 = text.charCodeAt(start)
  if (c0 < 0x61 || c0 > 0x7a) return false
  for (let k = start + 1; k < end; k++) {
    const c = text.charCodeAt(k)
    if (c >= 0x41 && c <= 0x5a) return true
  }
  return false
}

/** A small letter and then capitals only ("iN", "tRAGEDY"). */
const CAPITALS_AFTER_FIRST = /^[a-z][A-Z]+$/

/**
 * Is the nearest word from token `from` (going `step` by step, on the same line) written in capitals, two
 * letters or more ("OF", "BRUSSELS")?
 */
function inCapitals(tokens: ReadonlyArray<Token>, from: number, step: 1 | -1, text: string): boolean {
  for (let j = from; j >= 0 && j < tokens.length; j += step) {
    const u = tokens[j]!
    const gap = step === 1 ? text.slice(tokens[j - 1]!.end, u.start) : text.slice(u.end, tokens[j + 1]!.start)
    if (gap.includes("\n")) return false
    if (u.kind !== "word") continue
    const raw = text.slice(u.start, u.end)
    return raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase()
  }
  return false
}

export function detectMixedCase(input: DetectorInput): Draft[] {
  const { model } = input
  const lex = model.lexicon
  const { text } = input.witness.witness
  const out: Draft[] = []
  // how often each mixed form stands in the witness (normalised form and form as written), counted once
  const mixed: Array<[number, string, string]> = []
  const forms = new Map<string, number>()
  const tokens = input.witness.tokens
  for (let i = 0; i < tokens.length; i++) {
    const u = tokens[i]!
    // (a small letter first and a capital after it, tested in place: most tokens fail at once)
    if (!innerCapital(text, u.start, u.end)) continue
    const raw = text.slice(u.start, u.end)
    if (!MIXED.test(raw)) continue
    const key = `${u.n}\u0000${raw}`
    forms.set(key, (forms.get(key) ?? 0) + 1)
    mixed.push([i, raw, key])
  }
  for (const [i, raw, key] of mixed) {
    const t = tokens[i]!
    if (t.kind !== "word") continue
    if (raw === raw.toUpperCase()) continue
    const lower = raw.toLowerCase()
    if (lex.unigram(lower) < 5 || !lex.isWord(lower)) continue
    // the same mixed form elsewhere in the witnesses is a deliberate spelling (iPhone, eBay)
    if (forms.get(key)! > 1) continue
    // a small first letter before capitals, in a line of capitals ("MURDER OF A GIRL iN BRUSSELS", "THE
    // TOTTENHAM tRAGEDY"): the word is in capitals, its first letter taken for a small one
    if (CAPITALS_AFTER_FIRST.test(raw) && (inCapitals(tokens, i - 1, -1, text) || inCapitals(tokens, i + 1, 1, text))) {
      out.push({
        start: t.start, end: t.end, replacement: raw.toUpperCase(), rule: "case-mixed", class: "case", confidence: 0.9,
        explanation: `${q(raw)}: a small letter in a word of capitals, among words in capitals; ${q(lower)} occurs ${lex.unigram(lower)} times in the reference corpus`,
        evidence: { reference: lex.unigram(lower), line: "capitals" }
      })
      continue
    }
    out.push({
      start: t.start, end: t.end, replacement: lower, rule: "case-mixed", class: "case", confidence: 0.9,
      explanation: `${q(raw)}: a capital inside a lower-case word; ${q(lower)} occurs ${lex.unigram(lower)} times in the reference corpus`,
      evidence: { reference: lex.unigram(lower) }
    })
  }
  return out
}
