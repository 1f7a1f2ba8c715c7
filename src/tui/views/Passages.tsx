/** The Passages view: variant locations, the passage text with them marked, the apparatus, occurrences side by side. */
// React in scope: tsx run from another folder (lectio from any cwd) may not see tsconfig's "jsx" and compile JSX classically.
import React from "react"
void React
import { Box, Text } from "ink"
import { oneLine } from "../../text/display.ts"
import { formatEntry, snippet, type VariantItem } from "../model.ts"
import { currentVariant, listHeight, type UIState } from "../state.ts"

const pad = (s: string, n: number) => (s.length >= n ? s.slice(0, n - 1) + "…" : s + " ".repeat(n - s.length))

export function Passages({ s }: { s: UIState }) {
  const h = listHeight(s)
  const rows = s.rows.passages
  const top = s.top.passages
  const v = currentVariant(s)
  return (
    <Box flexDirection="column">
      <Box flexDirection="column" height={h}>
        {rows.length === 0 ? <Text dimColor>no variant locations{s.model.passages.length === 0 ? " (no shared passages found)" : " match the filter"}</Text> : null}
        {rows.slice(top, top + h).map((i, k) => {
          const item = s.model.variants[i]!
          const selected = top + k === s.cursor.passages
          const d = s.review.decisions.get(item.entry.id)
          const lemma = d?.action === "lemma" && d.text !== undefined ? d.text : item.entry.lemma
          const line = `${selected ? "▸" : " "} ${d?.action === "lemma" ? "✓" : " "} ${pad(`P${item.passageIndex + 1}.${item.number}`, 7)} ${pad(item.entry.kind, 14)} ${formatEntry(item.entry, s.model.siglum, lemma)}`
          return (
            <Text key={item.entry.id} inverse={selected} wrap="truncate-end">
              {line}
            </Text>
          )
        })}
      </Box>
      <Text dimColor>{"─".repeat(Math.min(Math.max(40, s.width), 200))}</Text>
      {v === undefined ? <Text> </Text> : <Detail s={s} v={v} />}
    </Box>
  )
}

function Detail({ s, v }: { s: UIState; v: VariantItem }) {
  const { passage } = v
  const base = passage.occurrences[0]!
  const sigla = passage.occurrences.map((o) => `${s.model.siglum.get(o.witness) ?? "?"} ${o.witness.split("-")[0]}`).join(", ")
  const words = base.text.split(/\s+/).filter(Boolean).length
  const d = s.review.decisions.get(v.entry.id)
  const lemma = d?.action === "lemma" && d.text !== undefined ? d.text : v.entry.lemma
  // The base occurrence around the current location, every location of the passage marked ⟦…⟧.
  const here = v.located.get(base.witness)
  const text = s.model.text.get(base.witness) ?? base.text
  const windowChars = Math.max(80, s.width * 2)
  const centre = here?.start ?? base.start
  const from = Math.max(base.start, centre - Math.floor(windowChars / 2))
  const to = Math.min(base.end, from + windowChars)
  const marks = s.model.variants
    .filter((x) => x.passage === passage)
    .map((x) => ({ x, at: x.located.get(base.witness) }))
    .filter((m): m is { x: VariantItem; at: { start: number; end: number } } => m.at !== undefined && m.at.start >= from && m.at.end <= to)
    .sort((a, b) => a.at.start - b.at.start)
  const parts: Array<{ t: string; mark: boolean; current: boolean }> = []
  let pos = from
  for (const m of marks) {
    if (m.at.start < pos) continue
    parts.push({ t: oneLine(text.slice(pos, m.at.start)), mark: false, current: false })
    parts.push({ t: `⟦${oneLine(text.slice(m.at.start, m.at.end)) || "∅"}⟧`, mark: true, current: m.x === v })
    pos = m.at.end
  }
  parts.push({ t: oneLine(text.slice(pos, to)), mark: false, current: false })
  const col = Math.max(20, Math.floor((s.width - 2) / Math.max(1, passage.occurrences.length)) - 1)
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold>Passage {v.passageIndex + 1}</Text> · {oneLine(sigla)} · {words} words · {passage.apparatus.length} variant locations
      </Text>
      <Box height={3} overflow="hidden">
        <Text wrap="wrap">
          {from > base.start ? "…" : ""}
          {parts.map((p, k) => (
            <Text key={k} inverse={p.current} bold={p.mark}>
              {p.t}
            </Text>
          ))}
          {to < base.end ? "…" : ""}
        </Text>
      </Box>
      <Text wrap="truncate-end">
        {v.number} {formatEntry(v.entry, s.model.siglum, lemma)} <Text dimColor>({v.entry.kind})</Text>
      </Text>
      <Text wrap="truncate-end" dimColor>
        {v.entry.readings.map((r, k) => `${k + 1} ${r.text === "" ? "om." : oneLine(r.text)}${r.text === lemma ? " (lemma)" : ""}`).join("   ")}
      </Text>
      <Box>
        {passage.occurrences.map((o) => {
          const at = v.located.get(o.witness)
          const t = s.model.text.get(o.witness) ?? ""
          const [b, m, a] = at === undefined ? ["(reading not located)", "", ""] : snippet(t, at.start, at.end, col * 2)
          return (
            <Box key={o.witness} width={col + 1} flexDirection="column" marginRight={1}>
              <Text bold wrap="truncate-end">
                {s.model.siglum.get(o.witness) ?? "?"} {oneLine(o.witness)}
              </Text>
              <Box height={3} overflow="hidden">
                <Text wrap="wrap">
                  {b}
                  <Text inverse>{m === "" && at !== undefined ? "∅" : m}</Text>
                  {a}
                </Text>
              </Box>
            </Box>
          )
        })}
      </Box>
    </Box>
  )
}
