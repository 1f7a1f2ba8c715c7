/**
 * `npm run bench`: runs every bench/*.bench.ts suite in turn. Each suite measures lectio beside a baseline
 * in the same run and prints ratios (never absolute pass/fail timings). `npm run bench -- NAME` runs the
 * suites whose file name contains NAME.
 */
import { readdirSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
const filter = process.argv[2]
const suites = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts") && (filter === undefined || f.includes(filter)))
  .sort()

for (const file of suites) {
  console.log(`\n## ${file.replace(/\.bench\.ts$/, "")}`)
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<void> | void }
  await mod.default()
}
