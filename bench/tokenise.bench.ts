/**
 * Tokeniser throughput (MB/s of text on one core), beside a baseline run in the same process: a plain
 * Unicode regex tokeniser (`/[\p{L}\p{N}]+|\S/gu` with offsets) that handles none of lectio's cases
 * (apostrophes, hyphenation, numbers, quotes, normal forms).
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { tokenise } from "../src/corpus/tokenise.ts"
import { mb, repoRoot, timeMedian } from "./util.ts"

function baseline(text: string) {
  const out: Array<{ t: string; start: number; end: number }> = []
  for (const m of text.matchAll(/[\p{L}\p{N}]+|\S/gu)) out.push({ t: m[0], start: m.index, end: m.index + m[0].length })
  return out
}

export default function run() {
  const seeds = readdirSync(join(repoRoot, "seeds"))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(repoRoot, "seeds", f), "utf8"))
    .join("\n\n")
  const target = 8 * 1024 * 1024
  const text = seeds.repeat(Math.ceil(target / seeds.length))
  const size = mb(text.length)
  const tLectio = timeMedian(() => tokenise(text), 5, 1)
  const tBase = timeMedian(() => baseline(text), 5, 1)
  const tokens = tokenise(text).length
  console.log(`text: the five seeds repeated, ${size.toFixed(1)} M chars, ${tokens.toLocaleString("en-GB")} tokens`)
  console.log(`lectio tokenise   ${(size / (tLectio / 1000)).toFixed(1).padStart(6)} MB/s  (median of 5: ${tLectio.toFixed(0)} ms)`)
  console.log(`baseline regex    ${(size / (tBase / 1000)).toFixed(1).padStart(6)} MB/s  (median of 5: ${tBase.toFixed(0)} ms)`)
  console.log(`ratio lectio/baseline speed: ${(tBase / tLectio).toFixed(2)}×`)
}
