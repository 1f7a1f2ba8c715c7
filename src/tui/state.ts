/**
 * The review UI as a pure reducer: (state, intent) → state. Side effects are not performed here: they are
 * queued in `state.effects` ({type: "record", drafts} — append to the ledger; {type: "quit"}) and the App runs
 * them from useEffect, then reports back with `recorded` / `recordFailed`.
 *
 * A decision never moves the UI on before it is on disk: while a record effect is outstanding the state is
 * `busy`, further intents are queued (not lost, not applied), and the cursor advances only when `recorded`
 * brings back the events as written.
 */
import type { DecisionEvent, Proposal } from "../domain/model.ts"
import { makeAnchor } from "../review/anchor.ts"
import type { DecisionDraft } from "../review/Ledger.ts"
import { applyEvents, lastUndoable, type ReviewState } from "../review/replay.ts"
import { decidedCounts, proposalStatus, type ProposalStatus, type ReviewModel, type VariantItem } from "./model.ts"

export type ViewName = "corrections" | "passages" | "witnesses"
export const VIEWS: ReadonlyArray<ViewName> = ["corrections", "passages", "witnesses"]

export type StatusFilter = "all" | "undecided" | "decided" | "approved" | "rejected" | "edited"
export const STATUSES: ReadonlyArray<StatusFilter> = ["all", "undecided", "decided", "approved", "rejected", "edited"]

export interface Filter {
  readonly witness: string | null
  readonly rule: string | null
  readonly kind: string | null
  readonly status: StatusFilter
}
export const FILTER_FIELDS = ["witness", "rule", "kind", "status"] as const
export type FilterField = (typeof FILTER_FIELDS)[number]

export type Mode =
  | { readonly t: "normal" }
  | { readonly t: "search"; readonly query: string }
  | { readonly t: "edit"; readonly text: string; readonly target: string }
  | { readonly t: "filter"; readonly field: number }
  | { readonly t: "help" }

export type Effect =
  | { readonly id: number; readonly type: "record"; readonly drafts: ReadonlyArray<DecisionDraft>; readonly advance: boolean }
  | { readonly id: number; readonly type: "quit" }

export type Intent =
  | { readonly type: "move"; readonly by: number }
  | { readonly type: "page"; readonly by: number }
  | { readonly type: "home" }
  | { readonly type: "end" }
  | { readonly type: "view"; readonly by: number }
  | { readonly type: "decide"; readonly action: "approve" | "reject" }
  | { readonly type: "bulk"; readonly action: "approve" | "reject"; readonly scope: "rule" | "group" }
  | { readonly type: "lemma"; readonly reading: number }
  | { readonly type: "undo" }
  | { readonly type: "editStart" }
  | { readonly type: "searchStart" }
  | { readonly type: "type"; readonly text: string }
  | { readonly type: "backspace" }
  | { readonly type: "submit" }
  | { readonly type: "cancel" }
  | { readonly type: "searchNext"; readonly by: number }
  | { readonly type: "filterOpen" }
  | { readonly type: "filterField"; readonly by: number }
  | { readonly type: "filterValue"; readonly by: number }
  | { readonly type: "filterClear" }
  | { readonly type: "help" }
  | { readonly type: "resize"; readonly width: number; readonly height: number }
  | { readonly type: "quit" }
  | { readonly type: "recorded"; readonly effect: number; readonly events: ReadonlyArray<DecisionEvent> }
  | { readonly type: "recordFailed"; readonly effect: number; readonly message: string }
  | { readonly type: "effectDone"; readonly effect: number }

export interface UIState {
  readonly model: ReviewModel
  readonly review: ReviewState
  readonly view: ViewName
  readonly cursor: Readonly<Record<ViewName, number>>
  readonly top: Readonly<Record<ViewName, number>>
  /** Indices (into model.proposals / model.variants / model.witnesses) of the rows shown, after filtering. */
  readonly rows: Readonly<Record<ViewName, ReadonlyArray<number>>>
  readonly filter: Filter
  readonly mode: Mode
  readonly lastSearch: string
  readonly width: number
  readonly height: number
  readonly busy: boolean
  readonly queue: ReadonlyArray<Intent>
  readonly effects: ReadonlyArray<Effect>
  readonly nextEffect: number
  readonly message: string | null
  readonly progress: { readonly decided: number; readonly total: number }
  readonly now: () => string
  readonly hashes: ReadonlyMap<string, string>
}

/** Lines of the screen not available to a list (header, tabs, detail pane, footer). */
export function listHeight(s: Pick<UIState, "height" | "view">): number {
  const chrome = s.view === "corrections" ? 13 : s.view === "passages" ? 16 : 6
  return Math.max(3, s.height - chrome)
}

export function init(
  model: ReviewModel,
  review: ReviewState,
  options: { width?: number; height?: number; now?: () => string; hashes?: ReadonlyMap<string, string> } = {}
): UIState {
  const base: UIState = {
    model,
    review,
    view: model.proposals.length === 0 && model.variants.length > 0 ? "passages" : "corrections",
    cursor: { corrections: 0, passages: 0, witnesses: 0 },
    top: { corrections: 0, passages: 0, witnesses: 0 },
    rows: { corrections: [], passages: [], witnesses: model.witnesses.map((_, k) => k) },
    filter: { witness: null, rule: null, kind: null, status: "all" },
    mode: { t: "normal" },
    lastSearch: "",
    width: options.width ?? 100,
    height: options.height ?? 24,
    busy: false,
    queue: [],
    effects: [],
    nextEffect: 1,
    message: null,
    progress: decidedCounts(model, review),
    now: options.now ?? (() => new Date().toISOString()),
    hashes: options.hashes ?? new Map()
  }
  const s = refilter(base)
  // Resume: just after the last decision in force, at the next undecided row (else the first undecided).
  const last = review.effective[review.effective.length - 1]
  const lastTarget = last === undefined ? undefined : review.events.find((e) => e.seq === last)?.target
  const resumeIn = (view: "corrections" | "passages") => {
    const rows = s.rows[view]
    const idOf = (i: number) => (view === "corrections" ? model.proposals[i]!.id : model.variants[i]!.entry.id)
    const at = lastTarget === undefined ? -1 : rows.findIndex((i) => idOf(i) === lastTarget)
    const undecided = (k: number) => !review.decisions.has(idOf(rows[k]!))
    for (let k = at + 1; k < rows.length; k++) if (undecided(k)) return k
    for (let k = 0; k < rows.length; k++) if (undecided(k)) return k
    return Math.max(0, at)
  }
  const cursor = { corrections: resumeIn("corrections"), passages: resumeIn("passages"), witnesses: 0 }
  const inPassages = lastTarget !== undefined && model.variants.some((v) => v.entry.id === lastTarget)
  return scrolled({ ...s, cursor, view: inPassages ? "passages" : s.view })
}

// ---------------------------------------------------------------------------------------------------------
// Selectors

export function currentProposal(s: UIState): Proposal | undefined {
  const i = s.rows.corrections[s.cursor.corrections]
  return i === undefined ? undefined : s.model.proposals[i]
}

export function currentVariant(s: UIState): VariantItem | undefined {
  const i = s.rows.passages[s.cursor.passages]
  return i === undefined ? undefined : s.model.variants[i]
}

function statusMatches(f: StatusFilter, st: ProposalStatus): boolean {
  switch (f) {
    case "all":
      return true
    case "undecided":
      return st === "undecided"
    case "decided":
      return st !== "undecided"
    default:
      return st === f
  }
}

function refilter(s: UIState): UIState {
  const { model, filter, review } = s
  const corrections: number[] = []
  model.proposals.forEach((p, k) => {
    if (filter.witness !== null && p.witness !== filter.witness) return
    if (filter.rule !== null && p.rule !== filter.rule) return
    if (filter.status !== "all" && !statusMatches(filter.status, proposalStatus(review.decisions.get(p.id)))) return
    corrections.push(k)
  })
  const passages: number[] = []
  model.variants.forEach((v, k) => {
    if (filter.witness !== null && !v.passage.occurrences.some((o) => o.witness === filter.witness)) return
    if (filter.kind !== null && v.entry.kind !== filter.kind) return
    if (filter.status !== "all") {
      const d = review.decisions.get(v.entry.id)
      const st: ProposalStatus = d?.action === "lemma" ? "approved" : "undecided"
      if (!statusMatches(filter.status === "edited" ? "approved" : filter.status, st)) return
    }
    passages.push(k)
  })
  const witnesses = model.witnesses.flatMap((w, k) => (filter.witness === null || w.id === filter.witness ? [k] : []))
  const rows = { corrections, passages, witnesses }
  const keep = (view: ViewName) => {
    const old = s.rows[view][s.cursor[view]]
    const at = old === undefined ? -1 : rows[view].indexOf(old)
    return at >= 0 ? at : Math.min(s.cursor[view], Math.max(0, rows[view].length - 1))
  }
  return scrolled({ ...s, rows, cursor: { corrections: keep("corrections"), passages: keep("passages"), witnesses: keep("witnesses") } })
}

/** Keep the cursor inside the list and the window around the cursor. */
function scrolled(s: UIState): UIState {
  const h = listHeight(s)
  const cursor = { ...s.cursor }
  const top = { ...s.top }
  for (const v of VIEWS) {
    const n = s.rows[v].length
    cursor[v] = Math.max(0, Math.min(cursor[v], n - 1))
    const height = listHeight({ height: s.height, view: v })
    let t = top[v]
    if (cursor[v] < t) t = cursor[v]
    if (cursor[v] >= t + height) t = cursor[v] - height + 1
    t = Math.max(0, Math.min(t, Math.max(0, n - height)))
    top[v] = t
  }
  void h
  return { ...s, cursor, top }
}

function moveTo(s: UIState, index: number): UIState {
  return scrolled({ ...s, cursor: { ...s.cursor, [s.view]: index } })
}

function enqueue(s: UIState, e: { type: "record"; drafts: ReadonlyArray<DecisionDraft>; advance: boolean } | { type: "quit" }): UIState {
  const effect = { ...e, id: s.nextEffect } as Effect
  return { ...s, effects: [...s.effects, effect], nextEffect: s.nextEffect + 1, busy: e.type === "record" ? true : s.busy }
}

function proposalDraft(s: UIState, p: Proposal, action: "approve" | "reject" | "edit", text?: string): DecisionDraft {
  const witnessText = s.model.text.get(p.witness) ?? ""
  return {
    action,
    targetKind: "proposal",
    target: p.id,
    at: s.now(),
    anchor: makeAnchor(p.witness, witnessText, p.start, p.end, s.hashes.get(p.witness)),
    ...(action === "approve" ? { replacement: p.replacement } : {}),
    ...(text !== undefined ? { text } : {}),
    rule: p.rule
  }
}

function search(s: UIState, query: string, from: number, dir: 1 | -1): number {
  const q = query.toLowerCase()
  if (q === "") return -1
  const rows = s.rows[s.view]
  const hay = (i: number) =>
    s.view === "corrections"
      ? s.model.proposalHay[i]!
      : s.view === "passages"
        ? s.model.variantHay[i]!
        : `${s.model.witnesses[i]!.siglum}\u0000${s.model.witnesses[i]!.id}\u0000${s.model.witnesses[i]!.title ?? ""}`.toLowerCase()
  const n = rows.length
  for (let step = 0; step < n; step++) {
    const k = (((from + dir * step) % n) + n) % n
    if (hay(rows[k]!).includes(q)) return k
  }
  return -1
}

function filterValues(s: UIState, field: FilterField): ReadonlyArray<string | null> {
  switch (field) {
    case "witness":
      return [null, ...s.model.witnesses.map((w) => w.id)]
    case "rule":
      return [null, ...s.model.rules]
    case "kind":
      return [null, ...s.model.kinds]
    case "status":
      return STATUSES
  }
}

// ---------------------------------------------------------------------------------------------------------
// The reducer

export function reduce(s: UIState, intent: Intent): UIState {
  // Completion of effects is always handled; other intents wait while a decision is being written.
  switch (intent.type) {
    case "recorded":
      return drain(afterRecord(s, intent.effect, intent.events))
    case "recordFailed":
      return {
        ...s,
        effects: s.effects.filter((e) => e.id !== intent.effect),
        busy: false,
        queue: [],
        message: `not saved: ${intent.message}`
      }
    case "effectDone":
      return { ...s, effects: s.effects.filter((e) => e.id !== intent.effect) }
    case "resize":
      return scrolled({ ...s, width: intent.width, height: intent.height })
  }
  if (s.busy) return { ...s, queue: [...s.queue, intent] }
  return step(s, intent)
}

function drain(s: UIState): UIState {
  let cur = s
  while (!cur.busy && cur.queue.length > 0) {
    const [next, ...rest] = cur.queue
    cur = step({ ...cur, queue: rest }, next!)
  }
  return cur
}

function afterRecord(s: UIState, effectId: number, events: ReadonlyArray<DecisionEvent>): UIState {
  const effect = s.effects.find((e) => e.id === effectId)
  const review = applyEvents(s.review, events)
  let next: UIState = {
    ...s,
    review,
    effects: s.effects.filter((e) => e.id !== effectId),
    busy: s.effects.some((e) => e.id !== effectId && e.type === "record"),
    progress: decidedCounts(s.model, review)
  }
  const beforeRow = next.rows[next.view][next.cursor[next.view]]
  next = refilter(next)
  if (effect?.type === "record" && effect.advance && (next.view === "corrections" || next.view === "passages")) {
    // Move to the next row after the decided one (the row may have left the list under a status filter).
    const rows = next.rows[next.view]
    const at = beforeRow === undefined ? -1 : rows.indexOf(beforeRow)
    const target = at >= 0 ? Math.min(at + 1, rows.length - 1) : next.cursor[next.view]
    next = moveTo(next, target)
  }
  return next
}

function step(s: UIState, intent: Intent): UIState {
  const mode = s.mode
  if (mode.t === "help") return intent.type === "quit" ? enqueue(s, { type: "quit" }) : { ...s, mode: { t: "normal" } }
  if (mode.t === "search") return searchStep(s, mode.query, intent)
  if (mode.t === "edit") return editStep(s, mode, intent)
  if (mode.t === "filter") return filterStep(s, mode.field, intent)
  const s0 = s.message === null ? s : { ...s, message: null }
  return normalStep(s0, intent)
}

function normalStep(s: UIState, intent: Intent): UIState {
  const rows = s.rows[s.view]
  const cur = s.cursor[s.view]
  switch (intent.type) {
    case "move":
      return moveTo(s, cur + intent.by)
    case "page":
      return moveTo(s, cur + intent.by * listHeight(s))
    case "home":
      return moveTo(s, 0)
    case "end":
      return moveTo(s, rows.length - 1)
    case "view": {
      const k = VIEWS.indexOf(s.view)
      return scrolled({ ...s, view: VIEWS[(k + intent.by + VIEWS.length) % VIEWS.length]! })
    }
    case "help":
      return { ...s, mode: { t: "help" } }
    case "quit":
      return enqueue(s, { type: "quit" })
    case "searchStart":
      return { ...s, mode: { t: "search", query: "" } }
    case "searchNext": {
      if (s.lastSearch === "") return { ...s, message: "no search yet: press / to search" }
      const k = search(s, s.lastSearch, cur + intent.by, intent.by < 0 ? -1 : 1)
      return k < 0 ? { ...s, message: `no match for “${s.lastSearch}”` } : moveTo(s, k)
    }
    case "filterOpen":
      return { ...s, mode: { t: "filter", field: 0 } }
    case "filterClear":
      return refilter({ ...s, filter: { witness: null, rule: null, kind: null, status: "all" }, message: "filters cleared" })
    case "undo": {
      const victims = lastUndoable(s.review)
      if (victims.length === 0) return { ...s, message: "nothing to undo" }
      const drafts: DecisionDraft[] = victims.map((v) => ({ action: "undo", targetKind: v.targetKind, target: v.target, undoes: v.seq, at: s.now() }))
      // Bring the cursor to the undone row so the editor sees what came back.
      const first = victims[0]!
      const withCursor = focusTarget(s, first.target)
      return enqueue(withCursor, { type: "record", drafts, advance: false })
    }
    case "decide": {
      if (s.view === "corrections") {
        const p = currentProposal(s)
        if (p === undefined) return s
        return enqueue(s, { type: "record", drafts: [proposalDraft(s, p, intent.action)], advance: true })
      }
      if (s.view === "passages" && intent.action === "approve") {
        const v = currentVariant(s)
        if (v === undefined) return s
        return enqueue(s, { type: "record", drafts: [lemmaDraft(s, v, v.entry.lemma)], advance: true })
      }
      return s
    }
    case "lemma": {
      const v = s.view === "passages" ? currentVariant(s) : undefined
      if (v === undefined) return s
      const r = v.entry.readings[intent.reading]
      if (r === undefined) return { ...s, message: `no reading ${intent.reading + 1} here` }
      return enqueue(s, { type: "record", drafts: [lemmaDraft(s, v, r.text)], advance: true })
    }
    case "bulk": {
      if (s.view !== "corrections") return s
      const p = currentProposal(s)
      if (p === undefined) return s
      if (intent.scope === "group" && p.group === null) return { ...s, message: "this proposal belongs to no group" }
      const same = (q: Proposal) => (intent.scope === "rule" ? q.rule === p.rule : q.group === p.group)
      const targets = rows.map((i) => s.model.proposals[i]!).filter((q) => same(q) && !s.review.decisions.has(q.id))
      if (targets.length === 0) return { ...s, message: `nothing undecided in this ${intent.scope}` }
      return enqueue(
        { ...s, message: `${intent.action === "approve" ? "approved" : "rejected"} ${targets.length} (${intent.scope} ${intent.scope === "rule" ? p.rule : p.group}) · u undoes` },
        { type: "record", drafts: targets.map((q) => proposalDraft(s, q, intent.action)), advance: false }
      )
    }
    case "editStart": {
      const p = s.view === "corrections" ? currentProposal(s) : undefined
      if (p === undefined) return s
      const d = s.review.decisions.get(p.id)
      return { ...s, mode: { t: "edit", text: d?.action === "edit" && d.text !== undefined ? d.text : p.replacement, target: p.id } }
    }
    default:
      return s
  }
}

function focusTarget(s: UIState, target: string): UIState {
  const pk = s.model.proposals.findIndex((p) => p.id === target)
  if (pk >= 0) {
    const at = s.rows.corrections.indexOf(pk)
    if (at >= 0) return scrolled({ ...s, view: "corrections", cursor: { ...s.cursor, corrections: at } })
  }
  const vk = s.model.variants.findIndex((v) => v.entry.id === target)
  if (vk >= 0) {
    const at = s.rows.passages.indexOf(vk)
    if (at >= 0) return scrolled({ ...s, view: "passages", cursor: { ...s.cursor, passages: at } })
  }
  return s
}

function lemmaDraft(s: UIState, v: VariantItem, text: string): DecisionDraft {
  return { action: "lemma", targetKind: "variant", target: v.entry.id, passage: v.passage.id, text, at: s.now() }
}

function searchStep(s: UIState, query: string, intent: Intent): UIState {
  switch (intent.type) {
    case "type":
      return { ...s, mode: { t: "search", query: query + intent.text } }
    case "backspace":
      return { ...s, mode: { t: "search", query: query.slice(0, -1) } }
    case "cancel":
      return { ...s, mode: { t: "normal" } }
    case "submit": {
      const base = { ...s, mode: { t: "normal" } as Mode, lastSearch: query }
      if (query === "") return base
      const k = search(base, query, 0, 1)
      return k < 0 ? { ...base, message: `no match for “${query}”` } : moveTo({ ...base, message: null }, k)
    }
    default:
      return s
  }
}

function editStep(s: UIState, mode: Extract<Mode, { t: "edit" }>, intent: Intent): UIState {
  switch (intent.type) {
    case "type":
      return { ...s, mode: { ...mode, text: mode.text + intent.text } }
    case "backspace":
      return { ...s, mode: { ...mode, text: mode.text.slice(0, -1) } }
    case "cancel":
      return { ...s, mode: { t: "normal" } }
    case "submit": {
      const p = s.model.proposals.find((q) => q.id === mode.target)
      if (p === undefined) return { ...s, mode: { t: "normal" } }
      return enqueue({ ...s, mode: { t: "normal" } }, { type: "record", drafts: [proposalDraft(s, p, "edit", mode.text)], advance: true })
    }
    default:
      return s
  }
}

function filterStep(s: UIState, field: number, intent: Intent): UIState {
  switch (intent.type) {
    case "filterField":
    case "move":
      return { ...s, mode: { t: "filter", field: (field + intent.by + FILTER_FIELDS.length) % FILTER_FIELDS.length } }
    case "filterValue": {
      const name = FILTER_FIELDS[field]!
      const values = filterValues(s, name)
      const k = values.indexOf(s.filter[name] as never)
      const value = values[(k + intent.by + values.length) % values.length]!
      return refilter({ ...s, filter: { ...s.filter, [name]: value } })
    }
    case "filterClear":
      return refilter({ ...s, filter: { witness: null, rule: null, kind: null, status: "all" } })
    case "submit":
    case "cancel":
    case "filterOpen":
      return { ...s, mode: { t: "normal" } }
    case "quit":
      return enqueue(s, { type: "quit" })
    default:
      return s
  }
}
