/**
 * The texts the normaliser benchmark runs on: the seeds (always), and when ../shared is present Darwin's
 * Origin ch. 1 in six editions, and BLN600 as clean text (the corrected transcriptions) and as OCR (the same
 * articles as scanned). Each article or edition is one witness, as a corpus folder would give them.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { tokenise } from "../src/corpus/tokenise.ts"
import type { TokenisedWitness } from "../src/domain/model.ts"
import { bln600File, readBln600 } from "../scripts/bln600.ts"
import { repoRoot, sharedDir } from "./util.ts"

export interface BenchInput {
  readonly name: string
  readonly texts: ReadonlyArray<readonly [string, string]>
}

/**
 * The inputs present; with `only`, just that one, the others not even read (a process timed on one input
 * should hold what `lectio normalise` would: that corpus, not the others and the garbage of reading them).
 */
export function benchInputs(only?: string): BenchInput[] {
  const wanted = (name: string) => only === undefined || only === name
  const inputs: BenchInput[] = []
  const seedDir = join(repoRoot, "seeds")
  if (wanted("seeds"))
    inputs.push({ name: "seeds", texts: readdirSync(seedDir).filter((f) => f.endsWith(".txt")).sort().map((f) => [f, readFileSync(join(seedDir, f), "utf8")] as const) })
  const darwin = join(sharedDir, "corpora", "darwin-ch1")
  if (wanted("darwin-ch1") && existsSync(darwin))
    inputs.push({ name: "darwin-ch1", texts: readdirSync(darwin).filter((f) => f.endsWith(".txt")).sort().map((f) => [f, readFileSync(join(darwin, f), "utf8")] as const) })
  const bln = bln600File(repoRoot)
  if ((wanted("bln600-clean") || wanted("bln600-ocr")) && bln !== null) {
    const samples = [...readBln600(bln)]
    if (wanted("bln600-clean")) inputs.push({ name: "bln600-clean", texts: samples.map(([id, rows]) => [id, rows.map((r) => r.gt).join("\n\n")] as const) })
    if (wanted("bln600-ocr")) inputs.push({ name: "bln600-ocr", texts: samples.map(([id, rows]) => [id, rows.map((r) => r.ocr).join("\n\n")] as const) })
  }
  return inputs
}

export function witnessesOf(texts: ReadonlyArray<readonly [string, string]>): TokenisedWitness[] {
  return texts.map(([id, text]) => ({
    witness: { id, siglum: id, path: id, author: null, title: null, date: null, source: null, encoding: "utf-8", chars: text.length, words: 0, text },
    tokens: tokenise(text)
  }))
}
