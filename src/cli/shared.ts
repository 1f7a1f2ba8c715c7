/** Flags every corpus-reading command shares, and loading the corpus with problems reported on stderr. */
import { getHeapStatistics } from "node:v8"
import { Console, Effect } from "effect"
import { Flag } from "effect/cli"
import { Corpus, DEFAULT_INCLUDE, DEFAULT_MAX_BYTES, type LoadedCorpus } from "../corpus/Corpus.ts"
import { copiesOf } from "../corpus/copies.ts"
import { notRunningText } from "../corpus/prose.ts"
import { UsageError } from "../domain/errors.ts"
import { escapeControls } from "../text/display.ts"

export const DEFAULT_CORPUS = "seeds"

export const corpusFlags = {
  corpus: Flag.String("corpus").pipe(
    Flag.withDescription("folder of witness files"),
    Flag.withMetavar("DIR"),
    Flag.withDefault(DEFAULT_CORPUS)
  ),
  include: Flag.String("include").pipe(
    Flag.withDescription(`glob of witness files inside the folder (default ${DEFAULT_INCLUDE})`),
    Flag.withMetavar("GLOB"),
    Flag.withDefault(DEFAULT_INCLUDE)
  ),
  strict: Flag.Boolean("strict").pipe(
    Flag.withDescription("fail (non-zero exit) if any file cannot be loaded, instead of reporting and going on"),
    Flag.withDefault(false)
  ),
  maxSize: Flag.Finite("max-size").pipe(
    Flag.withDescription(`largest witness file to load, in MB (default ${DEFAULT_MAX_BYTES / 1024 / 1024})`),
    Flag.withMetavar("MB"),
    Flag.withDefault(DEFAULT_MAX_BYTES / 1024 / 1024)
  )
}

export interface CorpusFlags {
  readonly corpus: string
  readonly include: string
  readonly strict: boolean
  readonly maxSize: number
}

/**
 * Load the corpus; files that failed are listed on stderr (one line each) and the rest go on. The witnesses
 * must fit the memory the process may use (their tokens alone, for the listing, take about half of it).
 */
export const loadCorpus = (flags: CorpusFlags): Effect.Effect<LoadedCorpus, import("../corpus/Corpus.ts").LoadError | UsageError, Corpus> =>
  Effect.gen(function* () {
    if (!(flags.maxSize > 0)) return yield* new UsageError({ reason: `--max-size must be more than 0 MB (got ${flags.maxSize})` })
    const corpus = yield* Corpus
    const loaded = yield* corpus.load({
      dir: flags.corpus,
      include: flags.include,
      strict: flags.strict,
      maxBytes: Math.round(flags.maxSize * 1024 * 1024),
      // (a corpus to analyse that the process has not the memory for is refused at once, not after a minute's
      // work ends in the engine's out-of-memory trace)
      memoryLimit: getHeapStatistics().heap_size_limit
    })
    for (const p of loaded.problems) yield* Console.error(`lectio: skipped ${escapeControls(p.message)}`)
    const copies = copiesOf(loaded.witnesses)
    for (const [k, of] of copies.entries()) {
      if (of < 0) continue
      const path = (i: number) => escapeControls(loaded.witnesses[i]!.witness.path)
      yield* Console.error(`lectio: ${path(k)} repeats ${path(of)} word for word (one file loaded twice?): collated as a witness, its words counted once`)
    }
    for (const { witness } of loaded.witnesses) {
      const data = notRunningText(witness.text)
      if (data !== null)
        yield* Console.error(
          `lectio: ${escapeControls(witness.path)} holds ${data.chars.toLocaleString("en")} characters and ${data.spaces.toLocaleString("en")} spaces: not running text? (its words and proposals will be fragments of it)`
        )
    }
    return loaded
  })
