/**
 * A writer process for the ledger tests: appends events to ROOT/EDITION in a loop through the real Ledger
 * service and prints "ack SEQ" once each append has returned (i.e. is on disk).
 * Usage: node --import tsx tests/review/ledger-child.ts ROOT EDITION TAG COUNT (COUNT 0 = forever)
 */
import { NodeServices } from "@effect/platform-node"
import { Effect, Layer } from "effect"
import { Ledger } from "../../src/review/Ledger.ts"

const [root, edition, tag, countArg] = process.argv.slice(2)
const count = Number(countArg ?? "0")
const layer = Ledger.layerAt(root!).pipe(Layer.provide(NodeServices.layer))

const program = Effect.gen(function* () {
  const ledger = yield* Ledger
  for (let k = 0; count === 0 || k < count; k++) {
    // A long edit text makes each write large, so a kill can land during one.
    const [e] = yield* ledger.append(edition!, [
      { action: "edit", targetKind: "proposal", target: `${tag}-${k}`, text: `${tag}:${k}:` + "x".repeat(k % 7 === 0 ? 20000 : 40) }
    ])
    process.stdout.write(`ack ${e!.seq} ${tag}-${k}\n`)
  }
})

Effect.runPromise(program.pipe(Effect.provide(layer))).catch((e) => {
  process.stderr.write(String(e?.message ?? e) + "\n")
  process.exit(1)
})
