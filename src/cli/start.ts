/**
 * `lectio start` (what `npm start` runs): on a terminal, the review UI on the bundled seeds (edition
 * `seeds`); otherwise (pipes, CI) the corpus summary, unchanged.
 */
import { Console, Effect, Option } from "effect"
import { Command } from "effect/cli"
import { corpusTable } from "./corpus.ts"
import { DEFAULT_EDITION, runReviewSession } from "./review.ts"
import { corpusFlags, loadCorpus } from "./shared.ts"

export const startCommand = Command.make("start", corpusFlags, (flags) =>
  Effect.gen(function* () {
    if (process.stdin.isTTY === true && process.stdout.isTTY === true) {
      return yield* runReviewSession({ ...flags, edition: DEFAULT_EDITION, analysis: Option.none() })
    }
    const loaded = yield* loadCorpus(flags)
    yield* Console.log(corpusTable(loaded))
  })
).pipe(Command.withDescription("The main job: review the corpus (default ./seeds) in a terminal; print its summary otherwise."))
