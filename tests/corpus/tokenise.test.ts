import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { countWords, tokenise } from "../../src/corpus/tokenise.ts"

const seedsDir = join(import.meta.dirname, "..", "..", "seeds")
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => ({ file: f, text: readFileSync(join(seedsDir, f), "utf8") }))

/** Reassemble a text from its tokens: leading whitespace, then every token's t. */
function reassemble(text: string): string {
  const toks = tokenise(text)
  return (toks.length > 0 ? text.slice(0, toks[0]!.start) : text) + toks.map((t) => t.t).join("")
}

const pick = (text: string) => tokenise(text).map((t) => t.t.trimEnd())

describe("tokenise on the seeds", () => {
  it("has the five seeds", () => expect(seeds).toHaveLength(5))

  for (const { file, text } of seeds) {
    it(`${file}: every token's offsets give back its text`, () => {
      const tokens = tokenise(text)
      let prevEnd = 0
      for (const tok of tokens) {
        expect(text.slice(tok.start, tok.end)).toBe(tok.t.trimEnd())
        expect(text.slice(tok.start, tok.start + tok.t.length)).toBe(tok.t)
        expect(tok.start).toBeGreaterThanOrEqual(prevEnd)
        expect(tok.end).toBeGreaterThan(tok.start)
        prevEnd = tok.end
      }
      expect(reassemble(text)).toBe(text)
    })
  }

  it("counts the words of each seed", () => {
    const counts = Object.fromEntries(seeds.map(({ file, text }) => [file.replace(/-.*/, ""), countWords(tokenise(text))]))
    expect(counts).toEqual({ breitman: 2036, callinicos: 2008, deutscher: 10218, study: 8743, trotsky: 5342 })
    // (Callinicos quotes "[t]he Thermidor" and "[b]ureacratism": an editor's bracketed letter is its word's, one word each)
    // An independent count (runs of letters/digits with inner apostrophes or hyphens) agrees within 1 %.
    for (const { text } of seeds) {
      const simple = text.match(/[\p{L}\p{N}]+(?:[’'\-.,/][\p{L}\p{N}]+)*/gu)!.length
      expect(Math.abs(countWords(tokenise(text)) - simple) / simple).toBeLessThan(0.01)
    }
  })

  it("finds the OCR slip of the Breitman seed as separate words", () => {
    const text = seeds.find((s) => s.file.startsWith("breitman"))!.text
    const toks = tokenise(text)
    const k = toks.findIndex((t) => t.n === "anti")
    expect(toks.slice(k - 1, k + 2).map((t) => t.n)).toEqual(["stalinism", "anti", "a"])
    expect(text.slice(toks[k]!.start, toks[k]!.end)).toBe("anti")
  })
})

describe("tokenise: words, punctuation and normal forms", () => {
  it("keeps apostrophes inside words and possessives", () => {
    expect(pick("the workers’ state didn’t fall; it's o'clock")).toEqual([
      "the", "workers’", "state", "didn’t", "fall", ";", "it's", "o'clock"
    ])
    expect(tokenise("didn’t")[0]!.n).toBe("didn't")
  })

  it("tells a closing single quote from a possessive", () => {
    expect(pick("It ‘knows’ who is to get something")).toEqual(["It", "‘", "knows", "’", "who", "is", "to", "get", "something"])
  })

  it("keeps hyphenated words whole and spaced hyphens apart", () => {
    expect(pick("self-containment and self - containment")).toEqual(["self-containment", "and", "self", "-", "containment"])
    expect(tokenise("self – x")[1]!.n).toBe("—")
  })

  it("keeps numbers and dates whole", () => {
    expect(pick("1,000 men, 3.5 per cent, on 22/6/1953 at 12:30 in 1917-23.")).toEqual([
      "1,000", "men", ",", "3.5", "per", "cent", ",", "on", "22/6/1953", "at", "12:30", "in", "1917-23", "."
    ])
    expect(tokenise("1953")[0]!.kind).toBe("number")
    expect(tokenise("31m")[0]!.kind).toBe("word")
  })

  it("treats ellipses and dash runs as one token", () => {
    expect(pick("wait... no… yes -- maybe")).toEqual(["wait", "...", "no", "…", "yes", "--", "maybe"])
    expect(tokenise("a... b…").filter((t) => t.kind === "punct").map((t) => t.n)).toEqual(["…", "…"])
  })

  it("handles letters outside ASCII and case-folds them", () => {
    const toks = tokenise("Gerő, Poznań and GOMUŁKA")
    expect(toks.map((t) => t.n)).toEqual(["gerő", ",", "poznań", "and", "gomułka"])
  })

  it("joins a word broken by a line-end hyphen", () => {
    const text = "the bureau-\ncracy rules, the bureau-\r\n  cracy again; but Anglo-\nSaxon stays"
    const toks = tokenise(text)
    expect(toks[1]!.n).toBe("bureaucracy")
    expect(text.slice(toks[1]!.start, toks[1]!.end)).toBe("bureau-\ncracy")
    expect(toks.find((t) => t.t.startsWith("bureau-\r\n"))!.n).toBe("bureaucracy")
    // A capital after the break is not a hyphenated word: "Anglo-" and "Saxon" stay apart
    expect(toks.map((t) => t.n)).toContain("saxon")
  })

  it("joins a word broken at a line end by the ¬ some OCR engines print for the hyphen", () => {
    const text = "the growth of the bureau¬\ncracy, the revolu¬\r\ntion; but p ¬ q and p ¬q stay"
    const toks = tokenise(text)
    expect(toks.map((t) => t.n).slice(0, 7)).toEqual(["the", "growth", "of", "the", "bureaucracy", ",", "the"])
    expect(text.slice(toks[4]!.start, toks[4]!.end)).toBe("bureau¬\ncracy")
    expect(toks.map((t) => t.n)).toContain("revolution")
    // (a ¬ that ends no line is a sign of its own)
    expect(toks.map((t) => t.n).slice(-8)).toEqual(["p", "¬", "q", "and", "p", "¬", "q", "stay"])
  })

  it("unifies quotes and dashes and applies NFKC (ligatures)", () => {
    expect(tokenise("“a” ‘b’ `c' — – ‐ ﬁnal").map((t) => t.n)).toEqual([
      '"', "a", '"', "'", "b", "'", "'", "c", "'", "—", "—", "—", "final"
    ])
  })

  it("keeps abbreviations with periods", () => {
    expect(pick("the U.S.S.R. and the U.S. today.")).toEqual(["the", "U.S.S.R.", "and", "the", "U.S.", "today", "."])
  })

  it("keeps a word whose first letter an editor bracketed whole, its normal form without the brackets", () => {
    const toks = tokenise("as Trotsky put it, “[t]he Thermidor” and “[B]ureaucratism”")
    expect(toks.filter((t) => t.kind === "word").map((t) => [t.t.trim(), t.n])).toEqual([
      ["as", "as"], ["Trotsky", "trotsky"], ["put", "put"], ["it", "it"], ["[t]he", "the"], ["Thermidor", "thermidor"], ["and", "and"], ["[B]ureaucratism", "bureaucratism"]
    ])
    // (not a bracket inside a word, a bracketed number or word, nor a letter bracketed alone)
    expect(pick("a[b]c [1] [see] [a] text")).toEqual(["a", "[", "b", "]", "c", "[", "1", "]", "[", "see", "]", "[", "a", "]", "text"])
  })

  it("makes control characters tokens of their own, never dropped", () => {
    const text = "red\u001b[31m text\u0007"
    expect(reassemble(text)).toBe(text)
    expect(tokenise(text).some((t) => t.t.includes("\u001b"))).toBe(true)
  })

  it("keeps non-BMP characters whole", () => {
    const text = "the 𝔊𝔬𝔱𝔥𝔦𝔠 word 😀!"
    const toks = tokenise(text)
    expect(reassemble(text)).toBe(text)
    expect(toks.find((t) => t.t.startsWith("😀"))!.t.trimEnd()).toBe("😀")
  })

  it("never loses or invents a character (property)", () => {
    const alphabet = fc.constantFrom(
      "a", "B", "z", "é", "ő", "ł", "1", "9", " ", "\n", "\r", "\t", "\u00a0", "-", "–", "—", "'", "’", "‘", "“", "”",
      ".", ",", ":", "/", "…", "\u00ad", "\u001b", "\u0000", "😀", "\ud800", "ﬁ", "s", "U", "."
    )
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: alphabet, maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 40 }), fc.string()), (text) => {
        const toks = tokenise(text)
        expect(reassemble(text)).toBe(text)
        for (const t of toks) {
          expect(text.slice(t.start, t.end)).toBe(t.t.slice(0, t.end - t.start))
          expect(t.t.slice(t.end - t.start).trim()).toBe("")
          expect(t.end).toBeGreaterThan(t.start)
        }
      }),
      { numRuns: 2000 }
    )
  })
})
