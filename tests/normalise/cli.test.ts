/** `lectio normalise` end to end (the real binary in a child process, on the seeds). */
import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { repoRoot } from "./helpers.ts"

function lectio(args: ReadonlyArray<string>) {
  const r = spawnSync(process.execPath, [join(repoRoot, "bin", "lectio.mjs"), ...args], {
    cwd: repoRoot, env: { ...process.env, NO_COLOR: "1" }, input: "", encoding: "utf8", timeout: 120_000
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe("lectio normalise", () => {
  it("--json prints the contract: witnesses and proposals with every field", () => {
    const r = lectio(["normalise", "--json", "--min-confidence", "0.9"])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as { witnesses: Array<{ id: string }>; proposals: Array<Record<string, unknown>> }
    expect(out.witnesses.map((w) => w.id)[0]).toBe("breitman-1953-why-the-soviet-bureaucracy-is-in-crisis")
    expect(out.proposals.length).toBeGreaterThan(100)
    for (const p of out.proposals) {
      expect(Object.keys(p)).toEqual(["id", "witness", "start", "end", "original", "replacement", "rule", "class", "confidence", "group", "explanation", "evidence"])
      expect(p["confidence"] as number).toBeGreaterThanOrEqual(0.9)
    }
    expect(out.proposals).toContainEqual(expect.objectContaining({ original: "anti", replacement: "and", rule: "ocr-confusion" }))
  })

  it("lists proposals by witness and rule, with context, under --rule", () => {
    const r = lectio(["normalise", "--rule", "ocr-confusion,stray-fragment"])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^A {2}breitman-1953-why-the-soviet-bureaucracy-is-in-crisis {2}\(2\)$/m)
    expect(r.stdout).toContain("anti → and")
    expect(r.stdout).toContain("Stalinism ⟦anti→and⟧ a gradual")
    // (a space at either end of what is replaced or put in is shown: the deletion takes the space after it)
    expect(r.stdout).toContain("s pus\u2423 → (delete)")
    expect(r.stdout).not.toContain("\u001b")
  })

  it("says what the other witnesses withheld, and why, in the listing and in --json", () => {
    const dir = mkdtempSync(join(tmpdir(), "lectio-withheld-"))
    try {
      const breitman = readFileSync(join(repoRoot, "seeds", "breitman-1953-why-the-soviet-bureaucracy-is-in-crisis.txt"))
      writeFileSync(join(dir, "breitman.txt"), breitman)
      writeFileSync(join(dir, "quoting.txt"), "Breitman notes that a nation of 160 to 200 million was driven, in 25 years time, “to jump the chasm which separated the epoch of the wooden plow from that of the atomic pile.”\n")
      const r = lectio(["normalise", "--corpus", dir])
      expect(r.code).toBe(0)
      expect(r.stdout).toContain("withheld (2): left as printed, and why (another witness prints the same reading; a foreign phrase; a word marked [sic]; a paragraph in another English; an editor's bracketed letter)")
      expect(r.stdout).toMatch(/^ {2}A {2}years → years’ {2}possessive-apostrophe$/m)
      expect(r.stdout).toContain("withheld: B reads “25 years time” as this witness does here")
      const json = JSON.parse(lectio(["normalise", "--corpus", dir, "--json"]).stdout) as { proposals: unknown[]; withheld: Array<Record<string, unknown>> }
      expect(json.withheld.map((w) => Object.keys(w))[0]).toEqual(["witness", "start", "end", "original", "replacement", "rule", "explanation", "otherWitnesses"])
      expect(json.withheld.map((w) => [w["witness"], w["original"], w["replacement"]])).toEqual([["breitman", "years", "years’"], ["quoting", "years", "years'"]])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it("shows a space put in, which the listing would otherwise leave blank", () => {
    const dir = mkdtempSync(join(tmpdir(), "lectio-space-"))
    try {
      writeFileSync(join(dir, "scan.txt"), "The defendant said that he did'not know the carpenter,and his wife at all.\n")
      const r = lectio(["normalise", "--corpus", dir])
      expect(r.code).toBe(0)
      expect(r.stdout).toContain("' → \u2423")
      expect(r.stdout).toContain(", → ,\u2423")
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it("cuts a token of any length in the listing, and keeps it whole in --json", () => {
    // (a line of a scan without a space: one token of 200,000 letters, a sentence's first word)
    const dir = mkdtempSync(join(tmpdir(), "lectio-long-"))
    try {
      writeFileSync(join(dir, "scan.txt"), `${"a".repeat(200_000)} is the end of it. The prisoner was taken to the station.\n`)
      const r = lectio(["normalise", "--corpus", dir])
      expect(r.code).toBe(0)
      expect(r.stdout).toContain(`${"a".repeat(100)}…⟨199,800 characters⟩…${"a".repeat(100)} → A${"a".repeat(99)}…⟨199,800 characters⟩…`)
      for (const line of r.stdout.split("\n")) expect(line.length).toBeLessThan(1000)
      const j = lectio(["normalise", "--corpus", dir, "--json"])
      expect(JSON.parse(j.stdout).proposals[0].original).toHaveLength(200_000)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it("accepts a class for --rule and rejects an unknown rule or a confidence outside 0..1 with one line", () => {
    const ok = lectio(["normalise", "--rule", "case", "--json"])
    expect(ok.code).toBe(0)
    const out = JSON.parse(ok.stdout) as { proposals: Array<{ class: string }> }
    expect(out.proposals.length).toBeGreaterThan(300)
    expect(out.proposals.every((p) => p.class === "case")).toBe(true)
    const bad = lectio(["normalise", "--rule", "nonsense"])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/^lectio: unknown rule nonsense; rules: /)
    expect(bad.stderr.trim().split("\n")).toHaveLength(1)
    // (an empty list of rules would silently ask for every one)
    const empty = lectio(["normalise", "--rule", ""])
    expect([empty.code, empty.stdout]).toEqual([1, ""])
    expect(empty.stderr).toMatch(/^lectio: unknown rule ""; rules: /)
    // (a confidence outside 0..1 would silently list nothing, or everything)
    for (const x of ["2", "-0.5"]) {
      const out = lectio(["normalise", "--min-confidence", x])
      expect(out.code).toBe(1)
      expect(out.stderr.trim()).toBe(`lectio: --min-confidence must be between 0 and 1 (got ${x})`)
    }
  })

  it("lists a long witness's 100,000 proposals by their first few, with counts", () => {
    const dir = mkdtempSync(join(tmpdir(), "lectio-long-"))
    try {
      writeFileSync(join(dir, "brackets.txt"), "[] ".repeat(100_000) + "The end.\n")
      writeFileSync(join(dir, "lower.txt"), "the man went home. ".repeat(20_000))
      const r = lectio(["normalise", "--corpus", dir])
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(/ · 2 witnesses · 120000 proposals$/m)
      expect(r.stdout).toMatch(/^A {2}brackets {2}\(100000\)$/m)
      expect(r.stdout).toContain("  empty-brackets · residue · 100000\n")
      expect(r.stdout).toContain("    … 99992 more (--rule empty-brackets lists them all)")
      expect(r.stdout).toMatch(/^B {2}lower {2}\(20000\)$/m)
      expect(r.stdout).toContain("    … 19992 more (--rule case-sentence lists them all)")
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
