/**
 * What the export and the review UI take from the ledger: the corrections to apply (approved or edited
 * proposals resolved to offsets in the current witness text) and the lemmas the editor chose. Pure.
 */
import type { Correction, DecisionEvent, Proposal, Witness } from "../domain/model.ts"
import { reanchor, textHash } from "./anchor.ts"
import { replay, type ReviewState, type TargetDecision } from "./replay.ts"

export { makeAnchor, reanchor, textHash, CONTEXT_CHARS } from "./anchor.ts"
export { replay, applyEvents, lastUndoable, emptyState, type ReviewState, type TargetDecision } from "./replay.ts"
export { parseLedger, serialise, type TornLine } from "./format.ts"

export interface Orphan {
  /** The decision's event in force (the latest approve/edit not undone) that cannot be applied. */
  readonly event: DecisionEvent
  readonly reason: string
}

export interface Resolved {
  /** Sorted by witness (in `witnesses` order) then start; never overlapping within a witness. */
  readonly corrections: Correction[]
  readonly orphaned: Orphan[]
}

function asState(x: ReadonlyArray<DecisionEvent> | ReviewState): ReviewState {
  return Array.isArray(x) ? replay(x as ReadonlyArray<DecisionEvent>) : (x as ReviewState)
}

/**
 * Approved and edited proposals as corrections at current offsets.
 *
 * - A proposal the normaliser still raises (same id) applies at its current offsets, provided its original
 *   text is still the one decided on.
 * - A decided proposal that is no longer raised is re-anchored by the decision's anchor (context before and
 *   after) and applied with the recorded replacement; when it no longer fits it is orphaned.
 * - Overlapping corrections in one witness: the decision made last wins, the other is orphaned.
 */
export function resolveCorrections(
  proposals: ReadonlyArray<Proposal>,
  eventsOrState: ReadonlyArray<DecisionEvent> | ReviewState,
  witnesses: ReadonlyArray<Witness>
): Resolved {
  const state = asState(eventsOrState)
  const byId = new Map(proposals.map((p) => [p.id, p]))
  const texts = new Map(witnesses.map((w) => [w.id, w]))
  const hashes = new Map<string, string>()
  const hashOf = (w: Witness) => {
    let h = hashes.get(w.id)
    if (h === undefined) hashes.set(w.id, (h = textHash(w.text)))
    return h
  }
  const bySeq = new Map(state.events.map((e) => [e.seq, e]))
  const eventOf = (d: TargetDecision): DecisionEvent =>
    bySeq.get(d.seq) ?? { v: 1, seq: d.seq, at: d.at, action: d.action, targetKind: d.targetKind, target: d.target }
  const orphans: Array<{ event: TargetDecision; reason: string }> = []
  const found: Array<{ c: Correction; seq: number; d: TargetDecision }> = []
  for (const d of state.decisions.values()) {
    if (d.targetKind !== "proposal" || (d.action !== "approve" && d.action !== "edit")) continue
    const p = byId.get(d.target)
    const witnessId = p?.witness ?? d.anchor?.witness
    const w = witnessId === undefined ? undefined : texts.get(witnessId)
    if (w === undefined) {
      orphans.push({ event: d, reason: witnessId === undefined ? "no anchor recorded" : `witness ${witnessId} is not in the corpus` })
      continue
    }
    let start: number
    let end: number
    let original: string
    if (p !== undefined && w.text.slice(p.start, p.end) === p.original && (d.anchor === undefined || d.anchor.original === p.original)) {
      start = p.start
      end = p.end
      original = p.original
    } else if (d.anchor !== undefined) {
      const r = reanchor(d.anchor, w.text, hashOf(w))
      if (!r.ok) {
        orphans.push({ event: d, reason: r.reason })
        continue
      }
      start = r.start
      end = r.end
      original = d.anchor.original
    } else {
      orphans.push({ event: d, reason: "the proposal is no longer raised and the decision has no anchor" })
      continue
    }
    const replacement = d.action === "edit" ? d.text : (d.replacement ?? p?.replacement)
    if (replacement === undefined) {
      orphans.push({ event: d, reason: "the proposal is no longer raised and the decision does not record its replacement" })
      continue
    }
    found.push({
      seq: d.seq,
      d,
      c: {
        proposal: d.target,
        witness: w.id,
        start,
        end,
        original,
        replacement,
        rule: p?.rule ?? d.rule ?? "unknown",
        class: p?.class ?? null,
        confidence: p?.confidence ?? null,
        decision: d.action,
        decidedAt: d.at,
        resp: d.resp ?? null
      }
    })
  }
  // Overlaps: keep the most recent decision first, drop what collides with an accepted one.
  const accepted = new Map<string, Array<{ c: Correction }>>()
  for (const f of [...found].sort((a, b) => b.seq - a.seq)) {
    const list = accepted.get(f.c.witness) ?? []
    const clash = list.find(({ c }) => overlaps(c, f.c))
    if (clash !== undefined) {
      orphans.push({ event: f.d, reason: `overlaps the later decision on ${clash.c.proposal} (${clash.c.start}–${clash.c.end})` })
      continue
    }
    list.push({ c: f.c })
    accepted.set(f.c.witness, list)
  }
  const order = new Map(witnesses.map((w, k) => [w.id, k]))
  const corrections = [...accepted.values()]
    .flat()
    .map((x) => x.c)
    .sort((a, b) => (order.get(a.witness) ?? 0) - (order.get(b.witness) ?? 0) || a.start - b.start || a.end - b.end)
  const orphaned: Orphan[] = orphans.sort((a, b) => a.event.seq - b.event.seq).map((o) => ({ event: eventOf(o.event), reason: o.reason }))
  return { corrections, orphaned }
}

function overlaps(a: Correction, b: Correction): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start
  if (a.start === a.end) return a.start > b.start && a.start < b.end
  if (b.start === b.end) return b.start > a.start && b.start < a.end
  return a.start < b.end && b.start < a.end
}

/** Chosen lemma per variant-location id. */
export function lemmaChoices(eventsOrState: ReadonlyArray<DecisionEvent> | ReviewState): ReadonlyMap<string, string> {
  const state = asState(eventsOrState)
  const out = new Map<string, string>()
  for (const d of state.decisions.values()) {
    if (d.targetKind === "variant" && d.action === "lemma" && d.text !== undefined) out.set(d.target, d.text)
  }
  return out
}
