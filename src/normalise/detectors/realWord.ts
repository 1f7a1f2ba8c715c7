/**
 * Real-word OCR errors: a correctly spelt word that the context rejects while a word one OCR confusion away
 * fits it ("Stalinism anti a gradual" → and: ti↔d). Only confusion candidates are considered (no plain
 * edits), the original must never occur beside either neighbour (in the reference corpus or elsewhere in the
 * witnesses), and the candidate must be attested beside them. Abstains otherwise.
 */
import { candidates, matchCase, type Candidate } from "../confusions.ts"
import type { Draft } from "../proposal.ts"
import { ASCII_WORD, fmt, nextN, prevN, q, squash, type DetectorInput } from "./shared.ts"

/** Channel probability scale of a confusion (weight 1) against reading the word as printed. */
const CHANNEL = 1e-3
/** Log-odds the candidate must win by. */
const MARGIN = Math.log(20)
/** Reference count a candidate needs (the few hundred commonest words of English). */
const COMMON = 300

export function detectRealWords(input: DetectorInput): Draft[] {
  const { model } = input
  const { text } = input.witness.witness
  const tokens = input.witness.tokens
  const out: Draft[] = []
  const cands = new Map<string, Candidate[]>()
  // Word-pair counts are only reliable for common words: a candidate must be one (and far commoner than the
  // word it replaces), which keeps rare content words ("sword", "fell") out of reach of sparse statistics.
  const known = (c: string) => model.lexicon.unigram(c) >= COMMON
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind !== "word") continue
    const w = t.n
    if (w.length > 10 || !ASCII_WORD.test(w)) continue
    const prev = prevN(tokens, i, text)
    const next = nextN(tokens, i, text)
    if (model.pair(prev, w, 1) > 0 || model.pair(w, next, 1) > 0) continue
    const raw = text.slice(t.start, t.end)
    if (!input.lowerCase && raw[0] !== raw[0]!.toLowerCase() && prev !== "<s>" && prev !== ".") continue
    let cs = cands.get(w)
    if (cs === undefined) cands.set(w, (cs = candidates(w, known, false)))
    if (cs.length === 0) continue
    const so = model.logCond(prev, w, 1, 1) + model.logCond(w, next, 1)
    let best: { c: Candidate; s: number; left: number; right: number } | undefined
    let second: { c: Candidate; s: number } | undefined
    for (const c of cs) {
      const left = model.pair(prev, c.word)
      const right = model.pair(c.word, next)
      if (left === 0 && right === 0) continue
      const s = model.logCond(prev, c.word) + model.logCond(c.word, next) + Math.log(CHANNEL * c.weight)
      if (best === undefined || s > best.s) {
        if (best !== undefined) second = best
        best = { c, s, left, right }
      } else if (second === undefined || s > second.s) second = { c, s }
    }
    if (best === undefined || best.left + best.right < 3) continue
    // attested on both sides (a text edge or punctuation counts as attested), and far commoner than the original
    if ((best.left === 0 && prev !== "<s>") || (best.right === 0 && /^[a-z]/.test(next))) continue
    if (model.count(best.c.word) < 5 * model.count(w, 1)) continue
    const margin = best.s - so
    if (margin < MARGIN) continue
    const replacement = matchCase(best.c.word, raw)
    const prevShown = prev === "<s>" ? "" : `${prev} `
    const nextShown = next === "." && tokens[i + 1]?.n !== "." ? "" : ` ${next}`
    out.push({
      start: t.start,
      end: t.end,
      replacement,
      rule: "ocr-confusion",
      class: "real-word-error",
      confidence: Math.min(0.97, squash(margin - MARGIN + 1.5)),
      explanation: `${q(prevShown + w + nextShown)} is not attested; ${q(prevShown + best.c.word + nextShown)} is (${best.left} + ${best.right} pairs); ${best.c.pattern} is a common OCR confusion`,
      evidence: {
        pattern: best.c.pattern,
        pairsOriginal: [model.pair(prev, w, 1), model.pair(w, next, 1)],
        pairsReplacement: [best.left, best.right],
        reference: { original: model.lexicon.unigram(w), replacement: model.lexicon.unigram(best.c.word) },
        corpus: { original: model.corpusCount(w, 1), replacement: model.corpusCount(best.c.word) },
        logOdds: fmt(margin),
        runnerUp: second === undefined ? null : second.c.word
      }
    })
  }
  return out
}
