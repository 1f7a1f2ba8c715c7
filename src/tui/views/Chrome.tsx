/** Header, tabs, footer, help overlay and filter panel. Render only. */
// React in scope: tsx run from another folder (lectio from any cwd) may not see tsconfig's "jsx" and compile JSX classically.
import React from "react"
void React
import { Box, Text } from "ink"
import { oneLine } from "../../text/display.ts"
import { HELP } from "../keys.ts"
import { FILTER_FIELDS, VIEWS, type UIState } from "../state.ts"

const TITLES = { corrections: "Corrections", passages: "Passages", witnesses: "Witnesses" } as const

export function Header({ s }: { s: UIState }) {
  const m = s.model
  const f = s.filter
  const filters = [
    f.witness && `witness ${m.siglum.get(f.witness) ?? f.witness}`,
    f.rule && `rule ${f.rule}`,
    f.kind && `kind ${f.kind}`,
    f.status !== "all" && `status ${f.status}`
  ].filter(Boolean)
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold>lectio</Text> · {oneLine(m.edition)} · {m.witnesses.length} witnesses · {m.proposals.length} proposals · {m.passages.length} passages ·{" "}
        <Text bold>
          {s.progress.decided}/{s.progress.total} decided
        </Text>
        {s.busy ? " · saving…" : ""}
        {m.orphaned > 0 ? <Text color="red">{` · ${m.orphaned} orphaned (lectio decisions)`}</Text> : null}
        {m.unraised > 0 ? <Text color="yellow">{` · ${m.unraised} applied, no longer raised (lectio decisions)`}</Text> : null}
        <Text dimColor> · ? help</Text>
      </Text>
      <Text wrap="truncate-end">
        {VIEWS.map((v, k) => (
          <Text key={v}>
            {k > 0 ? " │ " : " "}
            <Text inverse={v === s.view} bold={v === s.view}>
              {` ${TITLES[v]} (${s.rows[v].length}) `}
            </Text>
          </Text>
        ))}
        {filters.length > 0 ? <Text color="yellow">{"  filter: " + filters.join(", ")}</Text> : null}
      </Text>
    </Box>
  )
}

export function Footer({ s }: { s: UIState }) {
  let line: string
  if (s.mode.t === "search") line = `/${oneLine(s.mode.query)}▏  (Enter jumps to the first match · Esc cancels)`
  else if (s.view === "corrections") line = "a approve · r reject · e edit · A/R rule · P/X group · u undo · / search · f filter · tab view · q quit"
  else if (s.view === "passages") line = "1–9 choose lemma · a keep lemma · u undo · / search · f filter · tab view · q quit"
  else line = "↑↓ witness · / search · f filter · tab view · q quit"
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end" color={s.message?.startsWith("not saved") ? "red" : "green"}>
        {s.message === null ? " " : oneLine(s.message)}
      </Text>
      <Text wrap="truncate-end" dimColor={s.mode.t !== "search"}>
        {line}
      </Text>
    </Box>
  )
}

export function Help() {
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>Keys</Text>
      {HELP.map(([k, what]) => (
        <Text key={k} wrap="truncate-end">
          {k.padEnd(18)} {what}
        </Text>
      ))}
      <Text dimColor>any key closes this help</Text>
    </Box>
  )
}

export function FilterPanel({ s }: { s: UIState }) {
  if (s.mode.t !== "filter") return null
  const field = s.mode.field
  const show = (name: (typeof FILTER_FIELDS)[number]) => {
    const v = s.filter[name]
    if (v === null || v === "all") return "all"
    return name === "witness" ? `${s.model.siglum.get(v) ?? ""} ${oneLine(v)}` : oneLine(v)
  }
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>Filter (↑↓ field · ←→ value · x clear · Enter close)</Text>
      {FILTER_FIELDS.map((name, k) => (
        <Text key={name} inverse={k === field}>
          {name.padEnd(8)} ‹ {show(name)} ›
        </Text>
      ))}
    </Box>
  )
}
