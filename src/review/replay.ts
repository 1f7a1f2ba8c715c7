/**
 * Replaying the ledger: events in file order → the current decision per target. Pure.
 *
 * Undo: an `undo` event names the seq it undoes. Undoing an approve/reject/edit/lemma takes that event out;
 * the target's decision falls back to its latest remaining event (or to undecided). Undoing an undo puts
 * the undone event back (redo). An undo naming an unknown seq, or a later seq, is ignored (and counted).
 */
import type { Anchor, DecisionAction, DecisionEvent, TargetKind } from "../domain/model.ts"

/** The decision in force for one target. */
export interface TargetDecision {
  readonly target: string
  readonly targetKind: TargetKind
  readonly action: Exclude<DecisionAction, "undo">
  readonly text: string | undefined
  readonly replacement: string | undefined
  readonly rule: string | undefined
  readonly seq: number
  readonly at: string
  readonly anchor: Anchor | undefined
  readonly passage: string | undefined
  readonly resp: string | undefined
  readonly batch: number | undefined
}

export interface ReviewState {
  /** Current decision per target id (targets whose every decision was undone are absent). */
  readonly decisions: ReadonlyMap<string, TargetDecision>
  /** Seqs of events currently in force (not undone), in file order: the undo history. */
  readonly effective: ReadonlyArray<number>
  readonly events: ReadonlyArray<DecisionEvent>
  readonly lastSeq: number
  /** Undo events that named no earlier event. */
  readonly ignoredUndos: number
}

export const emptyState: ReviewState = { decisions: new Map(), effective: [], events: [], lastSeq: 0, ignoredUndos: 0 }

function toDecision(e: DecisionEvent): TargetDecision {
  return {
    target: e.target,
    targetKind: e.targetKind,
    action: e.action as Exclude<DecisionAction, "undo">,
    text: e.text,
    replacement: e.replacement,
    rule: e.rule,
    seq: e.seq,
    at: e.at,
    anchor: e.anchor,
    passage: e.passage,
    resp: e.resp,
    batch: e.batch
  }
}

/** The current state after all `events` (in file order). */
export function replay(events: ReadonlyArray<DecisionEvent>): ReviewState {
  const bySeq = new Map<number, DecisionEvent>()
  const undone = new Set<number>()
  let ignoredUndos = 0
  let lastSeq = 0
  for (const e of events) {
    lastSeq = Math.max(lastSeq, e.seq)
    if (e.action === "undo") {
      const u = e.undoes
      const victim = u === undefined ? undefined : bySeq.get(u)
      if (victim === undefined || u === undefined) ignoredUndos++
      else if (victim.action === "undo") {
        // Redo: the event the undone undo had taken out comes back.
        if (victim.undoes !== undefined) undone.delete(victim.undoes)
        undone.add(u)
      } else undone.add(u)
    }
    bySeq.set(e.seq, e)
  }
  const decisions = new Map<string, TargetDecision>()
  const effective: number[] = []
  for (const e of events) {
    if (e.action === "undo" || undone.has(e.seq)) continue
    effective.push(e.seq)
    decisions.set(e.target, toDecision(e))
  }
  return { decisions, effective, events, lastSeq, ignoredUndos }
}

/** Apply further events (appended after `state`) — same result as replaying everything. */
export function applyEvents(state: ReviewState, more: ReadonlyArray<DecisionEvent>): ReviewState {
  if (more.length === 0) return state
  // Fast path: no undo among the new events → extend without re-reading history.
  if (more.every((e) => e.action !== "undo")) {
    const decisions = new Map(state.decisions)
    const effective = [...state.effective]
    let lastSeq = state.lastSeq
    for (const e of more) {
      decisions.set(e.target, toDecision(e))
      effective.push(e.seq)
      lastSeq = Math.max(lastSeq, e.seq)
    }
    return { decisions, effective, events: [...state.events, ...more], lastSeq, ignoredUndos: state.ignoredUndos }
  }
  return replay([...state.events, ...more])
}

/**
 * The events the `u` key takes back: the latest decision in force, with the rest of its batch when it was
 * recorded as one (approve a whole rule). Empty when there is nothing to undo.
 */
export function lastUndoable(state: ReviewState): ReadonlyArray<DecisionEvent> {
  const last = state.effective[state.effective.length - 1]
  if (last === undefined) return []
  const bySeq = new Map(state.events.map((e) => [e.seq, e]))
  const e = bySeq.get(last)
  if (e === undefined) return []
  if (e.batch === undefined) return [e]
  const batch = e.batch
  return state.effective.map((s) => bySeq.get(s)!).filter((x) => x.batch === batch)
}
