/**
 * The normaliser timed in a process of its own, as `lectio normalise` runs it (the bench bundles this file
 * with esbuild, as bin/lectio.mjs bundles the CLI; see normalise.bench.ts). `node BUNDLE INPUT MODE`:
 * - fresh: the Lexicon loaded from its caches, then one `normalise()` call with nothing compiled or loaded
 *   lazily yet, on a corpus the process has not seen (and the only one it has read). Prints {lexiconMs,
 *   normaliseMs, chars, proposals}.
 * - warm: the code compiled first by at least three calls and `WARM_MS` of them on this text (V8 optimises a
 *   function only after many runs), then the calls of a second, seven at least, timed (the rate on new text
 *   once start-up is paid: a call keeps nothing of the text it has normalised; the Lexicon keeps only its
 *   reference data), then seven
 *   calls with each stage timed (`NormaliseOptions.timings`). Prints {times, stages: ms by stage, per
 *   call, chars, proposals}.
 * - baselines: the two baselines the normaliser is set beside, in the same conditions (bundled, a process of
 *   their own, compiled by `WARM_MS` of calls first; the median of a second of calls, seven at least): tokenising the texts into
 *   witnesses, and a plain spell-check pass over their words (nspell's `correct`, en-US then en-GB, cached
 *   per word, as a spell-checker does). Prints {tokeniseMs, spellMs, unknown}. (Measured in the bench's own
 *   process, unbundled, beside its other inputs and the dictionaries, tokenising the seeds ran five times
 *   slower: 11 MB/s against 50.)
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { normalise } from "../src/normalise/index.ts"
import { defaultLexicon } from "../src/normalise/load.ts"
import { benchInputs, witnessesOf } from "./normalise-inputs.ts"
import { repoRoot } from "./util.ts"

const [name, mode = "fresh"] = process.argv.slice(2)
const input = name === undefined ? undefined : benchInputs(name)[0]
if (input === undefined) throw new Error(`no bench input ${name}`)
const chars = input.texts.reduce((s, [, t]) => s + t.length, 0)

/**
 * How long the calls that compile the code run before any is timed. The normaliser called for eight seconds in
 * one process, the median call of each second (2026-12-07, this machine): the seeds 40–49 ms in the second
 * second, 30–32 from the fifth on (four runs); Darwin ch. 1 40–42, then 31–33 from the fourth; BLN600's
 * corrected text 404–408, then 204–231: V8 compiles for some three or four seconds, and a figure timed in the
 * second second (as the bench did until this was measured) is a quarter to a half slower than the rate the
 * code settles at on a large corpus.
 */
const WARM_MS = 5000

/**
 * The ms of the calls of fn made in a second, seven at least, after calls for `WARM_MS` (at least three) to
 * compile it. (Seven calls alone left the median of a small input, the seeds at some 30 ms a call, to the
 * collections and the machine's other work of those 200 ms: 4.4 to 5.7 MB/s from run to run.)
 */
function warmTimes(fn: () => unknown): number[] {
  const until = performance.now() + WARM_MS
  for (let k = 0; k < 3 || performance.now() < until; k++) fn()
  const times: number[] = []
  const timedUntil = performance.now() + 1000
  for (let k = 0; k < 7 || performance.now() < timedUntil; k++) {
    const a = performance.now()
    fn()
    times.push(performance.now() - a)
  }
  return times
}

/** The median of `warmTimes`. */
const warmMedian = (fn: () => unknown) => {
  const times = warmTimes(fn).sort((a, b) => a - b)
  return times[times.length >> 1]!
}

if (mode === "baselines") {
  // (imported here only: the processes that time the normaliser hold what `lectio normalise` holds)
  // (tokenising first, before the dictionaries fill the heap that a collection of the old generation marks)
  const tokeniseMs = warmMedian(() => witnessesOf(input.texts))
  const { default: nspell } = await import("nspell")
  const load = (dict: string) => {
    const dir = join(repoRoot, "node_modules", dict)
    return nspell(readFileSync(join(dir, "index.aff"), "utf8"), readFileSync(join(dir, "index.dic"), "utf8"))
  }
  const us = load("dictionary-en")
  const gb = load("dictionary-en-gb")
  const words = witnessesOf(input.texts)
  let unknown = 0
  const spellMs = warmMedian(() => {
    const seen = new Map<string, boolean>()
    unknown = 0
    for (const w of words)
      for (const t of w.tokens) {
        if (t.kind !== "word") continue
        let ok = seen.get(t.n)
        if (ok === undefined) {
          const raw = w.witness.text.slice(t.start, t.end)
          seen.set(t.n, (ok = us.correct(raw) || gb.correct(raw)))
        }
        if (!ok) unknown++
      }
  })
  console.log(JSON.stringify({ tokeniseMs, spellMs, unknown }))
  process.exit(0)
}

const witnesses = witnessesOf(input.texts)
const t0 = performance.now()
const lexicon = defaultLexicon()
const t1 = performance.now()
if (mode === "fresh") {
  const proposals = normalise(witnesses, { lexicon }).length
  const t2 = performance.now()
  console.log(JSON.stringify({ lexiconMs: t1 - t0, normaliseMs: t2 - t1, chars, proposals }))
} else if (mode === "warm") {
  let proposals = 0
  const times = warmTimes(() => (proposals = normalise(witnesses, { lexicon }).length))
  // where a call goes: seven more calls, each stage timed (apart from the calls above, so that they time
  // the code as it runs without the timing)
  const stages: Record<string, number[]> = {}
  for (let k = 0; k < 7; k++) {
    const timings = new Map<string, number>()
    normalise(witnesses, { lexicon, timings })
    for (const [stage, ms] of timings) (stages[stage] ??= []).push(ms)
  }
  console.log(JSON.stringify({ times, stages, chars, proposals }))
} else throw new Error(`no mode ${mode} (fresh or warm)`)
