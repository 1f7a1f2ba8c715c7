/** Helpers shared by the benchmark suites. */
import { existsSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..")
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
