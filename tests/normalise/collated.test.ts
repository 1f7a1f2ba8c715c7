/** Misreadings another witness shows (detectors/collated.ts), and the single-word variants it reads (witnesses.ts). */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import type { Proposal, TokenisedWitness, WithheldProposal } from "../../src/domain/model.ts"
import { corpusStats } from "../../src/normalise/context.ts"
import { normalise } from "../../src/normalise/index.ts"
import type { Lexicon } from "../../src/normalise/lexicon.ts"
import { defaultLexicon } from "../../src/normalise/load.ts"
import { singleWordVariants } from "../../src/normalise/witnesses.ts"
import { detectCollated } from "../../src/normalise/detectors/collated.ts"
import { input, repoRoot, seeds, witness } from "./helpers.ts"

let lexicon: Lexicon
beforeAll(() => {
  lexicon = defaultLexicon()
})

// one report as two newspapers printed it, each scanned (BLN600, samples 3200810896 and 3200810926, OCR)
const first = () =>
  witness("first", "At the time that shEo committed the offences, and for some time previously, she had been suffering from a, vary severe attack of hysteria, and had had to be attended by two medical men, and this appeared to have been the cause of her conduet.")
const second = () =>
  witness("second", "At the time that she com- mitted the offences, and for some time previously, L she had been suffering from a very severe attack of I hysteria, and was attended by two medical men.")

const collated = (ps: ReadonlyArray<Proposal>) => ps.filter((p) => typeof p.evidence["shownBy"] === "string")

/** The words each witness prints otherwise than another, as [this word, the other's]. */
function variants(ws: ReadonlyArray<TokenisedWitness>): Array<Array<[string, string]>> {
  const c = corpusStats(ws)
  return singleWordVariants(ws, c.tokenIds, c.copies, c.words).map((vs, i) => vs.map((v) => [ws[i]!.tokens[v.token]!.n, ws[v.witness]!.tokens[v.otherToken]!.n]))
}

describe("misreadings another witness shows", () => {
  it("proposes the other scan's word where a confusion explains the difference and the context prefers it", () => {
    const alone = normalise([first()], { lexicon })
    expect(alone.filter((p) => p.original === "vary")).toEqual([])
    const both = normalise([first(), second()], { lexicon })
    const [vary, ...rest] = collated(both)
    expect(rest).toEqual([])
    expect([vary?.witness, vary?.original, vary?.replacement, vary?.rule, vary?.class]).toEqual(["first", "vary", "very", "ocr-confusion", "real-word-error"])
    expect(vary?.explanation).toMatch(/^“vary” where a copy of the passage prints “very”: a→o→e is an OCR confusion, and “very” fits “, … severe” better \(log-odds [\d.]+\); second reads “a very severe” here$/)
    // (the other scan reads "a very" where this one reads "a, vary": not the correction word for word, so the
    // proposal is no surer for it)
    expect(vary?.confidence).toBe(0.8)
    expect(vary?.evidence["otherWitnesses"]).toEqual({ second: "a very severe" })
    // the other way round the context speaks against it: "very" is not made "vary"
    expect(both.filter((p) => p.witness === "second" && p.original === "very")).toEqual([])
  })

  it("proposes nothing where a third copy prints the word as this one does", () => {
    const scan = witness("scan", "Tbe prisoner was takcn to the station at once. Be said that he had fonnd the purse in the street, and had meant to return it to the owner.")
    const copy = witness("copy", "The prisoner was taken to the station at once. He said that he had found the purse in the street, and had meant to return it to the owner.")
    // (a third scan, with its own misreadings elsewhere, that reads "Be said" too: two scans seldom misread
    // one word alike, and the reading may be the source's)
    const third = witness("third", "The prisoner was taken to tbe station at once. Be said that he had found the purse in the street, and had meant to return it to the ownor.")
    expect(collated(normalise([scan, copy], { lexicon })).map((p) => [p.original, p.evidence["shownBy"]])).toEqual([["Be", "copy"]])
    expect(normalise([scan, copy, third], { lexicon }).filter((p) => p.original === "Be")).toEqual([])
  })

  it("reads a passage twenty copies print as it reads one two copies print", () => {
    // (nineteen copies of the second scan, each with a line of its own after it: not one file loaded twice)
    const copies = Array.from({ length: 19 }, (_, k) => witness(`copy${k + 1}`, `${second().witness.text}\n\nCopy ${k + 1}.`))
    expect(variants([first(), ...copies])[0]!.length).toBeGreaterThan(0)
    const [vary, ...rest] = collated(normalise([first(), ...copies], { lexicon }))
    expect(rest).toEqual([])
    expect([vary?.witness, vary?.original, vary?.replacement]).toEqual(["first", "vary", "very"])
    expect(Object.keys(vary?.evidence["otherWitnesses"] as object)).toHaveLength(19)
  })

  it("reads two scans of one report against each other: each shows misreadings of the other", () => {
    const dir = join(repoRoot, "tests", "fixtures", "normalise", "reprints")
    const [a, b] = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => witness(f.replace(/\.txt$/, ""), readFileSync(join(dir, f), "utf8")))
    const ps = collated(normalise([a!, b!], { lexicon }))
    expect(ps.map((p) => [p.witness, p.original, p.replacement, p.evidence["otherWitnesses"]])).toEqual([
      // "but be did rot attempi to take It out, *ad did not In- form": scans print "ad" for "and"
      ["3206328941", "ad", "and", { "3206329007": "out, and did" }],
      // "had cansed the damage": a word no dictionary knows, which the rules for non-words leave alone here
      ["3206328941", "cansed", "caused", { "3206329007": "had caused the" }]
    ])
    expect(ps[1]?.confidence).toBe(0.95)
  })

  it("takes a word capitalised at a sentence's start, and gives the correction its capital", () => {
    const scan = witness("scan", "Tbe prisoner was takcn to the station at once. Be said that he had fonnd the purse in the street, and had meant to return it to the owner.")
    const copy = witness("copy", "The prisoner was taken to the station at once. He said that he had found the purse in the street, and had meant to return it to the owner.")
    expect(normalise([scan], { lexicon }).filter((p) => p.original === "Be")).toEqual([])
    const [be] = collated(normalise([scan, copy], { lexicon }))
    expect([be?.original, be?.replacement, be?.confidence]).toEqual(["Be", "He", 0.95])
    expect(be?.explanation).toMatch(/^“Be” where a copy of the passage prints “he”: scans print “be” for “he”, .*; copy reads “once. He said” here$/)
    // (not inside a sentence: "the Be" is a name's, or a heading's)
    const inside = witness("inside", "Tbe prisoner was takcn to the station at once, Be said that he had fonnd the purse in the street, and had meant to return it to the owner.")
    const other = witness("other", "The prisoner was taken to the station at once, He said that he had found the purse in the street, and had meant to return it to the owner.")
    expect(collated(normalise([inside, other], { lexicon }))).toEqual([])
  })

  it("parts a word the other copy prints as two, and joins two it prints as one, where the scan's are no words", () => {
    // (BLN600, samples 3200810926 and 3200810896: one sentence of a report two papers printed, as scanned)
    const lost = witness("lost", "L Of course, the Post-office authorities had been put to very great annoyance and inconvenience, but as regarded the forgeryno actual pecuniary loss had been sustained.")
    const kept = witness("kept", "Of course the Fust Office authorities had been put to very great annoyance and inconvenience, but as regarded the forgery no actual pecuniary loss had been sustained.")
    const [parted, ...none] = collated(normalise([lost, kept], { lexicon }))
    expect(none).toEqual([])
    expect([parted?.witness, parted?.original, parted?.replacement, parted?.rule, parted?.confidence]).toEqual(["lost", "forgeryno", "forgery no", "non-word", 0.95])
    expect(parted?.explanation).toMatch(/^“forgeryno” is in no dictionary, and a copy of the passage prints “forgery no”: two words run together by a lost space; kept reads “the forgery no actual” here$/)
    // (asked for by its rule alone, as `--rule non-word` asks)
    expect(collated(normalise([lost, kept], { lexicon, rules: ["non-word"] })).map((p) => p.original)).toEqual(["forgeryno"])
    // a stray space: joined where the other prints one word and one of the two is none ("on ly", which the
    // split-word rule leaves alone: a common word beside a fragment is as often that word and debris)
    const split = witness("split", "The magistrate said that the prisoner was on ly a boy when he came with him, and he fined them each ten shillings and costs, or seven days.")
    const whole = witness("whole", "The magistrate said that the prisoner was only a boy when he came with him, and he fined them each ten shillings and costs, or seven days.")
    expect(normalise([split], { lexicon }).filter((p) => p.rule === "split-word")).toEqual([])
    const joined = collated(normalise([split, whole], { lexicon }))
    expect(joined.map((p) => [p.witness, p.original, p.replacement, p.rule, p.confidence, p.explanation])).toEqual([
      ["split", " ", "", "split-word", 0.95, "“on ly” where a copy of the passage prints “only”: one word split by a space; whole reads “only” here"]
    ])
    expect(collated(normalise([split, whole], { lexicon, rules: ["split-word"] })).map((p) => p.rule)).toEqual(["split-word"])
    // two words that both are, against one ("some one" / "someone"), are a reading either way round
    const older = witness("older", "The magistrate said that some one who came with him had been drunk, and he fined them each ten shillings and costs, or seven days.")
    const newer = witness("newer", "The magistrate said that someone who came with him had been drunk, and he fined them each ten shillings and costs, or seven days.")
    expect(variants([older, newer]).flat().length).toBe(2)
    expect(collated(normalise([older, newer], { lexicon }))).toEqual([])
  })

  it("gives back a name the other copy prints, when one confusion explains it, and only the copy that misread it", () => {
    const report = (name: string, again: string) =>
      `The magistrate said that the prisoner ${name} was only a boy when he came with him, and he fined them each ten shillings and costs, or seven days. ${again} paid the fine.`
    const misread = witness("misread", report("Paliner", "The father"))
    const right = witness("right", report("Palmer", "Mr. Palmer"))
    const [name, ...none] = collated(normalise([misread, right], { lexicon }))
    expect(none).toEqual([])
    expect([name?.witness, name?.original, name?.replacement, name?.rule, name?.class, name?.confidence]).toEqual(["misread", "Paliner", "Palmer", "misread-name", "non-word", 0.95])
    expect(name?.explanation).toBe("“Paliner” is in no dictionary, and a copy of the passage prints the name “Palmer” (in→m, an OCR confusion); right reads “prisoner Palmer was” here")
    // a common word at a sentence's start is judged as a word, not given as a name (here by the non-word rule)
    const start = (first: string) => `The prisoner was only a boy when he came with him to the court. ${first} the magistrate said that he fined them each ten shillings and costs, which he paid.`
    const common = normalise([witness("scan", start("Whieh")), witness("copy", start("Which"))], { lexicon })
    expect(common.map((p) => [p.original, p.replacement, p.rule])).toEqual([["Whieh", "Which", "non-word"]])
    expect(detectCollated(input(lexicon, [witness("scan", start("Whieh")), witness("copy", start("Which"))])).map((d) => d.rule)).not.toContain("misread-name")
    // two scans that print a name each once, one confusion apart: which misread it is not known
    const a = witness("a", report("Hanley", "The father"))
    const b = witness("b", report("Hauley", "The father"))
    expect(collated(normalise([a, b], { lexicon }))).toEqual([])
    // a scan and a careful transcription (its words all known): the scan is the one that misreads
    const careful = witness("careful", `${report("Hanley", "The father")} ${"The court was full, and the case was heard at some length before the magistrate gave his decision. ".repeat(12)}`)
    expect(collated(normalise([b, careful], { lexicon })).map((p) => [p.witness, p.original, p.replacement, p.rule])).toEqual([["b", "Hauley", "Hanley", "misread-name"]])
  })

  it("takes the words that differ in a passage two witnesses print, and only those, whatever else the corpus holds", () => {
    expect(variants([first(), second()])).toEqual([[["vary", "very"]], [["very", "vary"]]])
    // (the passage is found at the same words in any corpus: its keys are made of the words, not of their
    // ids in the corpus)
    const [callinicos] = seeds().slice(1, 2)
    expect(variants([callinicos!, first(), second()])).toEqual([[], [["vary", "very"]], [["very", "vary"]]])
  })

  it("leaves the words of careful transcriptions alone: there a word that differs is a reading", () => {
    // Callinicos's essay, and a transcription of it that reads "Stalin end his supporters": "end" is what scans
    // print for "and", and the context prefers "and"; but neither is a scan, and an edition may read so
    const callinicos = seeds()[1]!
    const text = callinicos.witness.text
    const at = text.indexOf("Stalin and his supporters")
    const other = witness("other", `${text.slice(0, at)}Stalin end his supporters${text.slice(at + 25)}`)
    expect(variants([other, callinicos]).map((vs) => vs.length)).toEqual([1, 1])
    expect(collated(normalise([other, callinicos], { lexicon }))).toEqual([])
    // (Darwin's editions: "have" / "had", "great" / "appreciable", "greater" / "great", none a misreading)
    const dir = join(repoRoot, "tests", "fixtures", "align", "darwin-para1")
    const editions = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => witness(f.replace(/\.txt$/, ""), readFileSync(join(dir, f), "utf8")))
    expect(variants(editions).flat().length).toBeGreaterThan(0)
    expect(collated(normalise(editions, { lexicon }))).toEqual([])
  })
})

describe("a dash a scan lost, which a copy of the passage that is no scan shows", () => {
  const dir = join(repoRoot, "tests", "fixtures", "normalise", "lost-dash")
  const read = (f: string) => readFileSync(join(dir, f), "utf8")
  const dashes = (ps: ReadonlyArray<Proposal>) => ps.filter((p) => p.rule === "lost-dash").map((p) => [p.witness, p.original, p.replacement, p.class, p.evidence["shownBy"]])
  // (the scan's "it isLamentable to think", the transcription's "it is– Lamentable to think"; and "to
  // Madamewould be", "to Madame – would be")
  const glued = "avers it isLamentable to think"
  const spaced = (text: string) => text.replace(glued, "avers it is Lamentable to think").replace("Madamewould", "Madame would")
  /** The lost-dash proposals by "Lamentable". */
  const atLamentable = (w: TokenisedWitness, ps: ReadonlyArray<Proposal>) => dashes(ps.filter((p) => w.witness.text.slice(p.start - 12, p.end + 12).includes("Lamentable")))

  it("parts two words a scan ran together with the dash the transcription prints between them", () => {
    const scan = witness("scan", read("scan.txt"))
    const transcription = witness("transcription", read("transcription.txt"))
    expect(scan.witness.text).toContain(glued)
    const both = normalise([scan, transcription], { lexicon })
    expect(dashes(both)).toEqual([
      ["scan", "isLamentable", "is– Lamentable", "punctuation", "transcription"],
      // (the non-word rule parts it "be The", surer by itself; but the transcription reads the lost dash)
      ["scan", "beThe", "be– The", "punctuation", "transcription"],
      // ("person toe would introduce to Madamewould be" beside "person we would introduce to Madame – would
      // be": the words either side agree, and the three beyond them on one side, in all but one on the other)
      ["scan", "Madamewould", "Madame – would", "punctuation", "transcription"]
    ])
    const p = both.find((x) => x.rule === "lost-dash")!
    expect(p.explanation).toMatch(/^“isLamentable” is in no dictionary, and a copy of the passage that is no scan prints “is– Lamentable”: two words run together, the dash between them lost; transcription reads “it is– Lamentable to” here$/)
    expect(p.evidence["dash"]).toBe("–")
    // (the non-word rule's "be The", which the transcription reads otherwise, is withheld for it)
    const withheld: WithheldProposal[] = []
    normalise([scan, transcription], { lexicon, withheld })
    expect(withheld.filter((w) => w.original === "beThe").map((w) => [w.rule, w.replacement, w.explanation.replace(/.*; withheld: /, "")])).toEqual([
      ["non-word", "be The", "another witness reads the place as the lost-dash proposal has it (“be– The”)"]
    ])
    // (alone, the scan shows no dash: nothing says one is missing)
    expect(dashes(normalise([scan], { lexicon }))).toEqual([])
  })

  it("puts the dash back between two words a scan sets side by side", () => {
    const scan = witness("scan", spaced(read("scan.txt")))
    const transcription = witness("transcription", read("transcription.txt"))
    const ps = normalise([scan, transcription], { lexicon }).filter((x) => x.rule === "lost-dash")
    expect(ps.map((p) => [p.original, p.replacement, scan.witness.text.slice(p.start - 6, p.end + 6)])).toEqual([
      [" ", "– ", " it is Lament"],
      ["beThe", "be– The", "er to beThe safes"],
      [" ", " – ", "Madame would "]
    ])
    expect(ps[0]!.explanation).toMatch(/^“is Lamentable” where a copy of the passage that is no scan prints “is– Lamentable”: the dash between the two words lost; /)
    // (the word either side must agree, as around a word for a word: "avers at is Lamentable" places nothing)
    const loose = witness("scan", spaced(read("scan.txt")).replace("avers it is", "avers at is"))
    expect(atLamentable(loose, normalise([loose, transcription], { lexicon }))).toEqual([])
    // (across a line's end: left)
    const broken = witness("scan", spaced(read("scan.txt")).replace("avers it is Lamentable", "avers it is\nLamentable"))
    expect(atLamentable(broken, normalise([broken, transcription], { lexicon }))).toEqual([])
  })

  it("takes no dash from another scan, gives none to a careful copy, and takes none away", () => {
    // two scans of one report, the second printing a dash where the first has none ("a portion of the machine
    // — was broken"): a speck is read as a dash as often as a dash is lost
    const reprints = join(repoRoot, "tests", "fixtures", "normalise", "reprints")
    const [a, b] = ["3206328941", "3206329007"].map((f) => readFileSync(join(reprints, `${f}.txt`), "utf8"))
    expect(a).toContain("of the machine was broken")
    const other = witness("other", b!.replace("of the machine was broken", "of the machine — was broken"))
    expect(dashes(normalise([witness("first", a!), other], { lexicon }))).toEqual([])
    // (nor where the first runs the two words together: the rule alone, the non-word rule's split aside)
    const ran = witness("first", a!.replace("of the machine was broken", "of the machinewas broken"))
    expect(dashes(normalise([ran, other], { lexicon, rules: ["lost-dash"] }))).toEqual([])
    // two careful copies, one with the dash and one without: a reading
    const transcription = witness("transcription", read("transcription.txt"))
    const plain = witness("plain", read("transcription.txt").replace("it is– Lamentable", "it is Lamentable"))
    expect(dashes(normalise([plain, transcription], { lexicon }))).toEqual([])
    // a scan that prints the dash beside a careful copy without it: the dash is not taken away
    const dashed = witness("dashed", read("scan.txt").replace(glued, "avers it is – Lamentable to think"))
    expect(atLamentable(dashed, normalise([dashed, plain], { lexicon }))).toEqual([])
  })
})
