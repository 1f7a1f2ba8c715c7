/**
 * The export end to end on the real seeds with the hand-made proposal and passage (shaped like the
 * normaliser's and aligner's output): decisions.jsonl → exportEdition → files on disk.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, mkdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { NodeServices } from "@effect/platform-node"
import { Effect, Layer } from "effect"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import type { Witness } from "../../src/domain/model.ts"
import { Ledger } from "../../src/review/Ledger.ts"
import { EditionWriter } from "../../src/export/EditionWriter.ts"
import { exportEdition, type ExportOptions, type ExportSource } from "../../src/export/index.ts"
import { BREITMAN, CALLINICOS, STUDY_GUIDE, antiProposal, loadSeeds, passageBE } from "./helpers.ts"
import { jsonl, lemmaEvent, proposalEvent, undoEvent } from "./ledger.ts"
import { jingErrors, jingPath } from "./tools.ts"

const PHRASE = "an orderly winding up of Stalinism and a gradual democratic evolution"
const ORIGINAL_PHRASE = "an orderly winding up of Stalinism anti a gradual democratic evolution"

let seeds: Witness[]
beforeAll(async () => {
  seeds = (await loadSeeds()).witnesses.map((w) => w.witness)
})

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), "lectio-export-"))
  dirs.push(d)
  return d
}

const layer = (root: string) => Layer.mergeAll(EditionWriter.layer, Ledger.layerAt(root)).pipe(Layer.provideMerge(NodeServices.layer))
const run = (source: ExportSource, options: ExportOptions) =>
  Effect.runPromise(exportEdition(source, options).pipe(Effect.provide(layer(options.root))))
const runExit = (source: ExportSource, options: ExportOptions) =>
  Effect.runPromise(Effect.result(exportEdition(source, options)).pipe(Effect.provide(layer(options.root))))

const source = (): ExportSource => ({
  title: "Seeds: five essays on the Soviet bureaucracy",
  witnesses: seeds,
  proposals: [antiProposal],
  passages: [passageBE]
})

function withLedger(root: string, text: string | null): void {
  mkdirSync(join(root, "seeds"), { recursive: true })
  if (text !== null) writeFileSync(join(root, "seeds", "decisions.jsonl"), text)
}

const read = (root: string, rel: string) => readFileSync(join(root, "seeds", rel), "utf8")

function tree(dir: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) Object.assign(out, tree(full, `${prefix}${name}/`))
    else out[`${prefix}${name}`] = readFileSync(full, "utf8")
  }
  return out
}

describe("round trip with the fixture proposal (anti → and in Breitman)", () => {
  it("approving it gives the clean text and the TEI records the correction", async () => {
    const root = tmp()
    withLedger(root, jsonl([proposalEvent(1, "approve", antiProposal)]))
    const report = await run(source(), { root, name: "seeds", format: "all" })
    expect(report.corrections).toBe(1)
    expect(report.notApplied).toEqual([])

    const clean = read(root, `text/${BREITMAN}.txt`)
    expect(clean).toContain(PHRASE)
    expect(clean).not.toContain(ORIGINAL_PHRASE)
    // Nothing else changed: the clean text is the original with that one word replaced.
    const original = seeds.find((w) => w.id === BREITMAN)!.text
    expect(clean).toBe(original.slice(0, antiProposal.start) + "and" + original.slice(antiProposal.end))
    for (const w of seeds.filter((w) => w.id !== BREITMAN)) expect(read(root, `text/${w.id}.txt`)).toBe(w.text)

    const tei = read(root, "apparatus.xml")
    expect(tei).toMatch(
      /Stalinism <choice xml:id="corr-1" n="[^"]+"><sic>anti<\/sic><corr resp="#editor" cert="high" type="ocr-confusion" subtype="approve">and<\/corr><\/choice> a gradual/
    )
    expect(tei).toContain(`<witness xml:id="A" n="A">`)
    expect(tei).toContain(`<rdg wit="#E">when</rdg>`)
    expect(tei).toContain(`<app xml:id="passage-1-app-2" n="v-whenever-when" type="substantive"><lem wit="#B">whenever</lem><rdg wit="#E">when</rdg></app>`)
    // The apparatus sits at its variant location, not at the first "is" of the passage.
    expect(tei).toContain(`When there <app xml:id="passage-1-app-1" n="v-is-are" type="substantive"><lem wit="#B">is</lem><rdg wit="#E">are</rdg></app> enough goods`)
    expect(tei).toContain(`point of <app xml:id="passage-1-app-4" n="v-the-power-of" type="omission"><lem wit="#B">the power of</lem><rdg wit="#E"/></app> the Soviet`)

    const csv = read(root, "corrections.csv")
    expect(csv.split("\r\n")[1]).toBe(
      `${BREITMAN},${antiProposal.start},${antiProposal.end},anti,and,ocr-confusion,approve,2026-11-20T10:00:01.000Z,${antiProposal.id},,0.94`
    )
    const html = read(root, "edition.html")
    expect(html).toContain(`<del class="orig">anti</del><ins class="rep">and</ins>`)
    const tex = read(root, "edition.tex")
    expect(tex).toContain(`Stalinism \\edtext{and}{\\Bfootnote{anti A (ocr-confusion, approved)}} a gradual`)
    expect(tex).toContain(`\\edtext{whenever}{\\Afootnote{when E}}`)
    expect(tex).toContain(`\\edtext{the power of}{\\Afootnote{\\emph{om.} E}}`)
    const collation = JSON.parse(read(root, "collation.json"))
    expect(collation.passages[0].occurrences.map((o: { siglum: string }) => o.siglum)).toEqual(["B", "E"])
    expect(collation.passages[0].apparatus[1]).toMatchObject({ id: "v-whenever-when", lemma: "whenever", chosen: false })
  })

  it.skipIf(jingPath === null)("the TEI of the edition is valid against tei_all 4.3.0 (jing)", async () => {
    const root = tmp()
    withLedger(root, jsonl([proposalEvent(1, "approve", antiProposal), lemmaEvent(2, "v-whenever-when", passageBE.id, "when")]))
    await run(source(), { root, name: "seeds", format: "tei" })
    expect(jingErrors(join(root, "seeds", "apparatus.xml"))).toEqual([])
  })

  it("an edited correction applies the editor's text, with resp and subtype edit", async () => {
    const root = tmp()
    withLedger(root, jsonl([proposalEvent(1, "edit", antiProposal, "and", "GB")]))
    await run(source(), { root, name: "seeds", format: "all" })
    expect(read(root, `text/${BREITMAN}.txt`)).toContain(PHRASE)
    const tei = read(root, "apparatus.xml")
    expect(tei).toContain(`<respStmt xml:id="editor-1">`)
    expect(tei).toContain(`<name>GB</name>`)
    expect(tei).toContain(`<corr resp="#editor-1" cert="high" type="ocr-confusion" subtype="edit">and</corr>`)
  })

  it("a lemma chosen in the ledger becomes the lem, the default lemma a rdg", async () => {
    const root = tmp()
    withLedger(root, jsonl([lemmaEvent(1, "v-whenever-when", passageBE.id, "when")]))
    const report = await run(source(), { root, name: "seeds", format: "all" })
    expect(report.lemmas).toBe(1)
    expect(read(root, "apparatus.xml")).toContain(`<lem wit="#E">when</lem><rdg wit="#B">whenever</rdg>`)
    expect(read(root, "edition.tex")).toContain(`\\edtext{when}{\\Afootnote{whenever B}}`)
    expect(read(root, "edition.html")).toContain(`when</span><a class="note-ref"`)
  })
})

describe("proposals that are not approved leave the text unchanged", () => {
  const cases: Array<[string, string | null]> = [
    ["pending (no ledger)", null],
    ["pending (empty ledger)", ""],
    ["rejected", jsonl([proposalEvent(1, "reject", antiProposal)])],
    ["approved then undone", jsonl([proposalEvent(1, "approve", antiProposal), undoEvent(2, 1, antiProposal.id)])],
    ["approved then rejected", jsonl([proposalEvent(1, "approve", antiProposal), proposalEvent(2, "reject", antiProposal)])]
  ]
  for (const [what, ledger] of cases) {
    it(what, async () => {
      const root = tmp()
      withLedger(root, ledger)
      const report = await run(source(), { root, name: "seeds", format: "all" })
      expect(report.corrections).toBe(0)
      for (const w of seeds) expect(read(root, `text/${w.id}.txt`)).toBe(w.text)
      expect(read(root, `text/${BREITMAN}.txt`)).toContain(ORIGINAL_PHRASE)
      expect(read(root, "apparatus.xml")).not.toContain("<choice")
      expect(read(root, "corrections.csv")).toBe("witness,start,end,original,replacement,rule,decision,decided_at,proposal,resp,confidence\r\n")
      if (ledger !== null) expect(read(root, "decisions.jsonl")).toBe(ledger)
    })
  }

  it("an undone undo approves again", async () => {
    const root = tmp()
    withLedger(root, jsonl([proposalEvent(1, "approve", antiProposal), undoEvent(2, 1, antiProposal.id), undoEvent(3, 2, antiProposal.id)]))
    await run(source(), { root, name: "seeds", format: "text" })
    expect(read(root, `text/${BREITMAN}.txt`)).toContain(PHRASE)
  })
})

describe("re-running", () => {
  it("is deterministic: two exports of the same input are byte-identical", async () => {
    const a = tmp()
    const b = tmp()
    const ledger = jsonl([proposalEvent(1, "approve", antiProposal), lemmaEvent(2, "v-is-are", passageBE.id, "are")])
    withLedger(a, ledger)
    withLedger(b, ledger)
    await run(source(), { root: a, name: "seeds", format: "all" })
    await run(source(), { root: b, name: "seeds", format: "all" })
    const ta = tree(join(a, "seeds"))
    expect(Object.keys(ta)).toEqual([
      "apparatus.xml",
      "collation.json",
      "corrections.csv",
      "decisions.jsonl",
      "edition.html",
      "edition.tex",
      ...seeds.map((w) => `text/${w.id}.txt`).sort()
    ])
    expect(tree(join(b, "seeds"))).toEqual(ta)
    // And again in the same folder: same bytes, no temp file left behind.
    await run(source(), { root: a, name: "seeds", format: "all" })
    expect(tree(join(a, "seeds"))).toEqual(ta)
  })

  it("replaces the edition: stale texts go, the ledger and other files stay untouched", async () => {
    const root = tmp()
    const ledger = jsonl([proposalEvent(1, "approve", antiProposal)])
    withLedger(root, ledger)
    writeFileSync(join(root, "seeds", "NOTES.md"), "the editor's own notes\n")
    await run(source(), { root, name: "seeds", format: "all" })
    writeFileSync(join(root, "seeds", "text", "gone-witness.txt"), "from an earlier corpus")
    writeFileSync(join(root, "seeds", ".lectio-tmp-edition.html-999-1"), "left by a crash")
    writeFileSync(join(root, "seeds", "edition.html"), "old")
    const fewer = { ...source(), witnesses: seeds.filter((w) => w.id !== STUDY_GUIDE), passages: [] }
    const report = await run(fewer, { root, name: "seeds", format: "all" })
    expect(report.removed).toEqual([".lectio-tmp-edition.html-999-1", "text/gone-witness.txt", `text/${STUDY_GUIDE}.txt`])
    expect(readdirSync(join(root, "seeds", "text")).sort()).toEqual(seeds.filter((w) => w.id !== STUDY_GUIDE).map((w) => `${w.id}.txt`).sort())
    expect(read(root, "decisions.jsonl")).toBe(ledger)
    expect(read(root, "NOTES.md")).toBe("the editor's own notes\n")
    expect(read(root, "edition.html")).toContain("<!DOCTYPE html>")
  })

  it("--format text rewrites only the texts", async () => {
    const root = tmp()
    withLedger(root, null)
    await run(source(), { root, name: "seeds", format: "text" })
    expect(readdirSync(join(root, "seeds")).sort()).toEqual(["text"])
  })
})

describe("path safety", () => {
  for (const bad of ["..", "../outside", "a/b", "/tmp/abs", "a\\b", "", ".hidden", "x..y"]) {
    it(`refuses the edition name ${JSON.stringify(bad)}`, async () => {
      const root = tmp()
      const r = await runExit(source(), { root, name: bad, format: "all" })
      expect(r._tag).toBe("Failure")
      if (r._tag === "Failure") {
        expect((r.failure as { _tag: string })._tag).toBe("UnsafeName")
        expect((r.failure as Error).message).toContain("edition name")
      }
      expect(readdirSync(root)).toEqual([])
    })
  }

  it("refuses a witness id that would leave text/", async () => {
    const root = tmp()
    const evil = { ...seeds[0]!, id: "../../escape" }
    const r = await runExit({ ...source(), witnesses: [evil] }, { root, name: "seeds", format: "all" })
    expect(r._tag).toBe("Failure")
    if (r._tag === "Failure") expect((r.failure as Error).message).toMatch(/^witness id "\.\.\/\.\.\/escape" contains a slash/)
    expect(readdirSync(root)).toEqual([])
  })

  it("refuses an edition folder that is a link to elsewhere", async () => {
    const root = tmp()
    const elsewhere = tmp()
    symlinkSync(elsewhere, join(root, "seeds"))
    const r = await runExit(source(), { root, name: "seeds", format: "all" })
    expect(r._tag).toBe("Failure")
    if (r._tag === "Failure") expect((r.failure as Error).message).toContain("outside")
    expect(readdirSync(elsewhere)).toEqual([])
  })

  it("a corrupt ledger line is an error naming the line, and nothing is written", async () => {
    const root = tmp()
    withLedger(root, jsonl([proposalEvent(1, "approve", antiProposal)]) + `{"v":1,"seq":2,"at":"x","act`)
    const r = await runExit(source(), { root, name: "seeds", format: "all" })
    expect(r._tag).toBe("Failure")
    if (r._tag === "Failure") expect((r.failure as Error).message).toMatch(/decisions\.jsonl:2: the last line is half-written/)
    expect(readdirSync(join(root, "seeds"))).toEqual(["decisions.jsonl"])
  })
})

void CALLINICOS
