/** Pruning the cache folder: only the most recently used files of one kind stay; other files are untouched. */
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { keepNewest, markUsed, readCache, writeCache } from "../../src/services/cacheFiles.ts"

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe("cache files", () => {
  it("keeps the files of a kind last used, and nothing else is touched", () => {
    const dir = mkdtempSync(join(tmpdir(), "lectio-cache-"))
    dirs.push(dir)
    const hex = (k: number) => k.toString(16).padStart(16, "0")
    const names = [0, 1, 2, 3].map((k) => `brown-${hex(k)}.bin`)
    names.forEach((f, k) => {
      writeFileSync(join(dir, f), "x")
      const t = new Date(Date.UTC(2026, 0, 1 + k))
      utimesSync(join(dir, f), t, t)
    })
    // other kinds and a temporary file
    for (const f of [`vocabulary-${hex(9)}.bin`, `vocabulary-3-${hex(9)}.bin`, `brown-${hex(7)}.bin.123.tmp`, "lectio-abc.mjs"]) writeFileSync(join(dir, f), "x")
    const old = new Date(Date.UTC(2025, 0, 1))
    utimesSync(join(dir, `vocabulary-${hex(9)}.bin`), old, old)
    // the oldest is used again: it stays, with the newest
    markUsed(join(dir, names[0]!))
    const gone = keepNewest(dir, /^brown-[0-9a-f]{16}\.bin$/, 2)
    expect(gone.sort()).toEqual([names[1]!, names[2]!].sort())
    expect(readdirSync(dir).sort()).toEqual([names[0]!, names[3]!, `brown-${hex(7)}.bin.123.tmp`, "lectio-abc.mjs", `vocabulary-${hex(9)}.bin`, `vocabulary-3-${hex(9)}.bin`].sort())
    // a missing folder is no error
    expect(keepNewest(join(dir, "absent"), /x/, 1)).toEqual([])
  })

  it("writes a cache file whole, reads it back, and prunes its kind on writing", () => {
    const dir = mkdtempSync(join(tmpdir(), "lectio-cache-"))
    dirs.push(dir)
    const kind = /^analysis-[0-9a-f]{4}\.json$/
    expect(readCache(join(dir, "analysis-0000.json"))).toBeNull()
    const old = new Date(Date.UTC(2025, 0, 1))
    for (const k of ["0001", "0002"]) {
      writeCache(join(dir, `analysis-${k}.json`), `{"k":"${k}"}`, kind, 2)
      utimesSync(join(dir, `analysis-${k}.json`), old, old)
    }
    // reading 0001 marks it used: writing 0003 keeps it and deletes 0002
    expect(readCache(join(dir, "analysis-0001.json"))?.toString()).toBe('{"k":"0001"}')
    writeCache(join(dir, "analysis-0003.json"), '{"k":"0003"}', kind, 2)
    expect(readdirSync(dir).sort()).toEqual(["analysis-0001.json", "analysis-0003.json"])
  })
})
