/**
 * A careful transcription in the conventions of plain text (Project Gutenberg's, a licence's, a README's):
 * its markup, section breaks, labels, numbered items, addresses and layout are the text as meant, not
 * artifacts. The fixture is the opening of Frankenstein (1831), chapter I, as Project Gutenberg types a book:
 * italics between underscores, emphasis between asterisks, two spaces after a sentence, thought breaks as a
 * row of spaced asterisks (see tests/fixtures/normalise/plain-text/README.md); the other cases are lines of
 * the licences and READMEs that ship with the npm packages lectio depends on.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import type { Proposal } from "../../src/domain/model.ts"
import { normalise, type Lexicon } from "../../src/normalise/index.ts"
import { defaultLexicon } from "../../src/normalise/load.ts"
import { apply, repoRoot, witness } from "./helpers.ts"

let lexicon: Lexicon
beforeAll(() => {
  lexicon = defaultLexicon()
})

/** A careful transcription (its rate of unknown words far below a scan's), to put a case in. */
const frankenstein = readFileSync(join(repoRoot, "tests", "fixtures", "normalise", "plain-text", "frankenstein-1831-plain.txt"), "utf8")
const run = (...texts: string[]): Proposal[] => normalise(texts.map((t, k) => witness(`w${k}`, t)), { lexicon }).filter((p) => p.witness === "w0")
const rules = (ps: ReadonlyArray<Proposal>) => [...new Set(ps.map((p) => p.rule))].sort()
/** BLN600's OCR lines of the fixture, one witness of scanned text (about one word in ten unknown). */
const rawLines = () =>
  readFileSync(join(repoRoot, "tests", "fixtures", "normalise", "bln600-lines.tsv"), "utf8").trim().split("\n").map((l) => l.split("\t")[0]!).join("\n\n")
/** The text with the proposals of one rule applied, as an editor taking them all would leave it. */
const mendedBy = (text: string, rule: string) => apply(text, run(text).filter((p) => p.rule === rule))

describe("a plain-text transcription", () => {
  const text = frankenstein

  it("keeps its italics, its emphasis and its thought breaks; only its doubled spaces after sentences are proposed", () => {
    const ps = run(text)
    expect(rules(ps)).toEqual(["double-space"])
    const cleaned = apply(text, ps)
    for (const kept of ["a _Genevese_;", "the town of _Lucerne_,", "*misery and despair* alone", "But _Caroline Beaufort_ possessed"]) expect(cleaned).toContain(kept)
    // (each of the three thought breaks stays whole, on its line)
    expect(cleaned.split("\n").filter((l) => l === "       *       *       *       *       *")).toHaveLength(3)
    // (the doubled spaces proposed are those after sentences: "honour and reputation.  He was respected")
    expect(ps.length).toBeGreaterThanOrEqual(15)
    for (const p of ps) expect(text.slice(p.start - 1, p.end + 1)).toMatch(/^[.?!] {2,}[A-Z]$/)
  })

  it("takes a line of marks repeated for a section break, not for a running head", () => {
    const paragraphs = text.split("\n\n").filter((p) => p.length > 200)
    for (const mark of ["* * *", "----------", "⁂"]) {
      const divided = paragraphs.flatMap((p, k) => (k % 2 === 1 ? [p, mark] : [p])).join("\n\n")
      expect(divided.split(mark).length - 1).toBeGreaterThanOrEqual(2)
      const tripled = `${divided}\n\n${mark}\n\n${paragraphs[0]}`
      expect(run(tripled).filter((p) => p.rule === "running-head")).toEqual([])
    }
    // (a short line of words repeated is a running head all the same)
    const headed = paragraphs.map((p) => `FRANKENSTEIN\n\n${p}`).join("\n\n")
    expect(run(headed).filter((p) => p.rule === "running-head").length).toBeGreaterThanOrEqual(3)
  })

  it("deletes a scan's speck glued to a word, and a mark that pairs with nothing", () => {
    // (BLN600's OCR: "*was brought up"; an asterisk whose partner is in another paragraph pairs with nothing)
    const scan = "The prisoner, who said nothing, *was brought up before the magistrate, charged with stealing a watch."
    expect(mendedBy(scan, "stray-mark")).toBe(scan.replace("*was", "was"))
    const apart = "The prisoner said *nothing at all.\n\nThe magistrate* remanded him for a week."
    expect(run(apart).filter((p) => p.rule === "stray-mark").map((p) => p.start)).toEqual([apart.indexOf("*nothing")])
  })
})

describe("labels, numbered items, addresses and layout", () => {
  it("leaves the comma after a label and the full stop of a numbered item", () => {
    // (the Mozilla Public License 2.0, § 1.4; CC0 1.0, § 2; beside them, a scan's comma after the article)
    const label = "Covered Software means Source Code Form to which the initial Contributor has attached the notice in Exhibit A, the Executable Form of such Source Code Form."
    expect(run(label).filter((p) => p.rule === "stray-punctuation")).toEqual([])
    const items = "Copyright and Related Rights include, but are not limited to, the following:\n\n  i. the right to reproduce, adapt, distribute, perform, display, communicate, and translate a Work;\n\n  ii. moral rights retained by the original author(s) and/or performer(s);"
    expect(run(items).filter((p) => p.rule === "stray-punctuation")).toEqual([])
    const scan = "She was found lying in a, similar condition to that in which her sister had been found on the previous day."
    expect(mendedBy(scan, "stray-punctuation")).toBe(scan.replace("a, similar", "a similar"))
  })

  it("leaves a careful transcription's comma after a word the reference puts one after now and then", () => {
    // (Darwin, Origin 1859, ch. I, as all six editions print it, in a witness as careful as the Frankenstein
    // above; the same in a witness of a sentence, read as a scan, is a speck: "than" ends no phrase there)
    const darwin = "With these exceptions, domestic races of the same species differ from each other in the same manner as, only in most cases in a lesser degree than, do closely-allied species of the same genus in a state of nature."
    expect(run(`${frankenstein}\n${darwin}\n`).filter((p) => p.rule === "stray-punctuation")).toEqual([])
    expect(run(darwin).filter((p) => p.rule === "stray-punctuation").map((p) => darwin.slice(p.start - 4, p.end))).toEqual(["than,"])
    // (a word the reference never puts the mark after is a speck even there: "the; case", left in BLN600's corrected text)
    const careless = `${frankenstein}\nThe magistrate said that in the; case of the prisoner he would remand him for a week.\n`
    expect(run(careless).filter((p) => p.rule === "stray-punctuation").map((p) => careless.slice(p.start - 3, p.end))).toEqual(["the;"])
  })

  it("reads a careful transcription's full stop before a word as a full stop, not as a broken word's hyphen", () => {
    const cited = `${frankenstein}\nThe same is stated by Loudon in his Arboretum, chap. vi. and it is repeated by Blyth.\n`
    expect(run(cited).filter((p) => p.rule === "broken-word")).toEqual([])
    // (a part that is no word on its own is still a broken word's, as in a scan: BLN600's "chil. dren")
    const broken = `${frankenstein}\nThe mother of the chil. dren was taken to the workhouse.\n`
    expect(mendedBy(broken, "broken-word")).toContain("the children was")
  })

  it("adds no full stop to a web address that ends a paragraph", () => {
    // (the en_GB Hunspell dictionary's README, as dictionary-en-gb ships it)
    const readme = [
      "You can find the dictionaries that this one is built from, and the scripts that build it, at the address below.",
      "The latest version of this dictionary and the word lists can always be found at http://wordlist.sourceforge.net",
      "Please report any errors that you find in the word lists to the maintainer of the project.",
      "This dictionary is based on a subset of the original English wordlist created by Kevin Atkinson."
    ].join("\n\n")
    expect(run(readme).filter((p) => p.rule === "paragraph-end")).toEqual([])
    // (a paragraph that ends with a word has its lost full stop back)
    const lost = readme.replace("at http://wordlist.sourceforge.net", "on the project's own pages")
    expect(run(lost).filter((p) => p.rule === "paragraph-end").map((p) => lost.slice(p.start - 5, p.start))).toEqual(["pages"])
  })

  it("leaves the spaces that set out a quotation or a list, and closes up those between words", () => {
    // (the BSD licence quoted in a bundle of licences, each line after "> ")
    const quoted = "> Redistribution and use in source and binary forms, with or without\n> modification, are permitted provided that the following conditions are met:\n>\n>   list of conditions and the following disclaimer in the documentation\n> and/or other materials provided with the distribution."
    expect(run(quoted).filter((p) => p.rule === "double-space")).toEqual([])
    const listed = "The conditions are these:\n1.  Redistributions of source code must retain the above copyright notice.\n(b)  Neither the name of the copyright holder nor the names of its contributors may be used."
    expect(run(listed).filter((p) => p.rule === "double-space")).toEqual([])
    const spaced = "Redistribution and use in source and  binary forms are permitted."
    expect(mendedBy(spaced, "double-space")).toBe("Redistribution and use in source and binary forms are permitted.")
  })

  it("leaves the spaces that set off a play's stage directions, where the witness sets them off so twice or more", () => {
    const play = [
      "Ham. I pray thee, do not mock me, fellow-student.  [Aside.", "Mar. My good lord?",
      "Ham. I am very glad to see you.  [To Bernardo.] Good even, sir.", "Ham. Words, words, words.  [Exit Polonius.", "Guil. Good my lord!  [Exeunt."
    ].join("\n")
    expect(run(play).filter((p) => p.rule === "double-space")).toEqual([])
    // (once is a slip like any other; nor is a bracket before a word in lower case or a number a direction)
    expect(mendedBy("He said so.  [Aside.] And then he left.", "double-space")).toBe("He said so. [Aside.] And then he left.")
    expect(mendedBy("See the note.  [1] And the other.  [1]", "double-space")).toBe("See the note. [1] And the other. [1]")
    expect(run(`${play}\nHor. So the note says.  [1]`).filter((p) => p.rule === "double-space").map((p) => p.start)).toEqual([play.length + 23])
  })

  it("takes a lone zero among words for a number in a careful transcription, for a speck in a scan", () => {
    // (the en_GB Hunspell dictionary's README: "Brian's frequency class 0", in a witness as careful as the
    // Frankenstein above; BLN600's OCR: "who said 0 that", in a witness of a sentence, read as a scan)
    const careful = `${frankenstein}\nThe 70 level includes the words of frequency class 0 and the common dictionary words that are used in most places.\n`
    expect(run(careful).filter((p) => p.rule === "stray-mark")).toEqual([])
    const scan = "Mr. Wontner appeared for the prosecutien, who said 0 that the comp1ainant was perfecfly sober at the tirne of the assau1t."
    expect(mendedBy(scan, "stray-mark")).toBe(scan.replace("said 0 that", "said that"))
  })
})

describe("an apostrophe after a word", () => {
  it("is a speck in a scan where it can be no possessive, elision or closing quotation", () => {
    // (BLN600's OCR, each line alone, read as a scan; its ground truth has no apostrophe there)
    for (const [scan, mended] of [
      ["Inspector Harvey at once gave' orders that the door was to be burst open, which was promptly done.", "gave orders"],
      ["His mother was found dead in her drawing-soom with a bullet wound' through the head.", "wound through"],
      ["In the information the applicant stated the details' of the alleged assault, which took Place at the Horso Guards.", "details of"],
      // (no plural: a word of a closed class)
      ["The catapult was found, and in his' possession were a number of lead pellets and a knife.", "his possession"]
    ] as const)
      expect(mendedBy(scan, "stray-punctuation")).toContain(mended)
    for (const kept of [
      // a plural's possessive; an elision; a single quotation that closes there
      "The prisoners' counsel at once gave orders that the door was to be burst open, which was promptly done.",
      "He said he had nothin' but bread an' water in the house, and was runnin' about all day in the streot.",
      // (beside a word no one knows: garble)
      "Upon being cautioned the prit' seoer exclaimed that he was not guilty of the charge.",
      "The witness called it 'a bullet wound' through the head, and the jury were satisfied with the answer."
    ])
      expect(run(kept).filter((p) => p.rule === "stray-punctuation" && p.original === "'")).toEqual([])
  })

  it("is the transcription's own in a careful one", () => {
    const careful = `${frankenstein}\nInspector Harvey at once gave' orders that the door was to be burst open.\n`
    expect(run(careful).filter((p) => p.rule === "stray-punctuation" && p.original === "'")).toEqual([])
  })
})

describe("a hyphen glued to a word after a space", () => {
  it("is a speck in a scan between two words the reference writes side by side, else a dash or left", () => {
    // (BLN600's OCR, its ground truth with nothing there)
    const scan = "The housemaid, who ought to -have answered the door, would have admitted him, but she -put her purse away."
    expect(mendedBy(scan, "stray-punctuation")).toBe(scan.replace(" -have", " have").replace(" -put", " put"))
    // (and a hyphen glued after the first word, where the two make no compound; "Police- station" is one)
    const after = "Mrs. Phoebe Hogg was charged- with the murder, and was taken to the Police- station at once."
    expect(apply(after, run(after).filter((p) => p.original === "-"))).toBe(after.replace("charged- with", "charged with"))
    // (two words the reference does not pair: no speck; this witness writes no dashes, so no dash either)
    const apart = "The housemaid, who ought to have answered the door, had an injury -not serious, the surgeon said."
    expect(run(apart).filter((p) => p.original === "-")).toEqual([])
    // (in a careful transcription that writes its dashes as dashes, a dash: the seeds' "committee -as a result")
    const careful = `${frankenstein}\nThe committee – so they said – was to meet, and the secretary to -have the papers ready; he was charged- with it.\n`
    expect(run(careful).filter((p) => p.original === "-").map((p) => [p.rule, p.replacement])).toEqual([["hyphen-dash", "– "]])
  })
})

describe("a comma or a full stop glued to a word after a space", () => {
  it("is a speck in a scan between two words the reference writes side by side", () => {
    // (BLN600's OCR, each line read as a scan; its ground truth has nothing there)
    for (const [scan, mended] of [
      ["The capture is con- sidered by ,the police to be a most important one, the jnry heard.", "by the police"],
      ["Having dealt .with the enormity of the offence, the judge passed sentonce.", "dealt with the"]
    ] as const)
      expect(mendedBy(scan, "stray-punctuation")).toContain(mended)
    // (two words the reference does not pair: left; and in a careful transcription, as meant)
    const apart = "The witness saw the mirror .net and the hook, said the jnry."
    expect(run(apart).filter((p) => p.rule === "stray-punctuation")).toEqual([])
    const careful = `${frankenstein}\nHe was considered by ,the police a danger.\n`
    expect(run(careful).filter((p) => p.rule === "stray-punctuation")).toEqual([])
  })
})

describe("a full stop lost at a paragraph's end", () => {
  it("is put back in a scan between paragraphs that lost theirs too, not in a careful transcription", () => {
    // (BLN600's OCR, each sentence a paragraph, as the eval writes them; its ground truth ends each with a full stop)
    const paragraphs = "The prisoner was takcn to the station and charged\n\nHe had been seen at the residence in Grosvenor-square\n\nThe magistrate remanded him for a week"
    expect(mendedBy(paragraphs, "paragraph-end")).toBe(
      "The prisoner was takcn to the station and charged.\n\nHe had been seen at the residence in Grosvenor-square.\n\nThe magistrate remanded him for a week"
    )
    const careful = `${frankenstein}\n\n${paragraphs.replace("takcn", "taken")}`
    expect(run(careful).filter((p) => p.rule === "paragraph-end" && p.start > frankenstein.length)).toEqual([])
  })
})

/**
 * The broken-word rule: `scan` (a scan's line) mended as `mended`; each of `left` given no proposal `judged`
 * picks; `careful`, a careful transcription's paragraph after Frankenstein, given none of the rule's.
 */
const brokenWords = (scan: string, mended: string, left: ReadonlyArray<string>, careful: string, judged = (p: Proposal) => p.rule === "broken-word") => {
  expect(mendedBy(scan, "broken-word")).toBe(mended)
  for (const text of left) expect(run(text).filter(judged)).toEqual([])
  expect(run(`${frankenstein}\n\n${careful}`).filter((p) => p.rule === "broken-word" && p.start > frankenstein.length)).toEqual([])
}

describe("a compound broken at a former line end after its hyphen", () => {
  it("keeps its hyphen where the corpus writes it so more often than as one word, as an editor decides by the text's usage", () => {
    // (BLN600's scans read together: "Police- court" was Policecourt; the corpus prints Police-court 115 times)
    const broken = "He was charged at the Police- court and taken to a public- house that is non- existent now."
    const other = "He was seen at the Police-court. The public-house was shut. The Police-court sat. The public-house was sold. It was non-existent; quite non-existent."
    const ps = run(broken, other).filter((p) => p.rule === "broken-word")
    expect(apply(broken, ps)).toBe("He was charged at the Police-court and taken to a public-house that is non-existent now.")
    expect(ps.map((p) => p.explanation)).toContain("“non- existent” is the compound “non-existent” broken at a former line end after its hyphen (the corpus writes it 2 times, “nonexistent” 0)")
    // (once is no usage, a scan repeats its specks once in a while; nor is a pair an article begins; and where the
    // corpus writes the word as one, it is joined)
    const once = run(broken, "He was seen at the Police-court and the public-house, and it was non-existent.").filter((p) => p.rule === "broken-word")
    expect(apply(broken, once)).toContain("nonexistent")
    const article = "The- prisoners were removed."
    for (const other of ["The-prisoners said so. The-prisoners went.", "The-prisoners said so. The-prisoners went. Theprisoners came."])
      expect(apply(article, run(article, other).filter((p) => p.rule === "broken-word"))).not.toContain("The-prisoners")
    expect(apply(broken, run(broken, "It was nonexistent, quite nonexistent, and non-existent.").filter((p) => p.rule === "broken-word"))).toContain("nonexistent")
  })
})

describe("a hyphen suspended before a conjunction and a compound", () => {
  it("is the first compound's, written once for both: no speck and no broken word", () => {
    const text = "Small- and medium-sized firms, long- or short-term loans, and pre- and post-war economies all appear in the returns."
    expect(run(text).filter((p) => p.original.includes("-"))).toEqual([])
    // (a hyphen before "and" with no compound after it is still a scan's speck: BLN600's "his age- and previous good character")
    expect(mendedBy("He asked for mercy on account of his age- and previous good character.", "stray-punctuation")).toContain("age and")
  })
})

describe("a word broken at a former line end whose halves the scan misread", () => {
  it("is joined into the common word one edit away, in a scan", () => {
    // (BLN600's OCR; its ground truth reads prisoner, proceedings, concerned, Witness)
    const scan = "Tbe pri- soeer was takcn to the station, and criminal pro- ceodings were taken against the men con- corned in the robbery. Wit- ncss said so three weeks after Christ- inas."
    const [p] = run(scan).filter((p) => p.rule === "broken-word")
    expect(p?.explanation).toBe("“pri- soeer” is a word broken at a former line end, and joined no word: “prisoner” (e→n) is, 7 times in the reference")
    // (not a half of one letter, which may be a word of its own or a possessive's s: "in Hampshire- a terrace",
    // "White's- grounds"; nor a second half of two, "be- if", "sub- se", which is as often a word; not where
    // two words one edit away are both common; nor a word the reference has once: "May- hew" is not "Mayhem";
    // not in a careful transcription)
    brokenWords(
      scan,
      "Tbe prisoner was takcn to the station, and criminal proceedings were taken against the men concerned in the robbery. Witness said so three weeks after Christmas.",
      [
        "Tbe prisoner was takcn in Hampshire- a terrace at once.", "Tbe man was takcn at No. 3, White's- grounds on Saturday.",
        "Tbe man said he would be- if he would go in the vessel.", "Tbe man was takcn in the bar- ned house.", "On a sub- se occasion tbe elder Weiner came.",
        "Tbe man named Henry May- hew was takcn at the station."
      ],
      "The pri- soeer was taken to the station.",
      (p) => p.rule === "broken-word" && p.evidence["pattern"] !== undefined
    )
  })
})

describe("a word broken at a former line end whose hyphen the scan read as a full stop, and misread besides", () => {
  it("is joined into the common word one edit away, in a scan; its halves are no words to mend on their own", () => {
    // (BLN600's OCR; its ground truth reads contained, spectators, learning, absence: the word rules had made
    // "con" on, "spea" sea, "senee" sense)
    const scan = "Tbe prisoner said this belonged to her and con. fained a penny, and the spea. tators were takcn with the learn. iog of the man in the ab. senee of his wife."
    const ps = run(scan).filter((p) => p.rule === "broken-word")
    expect(ps[0]?.explanation).toBe("“con. fained” is a word broken at a former line end, its hyphen read as a full stop, and joined no word: “contained” (f→t) is, 60 times in the reference, runner-up “confined”")
    expect(run(scan).filter((p) => ["con", "spea", "senee", "iog"].includes(p.original))).toEqual([])
    // (not a second half that is a word, or of two letters: a full stop a scan sets before a word is as often a
    // stray one, "by. the" is no "bathe"; not a first half of one letter, nor an abbreviation's; not in a
    // careful transcription)
    brokenWords(
      scan,
      "Tbe prisoner said this belonged to her and contained a penny, and the spectators were takcn with the learning of the man in the absence of his wife.",
      ["Tbe man was directed by. the constable at once.", "Tbe man was directed to. tbe station at once.", "Tbe man went to drink. ig was takcn at once.", "Tbe man named J. stroyvd was takcn at once.", "Tbe man said it was 5 ft. stroyvd in the barn."],
      "The prisoner was said to be in the ab. senee of his wife."
    )
  })
})

describe("a word broken at a former line end with a speck of the scan between its halves, and misread besides", () => {
  it("is joined into the common word one edit away, in a scan; its second half is no word to mend on its own", () => {
    // (BLN600's OCR; its ground truth reads compensation, prisoners, magistrates, described: the non-word rule
    // had made "soribed" sorbed)
    const scan = "Tbe man sued for corn- an pensation, and the two pri- 7 aoners were taken before the magis- it tratas, who de- ], soribed the case."
    const ps = run(scan).filter((p) => p.rule === "broken-word")
    expect(ps[0]?.explanation).toBe("“corn- an pensation” is a word broken at a former line end, with “an” between its halves, a speck of the scan, and joined no word: “compensation” (rn→m) is, 17 times in the reference")
    expect(run(scan).filter((p) => p.original === "soribed" || p.original === "tratas")).toEqual([])
    // (not a letter before the hyphen, which is debris; nor a speck that ends the first half or is a word of
    // three letters; nor a name's halves; nor a mark glued to the second half, which may stand for letters
    // lost: "occ- )ation" is occupation; not in a careful transcription)
    brokenWords(
      scan,
      "Tbe man sued for compensation, and the two prisoners were taken before the magistrates, who described the case.",
      ["Tbe s- boy who was takcn at once.", "Tbe r- of them was takcn at once.", "Tbe man was takcn to be- gan life again.", "Tbe man was al- so ward of the court.", "Tbe r- The jury was takcn.", "Tbe mis- the chiaf was done.", "Tbe man was takcn to Padding- cb ton station.", "Tbe man, of no occ- )ation, was takcn."],
      "The man sued for corn- an pensation.",
      (p) => p.rule === "broken-word" && p.evidence["speck"] !== undefined && p.evidence["pattern"] !== undefined
    )
  })
})

describe("a word broken at a former line end with a speck of the scan between its halves", () => {
  it("is joined, the speck deleted, in a scan; its halves are no words to mend on their own", () => {
    // (BLN600's OCR; its ground truth reads contributor, circumstances, prisoners, extending: the non-word rule
    // had made "tributor" tribute)
    const scan = "Tbe publishers, editor, and con- I tributor to the Journal, was takcn under the circum- 1 stances, with two pri- e- soners, ex- s. tending the inquiry, and compelled to bring the defen- ,dant before the Court, who was re- .manded. Tbe wit- of ness de- of clared, what- It ever the neighbour- he hood said, that he was takcn."
    const [p] = run(scan).filter((p) => p.rule === "broken-word")
    expect(p?.explanation).toBe("“con- I tributor” is the word “contributor” broken at a former line end, with “I” between its halves: a speck of the scan")
    expect(run(scan).filter((p) => p.rule === "broken-word").at(-1)?.explanation).toBe("“neighbour- he hood” is the word “neighbourhood” broken at a former line end, with “he” between its halves: a speck of the scan")
    expect(run(scan).filter((p) => p.original === "tributor" || p.original === "dant")).toEqual([])
    // (a word of the scan's between them too, "wit- of ness"; but not a word a hyphen is suspended before, a
    // hyphen left for the next word; nor halves that join no word, or a word of four letters, "tea- A s room"
    // is no "teas room"; not in a careful transcription)
    brokenWords(
      scan,
      "Tbe publishers, editor, and contributor to the Journal, was takcn under the circumstances, with two prisoners, extending the inquiry, and compelled to bring the defendant before the Court, who was remanded. Tbe witness declared, whatever the neighbourhood said, that he was takcn.",
      ["Tbe pre- or post-war takcn.", "Tbe men, any- or one of them, was takcn.", "Tbe first- to third-class men, any- and one of them, was takcn.", "Tbe men, any- to one of them, was takcn.", "Tbe man was takcn to the bar- x ned house.", "Tbe constables were in the tea- A s room."],
      "The editor and con- I tributor was taken."
    )
  })
})

describe("a word broken at a former line end, its hyphen kept and its space lost", () => {
  it("is joined in a scan where the halves are not both words and the reference has the word", () => {
    // (BLN600's OCR; its ground truth reads charged, morning, brought, elder, families, distance, These)
    // (not a compound of two words, the period's "to-night", "any-one", nor a word the reference lacks,
    // "kind-hearted" (the dictionary's "kindhearted"), nor a second half of one letter, "wo-e" for were,
    // "St. George-s"; nor a compound the corpus writes elsewhere; not in a careful transcription)
    brokenWords(
      "The man was char-ged on Monday morn-ing and broug-ht up by the eld-er boy of poor fam-ilies a short dis-tance away. T-hese were tbe facts.",
      "The man was charged on Monday morning and brought up by the elder boy of poor families a short distance away. These were tbe facts.",
      [
        "Tbe men came to-night to meet any-one of the kind-hearted people.", "There wo-e twenty weeks due at St. George-s, tbe jnry said.",
        "Tbe men were fam-ilies of the poor, and fam-ilies came."
      ],
      "The man was char-ged on Monday morn-ing."
    )
  })
})

describe("a name broken at a former line end", () => {
  it("is joined in a scan where a capitalised head ends as names of places and people do", () => {
    // (BLN600's OCR; its ground truth reads Lapworth, Throgmorton-street, Lothbury)
    const scan = "Tbe man named James Lap- worth was takcn at 25, Throgmor- ton-street, near the bank in Loth- bury."
    expect(mendedBy(scan, "broken-word")).toBe("Tbe man named James Lapworth was takcn at 25, Throgmorton-street, near the bank in Lothbury.")
    // (not a head in lower case, nor another ending; not in a careful transcription)
    for (const text of ["Tbe man was takcn to the lap- worth of it.", "Tbe man named James Lap- wirth was takcn."])
      expect(run(text).filter((p) => p.rule === "broken-word" && p.evidence["ending"] !== undefined)).toEqual([])
    const careful = `${frankenstein}\n\nThe man named James Lap- worth was taken.`
    expect(run(careful).filter((p) => p.rule === "broken-word" && p.start > frankenstein.length)).toEqual([])
  })
})

describe("a word split by a space whose pieces the scan misread", () => {
  it("is joined into the word one confusion or edit away, in a scan, where both pieces are unknown", () => {
    // (BLN600's OCR; its ground truth reads housekeeper, subsequently)
    const scan = "Tbe prisoner was takcn to the hou ekeeper at once, and was subsne quently charged at the station."
    expect(mendedBy(scan, "split-word")).toBe("Tbe prisoner was takcn to the housekeeper at once, and was subsequently charged at the station.")
    // (one proposal for the two pieces: the second is not mended on its own, "ekeeper" → keeper)
    expect(run(scan).filter((p) => p.original === "ekeeper")).toEqual([])
    // (not fewer than eight letters, "tl ing" → thing; not beside a known word, "lhe never" → whenever; not in
    // a careful transcription)
    for (const text of ["Tbe prisoner was takcn at the tl ing he saw.", "Tbe prisoner said lhe never saw the man."])
      expect(run(text).filter((p) => p.rule === "split-word")).toEqual([])
    const careful = `${frankenstein}\n\nThe prisoner was taken to the hou ekeeper at once.`
    expect(run(careful).filter((p) => p.rule === "split-word" && p.start > frankenstein.length)).toEqual([])
  })
})

describe("a headline in capitals", () => {
  it("ends with a full stop where a scan printed a comma", () => {
    // (BLN600's OCR; its ground truth ends each headline with a full stop)
    const scan = "ALLEGED CRUELTY BY A MOTHER,\n\nTbe prisoner was takcn to the station and charged.\n\nT3E POLICE AND THE PUBLIC,\n\nThe magistrate remanded him for a week."
    expect(mendedBy(scan, "paragraph-end")).toBe(scan.replace("MOTHER,", "MOTHER.").replace("PUBLIC,", "PUBLIC."))
    // (one mark for ".,": the comma after the full stop goes, once)
    const stop = "THE MURDER IN MARYLEBONE.,\n\nTbe prisoner was takcn to the station and charged."
    expect(run(stop).filter((p) => p.start === stop.indexOf(".,") + 1).map((p) => p.replacement)).toEqual([""])
    // (a careful transcription's headline is as written; a line in lower case is no headline)
    const careful = `${frankenstein}\n\nALLEGED CRUELTY BY A MOTHER,\n\nThe prisoner was taken to the station.`
    expect(run(careful).filter((p) => p.rule === "paragraph-end" && p.start > frankenstein.length)).toEqual([])
    const lower = "Two parcels were shown them,\n\nTbe prisoner was takcn to the station and charged."
    expect(run(lower).filter((p) => p.rule === "paragraph-end")).toEqual([])
  })
})

describe("the end of a scan's last paragraph", () => {
  it("is a full stop where a comma stands after a word a sentence may end with, not where the text was cut", () => {
    // (BLN600's OCR, the last line of an article; its ground truth ends it with a full stop)
    const scan = "Tbe prisoner was takcn to the station.\n\nThe accused were again remanded for a week, bail being refused,"
    expect(mendedBy(scan, "paragraph-end")).toBe(scan.replace(/,$/, "."))
    // (after a word the reference lacks, a name)
    const name = scan.replace("bail being refused,", "and was committed to the sessions at Marylebone,")
    expect(mendedBy(name, "paragraph-end")).toBe(name.replace(/,$/, "."))
    // ("and" ends no sentence: the text was cut there; and a careful transcription may be an excerpt)
    const cut = "Tbe prisoner was takcn to the station.\n\nThe prisoner then made the following statement to the court and,"
    expect(run(cut).filter((p) => p.rule === "paragraph-end")).toEqual([])
    const careful = `${frankenstein}\n\nThe accused were again remanded for a week, bail being refused,`
    expect(run(careful).filter((p) => p.rule === "paragraph-end" && p.start > frankenstein.length)).toEqual([])
  })
})

describe("a hyphen between two words", () => {
  it("is a speck in a scan between a function word and one the reference writes beside it, where no compound is", () => {
    // (BLN600's OCR, each line read as a scan; its ground truth has a space there)
    for (const [scan, mended] of [
      ["He was a respectable young man, living-with his mother at the time of the occurrence, the jnry heard.", "living with his"],
      ["These he was wearing at-the time of a his death, said the witnoss.", "wearing at the time"],
      ["The prisoner said that 14l. had been-taken out of the purse, and the jnry believed him.", "had been taken out"]
    ] as const)
      expect(mendedBy(scan, "spurious-hyphen")).toContain(mended)
    // (compounds, the period's spelling of closed ones, a rate, a longer compound: left)
    const kept =
      "He came to-day with his brother-in-law to the public-house, where he had 8s. a-week and co-operated with the landlord under a by-law, " +
      "any-one could see; he was a hanger-on at the police-station, said the witnoss."
    expect(run(kept).filter((p) => p.rule === "spurious-hyphen")).toEqual([])
    // (in a careful transcription the text is as meant)
    const careful = `${frankenstein}\nHe was wearing at-the time a coat of blue.\n`
    expect(run(careful).filter((p) => p.rule === "spurious-hyphen")).toEqual([])
  })

  it("is a dash where it closes a parenthesis another dash opens in the sentence", () => {
    // (BLN600's OCR: its ground truth prints "man-who" and "living – and" there, the one a dash printed as a
    // hyphen, the other the second of a pair; the hyphen is no speck between two words)
    const hyphens = "Mr: Duerdin Dutton appeared for the aconsed-a comparatively young man-who was brought from the workhouse infirmary looking very ill."
    const glyph = "The trial of Peton for poisoning his first wife--his second is still living-and a servant who was also his mistress, has resulted in a verdict."
    for (const scan of [hyphens, glyph]) expect(run(scan).filter((p) => p.rule === "spurious-hyphen")).toEqual([])
    // (without the other dash, or with it in another sentence, beside the hyphen, opening a sentence or glued
    // to a word as a speck is, the hyphen is a speck; so where the other hyphen is a speck too, or a compound)
    for (const [scan, mended] of [
      [hyphens.replace("aconsed-a", "aconsed a"), "young man who was"],
      [hyphens.replace("aconsed-a comparatively young", "comparatively young aconsed-a"), "aconsed-a man who was"],
      [hyphens.replace("aconsed-a", "accused, living-with"), "young man who was"],
      [hyphens.replace("aconsed-a", "Danbury-bridge"), "young man who was"],
      [hyphens.replace("aconsed-a", "passer-by"), "young man who was"],
      [glyph.replace("wife--his", "wife. His"), "still living and a"],
      [glyph.replace("wife--his second", "wife--his second. He"), "still living and a"],
      [glyph.replace("wife--his second is still", "wife, his second is still --"), "still -- living and a"],
      [glyph.replace("wife--his", "wife --His"), "still living and a"],
      [glyph.replace("wife--his", "wife -his"), "still living and a"],
      [glyph.replace("his second is", "his second, who had been married to him for many years before the events of that summer in the town, is"), "still living and a"],
      // (BLN600's OCR: "--" inside a broken word, after a full stop)
      ["He was to mark his intelligence in following these pri-. --soners, by orderingbim to-receive areward of money.", "orderingbim to receive"]
    ] as const)
      expect(mendedBy(scan, "spurious-hyphen")).toContain(mended)
  })
})

describe("a mark inside a word", () => {
  it("is the scan's in a scan: deleted, a letter where one common word fits, a space between two words", () => {
    // (BLN600's OCR, whose ground truth has no tilde; each line alone, read as a scan)
    const lines: ReadonlyArray<readonly [string, string]> = [
      ["were taken oust of t~he river at Mits'is ford, Chbesire, on Wetnitesday", "of the river"],
      ["He immeediately.nndid. his collar and sent: t for an ambulance, on which~he conveyed .the unfor- r tunate mnan", "on which he conveyed"],
      ["XII 5LF.ED tOUWDteAl SrTCeIIFELD, fifty-seven, frer the h~lder ,of aiticket of toave", "the holder ,of"]
    ]
    for (const [scan, mended] of lines) expect(mendedBy(scan, "stray-mark")).toContain(mended)
    // (a rare word a letter would make is no reading: "ch~nes" was cheques, not chines; the mark is deleted)
    const rare = "Mr. Wontner said the prisoner had twenty-six nised ch~nes,?s, a bank pnss- book, and the keys."
    expect(run(rare).filter((p) => p.rule === "stray-mark").map((p) => p.replacement)).toEqual([""])
    // (nor a word of three letters that is not very common, in a garbled line: "a~r" is not "air"; nor two
    // halves of which one is no common short word: "up-st~re" is not "st re")
    for (const scan of [
      "I Yesttrday, (Saturday), at wh inquest hel OY a re coved a~r having 11en pree ted efetou hir sel Baetrein Ite aprpeats theati.",
      "Upon proceed- ing afterirards to the house, the prisoner was found up-st~re with his throat cut very severely."
    ])
      expect(run(scan).filter((p) => p.rule === "stray-mark").map((p) => p.replacement)).toEqual([""])
  })

  it("is a speck or a misread letter where a mark of punctuation stands inside a word, in a scan", () => {
    // (BLN600's OCR, each line alone, read as a scan: the word joined, or the one common word a letter makes)
    const lines: ReadonlyArray<readonly [string, string]> = [
      ["B3y the Coroner: She did. not understanid that it wae nece!ssary fsr a doctor to call a. second time.", "it wae necessary fsr"],
      ["The medical attendant (Dr. F. Grayling, of Sittiughoulrne) has co)mmunicated with her M~aleaty with h view of obtaining-the Rtoyal bounty.", "has communicated with"],
      ["On ri~day W~iai Pullin, 19 years of age, a sawyer, was indicted, at Bristol assizes, for the wilful murder of Ric.ard Hill, a poliee-constable, on the 24th April, at Bristol.", "murder of Richard Hill"],
      ["Daring Thtinsdy afternobn he was in the company of the two prisoners and an'other man; they visited several public-hou.es.", "several public-houses."],
      ["A carisenter who was in the en. ployment of the prisoner was also called, who heed given information to the police, and who desc.ibe the way in which the marks appeared to havse ICci filed and obliterated.", "who describe the way"]
    ]
    for (const [scan, mended] of lines) {
      expect(mendedBy(scan, "stray-mark")).toContain(mended)
      // (and the word rules leave its halves alone: "Ric.ard" is no "Ric.and", "desc.ibe" no "desk.be")
      expect(apply(scan, run(scan))).toContain(mended.replace("wae", "was").replace("fsr", "for"))
    }
    // (a tilde's halves too: "tak~e" was made "takee", the tilde deleted and "tak" mended; "R~eform" "Rreform")
    const tilde = "I cautioned him not to say anything sainless he tikqd, and told him tbat wvhatever he said I should tak~e down in writing."
    expect(apply(tilde, run(tilde))).toContain("should take down")
    const after = "he was not called upon at present to pronounce on any R~eform bill which may be introduced, and he would"
    expect(apply(after, run(after))).toContain("any Reform bill")
    // (a capital D read as "l)" or "I)", the rest of the word mended by no other rule: was "l)defendant")
    for (const [scan, mended] of [
      ["l)efendant : That is my brother. Edlward Macdermott.", "Defendant : That"],
      ["I)etective-sergeant Tallin said prisoner made that statement when he was arrested.", "Detective-sergeant Tallin"]
    ] as const)
      expect(apply(scan, run(scan))).toContain(mended)
    // (two marks for one letter: "l;.dy" → lady)
    expect(mendedBy("The doughter of the l;.dy said she had seen the prisoner in the house.", "stray-mark")).toContain("of the lady said")
    // (not an abbreviation, an initial's full stop and the comma after it, a contraction's or a possessive's
    // apostrophe misread, a lost space after a full stop, a capital after the mark, a web address, nor a
    // short word no neighbour vouches for: "T!ie accused" is The, not Tie)
    // (nor two words, "shop.front" no "shopfront" (a hyphen misread), "a.new" no "anew", nor where two
    // letters make common words, "b.ttle": battle, bottle, nor a letter each side, "h..r" no "hr")
    const scan = `${rawLines()}\n\nHe came at 10 a.m. and left, i.e. went home. The plaintiff �21 ls..S.,and had brought a cheque. He can.t go, and the paper,s editor said.the rest. Mr.Smith, of the U.S.A., wrote from www.marxists.org. T!ie accused were reminded. He bought a.new coat and a b.ttle of wine. He promised to meet h..r at the Arch. The shop.front was broken.`
    expect(run(scan).filter((p) => p.rule === "stray-mark" && p.start > rawLines().length)).toEqual([])
    // (nor in a careful transcription)
    expect(run(`${frankenstein}\nIt was nece!ssary, he said, to call a second time.\n`).filter((p) => p.rule === "stray-mark")).toEqual([])
  })

  it("is the transcription's own in a careful one", () => {
    // (plain ASCII writes a tilde for the Spanish ñ: "man~ana")
    const careful = `${frankenstein}\nHe would put it off till man~ana, as he wrote the word.\n`
    expect(run(careful).filter((p) => p.rule === "stray-mark")).toEqual([])
  })
})

describe("references in notes", () => {
  // (the notes of a scanned book, a witness of a few lines and so read as a scan: what a nineteenth-century
  // work such as Darwin's cites, "Yarrell, vol. iii. p. 40", "op. cit. ch. iii.")
  const notes = [
    "[2] Ibid. p. 41. Cf. also op. cit. ch. iii.",
    "See op. cit. p. 12. The same, loc. cit. vol. ii.",
    "As he says (op. cit. ch. iv.), the breeds differ.",
    "Yarrell, vol. iii. p. 40. Pallas, part ii. p. 84.",
    "See ch. ii. and ch. iii. of the first volume, figured in pl. ii. and pl. iii.",
    "In book iii. he says so. Act ii. sc. iii. Canto iii. stanza 4.",
    "Psalm cxix. 105. Matt. v. 3. Quoted in Hist. Nat. Gen. tom. iii. p. 438, et seq.",
    // (a numeral of one letter after a word of division: "tom. i." is no stray stop before "i")
    "Cf. Lamarck, Philosophie Zoologique, tom. i. p. 235; Cuvier, lib. v. cap. 3.",
    // (a word cut short before a number: "repr." is no "rear")
    "Stephen, Hist. Crim. Law, iii. 1-20 (n.d.; repr. 1883), and the Index, suppl. 4."
  ].join("\n\n")

  it("takes a reference's numerals and abbreviations for what they say", () => {
    expect(run(notes)).toEqual([])
  })

  it("still mends the same letters misread in running text", () => {
    // (BLN600's OCR prints "iii" for "in" and "lie" for "he"; "sc" for "so")
    const scan = `${notes}\n\nHe was found lying iii the street by a constable, and it was sc dark that he could see nothing. He was remanded for a weck. 2 others were discharged.`
    const mended = apply(scan, run(scan))
    // (a misread word before a number, no word's first letters, is no abbreviation)
    expect(mended).toContain("for a week. 2 others")
    expect(mended).toContain("lying in the street")
    expect(mended).toContain("it was so dark")
    expect(mended.startsWith(notes)).toBe(true)
  })
})

describe("verse", () => {
  it("leaves the archaic second person of a witness that speaks so", () => {
    // (Shakespeare, Sonnet 18, a witness of fourteen lines and so read as a scan)
    const sonnet = [
      "Shall I compare thee to a summer's day?", "Thou art more lovely and more temperate:", "Rough winds do shake the darling buds of May,",
      "And summer's lease hath all too short a date;", "Sometime too hot the eye of heaven shines,", "And often is his gold complexion dimm'd;",
      "And every fair from fair sometime declines,", "By chance or nature's changing course untrimm'd;", "But thy eternal summer shall not fade,",
      "Nor lose possession of that fair thou ow'st;", "Nor shall Death brag thou wander'st in his shade,", "When in eternal lines to time thou grow'st:",
      "    So long as men can breathe or eyes can see,", "    So long lives this, and this gives life to thee."
    ].join("\n")
    expect(run(sonnet)).toEqual([])
    // (in a scan that never speaks so, "thy" is "the" misread: y→e)
    const scan = "The prisoner was taken to thy station by the constable, who said that he had been drinking all day."
    expect(mendedBy(scan, "ocr-confusion")).toBe(scan.replace("to thy station", "to the station"))
  })

  it("leaves the elisions verse and drama print, and mends an apostrophe that elides nothing", () => {
    // (the opening of Frankenstein's first letter, and Hamlet, III. i.)
    const hamlet = [
      "LETTER I.", "", "To Mrs. Saville, England.", "", "St. Petersburgh, Dec. 11th, 17—.", "",
      "You will rejoice to hear that no disaster has accompanied the commencement of an enterprise which you have regarded with such evil forebodings.", "",
      "Your affectionate brother,", "R. Walton.", "", "ACT III. SCENE I. A room in the castle.", "",
      "Enter KING, QUEEN, POLONIUS, OPHELIA, ROSENCRANTZ, and GUILDENSTERN.", "",
      "HAMLET. To be, or not to be, that is the question:", "Whether 'tis nobler in the mind to suffer", "The slings and arrows of outrageous fortune,",
      "Or to take arms against a sea of troubles,", "And by opposing end them. To die,—to sleep,—", "No more; and by a sleep to say we end",
      "The heart-ache, and the thousand natural shocks", "That flesh is heir to,—'tis a consummation", "Devoutly to be wish'd. [Exit.]", "",
      "OPHELIA. Good my lord,", "How does your honour for this many a day?", "", "HAMLET. I humbly thank you; well, well, well."
    ].join("\n")
    expect(run(hamlet)).toEqual([])
    // (an e elided between consonants, the article before a vowel: "pow'r" is no misprint of power)
    const hymn = [
      "O'er the smooth enamell'd green, where no print of step hath been,",
      "Ne'er did mortal eye behold such heav'nly pow'r as thine,",
      "E'en when th' Almighty's hand did shine on ev'ry flow'r and tow'r."
    ].join("\n")
    expect(run(hymn)).toEqual([])
    // (BLN600's OCR: "the man calle'd for help", an apostrophe where no letter is left out)
    const scan = "The man calle'd for help, and the constable came up at once and took the prisoner to the station."
    expect(mendedBy(scan, "non-word")).toBe(scan.replace("calle'd", "called"))
    // (and "th'" before a consonant, no elision verse makes)
    const article = "The constable took the prisoner from th' station to the court, where he was charged with the theft of a watch."
    expect(mendedBy(article, "non-word")).toContain("from the' station")
  })
})

describe("speech in dialect and the archaic verb", () => {
  it("leaves the clipped words, the dropped h and the archaic persons a careful transcription prints", () => {
    const speech = [
      `"I dunno," said the old man, "but 'tis summat to do wi' the weather, I reckon. Ye be a-going to Casterbridge, then? Well, 'ee'll find 'un there, sure as eggs."`,
      `"He had never seen them 'ere young women afore," he said, "and he shut the door in 'er face, for 'e couldn't abide 'em. I'll have none of that 'ere."`,
      "Wherefore dost thou weep, and why hast thou forsaken me? Thou knowest not what thou doest, neither dost thou heed the counsel of thine elders. He that goeth forth and weepeth shall come again."
    ].join("\n\n")
    // (a witness of three paragraphs, read as a scan; in a long careful transcription the margins asked of a
    // correction keep most of these anyway)
    expect(run(speech)).toEqual([])
  })

  it("still mends a speck before a word and a misread word where no thou stands", () => {
    // (BLN600's OCR: "the 'prisoner was", a single quote nothing closes; "doest" with no thou is does misread)
    const scan = `${frankenstein}\nThe 'prisoner was removed, and the constable said he doest not know him.\n`
    const mended = apply(scan, run(scan))
    expect(mended).toContain("The prisoner was")
    expect(mended).toContain("he does not know")
  })
})

describe("abbreviated Christian names", () => {
  it("are left at a sentence's start, before the surname", () => {
    const text = "Thos. Brown and Chas. Green gave evidence.\n\nJno. Smith said so.\n\nSaml. Pepys, Richd. Steele, Robt. Burns and Benj. Franklin were named."
    expect(run(text).filter((p) => p.rule === "non-word")).toEqual([])
    // (a misread word before a full stop and a capital is still one: "the same day. Thc next")
    expect(mendedBy("He was remanded for a weck. The next day he was discharged by the magistrate.", "non-word")).toContain("for a week.")
  })
})

describe("foreign passages", () => {
  it("leaves the words of a quoted foreign sentence, and an old text's spellings", () => {
    const quoted = [
      "As Pascal has it, \"Le cœur a ses raisons que la raison ne connaît point,\" and my father would often repeat it. He had read Goethe's Wilhelm Meister, and could recite \"Kennst du das Land, wo die Zitronen blühn?\" with feeling. The motto of the house was Nil desperandum, and its arms bore the legend Dieu et mon droit.",
      "The printer of the old edition, in his Advertisement, writes: \"This Booke was compleat in the yeare 1711, and is now made publick for the first time; the Authour hath taken great paines to shew the truth of every thing herein contained, and to render it more usefull to the Reader.\""
    ].join("\n\n")
    const text = `${frankenstein}\n${quoted}\n`
    expect(run(text).filter((p) => p.start >= frankenstein.length)).toEqual([])
    // (an English sentence's misread word is mended all the same: "wo" for "we")
    const english = `${frankenstein}\nWhen wo came to the house my father had gone out, and the servants could not tell us where he was.\n`
    expect(mendedBy(english, "non-word")).toContain("When we came")
  })
})

describe("a witness in lower case", () => {
  it("takes an unknown word for a name that lost its capital unless the word meant is at home beside both neighbours", () => {
    const text = readFileSync(join(repoRoot, "tests", "fixtures", "normalise", "lower-case", "frankenstein-1831-como.txt"), "utf8")
    expect(text).toContain("the shores of the lake of como.")
    expect(run(text).filter((p) => p.rule === "non-word")).toEqual([])
    // (a misreading there is mended all the same: "they passcd a week")
    const misread = text.replace("they passed a week", "they passcd a week")
    expect(mendedBy(misread, "non-word")).toBe(text)
  })
})

describe("the spelling of English before about 1630", () => {
  const dir = join(repoRoot, "tests", "fixtures", "normalise", "early-modern")
  it("is the text's, not a misreading to modernise", () => {
    const genesis = readFileSync(join(dir, "genesis-1611.txt"), "utf8")
    expect(run(genesis).filter((p) => p.rule === "non-word")).toEqual([])
  })
  it("is recognised by the commonest words printed so (vpon, haue), not by rarer words a scan misread", () => {
    // (five words a u for a v explains, none of them common: a scan of today's print, mended)
    const scan = "The sailors of the nauy went ashore after a seuere storm, and their officers did their ciuic duty at the reuel in the town; the admiral lay upon a diuan in a cauern by the quay while the band played until the evening came."
    expect(mendedBy(scan, "non-word")).toContain("of the navy went ashore after a severe storm")
  })
  it("is recognised by u and v, not by one old word: a text in today's spelling still has its misreadings mended", () => {
    const genesis = readFileSync(join(dir, "genesis-1769.txt"), "utf8")
    const misread = genesis.replace("the face of the deep", "the face of the deep vpon").replace("divided the light from the darkness", "divided the light from the darkncss")
    expect(mendedBy(misread, "non-word")).toContain("from the darkness")
  })
})

describe("an apostrophe glued between two words", () => {
  it("is a space in a scan, whatever the pair; in a careful transcription only where the reference pairs them", () => {
    // (BLN600's OCR: "the murder of Mrs. Phoebe Hogg and her infant'daughter on the")
    const scan = "The murder of Mrs. Phoebe Hogg and her infant'daughter on the 24th ult. was brought befnre the jnry."
    expect(mendedBy(scan, "glued-apostrophe")).toContain("her infant daughter on")
    // (dialect's elided ending: BLN600's "yew be go'an quite wrong, zur", in its OCR and its ground truth)
    const dialect = "The Boy: No, yew be go'an evoice wrong, zur, said the witnoss."
    expect(run(dialect).filter((p) => p.rule === "glued-apostrophe")).toEqual([])
    const careful = `${frankenstein}\nShe held her infant'daughter in her arms.\n`
    expect(run(careful).filter((p) => p.rule === "glued-apostrophe")).toEqual([])
  })
})

describe("a preposition run into a name", () => {
  it("is parted in a scan only", () => {
    // (a careful transcription may write a name so on purpose, as a program's or a brand's)
    const careful = `${frankenstein}\nWe went on foot atRedhill, and met the party.\n`
    expect(run(careful).filter((p) => p.original === "atRedhill")).toEqual([])
  })
})

describe("a capital I alone between two words", () => {
  it("is a stroke of the scan where the reference writes I beside neither word and the next is no verb", () => {
    // (BLN600's OCR, each line read as a scan; its ground truth has no I there)
    for (const [scan, mended] of [
      ["Mr. Saltmarsh, speaking at the free traders' meeting at I Madrid, on Monday, stated that the tarriff was too hiqh.", "meeting at Madrid, on"],
      ["The prisoner was brought up at the Police-court charged with I stabbing his father and mothor.", "charged with stabbing"],
      ["He said that the plaintiff acted from I sinister motives, and the jnry agreed.", "acted from sinister motives"],
      // (the reference writes "the I" once)
      ["On the I house where Arnold resided the jnry found tbe goods.", "On the house where"],
      // (a capital I opening a paragraph before a capitalised word)
      ["I He was sentenced to six montbs, and the jnry agreed.", "He was sentenced"],
      ["I ALLEGED MANSLAUGHTER AT BRIXTON.\n\nI On Wednesday tbe jnry sat.", "ALLEGED MANSLAUGHTER AT BRIXTON.\n\nOn Wednesday"]
    ] as const)
      expect(mendedBy(scan, "stray-fragment")).toContain(mended)
    for (const kept of [
      // (a clause the pronoun begins; a name's numeral; a word the scan garbled beside it)
      "Mr. Costello is the gentleman I referred to in my last lettor to the jnry.",
      "He read the Henry I charter to the court, the witnoss said.",
      "On Thursday night *ihen I u came home my nose bled, and the jnry laughed.",
      "At the police-office he swore I h ad not proceeded three yards, said the witnoss.",
      // (the pronoun opening a paragraph, and an I opening a line within one)
      "I said to the jnry that I would come.",
      "The witnoss said to the jnry:\nI Robert Smith saw it."
    ])
      expect(run(kept).filter((p) => p.rule === "stray-fragment" && p.original.startsWith("I"))).toEqual([])
    // (in a careful transcription the text is as meant)
    const careful = `${frankenstein}\nThey spoke at the meeting at I Madrid on Monday.\n`
    expect(run(careful).filter((p) => p.rule === "stray-fragment")).toEqual([])
  })
})

describe("a word printed twice", () => {
  // (lines of BLN600's OCR, tab, their ground truth)
  const lines = readFileSync(join(repoRoot, "tests", "fixtures", "normalise", "bln600-doubled.tsv"), "utf8").trim().split("\n").map((l) => l.split("\t") as [string, string])
  /** The doubles the rule finds in a line, each as the text it deletes ("␣of"). */
  const doubled = (ocr: string) => run(ocr).filter((p) => p.rule === "doubled-word").map((p) => p.original)
  it("loses its second copy where grammar never puts the word twice", () => {
    const mended = lines.map(([ocr]) => mendedBy(ocr, "doubled-word"))
    for (const phrase of ["<y I will meet", "many signs of' a", "charges of murder", "after a short delay", "passing in a horizontal"])
      expect(mended.filter((m) => m.includes(phrase))).toHaveLength(1)
    expect(lines.flatMap(([ocr]) => doubled(ocr))).toEqual([" I", " of", " of", " a", " a"])
  })
  it("stays where grammar allows it or a comma may have been lost", () => {
    // (the ground truth: "had had a terrible midnight struggle", "asked her, her name", "communicated with, with reference")
    for (const [ocr] of lines.filter(([o]) => /had had|her her|with with/.test(o))) expect(doubled(ocr)).toEqual([])
    expect(doubled("The man came in in the morning and said that that was all he knew.")).toEqual([])
    expect(doubled("What it is is a question of money, he said, and laughed: he he he.")).toEqual([])
    // (nor across a blank line: a paragraph ending with a word the next begins with)
    expect(doubled("He said he would give the money to the\n\nThe prisoner was then remanded for a week.")).toEqual([])
    expect(doubled("He said he would give the money to the\nthe prisoner, who was then remanded.")).toEqual(["\nthe"])
  })
})

describe("a space before a mark", () => {
  const spaced = (text: string) => run(text).filter((p) => p.rule === "space-before-mark").map((p) => text.slice(p.start - 4, p.end + 1))
  it("is closed up after a word, before a mark that stands free", () => {
    // (BLN600's OCR; its ground truth "with them; don't go", "the prisoner, who")
    expect(spaced("\"No, Peter, don't go with them ; don't go with them. Where is the prisoner , who was here ?\"")).toEqual(["them ;", "oner ,", "here ?"])
    // (Darwin 1859, where a transcription dropped the italics of "inter se": "fertile, inter se , seems to me rash")
    expect(spaced("should yield offspring perfectly fertile, inter se , seems to me rash in the extreme.")).toEqual(["r se ,"])
  })
  it("is left before a mark glued to the next word, after a word that ends no phrase or no one knows, and in an ellipsis", () => {
    expect(spaced("Bishopsgate-street, carman ;George Wood, a bag dealer, was charged.")).toEqual([])
    expect(spaced("who is the married daughter of , Napier-street, and of Mr. Gleo , the constable.")).toEqual([])
    expect(spaced("He waited . . . and then he went away to his house in the country.")).toEqual([])
  })
  it("is left before the marks a careful transcription spaces as a habit, but not before a comma", () => {
    const french = `${frankenstein.replace(/; /g, " ; ")}\nHe said so , and left.\n`
    expect(frankenstein.split("; ").length).toBeGreaterThan(4)
    expect(spaced(french)).toEqual(["d so ,"])
    // (in a scan, the same semicolons are closed up)
    expect(spaced("The witness was asked to leave ; he refused ; the constable removed him ; he struck the constable.")).toHaveLength(3)
  })
})

describe("a line-end hyphen printed as ¬", () => {
  it("is a line-end hyphen: the word is joined, and its parts are not taken for words", () => {
    const text = "The growth of the bureau¬\ncracy was the result of the isolation of the revolu¬\ntion in a backward country, as Trotsky argued at length."
    const ps = run(text)
    expect(ps.map((p) => p.rule)).toEqual(["line-end-hyphen", "line-end-hyphen"])
    expect(apply(text, ps)).toBe("The growth of the bureaucracy was the result of the isolation of the revolution in a backward country, as Trotsky argued at length.")
  })
})

describe("running heads printed with their page's number", () => {
  const paragraphs = frankenstein.split("\n\n").filter((p) => p.length > 200)
  /** The paragraphs with a line between each two, made by `line(k)`. */
  const between = (line: (k: number) => string) => paragraphs.flatMap((p, k) => (k + 1 < paragraphs.length ? [p, line(k)] : [p])).join("\n\n")
  const heads = (text: string) => run(text).filter((p) => p.rule === "running-head")

  it("are residue of the scan, though each line differs by its number", () => {
    // (as a scanned book prints them: "THE MODERN PROMETHEUS. 9", "… 11", at the head of every other page)
    const scanned = between((k) => `THE MODERN PROMETHEUS. ${9 + 2 * k}`)
    expect(paragraphs.length).toBeGreaterThanOrEqual(4)
    expect(heads(scanned)).toHaveLength(paragraphs.length - 1)
    expect(apply(scanned, heads(scanned))).toBe(paragraphs.join("\n\n"))
    // (in a longer run of pages, one number misread, "13" for "15": the others rise)
    const twice = [...paragraphs, ...paragraphs]
    const pages = twice.flatMap((p, k) => (k + 1 < twice.length ? [p, `THE MODERN PROMETHEUS. ${k === 3 ? 13 : 9 + 2 * k}`] : [p])).join("\n\n")
    expect(pages).toContain("PROMETHEUS. 13\n\n")
    expect(heads(pages)).toHaveLength(twice.length - 1)
  })

  it("part a word broken at the foot of a page: the word is joined", () => {
    // (each page ends in the middle of a word: "…a variety of circumstances had pre-", "THE MODERN PROMETHEUS. 9",
    // "vented his marrying early…")
    const words = paragraphs.map((p) => /\b([a-z]{9,})\b(?!.*\b[a-z]{9,}\b)/s.exec(p)!)
    const pages: string[] = []
    let carry = ""
    paragraphs.forEach((p, k) => {
      const body = carry + p
      if (k + 1 === paragraphs.length) return pages.push(body)
      const w = words[k]!
      const at = carry.length + w.index + Math.floor(w[1]!.length / 2)
      pages.push(`${body.slice(0, at)}-`, `THE MODERN PROMETHEUS. ${9 + 2 * k}`)
      carry = `${body.slice(at)} `
      return undefined
    })
    const scanned = pages.join("\n\n")
    const ps = run(scanned)
    expect(ps.filter((p) => p.rule === "line-end-hyphen")).toHaveLength(paragraphs.length - 1)
    expect(apply(scanned, ps.filter((p) => p.rule === "line-end-hyphen" || p.rule === "running-head"))).toBe(paragraphs.join(" "))
    // (a compound's hyphen at the foot of a page stays: "self-" and "evident" make no word joined)
    const compound = [`${paragraphs[0]} It was self-`, "THE MODERN PROMETHEUS. 9", `evident to all. ${paragraphs[1]}`, "THE MODERN PROMETHEUS. 11", paragraphs[2]!, "THE MODERN PROMETHEUS. 13", paragraphs[3]!].join("\n\n")
    expect(run(compound).filter((p) => p.rule === "running-head")).toHaveLength(3)
    expect(run(compound).filter((p) => p.rule === "line-end-hyphen")).toEqual([])
  })

  it("are not the headings that number the text's divisions or days, nor numbers that do not rise as pages do", () => {
    expect(heads(between((k) => `CHAPTER ${k + 1}`))).toEqual([])
    expect(heads(between((k) => `May ${12 + k}, 1795`))).toEqual([])
    expect(heads(between((k) => `THE MODERN PROMETHEUS. ${20 - k}`))).toEqual([])
    // (four heads in a text of 40,000 characters stand further apart than pages do)
    const spread = paragraphs.map((p) => Array.from({ length: 10 }, () => p).join("\n\n"))
    const far = spread.flatMap((p, k) => (k + 1 < spread.length ? [p, `THE MODERN PROMETHEUS. ${9 + 8 * k}`] : [p])).join("\n\n")
    expect(far.length).toBeGreaterThan(32000)
    expect(heads(far)).toEqual([])
  })
})
