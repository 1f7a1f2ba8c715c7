/**
 * The round trip of issue 6: approve the "anti → and" proposal in the Breitman witness, export, and the
 * clean text reads "an orderly winding up of Stalinism and a gradual democratic evolution" while the TEI
 * records the correction.
 *
 * 1. Through the real pipeline and the real command: seeds → analyse() (normalise) → a decision in the
 *    ledger → `lectio export`. This needs the normaliser to raise the proposal: it fails until the normalise
 *    branch lands (src/normalise/index.ts is a placeholder returning no proposal before that).
 * 2. The same with the fixture proposal (tests/fixtures/export/breitman-anti-proposal.json, the real offsets
 *    of the word in the seed), so the export side is proven on its own.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { NodeServices } from "@effect/platform-node"
import { Effect, Layer } from "effect"
import { Command } from "effect/cli"
import { TestConsole } from "effect/testing"
import { afterEach, describe, expect, it } from "vitest"
import { lectio, VERSION } from "../../src/cli/main.ts"
import { Corpus } from "../../src/corpus/Corpus.ts"
import type { Proposal } from "../../src/domain/model.ts"
import { Ledger } from "../../src/review/Ledger.ts"
import { EditionWriter } from "../../src/export/EditionWriter.ts"
import { exportEdition } from "../../src/export/index.ts"
import { analyse } from "../../src/pipeline.ts"
import { AnalysisCache } from "../../src/services/AnalysisCache.ts"
import { Glob } from "../../src/services/Glob.ts"
import { BREITMAN, antiProposal, loadSeeds, passageBE, repoRoot } from "./helpers.ts"
import { jsonl, proposalEvent } from "./ledger.ts"

const PHRASE = "an orderly winding up of Stalinism and a gradual democratic evolution"
const TEI_CORRECTION = /Stalinism <choice xml:id="corr-\d+" n="[^"]+"><sic>anti<\/sic><corr resp="#editor"[^>]* type="[^"]+" subtype="approve">and<\/corr><\/choice> a gradual/

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), "lectio-roundtrip-"))
  dirs.push(d)
  return d
}

const cliLayer = () =>
  Layer.mergeAll(Corpus.layer, EditionWriter.layer, Ledger.layer, AnalysisCache.layerTest, TestConsole.layer).pipe(Layer.provideMerge(Glob.layer), Layer.provideMerge(NodeServices.layer))

/** Run `lectio ARGS…` in-process with the real layers; returns what it printed. */
export function runCli(args: ReadonlyArray<string>) {
  return Effect.runPromise(
    Effect.gen(function* () {
      yield* Command.runWith(lectio, { version: VERSION })(args)
      return { out: (yield* TestConsole.logLines).join("\n"), err: (yield* TestConsole.errorLines).join("\n") }
    }).pipe(Effect.provide(cliLayer()))
  )
}

describe("round trip: approve anti → and, export", () => {
  it("through the real pipeline: normalise → decision → lectio export (needs the normaliser)", async () => {
    const seeds = await loadSeeds()
    const { proposals } = analyse(seeds)
    const anti = proposals.find((p: Proposal) => p.witness === BREITMAN && p.original === "anti" && p.replacement === "and")
    expect(anti, "the normaliser raises anti → and in the Breitman witness").toBeDefined()

    const root = tmp()
    mkdirSync(join(root, "seeds"), { recursive: true })
    writeFileSync(join(root, "seeds", "decisions.jsonl"), jsonl([proposalEvent(1, "approve", anti!)]))
    const { out } = await runCli(["export", "--corpus", join(repoRoot, "seeds"), "--out", root])
    expect(out).toContain("1 correction applied")

    expect(readFileSync(join(root, "seeds", "text", `${BREITMAN}.txt`), "utf8")).toContain(PHRASE)
    expect(readFileSync(join(root, "seeds", "apparatus.xml"), "utf8")).toMatch(TEI_CORRECTION)
  })

  it("with the fixture proposal at its real offsets in the seed", async () => {
    const seeds = await loadSeeds()
    const root = tmp()
    mkdirSync(join(root, "seeds"), { recursive: true })
    writeFileSync(join(root, "seeds", "decisions.jsonl"), jsonl([proposalEvent(1, "approve", antiProposal)]))
    const report = await Effect.runPromise(
      exportEdition(
        { title: seeds.title, witnesses: seeds.witnesses.map((w) => w.witness), proposals: [antiProposal], passages: [passageBE] },
        { root, name: "seeds", format: "all" }
      ).pipe(Effect.provide(Layer.mergeAll(EditionWriter.layer, Ledger.layerAt(root)).pipe(Layer.provideMerge(NodeServices.layer))))
    )
    expect(report.corrections).toBe(1)
    expect(readFileSync(join(root, "seeds", "text", `${BREITMAN}.txt`), "utf8")).toContain(PHRASE)
    expect(readFileSync(join(root, "seeds", "apparatus.xml"), "utf8")).toMatch(TEI_CORRECTION)
  })
})

describe("lectio export (the command)", () => {
  it("exports the seeds and prints what it wrote", async () => {
    const root = tmp()
    const { out } = await runCli(["export", "--corpus", join(repoRoot, "seeds"), "--out", root])
    expect(out).toContain(`${join(root, "seeds")}: 5 witnesses`)
    expect(out).toContain("wrote text/ (5 files), apparatus.xml, collation.json, corrections.csv, edition.html, edition.tex")
  })

  it("--format csv writes only corrections.csv; --json prints the report", async () => {
    const root = tmp()
    const { out } = await runCli(["export", "--corpus", join(repoRoot, "seeds"), "--out", root, "--format", "csv", "--json"])
    const report = JSON.parse(out)
    expect(report).toMatchObject({ name: "seeds", format: "csv", witnesses: 5, written: ["corrections.csv"], removed: [] })
  })

  it("refuses an edition name with a slash", async () => {
    const root = tmp()
    await expect(runCli(["export", "--corpus", join(repoRoot, "seeds"), "--out", root, "--edition", "../evil"])).rejects.toThrow(
      /edition name "\.\.\/evil" contains a slash/
    )
  })
})

describe("lectio export reports decisions it cannot apply", () => {
  it("on stderr, one line each, and exports the rest", async () => {
    const root = tmp()
    mkdirSync(join(root, "seeds"), { recursive: true })
    const ghost = { ...antiProposal, id: "ghost", original: "nowhere-in-the-text" }
    writeFileSync(join(root, "seeds", "decisions.jsonl"), jsonl([proposalEvent(1, "approve", ghost)]))
    const { out, err } = await runCli(["export", "--corpus", join(repoRoot, "seeds"), "--out", root])
    expect(out).toContain("0 corrections applied")
    expect(err).toMatch(/^lectio: not applied: ghost: “nowhere-in-the-text” no longer occurs in breitman-[^\n]*$/)
  })
})
