/** Wiring only: layers + CLI. User errors print one line and exit non-zero, without a stack trace. */
import { NodeRuntime, NodeServices } from "@effect/platform-node"
import { Cause, Effect, Layer } from "effect"
import { Command } from "effect/cli"
import { Corpus } from "./corpus/Corpus.ts"
import { lectio, VERSION } from "./cli/main.ts"
import { EditionWriter } from "./export/EditionWriter.ts"
import { Ledger } from "./review/Ledger.ts"
import { AnalysisCache } from "./services/AnalysisCache.ts"
import { Glob } from "./services/Glob.ts"
import { escapeControls } from "./text/display.ts"

// A reader that stops early (`lectio collate … | head`) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0)
    throw e
  })
}

const AppLayer = Layer.mergeAll(Corpus.layer.pipe(Layer.provideMerge(Glob.layer)), Ledger.layer, EditionWriter.layer, AnalysisCache.layer).pipe(
  Layer.provideMerge(NodeServices.layer)
)

const program = Command.run(lectio, { version: VERSION }).pipe(
  Effect.catchCause((cause) =>
    Effect.sync(() => {
      const failure = cause.reasons.find(Cause.isFailReason)
      if (failure !== undefined) {
        const e = failure.error as { _tag?: string; message?: string }
        // The CLI library has already shown parse errors and help; our own errors get one line.
        if (typeof e?._tag === "string" && !isCliError(e)) {
          process.stderr.write(`lectio: ${escapeControls(e.message ?? String(e))}\n`)
        }
        process.exitCode = 1
        return
      }
      if (cause.reasons.some(Cause.isInterruptReason)) {
        process.exitCode = 130
        return
      }
      process.stderr.write(`lectio: internal error: ${Cause.pretty(cause)}\n`)
      process.exitCode = 70
    })
  ),
  Effect.provide(AppLayer)
)

function isCliError(e: { _tag?: string }): boolean {
  return typeof e._tag === "string" && /^(MissingOption|MissingArgument|InvalidValue|UnknownSubcommand|UnrecognizedOption|DuplicateOption|ShowHelp|UserError|CliError)/.test(e._tag)
}

NodeRuntime.runMain(program, { disableErrorReporting: true })
