import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { Corpus, type LoadedCorpus } from "../../src/corpus/Corpus.ts"
import { analyse } from "../../src/pipeline.ts"
import { AnalysisCache, analysisKey } from "../../src/services/AnalysisCache.ts"

const load = (files: Record<string, string>) =>
  Effect.runPromise(
    Effect.gen(function* () {
      return yield* (yield* Corpus).load({ dir: "mem" })
    }).pipe(Effect.provide(Corpus.layerTest(files)))
  )

const quote = "The basis of bureaucratic rule is the poverty of society in objects of consumption, with the resulting struggle of each against all."
const files = {
  "mem/a.txt": `He wrote: “${quote}” Such was his view of an orderly winding up of Stalinism anti a gradual democratic evolution.`,
  "mem/b.txt": `Trotsky put it so: “${quote.replace("is the poverty", "is the poverty")}” And the workers’ state went on.`
}

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), "lectio-cache-"))
  dirs.push(d)
  return d
}
const run = (corpus: LoadedCorpus, dir: string, stamp: string) =>
  Effect.runPromise(Effect.gen(function* () {
    return yield* (yield* AnalysisCache).analyse(corpus)
  }).pipe(Effect.provide(AnalysisCache.layerAt(dir, stamp))))

describe("AnalysisCache", () => {
  it("gives the same analysis as the pipeline, first computed and then read back", async () => {
    const corpus = await load(files)
    const dir = tmp()
    const direct = analyse(corpus)
    const first = await run(corpus, dir, "code-1")
    expect(readdirSync(dir)).toHaveLength(1)
    const second = await run(corpus, dir, "code-1")
    expect(JSON.parse(JSON.stringify(first.proposals))).toEqual(JSON.parse(JSON.stringify(direct.proposals)))
    expect(second.proposals).toEqual(JSON.parse(JSON.stringify(direct.proposals)))
    expect(second.passages).toEqual(JSON.parse(JSON.stringify(direct.passages)))
    expect(direct.proposals.some((p) => p.original === "anti" && p.replacement === "and")).toBe(true)
  })

  it("never serves an analysis for changed text or changed code", async () => {
    const corpus = await load(files)
    const changed = await load({ ...files, "mem/a.txt": files["mem/a.txt"].replace("anti a", "and a") })
    expect(analysisKey("code-1", corpus)).not.toBe(analysisKey("code-1", changed))
    expect(analysisKey("code-1", corpus)).not.toBe(analysisKey("code-2", corpus))
    const dir = tmp()
    await run(corpus, dir, "code-1")
    const after = await run(changed, dir, "code-1")
    expect(after.proposals.some((p) => p.original === "anti")).toBe(false)
    expect(readdirSync(dir)).toHaveLength(2)
  })

  it("recomputes when the cache file is corrupt", async () => {
    const corpus = await load(files)
    const dir = tmp()
    writeFileSync(join(dir, `analysis-${analysisKey("code-1", corpus)}.json`), "{ half a fi")
    const r = await run(corpus, dir, "code-1")
    expect(r.proposals.some((p) => p.original === "anti")).toBe(true)
  })
})
