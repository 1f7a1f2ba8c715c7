import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { lectio, repoRoot } from "./run.ts"

describe("lectio corpus", () => {
  it("--json prints the contract of DESIGN.md for the seeds", () => {
    const r = lectio(["corpus", "--json"])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as { witnesses: Array<Record<string, unknown>> }
    expect(out.witnesses).toHaveLength(5)
    for (const w of out.witnesses) {
      expect(Object.keys(w)).toEqual(expect.arrayContaining(["id", "siglum", "path", "author", "title", "date", "encoding", "chars", "words"]))
    }
    expect(out.witnesses[0]).toMatchObject({
      id: "breitman-1953-why-the-soviet-bureaucracy-is-in-crisis",
      siglum: "A",
      path: "seeds/breitman-1953-why-the-soviet-bureaucracy-is-in-crisis.txt",
      author: "George Breitman",
      date: "1953",
      encoding: "utf-8",
      chars: 12611,
      words: 2036
    })
  })

  it("prints a table of the witnesses without colour under NO_COLOR", () => {
    const r = lectio(["corpus"])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^siglum\s+id\s+author\s+date\s+words\s+encoding$/m)
    expect(r.stdout).toMatch(/^C\s+trotsky-1936-revolution-betrayed-ch11\s+Leon Trotsky\s+1936\s+5,342\s+utf-8$/m)
    expect(r.stdout).not.toContain("\u001b")
  })

  it("reports a bad file on stderr and goes on; fails with --strict", () => {
    const dir = join(repoRoot, "tests", "fixtures", "bad")
    const ok = lectio(["corpus", "--corpus", dir])
    expect(ok.code).toBe(0)
    expect(ok.stderr).toMatch(/lectio: skipped .*binary\.txt: looks binary/)
    expect(ok.stdout).toMatch(/controls/)
    const strict = lectio(["corpus", "--corpus", dir, "--strict"])
    expect(strict.code).not.toBe(0)
    expect(strict.stderr.trim().split("\n")).toHaveLength(1)
    expect(strict.stderr).toMatch(/^lectio: --strict: 4 files could not be loaded/)
    // (not one file loadable, or a size limit no file can be under: one line, not an empty corpus)
    const none = lectio(["normalise", "--corpus", dir, "--include", "{b,e}*.txt"])
    expect([none.code, none.stdout]).toEqual([1, ""])
    expect(none.stderr.trim()).toMatch(/^lectio: none of the 4 files in .*bad could be loaded; first: .*bad-bom\.txt: /)
    // (a file of encoded data saved as .txt loads, and is said to be no running text)
    const data = mkdtempSync(join(tmpdir(), "lectio-data-"))
    writeFileSync(join(data, "prose.txt"), readFileSync(join(repoRoot, "seeds", "breitman-1953-why-the-soviet-bureaucracy-is-in-crisis.txt")))
    writeFileSync(join(data, "blob.txt"), "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=".repeat(400))
    const noted = lectio(["corpus", "--corpus", data])
    expect(noted.code).toBe(0)
    expect(noted.stderr.trim()).toBe(`lectio: ${join(data, "blob.txt")} holds 14,400 characters and 0 spaces: not running text? (its words and proposals will be fragments of it)`)
    rmSync(data, { recursive: true, force: true })
    const size = lectio(["corpus", "--max-size", "-1"])
    expect([size.code, size.stderr.trim()]).toEqual([1, "lectio: --max-size must be more than 0 MB (got -1)"])
  })

  it("says which file repeats another word for word, and normalises both as it does one", () => {
    const dir = mkdtempSync(join(tmpdir(), "lectio-copies-"))
    const breitman = readFileSync(join(repoRoot, "seeds", "breitman-1953-why-the-soviet-bureaucracy-is-in-crisis.txt"))
    writeFileSync(join(dir, "a.txt"), breitman)
    // (saved again with Windows line ends: the same words)
    writeFileSync(join(dir, "b.txt"), breitman.toString("utf8").replace(/\n/g, "\r\n"))
    writeFileSync(join(dir, "c.txt"), readFileSync(join(repoRoot, "seeds", "callinicos-1990-trotskyism-critique-of-stalinism.txt")))
    // (a transcription that reads "and" where the scan printed "anti" is another witness, and says so)
    writeFileSync(join(dir, "d.txt"), breitman.toString("utf8").replace("Stalinism anti a", "Stalinism and a"))
    const r = lectio(["corpus", "--corpus", dir])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe(`lectio: ${join(dir, "b.txt")} repeats ${join(dir, "a.txt")} word for word (one file loaded twice?): collated as a witness, its words counted once\n`)
    const n = lectio(["normalise", "--corpus", dir, "--json"])
    type P = { witness: string; original: string; replacement: string; evidence: Record<string, unknown> }
    const anti = (JSON.parse(n.stdout) as { proposals: P[] }).proposals.filter((p) => p.original === "anti")
    expect(anti.map((p) => [p.witness, p.replacement, p.evidence["otherWitnesses"]])).toEqual([
      ["a", "and", { d: "Stalinism and a" }],
      ["b", "and", { d: "Stalinism and a" }]
    ])
  })

  it("refuses a corpus too large for the memory Node may use with one line, not the engine's out-of-memory trace", () => {
    // (3 million characters need about 170 MB; Node given 64 MB of old space may use that and its young
    // generation, 112 MB on Node 20)
    const dir = mkdtempSync(join(tmpdir(), "lectio-large-"))
    const seed = readFileSync(join(repoRoot, "seeds", "deutscher-1957-russia-in-transition.txt"), "utf8")
    writeFileSync(join(dir, "large.txt"), seed.repeat(Math.ceil(3_000_000 / seed.length)))
    for (const command of ["normalise", "align", "corpus"]) {
      const r = lectio([command, "--corpus", dir], { env: { NODE_OPTIONS: "--max-old-space-size=64" } })
      expect(r.code).toBe(1)
      expect(r.stderr).not.toMatch(/FATAL|heap out of memory/)
      expect(r.stderr.trim().split("\n")).toHaveLength(1)
      expect(r.stderr.trim()).toMatch(/^lectio: the witnesses hold 3\.\d million characters of text; analysing them takes about \d+ MB of memory, more than the \d+ MB this process may use: .*NODE_OPTIONS=--max-old-space-size=\d+\)$/)
    }
    rmSync(dir, { recursive: true, force: true })
  })

  it("exits non-zero with one line and no stack trace for a missing folder", () => {
    const r = lectio(["corpus", "--corpus", "no-such-dir"])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe("lectio: corpus folder no-such-dir: no such file or folder\n")
    expect(r.stdout).toBe("")
  })

  it("never sends a witness's control characters raw to the terminal", () => {
    const r = lectio(["corpus", "--corpus", join(repoRoot, "tests", "fixtures", "bad"), "--json"])
    expect(r.code).toBe(0)
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/)
  })

  it("has --help, --version, and rejects unknown flags", () => {
    const help = lectio(["corpus", "--help"])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/--corpus DIR/)
    expect(help.stdout).toMatch(/--strict/)
    expect(lectio(["--version"]).stdout.trim()).toMatch(/^lectio v\d+\.\d+\.\d+$/)
    const bad = lectio(["corpus", "--bogus"])
    expect(bad.code).not.toBe(0)
    expect(bad.stderr + bad.stdout).toMatch(/Unrecognized flag: --bogus/)
  })

  it("npm start prints the corpus summary when not on a terminal", () => {
    const r = lectio(["start"])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/5 witnesses/)
  })
})
