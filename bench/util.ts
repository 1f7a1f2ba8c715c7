/** Helpers shared by the benchmark suites. */
import { existsSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

/** The repository: the nearest folder up from this file with package.json and bench/ (a bundle of a bench runs from node_modules/.cache/). */
export const repoRoot = (() => {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!(existsSync(join(dir, "package.json")) && existsSync(join(dir, "bench")))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`no repository above ${fileURLToPath(import.meta.url)}`)
    dir = parent
  }
  return dir
})()
/** ../shared beside the repository (the team's corpora); benchmarks use it only when present. */
export const sharedDir = join(repoRoot, "..", "shared")
export const hasShared = () => existsSync(sharedDir)

/** Median wall time in ms of `runs` calls of fn after `warmup` calls. */
export function timeMedian(fn: () => unknown, runs = 5, warmup = 1): number {
  for (let k = 0; k < warmup; k++) fn()
  const times: number[] = []
  for (let k = 0; k < runs; k++) {
    const t0 = process.hrtime.bigint()
    fn()
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

export const mb = (chars: number) => chars / (1024 * 1024)
