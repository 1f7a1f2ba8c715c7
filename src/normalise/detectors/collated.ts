/**
 * Misreadings another witness shows: where two scans print one passage (an article two newspapers
 * reprinted, a text scanned from two copies) and one word differs between them, the word of one may be a
 * misreading of the other's ("a, vary severe attack" beside "a very severe attack"; "take It out, *ad did not
 * In- form" beside "and did not in- form"). The other reading is proposed when
 * - this witness is a scan (its rate of unknown words is a scan's, `errorPrior` at least `SCAN_PRIOR`): in a
 *   careful transcription, or between editions, a word that differs is a reading of its own (Darwin revised
 *   "could" to "would", "any" to "and", "function" to "functions" from one edition to the next);
 * - the word as printed can be a misreading of the other's by one or two OCR confusions (`candidates`, a→o,
 *   o→e), or is one the scans are known to print for it (learned: "bad" for had, "be" for he);
 * - the other's is a word the reference or the dictionary knows, and the context prefers it by
 *   `MARGIN` at least (the copy that reads "a very severe attack" is not made "vary" by the other; "asked if
 *   he had anything to say" is not made "bad" by a copy that misread it).
 * The place is one the other-witness check (witnesses.ts) finds: it then says what the other witness reads
 * and raises the confidence, and withholds the proposal where a third copy prints the word as this one does
 * (evidence `shownBy`: the witness whose reading shows the misreading). Words the other detectors already propose are left to them: the overlap goes to
 * the surer proposal. Pure.
 */
import { candidates, matchCase } from "../confusions.ts"
import { sentenceInitial } from "../context.ts"
import type { Draft } from "../proposal.ts"
import { WORD_CONFUSIONS } from "../wordConfusions.ts"
import { singleWordVariants, type WordVariant } from "../witnesses.ts"
import { errorPrior, fmt, perCall, q, type DetectorInput } from "./shared.ts"

/** The witness's `errorPrior` from which its words are judged against the other witnesses' (a scan's). */
const SCAN_PRIOR = 0.5
/** Log-odds by which the context must prefer the other witness's word. */
const MARGIN = Math.log(2)
/** Confidence before the other-witness check, which raises it where the other witness reads the correction. */
const CONFIDENCE = 0.8

const LEARNED = new Set(WORD_CONFUSIONS.map(([seen, meant]) => `${seen} ${meant}`))
const LOWER = /^[a-z]+$/
const NONE: ReadonlyArray<WordVariant> = []

export function detectCollated(input: DetectorInput): Draft[] {
  const { model, index } = input
  const corpus = model.corpus
  if (corpus.witnesses.length < 2 || errorPrior(input) < SCAN_PRIOR) return []
  // (the variants of the scans alone: the others' words are their readings)
  const scan = (i: number) => errorPrior({ witness: corpus.witnesses[i]!, model, index: i, lowerCase: corpus.lowerCase[i]! }) >= SCAN_PRIOR
  const variants = perCall(model, "collated-variants", () => singleWordVariants(corpus.witnesses, corpus.tokenIds, corpus.copies, corpus.words, scan))[index] ?? NONE
  const { text } = input.witness.witness
  const tokens = input.witness.tokens
  const ids = corpus.tokenIds[index]!
  const lex = model.lexicon
  const out: Draft[] = []
  for (let k = 0; k < variants.length; k++) {
    const v = variants[k]!
    // (one proposal per word: the first other witness whose word the rules take)
    if (out.length > 0 && k > 0 && variants[k - 1]!.token === v.token && out[out.length - 1]!.start === tokens[v.token]!.start) continue
    const t = tokens[v.token]!
    const w = t.n
    const otherId = corpus.tokenIds[v.witness]![v.otherToken]!
    const other = corpus.words[otherId]!
    // (words of letters, this one printed in lower case as its normal form, or capitalised at a sentence's
    // start, "Ile called" for "He called"; the other a word known)
    if (!LOWER.test(w) || !LOWER.test(other) || t.end - t.start !== w.length) continue
    const capitalised = !text.startsWith(w, t.start)
    if (capitalised && !(text.charCodeAt(t.start) === w.charCodeAt(0) - 0x20 && text.startsWith(w.slice(1), t.start + 1) && sentenceInitial(tokens, v.token, text))) continue
    if (!(model.refCount(otherId) >= 2 || lex.isWord(other))) continue
    const learned = LEARNED.has(`${w} ${other}`)
    const confusion = learned ? null : candidates(w, (c) => c === other, false).find((c) => c.word === other)
    if (!learned && confusion === undefined) continue
    const prevId = ids[v.token - 1] ?? 0
    const nextId = ids[v.token + 1] ?? 0
    // (the word as printed judged by the reference alone, its occurrences here left out: a scan's misreading
    // repeats, as realWord.ts does in a scan)
    const self = model.logCondOfIds(prevId, ids[v.token]!, 1, 1) + model.logCondOfIds(ids[v.token]!, nextId, 1)
    const theirs = model.logCondOfIds(prevId, otherId) + model.logCondOfIds(otherId, nextId)
    if (theirs - self < MARGIN) continue
    const prev = tokens[v.token - 1]?.n ?? ""
    const next = tokens[v.token + 1]?.n ?? ""
    const how = learned ? `scans print ${q(w)} for ${q(other)}` : `${confusion!.pattern} is an OCR confusion`
    const printed = text.slice(t.start, t.end)
    out.push({
      start: t.start,
      end: t.end,
      replacement: capitalised ? matchCase(other, text.slice(t.start, t.end)) : other,
      rule: "ocr-confusion",
      class: "real-word-error",
      confidence: CONFIDENCE,
      explanation: `${q(printed)} where a copy of the passage prints ${q(other)}: ${how}, and ${q(other)} fits ${q(`${prev} … ${next}`)} better (log-odds ${fmt(theirs - self)})`,
      evidence: {
        pattern: learned ? `${w}→${other} (learned)` : confusion!.pattern,
        pairs: [model.pairOfIds(prevId, otherId), model.pairOfIds(otherId, nextId)],
        logOdds: fmt(theirs - self),
        shownBy: corpus.witnesses[v.witness]!.witness.id
      }
    })
  }
  return out
}
