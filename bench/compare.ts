/**
 * `npm run bench:compare -- REV [INPUT] [ROUNDS]`: is the normaliser of the working tree faster or slower
 * than that of the revision REV (a commit, a branch, HEAD), and does it still make the same proposals?
 *
 * On a shared machine two runs of the same code differ by up to 2× in absolute rate, and by ±15 % from
 * one call to the next, so two figures taken minutes apart say little of a change worth 3 %. Here both
 * builds (bundled as `lectio` runs, see util.ts `bundleFile`) are loaded into one process, each with its
 * own Lexicon, warmed for eight seconds (four of calls each: see normalise-once.ts `WARM_MS`), then called
 * in turn ROUNDS times (default 30) on the bench input INPUT (default bln600-ocr, else seeds; see
 * normalise-inputs.ts), which of the two goes first alternating
 * from round to round: each round's ratio compares two calls made under the same load, and the median of
 * the ratios is the figure to read (below 1: the working tree is faster). The proposals of the two builds
 * are compared too (the whole JSON of each); a difference is reported, with the first proposal that differs.
 *
 * REV is checked out into a temporary worktree (removed afterwards); its bundle and the working tree's are
 * written to node_modules/.cache/lectio/.
 */
import { execFileSync } from "node:child_process"
import { mkdtempSync, rmSync, symlinkSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import type { Proposal, TokenisedWitness } from "../src/domain/model.ts"
import type { Lexicon } from "../src/normalise/lexicon.ts"
import type { BenchInput } from "./normalise-inputs.ts"
import { hasShared, bundleFile, repoRoot } from "./util.ts"

interface Build {
  readonly normalise: (ws: ReadonlyArray<TokenisedWitness>, options: { lexicon: Lexicon }) => Proposal[]
  readonly defaultLexicon: () => Lexicon
  readonly benchInputs: (only?: string) => BenchInput[]
  readonly witnessesOf: (texts: BenchInput["texts"]) => TokenisedWitness[]
}

const [rev, inputArg, roundsArg] = process.argv.slice(2)
if (rev === undefined) {
  console.error("usage: npm run bench:compare -- REV [INPUT] [ROUNDS]   (REV: a commit, branch or tag)")
  process.exit(2)
}
const input = inputArg ?? (hasShared() ? "bln600-ocr" : "seeds")
const rounds = Number(roundsArg ?? 30)
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`ROUNDS must be a whole number above 0, not ${roundsArg}`)

const git = (...args: string[]) => execFileSync("git", args, { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim()
const commit = git("rev-parse", "--verify", `${rev}^{commit}`)

/** The build of the sources under `root`: what this comparison calls, bundled (no file written there). */
function bundleOf(root: string, name: string): string {
  const contents = [
    `export { normalise } from "./src/normalise/index.ts"`,
    `export { defaultLexicon } from "./src/normalise/load.ts"`,
    `export { benchInputs, witnessesOf } from "./bench/normalise-inputs.ts"`
  ].join("\n")
  return bundleFile({ contents, resolveDir: root }, name)
}

const worktree = mkdtempSync(join(tmpdir(), "lectio-compare-"))
let before: string
let after: string
try {
  git("worktree", "add", "--detach", "--force", worktree, commit)
  // (the revision's sources are bundled against this checkout's packages)
  symlinkSync(join(repoRoot, "node_modules"), join(worktree, "node_modules"), "dir")
  before = bundleOf(worktree, "compare-before.mjs")
  after = bundleOf(repoRoot, "compare-after.mjs")
} finally {
  try {
    git("worktree", "remove", "--force", worktree)
  } catch {
    rmSync(worktree, { recursive: true, force: true })
    git("worktree", "prune")
  }
}

const A = (await import(pathToFileURL(before).href)) as Build
const B = (await import(pathToFileURL(after).href)) as Build
const texts = B.benchInputs(input)[0]?.texts
if (texts === undefined) throw new Error(`no bench input ${input} (seeds, or with ../shared: darwin-ch1, bln600-clean, bln600-ocr)`)
const wa = A.witnessesOf(texts)
const wb = B.witnessesOf(texts)
const la = A.defaultLexicon()
const lb = B.defaultLexicon()
const callA = () => A.normalise(wa, { lexicon: la })
const callB = () => B.normalise(wb, { lexicon: lb })

// the same proposals?
const pa = callA().map((p) => JSON.stringify(p))
const pb = callB().map((p) => JSON.stringify(p))
const differs = pa.findIndex((p, k) => p !== pb[k])
const same = pa.length === pb.length && differs < 0

const until = performance.now() + 8000
while (performance.now() < until) {
  callA()
  callB()
}
const ta: number[] = []
const tb: number[] = []
const ratios: number[] = []
const timed = (f: () => unknown) => {
  const t0 = performance.now()
  f()
  return performance.now() - t0
}
for (let k = 0; k < rounds; k++) {
  let a: number
  let b: number
  if (k % 2 === 0) {
    a = timed(callA)
    b = timed(callB)
  } else {
    b = timed(callB)
    a = timed(callA)
  }
  ta.push(a)
  tb.push(b)
  ratios.push(b / a)
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!
const quartile = (xs: number[], q: number) => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) * q)]!
const chars = texts.reduce((s, [, t]) => s + t.length, 0)
console.log(`${input}: ${texts.length} witnesses, ${(chars / 1024).toFixed(0)} kB; ${rounds} rounds, both builds in one process`)
console.log(`  ${rev} (${commit.slice(0, 7)})  median ${median(ta).toFixed(1)} ms a call`)
console.log(`  working tree     median ${median(tb).toFixed(1)} ms a call`)
console.log(`  working tree / ${rev}, per round: median ${median(ratios).toFixed(3)} (quartiles ${quartile(ratios, 0.25).toFixed(3)}–${quartile(ratios, 0.75).toFixed(3)})`)
console.log(
  same
    ? `  proposals: the same (${pa.length})`
    : `  proposals DIFFER: ${pa.length} against ${pb.length}; first difference at #${differs < 0 ? Math.min(pa.length, pb.length) : differs}:\n    ${rev}: ${pa[differs] ?? "(none)"}\n    working tree: ${pb[differs] ?? "(none)"}`
)
