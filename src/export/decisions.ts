/**
 * ADAPTER — the decisions export needs, read from editions/NAME/decisions.jsonl.
 *
 * >>> At integration, replace the body of `loadDecisionsForExport` with the review module's functions:
 * >>>   `Ledger` (reads the file), `resolveCorrections(proposals, events, witnesses)` and `lemmaChoices(state)`
 * >>> from src/review/index.ts, and delete `parseLedger`/`replayDecisions` below. The signature stays.
 *
 * Until then this is a minimal, strict replay: every line must be a DecisionEvent (a corrupt line is an
 * error naming the line, nothing is skipped), `undo` cancels the event it names (an undone undo restores
 * it), and the last standing decision per target wins. Approved and edited proposals become Corrections at
 * the proposal's current offsets, or found again through the anchor; decisions that cannot be placed are
 * returned as `orphaned` for the CLI to report.
 */
import { Effect, FileSystem } from "effect"
import type { Correction, DecisionEvent, Passage, Proposal, Witness } from "../domain/model.ts"
import { LedgerError } from "./errors.ts"

export interface DecisionsForExport {
  readonly corrections: ReadonlyArray<Correction>
  /** Variant-location id → the chosen reading's text. */
  readonly lemmas: ReadonlyMap<string, string>
  /** Decisions that could not be applied, with why (reported, never silently dropped). */
  readonly orphaned: ReadonlyArray<{ readonly target: string; readonly reason: string }>
  /** Number of events read. */
  readonly events: number
}

export interface ExportAnalysis {
  readonly witnesses: ReadonlyArray<Witness>
  readonly proposals: ReadonlyArray<Proposal>
  readonly passages: ReadonlyArray<Passage>
}

/** Read and replay the ledger at `path` (a missing file means no decision yet). */
export const loadDecisionsForExport = (
  path: string,
  analysis: ExportAnalysis
): Effect.Effect<DecisionsForExport, LedgerError, FileSystem.FileSystem> =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const exists = yield* fs.exists(path).pipe(Effect.orElseSucceed(() => false))
    if (!exists) return { corrections: [], lemmas: new Map(), orphaned: [], events: 0 }
    const text = yield* fs
      .readFileString(path)
      .pipe(Effect.mapError((e) => new LedgerError({ path, line: 0, reason: `cannot read: ${e.message}` })))
    const events = parseLedger(text, path)
    if (events instanceof LedgerError) return yield* events
    const replayed = replayDecisions(events, analysis, path)
    if (replayed instanceof LedgerError) return yield* replayed
    return replayed
  })

const ACTIONS = new Set(["approve", "reject", "edit", "lemma", "undo"])
const KINDS = new Set(["proposal", "variant"])

/** Parse decisions.jsonl: one event per line; only the final line break may leave an empty line. */
export function parseLedger(text: string, path: string): DecisionEvent[] | LedgerError {
  const lines = text.split("\n")
  if (lines[lines.length - 1] === "") lines.pop()
  const events: DecisionEvent[] = []
  const seqs = new Set<number>()
  for (let k = 0; k < lines.length; k++) {
    const fail = (reason: string) => new LedgerError({ path, line: k + 1, reason })
    const line = lines[k]!.replace(/\r$/, "")
    let e: unknown
    try {
      e = JSON.parse(line)
    } catch {
      return fail(line.trim() === "" ? "empty line (the ledger holds one JSON event per line)" : "not a JSON line (corrupt or cut short?)")
    }
    if (typeof e !== "object" || e === null || Array.isArray(e)) return fail("not a JSON object")
    const o = e as Record<string, unknown>
    if (o["v"] !== 1) return fail(`unknown format version ${JSON.stringify(o["v"])}`)
    if (!Number.isInteger(o["seq"])) return fail("seq is not an integer")
    if (seqs.has(o["seq"] as number)) return fail(`seq ${o["seq"]} appears twice`)
    if (typeof o["at"] !== "string") return fail("at is not a string")
    if (!ACTIONS.has(o["action"] as string)) return fail(`unknown action ${JSON.stringify(o["action"])}`)
    if (!KINDS.has(o["targetKind"] as string)) return fail(`unknown targetKind ${JSON.stringify(o["targetKind"])}`)
    if (typeof o["target"] !== "string") return fail("target is not a string")
    if ((o["action"] === "edit" || o["action"] === "lemma") && typeof o["text"] !== "string") return fail(`${o["action"]} without text`)
    if (o["action"] === "undo" && !Number.isInteger(o["undoes"])) return fail("undo without the seq it undoes")
    if (o["resp"] !== undefined && o["resp"] !== null && typeof o["resp"] !== "string") return fail("resp is not a string")
    const anchor = o["anchor"] as Record<string, unknown> | undefined
    if (
      anchor !== undefined &&
      (typeof anchor !== "object" ||
        anchor === null ||
        typeof anchor["witness"] !== "string" ||
        !Number.isInteger(anchor["start"]) ||
        !Number.isInteger(anchor["end"]) ||
        typeof anchor["original"] !== "string" ||
        typeof anchor["before"] !== "string" ||
        typeof anchor["after"] !== "string")
    )
      return fail("anchor is malformed")
    seqs.add(o["seq"] as number)
    events.push(o as unknown as DecisionEvent)
  }
  return events
}

/** Replay events (file order) into corrections and lemma choices. */
export function replayDecisions(events: ReadonlyArray<DecisionEvent>, analysis: ExportAnalysis, path = "decisions.jsonl"): DecisionsForExport | LedgerError {
  const bySeq = new Map(events.map((e) => [e.seq, e]))
  const active = new Set<number>()
  for (const e of events) {
    if (e.action === "undo") {
      const target = bySeq.get(e.undoes!)
      if (target === undefined || target.seq >= e.seq) {
        return new LedgerError({ path, line: events.indexOf(e) + 1, reason: `undo of seq ${e.undoes}, which is not an earlier event` })
      }
      if (active.delete(target.seq) && target.action === "undo") active.add(target.undoes!)
    }
    active.add(e.seq)
  }
  // The last standing decision per target.
  const last = new Map<string, DecisionEvent>()
  for (const e of events) if (e.action !== "undo" && active.has(e.seq)) last.set(`${e.targetKind}\u0000${e.target}`, e)

  const proposals = new Map(analysis.proposals.map((p) => [p.id, p]))
  const witnesses = new Map(analysis.witnesses.map((w) => [w.id, w]))
  const variants = new Set(analysis.passages.flatMap((p) => p.apparatus.map((a) => a.id)))
  const corrections: Correction[] = []
  const lemmas = new Map<string, string>()
  const orphaned: Array<{ target: string; reason: string }> = []

  for (const e of last.values()) {
    if (e.targetKind === "variant") {
      if (e.action !== "lemma") continue
      if (!variants.has(e.target)) orphaned.push({ target: e.target, reason: "no variant location with this id in the current collation" })
      else lemmas.set(e.target, e.text!)
      continue
    }
    if (e.action !== "approve" && e.action !== "edit") continue
    const p = proposals.get(e.target)
    const where = locate(e, p, witnesses)
    if (typeof where === "string") {
      orphaned.push({ target: e.target, reason: where })
      continue
    }
    const replacement = e.action === "edit" ? e.text! : p?.replacement
    if (replacement === undefined) {
      orphaned.push({ target: e.target, reason: "the proposal is no longer raised and the approval does not say its replacement" })
      continue
    }
    corrections.push({
      proposal: e.target,
      witness: where.witness,
      start: where.start,
      end: where.end,
      original: where.original,
      replacement,
      rule: p?.rule ?? "edit",
      class: p?.class ?? null,
      confidence: p?.confidence ?? null,
      decision: e.action,
      decidedAt: e.at,
      resp: e.resp ?? null
    })
  }
  corrections.sort((a, b) => (a.witness < b.witness ? -1 : a.witness > b.witness ? 1 : a.start - b.start || a.end - b.end))
  orphaned.sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0))
  return { corrections, lemmas, orphaned, events: events.length }
}

/** Where a proposal decision applies in the current text, or why it cannot be found. */
function locate(
  e: DecisionEvent,
  p: Proposal | undefined,
  witnesses: ReadonlyMap<string, Witness>
): { witness: string; start: number; end: number; original: string } | string {
  if (p !== undefined) {
    const w = witnesses.get(p.witness)
    if (w !== undefined && w.text.slice(p.start, p.end) === p.original) return { witness: p.witness, start: p.start, end: p.end, original: p.original }
  }
  const a = e.anchor
  if (a === undefined) return "the proposal is no longer raised and the decision has no anchor"
  const w = witnesses.get(a.witness)
  if (w === undefined) return `witness ${a.witness} is not in the corpus`
  const t = w.text
  if (t.slice(a.start, a.end) === a.original && t.slice(a.start - a.before.length, a.start) === a.before && t.slice(a.end, a.end + a.after.length) === a.after) {
    return { witness: a.witness, start: a.start, end: a.end, original: a.original }
  }
  const needle = a.before + a.original + a.after
  const first = t.indexOf(needle)
  if (first < 0) return "the text around the decision has changed"
  if (t.indexOf(needle, first + 1) >= 0) return "the text around the decision occurs more than once"
  const start = first + a.before.length
  return { witness: a.witness, start, end: start + a.original.length, original: a.original }
}
