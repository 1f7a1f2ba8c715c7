import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { DecisionEvent, Witness } from "../../src/domain/model.ts"
import { makeAnchor, reanchor, textHash } from "../../src/review/anchor.ts"
import { parseLedger } from "../../src/review/format.ts"
import { lemmaChoices, resolveCorrections } from "../../src/review/index.ts"
import { numberDrafts, type DecisionDraft } from "../../src/review/Ledger.ts"
import { lastUndoable, replay } from "../../src/review/replay.ts"
import { byPrefix, seedPassages, seedProposals, seedWitnesses } from "../fixtures/review/fixtures.ts"

const ws = seedWitnesses()
const proposals = seedProposals(ws)
const A = byPrefix(ws, "breitman")
const anti = proposals.find((p) => p.original === "anti")!

let seq = 0
const ev = (d: DecisionDraft): DecisionEvent => numberDrafts([d], seq++, "2026-01-01T00:00:00.000Z")[0]!
const approveDraft = (p: typeof anti): DecisionDraft => ({
  action: "approve",
  targetKind: "proposal",
  target: p.id,
  replacement: p.replacement,
  rule: p.rule,
  anchor: makeAnchor(p.witness, ws.find((w) => w.id === p.witness)!.text, p.start, p.end)
})
const withText = (w: Witness, text: string): Witness => ({ ...w, text, chars: text.length })

describe("anchor", () => {
  it("finds the Breitman span again after text is inserted before it", () => {
    const a = makeAnchor(A.id, A.text, anti.start, anti.end)
    const edited = "A NEW PREFACE.\n\n" + A.text
    const r = reanchor(a, edited)
    expect(r).toEqual({ ok: true, start: anti.start + 16, end: anti.end + 16, moved: true })
  })

  it("orphans rather than guess: the context changed, or the original is gone", () => {
    const a = makeAnchor(A.id, A.text, anti.start, anti.end)
    const changed = A.text.slice(0, anti.start - 30) + "completely different words here " + A.text.slice(anti.start)
    expect(reanchor(a, changed.replace("anti a gradual democratic evolution", "anti b slow evolution")).ok).toBe(false)
    const gone = A.text.replace("Stalinism anti a", "Stalinism and a")
    const r = reanchor(a, gone)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toContain("no longer occurs")
  })

  it("refuses an ambiguous place (the passage duplicated)", () => {
    const a = makeAnchor(A.id, A.text, anti.start, anti.end)
    const chunk = A.text.slice(anti.start - 100, anti.end + 100)
    const doubled = A.text.slice(0, anti.start - 100) + chunk + "\n" + chunk + A.text.slice(anti.end + 100)
    const r = reanchor(a, doubled)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toContain("2 places")
  })

  it("property: after any edit away from the span, re-anchoring lands on the same original text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: A.text.length }), fc.string({ maxLength: 30 }), (at, ins) => {
        if (at > anti.start - 45 && at < anti.end + 45) return
        const edited = A.text.slice(0, at) + ins + A.text.slice(at)
        const r = reanchor(makeAnchor(A.id, A.text, anti.start, anti.end), edited)
        if (r.ok) expect(edited.slice(r.start, r.end)).toBe("anti")
        // and it never lands on a different “anti”: the context around it is the recorded one
        if (r.ok) expect(edited.slice(r.end, r.end + 10)).toBe(A.text.slice(anti.end, anti.end + 10))
      }),
      { numRuns: 200 }
    )
  })
})

describe("replay", () => {
  it("the latest decision wins; undo falls back to the previous one; undo of undo redoes", () => {
    seq = 0
    const e1 = ev({ action: "approve", targetKind: "proposal", target: "x" })
    const e2 = ev({ action: "edit", targetKind: "proposal", target: "x", text: "y" })
    const e3 = ev({ action: "undo", targetKind: "proposal", target: "x", undoes: 2 })
    expect(replay([e1, e2]).decisions.get("x")?.action).toBe("edit")
    expect(replay([e1, e2, e3]).decisions.get("x")?.action).toBe("approve")
    const e4 = ev({ action: "undo", targetKind: "proposal", target: "x", undoes: 3 })
    expect(replay([e1, e2, e3, e4]).decisions.get("x")).toMatchObject({ action: "edit", text: "y" })
    const e5 = ev({ action: "undo", targetKind: "proposal", target: "x", undoes: 1 })
    const s = replay([e1, e2, e3, e5])
    expect(s.decisions.has("x")).toBe(false)
    expect(s.effective).toEqual([])
  })

  it("lastUndoable returns a whole batch", () => {
    const events = numberDrafts(
      [1, 2, 3].map((k) => ({ action: "approve" as const, targetKind: "proposal" as const, target: `t${k}` })),
      4,
      "2026-01-01T00:00:00.000Z"
    )
    expect(lastUndoable(replay(events)).map((e) => e.seq)).toEqual([5, 6, 7])
  })
})

describe("resolveCorrections", () => {
  it("approved and edited proposals at current offsets, rejected and undone ones not", () => {
    seq = 0
    const stalin = proposals.filter((p) => p.original === "stalin")
    const events = [
      ev(approveDraft(anti)),
      ev({ ...approveDraft(stalin[0]!), action: "edit", text: "STALIN", replacement: undefined }),
      ev({ ...approveDraft(stalin[1]!), action: "reject" }),
      ev(approveDraft(stalin[2]!)),
      ev({ action: "undo", targetKind: "proposal", target: stalin[2]!.id, undoes: 4 })
    ]
    const r = resolveCorrections(proposals, events, ws)
    expect(r.orphaned).toEqual([])
    expect(r.corrections.map((c) => [c.original, c.replacement, c.decision, c.start])).toEqual([
      ["anti", "and", "approve", 12435],
      ["stalin", "STALIN", "edit", stalin[0]!.start]
    ])
    expect(r.corrections[0]).toMatchObject({ witness: A.id, rule: "ocr-confusion", class: "real-word-error", confidence: 0.94 })
  })

  it("when the witness changed and the proposal is no longer raised, the decision re-anchors by context", () => {
    seq = 0
    const events = [ev(approveDraft(anti))]
    const edited = withText(A, "Editor's note.\n" + A.text)
    const r = resolveCorrections([], events, ws.map((w) => (w.id === A.id ? edited : w)))
    expect(r.corrections).toHaveLength(1)
    expect(r.corrections[0]).toMatchObject({ start: anti.start + 15, end: anti.end + 15, original: "anti", replacement: "and", class: null })
    expect(edited.text.slice(r.corrections[0]!.start, r.corrections[0]!.end)).toBe("anti")
    // (applied, though no list of proposals shows it: the review's header counts it)
    expect(r.unraised).toEqual([anti.id])
    expect(resolveCorrections(proposals, events, ws).unraised).toEqual([])
  })

  it("a decision that no longer fits is orphaned with a reason, never applied elsewhere", () => {
    seq = 0
    const events = [ev(approveDraft(anti))]
    const fixed = withText(A, A.text.replace("Stalinism anti a gradual", "Stalinism and a gradual"))
    const r = resolveCorrections([], events, ws.map((w) => (w.id === A.id ? fixed : w)))
    expect(r.corrections).toEqual([])
    expect(r.orphaned).toHaveLength(1)
    expect(r.orphaned[0]!.reason).toContain("no longer occurs")
    expect(r.orphaned[0]!.event.target).toBe(anti.id)
  })

  it("overlapping decisions: the later one wins, the earlier is orphaned", () => {
    seq = 0
    const wider = { ...anti, id: "wider", start: anti.start - 10, end: anti.end, original: A.text.slice(anti.start - 10, anti.end), replacement: "Stalinism and" }
    const events = [ev(approveDraft(anti)), ev(approveDraft(wider))]
    const r = resolveCorrections([...proposals, wider], events, ws)
    expect(r.corrections.map((c) => c.proposal)).toEqual(["wider"])
    expect(r.orphaned.map((o) => o.event.target)).toEqual([anti.id])
  })

  it("overlaps among many decisions: each kept unless it meets a later kept one, named as the latest of those", () => {
    // (against the rule stated pairwise: spans and insertions crowded into 60 characters, decided in any order)
    const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a.start === a.end && b.start === b.end ? a.start === b.start
        : a.start === a.end ? a.start > b.start && a.start < b.end
        : b.start === b.end ? b.start > a.start && b.start < a.end
        : a.start < b.end && b.start < a.end
    const spans = fc.array(fc.tuple(fc.nat(60), fc.nat(6)), { minLength: 1, maxLength: 40 })
    fc.assert(
      fc.property(spans, fc.infiniteStream(fc.nat()), (raw, order) => {
        seq = 0
        const base = anti.start - 30
        const ps = raw.map(([at, len], k) => {
          const start = base + at
          return { ...anti, id: `p${k}`, start, end: start + len, original: A.text.slice(start, start + len), replacement: `x${k}` }
        })
        // (decided in a shuffled order: the k-th decision made is on proposal decided[k])
        const decided = ps.map((p, k) => [order.next().value as number, k] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, k]) => ps[k]!)
        const r = resolveCorrections(ps, decided.map((p) => ev(approveDraft(p))), ws)
        const kept: typeof ps = []
        const orphanOf = new Map<string, string>()
        for (const p of [...decided].reverse()) {
          const clash = kept.find((c) => overlap(c, p))
          if (clash !== undefined) orphanOf.set(p.id, clash.id)
          else kept.push(p)
        }
        expect(r.corrections.map((c) => c.proposal)).toEqual([...kept].sort((a, b) => a.start - b.start || a.end - b.end).map((p) => p.id))
        expect(r.orphaned.map((o) => [o.event.target, o.reason.split(" ")[5]])).toEqual(decided.filter((p) => orphanOf.has(p.id)).map((p) => [p.id, orphanOf.get(p.id)]))
      }),
      { numRuns: 300 }
    )
  })

  it("lemmaChoices: the chosen reading per variant location", () => {
    seq = 0
    const events = [
      ev({ action: "lemma", targetKind: "variant", target: "p1.2", text: "when", passage: "p1" }),
      ev({ action: "lemma", targetKind: "variant", target: "p1.1", text: "are", passage: "p1" }),
      ev({ action: "undo", targetKind: "variant", target: "p1.1", undoes: 2 })
    ]
    expect([...lemmaChoices(events)]).toEqual([["p1.2", "when"]])
    expect(seedPassages(ws)[0]!.apparatus.map((a) => a.id)).toContain("p1.2")
  })
})

describe("ledger format", () => {
  it("round-trips events and reports a torn tail with its line", () => {
    seq = 0
    const lines = [ev(approveDraft(anti)), ev({ action: "reject", targetKind: "proposal", target: "z" })].map((e) => JSON.stringify(e) + "\n")
    const whole = lines.join("")
    const p = parseLedger(whole)
    expect(p.ok && p.events.length === 2 && p.torn === null).toBe(true)
    const torn = parseLedger(whole + lines[1]!.slice(0, 17))
    expect(torn.ok && torn.torn).toMatchObject({ line: 3, offset: Buffer.byteLength(whole) })
    const bad = parseLedger(lines[0] + "not json\n" + lines[1])
    expect(bad).toMatchObject({ ok: false, line: 2 })
    expect(textHash(A.text)).toMatch(/^[0-9a-f]{64}$/)
  })
})
