/** `lectio start` (what `npm start` runs): the main job on the bundled seeds. */
import { Console, Effect } from "effect"
import { Command } from "effect/cli"
import { corpusTable } from "./corpus.ts"
import { corpusFlags, loadCorpus } from "./shared.ts"

export const startCommand = Command.make("start", corpusFlags, (flags) =>
  Effect.gen(function* () {
    const loaded = yield* loadCorpus(flags)
    yield* Console.log(corpusTable(loaded))
  })
).pipe(Command.withDescription("The main job: summarise the corpus (default ./seeds)."))
