import { describe, expect, it } from "vitest"
import { keyToIntent } from "../../src/tui/keys.ts"
import { currentProposal, listHeight, reduce, type Intent, type UIState } from "../../src/tui/state.ts"
import { setup } from "./helpers.ts"
import { syntheticState } from "./synthetic.ts"

const run = (s: UIState, ...intents: Intent[]) => intents.reduce(reduce, s)
/** Complete every outstanding record effect as the App would, numbering events after the ledger's last seq. */
function settle(s: UIState): UIState {
  let cur = s
  for (let guard = 0; guard < 100; guard++) {
    const e = cur.effects.find((x) => x.type === "record")
    if (e === undefined || e.type !== "record") return cur
    let seq = cur.review.lastSeq
    const events = e.drafts.map((d) => ({ v: 1 as const, seq: ++seq, at: d.at ?? "t", ...d, ...(e.drafts.length > 1 ? { batch: cur.review.lastSeq + 1 } : {}) }))
    cur = reduce(cur, { type: "recorded", effect: e.id, events })
  }
  return cur
}

describe("reducer", () => {
  it("a decision is only queued as an effect; the cursor moves once it is recorded", () => {
    const { state } = setup()
    const s1 = reduce(state, { type: "decide", action: "approve" })
    expect(s1.busy).toBe(true)
    expect(s1.cursor.corrections).toBe(0)
    expect(s1.review.decisions.size).toBe(0)
    expect(s1.effects).toHaveLength(1)
    expect(s1.effects[0]).toMatchObject({ type: "record", drafts: [{ action: "approve", target: currentProposal(state)!.id, replacement: "and" }] })
    const s2 = settle(s1)
    expect(s2.busy).toBe(false)
    expect(s2.cursor.corrections).toBe(1)
    expect(s2.progress.decided).toBe(1)
  })

  it("intents arriving while busy are queued and applied in order after the record", () => {
    const { state } = setup()
    const s1 = run(state, { type: "decide", action: "approve" }, { type: "decide", action: "reject" }, { type: "move", by: 1 })
    expect(s1.queue).toHaveLength(2)
    const s2 = settle(s1)
    const actions = s2.review.events.map((e) => e.action)
    expect(actions).toEqual(["approve", "reject"])
    expect(s2.cursor.corrections).toBe(3)
  })

  it("a failed append leaves nothing applied and says so", () => {
    const { state } = setup()
    const s1 = run(state, { type: "decide", action: "approve" }, { type: "move", by: 1 })
    const s2 = reduce(s1, { type: "recordFailed", effect: s1.effects[0]!.id, message: "disk full" })
    expect(s2.review.decisions.size).toBe(0)
    expect(s2.queue).toEqual([])
    expect(s2.message).toContain("not saved: disk full")
    expect(s2.cursor.corrections).toBe(0)
  })

  it("undo records undo events for the last decision (or batch) and focuses it", () => {
    const { state } = setup()
    const s = settle(run(state, { type: "move", by: 2 }, { type: "bulk", action: "approve", scope: "group" }))
    expect(s.progress.decided).toBe(6)
    const u = reduce(s, { type: "undo" })
    const eff = u.effects[0]
    expect(eff?.type === "record" && eff.drafts.map((d) => d.undoes)).toEqual([1, 2, 3, 4, 5, 6])
    expect(settle(u).progress.decided).toBe(0)
    expect(reduce(state, { type: "undo" }).message).toBe("nothing to undo")
  })

  it("windowing: 10,000 rows, the cursor stays inside the window through page/end/home", () => {
    const s0 = syntheticState(10_000)
    const h = listHeight(s0)
    const check = (s: UIState) => {
      expect(s.cursor.corrections).toBeGreaterThanOrEqual(s.top.corrections)
      expect(s.cursor.corrections).toBeLessThan(s.top.corrections + h)
    }
    let s = reduce(s0, { type: "page", by: 1 })
    expect(s.cursor.corrections).toBe(h)
    check(s)
    s = reduce(s, { type: "end" })
    expect(s.cursor.corrections).toBe(9_999)
    check(s)
    s = reduce(s, { type: "move", by: 5 })
    expect(s.cursor.corrections).toBe(9_999)
    s = reduce(s, { type: "home" })
    expect([s.cursor.corrections, s.top.corrections]).toEqual([0, 0])
  })

  it("resize keeps the cursor visible", () => {
    let s = reduce(syntheticState(500), { type: "move", by: 40 })
    s = reduce(s, { type: "resize", width: 80, height: 20 })
    expect(s.cursor.corrections - s.top.corrections).toBeLessThan(listHeight(s))
    expect(s.width).toBe(80)
  })

  it("filters by rule and status; search wraps and reports no match", () => {
    let s = syntheticState(300)
    s = run(s, { type: "filterOpen" }, { type: "filterField", by: 1 }, { type: "filterValue", by: 1 }, { type: "submit" })
    expect(s.filter.rule).toBe("case-restore")
    expect(s.rows.corrections).toHaveLength(100)
    s = run(s, { type: "searchStart" }, { type: "type", text: "zzz" }, { type: "submit" })
    expect(s.message).toContain("no match")
    s = run(s, { type: "filterClear" }, { type: "end" }, { type: "searchStart" }, { type: "type", text: s.model.proposals[0]!.original.toUpperCase() }, { type: "submit" })
    // Enter jumps to the first match from the top (case-insensitive, the replacement counts too)
    expect(s.cursor.corrections).toBe(0)
    const again = reduce(s, { type: "searchNext", by: -1 })
    expect(again.cursor.corrections).toBeGreaterThan(0) // wrapped round to the last match
  })

  it("edit: typed text becomes the edit event's text; Esc cancels without an effect", () => {
    const { state } = setup()
    let s = run(state, { type: "editStart" }, { type: "backspace" }, { type: "backspace" }, { type: "backspace" }, { type: "type", text: "und" })
    expect(s.mode).toMatchObject({ t: "edit", text: "und" })
    expect(reduce(s, { type: "cancel" }).effects).toEqual([])
    s = reduce(s, { type: "submit" })
    expect(s.effects[0]).toMatchObject({ type: "record", drafts: [{ action: "edit", text: "und" }] })
  })

  it("quit is an effect, queued behind a pending record", () => {
    const { state } = setup()
    const s = run(state, { type: "decide", action: "approve" }, { type: "quit" })
    expect(s.effects.map((e) => e.type)).toEqual(["record"])
    expect(settle(s).effects.map((e) => e.type)).toEqual(["quit"])
  })
})

describe("keys", () => {
  const normal = { t: "normal" } as const
  it("maps the documented keys", () => {
    expect(keyToIntent("j", {}, normal)).toEqual({ type: "move", by: 1 })
    expect(keyToIntent("", { pageDown: true }, normal)).toEqual({ type: "page", by: 1 })
    expect(keyToIntent("", { tab: true, shift: true }, normal)).toEqual({ type: "view", by: -1 })
    expect(keyToIntent("A", {}, normal)).toEqual({ type: "bulk", action: "approve", scope: "rule" })
    expect(keyToIntent("3", {}, normal)).toEqual({ type: "lemma", reading: 2 })
    expect(keyToIntent("c", { ctrl: true }, normal)).toEqual({ type: "quit" })
  })
  it("in a text field, letters are text and control characters are dropped", () => {
    const search = { t: "search", query: "" } as const
    expect(keyToIntent("q", {}, search)).toEqual({ type: "type", text: "q" })
    expect(keyToIntent("\u001b[31m", {}, search)).toEqual({ type: "type", text: "[31m" })
    expect(keyToIntent("\u0007", {}, search)).toBeNull()
  })
})
