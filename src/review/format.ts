/**
 * The ledger's file format, decisions.jsonl: one JSON event per line, each line ended by "\n". Pure parsing
 * and serialising; the Ledger service does the I/O.
 *
 * A crash can leave the last line half-written (no final "\n"). Parsing returns the complete events and the
 * fragment as `torn`, so it is reported, never silently dropped; the service refuses to append after a torn
 * line until `repair` moved the fragment aside. A line that fails to parse anywhere else is corruption and
 * an error naming the line.
 */
import type { DecisionEvent } from "../domain/model.ts"

export interface TornLine {
  /** 1-based line number of the fragment. */
  readonly line: number
  /** Byte offset where the fragment starts (the good prefix is bytes [0, offset)). */
  readonly offset: number
  readonly fragment: string
}

export type Parsed =
  | { readonly ok: true; readonly events: ReadonlyArray<DecisionEvent>; readonly torn: TornLine | null }
  | { readonly ok: false; readonly line: number; readonly reason: string }

const ACTIONS = new Set(["approve", "reject", "edit", "lemma", "undo"])

/** Why `value` is not a well-formed event, or null. */
export function checkEvent(value: unknown): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a JSON object"
  const e = value as Record<string, unknown>
  if (e["v"] !== 1) return `unknown format version ${JSON.stringify(e["v"])}`
  if (typeof e["seq"] !== "number" || !Number.isInteger(e["seq"]) || e["seq"] < 1) return "seq is not a positive integer"
  if (typeof e["at"] !== "string") return "at is missing"
  if (typeof e["action"] !== "string" || !ACTIONS.has(e["action"])) return `unknown action ${JSON.stringify(e["action"])}`
  if (e["targetKind"] !== "proposal" && e["targetKind"] !== "variant") return "targetKind is not proposal or variant"
  if (typeof e["target"] !== "string" || e["target"] === "") return "target is missing"
  if (e["action"] === "undo" && typeof e["undoes"] !== "number") return "undo without the seq it undoes"
  if ((e["action"] === "edit" || e["action"] === "lemma") && typeof e["text"] !== "string") return `${e["action"]} without text`
  return null
}

export function serialise(e: DecisionEvent): string {
  return JSON.stringify(e) + "\n"
}

/** Parse a whole ledger file. */
export function parseLedger(content: string): Parsed {
  const events: DecisionEvent[] = []
  let pos = 0
  let byte = 0
  let line = 0
  let lastSeq = 0
  while (pos < content.length) {
    line++
    const nl = content.indexOf("\n", pos)
    if (nl < 0) {
      return { ok: true, events, torn: { line, offset: byte, fragment: content.slice(pos) } }
    }
    const raw = content.slice(pos, nl)
    const next = nl + 1
    byte += Buffer.byteLength(content.slice(pos, next), "utf8")
    pos = next
    if (raw.trim() === "") continue
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (err) {
      return { ok: false, line, reason: `not valid JSON (${(err as Error).message})` }
    }
    const problem = checkEvent(value)
    if (problem !== null) return { ok: false, line, reason: problem }
    const e = value as DecisionEvent
    if (e.seq <= lastSeq) return { ok: false, line, reason: `seq ${e.seq} does not follow ${lastSeq}` }
    lastSeq = e.seq
    events.push(e)
  }
  return { ok: true, events, torn: null }
}
