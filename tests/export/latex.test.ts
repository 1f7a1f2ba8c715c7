/**
 * edition.tex compiles with reledmac when a TeX install is present (lualatex + reledmac.sty); skipped with a
 * message otherwise (TeX is not required in CI).
 */
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { findPassages } from "../../src/align/index.ts"
import { tokenise } from "../../src/corpus/tokenise.ts"
import type { Witness } from "../../src/domain/model.ts"
import { renderLatex } from "../../src/export/latex.ts"
import { antiProposal, correctionFrom, fixture, inputOf, loadSeeds, passageBE, witness } from "./helpers.ts"

const hasTex =
  spawnSync("sh", ["-c", "command -v lualatex && kpsewhich reledmac.sty"], { encoding: "utf8" }).stdout.trim().split("\n").length === 2
if (!hasTex) console.warn("lualatex or reledmac.sty not found: the LaTeX compile tests are skipped")

function compile(tex: string): { ok: boolean; log: string; pdf: boolean } {
  const dir = mkdtempSync(join(tmpdir(), "lectio-tex-"))
  try {
    writeFileSync(join(dir, "edition.tex"), tex)
    const r = spawnSync("lualatex", ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "edition.tex"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 120_000
    })
    const log = existsSync(join(dir, "edition.log")) ? readFileSync(join(dir, "edition.log"), "utf8") : r.stdout
    return { ok: r.status === 0, log, pdf: existsSync(join(dir, "edition.pdf")) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

let seeds: Witness[]
beforeAll(async () => {
  seeds = (await loadSeeds()).witnesses.map((w) => w.witness)
})

describe.skipIf(!hasTex)("edition.tex compiles (lualatex + reledmac)", () => {
  it("the seeds with the anti → and correction and the B/E passage", () => {
    const tex = renderLatex(inputOf(seeds, { corrections: [correctionFrom(antiProposal)], passages: [passageBE] }))
    const r = compile(tex)
    expect(r.log.split("\n").filter((l) => l.startsWith("!"))).toEqual([])
    expect(r.ok && r.pdf).toBe(true)
  }, 120_000)

  it("the seeds with every passage the aligner finds, placed from their offsets (an addition: empty lemma)", () => {
    const passages = findPassages(
      seeds.map((w) => ({ witness: w, tokens: tokenise(w.text) })),
      { minWords: 7 }
    )
    expect(passages.some((p) => p.apparatus.some((e) => e.kind === "addition"))).toBe(true)
    const tex = renderLatex(inputOf(seeds, { passages }))
    expect(tex).toContain(`When there \\edtext{is}{\\Afootnote{are E}} enough goods`)
    const r = compile(tex)
    expect(r.log.split("\n").filter((l) => l.startsWith("!"))).toEqual([])
    expect(r.ok && r.pdf).toBe(true)
  }, 120_000)

  it("the hostile witness", () => {
    const text = readFileSync(fixture("hostile.txt"), "utf8")
    const start = text.indexOf("\\end{document}")
    const tex = renderLatex(
      inputOf([witness("hostile", "H", text, { author: "\\input{x} %", title: "{#$&_^~}" })], {
        corrections: [
          {
            ...correctionFrom(antiProposal),
            witness: "hostile",
            start,
            end: start + "\\end{document}".length,
            original: "\\end{document}",
            replacement: "}\\par{"
          }
        ]
      })
    )
    const r = compile(tex)
    expect(r.log.split("\n").filter((l) => l.startsWith("!"))).toEqual([])
    expect(r.ok && r.pdf).toBe(true)
  }, 120_000)
})
