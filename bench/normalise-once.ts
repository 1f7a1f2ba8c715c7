/**
 * The normaliser timed in a process of its own, as `lectio normalise` runs it (the bench bundles this file
 * with esbuild, as bin/lectio.mjs bundles the CLI; see normalise.bench.ts). `node BUNDLE INPUT MODE`:
 * - fresh: the Lexicon loaded from its caches, then one `normalise()` call with nothing compiled or loaded
 *   lazily yet, on a corpus the process has not seen (and the only one it has read). Prints {lexiconMs,
 *   normaliseMs, chars, proposals}.
 * - warm: the code compiled first by at least three calls and a second of them on this text (V8 optimises a
 *   function only after many runs), then seven timed calls (the rate on new text once start-up is paid: a
 *   call keeps nothing of the text it has normalised; the Lexicon keeps only its reference data), then seven
 *   calls with each stage timed (`NormaliseOptions.timings`). Prints {times, stages: ms by stage, per
 *   call, chars, proposals}.
 */
import { normalise } from "../src/normalise/index.ts"
import { defaultLexicon } from "../src/normalise/load.ts"
import { benchInputs, witnessesOf } from "./normalise-inputs.ts"

const [name, mode = "fresh"] = process.argv.slice(2)
const input = name === undefined ? undefined : benchInputs(name)[0]
if (input === undefined) throw new Error(`no bench input ${name}`)
const witnesses = witnessesOf(input.texts)
const chars = input.texts.reduce((s, [, t]) => s + t.length, 0)
const t0 = performance.now()
const lexicon = defaultLexicon()
const t1 = performance.now()
if (mode === "fresh") {
  const proposals = normalise(witnesses, { lexicon }).length
  const t2 = performance.now()
  console.log(JSON.stringify({ lexiconMs: t1 - t0, normaliseMs: t2 - t1, chars, proposals }))
} else if (mode === "warm") {
  const until = performance.now() + 1000
  let proposals = 0
  for (let k = 0; k < 3 || performance.now() < until; k++) {
    proposals = normalise(witnesses, { lexicon }).length
  }
  const times: number[] = []
  for (let k = 0; k < 7; k++) {
    const a = performance.now()
    normalise(witnesses, { lexicon })
    times.push(performance.now() - a)
  }
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
