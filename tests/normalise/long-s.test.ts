/**
 * The long s of a print before about 1800, read by a scan as f (detectors/longS.ts), on the Declaration of
 * Independence as Dunlap's broadside printed it (tests/fixtures/normalise/long-s/).
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import type { Proposal } from "../../src/domain/model.ts"
import { longSReading } from "../../src/normalise/detectors/longS.ts"
import { normalise, type Lexicon } from "../../src/normalise/index.ts"
import { defaultLexicon } from "../../src/normalise/load.ts"
import { apply, repoRoot, witness } from "./helpers.ts"

let lexicon: Lexicon
beforeAll(() => {
  lexicon = defaultLexicon()
})

const printed = readFileSync(join(repoRoot, "tests", "fixtures", "normalise", "long-s", "declaration-1776.txt"), "utf8")
/** The print as a scan reads it (ſ as f), and as it means (ſ as s). */
const scanned = printed.replace(/ſ/g, "f")
const meant = printed.replace(/ſ/g, "s")
const run = (text: string): Proposal[] => normalise([witness("decl", text)], { lexicon })

describe("the long s", () => {
  it("gives a word read with f for ſ its s back, capitalised nouns and runs of such words too, as one group", () => {
    const ps = run(scanned).filter((p) => p.rule === "long-s")
    expect(new Set(ps.map((p) => p.group))).toEqual(new Set(["long-s:decl"]))
    // (every one right: the print has ſ there and the replacement is the word it means)
    for (const p of ps) {
      expect(printed.slice(p.start, p.end)).toContain("ſ")
      expect(meant.slice(p.start, p.end)).toBe(p.replacement)
    }
    const mended = apply(scanned, run(scanned))
    for (const phrase of ["in the Course of human Events", "a decent Respect", "the Pursuit of Happiness", "as to them shall seem most likely", "to be self-evident", "hath shewn"])
      expect(mended).toContain(phrase)
    // (what is still missed: two words neither English dictionary lists, sufferable and usurpations)
    const missed = scanned.split(/\s+/).filter((w, k) => mended.split(/\s+/)[k] !== meant.split(/\s+/)[k])
    expect(missed.length).toBeLessThanOrEqual(3)
    expect(mended.split(/\s+/).length).toBe(meant.split(/\s+/).length)
    // (a capital F is an F: "Form", "Foundation", "For"; there is no capital long s, so "Fenate" is some other
    // misreading, not the long s's)
    expect(mended).toContain("any Form of Government")
    const senate = `${scanned}\nThe Fenate of the Colony.\n`
    expect(run(senate).filter((p) => p.rule === "long-s" && p.original === "Fenate")).toEqual([])
  })

  it("reads a word the long s made into another by its context, in such a print only", () => {
    // (the Declaration's own "the fame Object", and words of the same print in sentences made for the test)
    const made = "I fee the fame man fit down at the fide of the road, and I hear him fay that all is loft. He was a fit man for the place; the fee was paid, and the loft of the barn was full."
    const meantToo = "I see the same man sit down at the side of the road, and I hear him say that all is lost. He was a fit man for the place; the fee was paid, and the loft of the barn was full."
    const text = `${scanned}\n${made}\n`
    const mended = apply(text, run(text))
    expect(mended).toContain("the same Object")
    expect(mended.endsWith(`${meantToo}\n`)).toBe(true)
    // (a capital F is an F: "Fay", a name, is no "Say")
    const named = `${scanned}\nHe met Mr. Fay that day.\n`
    expect(run(named).filter((p) => p.original === "Fay")).toEqual([])
    // (in a print without the long s, "fit down" is the real-word rule's business, and "loft" is left)
    expect(run(made).filter((p) => p.rule === "long-s")).toEqual([])
  })

  it("reads an f as s only where a word is made, never a word's last f, and chooses only between unequal words", () => {
    const known = (w: string) => lexicon.unigram(w) > 0 || lexicon.isWord(w)
    const count = (w: string) => lexicon.unigram(w)
    expect(longSReading("firft", known, count)?.word).toBe("first")
    expect(longSReading("neceffary", known, count)?.word).toBe("necessary")
    expect(longSReading("itfelf", known, count)?.word).toBe("itself")
    expect(longSReading("chief", known, count)).toBeNull()
    expect(longSReading("zzfq", known, count)).toBeNull()
    // (with counts of one's own: the last f is never read, so "fcarf" is scarf though scars is commoner; sift
    // and fist, nearly as common, are no choice)
    const words = new Map([["scarf", 4], ["scars", 100], ["sift", 10], ["fist", 12], ["sense", 300]])
    const mine = (w: string) => words.has(w)
    const mineCount = (w: string) => words.get(w) ?? 0
    expect(longSReading("fcarf", mine, mineCount)?.word).toBe("scarf")
    expect(longSReading("fift", mine, mineCount)).toBeNull()
    expect(longSReading("fenfe", mine, mineCount)).toEqual({ word: "sense", positions: [0, 3] })
  })

  it("takes a few words with an f for an s for a scan's confusions, not for a print with the long s", () => {
    // (a witness with fewer than five such words: "fhe", "fome" are the non-word rule's)
    const text = "The prisoner said that fhe had gone to fome friends in the country, and that she had not seen the money."
    expect(run(text).filter((p) => p.rule === "long-s")).toEqual([])
    // (nor five rarer words so misread where the commonest words with an s are printed with it: a print with
    // the long s shows it in such, these, should, first)
    const rare = "The miser kept a fcarf, a fhelf of books, a cenfor's seal, a fcholar's gown and a mifer's purse; such things are seen in these old houses, and should be sold first."
    expect(run(rare).filter((p) => p.rule === "long-s")).toEqual([])
    const common = rare.replace("such things are seen in these", "fuch things are seen in thefe")
    expect(run(common).filter((p) => p.rule === "long-s").map((p) => p.replacement)).toEqual(["scarf", "shelf", "censor's", "scholar's", "miser's", "such", "these"])
  })
})
