/**
 * Normaliser throughput (issue 3 asks for 5 MB/s of text on one core), in MB (2^20 characters) per second,
 * of the code as `lectio` runs it: bundled by esbuild (bin/lectio.mjs runs the CLI so), each figure in a
 * process of its own (see normalise-once.ts):
 * - fresh process: `normalise()` once in a new process on a corpus it has not seen (nothing compiled or
 *   loaded lazily yet), as `lectio normalise` runs it; the Lexicon's load from its caches is reported apart;
 * - warm, unseen: the median of the calls of a second (seven at least) in one process, the code compiled by
 *   five seconds of calls first (see normalise-once.ts `WARM_MS`; a call keeps nothing of the text it
 *   normalised, so each is as on unseen text): the rate on a large corpus once the start-up is paid; and
 *   where such a call goes, stage by stage (corpus counts, each detector, finish), beside the time the goal
 *   allows the whole call;
 * beside two baselines measured in the same conditions (bundled, warm, a process of their own): tokenising
 * alone, and a plain spell-check pass (nspell's `correct` on every word, en-US then en-GB, cached per word,
 * as a spell-checker does).
 * Inputs (see normalise-inputs.ts): the seeds, and with ../shared Darwin ch. 1 (six editions), BLN600's
 * corrected text and BLN600's OCR (noisy: a word in twelve is unknown and gets a candidate search).
 */
import { execFileSync } from "node:child_process"
import { join } from "node:path"
import { benchInputs } from "./normalise-inputs.ts"
import { bundleFile, mb, repoRoot } from "./util.ts"

const GOAL = 5
const FRESH_RUNS = 3

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** normalise-once.ts bundled as bin/lectio.mjs bundles the CLI, beside it in node_modules/.cache/lectio/. */
const bundleOnce = () => bundleFile(join(repoRoot, "bench", "normalise-once.ts"), "bench-normalise-once.mjs")

/** The JSON line a run of the bundle prints. */
function runOnce<T>(bundle: string, input: string, mode: "fresh" | "warm" | "baselines"): T {
  const out = execFileSync(process.execPath, [bundle, input, mode], { cwd: repoRoot, encoding: "utf8" })
  return JSON.parse(out.trim().split("\n").pop()!) as T
}

export default function run() {
  const bundle = bundleOnce()
  const lexiconMs: number[] = []
  for (const input of benchInputs()) {
    const chars = input.texts.reduce((s, [, t]) => s + t.length, 0)
    const rate = (ms: number) => mb(chars) / (ms / 1000)
    const { tokeniseMs: tTok, spellMs: tSpell } = runOnce<{ tokeniseMs: number; spellMs: number }>(bundle, input.name, "baselines")
    const fresh: number[] = []
    let proposals = 0
    for (let k = 0; k < FRESH_RUNS; k++) {
      const r = runOnce<{ lexiconMs: number; normaliseMs: number; proposals: number }>(bundle, input.name, "fresh")
      fresh.push(r.normaliseMs)
      lexiconMs.push(r.lexiconMs)
      proposals = r.proposals
    }
    const tFresh = median(fresh)
    const warm = runOnce<{ times: number[]; stages: Record<string, number[]> }>(bundle, input.name, "warm")
    const tSteady = median(warm.times)
    const verdict = (ms: number) => (rate(ms) >= GOAL ? "meets" : "below")
    console.log(`${input.name}: ${input.texts.length} witnesses, ${(chars / 1024).toFixed(0)} kB, ${proposals} proposals`)
    console.log(`  tokenise only             ${rate(tTok).toFixed(2).padStart(7)} MB/s`)
    console.log(`  spell-check pass (nspell) ${rate(tSpell).toFixed(2).padStart(7)} MB/s`)
    console.log(`  normalise, fresh process  ${rate(tFresh).toFixed(2).padStart(7)} MB/s   (median of ${FRESH_RUNS}; ${(tFresh / tTok).toFixed(1)}× tokenise, ${(tFresh / tSpell).toFixed(1)}× spell-check; ${verdict(tFresh)} ${GOAL} MB/s)`)
    // (the calls' quartiles beside the median: on a shared machine the same code reads 1.5× apart from one
    // run to the next, and the spread says how far a figure near the goal can be trusted)
    const sorted = [...warm.times].sort((a, b) => a - b)
    const quartiles = `calls' quartiles ${rate(sorted[Math.floor((sorted.length - 1) * 0.75)]!).toFixed(2)}–${rate(sorted[Math.floor((sorted.length - 1) * 0.25)]!).toFixed(2)}`
    console.log(`  normalise, warm, unseen   ${rate(tSteady).toFixed(2).padStart(7)} MB/s   (median of ${warm.times.length}, ${quartiles}; ${(tSteady / tTok).toFixed(1)}× tokenise, ${(tSteady / tSpell).toFixed(1)}× spell-check; ${verdict(tSteady)} ${GOAL} MB/s)`)
    // (where a warm call goes: the stages' medians, the costliest first; the goal's budget beside them)
    const stages = Object.entries(warm.stages).map(([stage, ms]) => [stage, median(ms)] as const).sort((a, b) => b[1] - a[1])
    const budget = (mb(chars) / GOAL) * 1000
    console.log(`  warm call by stage, ms    ${stages.map(([s, ms]) => `${s} ${ms.toFixed(1)}`).join(" · ")}  (${GOAL} MB/s allows ${budget.toFixed(0)} ms in all)`)
  }
  console.log(`lexicon load in a fresh process (Brown counts, dictionary forms; once per process): median ${median(lexiconMs).toFixed(0)} ms`)
}
