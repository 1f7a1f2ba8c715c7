/** The word detectors with the real reference (Brown corpus + dictionaries): OCR errors, stray letters, case. */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { detectCase } from "../../src/normalise/detectors/case.ts"
import { detectMixedCase } from "../../src/normalise/detectors/mixedCase.ts"
import { detectNonWords } from "../../src/normalise/detectors/nonWord.ts"
import { COMMON, detectRealWords } from "../../src/normalise/detectors/realWord.ts"
import { errorPrior, writtenKnown, writtenKnownOf } from "../../src/normalise/detectors/shared.ts"
import { detectStray } from "../../src/normalise/detectors/stray.ts"
import { corpusTerms, termCandidates } from "../../src/normalise/detectors/terms.ts"
import { detectTitles } from "../../src/normalise/detectors/titles.ts"
import { normalise } from "../../src/normalise/index.ts"
import { candidates, caseByAlignment, CONFUSIONS, matchCase, oneEditPattern, twoSteps } from "../../src/normalise/confusions.ts"
import { GB_SPELLING, IN_DICTIONARY, US_SPELLING, type Lexicon } from "../../src/normalise/lexicon.ts"
import type { Proposal } from "../../src/domain/model.ts"
import type { Draft } from "../../src/normalise/proposal.ts"
import { otherSpelling } from "../../src/normalise/spellings.ts"
import { defaultLexicon } from "../../src/normalise/load.ts"
import { WORD_CONFUSIONS } from "../../src/normalise/wordConfusions.ts"
import { distance } from "fastest-levenshtein"
import { apply, input, repoRoot, seeds, witness } from "./helpers.ts"

let lexicon: Lexicon
beforeAll(() => {
  lexicon = defaultLexicon()
})
/** OCR lines of BLN600 with their errors, one witness of scanned text (about one word in ten unknown). */
const rawScan = () =>
  readFileSync(join(repoRoot, "tests", "fixtures", "normalise", "bln600-lines.tsv"), "utf8").trim().split("\n").map((l) => l.split("\t")[0]!).join("\n\n")
/**
 * The proposals `normalise` makes in `tail`, read after the raw scan (a witness at a scan's error rate), as
 * "original → replacement", those `keep` takes (by the proposal and its offset in `tail`).
 */
const mendedAfterScan = (tail: string, keep: (p: Proposal, at: number) => boolean = () => true) => {
  const scan = rawScan()
  const from = scan.length + 2
  return normalise([witness("t", `${scan}\n\n${tail}`)], { lexicon })
    .filter((p) => p.start >= from && keep(p, p.start - from))
    .map((p) => `${p.original} → ${p.replacement}`)
}
/** The real-word detector's proposals for `tail`, read after the raw scan (a witness at a scan's error rate). */
const realWordsAfterScan = (tail: string) => {
  const scan = rawScan()
  const text = `${scan}\n\n${tail}`
  return { text, ds: detectRealWords(input(lexicon, [witness("t", text)])).filter((d) => d.start > scan.length) }
}
const fix = (detect: typeof detectNonWords, text: string, others: string[] = []) => {
  const ws = [witness("t", text), ...others.map((o, k) => witness(`o${k}`, o))]
  return apply(text, detect(input(lexicon, ws)))
}

describe("confusions", () => {
  it("read each confusion as lower-case letters (so a string of a–z stays one: the candidate search relies on it)", () => {
    for (const [, to] of CONFUSIONS) expect(to).toMatch(/^[a-z]+$/)
  })

  it("generates candidates through OCR confusions, weighted above plain edits", () => {
    const cs = candidates("anti", (w) => ["and", "ant", "aunt"].includes(w), true)
    const and = cs.find((c) => c.word === "and")!
    expect(and.pattern).toBe("ti→d")
    expect(and.weight).toBeGreaterThan(cs.find((c) => c.word === "ant")!.weight)
    expect(cs.map((c) => c.word)).not.toContain("anti")
    expect(candidates("rnoney", (w) => w === "money", false)[0]).toMatchObject({ word: "money", pattern: "rn→m" })
    // (two confusions at one place are one letter read through another, and still two steps)
    const chained = candidates("seperate", (w) => w === "separate", false)[0]!
    expect(chained).toMatchObject({ word: "separate", pattern: "e→o→a" })
    expect(twoSteps(chained.pattern) && twoSteps("rn→m, c→e") && !twoSteps("rn→m") && !twoSteps("−y")).toBe(true)
  })
  it("tells one plain edit and keeps the case pattern", () => {
    expect(oneEditPattern("hie", "he")).toBe("−i")
    expect(oneEditPattern("bf", "of")).toBe("b→o")
    expect(oneEditPattern("teh", "the")).toBe("eh⇄")
    expect(oneEditPattern("the", "she")).toBe("t→s")
    expect(oneEditPattern("abc", "xyz")).toBeNull()
    expect(matchCase("and", "Anti")).toBe("And")
    expect(matchCase("and", "ANTI")).toBe("AND")
    // (a word in capitals with one small letter misread: BLN600's "THu case", "ALr the charges")
    expect(matchCase("the", "THu")).toBe("THE")
    expect(matchCase("all", "ALr")).toBe("ALL")
    expect(matchCase("will", "IIll")).toBe("Will")
    expect(matchCase("all", "Tll")).toBe("All")
    // (letter by letter: a letter misread, added or lost does not decide the case)
    for (const [word, raw, cased] of [
      ["the", "THu", "THE"], ["all", "ALr", "ALL"], ["he", "HWe", "He"], ["we", "WVe", "We"], ["the", "Tbe", "The"], ["william", "WILLIAmt", "WILLIAM"],
      ["will", "IIll", "Will"], ["and", "Anti", "And"], ["and", "ANTI", "AND"], ["tragedy", "tRAGEDT", "TRAGEDY"], ["brought", "bro1ught", "brought"], ["the", "lHe", "the"], ["he", "lHe", "He"], ["the", "TLe", "The"], ["be", "Xbe", "Be"], ["rich", "Ulich", "Rich"], ["the", "Te", "The"], ["away", "AWA", "AWAY"]
    ] as const)
      expect(caseByAlignment(word, raw)).toBe(cased)
  })
})

describe("real-word errors", () => {
  it("takes a hyphen glued to a word's start for a stray mark, not a line break", () => {
    // (BLN600's OCR: "an application for bail -belng refused" is being, not a broken word's end)
    expect(fix(detectNonWords, "the case was adjourned for eight days, an application for bail -belng refused on the representations of the police")).toContain("bail -being refused")
    expect(fix(detectNonWords, "the case was adjourned for eight days, an application for bail- belng refused on the representations of the police")).toContain("bail- belng refused")
  })
  it("says of a plain edit what it is, not that it is a common OCR confusion", () => {
    // (BLN600's OCR: "had keen kept"; k→b is no confusion the scans are known for, r→n is)
    const { ds } = realWordsAfterScan("The noise of beating had keen kept up all day. Arrangements had beer made with Mr. Wheatley.")
    expect(ds.map((d) => [d.replacement, d.explanation.split("; ").pop()])).toEqual([["been", "k→b: one letter misread"], ["been", "r→n is a common OCR confusion"]])
  })
  it("leaves an abbreviation before a number alone", () => {
    // (BLN600's OCR: "The Act 45 Vic., cap. 14, sec. 13, was very clear" → see)
    const s = "The Act 45 Vic., cap. 14, sec. 13, was very clear: it shall not be lawful."
    expect(fix(detectRealWords, s)).toBe(s)
  })
  it("leaves a part of a word broken by a hyphen to the hyphen rules, whatever word it spells", () => {
    // (BLN600's OCR: "he dis- covered" → is, "hear- ing his" → in)
    const lines = ["In the next compartment, which was full of smoke, he dis- covered Mr. Cox lying on the fender.", "She, on hear- ing his door close, put on her shawl."]
    for (const s of lines) expect(fix(detectRealWords, s)).toBe(s)
  })
  it("corrects a short word the context rejects when one confusion away a word fits (anti → and, lie → he)", () => {
    expect(fix(detectRealWords, "an orderly winding up of Stalinism anti a gradual democratic evolution")).toBe(
      "an orderly winding up of Stalinism and a gradual democratic evolution"
    )
    expect(fix(detectRealWords, "The prisoner represented that lie had been sent by the landlord.")).toBe(
      "The prisoner represented that he had been sent by the landlord."
    )
  })
  it("asks more of a correction in a careful transcription than in a raw scan (the witness's rate of unknown words)", () => {
    const clean = readFileSync(join(repoRoot, "seeds", readdirSync(join(repoRoot, "seeds")).find((f) => f.startsWith("deutscher"))!), "utf8")
    const scan = rawScan()
    const priorOf = (text: string) => errorPrior(input(lexicon, [witness("t", text)]))
    expect(priorOf(clean)).toBeLessThan(0.1)
    expect(priorOf(scan)).toBe(1)
    expect(priorOf("The case was adjourned, and legal aid would be applied for.")).toBeGreaterThan(0.6)
    // misreadings of BLN600's scans that the context speaks against only moderately: mended in the scan,
    // left alone in the careful transcription, where a word as printed is far more likely meant
    // (misreadings whose rate scans are known for, "she bad a master key", are weighed by it: see below)
    const fixed = (text: string, word: string) => detectRealWords(input(lexicon, [witness("t", text)])).some((d) => text.slice(d.start, d.end) === word)
    for (const [sentence, word] of [
      ["It was nob the first time he had been there.", "nob"],
      ["The prisoner was remanded fer a week.", "fer"]
    ] as const) {
      expect(fixed(`${scan}\n\n${sentence}`, word)).toBe(true)
      expect(fixed(`${clean}\n\n${sentence}`, word)).toBe(false)
    }
  })
  it("joins a word split by a space, but not a common word with a short fragment", () => {
    expect(fix(detectNonWords, "to recover £6 com pensation for an assault, after in quiries were made")).toBe("to recover £6 compensation for an assault, after inquiries were made")
    // (BLN600's OCR: "reas on duty" for was on, "ber to the staircase" for her)
    for (const s of ["it was suggested that the murder was committed while the latter reas on duty.", "Finally he dragged ber to the staircase, and attempted to throw her down."])
      expect(fix(detectNonWords, s)).not.toMatch(/reason duty|berto/)
  })
  it("keeps the capital of a word the scan glued a stray letter before", () => {
    // (BLN600's OCR: "aThe jury returned" was mended to "the jury returned")
    expect(fix(detectNonWords, "The case was heard. aThe jury returned a verdict of accidental death.")).toBe("The case was heard. The jury returned a verdict of accidental death.")
  })
  it("writes the word in capitals among capitals, else in the case of the letters the scan read right", () => {
    // (BLN600's OCR; its ground truth reads THE, WILLIAM, He, We, and THE at an article's opening)
    for (const [scan, mended] of [
      ["TnE WATCH ROBBERY AT KING'S CROSS.", "THE WATCH"],
      ["WILLIAmt FAY, a smartly-dressed young man, was charged with stealing from the person.", "WILLIAM FAY"],
      ["HWe replied there were 62 already paid, and there might be some more.", "He replied"],
      ["WVe regret to have to state that another death (making five in the whole) has now resulted from this terrible accident.", "We regret"],
      ["THu case of Caminada v. O'Gust came before his honour Judge Lumley Smith, in the Westminster County Court.", "THE case"],
      ["Tbe case of the prisoner came before his honour Judge Lumley Smith, in the Westminster County Court.", "The case"]
    ] as const)
      expect(fix(detectNonWords, scan)).toContain(mended)
  })
  it("does not take a word in lower case for a name misread", () => {
    // (BLN600's OCR: "a lonran well known" → london, "sweeping through densely- populated B-mondsey" → monday)
    expect(fix(detectNonWords, "Aieplin is a lonran well known in Northampton.")).not.toContain("london")
    // (nor for one the reference writes capitalised alone, twice, and the dictionary lacks: "Varlaam"; a
    // word it has capitalised alone and the dictionary in lower case is a word, "Defence", "Ensign")
    const mended = mendedAfterScan("The case excited unusual interest owing to varioam circumstances, and the lamentable defenco that was made on the prisoner's behalf.")
    expect(mended).not.toContain("varioam → varlaam")
    expect(mended).toContain("defenco → defence")
    expect(fix(detectNonWords, "He was charged with stealing a watch, tbe property of his master.")).toContain("the property")
  })
  it("asks more of a word of three letters, which has many words one confusion away", () => {
    // (BLN600's OCR: "hav children" was read as have, its ground truth "and children"; "ond" → and in "was
    // eminently ond which", one)
    for (const s of ["and stated that she had known the defendant as a neighbour for twelve years, and had been a friend of his wife and hav children.", "The magistrate was of opinion that the case was eminently ond which should go before a jury."])
      expect(fix(detectNonWords, s)).toBe(s)
    expect(fix(detectNonWords, "He was charged with stealing a watch, tbe property of his master.")).toContain("the property")
  })
  it("leaves the parts of a word broken at a full stop to the rule that joins them", () => {
    // (BLN600's OCR: the parts were mended on their own as well, "servi. tude" → serve + join = servetude)
    const text = "he could not pass upon him a less sentence than ten years' penal servi. tude, and they pur. chased it on proceed. ing from the barn."
    expect(normalise([witness("t", text)], { lexicon }).map((p) => [p.original, p.rule])).toEqual([[". ", "broken-word"], [". ", "broken-word"], [". ", "broken-word"]])
    expect(apply(text, normalise([witness("t", text)], { lexicon }))).toContain("penal servitude, and they purchased it on proceeding from")
  })
  it("takes only words something vouches for: one that no dictionary, reference or other witness knows is a non-word", () => {
    const once = "The prisoner said tbe man was there."
    expect(detectRealWords(input(lexicon, [witness("t", once)]))).toEqual([])
    expect(normalise([witness("t", once)], { lexicon }).map((p) => [p.original, p.replacement, p.rule, p.class])).toEqual([["tbe", "the", "non-word", "non-word"]])
    // used elsewhere in the corpus, the word is the corpus's own: the non-word detector leaves it, the context may not
    const twice = [witness("a", once), witness("b", "He saw tbe dog and the cat.")]
    expect(detectRealWords(input(lexicon, twice)).map((d) => [once.slice(d.start, d.end), d.replacement, d.class])).toEqual([["tbe", "the", "real-word-error"]])
  })
  it("does not take a rare word for an error because a comma, \"and\" or \"the\" was never seen before it", () => {
    // (sentences of BLN600's corrected text: with a Dirichlet estimate of the pairs, each was "corrected")
    for (const s of [
      "the captain was on deck, walking to and fro, and the stoker was below",
      "He became violent, bit one of the constables severely in the arm",
      "charged with drunkenness, riot, and assault",
      "in drinking beer and ale from the prisoner",
      "of which absolutely no trace exists, save some cinders from the stove",
      "a fire was lit in the garden of the house opposite"
    ]) {
      expect(fix(detectRealWords, s)).toBe(s)
    }
  })
  it("in a raw scan, does not let a misreading the scan repeats vouch for itself", () => {
    const scan = rawScan()
    const repeated = "It was clear that it bad been struck by the engine. The witness said that she bad been living with him."
    const fixed = (text: string) => detectRealWords(input(lexicon, [witness("t", text)])).filter((d) => text.slice(d.start, d.end) === "bad").length
    expect(fixed(`${scan}\n\n${repeated}`)).toBe(2)
  })
  it("weighs a misreading scans are known to make by how often they make it (bad for had, lie for he), but not against the reference", () => {
    const { text, ds } = realWordsAfterScan(
      "Smith bad been cohabiting with Harris for some years. Last week, however, lie committed suicide by hanging. " +
        "The stone was placed on the tier of the monument. He wished to be heard."
    )
    expect(ds.map((d) => `${text.slice(d.start, d.end)} → ${d.replacement}`)).toEqual(["bad → had", "lie → he"])
    expect(ds[1]!.explanation).toContain("scans print “lie” for “he” (BLN600:")
  })
  it("takes a misreading scans are known to make where the reference is too small to attest one side", () => {
    // (BLN600's scan: "ri" is debris, and nothing attests "ri but"; "but little" speaks for it)
    const { text, ds } = realWordsAfterScan("There is ri bat little doubt that the reason was plain.")
    expect(ds.map((d) => `${text.slice(d.start, d.end)} → ${d.replacement}`)).toEqual(["bat → but"])
  })
  it("learns its misreadings as scripts/learn-word-confusions.ts promises: real words, near, seen often enough", () => {
    expect(WORD_CONFUSIONS.length).toBeGreaterThan(20)
    for (const [seen, meant, n, meantTotal, seenTotal] of WORD_CONFUSIONS) {
      expect(seen).not.toBe(meant)
      expect(Math.min(seen.length, meant.length)).toBeGreaterThanOrEqual(2)
      expect(distance(seen, meant)).toBeLessThanOrEqual(2)
      expect(lexicon.unigram(seen) > 0 || lexicon.isWord(seen)).toBe(true)
      // (4 times or more; 5 for a common word, whose every occurrence the rule looks at)
      expect(n).toBeGreaterThanOrEqual(lexicon.unigram(seen) >= COMMON ? 5 : 4)
      expect(n).toBeLessThanOrEqual(meantTotal)
      expect(n).toBeGreaterThanOrEqual(0.005 * seenTotal)
    }
    // (the misreadings the detector's explanations cite: "be" and "bad" for he and had)
    expect(WORD_CONFUSIONS.some(([s, m]) => s === "be" && m === "he")).toBe(true)
    expect(WORD_CONFUSIONS.some(([s, m]) => s === "bad" && m === "had")).toBe(true)
  })
  it("weighs a two-letter misreading the scans are known to make by its measured rate, between words, not a word's tail nor a common word's other sense", () => {
    const { text, ds } = realWordsAfterScan(
      "He had sinister motives, also that be had deserted his colours. The money was to be paid. " +
        "He left the childi en the next day. He served in the 1st or Grenadier Regiment of Foot Guards. The bill was to he paid at once."
    )
    expect(ds.map((d) => `${text.slice(d.start - 5, d.end + 4)} → ${d.replacement}`)).toEqual(["that be had → he", "s to he pai → be"])
  })
  /**
   * The real-word detector on `tail` read after the raw scan: its proposals on `word` (any rule's), and
   * those of the grammar rule whose explanation says `says` (where it is surer than the bigrams or they are
   * silent), each by its context.
   */
  const onWord = (tail: string, word: string, says: string) => {
    const { text, ds } = realWordsAfterScan(tail)
    const at = (d: Draft) => `${text.slice(d.start - 7, d.end + 9)} → ${d.replacement}`
    const all = ds.filter((d) => text.slice(d.start, d.end).toLowerCase() === word)
    const ruled = all.filter((d) => d.explanation.includes(says))
    return { all: all.map(at), ruled: ruled.map(at), explanation: ruled[0]?.explanation }
  }
  it("reads “he” after a modal as “be” when no verb follows it: a modal takes a verb in its bare form", () => {
    // (BLN600's scans; the three genuine ones are from its tune split too)
    const r = onWord(
      "Mr. Lickfold applied that the case might he withdrawn against the defendant. The body shall he exhumed and examined. " +
        "The prisoner will not he executed, it is said. He told him it would he better for him to move back to London. " +
        "An infant was observed to he struggling in the water. " +
        "The sentence should he not be reprieved was to be carried into effect. Unless by his will he has directed otherwise. " +
        "How can he says I am of unsound mind? Would he like to come? She asked whether he could come. " +
        "He was appointed to he a lieutenant in the regiment.",
      "he",
      "a verb stands in its bare form"
    )
    expect(r.ruled).toEqual([" might he withdraw → be", " shall he exhumed  → be", "ll not he executed → be", " would he better f → be", "ved to he struggli → be"])
    // ("should he not", "would he like": a verb the modal takes, a question or a condition, not "be"; "to"
    // is a preposition too, and "to a" says nothing against "to be a", which the bigrams propose)
    expect(r.all).toEqual([...r.ruled, "ted to he a lieute → be"])
    expect(r.explanation).toBe("“might he withdrawn”: after “might” a verb stands in its bare form, and “withdrawn” is none (the reference has “be withdrawn” 0 times, “might withdrawn” 0); scans print “he” for “be”")
  })
  it("reads “be” as “he” where nothing makes it a verb and the next word is one “he” takes", () => {
    // (BLN600's scans, the genuine ones too)
    const r = onWord(
      "The prisoner was taken to church, after which be returned to his residence. When be arrived at the corner of the street he saw the man. " +
        "The witness said that on the last occasion, be said that he understood the charge. " +
        "She would then be paid the money. The girl should ret, be asked about a statement. " +
        "Every time he called be was told that she was out. After a struggle, be threw her down. " +
        "He was sentenced to undergo eighteen months' imprisonment and be dismissed from the service. If it be true, so be it.",
      "be",
      "makes “be” a verb here"
    )
    // ("When be arrived": "he arrived" 6 times in the reference, "be arrived" 2, too near to tell)
    expect(r.ruled).toEqual([" which be returned → he", "asion, be said tha → he", "called be was told → he", "uggle, be threw he → he"])
    expect(r.all).toEqual(r.ruled)
    expect(r.explanation).toBe(
      "“which be returned”: no modal, \"to\" or \"let\" makes “be” a verb here (the reference has “which be” 0 times, “which he” 168), and “returned” follows “he” 17 times, “be” 2; scans print “be” for “he”"
    )
  })
  it("reads “bad” as “had” before a participle or a word the adjective never takes", () => {
    // (BLN600's scans; the reference has "nothing bad occurred" and "however bad it was": left to the bigrams)
    const r = onWord(
      "The constable, who was in plain clothes, bad witnessed the assault. If he bad kicked him he must have seen it. " +
        "Mr. Ginger and his foreman bad been previously convicted. The horse bad bolted down the street. " +
        "There were four cases in which deaths bad occurred. In the meantime however bad been taken into custody. " +
        "The offence was as bad as robbing a man. He was a bad tempered man with a bad left leg, and it was too bad to be true.",
      "bad",
      "never follows the adjective “bad”"
    )
    // (the bigrams take the first three as surely: their drafts stand)
    expect(r.all).toEqual(["othes, bad witnesse → had", " If he bad kicked h → had", "oreman bad been pre → had", " horse bad bolted d → had"])
    expect(r.ruled).toEqual([" horse bad bolted d → had"])
    expect(r.explanation).toBe("“horse bad bolted”: “bolted” is a participle, which never follows the adjective “bad”; scans print “bad” for “had”")
  })
  it("reads “end” as “and” where nothing makes it a noun or a verb", () => {
    // (BLN600's scans, the genuine ones too)
    const r = onWord(
      "My brother was outside end did all he could to stop the servant. When she returned the windows were open, end there was a strong smell. " +
        "The bread was found to be deficient in weight end quality. The rest was paid now end a part at other times. " +
        "After the first trial she was confined end the child was born dead. " +
        "He will come until the latter end of next week, and struck him with the heavy end of the tongs. " +
        "She lived in Charles-street, Mile end New town. They fought to end the war, and at the end they left. " +
        // (at a sentence's start its capital was lost too: not "and" in lower case)
        "She was taken to the station. end there she was charged.",
      "end",
      "nothing before “end” makes it"
    )
    // (the bigrams take the second and third as surely: their drafts stand)
    expect(r.all).toEqual(["utside end did all  → and", " open, end there wa → and", "weight end quality. → and", "id now end a part a → and", "nfined end the chil → and"])
    expect(r.ruled).toEqual(["utside end did all  → and", "id now end a part a → and", "nfined end the chil → and"])
  })
  it("reads “aid” as “and” where nothing makes it a noun or a verb, but not glued to a mark (“said” misread) nor before “of”", () => {
    // (BLN600's scans)
    const r = onWord(
      "Five barrels of which were loaded aid the other empty. The deceased was a baked potato seller, aid in the early morning he went out. " +
        "A concert was given in aid of the fund. The first aid kit was empty. Mr. Besley ,aid that the defendant was drunk. He -aid whatever she did was right.",
      "aid",
      "nothing before “aid” makes it"
    )
    expect(r.ruled).toEqual(["loaded aid the othe → and", "eller, aid in the e → and"])
    expect(r.all.filter((x) => /in aid|first aid|-aid/.test(x))).toEqual([])
  })
  it("leaves “he” after a modal in a careful transcription (a seed's rate of unknown words)", () => {
    const seed = seeds()[3]!.witness.text
    const text = `${seed}\n\nMr. Lickfold applied that the case might he withdrawn against the defendant.`
    expect(detectRealWords(input(lexicon, [witness("t", text)])).filter((d) => d.start > seed.length)).toEqual([])
  })
  it("gives a sentence's first word its capital back when the scan misread that capital (le for He)", () => {
    const { text, ds } = realWordsAfterScan("She had made the place her home for years. le had been there since the spring.")
    expect(ds.map((d) => `${text.slice(d.start, d.end)} → ${d.replacement}`)).toEqual(["le → He"])
  })
  it("takes a word capitalised at a sentence start too, but not after a title, nor before a capital, nor an ordinal (Ist: 1st)", () => {
    const { text, ds } = realWordsAfterScan(
      "Tie prisoner was taken to the station. Ho refused to go. The mother of Mrs. Dore, the witness, came.\n\nBye Day, Thursday, Dec. 3.\n\nIst session, Thursday, the court sat."
    )
    expect(ds.map((d) => `${text.slice(d.start, d.end)} → ${d.replacement}`)).toEqual(["Tie → The", "Ho → He"])
  })
  it("parts two words run together by a lost space, a dictionary word or one the corpus repeats (fora, ofthe)", () => {
    expect(fix(detectRealWords, "The landlady sent fora doctor, who came at once.")).toBe("The landlady sent for a doctor, who came at once.")
    // (a misreading the scan repeats is "known" to the corpus: still two words the reference writes side by side)
    const scan = "The inspection ofthe schools was made. A report ofthe roads followed."
    expect(fix(detectRealWords, scan)).toBe("The inspection of the schools was made. A report of the roads followed.")
    // words the reference uses as one (anyone 140 times, maybe 133, anew 6) are left as printed
    for (const s of ["He would not tell anyone at all.", "They began anew the next morning.", "It is maybe the best of them."]) expect(fix(detectRealWords, s)).toBe(s)
  })
  it("mends a misreading the scan repeats to one of the hundred commonest words, him and been among them", () => {
    const scan = "The constable took himt up to the station, charging himt with theft. The money had beed removed, the damage having beed caused by a crowbar."
    expect(fix(detectRealWords, scan)).toBe("The constable took him up to the station, charging him with theft. The money had been removed, the damage having been caused by a crowbar.")
  })
  it("leaves a common word alone even where a neighbour of it would fit better", () => {
    for (const s of ["which used to fell those who wanted", "brought two further significant acts", "more clear than today, when civil war", "the sword of the dictatorship"]) {
      expect(fix(detectRealWords, s)).toBe(s)
    }
  })
})

describe("non-words", () => {
  it("replaces an unknown word by the word it most likely stands for, and splits run-together words", () => {
    for (const line of readFileSync(join(repoRoot, "tests", "fixtures", "normalise", "bln600-lines.tsv"), "utf8").trim().split("\n")) {
      const [ocr, truth] = line.split("\t") as [string, string]
      const w = witness("bln", ocr)
      const fixed = apply(ocr, normalise([w], { lexicon, minConfidence: 0.6 }))
      expect(fixed).toBe(truth)
    }
  })
  it("is surer of a two-letter token's correction when a confusion makes the word between two words it fits", () => {
    const scan = rawScan()
    const tail = "He said several ot the magistrates were present. The youth stooped down te pick up the paper. It was gh. He said he would not."
    const text = `${scan}\n\n${tail}`
    const ps = detectNonWords(input(lexicon, [witness("t", text)])).filter((p) => p.start > scan.length)
    // (t→f, e→o: confusions, between words; "gh" is debris a plain edit would make "go" of, at a sentence end)
    expect(ps.map((p) => [text.slice(p.start, p.end), p.replacement, p.confidence >= 0.6])).toEqual([["ot", "of", true], ["te", "to", true], ...ps.slice(2).map((p) => [text.slice(p.start, p.end), p.replacement, false])])
  })
  it("parts two words the reference writes side by side though neither is a function word, and leaves a compound", () => {
    const tail = "The woman said that herhusband had left her, after whichshe went to the house. They wentup the stairs. He was employed as a horsekeeper at the mill."
    expect(mendedAfterScan(tail)).toEqual(["herhusband → her husband", "whichshe → which she", "wentup → went up"])
  })
  it("parts two words of which one is a closed-class word, though the reference never writes them side by side", () => {
    // (BLN600's OCR; its ground truth parts them all: been, who, from, her and while are no compound's part)
    const tail =
      "He had beencharged several times. He assaulted the policewho endeavoured to arrest him. He was struck in the face by some shotsfrom a gun. " +
      "She put it in herpocket and went out. He was robbed whileasleep in the park."
    expect(mendedAfterScan(tail)).toEqual(["beencharged → been charged", "policewho → police who", "shotsfrom → shots from", "herpocket → her pocket", "whileasleep → while asleep"])
    // (two content words the reference never pairs are a compound the dictionary lacks: left)
    expect(mendedAfterScan("The potman and the corndealer were in the washhouse when the fire broke out.")).toEqual([])
  })
  it("mends a word split by a space and misread as one word, not its second piece alone", () => {
    // (BLN600's OCR, one article: "idental" alone would be "dental", which the article prints, surer than
    // the whole)
    const tail = 'The jury returned a verdict of "Aic idental death."\n\nThe jury returned a verdict If "Ardc dental death."'
    expect(mendedAfterScan(tail, (_, at) => at < 60)).toEqual(["Aic idental → Accidental"])
  })
  it("parts two words where another parting would make a compound, and where the reference pairs them", () => {
    // (BLN600's OCR: "themill" is also "them ill", two words that might make a compound, which left the token
    // alone; "assault" is rarer in the reference than two parts need, but it writes "assault upon")
    const tail = "Mellor began to pay his addresses to a reeler in themill at which he was store-keeper. He got one month's hard labour for the assaultupon the constable."
    expect(mendedAfterScan(tail, (p) => p.rule === "non-word")).toEqual(["themill → the mill", "assaultupon → assault upon"])
  })
  it("parts three words or more run together where each pair is one the reference writes, each in the case printed", () => {
    // (BLN600's OCR: "andthejury", "haditnotbeen", "inawhisper", "whichtheLord"; "effectsaof", "notaknow" are
    // stray letters glued, not "effects a of", "not a know"; "girlinto" is two words, "girl into", not three)
    const tail =
      "The prisoner said andthejury retired. He spoke inawhisper that haditnotbeen for the police he would have escaped, whichtheLord forbid. " +
      "He showed the effectsaof violence, and did notaknow what he gave to the girlinto whose care he was."
    expect(mendedAfterScan(tail, (p) => p.rule === "non-word" && p.replacement.includes(" "))).toEqual([
      "andthejury → and the jury", "inawhisper → in a whisper", "haditnotbeen → had it not been", "whichtheLord → which the Lord", "girlinto → girl into"
    ])
  })
  it("parts a preposition run into the name after it, in a scan", () => {
    // (BLN600's OCR: "On Saturday, atRedhill, before the mayor", "the vessel sailed forTucacas")
    const tail = "On Saturday, atRedhill, before the mayor, the vessel sailed forTucacas on the Thursday."
    expect(mendedAfterScan(tail, (p) => p.rule === "non-word")).toEqual(["atRedhill → at Redhill", "forTucacas → for Tucacas"])
  })
  it("deletes a stray apostrophe inside a word, in a scan, where the word without it is one the reference has", () => {
    // (BLN600's OCR; its ground truth reads afterwards, her, unlawfully; "d'ded" is no "dded", which Hunspell
    // takes, nor "l'e" "le"; a possessive and "o'clock" are no specks)
    const tail = "The clothes, which they afterw'ards exchanged, were beneath the sleeve of he'r cloak, taken unlawf'ully from a letter in d'ded hands that l'e had. The plaintiff's clerk came at nine o'clock."
    expect(mendedAfterScan(tail, (p) => p.original.includes("'"))).toEqual(["afterw'ards → afterwards", "he'r → her", "unlawf'ully → unlawfully"])
  })
  it("parts the pronoun I run into the word after it, where the reference writes the two side by side", () => {
    // (BLN600's OCR: "Have", "Saw", "Believe" were proposed, the I dropped; in "at Ibe Sutton" the I is a speck,
    // and "at I" no pair of the reference; "Ithe" for "He" is no pronoun, "I the" no pair)
    const text = 'He said, "Ihave not been on a roof." Ibelieve he was there, and it was after Itold him. She left home at Ibe Sutton. Ithe said he was a member.'
    const fixed = fix(detectNonWords, text)
    expect(fixed.slice(0, fixed.indexOf(" She"))).toBe('He said, "I have not been on a roof." I believe he was there, and it was after I told him.')
    expect(fixed).toContain("at Ibe Sutton")
    expect(fixed).not.toContain("I the")
  })
  it("parts a word run into a function word even when the reference has it rarely, each part in the case it is printed in", () => {
    // (razor and constable are used fewer than 20 times in the reference)
    expect(fix(detectNonWords, "He drew therazor across his throat and waited until aconstable came.")).toBe("He drew the razor across his throat and waited until a constable came.")
    expect(fix(detectNonWords, "He was taken to theMansion House and committed fortriaL at the sessions.")).toBe("He was taken to the Mansion House and committed for trial at the sessions.")
  })
  it("leaves British spellings, derived words, names, foreign phrases and words the corpus uses elsewhere alone", () => {
    const cases = [
      "the organisation of labour and the centralisation of power",
      "a broad democratism in the way affairs were conducted",
      "the oppositional forces and tzarist times",
      "a certain Petrov, member of the party since 1918",
      "Stalinism in extremis would place Russia before the danger",
      "the kulak and the nepman were the enemies",
      // (British and 19th-century spellings the Hunspell dictionaries lack: BLN600 had gaol → god)
      "the prisoner was removed to the gaol in a waggon, and the despatch was read by the police serjeant",
      // (BLN600's corrected text had leant → lean, drachms → drachma)
      "she leant over the front of the dock; the scales were 6 drachms short",
      // (and words of the period: BLN600 had horsekeeper → housekeeper, bannisters → banisters)
      "the horsekeeper and the forgeman pulled away the bannisters and threw them into the destructor with a leathern bottle",
      // (speech with its elisions marked, as printed: BLN600's corrected text had 'tis → is)
      "'Any ways, you will suffer for this; 'tis not the first time,' said he.",
      "I was lookin' at the sky and we kept walkin' on, gettin' nowhere and havin' a good time.",
      // (a foreign phrase beside English: BLN600's corrected text had sergent → sergeant, ville → mille)
      "found guilty of the assassination of the sergent de ville Vincenzini, on the Place de la Bastille"
    ]
    for (const s of cases) expect(fix(detectNonWords, s, ["the nepman of the twenties and the kulak"])).toBe(s)
  })
  it("mends the same forms where no apostrophe marks an elision (an OCR that lost a letter)", () => {
    expect(fix(detectNonWords, "I was lookin at the sky and we kept walkin on, gettin nowhere and havin a good time.")).toBe(
      "I was looking at the sky and we kept walking on, getting nowhere and having a good time."
    )
  })
  it("in a careful transcription, mends an unknown word only with a word that fits both neighbours", () => {
    const clean = readFileSync(join(repoRoot, "seeds", readdirSync(join(repoRoot, "seeds")).find((f) => f.startsWith("deutscher"))!), "utf8")
    const scan = rawScan()
    const mended = (text: string, word: string) => detectNonWords(input(lexicon, [witness("t", text)])).find((d) => text.slice(d.start, d.end) === word)?.replacement
    // (Frankenstein 1831 prints "doating"; Darwin 1866 "long-haried", a typo for haired: "coating" and
    // "varied" fit one neighbour each, "the" and "and")
    for (const [sentence, word] of [
      ["He was differing wholly from the doating fondness of age.", "doating"],
      ["Hairless dogs have imperfect teeth: long-haried and coarse-haired animals are apt to have long horns.", "haried"]
    ] as const) {
      expect(mended(`${clean}\n\n${sentence}`, word)).toBeUndefined()
      expect(mended(`${scan}\n\n${sentence}`, word)).toBeDefined()
    }
    // (a typo whose correction fits both sides is still mended: Darwin 1859 printed "neverthelsss")
    expect(mended(`${clean}\n\nIt is neverthelsss certain that the breeds differ.`, "neverthelsss")).toBe("nevertheless")
    expect(mended(`${clean}\n\nthey walked into the roorn and sat down.`, "roorn")).toBe("room")
  })
  it("takes a capitalised word after an initial or a title for a name, and after a full stop for a sentence start", () => {
    for (const s of ["the wife of Mr. Hariod, of Norwich, and their son", "Capt. Fead, and E. S. Forman, Esq., were present"]) expect(fix(detectNonWords, s)).toBe(s)
    expect(fix(detectNonWords, "He left the room in a hurry. Tbe door was open.")).toBe("He left the room in a hurry. The door was open.")
  })
  it("at a sentence start, takes a word the reference has seldom when the witness prints it twice or more", () => {
    // (BLN600's OCR: "Witn6ss said", "Prosecotor:", in reports of witnesses and prosecutors)
    const scan = "The first witness said he was takcn ill. Witn6ss said tbat the other witness had seen the mau."
    expect(fix(detectNonWords, scan)).toContain(". Witness said")
    // (not where the witness prints it once or never: a capitalised word is as likely a name)
    for (const s of ["The first witness said he was takcn ill. Witn6ss said tbat the other man had seen the mau.", "The first man said he was takcn ill. Witn6ss said tbat he had seen the mau."])
      expect(fix(detectNonWords, s)).toContain(". Witn6ss said")
  })
  it("leaves the tail of a word split by the scan alone, and still mends a short word", () => {
    // (BLN600: "ment" → men, "sessed" → sensed, "vention" → mention, "ness" → less made lines worse)
    // (with the head intact the two are joined: "regi ment" → regiment; with the head garbled the tail stays)
    expect(fix(detectNonWords, "he was ordered to rejoin his regi ment in India")).toBe("he was ordered to rejoin his regiment in India")
    for (const [s, tail] of [["he was ordered to rejoin his rcgl ment in India", " ment "], ["they had been pos. sessed of the goods", " sessed "], ["at the con- vention of the party", " vention "]] as const)
      expect(fix(detectNonWords, s)).toContain(tail)
    // (where head and tail together are one confusion or edit from a word, the whole is mended: see the
    // split-word rule's misread pieces)
    expect(fix(detectNonWords, "the wcak ness of the case")).toBe("the weakness of the case")
    expect(fix(detectNonWords, "the c0mmittee met in the roorn")).toBe("the committee met in the room")
    // "ing" alone, the commonest ending, is the rest of a word (never "in"); where the scan repeats it, the
    // corpus knows it, and the real-word rule leaves it too
    const boiler = "Just before noon a boiler, weih ing about 15 tons, was being lowered."
    expect(fix(detectNonWords, boiler)).toBe(boiler)
    const twice = "An inquest was held respect I ing the death of James Burns. Afterbe ing evidence, the jury found him guilty."
    expect(fix(detectRealWords, twice)).toBe(twice)
    // "pre" alone, the commonest beginning, is the head of a word (not "are")
    const present = "to the surprise of all pre ent found it to be alive"
    expect(fix(detectNonWords, present)).toBe(present)
  })
  it("in a scan, mends a long word one plain edit from one word though the reference never sets it beside its neighbours", () => {
    // (BLN600's OCR: "in unlawvful possession", "was remanuded till Friday", "an i4ferior article")
    const scan = "Tbe prisoner was takcn in unlawvful possession of the goods, and was remanuded till Friday for an i4ferior article."
    expect(fix(detectNonWords, scan)).toBe("The prisoner was taken in unlawful possession of the goods, and was remanded till Friday for an inferior article.")
    expect(detectNonWords(input(lexicon, [witness("t", scan)])).find((p) => p.replacement === "unlawful")?.explanation).toBe(
      "“unlawvful” is in no dictionary and nowhere else in the corpus; “unlawful” (−v) is the one word so near it, though the reference never sets it beside “in … possession”"
    )
    // (not a short word, an older spelling, a word with an apostrophe, nor one with two candidates; not in a
    // careful transcription)
    for (const s of ["Tbe prisoner was takcn with a black oxydised watch.", "Tbe prisoner was takcn. Whate'er thou art, thou art divine.", "Tbe prisoner was takcn when serious destraction ensued."])
      expect(fix(detectNonWords, s)).toContain(s.slice(25))
    const clean = readFileSync(join(repoRoot, "seeds", readdirSync(join(repoRoot, "seeds")).find((f) => f.startsWith("deutscher"))!), "utf8")
    expect(fix(detectNonWords, `${clean}\n\nThe man was found in unlawvful possession of the goods.`)).toContain("unlawvful")
  })
  it("leaves a word of a French phrase English has borrowed whole", () => {
    // (a witness in English that quotes French now and then, as the seeds' essays quote Russian)
    const text = "The press took up the Dreyfus affaire and the Entente cordiale with much esprit de corps."
    expect(fix(detectNonWords, text)).toBe(text)
  })
  it("asks more of a word two steps away, and of one the reference has once or twice and no witness uses", () => {
    // (stook is not stock, o→e and e→c; anle is not anye, atva not alva)
    for (const s of ["The boy said that the chap as stook she up could not read.", "It was bought for anle purpose. She atva struck the man."])
      expect(fix(detectNonWords, s)).toBe(s)
  })
  it("does not drop a final y, nor make a syllable of a hyphenated name a pronoun", () => {
    // (the plurals of Russian words transliterated; "greaty" is one letter short of greatly, not one long of
    // great: BLN600's OCR)
    for (const s of ["Peasants who resisted entry into the kolkhozy were deported.", "The Stakhanovites set records; the spetsy, the bourgeois specialists, were tried."])
      expect(fix(detectNonWords, s)).toBe(s)
    expect(fix(detectNonWords, "The lady was greaty distressed by the news.")).toBe("The lady was greatly distressed by the news.")
    const chiang = "In 1927 Chiang Kai-shek turned on the workers of Shanghai. Mao Tse-tung withdrew to the countryside, and Chou En-lai organised the underground. Sun Yat-sen had died two years before."
    expect(fix(detectNonWords, chiang)).toBe(chiang)
  })
  it("leaves an ordinal with a 1 read as l alone, and does not take a capital inside a token for nothing", () => {
    const date = "On the lst of December the prisoner was found."
    expect(fix(detectNonWords, date)).toBe(date)
    // ("lHe": a stray mark before "He"; "the" is one confusion away, but the capital says which word it is)
    expect(fix(detectNonWords, "lHe afterwards dragged the body to the door.")).not.toMatch(/^the /)
  })
  it("offers only words written in letters, and leaves an ordinal number with a misread digit alone", () => {
    // (BLN600: "l4th" is 14th with its 1 read as l; "4th" and "lath" were proposed for it; "c0mmittee" and
    // "w4ith" are words with a digit to mend)
    const known = (w: string) => lexicon.unigram(w) > 0
    for (const w of ["l4th", "l9th", "c0mmittee", "w4ith"]) for (const c of candidates(w, known, true, known)) expect(c.word).toMatch(/^[a-z']+$/)
    expect(candidates("l4th", known, true, known).map((c) => c.word)).not.toContain("4th")
    for (const s of ["on the l4th of March", "the l9th century", "from the l3th to the 20th"]) expect(fix(detectNonWords, s)).toBe(s)
    expect(fix(detectNonWords, "the c0mmittee met w4ith the men")).toBe("the committee met with the men")
  })
})

describe("the corpus's own words (terms.ts)", () => {
  // (BLN600's corrected text, police reports: "prosecutrix" is in neither Brown nor the dictionaries)
  const reports =
    "The prosecutrix, a tall young woman, said on the night of the 28th January she slept in a room by herself. " +
    "An aunt of the prosecutrix informed the magistrate that the girl had suffered from a spinal complaint. " +
    "She noticed something which induced her to question the prosecutrix, and the latter then made an accusation against her father. " +
    "Emily Barlow, cook to the prosecutrix, stated that the prisoners first came to the house in soldiers' clothes."
  const scanned = "-The prosecntrix said she in- tended to do so."
  it("are the words careful witnesses use twice or more that no dictionary has: not a broken word's half, a name, two words run together", () => {
    const text =
      `${reports} The pri- soners were charged with theft, and the pri- soners pleaded guilty. Mr. Cudworth appeared for the defence; the case of ` +
      "Cudworth was heard first. The constable said thathe saw them, and thathe followed them. The mandril was used to cut the ice, and the mandril broke."
    const terms = corpusTerms(input(lexicon, [witness("t", text)]).model)
    expect([...terms.uses]).toEqual([["prosecutrix", { count: 4, witnesses: [0] }], ["mandril", { count: 2, witnesses: [0] }]])
    // (a name a witness in lower case writes so is still a name where the others capitalise it inside a
    // sentence; a word the dictionary has, though Brown lacks it, is a candidate already: "samizdat")
    const lc = `${reports.toLowerCase()} the case of cudworth was heard, and cudworth was fined; cudworth paid. the samizdat was read.`
    const named = `${reports} The case of Cudworth was heard, and Cudworth was fined. The samizdat was read.`
    expect([...corpusTerms(input(lexicon, [witness("lc", lc), witness("named", named)]).model).uses]).toEqual([["prosecutrix", { count: 8, witnesses: [0, 1] }]])
    // (a word used once is none, though the file is loaded twice: "woolbroker" is the corpus's twice over)
    const once = `${reports} He was a woolbroker in the City.`
    expect([...corpusTerms(input(lexicon, [witness("a", once), witness("b", once)]).model).uses]).toEqual([["prosecutrix", { count: 4, witnesses: [0] }]])
    // (in a scan, whose garbles repeat, no word is the corpus's: the same text after BLN600's OCR lines)
    expect([...corpusTerms(input(lexicon, [witness("t", `${rawScan()}\n\n${text}`)]).model).uses]).toEqual([])
  })
  it("are offered one confusion or edit away, but not as another inflection of the word", () => {
    const text = `${reports} The mandril broke; the mandril was new. The kulaks were deported, and the kulaks lost their land. The zemstvo met; the zemstvo was abolished. The nepmen prospered, and the nepmen fell. The bureaucratism grew, and bureaucratism won.`
    const terms = corpusTerms(input(lexicon, [witness("t", text)]).model)
    expect(termCandidates("prosectrix", terms)).toEqual([{ word: "prosecutrix", weight: expect.any(Number), pattern: "+u" }])
    expect(termCandidates("prosecntrix", terms).map((c) => [c.word, c.pattern])).toEqual([["prosecutrix", "n→u"]])
    expect(termCandidates("burcaucratism", terms).map((c) => [c.word, c.pattern])).toEqual([["bureaucratism", "c→e"]])
    // (two confusions apart, and two at one place: BLN600's OCR, as one corpus)
    expect(termCandidates("proseentrix", terms).map((c) => c.word)).toEqual(["prosecutrix"])
    expect(termCandidates("proseoutrix", terms).map((c) => c.word)).toEqual(["prosecutrix"])
    // (two places far apart, "bnreaucratisrn": n→u, rn→m; three letters read as one, "iii" for m)
    expect(termCandidates("bnreaucratisrn", terms).map((c) => c.word)).toEqual(["bureaucratism"])
    expect(termCandidates("bureaucratisiii", terms).map((c) => c.word)).toEqual(["bureaucratism"])
    // (a plural, a singular, a possessive, a Russian plural, a word derived otherwise: "men with mandrils",
    // "the kulaki", "the kulak's hireling", "the zemstva", "a nepman", "a bureaucratist")
    for (const w of ["mandrils", "kulaki", "kulak", "kulak's", "zemstva", "nepman", "prosecutrixes", "bureaucratist"]) expect(termCandidates(w, terms)).toEqual([])
  })
  it("mend a scan's misreading of a word the careful witnesses print, and only theirs", () => {
    const scan = `${rawScan()}\n\n${scanned}`
    const mended = (ws: ReturnType<typeof witness>[]) => normalise(ws, { lexicon }).filter((p) => p.witness === "scan" && p.original === "prosecntrix")
    const [p] = mended([witness("reports", reports), witness("scan", scan)])
    expect(p).toMatchObject({ replacement: "prosecutrix", rule: "non-word", evidence: { pattern: "n→u", reference: 0, corpus: 4, carefulUses: 4 } })
    expect(p!.explanation).toContain("“prosecutrix” (n→u), in no dictionary either but printed 4 times by the corpus's careful witnesses (reports)")
    // (the reports printed in the scan itself: a scan's words are no evidence, its garbles repeat)
    expect(mended([witness("scan", `${rawScan()}\n\n${reports}\n\n${scanned}`)])).toEqual([])
    expect(mended([witness("scan", scan)])).toEqual([])
  })
})

describe("historical spellings", () => {
  it("are words beside the dictionary's, in lower case, capitalised or in capitals", () => {
    for (const w of ["gaol", "Gaol", "GAOL", "gaolers", "connexion", "Waggon", "mediaeval"]) expect([w, lexicon.isWord(w)]).toEqual([w, true])
    for (const w of ["gAOL", "gaoll", "goal-"]) expect([w, lexicon.isWord(w)]).toEqual([w, false])
    expect((lexicon.vocabulary().find("gaol") - 1) & IN_DICTIONARY).toBe(IN_DICTIONARY)
  })
})

describe("British and American spelling", () => {
  const spelling = (w: string) => lexicon.spelling(w)
  it("tells the words one variety alone spells so, and their other spelling", () => {
    expect([spelling("parlor"), spelling("parlour"), spelling("license"), spelling("parlr")]).toEqual([US_SPELLING, GB_SPELLING, 0, 0])
    expect(otherSpelling("parlor", spelling)).toEqual({ word: "parlour", group: 0 })
    expect(otherSpelling("defence", spelling)).toEqual({ word: "defense", group: 0 })
    expect(otherSpelling("traveled", spelling)).toEqual({ word: "travelled", group: 0 })
    expect(otherSpelling("organization", spelling)).toEqual({ word: "organisation", group: 1 })
    // (a word both write, and one British print writes as American does, have none)
    expect([otherSpelling("license", spelling), otherSpelling("licence", spelling), otherSpelling("judgment", spelling)]).toEqual([null, null, null])
  })

  const british = "It was a great honour to the court, and the labour of the day was done."
  const american = "It was a great honor to the court, and the labor of the day was done."
  const scan = "The prisoner said he had been in the parloer of the house."
  it("mends a word as the witness spells it: the British form in a British witness", () => {
    const ws = [witness("t", `${british} ${scan}`)]
    const p = detectNonWords(input(lexicon, ws)).find((x) => x.start === ws[0]!.witness.text.indexOf("parloer"))!
    expect(p.replacement).toBe("parlour")
    expect(p.explanation).toContain("(−e to “parlor”, in the witness's British spelling)")
    expect(p.evidence).toMatchObject({ spelling: "en-GB", asFound: "parlor" })
    // (an American witness keeps the reference's form; so does a witness with no evidence in a corpus without any)
    expect(fix(detectNonWords, `${american} ${scan}`)).toContain("in the parlor of")
    expect(fix(detectNonWords, scan)).toContain("in the parlor of")
    // (a witness with no evidence of its own follows the corpus)
    expect(fix(detectNonWords, scan, [british])).toContain("in the parlour of")
  })
  it("judges a candidate the reference has only in the other spelling by that spelling's counts", () => {
    // (BLN600's OCR: "aggravated his serious effence", its ground truth offence; the reference, American, has
    // "offense" and never "offence")
    const text = "It was a great honour. He had aggravated his serious effence by the defence he had made."
    expect(fix(detectNonWords, text)).toContain("his serious offence by")
  })
  it("reaches by one plain edit a word only British spelling writes, which the reference lacks in that spelling", () => {
    // (BLN600's OCR; its ground truth endeavouring, neighbour)
    const text = "It was a great honour. He was ndeavouring to escape when a neigrhbour saw him."
    expect(fix(detectNonWords, text)).toBe("It was a great honour. He was endeavouring to escape when a neighbour saw him.")
  })
  it("judges such a candidate by the witnesses' own counts where they use it more than the reference the other spelling", () => {
    // (BLN600's OCR: "The ofence was as bad as robbing a man", its ground truth offence; by the reference's
    // "the offense", "the fence" is likelier; beside a witness that writes "the offence" five times, offence)
    const scan = "It was a great honour. The ofence was as bad as robbing a man."
    const other = "The offence was grave. He admitted the offence. The offence was committed at night. It was his first offence, and the offence was not repeated."
    expect(fix(detectNonWords, scan, [other])).toContain("The offence was")
  })
  it("takes a word in two spellings as one reading: the other spelling is no runner-up", () => {
    const text = "It was a great honour. The organiaation of the society was in the hands of the committee, which organised it."
    const p = detectNonWords(input(lexicon, [witness("t", text)])).find((x) => x.replacement.startsWith("organ"))!
    expect(p.replacement).toBe("organisation")
    expect(p.evidence.runnerUp).not.toBe("organization")
  })
})

describe("the terms of textual scholarship", () => {
  it("are words, and a misread one is mended to its term", () => {
    const text = "The palimpsest of the recension shows contamination in the stemma, and the focalization of the paratext is diegetic."
    expect(fix(detectNonWords, text)).toBe(text)
    expect(fix(detectNonWords, "The readings of the stemrna show that the recensiou is late.")).toBe("The readings of the stemma show that the recension is late.")
  })
})

describe("a lost apostrophe", () => {
  it("is put back in a contraction or o'clock, written as the witness writes its apostrophes", () => {
    // (BLN600: "dont" was mended to done, "oclock" to clock, "youre" to your)
    expect(fix(detectNonWords, "He said, I dont know what you mean, and I didnt see him at ten oclock, and youre wrong.")).toBe(
      "He said, I don't know what you mean, and I didn't see him at ten o'clock, and you're wrong."
    )
    expect(fix(detectNonWords, "“He said,” she wrote, “‘I dont know what you mean,’ and I didn’t see him at ten oclock.” It’s so.")).toBe(
      "“He said,” she wrote, “‘I don’t know what you mean,’ and I didn’t see him at ten o’clock.” It’s so."
    )
  })
})

describe("Latin phrases of the law", () => {
  it("are left as printed, their words in no English dictionary; an error beside them is still mended", () => {
    for (const text of [
      "The judge said there was a prima facie case against the prisoner in the matter.",
      "The question of the mens rea of the prisoner was left to the jury by the judge.",
      "A writ of fieri facias was issued against the goods of the defendant in the action.",
      "The plaintiff was allowed to sue in forma pauperis, and the court heard the case.",
      "The doctor made a post mortem examination of the body, and the post-mortem showed it."
    ])
      expect(fix(detectNonWords, text)).toBe(text)
    expect(fix(detectNonWords, "The judge said there was a prima facie case againet the prisoner.")).toContain("case against the")
  })
})

describe("dictionary check of a token as written", () => {
  it("answers once per word and form as asking for every token does", () => {
    // (the seeds, BLN600 scan lines, and forms in capitals, half in capitals, accented, with apostrophes;
    // a name the dictionary lists capitalised only is accepted in capitals, PRAVDA, and not as pRAVDA)
    const scan = rawScan()
    const made = "KAISER Kaiser kaiser KAiser kAISER O'BRIEN O'Brien CAFé CAFÉ Café A1 ABC1 I i THE The tHE PRAVDA pRAVDA PRavda Pravda pravda STALIN sTALIN STalin"
    const ws = [...seeds(), witness("scan", scan), witness("made", `${made} ${made}`)]
    const { model } = input(lexicon, ws)
    const once = writtenKnownOf(model)
    let asked = 0
    let yes = 0
    ws.forEach((w, k) => {
      const ids = model.corpus.tokenIds[k]!
      w.tokens.forEach((t, i) => {
        if (t.kind !== "word") return
        const expected = writtenKnown(lexicon, w.witness.text, t)
        expect([w.witness.text.slice(t.start, t.end), once(w.witness.text, t, ids[i]!)]).toEqual([w.witness.text.slice(t.start, t.end), expected])
        asked++
        if (expected) yes++
      })
    })
    expect(asked).toBeGreaterThan(25000)
    expect(yes).toBeGreaterThan(1000)
  })
})

describe("a capital inside a word in lower case", () => {
  it("is the letter misread too, in a scan, where the words around prefer another letter there by far", () => {
    // (BLN600's OCR; its ground truth reads six, his, cut; "fOund" is found, and "The wAll was" wall, "will"
    // not preferred by far; "cOn- taining" is a broken word's half, and a word of two letters, "aX", is only
    // lowered)
    const tail = "He was the driver of the engine for about sAx weeks, and was tried for the manslaughter of hAs paramour. The body was cAt into twelve pieces and fOund in a carpet bag cOn- taining a pin. She slept in aX room. The wAll was high."
    expect(mendedAfterScan(tail, (p) => p.rule === "case-mixed")).toEqual(["sAx → six", "hAs → his", "cAt → cut", "fOund → found", "cOn → con", "aX → ax", "wAll → wall"])
    // (in a careful transcription, a seed's rate of unknown words, the capital is only lowered)
    const seed = seeds()[3]!.witness.text
    const text = `${seed}\n\nHe was the driver of the engine for about sAx weeks.`
    expect(detectMixedCase(input(lexicon, [witness("t", text)])).filter((d) => d.start > seed.length).map((d) => d.replacement)).toEqual(["sax"])
  })
})

describe("a common word capitalised inside a sentence", () => {
  const fixCase = (text: string) => apply(text, detectMixedCase(input(lexicon, [witness("t", text)])))
  it("is lowered when the reference writes it in lower case, between words it is attested beside", () => {
    expect(fixCase("No evidence Was called, and a smell Of fire was noticed.")).toBe("No evidence was called, and a smell of fire was noticed.")
  })
  it("is left when it may start a sentence whose full stop was lost, when the witness writes it so twice (a name), or after debris", () => {
    for (const text of [
      "he fired a shot at him The bullet struck the wall.",
      "he did not consider that More stood in the position of a trustee, and that More would be unable to pay.",
      "r t Is it possible that he came?"
    ])
      expect(fixCase(text)).toBe(text)
  })
  it("is lowered when it is a word of a small i the scan read as a capital, though such words start sentences, recur, or fit one side only", () => {
    // ("In" and "It" start sentences too often for the rule above; "In" twice would be a name there;
    // "scaffolding in" is not in the reference, "in front" is)
    expect(fixCase("A gang were erecting scaffolding In front of the ward, and the man died In the street when It was dark.")).toBe(
      "A gang were erecting scaffolding in front of the ward, and the man died in the street when it was dark."
    )
    // ("If" is capitalised in the reference's titles more than 1 time in 50: enough for such a word)
    expect(fixCase("The prisoner asked her If she knew him.")).toBe("The prisoner asked her if she knew him.")
    // (but not a word that starts a sentence as often, nor one between words attested beside it on neither side)
    for (const text of ["he fired a shot at him The bullet struck the wall.", "the gang of scaffolding In xqzv was there."]) expect(fixCase(text)).toBe(text)
    // (in a scan, any such word the reference has: BLN600's "he was Induced to deposit", "the spot Indicated";
    // in a careful transcription only the common ones, its capitals being its own: BLN600's corrected text
    // keeps "an Inquest has")
    const tail = "Eventually he was Induced to deposit the money, and the constable proceeded to the spot Indicated by him."
    expect(apply(`${rawScan()}\n\n${tail}`, detectMixedCase(input(lexicon, [witness("t", `${rawScan()}\n\n${tail}`)]))).endsWith(tail.replace("Induced", "induced").replace("Indicated", "indicated"))).toBe(true)
    const seed = seeds()[3]!.witness.text
    expect(detectMixedCase(input(lexicon, [witness("t", `${seed}\n\n${tail}`)])).filter((d) => d.start > seed.length)).toEqual([])
  })
  it("is lowered when it is “In” or “It” at a clause's end after a word in lower case", () => {
    expect(fixCase("Two women were called In. He knew nothing of It, and she came In; he had spots of blood upon It.")).toBe(
      "Two women were called in. He knew nothing of it, and she came in; he had spots of blood upon it."
    )
    // (not before a full stop and a word in lower case: "It." may be a sum, "1l."; nor after a capital, nor
    // where the reference never sets the word before it before "in" or "it")
    for (const text of ["He was charged with attempting to obtain It. by false pretences.", "The sum due upon It. and costs was paid.", "The book is called Our Story In.", "the gang of scaffolding xqzv In, was there."])
      expect(fixCase(text)).toBe(text)
  })
  it("is lowered after a capitalised word when the words after it are in lower case, but not in a heading or a title", () => {
    expect(fixCase("The throat was cut. She Was also cut on the cheek, and it was seen.")).toBe("The throat was cut. She was also cut on the cheek, and it was seen.")
    // (a title's words: "What Is to Be Done"; before a capital, "Of Mice and Men" is one too)
    for (const text of ["He had read What Is to Be Done in prison.", "He had read Of Mice and Men in prison."]) expect(fixCase(text)).toBe(text)
    // (the seeds: Breitman's title; and two capitalised words around it are a name or a heading's)
    // (nor a word of a small i before a capital: it may start a sentence that lost its full stop)
    for (const text of ["George Breitman\n\nWhy the Soviet Bureaucracy Is in Crisis\n\n(22 June 1953)", "the Bank Of England was closed.", "among working men In America there are many."])
      expect(fixCase(text)).toBe(text)
    // (a line longer than a heading is none, however it capitalises: its ends are not looked for further)
    const long = `${"Many Words Capitalised Here ".repeat(10)}and the Party Is in it now.`
    expect(fixCase(long)).toContain("Party is in it")
    // (a line with names in it is no heading)
    expect(fixCase("The Queen was on Wednesday elected a member Of the Highland and Agricultural Society.")).toContain("member of the")
  })
})

describe("a mark after a word that ends no phrase, in a raw scan", () => {
  it("is deleted even where the scan leaves it twice (its specks recur)", () => {
    const scan = rawScan()
    const text = `${scan}\n\nHe saw the, prisoner in the street. She followed the, constable home.`
    const ps = normalise([witness("t", text)], { lexicon }).filter((p) => p.rule === "stray-punctuation" && p.start > scan.length)
    expect(ps.map((p) => text.slice(p.start - 3, p.end + 4))).toEqual(["the, pri", "the, con"])
  })
})

describe("a title misread", () => {
  const fixTitles = (text: string) => apply(text, detectTitles(input(lexicon, [witness("t", text)])))
  it("is Mr. or Mrs. again before a name (in capitals as the token is)", () => {
    expect(fixTitles("He delivered it to Mir. Jourdein every Monday, before Air. Gillespie came with Irs. Fulton.")).toBe(
      "He delivered it to Mr. Jourdein every Monday, before Mr. Gillespie came with Mrs. Fulton."
    )
    expect(fixTitles("AMR. JOHN W. MACKAY, the famous miner")).toBe("MR. JOHN W. MACKAY, the famous miner")
    // (a word only the dictionary has at a sentence start; "lr", "ir" and a 1 for the M's stroke; BLN600's scans)
    expect(fixTitles("He left without an order from the magistrate. Mir. Baker, recalled, said so.")).toBe(
      "He left without an order from the magistrate. Mr. Baker, recalled, said so."
    )
    expect(fixTitles("He was instructed by lr. Wakeling, in addition to ir. Upright, and M1r. Kyd prosecuted.")).toBe(
      "He was instructed by Mr. Wakeling, in addition to Mr. Upright, and Mr. Kyd prosecuted."
    )
  })
  it("leaves the titles and abbreviations it may look like, names, and a word that may end a sentence", () => {
    // (a word of the reference at a sentence start only when it seldom starts one and the name goes on as a
    // sentence does: not "Yes. Generally", "Earth. Air. Fire.")
    // (nor an initialism in capitals before a name in title case)
    for (const text of ["Drs. Williamson and Tweedle, Ms. Luxford and MM. Casimir came.", "the overseers of Mary. Ie-bone", "Prosecutor: Yes. Generally one of the men.", "The four elements: Earth. Air. Fire. Water.", "The Volunteers became the IRA. Connolly's Citizen Army had fought in 1916."])
      expect(fixTitles(text)).toBe(text)
    expect(fixTitles("She was responsible for her actions. Air. Bliss was a passenger.")).toBe("She was responsible for her actions. Mr. Bliss was a passenger.")
  })
  it("leaves the speakers' names a play's speeches begin with, but not a scan's title misread at two lines' starts", () => {
    const hamlet = [
      "Hor. Hail to your lordship!", "Ham. I am glad to see you well:", "Horatio, or I do forget myself.", "Hor. The same, my lord, and your poor servant ever.",
      "Ham. Sir, my good friend; I'll change that name with you:", "Mar. My good lord?", "Ham. I am very glad to see you. Good even, sir.",
      "Hor. A truant disposition, good my lord.", "Pol. What do you read, my lord?", "Ros. My lord, you once did love me."
    ].join("\n")
    expect(detectTitles(input(lexicon, [witness("t", hamlet)]))).toEqual([])
    // (BLN600's OCR: one article, "Air. Hayward" and "Air. Bucknell" at two lines' starts)
    const scan = "Air. Hayward said he saw the prisoner in the street.\n\nAir. Bucknell, for the defence, said the prisoner was of good character.\n\nPol. Constable Smith said so."
    expect(fixTitles(scan)).toBe(scan.replace(/Air\./g, "Mr."))
  })
  it("gives back the full stop a scan read as a comma after a title, an initial after a title, a month before a day", () => {
    // (BLN600's scans and its corrected text)
    expect(fixTitles("Mr, Justice Lawrance assented. Mr. A, S. Palmer and Dr. C, Wallace took her to St, George's Hospital. Middlesex hospital, Jan, 27.")).toBe(
      "Mr. Justice Lawrance assented. Mr. A. S. Palmer and Dr. C. Wallace took her to St. George's Hospital. Middlesex hospital, Jan. 27."
    )
    // (not an address, "No, sir, It is", a list of letters, a word that is no title, nor a title in lower case)
    for (const text of ["No, sir, It is just what I told him.", "Schedules A, B and C were read.", "He said, Yes.", "the mr, John said"]) expect(fixTitles(text)).toBe(text)
    // (nor a list of titles, nor a street's abbreviation after its name)
    for (const text of ["Mr, Mrs and Miss Smith came.", "He lived at 4, Fleet St, London.", "She lived on Mulholland Dr, Los Angeles."]) expect(fixTitles(text)).toBe(text)
  })
})

describe("stray fragments", () => {
  it("deletes a lone letter with the rare word after it, and joins a letter split off its word", () => {
    expect(fix(detectStray, "regardless of their disastrous s pus effects on the interests")).toBe("regardless of their disastrous effects on the interests")
    expect(fix(detectStray, "the day after, the c hild died.")).toBe("the day after, the child died.")
    for (const s of ["in section (b) and item a of the list", "the Kremlin’ s policy", "from 1 to 3 p m"]) expect(fix(detectStray, s)).toBe(s)
    // (BLN600's OCR: the ends of a word whose middle letter the scan lost are no debris: said, there, shop)
    for (const s of ["The defendant s id he was quite prepared to pay", "on her way t ere was accosted", "he inspected a s op pail"]) expect(fix(detectStray, s)).toBe(s)
  })
  it("joins a letter split off its word after a comma, and the real-word rule leaves the word's rest alone", () => {
    // (BLN600's OCR: "the prisoner, w ho asked him" had "ho" mended to he)
    // (and "two miles fro m this borough" had "fro" mended to from beside the join: fromm)
    const text = "He spoke with the prisoner, w ho asked him if a man could be convicted of it. He lived two miles fro m this borough."
    const ws = [witness("t", text)]
    const ps = normalise(ws, { lexicon })
    expect(apply(text, ps)).toBe("He spoke with the prisoner, who asked him if a man could be convicted of it. He lived two miles from this borough.")
    expect(ps.map((p) => p.rule)).toEqual(["split-word", "split-word"])
  })
  it("joins a letter split off a word that is itself a common word where the context prefers the joined word", () => {
    // (BLN600's OCR, each beside its ground truth's was, and)
    expect(fix(detectStray, "he said that he w as now paralysed and helpless")).toBe("he said that he was now paralysed and helpless")
    expect(fix(detectStray, "the deceased seemed fairly cheerful, an d witness noticed nothing")).toBe("the deceased seemed fairly cheerful, and witness noticed nothing")
    expect(fix(detectStray, "They were three stories high, an d comprised two portions")).toBe("They were three stories high, and comprised two portions")
    // (not where the common word fits as well: a letter between two words that read on without it; nor at a
    // paragraph's edge, with no word beyond the part)
    for (const s of ["the rule that x as a variable stands for", "we take the letter w as a symbol of it", "he found it w as"]) expect(fix(detectStray, s)).toBe(s)
  })
})

describe("case restoration", () => {
  const others = [
    "Stalin and Lenin wrote in Pravda. The Soviet Union and the Bolshevik Party. Stalin spoke; Lenin replied. Stalin again, Lenin again.",
    "The trade union met Stalin. The Soviet Union, the Soviet Union, the Soviet Union, the Soviet Union and the Soviet Union."
  ]
  const lower = "stalin wrote to the trade union. then lenin and i read pravda, i think, in the soviet union, etc. is not a sentence end: the end. " +
    "this text is long enough to count as written wholly in lower case, as the transcription of the revolution betrayed is, and so on and on for two hundred letters."
  it("capitalises sentence starts, I and names learned from the other witnesses, as one group", () => {
    const ws = [witness("c", lower), ...others.map((o, k) => witness(`o${k}`, o))]
    const ps = detectCase(input(lexicon, ws))
    const fixed = apply(lower, ps)
    expect(fixed.startsWith("Stalin wrote to the trade union. Then Lenin and I read Pravda, I think, in the Soviet Union, etc. is not a sentence end")).toBe(true)
    expect(fixed).toContain("sentence end: the end. This text")
    expect(new Set(ps.map((p) => p.group))).toEqual(new Set(["case:c"]))
  })
  it("writes a plural with the capital the other witnesses give its singular, and only then", () => {
    // (the seeds: Trotsky's "thermidorians", Deutscher's "Thermidorian" 5×)
    const text = "the thermidorians and the kulaks met the bolsheviks in the town, and the thermidorians won. " + lower
    const capitals = "The Thermidorian reaction; a Thermidorian. The kulak. A kulak of the village, a kulak. The Bolshevik, a Bolshevik and a bolshevik."
    const fixed = apply(text, detectCase(input(lexicon, [witness("c", text), witness("o", capitals)])))
    expect(fixed.startsWith("The Thermidorians and the kulaks met the bolsheviks in the town, and the Thermidorians won.")).toBe(true)
    // (a singular written capitalised once: enough for a word the reference never writes in lower case,
    // "Trotskyist" in Deutscher; not for one it does, "Socialist")
    const once = "the trotskyists and the socialists met. " + lower
    const fixedOnce = apply(once, detectCase(input(lexicon, [witness("c", once), witness("o", "The Trotskyist reptiles, said the Socialist paper.")])))
    expect(fixedOnce.startsWith("The Trotskyists and the socialists met.")).toBe(true)
  })
  it("capitalises the names among the parts of a compound, and nothing else of it", () => {
    // (the seeds: Trotsky's "especially the trotskyist-zinovievist", Deutscher's "Trotskyist, Zinovievist and Bukharinist")
    const text = "white guards of all colors, especially the trotskyist-zinovievist, and the anti-stalinist, the counter-revolutionary and the stalin-era, the self-defense, the stalin-zinovievites. " + lower
    const capitals = "Had any of the oppositions – Trotskyist, Zinovievist and Bukharinist – survived. Stalin spoke. Stalin again."
    const ps = detectCase(input(lexicon, [witness("c", text), witness("o", capitals)]))
    const want = "White guards of all colors, especially the Trotskyist-Zinovievist, and the anti-Stalinist, the counter-revolutionary and the Stalin-era, the self-defense, the stalin-zinovievites."
    expect(apply(text, ps).slice(0, want.length)).toBe(want)
    const compound = ps.find((p) => text.slice(p.start, p.end) === "trotskyist-zinovievist")
    expect(compound?.explanation).toBe("“Trotskyist-Zinovievist”: a compound of proper names; “Trotskyist”: the other witnesses write it so 1×; “Zinovievist”: the other witnesses write it so 1×")
    expect(compound?.group).toBe("case:c")
  })
  it("takes the reference's capitals for a word the dictionary also writes in lower case only when many, or beside a name", () => {
    // (the seeds' Trotsky: the editor rejected fascism → Fascism, Brown 3×, and "martyrs and protestants",
    // Brown 14×; "furies" is fury's plural beside the Furies; catholic, Brown 82×, and victor beside serge stand)
    const text = "the same cause gave rise to fascism. among these martyrs and protestants, the reptiles and furies. " +
      "like the catholic church, victor serge said so. " + lower
    const serge = "The memoirs of Serge; Serge again, and Serge."
    const fixed = apply(text, detectCase(input(lexicon, [witness("c", text), ...[...others, serge].map((o, k) => witness(`o${k}`, o))])))
    const want = "The same cause gave rise to fascism. Among these martyrs and protestants, the reptiles and furies. " +
      "Like the Catholic church, Victor Serge said so. Stalin wrote"
    expect(fixed.slice(0, want.length)).toBe(want)
  })
  it("capitalises a name of two words as the other witnesses write it, never from a heading or a name they also write otherwise", () => {
    // (the seeds: Trotsky's "the left opposition", "the fourth international"; the study guide's heading "The
    // Exhaustion of Soviet Democracy" is no evidence for "soviet democracy")
    const text = "of its struggle, the left opposition did not abandon it, and the fourth international grows. soviet democracy and the october revolution. " + lower
    const capitals = "5. The Exhaustion of Soviet Democracy\n\nThe programme of the Left Opposition was that of the Fourth International, born of the October Revolution; the October revolution."
    const fixed = apply(text, detectCase(input(lexicon, [witness("c", text), witness("o", capitals)])))
    const want = "Of its struggle, the Left Opposition did not abandon it, and the Fourth International grows. Soviet democracy and the October revolution."
    expect(fixed.slice(0, want.length)).toBe(want)
  })
  it("leaves the word after an ellipsis as it is: a sentence may go on there", () => {
    // (the seeds' Trotsky: "are arraigning for . . . counterrevolutionary activity"; the cased witnesses write
    // "… It" as often as "… the Petrograd")
    const text = "the generals are arraigning for . . . counterrevolutionary activity. but idiotic ideas… a world conflagration. " + lower
    const fixed = apply(text, detectCase(input(lexicon, [witness("c", text), ...others.map((o, k) => witness(`o${k}`, o))])))
    const want = "The generals are arraigning for . . . counterrevolutionary activity. But idiotic ideas… a world conflagration. Stalin wrote"
    expect(fixed.slice(0, want.length)).toBe(want)
  })
  it("does nothing to a witness that uses capitals", () => {
    const ws = [witness("o", others[0]!)]
    expect(detectCase(input(lexicon, ws))).toEqual([])
  })
})
