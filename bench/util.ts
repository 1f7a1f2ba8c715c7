/** Helpers shared by the benchmark suites. */
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { buildSync } from "esbuild"

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

/**
 * `entry` bundled as bin/lectio.mjs bundles the CLI (esbuild, ESM for Node 20, with a `require` for the
 * CommonJS packages) into node_modules/.cache/lectio/`name` (written whole, then renamed into place): the
 * code as `lectio` runs it. The bundle finds the data packages from there. Returns its path. `entry` is a
 * file, or the source of a module whose imports resolve from the folder `resolveDir`.
 */
export function bundleFile(entry: string | { readonly contents: string; readonly resolveDir: string }, name: string): string {
  const dir = join(repoRoot, "node_modules", ".cache", "lectio")
  mkdirSync(dir, { recursive: true })
  const out = join(dir, name)
  const tmp = `${out}.${process.pid}.tmp`
  try {
    buildSync({
      ...(typeof entry === "string" ? { entryPoints: [entry] } : { stdin: { ...entry, loader: "ts" as const } }),
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      outfile: tmp,
      banner: { js: "import { createRequire as __lectioCreateRequire } from 'node:module'; const require = __lectioCreateRequire(import.meta.url);" },
      logLevel: "silent"
    })
    renameSync(tmp, out)
  } finally {
    rmSync(tmp, { force: true })
  }
  return out
}
