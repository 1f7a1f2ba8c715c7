#!/usr/bin/env node
// Entry point of the `lectio` command. There is no separate build step: the TypeScript sources are bundled
// with esbuild into node_modules/.cache/lectio/ on the first run and again whenever a source file changes.
// Loading one bundled file starts several times faster than loading the sources module by module. When a
// bundle cannot be made (a read-only install, or LECTIO_NO_BUNDLE=1) the sources run through tsx.
import { createHash } from "node:crypto"
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const root = fileURLToPath(new URL("..", import.meta.url))
const cacheDir = join(root, "node_modules", ".cache", "lectio")
// One bundle per checkout: a node_modules shared by several checkouts (linked) must not mix their sources.
const bundle = join(cacheDir, `lectio-${createHash("sha256").update(root).digest("hex").slice(0, 12)}.mjs`)

/** Newest modification time among the sources and the files that decide how they are built. */
function newestInput() {
  let newest = 0
  const visit = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name)
      if (e.isDirectory()) visit(p)
      else newest = Math.max(newest, statSync(p).mtimeMs)
    }
  }
  visit(join(root, "src"))
  for (const f of ["package.json", "package-lock.json", "tsconfig.json", "bin/lectio.mjs"]) {
    try {
      newest = Math.max(newest, statSync(join(root, f)).mtimeMs)
    } catch {}
  }
  return newest
}

function isFresh() {
  try {
    return statSync(bundle).mtimeMs >= newestInput()
  } catch {
    return false
  }
}

// Ink loads React's devtools only when DEV=true: keep that import out of the bundle (its package is optional).
const inkDevtools = {
  name: "ink-devtools",
  setup(build) {
    build.onResolve({ filter: /devtools\.js$/ }, (args) =>
      args.importer.includes(`${join("node_modules", "ink")}`) ? { path: join(args.resolveDir, args.path), external: true } : undefined
    )
  }
}

async function build() {
  const esbuild = await import("esbuild")
  mkdirSync(cacheDir, { recursive: true })
  const tmp = `${bundle}.${process.pid}.tmp`
  try {
    await esbuild.build({
      entryPoints: [join(root, "src", "bin.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      outfile: tmp,
      jsx: "automatic",
      tsconfig: join(root, "tsconfig.json"),
      define: { "process.env.NODE_ENV": '"production"' },
      banner: { js: "import { createRequire as __lectioCreateRequire } from 'node:module'; const require = __lectioCreateRequire(import.meta.url);" },
      plugins: [inkDevtools],
      logLevel: "silent"
    })
    renameSync(tmp, bundle) // atomic: a concurrent run sees the old bundle or the new one, never half of one
  } finally {
    rmSync(tmp, { force: true })
  }
}

let bundled = false
if (process.env.LECTIO_NO_BUNDLE !== "1") {
  try {
    if (!isFresh()) await build()
    bundled = true
  } catch {
    bundled = false
  }
}
if (bundled) {
  // The bundle's identity keys caches of results that depend on the code (src/services/AnalysisCache.ts).
  const { mtimeMs, size } = statSync(bundle)
  process.env.LECTIO_CODE_STAMP = `${bundle}:${mtimeMs}:${size}`
  process.env.LECTIO_CACHE_DIR = cacheDir
  await import(pathToFileURL(bundle).href)
} else {
  const { register } = await import("tsx/esm/api")
  // The project's tsconfig wherever the command is run from (it sets the JSX transform for the review UI).
  register({ tsconfig: join(root, "tsconfig.json") })
  await import("../src/bin.ts")
}
