/**
 * `locations` of apparatus entries: where each witness's reading stands in its own text.
 *
 * Convention checked throughout: `text.slice(start, end)` with whitespace runs collapsed to one space
 * (`collapseSpace`) is the reading's text; an omission is a zero-width span at the end of the witness's word
 * before the gap; locations of successive entries follow one another in each witness.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { collate, findPassages } from "../../src/align/index.ts"
import { collapseSpace, locationIn, spanOf } from "../../src/apparatus/index.ts"
import type { ApparatusEntry, Passage } from "../../src/domain/model.ts"
import { seeds, w } from "../align/helpers.ts"

const witnesses = seeds()
const textOf = new Map(witnesses.map((x) => [x.witness.id, x.witness.text]))
const B = witnesses.find((x) => x.witness.siglum === "B")!.witness
const E = witnesses.find((x) => x.witness.siglum === "E")!.witness

/** Every witness of the entry has exactly one location, and its slice is its reading. */
function checkEntry(entry: ApparatusEntry, text: (id: string) => string): void {
  const locs = entry.locations
  expect(locs, `entry ${entry.lemma} has locations`).toBeDefined()
  expect([...locs!.map((l) => l.witness)].sort()).toEqual(entry.readings.flatMap((r) => r.witnesses).sort())
  for (const l of locs!) {
    const t = text(l.witness)
    const reading = entry.readings.find((r) => r.witnesses.includes(l.witness))!
    expect(l.start).toBeGreaterThanOrEqual(0)
    expect(l.end).toBeGreaterThanOrEqual(l.start)
    expect(l.end).toBeLessThanOrEqual(t.length)
    expect(collapseSpace(t.slice(l.start, l.end))).toBe(reading.text)
    expect(l.start === l.end).toBe(reading.text === "")
  }
}

describe("locations on the seeds' queue passage (B callinicos / E study-guide)", () => {
  const passage: Passage = findPassages(witnesses).find((p) => p.occurrences.some((o) => o.text.startsWith("The basis of bureaucratic rule")))!
  const entry = (lemma: string) => passage.apparatus.find((e) => e.lemma === lemma)!
  const at = (e: ApparatusEntry, witness: string) => e.locations!.find((l) => l.witness === witness)!

  it("every entry's location in each witness slices to its reading", () => {
    expect(passage.apparatus).toHaveLength(5)
    for (const e of passage.apparatus) checkEntry(e, (id) => textOf.get(id)!)
  })

  it('"is" (is/are) points at "When there is enough goods", not at the earlier "rule is"', () => {
    const occB = passage.occurrences.find((o) => o.witness === B.id)!
    // the passage does read "is" earlier: a search for the reading would find "rule is" first
    const firstIs = occB.start + occB.text.search(/\bis\b/)
    expect(B.text.slice(firstIs - 5, firstIs + 2)).toBe("rule is")
    const is = at(entry("is"), B.id)
    expect(is.start).toBeGreaterThan(firstIs)
    expect(B.text.slice(is.start - "When there ".length, is.end + " enough goods".length)).toBe("When there is enough goods")
    const are = at(entry("is"), E.id)
    expect(E.text.slice(are.start - "When there ".length, are.end + " enough goods".length)).toBe("When there are enough goods")
    // "is little" is the second "When there …", after the first
    const little = at(entry("is little"), B.id)
    expect(B.text.slice(little.start - "When there ".length, little.end)).toBe("When there is little")
    expect(little.start).toBeGreaterThan(is.end)
  })

  it("an omission is a zero-width span between the words around the gap", () => {
    const om = at(entry("the power of"), E.id)
    expect(om.end).toBe(om.start)
    expect(E.text.slice(om.start - "starting point of".length, om.start)).toBe("starting point of")
    expect(E.text.slice(om.start).startsWith(" the Soviet bureaucracy")).toBe(true)
    const full = at(entry("the power of"), B.id)
    expect(B.text.slice(full.start - 9, full.end + 11)).toBe("point of the power of the Soviet")
    // the addition at the end of E's quotation: B has nothing there, right after its last word
    const add = passage.apparatus.find((e) => e.kind === "addition")!
    const none = at(add, B.id)
    expect(none.end).toBe(none.start)
    expect(B.text.slice(none.start - "Soviet bureaucracy.".length, none.start)).toBe("Soviet bureaucracy.")
  })

  it("locationIn finds each entry's span inside each occurrence, and refuses stale offsets", () => {
    for (const e of passage.apparatus) {
      for (const o of passage.occurrences) {
        const l = locationIn(e, o)
        expect(l).toBeDefined()
        expect(l!.start).toBeGreaterThanOrEqual(o.start)
        expect(l!.end).toBeLessThanOrEqual(o.end)
      }
    }
    const is = entry("is")
    const stale: ApparatusEntry = { ...is, locations: is.locations!.map((l) => ({ ...l, start: l.start + 3, end: l.end + 3 })) }
    expect(locationIn(stale, passage.occurrences[0]!)).toBeUndefined()
    const { locations: _, ...bare } = is
    expect(locationIn(bare, passage.occurrences[0]!)).toBeUndefined()
  })
})

describe("locations of a whole-witness collation", () => {
  it("collate(): spans are offsets into each witness's text", () => {
    const texts: Record<string, string> = {
      A: "The  basis of\nbureaucratic rule is the poverty of society. When there is enough goods, all is well.",
      B: "The basis of bureaucratic rule is poverty of society. When there are enough goods all is well."
    }
    const t = collate(Object.entries(texts).map(([id, s]) => w(id, s)))
    expect(t.apparatus.length).toBeGreaterThan(0)
    for (const e of t.apparatus) checkEntry(e, (id) => texts[id]!)
    const isAre = t.apparatus.find((e) => e.lemma === "is" || e.readings.some((r) => r.text === "are"))!
    const l = isAre.locations!.find((x) => x.witness === "A")!
    expect(texts.A!.slice(l.start - 11, l.end + 7)).toBe("When there is enough")
    const om = t.apparatus.find((e) => e.readings.some((r) => r.text === "the"))!
    const gap = om.locations!.find((x) => x.witness === "B")!
    expect(gap.start).toBe(gap.end)
    expect(texts.B!.slice(gap.start - 2, gap.start + 8)).toBe("is poverty")
  })

  it("a transposition: each witness's span covers its reading, and the moved words' spans are given", () => {
    const texts: Record<string, string> = {
      A: "we saw that the workers themselves were tired of waiting in the long queues",
      B: "we saw that the workers were tired of waiting themselves in the long queues"
    }
    const t = collate(Object.entries(texts).map(([id, s]) => w(id, s)))
    const tr = t.apparatus.find((e) => e.kind === "transposition")
    expect(tr, JSON.stringify(t.apparatus)).toBeDefined()
    checkEntry(tr!, (id) => texts[id]!)
    const moved = t.transpositions as ReadonlyArray<{ locations: ReadonlyArray<{ witness: string; start: number; end: number }> }>
    expect(moved.length).toBeGreaterThan(0)
    for (const m of moved) for (const l of m.locations) expect(texts[l.witness]!.slice(l.start, l.end)).toBe("themselves")
  })

  it("spanOf: a gap opening the rows sits before the witness's first word", () => {
    const [a] = [w("A", "x  y z").tokens]
    const row = [null, a![0]!, a![1]!, a![2]!]
    expect(spanOf(row, 0, 1)).toEqual({ start: 0, end: 0 })
    expect(spanOf(row, 1, 3)).toEqual({ start: 0, end: 4 })
    expect(spanOf([null, null], 0, 1)).toEqual({ start: 0, end: 0 })
  })
})

describe("locations: properties over random collations", () => {
  const vocab = ["the", "cat", "sat", "on", "mat", "a", "dog", ",", ".", "and", "Cat", "rnat", "is", "are", "‘knows’"]
  const sep = fc.constantFrom(" ", " ", " ", "  ", "\n", " \n\n")
  const text = fc
    .array(fc.tuple(fc.constantFrom(...vocab), sep), { minLength: 0, maxLength: 25 })
    .map((ws) => ws.map(([x, s]) => x + s).join(""))
  /** Witnesses made from one base by dropping, replacing and moving words, as real witnesses differ. */
  const related = fc
    .tuple(fc.array(fc.constantFrom(...vocab), { minLength: 4, maxLength: 20 }), fc.array(fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 4 }))
    .map(([base, edits]) =>
      edits.map(([op, i, j]) => {
        const ws = [...base]
        const k = i! % ws.length
        if (op! % 4 === 0) ws.splice(k, 1)
        else if (op! % 4 === 1) ws[k] = vocab[j! % vocab.length]!
        else if (op! % 4 === 2) ws.splice(j! % ws.length, 0, ...ws.splice(k, 1))
        return ws.join(" ")
      })
    )

  const check = (texts: ReadonlyArray<string>) => {
    const input = texts.map((s, i) => w(`W${i}`, s))
    const t = collate(input)
    const byId = (id: string) => texts[Number(id.slice(1))]!
    const last = new Map<string, number>()
    for (const e of t.apparatus) {
      checkEntry(e, byId)
      // in increasing order along the collation, in every witness
      for (const l of e.locations!) {
        expect(l.start).toBeGreaterThanOrEqual(last.get(l.witness) ?? 0)
        last.set(l.witness, l.end)
      }
    }
  }

  it("every location lies in its witness text, slices to its reading, and they follow one another", () => {
    fc.assert(fc.property(fc.array(text, { minLength: 2, maxLength: 4 }), check), { numRuns: 200 })
  })

  it("the same on related witnesses (omissions, substitutions, transpositions)", () => {
    fc.assert(fc.property(related, check), { numRuns: 200 })
  })
})
