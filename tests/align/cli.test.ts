import { describe, expect, it } from "vitest"
import { collate, findPassages } from "../../src/align/index.ts"
import { alignJson, alignText } from "../../src/cli/align.ts"
import { collateText, parseCollateX } from "../../src/cli/collate.ts"
import type { LoadedCorpus } from "../../src/corpus/Corpus.ts"
import { checkTable, seeds } from "./helpers.ts"

describe("CollateX JSON input", () => {
  it("reads witnesses given as content or as tokens", () => {
    const parsed = parseCollateX(
      JSON.stringify({
        witnesses: [
          { id: "A", content: "The black cat" },
          { id: "B", tokens: [{ t: "The ", n: "the" }, { t: "white " }, { t: "cat" }] }
        ]
      })
    )
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const t = collate(parsed.witnesses)
    checkTable(t, parsed.witnesses)
    expect(t.witnesses).toEqual(["A", "B"])
    expect(t.apparatus.map((e) => e.lemma)).toEqual(["black"])
    expect(collateText(t)).toContain("black A] white B")
  })

  it("explains what is wrong with bad input", () => {
    expect(parseCollateX("{")).toMatchObject({ ok: false })
    expect(parseCollateX('{"witnesses": []}')).toMatchObject({ ok: false })
    expect(parseCollateX('{"witnesses": [{"id": "A"}]}')).toMatchObject({ ok: false, reason: expect.stringContaining("neither") })
  })
})

describe("lectio align output", () => {
  const witnesses = seeds()
  const loaded: LoadedCorpus = { dir: "seeds", title: "Seeds", witnesses, problems: [] } as unknown as LoadedCorpus
  const passages = findPassages(witnesses)

  it("JSON follows the contract: witnesses, passages with occurrences and apparatus", () => {
    const json = JSON.parse(JSON.stringify(alignJson(loaded, passages))) as {
      witnesses: Array<{ id: string; siglum: string }>
      passages: Array<{ id: string; occurrences: Array<{ witness: string; start: number; end: number; text: string }>; apparatus: Array<{ id: string; lemma: string; readings: Array<{ text: string; witnesses: string[] }>; kind: string }> }>
    }
    expect(json.witnesses.map((w) => w.siglum)).toEqual(["A", "B", "C", "D", "E"])
    const p = json.passages[0]!
    expect(Object.keys(p)).toEqual(expect.arrayContaining(["id", "occurrences", "apparatus"]))
    expect(Object.keys(p.occurrences[0]!)).toEqual(expect.arrayContaining(["witness", "start", "end", "text"]))
    const whenever = p.apparatus.find((e) => e.lemma === "whenever")!
    expect(whenever.kind).toBe("substantive")
    expect(whenever.readings).toEqual([
      { text: "whenever", witnesses: ["callinicos-1990-trotskyism-critique-of-stalinism"] },
      { text: "when", witnesses: ["study-guide-isolation-and-degeneration"] }
    ])
  })

  it("the readable form shows sigla and numbered entries", () => {
    const text = alignText(loaded, passages)
    expect(text).toContain("Passage 1 · B callinicos, E study-guide")
    expect(text).toMatch(/ 2 whenever B\] when E/)
    expect(text).toMatch(/ 4 the power of B\] om\. E/)
  })
})
