/** The non-interactive commands end to end (real processes, a temporary working folder with the seeds). */
import { spawnSync } from "node:child_process"
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { repoRoot } from "../fixtures/review/fixtures.ts"

const work = mkdtempSync(join(tmpdir(), "lectio-cli-"))
cpSync(join(repoRoot, "seeds"), join(work, "seeds"), { recursive: true })
afterAll(() => rmSync(work, { recursive: true, force: true }))
const analysis = join(repoRoot, "tests/fixtures/review/seeds-analysis.json")

function lectio(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(repoRoot, "bin/lectio.mjs"), ...args], {
    cwd: work,
    encoding: "utf8",
    input: input ?? "",
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: "1" }
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe("lectio decide / decisions", { timeout: 120_000 }, () => {
  it("records decisions, resolves them, and lists them as JSON", () => {
    expect(lectio(["decide", "c3b2cf99", "approve", "--analysis", analysis]).code).toBe(0)
    const rule = lectio(["decide", "--rule", "case-restore", "reject", "--analysis", analysis])
    expect(rule.out).toContain("rejected 6 of 6 proposals of rule case-restore")
    expect(lectio(["decide", "8fe645de50fe", "edit", "--text", "there is", "--analysis", analysis]).code).toBe(0)
    expect(lectio(["decide", "p1.4", "lemma", "--text", "", "--analysis", analysis]).code).toBe(0)
    const r = lectio(["decisions", "--json", "--analysis", analysis])
    expect(r.code).toBe(0)
    const j = JSON.parse(r.out)
    expect(j.events).toBe(9)
    expect(j.corrections.map((c: { original: string; replacement: string }) => `${c.original}→${c.replacement}`)).toEqual(["anti→and", "there are→there is"])
    expect(j.lemmas).toEqual({ "p1.4": "" })
    expect(j.orphaned).toEqual([])
    const lines = readFileSync(join(work, "editions/seeds/decisions.jsonl"), "utf8").trim().split("\n")
    expect(lines).toHaveLength(9)
  })

  it("an unknown id, a bad action or a missing --text is a one-line error with a non-zero exit", () => {
    const unknown = lectio(["decide", "nosuchid", "approve", "--analysis", analysis])
    expect(unknown.code).not.toBe(0)
    expect(unknown.err.trim()).toMatch(/^lectio: no proposal or variant location with id nosuchid/)
    expect(unknown.err.trim().split("\n")).toHaveLength(1)
    expect(lectio(["decide", "c3b2cf9912e7", "edit", "--analysis", analysis]).err).toContain("edit needs --text")
    expect(lectio(["decide", "p1.1", "reject", "--analysis", analysis]).code).not.toBe(0)
    expect(lectio(["decide", "p1.1", "lemma", "--text", "were", "--analysis", analysis]).err).toContain("is not a reading of p1.1")
  })

  it("a torn ledger is reported by decisions, refused by decide, and repaired", () => {
    const file = join(work, "editions/seeds/decisions.jsonl")
    const before = readFileSync(file, "utf8")
    appendFileSync(file, '{"v":1,"seq":10,"at":')
    const listed = lectio(["decisions", "--analysis", analysis])
    expect(listed.code).toBe(0)
    expect(listed.err).toContain("decisions.jsonl:10: half-written last line")
    const refused = lectio(["decide", "p1.1", "approve", "--analysis", analysis])
    expect(refused.code).not.toBe(0)
    expect(refused.err).toContain("--repair")
    const repaired = lectio(["decisions", "--repair"])
    expect(repaired.out).toContain("moved the half-written line 10")
    expect(readFileSync(file, "utf8")).toBe(before)
    expect(readFileSync(file + ".corrupt", "utf8")).toContain('{\\"v\\":1,\\"seq\\":10,\\"at\\":')
    expect(lectio(["decide", "p1.1", "approve", "--analysis", analysis]).code).toBe(0)
  })
})

describe("a witness changed after decisions were made", { timeout: 120_000 }, () => {
  it("decisions that no longer fit are listed as orphaned, not applied", () => {
    const file = join(work, "seeds/breitman-1953-why-the-soviet-bureaucracy-is-in-crisis.txt")
    writeFileSync(file, readFileSync(file, "utf8").replace("Stalinism anti a gradual", "Stalinism and a gradual"))
    const r = lectio(["decisions", "--json", "--analysis", analysis])
    expect(r.code).toBe(0)
    const j = JSON.parse(r.out)
    expect(j.orphaned).toEqual([{ target: "c3b2cf9912e7", seq: 1, action: "approve", reason: expect.stringContaining("“anti” no longer occurs") }])
    expect(j.corrections.map((c: { original: string }) => c.original)).toEqual(["there are"])
    expect(lectio(["decisions", "--analysis", analysis]).out).toContain("orphaned (not applied):")
  })
})

describe("a proposal the analysis no longer raises", { timeout: 120_000 }, () => {
  it("keeps its approval applied by its anchor, and lets the editor undo it", () => {
    const dir = mkdtempSync(join(tmpdir(), "lectio-cli-gone-"))
    try {
      cpSync(join(repoRoot, "seeds"), join(dir, "seeds"), { recursive: true })
      const run = (args: string[], a: string) =>
        spawnSync(process.execPath, [join(repoRoot, "bin/lectio.mjs"), ...args, "--analysis", a], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } })
      expect(run(["decide", "c3b2cf9912e7", "approve"], analysis).status).toBe(0)
      // the next analysis no longer raises anti → and (the normaliser changed): the approval stands
      const full = JSON.parse(readFileSync(analysis, "utf8")) as { proposals: Array<{ id: string }>; passages: unknown[] }
      const later = join(dir, "later-analysis.json")
      writeFileSync(later, JSON.stringify({ ...full, proposals: full.proposals.filter((p) => p.id !== "c3b2cf9912e7") }))
      const before = JSON.parse(run(["decisions", "--json"], later).stdout)
      expect(before.corrections.map((c: { original: string }) => c.original)).toEqual(["anti"])
      expect(run(["decisions"], later).stdout).toContain("anti → and (no longer raised)")
      expect(run(["decide", "c3b2cf9912e7", "approve"], later).status).not.toBe(0)
      const undo = run(["decide", "c3b2cf9912e7", "undo"], later)
      expect([undo.status, undo.stdout]).toEqual([0, expect.stringContaining("no longer raised by the analysis")])
      const after = JSON.parse(run(["decisions", "--json"], later).stdout)
      expect([after.corrections, after.orphaned]).toEqual([[], []])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe("non-interactive use", { timeout: 120_000 }, () => {
  it("review on a pipe refuses at once with one line and a non-zero exit", () => {
    const t0 = Date.now()
    const r = lectio(["review"])
    expect(r.code).toBe(1)
    expect(r.err.trim()).toBe("lectio: review needs an interactive terminal (stdin is not a TTY); in scripts use `lectio decide` and `lectio decisions`")
    expect(r.out).not.toContain("Raw mode")
    expect(Date.now() - t0).toBeLessThan(30_000)
  })

  it("start on a pipe prints the corpus summary", () => {
    const r = lectio(["start"])
    expect(r.code).toBe(0)
    expect(r.out).toContain("Seeds: five essays on the Soviet bureaucracy · 5 witnesses")
  })
})
