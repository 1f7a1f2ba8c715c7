/**
 * Numbers a scan misread (rule `misread-digit`, detectors/numbers.ts): a digit read as the letter it
 * resembles ("the l3th", "valued at 1Os.", "in the year l848") is given back; a code, a formula, a decade,
 * a book's format, a sum in pounds and the debris of a garbled line are left.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import type { Proposal } from "../../src/domain/model.ts"
import { readNumber } from "../../src/normalise/detectors/numbers.ts"
import { normalise, type Lexicon } from "../../src/normalise/index.ts"
import { defaultLexicon } from "../../src/normalise/load.ts"
import { repoRoot, witness } from "./helpers.ts"

let lexicon: Lexicon
beforeAll(() => {
  lexicon = defaultLexicon()
})

const digits = (text: string): Proposal[] => normalise([witness("w", text)], { lexicon, rules: ["misread-digit"] })
const changes = (ps: ReadonlyArray<Proposal>) => ps.map((p) => `${p.original}→${p.replacement}`)
const rows = readFileSync(join(repoRoot, "tests", "fixtures", "normalise", "numbers", "bln600-numbers.tsv"), "utf8")
  .trim()
  .split("\n")
  .map((l) => l.split("\t") as [string, string])
const row = (has: string) => rows.find(([ocr]) => ocr.includes(has))![0]

describe("a number a scan misread", () => {
  it("gets its digits back where BLN600's ground truth has them", () => {
    for (const [token, number] of [
      ["l3th", "13th"], ["5lh", "5th"], ["1Os", "10s"], ["3oth", "30th"], ["l4th", "14th"], ["l1th", "11th"], ["l0s", "10s"],
      ["the lst of January, 1859", "1st"], ["the Ist inat", "1st"], ["the Ist of June", "1st"], ["the Ist of April", "1st"], ["the lst of Jane", "1st"]
    ] as const) {
      const text = row(token)
      const ps = digits(text)
      expect(changes(ps), token).toContain(`${token.split(" ")[1] ?? token}→${number}`)
      // (the ground truth prints the number so)
      expect(rows.find(([ocr]) => ocr === text)![1]).toContain(` ${number}`)
    }
  })

  it("leaves a token of a line the scan garbled, where its digits may be anything", () => {
    for (const token of ["5l5", "51o", "I01", "l4d", "12o'clocl"]) expect(changes(digits(row(token))), token).toEqual([])
  })

  it("reads numbers as printed in running text", () => {
    const text = "The Committee met in the year l848 to consider the roads. The sum of £l00 was voted, and a further 5O pounds for the bridge; the figures for l9l3 are on page 2O4, and 1,O00 copies were printed. He was l5 years old. Dated Paris, lst May, 1851. His son, aged I8, paid £l0 for a l2mo edition."
    expect(changes(digits(text))).toEqual(["l848→1848", "l00→100", "5O→50", "l9l3→1913", "2O4→204", "1,O00→1,000", "l5→15", "lst→1st", "I8→18", "l0→10", "l2mo→12mo"])
  })

  it("leaves codes, formulas, decades, formats, sums in pounds and words", () => {
    const text =
      "Water is H2O and the gas CO2; vitamin B12 and an A4 sheet; the 1920S and the 1920s; an 8vo of 1859, a 4to and a 12mo; see p40 and Smith 1971b; " +
      "write to SW1A 1AA; i18n and l10n; the byte 0x1F; at 12o'clock; an income of 30l. a year, and 4d. more; I5 the first; the 12B bus; O2 and 2I. " +
      "Goethe asks: Ist es wahr? Lst and Ist, said he, whilst April lasted."
    expect(digits(text)).toEqual([])
  })

  it("reads an S as 5 or 8 only where the witness's own years decide", () => {
    const years = "Mr. Edward Roe died on the 1st of January, 1859, having made a will in 1851. The bonds of the year 1862 were sent to Paris."
    expect(changes(digits(`${years} The house was built in 1S52 by his father.`))).toContain("1S52→1852")
    // (no years of its own: 1552 or 1852, left)
    expect(changes(digits("The house was built in 1S52 by his father, and sold soon after."))).toEqual([])
    // (years of both centuries: left)
    expect(changes(digits(`${years} The manor of 1512 and the chapel of 1547 stood there. It was built in 1S52.`))).toEqual([])
  })

  it("reads a word's digits by where they stand", () => {
    const none = () => new Map<string, number>()
    expect(readNumber("l848", none)?.number).toBe("1848")
    expect(readNumber("1B16", none)?.number).toBe("1816")
    expect(readNumber("3oth", none)?.number).toBe("30th")
    expect(readNumber("5lh", none)?.number).toBe("5th")
    // (an o after the last digit, with no ending: a word, "no", "o'clock")
    expect(readNumber("51o", none)).toBeNull()
    // (a number of two digits or more that begins with 0: garble, "0o1" in BLN600's "the 9th ult.")
    expect(readNumber("0o1", none)).toBeNull()
    expect(readNumber("0l5", none)).toBeNull()
    // (a leading O, S, B: a code)
    for (const w of ["O2", "S11", "B12", "Z80"]) expect(readNumber(w, none), w).toBeNull()
    // (a trailing l is the pound's, a trailing S, B or I no digit)
    for (const w of ["30l", "1920S", "12B", "2I"]) expect(readNumber(w, none), w).toBeNull()
  })
})
