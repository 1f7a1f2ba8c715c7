/** The Witnesses view: per witness, where the proposals and the variant locations fall along the text. Render only. */
// React in scope: tsx run from another folder (lectio from any cwd) may not see tsconfig's "jsx" and compile JSX classically.
import React from "react"
void React
import { Box, Text } from "ink"
import { oneLine } from "../../text/display.ts"
import { histogram } from "../model.ts"
import { listHeight, type UIState } from "../state.ts"

export function Witnesses({ s }: { s: UIState }) {
  const h = listHeight(s)
  const rows = s.rows.witnesses
  const perWitness = 3
  const fit = Math.max(1, Math.floor(h / perWitness))
  const cursor = s.cursor.witnesses
  const top = Math.max(0, Math.min(cursor - fit + 1, rows.length - fit, cursor))
  const bins = Math.max(10, s.width - 22)
  return (
    <Box flexDirection="column" height={h}>
      {rows.slice(Math.max(0, top), Math.max(0, top) + fit).map((i, k) => {
        const w = s.model.witnesses[i]!
        const d = s.model.density.get(w.id) ?? { proposals: [], variants: [] }
        const selected = Math.max(0, top) + k === cursor
        return (
          <Box key={w.id} flexDirection="column">
            <Text inverse={selected} wrap="truncate-end">
              {selected ? "▸" : " "} {w.siglum} {oneLine(w.id)} · {w.words.toLocaleString("en-GB")} words · {d.proposals.length} proposals · {d.variants.length} variants
            </Text>
            <Text wrap="truncate-end">
              {"  proposals  "}
              <Text color="yellow">{histogram(d.proposals, w.text.length, bins)}</Text>
            </Text>
            <Text wrap="truncate-end">
              {"  variants   "}
              <Text color="cyan">{histogram(d.variants, w.text.length, bins)}</Text>
            </Text>
          </Box>
        )
      })}
      <Text dimColor wrap="truncate-end">
        {"  "}start {"·".repeat(Math.max(0, bins - 30))} end of each witness (one column ≈ {bins > 0 ? "1/" + bins : ""} of its text)
      </Text>
    </Box>
  )
}
