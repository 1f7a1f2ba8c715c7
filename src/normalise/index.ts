/**
 * Normaliser entry point: runs every detector over each witness, checks each proposal against the other
 * witnesses that print its place (witnesses.ts), and returns reviewable proposals.
 *
 * Pure given its resources: pass a prepared `Lexicon` in the options (tests and benchmarks do); without one,
 * `normalise()` builds the default (Brown corpus + en-US/en-GB dictionaries) synchronously on first use and
 * keeps it for the life of the process (see load.ts, the one module that reads files).
 */
import type { Proposal, TokenisedWitness, WithheldProposal } from "../domain/model.ts"
import { contextModel, corpusStats } from "./context.ts"
import { DETECTORS } from "./detectors/index.ts"
import type { Lexicon } from "./lexicon.ts"
import { defaultLexicon } from "./load.ts"
import { heldBack, keepEditorsLetter, listedTable, markedByIds } from "./asPrinted.ts"
import { finish, type Draft } from "./proposal.ts"
import { checkAgainstWitnesses, type Withheld } from "./witnesses.ts"

export interface NormaliseOptions {
  /** Only these rules (all when absent). */
  readonly rules?: ReadonlyArray<string>
  /** Drop proposals below this confidence. */
  readonly minConfidence?: number
  /** Reference resources; the default Lexicon is built (and cached) on first use when absent. */
  readonly lexicon?: Lexicon
  /**
   * When given, the milliseconds each stage of the call took are added to it (for the benchmark): "corpus"
   * (the witnesses' word and pair counts), each detector by its name, summed over the witnesses, and
   * "witnesses" (each proposal checked against the other witnesses that print its place), "finish" (overlaps
   * resolved, ids made).
   */
  readonly timings?: Map<string, number>
  /**
   * When given, the proposals held back are added to it: those on a word the witness itself says to leave as
   * printed, in a foreign phrase, marked [sic] or in a paragraph of another English (asPrinted.ts), and
   * those the other witnesses withheld (a reading another witness prints as this one does: see
   * witnesses.ts), so that an editor can see what was left alone and why.
   */
  readonly withheld?: WithheldProposal[]
}

export type { Lexicon } from "./lexicon.ts"
export type { WithheldProposal } from "../domain/model.ts"
export { RULES } from "./detectors/index.ts"

/** All proposals for the corpus, in witness order then by start offset; spans never overlap within a witness. */
export function normalise(witnesses: ReadonlyArray<TokenisedWitness>, options: NormaliseOptions = {}): Proposal[] {
  const lexicon = options.lexicon ?? defaultLexicon()
  const timings = options.timings
  let since = timings === undefined ? 0 : performance.now()
  const lap = (stage: string) => {
    if (timings === undefined) return
    const now = performance.now()
    timings.set(stage, (timings.get(stage) ?? 0) + now - since)
    since = now
  }
  const corpus = corpusStats(witnesses)
  const model = contextModel(lexicon, corpus)
  lap("corpus")
  const rules = options.rules !== undefined && options.rules.length > 0 ? new Set(options.rules) : null
  const min = options.minConfidence ?? 0
  const withheld: Withheld[] | undefined = options.withheld === undefined ? undefined : []
  // (the listed flags of what is left as printed, by word id: made on first use, once per call)
  let flags: Uint8Array | undefined
  const drafts = witnesses.map((witness, index) => {
    const input = { witness, model, index, lowerCase: corpus.lowerCase[index]! }
    const ds: Draft[] = []
    const { text } = witness.witness
    const held = heldBack(text, witness.tokens, lexicon, () => markedByIds(text, witness.tokens, lexicon, (flags ??= listedTable(corpus.words)), corpus.tokenIds[index]!))
    for (const d of DETECTORS) {
      if (rules !== null && !d.rules.some((r) => rules.has(r))) continue
      for (const found of d.detect(input)) {
        if (rules !== null && !rules.has(found.rule)) continue
        // (a word an editor began with a bracketed letter keeps it: "[r]evolutionery" → [r]evolutionary)
        const p = keepEditorsLetter(text, found)
        // a word of a foreign phrase or of a paragraph in another English, a word marked [sic], a correction
        // that would lose an editor's brackets: left as printed (see asPrinted.ts)
        const why = held(d.name, p.start, p.end, p.replacement)
        if (why !== null) {
          withheld?.push({ index, draft: p, because: why, otherWitnesses: {} })
          continue
        }
        ds.push(p)
      }
      lap(d.name)
    }
    return ds
  })
  const checked = checkAgainstWitnesses(witnesses, corpus.tokenIds, corpus.copies, drafts, withheld)
  for (const { index, draft: d, because, otherWitnesses } of withheld ?? []) {
    if (d.confidence < min) continue
    const { text, id } = witnesses[index]!.witness
    options.withheld!.push({ witness: id, start: d.start, end: d.end, original: text.slice(d.start, d.end), replacement: d.replacement, rule: d.rule, explanation: `${d.explanation}; withheld: ${because}`, otherWitnesses })
  }
  lap("witnesses")
  const out: Proposal[] = []
  witnesses.forEach((witness, index) => {
    // (one by one: a witness may have more proposals than a call may take arguments)
    // (the confidence asked for is judged after the other witnesses have spoken: they may raise it)
    const kept = min > 0 ? checked[index]!.filter((d) => d.confidence >= min) : checked[index]!
    for (const p of finish(witness, kept)) out.push(p)
  })
  lap("finish")
  return out
}
