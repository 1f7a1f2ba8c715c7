/** The other witnesses as evidence: a reading they share protects, a reading they give supports. */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import type { Proposal, TokenisedWitness } from "../../src/domain/model.ts"
import { normalise, type WithheldProposal } from "../../src/normalise/index.ts"
import type { Lexicon } from "../../src/normalise/lexicon.ts"
import { defaultLexicon } from "../../src/normalise/load.ts"
import type { Draft } from "../../src/normalise/proposal.ts"
import { preferRead, SUPPORTED, type Withheld } from "../../src/normalise/witnesses.ts"
import { repoRoot, seeds, witness } from "./helpers.ts"

let lexicon: Lexicon
beforeAll(() => {
  lexicon = defaultLexicon()
})

/** The first paragraph of the Origin's six editions (tests/fixtures/align/darwin-para1). */
function darwin(): TokenisedWitness[] {
  const dir = join(repoRoot, "tests", "fixtures", "align", "darwin-para1")
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => witness(f.replace(/\.txt$/, ""), readFileSync(join(dir, f), "utf8")))
}

const breitman = () => seeds()[0]!
const anti = (ps: ReadonlyArray<Proposal>) => ps.filter((p) => p.original === "anti")

describe("the other witnesses as evidence", () => {
  it("says where another edition reads the correction, and trusts the proposal the more", () => {
    const editions = darwin()
    const alone = normalise([editions.find((w) => w.witness.id === "1869")!], { lexicon })
    const all = normalise(editions, { lexicon })
    const [before] = alone.filter((p) => p.rule === "broken-word")
    const [after] = all.filter((p) => p.witness === "1869" && p.rule === "broken-word")
    expect(before?.original).toBe("- ")
    expect(before?.confidence).toBeLessThan(SUPPORTED)
    expect(before?.evidence).not.toHaveProperty("otherWitnesses")
    // the same proposal (its id does not depend on the evidence), now with the 1872 edition's reading
    expect(after?.id).toBe(before?.id)
    expect(after?.confidence).toBe(SUPPORTED)
    // (and the four earlier editions, which print "continues to vary" for "continues varying": found by the
    // words before the place, and those after it but one)
    expect(after?.evidence["otherWitnesses"]).toEqual({ "1859": "continues to", "1860": "continues to", "1861": "continues to", "1866": "continues to", "1872": "continues" })
    expect(after?.explanation).toMatch(/“con- tinues” is the word “continues” broken at a former line end; 1872 reads “continues” here; 1859, 1860, 1861 and 1866 read “continues to” here$/)
    // a confidence asked for is judged after the other witnesses have spoken
    expect(normalise(editions, { lexicon, minConfidence: 0.93 }).map((p) => p.id)).toEqual([after?.id])
    expect(normalise([editions.find((w) => w.witness.id === "1869")!], { lexicon, minConfidence: 0.93 })).toEqual([])
  })

  it("leaves a quotation as its source has it: a reading another witness prints in the same words is not the copy's error", () => {
    const years = (ps: ReadonlyArray<Proposal>) => ps.filter((p) => p.rule === "possessive-apostrophe")
    const alone = normalise([breitman()], { lexicon })
    expect(years(alone).map((p) => [p.original, p.replacement])).toEqual([["years", "years’"]])
    // a review that quotes the sentence as Breitman printed it, "in 25 years time": the apostrophe is not
    // the transcription's loss but the source's style
    const quoting = witness("quoting", "Breitman notes that a nation of 160 to 200 million was driven, in 25 years time, “to jump the chasm which separated the epoch of the wooden plow from that of the atomic pile.”")
    const withheld: WithheldProposal[] = []
    const both = normalise([breitman(), quoting], { lexicon, withheld })
    expect(years(both)).toEqual([])
    // (and the editor may see what was left alone, and why)
    expect(withheld.map((w) => [w.witness, w.original, w.replacement, w.rule, w.otherWitnesses])).toEqual([
      [breitman().witness.id, "years", "years’", "possessive-apostrophe", { quoting: "25 years time" }],
      ["quoting", "years", "years'", "possessive-apostrophe", { [breitman().witness.id]: "25 years time" }]
    ])
    expect(withheld[0]?.explanation).toMatch(/; withheld: quoting reads “25 years time” as this witness does here$/)
    // everything else of the seed is proposed as before (ids, spans, replacements)
    const key = (p: Proposal) => [p.id, p.start, p.replacement]
    expect(both.filter((p) => p.witness === breitman().witness.id).map(key)).toEqual(alone.filter((p) => p.rule !== "possessive-apostrophe").map(key))
    // and where the quoting book has the apostrophe, it supports the proposal
    const modern = witness("modern", quoting.witness.text.replace("years time", "years’ time"))
    const [p] = years(normalise([breitman(), modern], { lexicon }))
    expect(p?.confidence).toBe(SUPPORTED)
    expect(p?.explanation).toMatch(/; modern reads “25 years’ time” here$/)
  })

  it("hears every witness of a passage many print (more than a stock phrase's count)", () => {
    // seventy reviews, each quoting the sentence as Breitman printed it
    const reviews = Array.from({ length: 70 }, (_, k) =>
      witness(`review-${k}`, `Review ${k + 1}. Breitman notes that a nation of 160 to 200 million was driven, in 25 years time, “to jump the chasm which separated the epoch of the wooden plow from that of the atomic pile.”`)
    )
    const ps = normalise([breitman(), ...reviews], { lexicon })
    expect(ps.filter((p) => p.witness === breitman().witness.id && p.rule === "possessive-apostrophe")).toEqual([])
  })

  it("supports the correction where the quoting book reads it", () => {
    const quoting = witness("quoting", 'He foresaw "an orderly winding up of Stalinism and a gradual democratic evolution" of the regime.')
    const [p] = anti(normalise([breitman(), quoting], { lexicon }))
    expect(p?.replacement).toBe("and")
    expect(p?.confidence).toBeGreaterThanOrEqual(SUPPORTED)
    expect(p?.evidence["otherWitnesses"]).toEqual({ quoting: "Stalinism and a" })
    // (a short quotation: the words around it agree, not the passage beyond them)
    expect(p?.explanation).toMatch(/; quoting reads “Stalinism and a” between the same words$/)
  })

  it("says what another witness reads when it reads neither, where the passage it shares is long enough to place it", () => {
    const [before] = anti(normalise([breitman()], { lexicon }))
    const reprint = witness(
      "reprint",
      "Next week we will discuss other parts, especially his reasons for thinking that the Soviet Union is headed toward “an orderly winding up of Stalinism, then a gradual democratic evolution” under the leadership of the Soviet bureaucracy."
    )
    const [p] = anti(normalise([breitman(), reprint], { lexicon }))
    expect(p?.id).toBe(before?.id)
    expect(p?.confidence).toBe(before?.confidence)
    expect(p?.evidence["otherWitnesses"]).toEqual({ reprint: "Stalinism, then a" })
    expect(p?.explanation).toMatch(/; reprint reads “Stalinism, then a” here$/)
    // a short quotation that reads otherwise: the words beyond its anchors do not agree, nothing is said
    const quoting = witness("quoting", 'He foresaw "an orderly winding up of Stalinism, then a gradual democratic evolution" of the regime.')
    const [q] = anti(normalise([breitman(), quoting], { lexicon }))
    expect(q).toEqual(before)
  })

  it("never withholds layout: two printings from the same plates share their line-end hyphens", () => {
    const [page] = darwin().filter((w) => w.witness.id === "1869")
    // (a reissue with a new heading: the same page otherwise)
    const reissue = witness("1869-reissue", `ON THE ORIGIN OF SPECIES. Chapter I.\n\n${page!.witness.text}`)
    const ps = normalise([page!, reissue], { lexicon })
    expect(ps.filter((p) => p.rule === "broken-word").map((p) => p.witness)).toEqual(["1869", "1869-reissue"])
    expect(ps.every((p) => !("otherWitnesses" in p.evidence))).toBe(true)
  })

  it("takes a file loaded twice for no second witness", () => {
    const copy = witness("copy", breitman().witness.text)
    const alone = normalise([breitman()], { lexicon })
    const twice = normalise([breitman(), copy], { lexicon })
    // (its readings vouch for nothing, and its words are not "used elsewhere in the corpus": "anti" and the
    // fragment "s pus" are errors however often the same file is loaded)
    const key = (p: Proposal) => [p.start, p.end, p.replacement, p.rule, p.confidence, p.explanation]
    expect(twice.filter((p) => p.witness === breitman().witness.id).map(key)).toEqual(alone.map(key))
    expect(twice.filter((p) => p.witness === "copy").map(key)).toEqual(alone.map(key))
    expect(anti(twice).map((p) => p.witness)).toEqual([breitman().witness.id, "copy"])
    expect(twice.filter((p) => p.original === "s pus ").length).toBe(2)
    expect(twice.every((p) => !("otherWitnesses" in p.evidence))).toBe(true)
  })

  it("counts a file loaded twice once: what the corpus teaches of names and words does not change", () => {
    const all = seeds()
    const key = (p: Proposal) => [p.id, p.start, p.replacement, p.rule, p.confidence]
    const base = normalise(all, { lexicon }).map(key)
    // (a copy of Breitman or of the study guide, counted twice, made "Fourth International" and "Executive
    // Committee" surer names for the witness in lower case, learned from their capitals)
    for (const s of all) {
      const more = normalise([...all, witness("copy", s.witness.text)], { lexicon })
      expect(more.filter((p) => p.witness !== "copy").map(key)).toEqual(base)
    }
  })

  it("finds the place in another witness when a word beside it is misread too, in either copy", () => {
    // two scans of one report as two newspapers printed it: each misreads words the other prints right
    const dir = join(repoRoot, "tests", "fixtures", "normalise", "reprints")
    const [a, b] = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => witness(f.replace(/\.txt$/, ""), readFileSync(join(dir, f), "utf8")))
    const ps = normalise([a!, b!], { lexicon })
    const at = (original: string) => ps.find((p) => p.witness === a!.witness.id && p.original === original)!
    const others = (p: Proposal) => p.evidence["otherWitnesses"]
    // "did rot attempi to": the words after "rot" are misread here, those before "attempi" in neither copy
    expect([at("rot").replacement, others(at("rot"))]).toEqual(["not", { "3206329007": "did not attempt" }])
    expect([at("attempi").replacement, others(at("attempi"))]).toEqual(["attempt", { "3206329007": "not attempt to" }])
    // the other copy reads the correction: the proposal is the surer for it
    expect([at("etopped").replacement, at("etopped").confidence, others(at("etopped"))]).toEqual(["stopped", SUPPORTED, { "3206329007": "was stopped. It" }])
    // and where it reads neither, the editor learns what it reads: "whel" is no "when" but the cog-wheel
    expect([at("whel").replacement, others(at("whel"))]).toEqual(["when", { "3206329007": "the cog-wheel, which" }])
    expect(at("whel").confidence).toBeLessThan(SUPPORTED)
    // the other copy's own misreading is found from this one, whose words about it are misread too
    const disc = ps.find((p) => p.witness === b!.witness.id && p.original === "discbarged")!
    expect([disc.replacement, others(disc)]).toEqual(["discharged", { "3206328941": "was disebarged. -Mr" }])
    // (and two misreadings the other copy shows, "*ad" and "cansed": tests/normalise/collated.test.ts)
    expect(ps.filter((p) => others(p) !== undefined).length).toBe(21)
  })

  it("takes no formula two reports share for a shared passage", () => {
    const a = witness(
      "a",
      "All the organs except the lungs were quite healthy. The cause of death vwas the disease of the lungs, accelerated by want of the necessaries of life. The coroner said that although there was no evidence of neglect, the case was a sad one."
    )
    const b = witness(
      "b",
      "A post mortem examination was made, and the cause of death was found to be scrofulous disease of the lungs and bowels. The coroner then summed up the evidence, and the jury returned a verdict accordingly."
    )
    const alone = normalise([a], { lexicon }).filter((p) => p.original === "vwas")
    const both = normalise([a, b], { lexicon }).filter((p) => p.original === "vwas")
    expect(alone.map((p) => p.replacement)).toEqual(["was"])
    // (the other report adds to the corpus counts, nothing else: its "death was found to be scrofulous" is no reading of this place)
    expect(both.map((p) => [p.id, p.confidence, p.explanation])).toEqual(alone.map((p) => [p.id, p.confidence, p.explanation]))
    expect(both[0]?.evidence).not.toHaveProperty("otherWitnesses")
  })
})

describe("of two proposals for one place, the one another witness reads", () => {
  const draft = (start: number, end: number, replacement: string, confidence: number): Draft => ({ start, end, replacement, rule: "r", class: "punctuation", confidence, explanation: "", evidence: {} })
  it("is taken, whatever the other's confidence; drafts that touch without sharing a character are both kept", () => {
    // (the witness "to beThe safest": "be The" unread at 0.96, "be– The" read at 0.95)
    const read = draft(3, 8, "be– The", 0.95)
    const unread = draft(3, 8, "be The", 0.96)
    const withheld: Withheld[] = []
    expect(preferRead([unread, read], [false, true], 0, withheld)).toEqual([read])
    expect(withheld.map((w) => [w.draft.replacement, w.because])).toEqual([["be The", "another witness reads the place as the r proposal has it (“be– The”)"]])
    // (spans side by side, an insertion at a span's end, two insertions apart: no clash)
    const beside = [draft(8, 9, "", 0.99), draft(0, 3, "", 0.99), draft(8, 8, ".", 0.99), draft(2, 2, ",", 0.99)]
    expect(preferRead([read, ...beside], [true, false, false, false, false], 0)).toHaveLength(5)
    // (an insertion inside the span, one at the same point as an insertion read, a span over an insertion read)
    expect(preferRead([read, draft(5, 5, "-", 0.99)], [true, false], 0)).toEqual([read])
    expect(preferRead([draft(3, 3, "-", 0.9), draft(3, 3, "–", 0.99)], [true, false], 0)).toEqual([draft(3, 3, "-", 0.9)])
    expect(preferRead([draft(3, 3, "-", 0.9), draft(2, 4, "x", 0.99)], [true, false], 0)).toEqual([draft(3, 3, "-", 0.9)])
    // (an insertion read beside a span ending at it, or another insertion apart: no clash)
    expect(preferRead([draft(3, 3, "-", 0.9), draft(0, 3, "x", 0.99), draft(5, 5, ",", 0.99)], [true, false, false], 0)).toHaveLength(3)
    // (two drafts read: left to their confidence)
    expect(preferRead([read, unread], [true, true], 0)).toHaveLength(2)
  })
})
