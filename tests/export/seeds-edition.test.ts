/**
 * The committed edition of the seeds (editions/seeds/) is exactly what `lectio export` makes now from the
 * committed decisions: re-export into a temporary folder and compare every file byte for byte. When a
 * change to lectio changes the edition, re-run `npx lectio export` and commit the result with it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { lectio, repoRoot } from "../cli/run.ts"

const committed = join(repoRoot, "editions", "seeds")
const out = mkdtempSync(join(tmpdir(), "lectio-seeds-edition-"))
afterAll(() => rmSync(out, { recursive: true, force: true }))

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? files(full) : [full]
  })
}

describe("the committed edition of the seeds", () => {
  it("is what lectio export produces now from the committed decisions", () => {
    mkdirSync(join(out, "seeds"), { recursive: true })
    copyFileSync(join(committed, "decisions.jsonl"), join(out, "seeds", "decisions.jsonl"))
    const r = lectio(["export", "--out", out])
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/0 orphaned|corrections applied/)
    const want = files(committed).map((f) => relative(committed, f)).sort()
    const got = files(join(out, "seeds")).map((f) => relative(join(out, "seeds"), f)).sort()
    expect(got).toEqual(want)
    for (const f of want) {
      expect(readFileSync(join(out, "seeds", f)).equals(readFileSync(join(committed, f))), `${f} differs`).toBe(true)
    }
  })

  it("applies every decision of the ledger (none orphaned) and reads as the editor decided", () => {
    const r = lectio(["decisions", "--json"])
    expect(r.code).toBe(0)
    const d = JSON.parse(r.stdout) as { orphaned: unknown[]; corrections: unknown[]; lemmas: Record<string, string> | Array<unknown> }
    expect(d.orphaned).toEqual([])
    const breitman = readFileSync(join(committed, "text", "breitman-1953-why-the-soviet-bureaucracy-is-in-crisis.txt"), "utf8")
    expect(breitman).toContain("an orderly winding up of Stalinism and a gradual democratic evolution")
    expect(breitman).not.toContain("s pus")
    expect(breitman).not.toContain("Last updated")
    const trotsky = readFileSync(join(committed, "text", "trotsky-1936-revolution-betrayed-ch11.txt"), "utf8")
    expect(trotsky.startsWith("Whither the Soviet Union?\n1. Bonapartism as a regime of crisis\nThe question")).toBe(true)
    expect(trotsky).toContain("the same cause gave rise to fascism") // rejected: lower case as in the translation
    expect(trotsky).toContain("martyrs and protestants")
    const tei = readFileSync(join(committed, "apparatus.xml"), "utf8")
    expect(tei).toMatch(/<lem wit="#E">It ‘knows’ who is to get something and who has to wait\.<\/lem><rdg wit="#B"\/>/)
  })
})
