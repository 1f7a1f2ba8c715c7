/**
 * Non-words: a token neither dictionary (en-US/en-GB) knows nor the corpus uses elsewhere, replaced by the
 * word it most likely stands for. Candidates come from OCR confusions (weighted) and, at a much lower weight,
 * one plain edit, or a split into two words; they are ranked by channel weight × how well they fit between
 * the neighbours (reference + corpus pair counts). Abstains on names (capitalised inside a sentence), words
 * in upper case, words with accents or digits only, runs of unknown words (foreign phrases), and when the
 * runner-up is nearly as good.
 */
import { candidates, matchCase, type Candidate } from "../confusions.ts"
import type { Draft } from "../proposal.ts"
import { fmt, nextN, prevN, q, squash, type DetectorInput } from "./shared.ts"

/** Log-odds by which the winner must beat the runner-up. */
const MARGIN = Math.log(4)
const LETTERS_DIGITS = /^[a-z][a-z0-9]*(?:'[a-z]+)?$/
const HAS_LETTER = /[a-z]/

interface Scored {
  readonly c: Candidate
  readonly s: number
  readonly left: number
  readonly right: number
}

export function detectNonWords(input: DetectorInput): Draft[] {
  const { model } = input
  const lex = model.lexicon
  const { text } = input.witness.witness
  const tokens = input.witness.tokens
  const out: Draft[] = []
  const isKnown = (w: string, raw: string) =>
    lex.isWord(raw) || lex.isWord(w) || lex.unigram(w) > 0 || model.corpusCount(w, 1) > 0
  const cands = new Map<string, Candidate[]>()
  const known = (c: string) => lex.unigram(c) > 0 || model.corpusCount(c) > 0 || lex.isWord(c)
  const unknownAt = (j: number) => {
    const u = tokens[j]
    return u !== undefined && u.kind === "word" && !isKnown(u.n, text.slice(u.start, u.end))
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind !== "word") continue
    const w = t.n
    if (w.length < 2 || w.length > 20 || !LETTERS_DIGITS.test(w) || !HAS_LETTER.test(w)) continue
    const raw = text.slice(t.start, t.end)
    if (isKnown(w, raw)) continue
    if (raw.length > 1 && raw === raw.toUpperCase()) continue
    const prev = prevN(tokens, i, text)
    const next = nextN(tokens, i, text)
    const initial = prev === "<s>" || prev === "." || prev === "?" || prev === "!" || prev === '"'
    if (!input.lowerCase && raw[0] !== raw[0]!.toLowerCase() && !initial) continue
    if (unknownAt(i - 1) || unknownAt(i + 1)) continue
    let cs = cands.get(w)
    if (cs === undefined) {
      cs = candidates(w, known, true)
      for (let k = 2; k < w.length - 1; k++) {
        const a = w.slice(0, k)
        const b = w.slice(k)
        if (lex.unigram(a) >= 50 && lex.unigram(b) >= 50 && lex.isWord(a) && lex.isWord(b)) cs.push({ word: `${a} ${b}`, weight: 0.3, pattern: "split" })
      }
      cands.set(w, cs)
    }
    if (cs.length === 0) continue
    const scored: Scored[] = cs.map((c) => {
      const parts = c.word.split(" ")
      const first = parts[0]!
      const last = parts[parts.length - 1]!
      const inner = parts.length === 2 ? model.logCond(first, last) : 0
      return {
        c,
        s: Math.log(c.weight) + model.logCond(prev, first) + inner + model.logCond(last, next),
        left: model.pair(prev, first),
        right: model.pair(last, next)
      }
    })
    scored.sort((a, b) => b.s - a.s)
    const best = scored[0]!
    const second = scored[1]
    const margin = second === undefined ? MARGIN + 2 : best.s - second.s
    if (margin < MARGIN) continue
    // a plain edit needs the context to speak for it; a confusion needs the word to be attested at all
    if (best.c.weight <= 0.1 && best.left + best.right === 0) continue
    const replacement = best.c.word
      .split(" ")
      .map((p, k) => (k === 0 ? matchCase(p, raw) : p))
      .join(" ")
    const freq = model.count(best.c.word.split(" ")[0]!)
    const conf = squash(margin - MARGIN + (best.c.weight >= 0.3 ? 1.5 : 0) + Math.min(2, Math.log10(freq + 1) / 2) - 1)
    out.push({
      start: t.start,
      end: t.end,
      replacement,
      rule: "non-word",
      class: "non-word",
      confidence: Math.min(0.96, conf),
      explanation: `${q(raw)} is in no dictionary and nowhere else in the corpus; ${q(replacement)} (${best.c.pattern}) fits ${q(`${prev === "<s>" ? "" : prev + " "}… ${next}`)}${second === undefined ? "" : `, runner-up ${q(second.c.word)}`}`,
      evidence: {
        pattern: best.c.pattern,
        reference: lex.unigram(best.c.word),
        corpus: model.corpusCount(best.c.word),
        pairs: [best.left, best.right],
        logOdds: fmt(margin),
        runnerUp: second?.c.word ?? null
      }
    })
  }
  return out
}
