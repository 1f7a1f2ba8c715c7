/** Witness text made safe and short enough for a terminal (src/text/display.ts). */
import { describe, expect, it } from "vitest"
import { clip, oneLine } from "../../src/text/display.ts"

describe("clip", () => {
  it("leaves a string of up to the length and a few more as it is", () => {
    expect(clip("Breitman Internet Archive")).toBe("Breitman Internet Archive")
    expect(clip("x".repeat(240))).toBe("x".repeat(240))
  })

  it("cuts a longer one in the middle, saying how much it left out", () => {
    expect(clip("a".repeat(200_000))).toBe(`${"a".repeat(100)}…⟨199,800 characters⟩…${"a".repeat(100)}`)
    expect(clip("abcdefghij".repeat(10), 10)).toBe("abcde…⟨90 characters⟩…fghij")
  })

  it("never cuts a character written with two code units in half", () => {
    // (𝔄, U+1D504, is a surrogate pair: the cut at 5 and at 95 falls inside one)
    const s = `abcd${"𝔄".repeat(48)}`
    const out = clip(s, 10)
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
    expect(out.startsWith("abcd")).toBe(true)
    expect(oneLine(clip("x\n".repeat(100), 10))).toBe("x⏎x⏎x…⟨190 characters⟩…⏎x⏎x⏎")
  })
})
