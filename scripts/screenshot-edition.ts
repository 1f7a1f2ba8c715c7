/**
 * Screenshot an exported edition.html in headless Chromium (Debian's `chromium`).
 *
 *   node --import tsx scripts/screenshot-edition.ts [FILE.html | --edition NAME] [--out PNG] [--at ID]
 *                                                    [--width PX] [--height PX]
 *
 * Defaults: editions/seeds/edition.html, written to $TMPDIR/lectio-edition.png, 1280×2000. `--at corr-1`
 * (or `passage-1`, `corrections`…) shows only the paragraph, passage or section holding that element, with
 * the element highlighted as when it is followed by a link (a correction then shows its original): the
 * page is copied to a temporary folder with one extra inline style; the edition itself is not changed.
 */
import { spawnSync } from "node:child_process"
import { CHROMIUM_FLAGS } from "./chromium.ts"
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { pathToFileURL } from "node:url"

function arg(name: string): string | undefined {
  const k = process.argv.indexOf(`--${name}`)
  return k >= 0 ? process.argv[k + 1] : undefined
}

const positional = process.argv.slice(2).find((a, k, all) => !a.startsWith("--") && !(k > 0 && all[k - 1]!.startsWith("--")))
const edition = arg("edition") ?? "seeds"
if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(edition) || edition.includes("..")) {
  console.error(`screenshot-edition: edition name ${JSON.stringify(edition)} must be a plain name`)
  process.exit(2)
}
const file = resolve(positional ?? join("editions", edition, "edition.html"))
const out = resolve(arg("out") ?? join(tmpdir(), "lectio-edition.png"))
const width = Number(arg("width") ?? 1280)
const height = Number(arg("height") ?? 2000)
const at = arg("at")

if (!existsSync(file)) {
  console.error(`screenshot-edition: ${file} does not exist (run lectio export first)`)
  process.exit(1)
}
const chromium = ["chromium", "chromium-browser", "google-chrome"].find(
  (c) => spawnSync("sh", ["-c", `command -v ${c}`], { encoding: "utf8" }).status === 0
)
if (chromium === undefined) {
  console.error("screenshot-edition: chromium not found (apt-get install -y chromium)")
  process.exit(1)
}
const profile = mkdtempSync(join(tmpdir(), "lectio-chromium-"))
try {
  let page = file
  if (at !== undefined) {
    if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(at)) {
      console.error(`screenshot-edition: --at ${JSON.stringify(at)} is not an element id`)
      process.exit(2)
    }
    const focus =
      `<style>header, footer { display: none; } main > section:not(#${at}):not(:has(#${at})), main article:not(#${at}):not(:has(#${at})), ` +
      `article.text > p:not(:has(#${at})) { display: none; } #${at}.corr, #${at} .corr, #${at} .lem { background: #fff1b8; } #${at} .orig { display: inline; }</style>`
    page = join(profile, "edition.html")
    writeFileSync(page, readFileSync(file, "utf8").replace("</head>", `${focus}\n</head>`))
  }
  const url = pathToFileURL(page).href
  const r = spawnSync(
    chromium,
    [
      ...CHROMIUM_FLAGS,
      "--hide-scrollbars",
      `--user-data-dir=${profile}`,
      `--window-size=${width},${height}`,
      `--screenshot=${out}`,
      url
    ],
    { encoding: "utf8", timeout: 120_000 }
  )
  if (r.status !== 0 || !existsSync(out)) {
    console.error(`screenshot-edition: chromium failed (${r.status}): ${r.stderr.slice(0, 400)}`)
    process.exit(1)
  }
  console.log(out)
} finally {
  rmSync(profile, { recursive: true, force: true })
}
