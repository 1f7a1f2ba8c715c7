/** Mount the review App on the real terminal and wait until the editor quits. */
// React in scope: tsx run from another folder (lectio from any cwd) may not see tsconfig's "jsx" and compile JSX classically.
import React from "react"
void React
import { render } from "ink"
import type { DecisionEvent } from "../domain/model.ts"
import type { DecisionDraft } from "../review/Ledger.ts"
import { App } from "./App.tsx"
import type { UIState } from "./state.ts"

export async function runReview(
  initial: UIState,
  record: (drafts: ReadonlyArray<DecisionDraft>) => Promise<ReadonlyArray<DecisionEvent>>
): Promise<void> {
  const app = render(<App initial={initial} record={record} />, { exitOnCtrlC: false, maxFps: 60 })
  await app.waitUntilExit()
}
