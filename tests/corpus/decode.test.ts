import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { decode } from "../../src/corpus/decode.ts"

const fx = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, "..", "fixtures", name)))
const polish = "Gerő and Poznań: the workers’ “state” – Gomułka, 1956.\n"

describe("decode", () => {
  it.each([
    ["encodings/utf8.txt", "utf-8"],
    ["encodings/utf8-bom.txt", "utf-8-bom"],
    ["encodings/utf16le.txt", "utf-16le"],
    ["encodings/utf16be.txt", "utf-16be"]
  ])("%s decodes as %s with the BOM removed", (file, encoding) => {
    const r = decode(fx(file))
    expect(r).toEqual({ ok: true, text: polish, encoding })
  })

  it("falls back to Windows-1252 for bytes that are not UTF-8 (curly quotes, dashes)", () => {
    expect(decode(fx("encodings/windows1252.txt"))).toEqual({
      ok: true,
      text: "Café society, the workers’ “state” – naïve façade, 1956.\n",
      encoding: "windows-1252"
    })
  })

  it("reads Latin-1 text through the Windows-1252 fallback", () => {
    expect(decode(fx("encodings/latin1.txt"))).toMatchObject({ ok: true, text: "Señor Müller's café, 1953.\n" })
  })

  it("refuses a binary file, saying where the NUL is", () => {
    const r = decode(fx("bad/binary.txt"))
    expect(r).toMatchObject({ ok: false, problem: "binary" })
    expect(!r.ok && r.detail).toMatch(/NUL byte at offset 4/)
  })

  it("refuses a UTF-8 BOM followed by invalid UTF-8", () => {
    expect(decode(fx("bad/bad-bom.txt"))).toMatchObject({ ok: false, problem: "bad-encoding" })
  })

  it("refuses UTF-16 with an odd number of bytes", () => {
    expect(decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]))).toMatchObject({ ok: false, problem: "bad-encoding" })
  })

  it("keeps line endings and spaces exactly", () => {
    const text = "a\r\nb\n\tc  \u00a0d"
    expect(decode(new TextEncoder().encode(text))).toMatchObject({ ok: true, text })
  })
})
