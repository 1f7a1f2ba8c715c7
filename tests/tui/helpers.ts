import { Effect } from "effect"
import type { DecisionEvent } from "../../src/domain/model.ts"
import { makeMemory, type DecisionDraft } from "../../src/review/Ledger.ts"
import { replay } from "../../src/review/replay.ts"
import { buildModel } from "../../src/tui/model.ts"
import { init } from "../../src/tui/state.ts"
import { seedPassages, seedProposals, seedWitnesses } from "../fixtures/review/fixtures.ts"

export const witnesses = seedWitnesses()
export const proposals = seedProposals(witnesses)
export const passages = seedPassages(witnesses)
export const model = buildModel({ edition: "seeds", title: "Seeds", witnesses, proposals, passages })

let clock = 0
export const fixedNow = () => new Date(Date.UTC(2026, 0, 1, 12, 0, clock++)).toISOString()

/** An in-memory ledger and the UI state over it, as the review command builds them. */
export function setup(events: ReadonlyArray<DecisionEvent> = [], size = { width: 100, height: 30 }) {
  const files = new Map<string, string>()
  if (events.length > 0) files.set("editions/seeds/decisions.jsonl", events.map((e) => JSON.stringify(e) + "\n").join(""))
  const ledger = makeMemory(files)
  const record = (drafts: ReadonlyArray<DecisionDraft>) => Effect.runPromise(ledger.append("seeds", drafts))
  const read = () => Effect.runPromise(ledger.read("seeds"))
  const state = init(model, replay(events), { ...size, now: fixedNow })
  return { files, ledger, record, read, state }
}

export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms))

/** Poll until `pred` holds (no fixed sleeps in assertions). */
export async function until(pred: () => boolean, what: string, timeoutMs = 5000) {
  const t0 = Date.now()
  while (!pred()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await tick(5)
  }
}
