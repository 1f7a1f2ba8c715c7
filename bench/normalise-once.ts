/**
 * One normalisation in a fresh process, as `lectio normalise` does it on a corpus it has not seen: the
 * Lexicon loaded from its caches, then one `normalise()` call with nothing compiled or memoised yet.
 * Prints {lexiconMs, normaliseMs, chars, proposals} as JSON. Run by normalise.bench.ts: `node --import tsx
 * bench/normalise-once.ts INPUT`.
 */
import { normalise } from "../src/normalise/index.ts"
import { defaultLexicon } from "../src/normalise/load.ts"
import { benchInputs, witnessesOf } from "./normalise-inputs.ts"

const name = process.argv[2]
const input = benchInputs().find((i) => i.name === name)
if (input === undefined) throw new Error(`no bench input ${name}`)
const witnesses = witnessesOf(input.texts)
const t0 = performance.now()
const lexicon = defaultLexicon()
const t1 = performance.now()
const proposals = normalise(witnesses, { lexicon }).length
const t2 = performance.now()
const chars = input.texts.reduce((s, [, t]) => s + t.length, 0)
console.log(JSON.stringify({ lexiconMs: t1 - t0, normaliseMs: t2 - t1, chars, proposals }))
