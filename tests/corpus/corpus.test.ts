import { mkdtempSync, symlinkSync, writeFileSync, copyFileSync, mkdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { NodeServices } from "@effect/platform-node"
import { Effect, Layer } from "effect"
import { describe, expect, it } from "vitest"
import { Corpus, type LoadOptions } from "../../src/corpus/Corpus.ts"
import { memoryNeeded, memoryShortfall } from "../../src/corpus/memory.ts"
import { Glob } from "../../src/services/Glob.ts"

const root = join(import.meta.dirname, "..", "..")
const fixtures = join(root, "tests", "fixtures")

const realLayer = () => Corpus.layer.pipe(Layer.provide(Glob.layer), Layer.provide(NodeServices.layer))
const load = (options: LoadOptions) =>
  Effect.runPromise(
    Effect.gen(function* () {
      return yield* (yield* Corpus).load(options)
    }).pipe(Effect.provide(realLayer()))
  )
const loadError = (options: LoadOptions) =>
  Effect.runPromise(
    Effect.gen(function* () {
      return yield* (yield* Corpus).load(options)
    }).pipe(Effect.flip, Effect.provide(realLayer()))
  )

describe("Corpus.layer on the seeds", () => {
  it("loads the five seeds with manifest sigla and metadata", async () => {
    const c = await load({ dir: join(root, "seeds") })
    expect(c.problems).toEqual([])
    expect(c.title).toBe("Seeds: five essays on the Soviet bureaucracy")
    expect(c.witnesses.map((w) => [w.witness.siglum, w.witness.id])).toEqual([
      ["A", "breitman-1953-why-the-soviet-bureaucracy-is-in-crisis"],
      ["B", "callinicos-1990-trotskyism-critique-of-stalinism"],
      ["C", "trotsky-1936-revolution-betrayed-ch11"],
      ["D", "deutscher-1957-russia-in-transition"],
      ["E", "study-guide-isolation-and-degeneration"]
    ])
    const a = c.witnesses[0]!.witness
    expect(a).toMatchObject({ author: "George Breitman", date: "1953", encoding: "utf-8", chars: 12611, words: 2036 })
    expect(a.text.length).toBe(a.chars)
  })

  it("without a manifest gives sigla A, B, C… in sorted order and metadata from the text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lectio-nomanifest-"))
    for (const f of ["trotsky-1936-revolution-betrayed-ch11.txt", "breitman-1953-why-the-soviet-bureaucracy-is-in-crisis.txt"]) {
      copyFileSync(join(root, "seeds", f), join(dir, f))
    }
    const c = await load({ dir })
    expect(c.witnesses.map((w) => [w.witness.siglum, w.witness.id.slice(0, 8), w.witness.title, w.witness.date, w.witness.author])).toEqual([
      ["A", "breitman", "George Breitman", "1953", null],
      ["B", "trotsky-", "whither the soviet union?", "1936", null]
    ])
  })
})

describe("Corpus.layer: encodings and bad input", () => {
  it("reports the encoding of each file", async () => {
    const c = await load({ dir: join(fixtures, "encodings") })
    expect(Object.fromEntries(c.witnesses.map((w) => [w.witness.id, w.witness.encoding]))).toEqual({
      latin1: "windows-1252",
      utf16be: "utf-16be",
      utf16le: "utf-16le",
      utf8: "utf-8",
      "utf8-bom": "utf-8-bom",
      windows1252: "windows-1252"
    })
    expect(c.witnesses.find((w) => w.witness.id === "utf16be")!.witness.words).toBe(8)
  })

  it("loads the good files and reports each bad one by name", async () => {
    const c = await load({ dir: join(fixtures, "bad") })
    expect(c.witnesses.map((w) => w.witness.id).sort()).toEqual(["controls", "good"])
    expect(c.problems.map((p) => [p.path.replace(/^.*\//, ""), p.problem]).sort()).toEqual([
      ["bad-bom.txt", "bad-encoding"],
      ["binary.txt", "binary"],
      ["blank.txt", "empty"],
      ["empty.txt", "empty"]
    ])
    expect(c.problems.find((p) => p.problem === "binary")!.message).toMatch(/binary\.txt: looks binary/)
  })

  it("keeps control characters in the text (they are escaped only on display)", async () => {
    const c = await load({ dir: join(fixtures, "bad") })
    expect(c.witnesses.find((w) => w.witness.id === "controls")!.witness.text).toContain("\u001b[31m")
  })

  it("fails under --strict, naming the first bad file", async () => {
    const e = await loadError({ dir: join(fixtures, "bad"), strict: true })
    expect(e._tag).toBe("StrictLoadFailed")
    expect(e.message).toMatch(/4 files could not be loaded; first: .*bad-bom\.txt/)
  })

  it("refuses a file over the size limit", async () => {
    const c = await load({ dir: join(fixtures, "encodings"), maxBytes: 100 })
    expect(c.problems.map((p) => [p.path.replace(/^.*\//, ""), p.problem]).sort()).toEqual([
      ["utf16be.txt", "too-large"],
      ["utf16le.txt", "too-large"]
    ])
    expect(c.problems[0]!.message).toMatch(/112 bytes is over the 100 bytes limit/)
  })

  it("reports an unreadable file (a dangling link) and loads the rest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lectio-unreadable-"))
    writeFileSync(join(dir, "ok.txt"), "Some words here.")
    symlinkSync(join(dir, "missing-target"), join(dir, "gone.txt"))
    const c = await load({ dir })
    expect(c.witnesses.map((w) => w.witness.id)).toEqual(["ok"])
    expect(c.problems.map((p) => p.problem)).toEqual(["unreadable"])
    expect(c.problems[0]!.message).toMatch(/gone\.txt: cannot read/)
  })

  it("gives clear errors for a missing folder, an empty folder and a bad manifest", async () => {
    expect((await loadError({ dir: join(fixtures, "no-such-folder") })).message).toMatch(/no-such-folder: no such file or folder/)
    const empty = mkdtempSync(join(tmpdir(), "lectio-empty-"))
    expect((await loadError({ dir: empty })).message).toMatch(/no witness in .* matches \*\.txt/)
    const bad = mkdtempSync(join(tmpdir(), "lectio-manifest-"))
    writeFileSync(join(bad, "a.txt"), "text")
    writeFileSync(join(bad, "lectio.json"), "{ not json")
    expect((await loadError({ dir: bad })).message).toMatch(/lectio\.json: not valid JSON/)
    // (files there, but not one loadable: nothing to go on with)
    const none = await loadError({ dir: join(fixtures, "bad"), include: "{b,e}*.txt" })
    expect(none._tag).toBe("NothingLoaded")
    expect(none.message).toMatch(/^none of the 4 files in .*bad could be loaded; first: .*bad-bom\.txt: /)
  })

  it("loads other files with --include and makes clashing ids unique", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lectio-include-"))
    mkdirSync(join(dir, "x"))
    mkdirSync(join(dir, "y"))
    writeFileSync(join(dir, "x", "Ed 1.md"), "First edition.")
    writeFileSync(join(dir, "y", "ed-1.md"), "Second edition.")
    const c = await load({ dir, include: "**/*.md" })
    expect(c.witnesses.map((w) => w.witness.id)).toEqual(["ed-1", "ed-1-2"])
  })
})

describe("the memory a corpus needs", () => {
  it("is about 64 MB and 36 bytes a character, told before the witnesses are tokenised", async () => {
    expect(memoryNeeded(0)).toBe(64 * 1024 * 1024)
    expect(memoryNeeded(11_000_000)).toBe(64 * 1024 * 1024 + 396_000_000)
    expect(memoryShortfall(1000, 1e9)).toBeNull()
    expect(memoryShortfall(30_000_000, 1e9)).toEqual({ needed: memoryNeeded(30_000_000), limit: 1e9 })
    // (the seeds need about 71 MB: below it, the load fails with one line that says what to do)
    const e = await loadError({ dir: join(root, "seeds"), memoryLimit: 68 * 1024 * 1024 })
    expect(e._tag).toBe("CorpusTooLarge")
    expect(e.message).toMatch(
      /^the witnesses hold 0\.2 million characters of text; analysing them takes about 71 MB of memory, more than the 68 MB this process may use: load fewer or smaller witnesses \(--include, --max-size\), or let Node use more \(NODE_OPTIONS=--max-old-space-size=8\d\)$/
    )
    const c = await load({ dir: join(root, "seeds"), memoryLimit: 80 * 1024 * 1024 })
    expect(c.witnesses).toHaveLength(5)
  })
})

describe("Corpus.layerTest (in memory)", () => {
  it("loads in-memory files with the same rules", async () => {
    const c = await Effect.runPromise(
      Effect.gen(function* () {
        return yield* (yield* Corpus).load({ dir: "mem" })
      }).pipe(Effect.provide(Corpus.layerTest({ "mem/b.txt": "Second text.", "mem/a.txt": "First one here.", "mem/c.bin": "x" })))
    )
    expect(c.witnesses.map((w) => [w.witness.siglum, w.witness.id, w.witness.words])).toEqual([
      ["A", "a", 3],
      ["B", "b", 2]
    ])
  })
})
