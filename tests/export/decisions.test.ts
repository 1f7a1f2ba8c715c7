/** The ledger adapter: strict parsing of decisions.jsonl and the replay into corrections and lemmata. */
import { describe, expect, it } from "vitest"
import type { DecisionEvent, Witness } from "../../src/domain/model.ts"
import { parseLedger, replayDecisions, type ExportAnalysis } from "../../src/export/decisions.ts"
import { LedgerError } from "../../src/export/errors.ts"
import { antiProposal, BREITMAN, passageBE, witness } from "./helpers.ts"
import { jsonl, lemmaEvent, proposalEvent, undoEvent } from "./ledger.ts"

// The stretch of the Breitman seed around the proposal, as a small witness with the proposal re-based.
const around = "toward “an orderly winding up of Stalinism anti a gradual democratic evolution” under the"
const w: Witness = witness(BREITMAN, "A", around)
const p = { ...antiProposal, start: around.indexOf("anti"), end: around.indexOf("anti") + 4 }
const analysis: ExportAnalysis = { witnesses: [w], proposals: [p], passages: [passageBE] }

function replay(events: DecisionEvent[], a: ExportAnalysis = analysis) {
  const parsed = parseLedger(jsonl(events), "decisions.jsonl")
  if (parsed instanceof LedgerError) throw parsed
  const r = replayDecisions(parsed, a)
  if (r instanceof LedgerError) throw r
  return r
}

describe("parseLedger", () => {
  const bad: Array<[string, string, RegExp]> = [
    ["a cut-short line", `{"v":1,"seq":1,"at":"x","action":"appr`, /:1: not a JSON line/],
    ["an empty line in the middle", `${JSON.stringify(proposalEvent(1, "approve", p))}\n\n${JSON.stringify(proposalEvent(2, "reject", p))}\n`, /:2: empty line/],
    ["an array", "[]\n", /:1: not a JSON object/],
    ["another version", `{"v":2,"seq":1}\n`, /unknown format version 2/],
    ["an unknown action", JSON.stringify({ ...proposalEvent(1, "approve", p), action: "accept" }), /unknown action "accept"/],
    ["an edit without text", JSON.stringify(proposalEvent(1, "edit", p)), /edit without text/],
    ["a repeated seq", jsonl([proposalEvent(1, "approve", p), proposalEvent(1, "reject", p)]), /:2: seq 1 appears twice/],
    ["a malformed anchor", JSON.stringify({ ...proposalEvent(1, "approve", p), anchor: { witness: 3 } }), /anchor is malformed/]
  ]
  for (const [what, text, message] of bad) {
    it(`refuses ${what}, naming the line`, () => {
      const r = parseLedger(text, "editions/seeds/decisions.jsonl")
      expect(r).toBeInstanceOf(LedgerError)
      expect((r as LedgerError).message).toMatch(/^editions\/seeds\/decisions\.jsonl:\d+: /)
      expect((r as LedgerError).message).toMatch(message)
    })
  }

  it("accepts CRLF line ends and a file without a final line break", () => {
    const text = [proposalEvent(1, "approve", p), proposalEvent(2, "reject", p)].map((e) => JSON.stringify(e)).join("\r\n")
    expect(parseLedger(text, "x")).toHaveLength(2)
  })
})

describe("replayDecisions", () => {
  it("approve → a correction at the proposal's offsets with its replacement, time and rule", () => {
    const r = replay([proposalEvent(1, "approve", p)])
    expect(r.corrections).toEqual([
      {
        proposal: p.id,
        witness: BREITMAN,
        start: p.start,
        end: p.end,
        original: "anti",
        replacement: "and",
        rule: "ocr-confusion",
        class: "real-word-error",
        confidence: 0.94,
        decision: "approve",
        decidedAt: "2026-11-20T10:00:01.000Z",
        resp: null
      }
    ])
    expect(r.orphaned).toEqual([])
  })

  it("the last standing decision wins; undo restores the one before", () => {
    expect(replay([proposalEvent(1, "approve", p), proposalEvent(2, "reject", p)]).corrections).toEqual([])
    expect(replay([proposalEvent(1, "reject", p), proposalEvent(2, "edit", p, "and", "GB")]).corrections[0]).toMatchObject({ replacement: "and", decision: "edit", resp: "GB" })
    expect(replay([proposalEvent(1, "approve", p), proposalEvent(2, "reject", p), undoEvent(3, 2, p.id)]).corrections).toHaveLength(1)
    expect(replay([proposalEvent(1, "approve", p), undoEvent(2, 1, p.id)]).corrections).toEqual([])
  })

  it("an undo of a later or unknown event is an error", () => {
    const r = replayDecisions([undoEvent(1, 5, p.id)], analysis)
    expect(r).toBeInstanceOf(LedgerError)
    expect((r as LedgerError).message).toContain("undo of seq 5")
  })

  it("a proposal no longer raised is found again through its anchor, even after the text moved", () => {
    const moved = witness(BREITMAN, "A", "Added first. " + around)
    const r = replay([proposalEvent(1, "edit", p, "and")], { witnesses: [moved], proposals: [], passages: [] })
    expect(r.corrections[0]).toMatchObject({ start: p.start + 13, end: p.end + 13, original: "anti", replacement: "and", rule: "edit" })
  })

  it("reports what cannot be placed instead of dropping it", () => {
    const changed = witness(BREITMAN, "A", around.replace("anti", "and"))
    const r = replay([proposalEvent(1, "approve", p), lemmaEvent(2, "no-such-variant", "x", "y")], {
      witnesses: [changed],
      proposals: [],
      passages: []
    })
    expect(r.corrections).toEqual([])
    expect(r.orphaned).toEqual([
      { target: "no-such-variant", reason: "no variant location with this id in the current collation" },
      { target: p.id, reason: "the text around the decision has changed" }
    ])
  })

  it("lemma decisions map variant ids to the chosen reading", () => {
    const r = replay([lemmaEvent(1, "v-is-are", passageBE.id, "are"), lemmaEvent(2, "v-is-are", passageBE.id, "is")])
    expect([...r.lemmas]).toEqual([["v-is-are", "is"]])
  })
})
