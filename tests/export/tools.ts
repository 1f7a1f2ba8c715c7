/** External checkers of the export tests: jing (RELAX NG) and headless Chromium, each skipped cleanly if absent. */
import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { CHROMIUM_FLAGS } from "../../scripts/chromium.ts"
import { fixture } from "./helpers.ts"

function which(cmd: string): string | null {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" })
  return r.status === 0 && r.stdout.trim() !== "" ? r.stdout.trim() : null
}

export const jingPath = which("jing")
export const chromiumPath = which("chromium") ?? which("chromium-browser") ?? which("google-chrome")

if (jingPath === null) console.warn("jing not found: TEI validation tests are skipped (apt-get install -y jing)")
if (chromiumPath === null) console.warn("chromium not found: HTML rendering tests are skipped (apt-get install -y chromium)")

/** Validate XML files against tei_all 4.3.0; returns jing's error lines (empty when valid). */
export function jingErrors(...files: string[]): string[] {
  const r = spawnSync(jingPath!, [fixture("tei_all.rng"), ...files], { encoding: "utf8" })
  const lines = `${r.stdout}\n${r.stderr}`.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("[warning]"))
  if (r.status !== 0 && lines.length === 0) lines.push(`jing exited with ${r.status}`)
  return lines
}

export { CHROMIUM_FLAGS }

/** Load a file in headless Chromium and return the rendered DOM (`--dump-dom`). */
export function dumpDom(file: string): string {
  const profile = mkdtempSync(join(tmpdir(), "lectio-chromium-"))
  try {
    const r = spawnSync(chromiumPath!, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, "--dump-dom", `file://${file}`], {
      encoding: "utf8",
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024
    })
    if (r.status !== 0) throw new Error(`chromium exited with ${r.status}: ${r.stderr.slice(0, 500)}`)
    return r.stdout
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}
