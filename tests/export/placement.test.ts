/**
 * Where the export puts the variant locations of a passage in its base text: from the entries' `locations`
 * (the aligner's offsets), with search only as the fallback for entries without usable offsets.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { collate, findPassages } from "../../src/align/index.ts"
import { collapseSpace } from "../../src/apparatus/index.ts"
import { tokenise } from "../../src/corpus/tokenise.ts"
import type { Passage, Witness } from "../../src/domain/model.ts"
import { renderCollation } from "../../src/export/collation.ts"
import { renderHtml } from "../../src/export/html.ts"
import { renderLatex } from "../../src/export/latex.ts"
import { placePassages, type PlacedPassage } from "../../src/export/passages.ts"
import { renderTei } from "../../src/export/tei.ts"
import { seeds as alignSeeds } from "../align/helpers.ts"
import { CALLINICOS, STUDY_GUIDE, inputOf, passageBE, passageBEUnlocated, witness } from "./helpers.ts"
import { jingErrors, jingPath } from "./tools.ts"

const tokenised = alignSeeds()
const seeds: Witness[] = tokenised.map((t) => t.witness)
const byId = (id: string) => seeds.find((w) => w.id === id)!

/** The app piece of an entry with the text around it: [text before (tail), base text, text after (head)]. */
function around(pp: PlacedPassage, entryId: string, n = 20): [string, string, string] {
  const k = pp.pieces.findIndex((p) => p.kind === "app" && p.resolved.entry.id === entryId)
  expect(k, `entry ${entryId} is placed`).toBeGreaterThanOrEqual(0)
  const flat = (p: (typeof pp.pieces)[number]) => (p.kind === "text" ? p.text : p.baseText)
  const before = pp.pieces.slice(0, k).map(flat).join("")
  const after = pp.pieces.slice(k + 1).map(flat).join("")
  const app = pp.pieces[k]!
  return [before.slice(-n), app.kind === "app" ? app.baseText : "", after.slice(0, n)]
}

/** Nothing of the base text is lost or doubled, and every app piece covers the base witness's reading. */
function checkPieces(pp: PlacedPassage): void {
  // the base text, less the word spaces the edition adds before an adopted addition
  const base = pp.pieces.filter((p) => !(p.kind === "text" && p.inserted)).map((p) => (p.kind === "text" ? p.text : p.baseText))
  expect(base.join("")).toBe(pp.base.text)
  for (const [k, p] of pp.pieces.entries()) {
    if (p.kind === "text" && p.inserted) {
      const next = pp.pieces[k + 1]
      expect(next?.kind === "app" && next.baseText === "" && next.resolved.lemma !== "").toBe(true)
    }
  }
  for (const p of pp.pieces) {
    if (p.kind !== "app") continue
    const reading = p.resolved.entry.readings.find((r) => r.witnesses.includes(pp.base.witness))
    expect(collapseSpace(p.baseText)).toBe(reading?.text ?? "")
  }
}

describe("placing the B/E queue passage", () => {
  for (const [name, passage] of [
    ["from the entries' offsets", passageBE],
    ["by search (entries without locations)", passageBEUnlocated]
  ] as const) {
    it(`${name}: "is" at "When there is enough goods", the omission where E lacks it`, () => {
      const [pp] = placePassages(inputOf(seeds, { passages: [passage] }))
      checkPieces(pp!)
      expect(pp!.notes.every((n) => n.placed)).toBe(true)
      expect(around(pp!, "v-is-are")).toEqual(["nst all. When there ", "is", " enough goods in a s"])
      expect(around(pp!, "v-is-little")).toEqual(["want to. When there ", "is little", " goods, the purchase"])
      expect(around(pp!, "v-the-power-of")).toEqual(["the starting point of ".slice(-20), "the power of", " the Soviet bureaucr"])
    })
  }

  it("with E as base (E first in corpus order) the omission is a zero-width location between “point of” and “the Soviet”, adopted with a word space", () => {
    const order = [byId(STUDY_GUIDE), ...seeds.filter((w) => w.id !== STUDY_GUIDE)]
    const [pp] = placePassages(inputOf(order, { passages: [passageBE] }))
    expect(pp!.base.witness).toBe(STUDY_GUIDE)
    checkPieces(pp!)
    // the adopted "the power of" gets a word space before it: "point of the power of the Soviet"
    expect(around(pp!, "v-the-power-of")).toEqual(["the starting point of ".slice(-20), "", " the Soviet bureaucr"])
    expect(around(pp!, "v-is-are")).toEqual(["nst all. When there ", "are", " enough goods in a s"])
  })

  it("offsets that no longer fit the text are not trusted: the entry is found by search", () => {
    const shifted: Passage = {
      ...passageBE,
      apparatus: passageBE.apparatus.map((e) => ({ ...e, locations: e.locations!.map((l) => ({ ...l, start: l.start - 20, end: l.end - 20 })) }))
    }
    const [pp] = placePassages(inputOf(seeds, { passages: [shifted] }))
    checkPieces(pp!)
    expect(around(pp!, "v-is-are")).toEqual(["nst all. When there ", "is", " enough goods in a s"])
  })
})

describe("placing the aligner's passages on the seeds", () => {
  const passages = findPassages(tokenised, { minWords: 7 })
  const placed = placePassages(inputOf(seeds, { passages }))

  it("every entry of every passage is placed, at its base witness's reading", () => {
    expect(placed.length).toBe(passages.length)
    for (const pp of placed) {
      checkPieces(pp)
      expect(pp.notes.filter((n) => !n.placed)).toEqual([])
      for (const p of pp.pieces) {
        if (p.kind !== "app") continue
        const own = p.resolved.entry.locations!.find((l) => l.witness === pp.base.witness)!
        const before = pp.pieces.slice(0, pp.pieces.indexOf(p)).map((q) => (q.kind === "text" ? q.text : q.baseText)).join("")
        expect(pp.base.start + before.length).toBe(own.start)
      }
    }
  })

  it("the addition at the end of E's quotation sits right after B's last word", () => {
    const pp = placed.find((x) => x.base.witness === CALLINICOS && x.base.text.startsWith("The basis of bureaucratic rule"))!
    const add = pp.passage.apparatus.find((e) => e.kind === "addition")!
    expect(around(pp, add.id, 19)).toEqual(["Soviet bureaucracy.", "", ""])
  })

  it("TEI, HTML and LaTeX put “is” at “When there is enough goods”", () => {
    const input = inputOf(seeds, { passages })
    const tei = renderTei(input)
    expect(tei).toMatch(/When there <app xml:id="passage-\d+-app-1" n="[^"]+" type="substantive"><lem wit="#B">is<\/lem><rdg wit="#E">are<\/rdg><\/app> enough goods/)
    expect(tei).toMatch(/rule is the poverty/)
    const html = renderHtml(input)
    expect(html).toMatch(/When there <span class="lem" id="passage-\d+-loc-1">is<\/span><a class="note-ref" id="passage-\d+-ref-1" href="#passage-\d+-note-1">1<\/a> enough goods/)
    const tex = renderLatex(input)
    expect(tex).toContain(`When there \\edtext{is}{\\Afootnote{are E}} enough goods`)
    expect(tex).toContain(`When there \\edtext{is little}{\\Afootnote{are a few E}} goods`)
  })

  it.skipIf(jingPath === null)("the TEI with the aligner's passages is valid against tei_all (jing)", () => {
    const dir = mkdtempSync(join(tmpdir(), "lectio-placement-"))
    try {
      const file = join(dir, "apparatus.xml")
      writeFileSync(file, renderTei(inputOf(seeds, { passages })))
      expect(jingErrors(file)).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe("a short reading that repeats", () => {
  // The variant is at the second "is"; the first "is" is followed by the same words, and the other witness
  // reads "it are here" at the second place, so searching for "is" with its context cannot tell them apart.
  const A = "it is here and it is here and so it stays"
  const B = "it is here and it are here and so it stays"
  const table = collate([
    { id: "a", tokens: tokenise(A) },
    { id: "b", tokens: tokenise(B) }
  ])
  const passage: Passage = {
    id: "p-repeat",
    occurrences: [
      { witness: "a", start: 0, end: A.length, text: A },
      { witness: "b", start: 0, end: B.length, text: B }
    ],
    apparatus: table.apparatus
  }
  const input = inputOf([witness("a", "A", A), witness("b", "B", B)], { passages: [passage] })

  it("is put where the offsets say, the second “is”", () => {
    const [pp] = placePassages(input)
    checkPieces(pp!)
    expect(around(pp!, table.apparatus[0]!.id, 100)).toEqual(["it is here and it ", "is", " here and so it stays"])
  })

  it("(the search fallback alone picks the first “is” here — why the offsets are used)", () => {
    const bare: Passage = { ...passage, apparatus: passage.apparatus.map(({ locations: _, ...e }) => e) }
    const [pp] = placePassages({ ...input, passages: [bare] })
    expect(around(pp!, table.apparatus[0]!.id, 100)[0]).toBe("it ")
  })
})

describe("collation.json carries the offsets", () => {
  it("entries keep their locations (witness-text offsets)", () => {
    const doc = JSON.parse(renderCollation(inputOf(seeds, { passages: [passageBE] })))
    const isAre = doc.passages[0].apparatus.find((e: { id: string }) => e.id === "v-is-are")
    expect(isAre.locations).toEqual(passageBE.apparatus[0]!.locations)
    const l = isAre.locations.find((x: { witness: string }) => x.witness === CALLINICOS)
    expect(byId(CALLINICOS).text.slice(l.start - 11, l.end)).toBe("When there is")
    const bare = JSON.parse(renderCollation(inputOf(seeds, { passages: [passageBEUnlocated] })))
    expect(bare.passages[0].apparatus[0].locations).toBeUndefined()
  })

  it("a transposition's moved words are given as offsets into the witness text, not the occurrence", () => {
    const intro = "Some words before the passage. "
    const A = intro + "we saw that the workers themselves were tired of waiting in the long queues"
    const B = "Other words. " + "we saw that the workers were tired of waiting themselves in the long queues"
    const occ = (id: string, t: string, from: number) => ({ witness: id, start: from, end: t.length, text: t.slice(from) })
    const passage: Passage = { id: "p-t", occurrences: [occ("a", A, intro.length), occ("b", B, "Other words. ".length)], apparatus: [] }
    const doc = JSON.parse(renderCollation(inputOf([witness("a", "A", A), witness("b", "B", B)], { passages: [passage] })))
    const moved = doc.passages[0].transpositions as Array<{ locations: Array<{ witness: string; start: number; end: number }> }>
    expect(moved.length).toBeGreaterThan(0)
    const text = (id: string) => (id === "a" ? A : B)
    for (const m of moved) for (const l of m.locations) expect(text(l.witness).slice(l.start, l.end)).toBe("themselves")
  })
})
