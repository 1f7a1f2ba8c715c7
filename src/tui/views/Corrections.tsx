/** The Corrections view: the windowed proposal list and the detail of the proposal under the cursor. Render only. */
// React in scope: tsx run from another folder (lectio from any cwd) may not see tsconfig's "jsx" and compile JSX classically.
import React from "react"
void React
import { Box, Text } from "ink"
import { editText, oneLine } from "../../text/display.ts"
import { currentReplacement, proposalStatus, snippet, type ProposalStatus } from "../model.ts"
import { currentProposal, listHeight, type UIState } from "../state.ts"

const MARK: Record<ProposalStatus, string> = { undecided: " ", approved: "✓", rejected: "✗", edited: "✎" }

const pad = (s: string, n: number) => (s.length >= n ? s.slice(0, n - 1) + "…" : s + " ".repeat(n - s.length))

export function Corrections({ s }: { s: UIState }) {
  const h = listHeight(s)
  const rows = s.rows.corrections
  const top = s.top.corrections
  const slice = rows.slice(top, top + h)
  const p = currentProposal(s)
  const w = Math.max(40, s.width)
  return (
    <Box flexDirection="column">
      <Box flexDirection="column" height={h}>
        {rows.length === 0 ? <Text dimColor>no proposals{s.filter.status !== "all" || s.filter.witness || s.filter.rule ? " match the filter (F clears)" : ""}</Text> : null}
        {slice.map((i, k) => {
          const q = s.model.proposals[i]!
          const d = s.review.decisions.get(q.id)
          const st = proposalStatus(d)
          const selected = top + k === s.cursor.corrections
          const change = `${editText(q.original) || "∅"} → ${editText(currentReplacement(q, d)) || "(delete)"}`
          const line = `${selected ? "▸" : " "} ${MARK[st]} ${s.model.siglum.get(q.witness) ?? "?"}  ${pad(change, 30)} ${pad(q.rule, 16)} ${pad(q.group === null ? "" : "grp", 4)}${q.confidence.toFixed(2)}`
          return (
            <Text key={q.id} wrap="truncate-end" inverse={selected} color={st === "rejected" ? "gray" : undefined}>
              {line}
            </Text>
          )
        })}
      </Box>
      <Text dimColor>{"─".repeat(Math.min(w, 200))}</Text>
      {p === undefined ? (
        <Text> </Text>
      ) : (
        <Detail s={s} />
      )}
    </Box>
  )
}

function Detail({ s }: { s: UIState }) {
  const p = currentProposal(s)!
  const d = s.review.decisions.get(p.id)
  const text = s.model.text.get(p.witness) ?? ""
  const [before, orig, after] = snippet(text, p.start, p.end, Math.max(30, s.width - 20))
  const repl = editText(currentReplacement(p, d))
  // what the other witnesses read at the place comes first: the explanation that ends with it may be cut
  const others = p.evidence["otherWitnesses"]
  const readings =
    typeof others === "object" && others !== null
      ? Object.entries(others).map(([id, v]) => `${oneLine(s.model.siglum.get(id) ?? id)} “${oneLine(String(v))}”`)
      : []
  const evidence = [
    ...(readings.length > 0 ? [`other witnesses: ${readings.join(", ")}`] : []),
    ...Object.entries(p.evidence)
      .filter(([k]) => k !== "otherWitnesses")
      // (the witness whose reading showed a misreading, by its siglum too)
      .map(([k, v]) => (k === "shownBy" && typeof v === "string" ? `shown by: ${oneLine(s.model.siglum.get(v) ?? v)}` : `${oneLine(k)}: ${oneLine(typeof v === "string" ? v : JSON.stringify(v))}`))
  ].join(" · ")
  const st = proposalStatus(d)
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold>{s.model.siglum.get(p.witness)}</Text> {oneLine(p.witness)} {p.start}–{p.end} · {p.rule} · {p.class} · {p.confidence.toFixed(2)}
        {p.group === null ? "" : ` · group ${oneLine(p.group)}`} · <Text bold>{st}</Text>
        {d !== undefined ? ` (${d.at.slice(0, 16).replace("T", " ")})` : ""}
      </Text>
      <Text wrap="wrap">
        {before}
        <Text inverse>{`[${orig || "∅"}→${repl || "∅"}]`}</Text>
        {after}
      </Text>
      <Text wrap="truncate-end">{oneLine(p.explanation)}</Text>
      <Text wrap="truncate-end" dimColor>
        {evidence === "" ? " " : evidence}
      </Text>
      {s.mode.t === "edit" ? (
        <Text>
          edit replacement: <Text inverse>{oneLine(s.mode.text)}</Text>
          <Text dimColor> (Enter saves · Esc cancels)</Text>
        </Text>
      ) : (
        <Text> </Text>
      )}
    </Box>
  )
}
