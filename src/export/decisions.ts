/**
 * The decisions export applies, read through the review module: the Ledger service reads
 * editions/NAME/decisions.jsonl (a corrupt line is an error naming it), `resolveCorrections` places approved
 * and edited proposals at current offsets (re-anchoring by context when the text changed) and
 * `lemmaChoices` gives the chosen readings. Decisions that cannot be placed are returned, never dropped.
 */
import { Effect } from "effect"
import type { Correction, Passage, Proposal, Witness } from "../domain/model.ts"
import { lemmaChoices, resolveCorrections } from "../review/index.ts"
import { Ledger } from "../review/Ledger.ts"
import { LedgerTorn, type LedgerError } from "../review/errors.ts"

export interface DecisionsForExport {
  readonly corrections: ReadonlyArray<Correction>
  /** Variant-location id → the chosen reading's text. */
  readonly lemmas: ReadonlyMap<string, string>
  /** Decisions that could not be applied, with why (reported, never silently dropped). */
  readonly orphaned: ReadonlyArray<{ readonly target: string; readonly reason: string }>
  /** Number of events read. */
  readonly events: number
}

export interface ExportAnalysis {
  readonly witnesses: ReadonlyArray<Witness>
  readonly proposals: ReadonlyArray<Proposal>
  readonly passages: ReadonlyArray<Passage>
}

/**
 * Read and resolve the edition's ledger (a missing ledger means no decision yet). A half-written last line
 * stops the export: the editor repairs it first (`lectio decisions --repair`), so no decision is lost.
 */
export const loadDecisionsForExport = (
  edition: string,
  analysis: ExportAnalysis
): Effect.Effect<DecisionsForExport, LedgerError, Ledger> =>
  Effect.gen(function* () {
    const ledger = yield* Ledger
    const contents = yield* ledger.read(edition)
    if (contents.torn !== null) {
      return yield* new LedgerTorn({ path: contents.path, line: contents.torn.line, bytes: Buffer.byteLength(contents.torn.fragment) })
    }
    const resolved = resolveCorrections(analysis.proposals, contents.events, analysis.witnesses)
    return {
      corrections: resolved.corrections,
      lemmas: lemmaChoices(contents.events),
      orphaned: resolved.orphaned.map((o) => ({ target: o.event.target, reason: o.reason })),
      events: contents.events.length
    }
  })
