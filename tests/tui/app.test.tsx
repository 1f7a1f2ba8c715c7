import { render } from "ink-testing-library"
import { afterEach, describe, expect, it } from "vitest"
import { App } from "../../src/tui/App.tsx"
import type { Proposal } from "../../src/domain/model.ts"
import type { UIState } from "../../src/tui/state.ts"
import { setup, tick, until } from "./helpers.ts"

const KEYS = { down: "\u001B[B", up: "\u001B[A", pgdn: "\u001B[6~", enter: "\r", esc: "\u001B", tab: "\t" }

let cleanup: (() => void) | null = null
afterEach(() => {
  cleanup?.()
  cleanup = null
})

function mount(events: Parameters<typeof setup>[0] = []) {
  const env = setup(events)
  let latest: UIState = env.state
  const r = render(<App initial={env.state} record={env.record} onState={(s) => (latest = s)} />)
  cleanup = r.unmount
  const frame = () => r.lastFrame() ?? ""
  const press = async (k: string) => {
    r.stdin.write(k)
    await tick()
  }
  return { ...env, r, frame, press, state: () => latest }
}

describe("review App (ink-testing-library)", () => {
  it("first frame shows the Breitman proposal with its context, the progress and no raw-mode complaint", async () => {
    const m = mount()
    await tick()
    await until(() => m.frame().includes("anti → and"), "first frame")
    const f = m.frame()
    expect(f).toContain("0/12 decided")
    expect(f).toContain("[anti→and]")
    expect(f).toContain("winding up of Stalinism")
    expect(f).toContain("ti↔d")
    expect(f).not.toContain("Raw mode is not supported")
  })

  it("a approves: the event is in the ledger before the cursor moves on", async () => {
    const m = mount()
    await tick()
    await m.press("a")
    await until(() => m.frame().includes("1/12 decided"), "progress after approve")
    const c = await m.read()
    expect(c.events).toHaveLength(1)
    expect(c.events[0]).toMatchObject({ action: "approve", target: m.state().model.proposals[0]!.id, replacement: "and" })
    expect(c.events[0]!.anchor).toMatchObject({ original: "anti", start: 12435, end: 12439 })
    await until(() => m.state().cursor.corrections === 1, "cursor moved on")
  })

  it("keys typed quickly are all applied, in order (no stale closures)", async () => {
    const m = mount()
    await tick()
    m.r.stdin.write("a")
    m.r.stdin.write("r")
    m.r.stdin.write("a")
    await until(() => m.frame().includes("3/12 decided"), "three decisions")
    const c = await m.read()
    expect(c.events.map((e) => e.action)).toEqual(["approve", "reject", "approve"])
    expect(new Set(c.events.map((e) => e.target)).size).toBe(3)
  })

  it("e edits the replacement inline; u undoes it", async () => {
    const m = mount()
    await tick()
    await m.press("e")
    await until(() => m.frame().includes("edit replacement"), "edit line")
    for (const _ of "and") await m.press("\u007F")
    for (const ch of "and so") await m.press(ch)
    await m.press(KEYS.enter)
    await until(() => m.frame().includes("1/12 decided"), "edit recorded")
    expect((await m.read()).events[0]).toMatchObject({ action: "edit", text: "and so" })
    await m.press("u")
    await until(() => m.frame().includes("0/12 decided"), "undo recorded")
    const ev = (await m.read()).events
    expect(ev[1]).toMatchObject({ action: "undo", undoes: 1 })
    expect(m.frame()).toContain("[anti→and]")
  })

  it("A approves the whole rule as one batch, u takes the batch back", async () => {
    const m = mount()
    await tick()
    await m.press(KEYS.down)
    await m.press(KEYS.down)
    await until(() => m.frame().includes("stalin → Stalin"), "case row")
    await m.press("A")
    await until(() => m.frame().includes("6/12 decided"), "bulk")
    const ev = (await m.read()).events
    expect(ev.map((e) => e.rule)).toEqual(Array(6).fill("case-restore"))
    expect(new Set(ev.map((e) => e.batch))).toEqual(new Set([1]))
    await m.press("u")
    await until(() => m.frame().includes("0/12 decided"), "batch undone")
  })

  it("/ searches the context, Enter jumps, n goes on", async () => {
    const m = mount()
    await tick()
    await m.press("/")
    for (const ch of "whither") await m.press(ch)
    await until(() => m.frame().includes("/whither"), "search prompt")
    await m.press(KEYS.enter)
    await until(() => m.frame().includes("whither → Whither") && m.frame().includes("[whither→Whither]"), "jump")
    const current = () => m.state().model.proposals[m.state().rows.corrections[m.state().cursor.corrections]!]!
    await until(() => current().original === "whither", "cursor on the match")
    await m.press("/")
    for (const ch of "stalin") await m.press(ch)
    await m.press(KEYS.enter)
    // The context counts: “…winding up of Stalinism anti a…” is the first match.
    await until(() => current().original === "anti" && m.state().mode.t === "normal", "first match (in the context)")
    await m.press("n")
    await until(() => current().original === "stalin", "n goes to the next match")
    const first = current().start
    await m.press("n")
    await until(() => current().original === "stalin" && current().start > first, "and the next")
  })

  it("f filters by status: undecided hides decided rows", async () => {
    const m = mount()
    await tick()
    await m.press("a")
    await until(() => m.frame().includes("1/12 decided"), "approve")
    await m.press("f")
    await until(() => m.frame().includes("Filter"), "filter panel")
    await m.press(KEYS.up) // status
    await m.press("\u001B[C") // → undecided
    await m.press(KEYS.enter)
    await until(() => m.frame().includes("status undecided"), "filtered")
    expect(m.frame()).not.toContain("anti → and")
    expect(m.frame()).toContain("Corrections (7)")
  })

  it("Passages: the apparatus line, occurrences side by side, 2 chooses reading 2 as lemma", async () => {
    const m = mount()
    await tick()
    await m.press(KEYS.tab)
    await until(() => m.frame().includes("Passage 1"), "passages view")
    const f = m.frame()
    expect(f).toContain("is B] are E")
    expect(f).toContain("B callinicos-1990")
    expect(f).toContain("E study-guide")
    expect(f).toContain("there ⟦is⟧ enough")
    expect(f).toContain("are enough goods in a store")
    await m.press("2")
    await until(() => m.frame().includes("1/12 decided"), "lemma")
    expect((await m.read()).events[0]).toMatchObject({ action: "lemma", targetKind: "variant", target: "p1.1", text: "are", passage: "p1" })
  })

  it("Witnesses: a density line per witness", async () => {
    const m = mount()
    await tick()
    await m.press(KEYS.tab)
    await m.press(KEYS.tab)
    await until(() => m.frame().includes("proposals  "), "witnesses view")
    expect(m.frame()).toMatch(/C trotsky-1936-revolution-betrayed-ch11 · [\d,]+ words · 6 proposals/)
  })

  it("resumes after the last decision in the ledger", async () => {
    const first = setup()
    await first.record([{ action: "approve", targetKind: "proposal", target: first.state.model.proposals[0]!.id }])
    await first.record([{ action: "reject", targetKind: "proposal", target: first.state.model.proposals[1]!.id }])
    const events = (await first.read()).events
    const m = mount(events)
    await tick()
    await until(() => m.state().cursor.corrections === 2, "resumed cursor")
    expect(m.frame()).toContain("2/12 decided")
  })

  it("? shows help, q quits", async () => {
    const m = mount()
    await tick()
    await m.press("?")
    await until(() => m.frame().includes("any key closes this help"), "help")
    await m.press("x")
    await until(() => !m.frame().includes("any key closes"), "help closed")
  })
})

/**
 * The app on one witness and one proposal in it (the proposal's witness, start and end filled in), its
 * frame once `shown` appears.
 */
async function frameOf(text: string, proposal: Omit<Proposal, "witness">, shown: string, others: ReadonlyArray<readonly [id: string, siglum: string]> = []): Promise<string> {
  const { buildModel } = await import("../../src/tui/model.ts")
  const { init } = await import("../../src/tui/state.ts")
  const { replay } = await import("../../src/review/replay.ts")
  const witness = (id: string, siglum: string, text: string) => ({ id, siglum, path: `${id}.txt`, author: null, title: null, date: null, source: null, encoding: "utf-8" as const, chars: text.length, words: 8, text })
  const w = witness("w", "Z", text)
  const model = buildModel({ edition: "t", title: "t", witnesses: [w, ...others.map(([id, siglum]) => witness(id, siglum, text))], proposals: [{ ...proposal, witness: "w" }], passages: [] })
  const r = render(<App initial={init(model, replay([]), { width: 100, height: 24 })} record={async () => []} />)
  cleanup = r.unmount
  await tick()
  await until(() => (r.lastFrame() ?? "").includes(shown), "frame")
  return r.lastFrame() ?? ""
}

describe("a space put in", () => {
  it("is shown as ␣ in the list and the detail, not left blank", async () => {
    const text = "He said that he did'not know the man."
    const start = text.indexOf("'")
    const f = await frameOf(text, { id: "g1", start, end: start + 1, original: "'", replacement: " ", rule: "glued-apostrophe", class: "punctuation", confidence: 0.8, group: null, explanation: "x", evidence: {} }, "glued-apostrophe")
    expect(f).toContain("' → \u2423")
    expect(f).toContain("['→\u2423]")
  })
})

describe("what the other witnesses read", () => {
  it("is shown by their sigla before the rest of the evidence, though the explanation that ends with it is cut", async () => {
    const text = "The variability of the species is much, I think, remain vague; neverthelsss, I may, without here entering on details."
    const start = text.indexOf("neverthelsss")
    const explanation = `“neverthelsss” is in no dictionary and nowhere else in the corpus; “nevertheless” (s→e) fits “; … ,”; ${"a long note; ".repeat(8)}B reads “vague; nevertheless, I” here`
    const f = await frameOf(
      text,
      { id: "n1", start, end: start + 12, original: "neverthelsss", replacement: "nevertheless", rule: "non-word", class: "non-word", confidence: 0.95, group: null, explanation, evidence: { pattern: "s→e", otherWitnesses: { "1860": "vague; nevertheless, I" } } },
      "neverthelsss",
      [["1860", "B"]]
    )
    expect(f).toContain("other witnesses: B “vague; nevertheless, I” · pattern: s→e")
    expect(f).not.toContain("otherWitnesses")
  })

  it("names the witness whose reading showed a misreading by its siglum", async () => {
    const text = "she had been suffering from a, vary severe attack of hysteria, and had had to be attended"
    const start = text.indexOf("vary")
    const f = await frameOf(
      text,
      { id: "c1", start, end: start + 4, original: "vary", replacement: "very", rule: "ocr-confusion", class: "real-word-error", confidence: 0.8, group: null, explanation: "x", evidence: { pattern: "a→o, o→e", shownBy: "second", otherWitnesses: { second: "a very severe" } } },
      "vary",
      [["second", "B"]]
    )
    expect(f).toContain("other witnesses: B “a very severe” · pattern: a→o, o→e · shown by: B")
  })
})

describe("witness text with control characters", () => {
  it("is shown escaped, never raw", async () => {
    const text = "The clique\u001b[31m seized\u0007 power anti a bell\u202e here."
    const start = text.indexOf("anti")
    const f = await frameOf(
      text,
      { id: "e1", start, end: start + 4, original: "anti", replacement: "and\u001b[2J", rule: "r", class: "non-word", confidence: 0.5, group: null, explanation: "x\u001b]0;pwned\u0007", evidence: { "k\u001b": "v\u0007" } },
      "anti"
    )
    expect(f).toContain("\\x1b[31m")
    expect(f).toContain("\\x07")
    expect(f).toContain("\\u202e")
    expect(f).toContain("and\\x1b[2J")
    expect(f).not.toMatch(/[\u0007\u202e]/)
    expect(f).not.toContain("\u001b[31m")
    expect(f).not.toContain("\u001b[2J")
    expect(f).not.toContain("\u001b]0;")
  })
})

describe("decisions the list of proposals cannot show", () => {
  /** The app on the seeds' proposals, with these counts in its model. */
  const withCounts = async (counts: { orphaned?: number; unraised?: number }) => {
    const { buildModel } = await import("../../src/tui/model.ts")
    const { init } = await import("../../src/tui/state.ts")
    const { replay } = await import("../../src/review/replay.ts")
    const env = setup()
    const model = buildModel({ edition: "seeds", title: "t", witnesses: env.state.model.witnesses, proposals: env.state.model.proposals, passages: [], ...counts })
    const r = render(<App initial={init(model, replay([]), { width: 200, height: 24 })} record={env.record} />)
    cleanup = r.unmount
    await tick()
    return r
  }
  it("orphans are counted in the header", async () => {
    const r = await withCounts({ orphaned: 2 })
    await until(() => (r.lastFrame() ?? "").includes("2 orphaned"), "orphan count")
  })
  it("and so are corrections applied to proposals no longer raised", async () => {
    const r = await withCounts({ unraised: 3 })
    await until(() => (r.lastFrame() ?? "").includes("3 applied, no longer raised"), "unraised count")
    expect(r.lastFrame()).not.toContain("orphaned")
  })
})
