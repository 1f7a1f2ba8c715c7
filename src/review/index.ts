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
  /**
   * The corrections (their proposal ids, in the order of `corrections`) whose proposals the analysis no
   * longer raises: applied by their anchors, though no list of proposals shows them.
   */
  readonly unraised: string[]
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
  // Overlaps: keep the most recent decision first, drop what collides with an accepted one (naming the most
  // recent of those it collides with).
  const accepted: Correction[] = []
  const byWitness = new Map<string, Array<(typeof found)[number]>>()
  for (const f of found) {
    const list = byWitness.get(f.c.witness)
    if (list === undefined) byWitness.set(f.c.witness, [f])
    else list.push(f)
  }
  for (const list of byWitness.values()) {
    list.sort((a, b) => b.seq - a.seq)
    const cells = list.map((f) => cellsOf(f.c))
    // (the cells' ends, ranked, index a tree of the latest accepted decision on each: one question per
    // correction, where a comparison with every accepted one would cost the square of their number)
    const ends = [...new Set(cells.flat())].sort((a, b) => a - b)
    const rank = new Map(ends.map((x, k) => [x, k]))
    const latest = new LatestTree(ends.length)
    list.forEach((f, k) => {
      const a = rank.get(cells[k]![0])!
      const b = rank.get(cells[k]![1])!
      // (kept as n − k, the most recent the largest)
      const clash = latest.max(a, b)
      if (clash >= 0) {
        const c = list[list.length - clash]!.c
        orphans.push({ event: f.d, reason: `overlaps the later decision on ${c.proposal} (${c.start}–${c.end})` })
        return
      }
      // (the accepted corrections' cells never overlap: each rank is marked once in all)
      for (let r = a; r <= b; r++) latest.set(r, list.length - k)
      accepted.push(f.c)
    })
  }
  const order = new Map(witnesses.map((w, k) => [w.id, k]))
  const corrections = accepted.sort((a, b) => (order.get(a.witness) ?? 0) - (order.get(b.witness) ?? 0) || a.start - b.start || a.end - b.end)
  const orphaned: Orphan[] = orphans.sort((a, b) => a.event.seq - b.event.seq).map((o) => ({ event: eventOf(o.event), reason: o.reason }))
  const unraised = corrections.filter((c) => !byId.has(c.proposal)).map((c) => c.proposal)
  return { corrections, orphaned, unraised }
}

/**
 * A correction as the range of cells it takes on a grid of twice the text's offsets, such that two
 * corrections overlap exactly when their ranges meet: a span [s, e) takes the cells 2s+1 … 2e−1 (so spans
 * that only touch do not overlap), an insertion at x the cell 2x (so it overlaps a span only strictly
 * inside it, and another insertion only at the same place).
 */
function cellsOf(c: Correction): [number, number] {
  return c.start === c.end ? [2 * c.start, 2 * c.start] : [2 * c.start + 1, 2 * c.end - 1]
}

/** Per position 0 … n−1 a value (−1 when none), set one position at a time, and the largest over a range. */
class LatestTree {
  private readonly size: number
  private readonly max_: Int32Array
  constructor(n: number) {
    let size = 1
    while (size < n) size *= 2
    this.size = size
    this.max_ = new Int32Array(2 * size).fill(-1)
  }
  set(i: number, value: number): void {
    let k = i + this.size
    this.max_[k] = value
    for (k >>= 1; k >= 1; k >>= 1) this.max_[k] = Math.max(this.max_[2 * k]!, this.max_[2 * k + 1]!)
  }
  /** The largest value over positions a … b (inclusive); −1 when none is set. */
  max(a: number, b: number): number {
    let out = -1
    for (let l = a + this.size, r = b + this.size + 1; l < r; l >>= 1, r >>= 1) {
      if (l & 1) out = Math.max(out, this.max_[l++]!)
      if (r & 1) out = Math.max(out, this.max_[--r]!)
    }
    return out
  }
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
