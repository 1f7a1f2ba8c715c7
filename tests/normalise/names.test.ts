/** Misread names (detectors/names.ts) and the confusion between two words that it asks (confusions.ts). */
import { beforeAll, describe, expect, it } from "vitest"
import { oneConfusionBetween } from "../../src/normalise/confusions.ts"
import { normalise } from "../../src/normalise/index.ts"
import type { Lexicon } from "../../src/normalise/lexicon.ts"
import { defaultLexicon } from "../../src/normalise/load.ts"
import { witness } from "./helpers.ts"

let lexicon: Lexicon
beforeAll(() => {
  lexicon = defaultLexicon()
})

const names = (texts: ReadonlyArray<string>) =>
  normalise(texts.map((t, i) => witness(`w${i}`, t)), { lexicon }).filter((p) => p.rule === "misread-name")

// (sentences of a police-court report as BLN600's scans print them)
const REPORT = [
  "Thomas Elliott, a labourer, was charged with assaulting Mr. Thomas Palmer at Peckham.",
  "The prisoner said that Palmer had struck him first, and that he had only defended himself.",
  "Mr. Palmer, on being recalled, denied that he had struck the prisoner at all.",
  "Police-constable Wood said that when he took the prisoner into custody at Peckham he was very violent."
].join(" ")

describe("oneConfusionBetween", () => {
  it("names the confusion that makes one word of the other, wherever it stands", () => {
    expect(oneConfusionBetween("comiritern", "comintern")).toEqual({ weight: 0.8, pattern: "ri→n" })
    expect(oneConfusionBetween("thornas", "thomas")).toEqual({ weight: 1, pattern: "rn→m" })
    expect(oneConfusionBetween("bamet", "barnet")).toEqual({ weight: 0.6, pattern: "m→rn" })
    expect(oneConfusionBetween("paliner", "palmer")).toEqual({ weight: 0.5, pattern: "in→m" })
    expect(oneConfusionBetween("ceoper", "cooper")).toEqual({ weight: 0.5, pattern: "e→o" })
    // (at the first letter and at the last)
    expect(oneConfusionBetween("lhomas", "thomas")).toEqual({ weight: 0.4, pattern: "l→t" })
    expect(oneConfusionBetween("bolton", "holton")).toEqual({ weight: 0.8, pattern: "b→h" })
    expect(oneConfusionBetween("terrv", "terry")).toEqual({ weight: 0.4, pattern: "v→y" })
  })

  it("says null for the same word, a plain edit, or two confusions", () => {
    expect(oneConfusionBetween("palmer", "palmer")).toBeNull()
    expect(oneConfusionBetween("palmer", "parmer")).toBeNull()
    expect(oneConfusionBetween("pcckharn", "peckham")).toBeNull()
    expect(oneConfusionBetween("palm", "palmer")).toBeNull()
    expect(oneConfusionBetween("xhomas", "thomas")).toBeNull()
  })
})

describe("misread names", () => {
  it("gives a name back as the witness writes it elsewhere, with the counts that show it", () => {
    const [p, ...rest] = names([`${REPORT} Mr. Paliner said the prisoner had been drinking.`])
    expect(rest).toEqual([])
    expect([p?.original, p?.replacement, p?.class, p?.confidence]).toEqual(["Paliner", "Palmer", "non-word", 0.85])
    expect(p?.explanation).toBe("“Paliner” is in no dictionary and the corpus has it once; “Palmer” (in→m), one OCR confusion away, is a name this witness writes 3 times and the corpus holds 3")
    expect(p?.evidence).toEqual({ pattern: "in→m", corpus: 3, witness: 3, asPrinted: 1 })
    // (a possessive counts as its name)
    expect(names([`${REPORT.replace("Mr. Palmer, on", "Palmer’s account was")} Mr. Paliner said so.`]).map((x) => x.replacement)).toEqual(["Palmer"])
  })

  it("leaves a name alone that only another document writes: another report's Palmer is another man", () => {
    expect(names([REPORT, "Mr. Paliner said the prisoner had been drinking, and Paliner was believed."])).toEqual([])
    expect(names([REPORT, "Mr. Paliner said the prisoner had been drinking."])).toEqual([])
    // (nor one the witness writes once: twice at least)
    expect(names([REPORT, "Mr. Palmer was not in court. Mr. Paliner said the prisoner had been drinking."])).toEqual([])
    expect(names([REPORT, "Mr. Palmer was not in court. Mr. Palmer came later. Mr. Paliner said so."]).map((p) => [p.witness, p.replacement])).toEqual([["w1", "Palmer"]])
  })

  it("leaves alone a word two names are one confusion away from, and one printed nearly as often as the name", () => {
    // Peckham and Pockham: "Pcckham" may be either
    const both = `${REPORT} He had lived at Peckham, and at Pockham, and his mother at Pockham Rye, his brother at Pockham Green. He was seen at Pcckham.`
    expect(names([both])).toEqual([])
    expect(names([`${REPORT} He had lived at Peckham. He was seen at Pcckham.`]).map((p) => p.replacement)).toEqual(["Peckham"])
    // Palmer three times, "Paliner" once: three times as often; twice, not
    expect(names([`${REPORT} Mr. Paliner said so, and Mr. Paliner went on.`])).toEqual([])
  })

  it("takes a name one plain edit away only in a scan, and never a family's plural", () => {
    // (a scan: words no dictionary knows at OCR's rate; "Pallmer" is Palmer with a letter added)
    const garble = " Tbe prisoner wns remanded, aud tbe Bench adjonrned."
    const [p, ...rest] = names([`${REPORT}${garble} Mr. Pallmer said so.`])
    expect(rest).toEqual([])
    expect([p?.original, p?.replacement, p?.confidence]).toEqual(["Pallmer", "Palmer", 0.75])
    expect(p?.explanation).toBe("“Pallmer” is in no dictionary and the corpus has it once; “Palmer” (−l), one letter away, is a name this witness writes 3 times and the corpus holds 3")
    // (a careful transcription, its words all known: two names a letter apart are two names)
    const careful = Array.from({ length: 4 }, () => REPORT.replace("Police-constable", "The constable")).join(" ")
    expect(names([`${careful} Mr. Pallmer said so.`])).toEqual([])
    expect(names([`${careful} Mr. Paliner said so.`]).map((x) => x.replacement)).toEqual(["Palmer"])
    expect(names([`${REPORT}${garble} The Palmers were not in court.`])).toEqual([])
  })

  it("takes no common word for a name, and no name in a witness in lower case", () => {
    // "Mother" written with a capital inside sentences: the reference writes it in lower case far more often
    const home = "He went home to Mother. The prisoner told Mother all. Then he asked Mother for money. Later he met Mather."
    expect(names([home])).toEqual([])
    expect(names([REPORT.toLowerCase() + " mr. paliner said so."])).toEqual([])
  })
})
