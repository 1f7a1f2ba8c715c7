/**
 * edition.html renders in headless Chromium (Debian's `chromium`): the DOM it builds holds the witnesses,
 * the corrections in place, the passage with numbered notes, and the list of corrections. Skipped with a
 * message if chromium is not installed.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { renderHtml } from "../../src/export/html.ts"
import { BREITMAN, antiProposal, correctionFrom, inputOf, loadSeeds, passageBE } from "./helpers.ts"
import { chromiumPath, dumpDom } from "./tools.ts"

const dir = mkdtempSync(join(tmpdir(), "lectio-html-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let html = ""
let dom = ""

/** The text of an HTML fragment: tags dropped (and the hidden originals of corrections), entities decoded. */
function textOf(fragment: string): string {
  return fragment
    .replace(/<del class="orig">[\s\S]*?<\/del>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
}

beforeAll(async () => {
  const seeds = (await loadSeeds()).witnesses.map((w) => w.witness)
  html = renderHtml(
    inputOf(seeds, {
      corrections: [correctionFrom(antiProposal)],
      passages: [passageBE],
      lemmas: new Map([["v-whenever-when", "when"]])
    })
  )
  const file = join(dir, "edition.html")
  writeFileSync(file, html)
  if (chromiumPath !== null) dom = dumpDom(file)
})

describe("edition.html", () => {
  it("is self-contained: no external resource, no script, a CSP that forbids both", () => {
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i)
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'none'`)
  })

  describe.skipIf(chromiumPath === null)("rendered by headless Chromium", () => {
    it("has one article per witness, in corpus order, with its cleaned text", () => {
      const articles = [...dom.matchAll(/<article class="text" id="text-([A-E])" data-witness="([^"]+)">([\s\S]*?)<\/article>/g)]
      expect(articles.map((m) => m[1])).toEqual(["A", "B", "C", "D", "E"])
      const breitman = articles.find((m) => m[2] === BREITMAN)![3]!
      expect(textOf(breitman)).toContain("an orderly winding up of Stalinism and a gradual democratic evolution")
      expect(breitman).toContain(
        `<span class="corr" id="corr-1" tabindex="0" title="anti → and · ocr-confusion · approved" data-original="anti" data-rule="ocr-confusion" data-decision="approve"><del class="orig">anti</del><ins class="rep">and</ins></span>`
      )
    })

    it("shows the passage with its variant locations numbered and the apparatus as notes", () => {
      const passage = dom.match(/<article class="passage" id="passage-1"[^>]*>([\s\S]*?)<\/article>/)![1]!
      expect([...passage.matchAll(/<a class="note-ref" id="passage-1-ref-(\d)" href="#passage-1-note-\1">\1<\/a>/g)].map((m) => m[1])).toEqual(["1", "2", "3", "4"])
      const notes = [...passage.matchAll(/<li id="passage-1-note-(\d)"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[2]!).replace(/\s+/g, " ").trim())
      expect(notes).toEqual([
        "↑ is B] are E",
        "↑ when E] whenever B (lemma chosen by the editor)",
        "↑ is little B] are a few E",
        "↑ the power of B] om. E"
      ])
      expect(textOf(passage)).toContain("the purchasers can come when2 they want to")
    })

    it("lists the corrections, each linked to its place", () => {
      const list = dom.match(/<section id="corrections">([\s\S]*?)<\/section>/)![1]!
      expect(list).toContain(`<a href="#corr-1">1</a>`)
      expect(textOf(list)).toMatch(/A 12435–12439\s*anti\s*and\s*ocr-confusion\s*approved/)
    })
  })
})

describe.skipIf(chromiumPath === null)("scripts/screenshot-edition.ts", () => {
  it("writes a PNG of the edition, and of one correction with --at", async () => {
    const { spawnSync } = await import("node:child_process")
    const { readFileSync } = await import("node:fs")
    const { repoRoot } = await import("./helpers.ts")
    for (const extra of [[], ["--at", "corr-1"]]) {
      const out = join(dir, `shot${extra.length}.png`)
      const r = spawnSync(process.execPath, ["--import", "tsx", join(repoRoot, "scripts", "screenshot-edition.ts"), join(dir, "edition.html"), "--out", out, "--height", "600", ...extra], {
        encoding: "utf8",
        cwd: repoRoot,
        timeout: 120_000
      })
      expect(r.stderr).toBe("")
      expect(r.stdout.trim()).toBe(out)
      const png = readFileSync(out)
      expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG")
      expect(png.readUInt32BE(16)).toBe(1280)
    }
  }, 120_000)
})
