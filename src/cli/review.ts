/**
 * `lectio review`: the interactive review of proposals and variant locations (Ink). Also the data loading
 * that `decide` and `decisions` share: corpus, analysis (or a saved analysis with --analysis FILE) and ledger.
 */
import { Console, Effect, FileSystem, Option, Schema } from "effect"
import { Command, Flag } from "effect/cli"
import type { LoadedCorpus } from "../corpus/Corpus.ts"
import { UsageError } from "../domain/errors.ts"
import type { Passage, Proposal, Witness } from "../domain/model.ts"
import { AnalysisCache } from "../services/AnalysisCache.ts"
import { textHash } from "../review/anchor.ts"
import { LedgerTorn } from "../review/errors.ts"
import { Ledger } from "../review/Ledger.ts"
import { resolveCorrections } from "../review/index.ts"
import { replay } from "../review/replay.ts"
import { escapeControls } from "../text/display.ts"
import { buildModel } from "../tui/model.ts"
import { init } from "../tui/state.ts"
import { corpusFlags, loadCorpus, type CorpusFlags } from "./shared.ts"

export const DEFAULT_EDITION = "seeds"

export const editionFlag = Flag.String("edition").pipe(
  Flag.withDescription(`edition name: the ledger is editions/NAME/decisions.jsonl (default ${DEFAULT_EDITION})`),
  Flag.withMetavar("NAME"),
  Flag.withDefault(DEFAULT_EDITION)
)

export const analysisFlag = Flag.String("analysis").pipe(
  Flag.withDescription("read proposals and passages from a saved JSON file ({proposals, passages}, as normalise/align --json print) instead of analysing the corpus"),
  Flag.withMetavar("FILE"),
  Flag.optional
)

export const reviewFlags = { ...corpusFlags, edition: editionFlag, analysis: analysisFlag }

export interface ReviewFlags extends CorpusFlags {
  readonly edition: string
  readonly analysis: Option.Option<string>
}

/** stdin is not a terminal: the review UI cannot read keys. */
export class NotInteractive extends Schema.TaggedError<NotInteractive>()("NotInteractive", {}) {
  override get message() {
    return "review needs an interactive terminal (stdin is not a TTY); in scripts use `lectio decide` and `lectio decisions`"
  }
}

export interface ReviewData {
  readonly corpus: LoadedCorpus
  readonly witnesses: ReadonlyArray<Witness>
  readonly proposals: ReadonlyArray<Proposal>
  readonly passages: ReadonlyArray<Passage>
}

/** The corpus and its proposals/passages (from the pipeline, or from --analysis FILE). */
export const loadReviewData = (flags: ReviewFlags) =>
  Effect.gen(function* () {
    const corpus = yield* loadCorpus(flags)
    const witnesses = corpus.witnesses.map((w) => w.witness)
    if (Option.isSome(flags.analysis)) {
      const file = flags.analysis.value
      const fs = yield* FileSystem.FileSystem
      const json = yield* fs.readFileString(file).pipe(Effect.mapError((e) => new UsageError({ reason: `--analysis ${file}: ${e.message}` })))
      const parsed = yield* Effect.try({
        try: () => JSON.parse(json) as { proposals?: unknown; passages?: unknown },
        catch: (e) => new UsageError({ reason: `--analysis ${file}: not JSON (${(e as Error).message})` })
      })
      const proposals = parsed.proposals ?? []
      const passages = parsed.passages ?? []
      if (!Array.isArray(proposals) || !Array.isArray(passages)) {
        return yield* new UsageError({ reason: `--analysis ${file}: expected {"proposals": [...], "passages": [...]}` })
      }
      const known = new Set(witnesses.map((w) => w.id))
      const stray = (proposals as Proposal[]).find((p) => !known.has(p.witness))
      if (stray !== undefined) return yield* new UsageError({ reason: `--analysis ${file}: proposal ${stray.id} names witness ${stray.witness}, not in ${flags.corpus}` })
      return { corpus, witnesses, proposals: proposals as Proposal[], passages: passages as Passage[] } satisfies ReviewData
    }
    const a = yield* (yield* AnalysisCache).analyse(corpus)
    return { corpus, witnesses, proposals: a.proposals, passages: a.passages } satisfies ReviewData
  })

/** The review session (also what `lectio start` opens on a terminal). */
export const runReviewSession = (flags: ReviewFlags) =>
  Effect.gen(function* () {
    // Refuse before loading anything: a pipe cannot answer the UI.
    if (process.stdin.isTTY !== true) return yield* new NotInteractive()
    // A person is at this terminal: Ink's CI mode (set by CI=true in the environment, read when Ink loads)
    // would draw only the last frame and hide the whole session, so it is turned off before Ink loads.
    delete process.env["CI"]
    delete process.env["CONTINUOUS_INTEGRATION"]
    // Start loading Ink/React (the slowest import) while the corpus and the ledger load.
    const ui = import("../tui/run.tsx")
    ui.catch(() => undefined)
    const ledger = yield* Ledger
    const path = yield* ledger.pathOf(flags.edition)
    const contents = yield* ledger.read(flags.edition)
    if (contents.torn !== null) {
      return yield* new LedgerTorn({ path, line: contents.torn.line, bytes: Buffer.byteLength(contents.torn.fragment) })
    }
    const data = yield* loadReviewData(flags)
    const review = replay(contents.events)
    const { orphaned, unraised } = resolveCorrections(data.proposals, review, data.witnesses)
    const model = buildModel({
      edition: flags.edition,
      title: data.corpus.title ?? data.corpus.dir,
      witnesses: data.witnesses,
      proposals: data.proposals,
      passages: data.passages,
      orphaned: orphaned.length,
      unraised: unraised.length
    })
    const hashes = new Map(data.witnesses.map((w) => [w.id, textHash(w.text)]))
    const state = init(model, review, {
      width: process.stdout.columns ?? 100,
      height: process.stdout.rows ?? 24,
      hashes
    })
    const { runReview } = yield* Effect.promise(() => ui)
    yield* Effect.promise(() => runReview(state, (drafts) => Effect.runPromise(ledger.append(flags.edition, drafts))))
    const after = yield* ledger.read(flags.edition)
    const final = replay(after.events)
    yield* Console.log(`${final.decisions.size} decisions in force · ${after.events.length} events in ${escapeControls(path)}`)
  })

export const reviewCommand = Command.make("review", reviewFlags, runReviewSession).pipe(
  Command.withDescription("Review proposals and variant locations interactively (keys: ? for help). Decisions go to editions/NAME/decisions.jsonl at once.")
)
