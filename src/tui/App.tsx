/**
 * The review UI. The input hook only turns keys into intents for the pure reducer (state.ts); the effects
 * the reducer queues (ledger appends, quit) run here in useEffect, and their results come back as intents.
 */
// React in scope: tsx run from another folder (lectio from any cwd) may not see tsconfig's "jsx" and compile JSX classically.
import React from "react"
void React
import { Box, useApp, useInput, useStdin, useStdout } from "ink"
import { useEffect, useReducer, useRef } from "react"
import type { DecisionEvent } from "../domain/model.ts"
import type { DecisionDraft } from "../review/Ledger.ts"
import { keyToIntent } from "./keys.ts"
import { reduce, type UIState } from "./state.ts"
import { Footer, FilterPanel, Header, Help } from "./views/Chrome.tsx"
import { Corrections } from "./views/Corrections.tsx"
import { Passages } from "./views/Passages.tsx"
import { Witnesses } from "./views/Witnesses.tsx"

export interface AppProps {
  readonly initial: UIState
  /** Append to the ledger; resolves once the events are on disk. */
  readonly record: (drafts: ReadonlyArray<DecisionDraft>) => Promise<ReadonlyArray<DecisionEvent>>
  /** Called on every state change (tests and benchmarks observe the state). */
  readonly onState?: (s: UIState) => void
}

export function App({ initial, record, onState }: AppProps) {
  const { exit } = useApp()
  const { stdout } = useStdout()
  const { isRawModeSupported } = useStdin()
  const [s, dispatch] = useReducer(reduce, initial, (i) =>
    reduce(i, { type: "resize", width: stdout.columns ?? i.width, height: stdout.rows ?? i.height })
  )
  const started = useRef(new Set<number>())
  const mode = useRef(s.mode)
  mode.current = s.mode

  useInput(
    (input, key) => {
      const intent = keyToIntent(input, key, mode.current)
      if (intent !== null) dispatch(intent)
    },
    { isActive: isRawModeSupported === true }
  )

  useEffect(() => {
    const onResize = () => dispatch({ type: "resize", width: stdout.columns ?? 100, height: stdout.rows ?? 24 })
    stdout.on("resize", onResize)
    return () => {
      stdout.off("resize", onResize)
    }
  }, [stdout])

  useEffect(() => {
    for (const e of s.effects) {
      if (started.current.has(e.id)) continue
      started.current.add(e.id)
      if (e.type === "record") {
        record(e.drafts).then(
          (events) => dispatch({ type: "recorded", effect: e.id, events }),
          (err: unknown) => dispatch({ type: "recordFailed", effect: e.id, message: err instanceof Error ? err.message : String(err) })
        )
      } else {
        dispatch({ type: "effectDone", effect: e.id })
        exit()
      }
    }
  }, [s.effects, record, exit])

  useEffect(() => {
    onState?.(s)
  }, [s, onState])

  return (
    <Box flexDirection="column" width={s.width}>
      <Header s={s} />
      {s.mode.t === "help" ? (
        <Help />
      ) : s.mode.t === "filter" ? (
        <FilterPanel s={s} />
      ) : s.view === "corrections" ? (
        <Corrections s={s} />
      ) : s.view === "passages" ? (
        <Passages s={s} />
      ) : (
        <Witnesses s={s} />
      )}
      <Footer s={s} />
    </Box>
  )
}
