/**
 * The `lectio` command tree. Each subcommand lives in its own file in src/cli/ and only parses flags,
 * delegates to the pure modules and services, and prints.
 */
import { Command } from "effect/cli"
import { alignCommand } from "./align.ts"
import { collateCommand } from "./collate.ts"
import { corpusCommand } from "./corpus.ts"
import { decideCommand } from "./decide.ts"
import { decisionsCommand } from "./decisions.ts"
import { reviewCommand } from "./review.ts"
import { exportCommand } from "./export.ts"
import { normaliseCommand } from "./normalise.ts"
import { startCommand } from "./start.ts"

export const VERSION = "0.1.0"

export const lectio = Command.make("lectio").pipe(
  Command.withDescription(
    "Comparative-edition toolkit: load witnesses, review OCR corrections, find and collate shared passages, export an edition."
  ),
  Command.withSubcommands([
    startCommand,
    corpusCommand,
    normaliseCommand,
    alignCommand,
    collateCommand,
    reviewCommand,
    decideCommand,
    decisionsCommand,
    exportCommand
  ])
)
