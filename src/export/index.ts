/**
 * Export as one effect: check the names, replay the ledger, build the EditionInput, render, write.
 * The CLI (src/cli/export.ts) only parses flags and prints the report.
 */
import { Effect, FileSystem, Path } from "effect"
import type { Passage, Proposal, Witness } from "../domain/model.ts"
import { loadDecisionsForExport } from "./decisions.ts"
import { checkNames, renderEdition, type Format } from "./edition.ts"
import { EditionWriter, type WriteReport } from "./EditionWriter.ts"
import type { LedgerError } from "../review/errors.ts"
import type { Ledger } from "../review/Ledger.ts"
import type { EditionWriteError, UnsafeName } from "./errors.ts"
import type { Collate } from "./collation.ts"
import type { EditionInput } from "./model.ts"

export interface ExportSource {
  readonly title: string | null
  readonly witnesses: ReadonlyArray<Witness>
  readonly proposals: ReadonlyArray<Proposal>
  readonly passages: ReadonlyArray<Passage>
}

export interface ExportOptions {
  /** The folder that holds the editions (default "editions"). */
  readonly root: string
  readonly name: string
  readonly format: Format
  readonly collate?: Collate
}

export interface ExportReport extends WriteReport {
  readonly name: string
  readonly format: Format
  readonly witnesses: number
  readonly passages: number
  /** Decisions read from the ledger. */
  readonly events: number
  readonly corrections: number
  readonly lemmas: number
  /** Corrections not applied (text changed, overlap) and decisions not placed, with why. */
  readonly notApplied: ReadonlyArray<{ readonly target: string; readonly reason: string }>
}

export const exportEdition = (
  source: ExportSource,
  options: ExportOptions
): Effect.Effect<ExportReport, LedgerError | UnsafeName | EditionWriteError, FileSystem.FileSystem | Path.Path | EditionWriter | Ledger> =>
  Effect.gen(function* () {
    const unsafe = checkNames({ name: options.name, witnesses: source.witnesses })
    if (unsafe !== null) return yield* unsafe
    const writer = yield* EditionWriter
    const decisions = yield* loadDecisionsForExport(options.name, source)
    const sigla = new Map(source.witnesses.map((w) => [w.id, w.siglum]))
    const input: EditionInput = {
      name: options.name,
      title: source.title ?? options.name,
      witnesses: source.witnesses,
      corrections: decisions.corrections,
      passages: source.passages,
      lemmas: decisions.lemmas,
      siglumOf: (id) => sigla.get(id) ?? id
    }
    const edition = renderEdition(input, options.format, options.collate ? { collate: options.collate } : {})
    const written = yield* writer.write(options.root, options.name, edition)
    return {
      ...written,
      name: options.name,
      format: options.format,
      witnesses: source.witnesses.length,
      passages: source.passages.length,
      events: decisions.events,
      corrections: edition.plan.corrections.length,
      lemmas: decisions.lemmas.size,
      notApplied: [
        ...decisions.orphaned,
        ...edition.plan.skipped.map((s) => ({ target: s.correction.proposal, reason: s.reason }))
      ]
    }
  })
