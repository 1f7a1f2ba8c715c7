/** What the normaliser leaves as printed (asPrinted.ts): foreign words and phrases (foreign.ts), words marked [sic]; with the real reference. */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { tokenise } from "../../src/corpus/tokenise.ts"
import { foreignPhrases } from "../../src/normalise/foreign.ts"
import { heldBack, keepEditorsLetter, registerParagraphs, sicMarked } from "../../src/normalise/asPrinted.ts"
import { normalise, type WithheldProposal } from "../../src/normalise/index.ts"
import type { Lexicon } from "../../src/normalise/lexicon.ts"
import { defaultLexicon } from "../../src/normalise/load.ts"
import { repoRoot, seeds, witness } from "./helpers.ts"

let lexicon: Lexicon
beforeAll(() => {
  lexicon = defaultLexicon()
})

/** A witness's proposals, as [original, replacement], and what was withheld. */
function normaliseHeld(id: string, text: string) {
  const withheld: WithheldProposal[] = []
  const mended = normalise([witness(id, text)], { lexicon, withheld }).map((p) => [p.original, p.replacement])
  return { mended, withheld }
}

/** The phrases of a text, as printed, with their reasons. */
const phrases = (text: string) => foreignPhrases(text, tokenise(text), lexicon).map((p) => [text.slice(p.start, p.end), p.reason])

describe("foreign phrases", () => {
  it("are marked by two foreign function words, elisions or accented words within four words, in one sentence", () => {
    expect(phrases(`His wife said "Ich weiss nicht," and wept.`)).toEqual([["Ich weiss nicht", "“Ich” and “nicht” mark it as German"]])
    expect(phrases("Der Staat bin ich, the functionary might have said.")).toEqual([["Der Staat bin ich", "“Der” and “ich” mark it as German"]])
    expect(phrases("The king said: l'État, c'est moi.")).toEqual([["l'État, c'est", "“l'État” and “c'est” mark it as French"]])
    expect(phrases("She was très fatiguée after the voyage.")).toEqual([["très fatiguée", "“très” and “fatiguée” mark it as foreign"]])
    // (each marker named once)
    expect(phrases(`Luther is supposed to have said "Hier stehe ich, ich kann nicht anders" at Worms.`)[0]?.[1]).toBe("“ich”, “kann” and “nicht” mark it as German")
    // (a word English lacks beside the phrase joins it)
    expect(phrases("The motto, quae omnia vincit, was old.")[0]?.[0]).toBe("quae omnia vincit")
  })

  it("need two markers: one is no evidence (a scan prints “der”, “sur”, “est” among its specks), nor two sentences apart", () => {
    expect(phrases("The prisoner der was charged with stealing a wateh.")).toEqual([])
    expect(phrases("It was les. Then the une came.")).toEqual([])
    expect(phrases("Les amis of the accused were in court, and the case est closed.")).toEqual([])
    // (five words apart: two specks, no phrase)
    expect(phrases("It was sur the table, and the des was there.")).toEqual([])
  })

  it("are a short quotation with one marker that prints two words English lacks or more, a third of its words with the marker", () => {
    expect(phrases(`As Goethe has it, "Es irrt der Mensch, so lang er strebt." The line recurs.`)).toEqual([
      ["Es irrt der Mensch, so lang er strebt.", "“der” marks it as German, and the quotation it stands in prints “irrt”, “strebt”, which English lacks"]
    ])
    // (curly marks open and close whatever stands beside them)
    expect(phrases("As Goethe has it,\u201cEs irrt der Mensch, so lang er strebt.\u201d")[0]?.[0]).toBe("Es irrt der Mensch, so lang er strebt.")
    // (not one word English lacks, nor too few for the quotation's length, nor a quotation of many words; not
    // outside quotation marks, nor from one quotation's opening mark to the next one's)
    for (const text of [
      `He wrote "so der irrt" once.`,
      `He said "the prisoner der was charged with irrt and strebt in the street" in court.`,
      `He said "the prisoner der was charged, irrt and strebt, with stealing a wateh from a shop in the street at night while the owner of the shop was away" in court.`,
      `Es irrt der Mensch, so lang er strebt.`,
      `He said "der irrt, strebt, and then he said "no".`
    ])
      expect(phrases(text)).toEqual([])
  })

  it("take in a word English lacks beside an accented word or a Latin word of English's borrowed phrases, not a word English has", () => {
    expect(phrases("the ancien régime fell")).toEqual([["ancien régime", "“régime” beside it is printed with an accent"]])
    expect(phrases("contrary to the maxim contra bonos mores")).toEqual([["contra bonos mores", "“contra” and “mores” mark it as Latin"]])
    expect(phrases("a prima facie case")).toEqual([["prima facie", "“prima” and “facie” mark it as Latin"]])
    // (and the Italian of music's directions: "molto" is no "motto")
    expect(phrases("The second movement, an adagio molto e cantabile, follows.")).toEqual([["adagio molto", "“adagio” beside it is an Italian word English keeps for its borrowed phrases"]])
    expect(phrases("the Soviet régime anti a gradual evolution")).toEqual([])
    // (accented words English has borrowed are no markers: "the régime of the élite" is English)
    expect(phrases("the régime of the élite anti the masses")).toEqual([])
    // (a comma parts them)
    expect(phrases("the régime, ancien as it was")).toEqual([])
  })
})

describe("the normaliser in a foreign phrase", () => {
  const text = [
    "The regime had become a fait accompli, and the bureaucracy treated the oppositoin as its bête noire. The coup d'état was an orderly winding up of the régime anti a gradual democratic evolution.",
    `He spoke of the ancien régime, and of the prisonner who said "Ich weiss nicht," and of the magistrate who held the conduct contra bonos mores.`
  ].join("\n\n")

  it("leaves its words as printed and says why among the withheld, while the English around them is still mended", () => {
    const { mended, withheld } = normaliseHeld("essay", text)
    expect(mended).toEqual([
      ["oppositoin", "opposition"],
      ["anti", "and"],
      ["prisonner", "prisoner"]
    ])
    expect(withheld.map((w) => [w.original, w.replacement, w.rule])).toEqual([
      ["ancien", "ancient", "non-word"],
      ["nicht", "night", "non-word"],
      ["bonos", "bones", "non-word"]
    ])
    expect(withheld[1]!.explanation).toMatch(/; withheld: it stands in a foreign phrase, “Ich weiss nicht”: “Ich” and “nicht” mark it as German$/)
    expect(withheld[1]!.otherWitnesses).toEqual({})
  })

  it("holds back nothing in BLN600's scans, whose specks print no foreign phrase", () => {
    const scan = readFileSync(join(repoRoot, "tests", "fixtures", "normalise", "bln600-lines.tsv"), "utf8").trim().split("\n").map((l) => l.split("\t")[0]!).join("\n\n")
    const withheld: WithheldProposal[] = []
    normalise([witness("scan", scan)], { lexicon, withheld })
    expect(withheld).toEqual([])
  })

  it("holds back nothing in the seeds", () => {
    const withheld: WithheldProposal[] = []
    normalise(seeds(), { lexicon, withheld })
    expect(withheld.filter((w) => w.explanation.includes("foreign phrase"))).toEqual([])
  })
})

describe("a word an editor began with a bracketed letter", () => {
  it("is mended with its brackets kept, where the word meant begins with the letter; else left as printed", () => {
    const text = "He said the [r]evolutionery party must lead the workers."
    expect(normalise([witness("t", text)], { lexicon }).map((p) => [p.original, p.replacement])).toEqual([["[r]evolutionery", "[r]evolutionary"]])
    const at = text.indexOf("[r]")
    const draft = { start: at, end: at + "[r]evolutionery".length, replacement: "revolutionary" }
    expect(keepEditorsLetter(text, draft).replacement).toBe("[r]evolutionary")
    expect(keepEditorsLetter(text, { ...draft, replacement: "evolutionary" })).toEqual({ ...draft, replacement: "evolutionary" })
    const held = heldBack(text, tokenise(text), lexicon)
    expect(held("non-word", draft.start, draft.end, "[r]evolutionary")).toBeNull()
    expect(held("non-word", draft.start, draft.end, "evolutionary")).toBe("the word is printed with an editor's bracketed letter, “[r]evolutionery”: as the edition sets it")
    // (by any rule: a mark's proposal inside the word too)
    expect(held("stray-punctuation", at, at + 1, "")).not.toBeNull()
  })
})

describe("a word marked [sic]", () => {
  const text = `The writer of the letter says the birds were "verry" [sic] tame, and that they recieved (sic) food twice a day. He adds that the goverment [_sic_] paid for it, and that the Sheriff [Sic!] sent the ordre himself.

[sic] The secretary's seperate letter followed.`

  it("is the word before the mark, in any of its forms, not past a blank line", () => {
    expect(sicMarked(text, tokenise(text)).map((s) => [text.slice(s.start, s.end), s.mark])).toEqual([
      ["verry", "[sic]"],
      ["recieved", "(sic)"],
      ["goverment", "[_sic_]"],
      ["Sheriff", "[Sic!]"]
    ])
  })

  it("is left as printed by every rule, and listed among the withheld with its mark; a word not marked is mended", () => {
    const { mended, withheld } = normaliseHeld("letter", text)
    expect(mended).toEqual([
      ["ordre", "order"],
      ["seperate", "separate"]
    ])
    expect(withheld.map((w) => [w.original, w.replacement])).toEqual([
      ["verry", "very"],
      ["recieved", "received"],
      ["goverment", "government"]
    ])
    expect(withheld[1]!.explanation).toMatch(/; withheld: the word is marked “\(sic\)”: its source prints it so$/)
  })
})

describe("a paragraph in Middle English", () => {
  const essay = [
    "The General Prologue opens with a sentence of eighteen lines, the longest in the poem:",
    [
      "Whan that Aprille with his shoures soote",
      "The droghte of March hath perced to the roote,",
      "And bathed every veyne in swich licour",
      "Of which vertu engendred is the flour;",
      "Whan Zephirus eek with his sweete breeth",
      "Inspired hath in every holt and heeth",
      "The tendre croppes, and the yonge sonne",
      "Hath in the Ram his halve cours yronne,",
      "And smale foweles maken melodye,",
      "That slepen al the nyght with open ye",
      "(So priketh hem Nature in hir corages),",
      "Thanne longen folk to goon on pilgrimages."
    ].join("\n"),
    "The syntax of the pasage is periodic, and its verbs are held back until the twelfth line."
  ].join("\n\n")

  it("is the paragraphs that print two words or more of the period's that today's English has lost", () => {
    expect(registerParagraphs(essay, tokenise(essay)).map((p) => [essay.slice(p.start, p.start + 15), p.register, p.words])).toEqual([["Whan that April", "Middle English", ["Whan", "swich", "eek", "hem", "Thanne"]]])
  })

  it("is left as its period spelt it, while the essay around it is mended", () => {
    const { mended, withheld } = normaliseHeld("essay", essay)
    expect(mended).toEqual([["pasage", "passage"]])
    expect(withheld.map((w) => w.original)).toEqual(expect.arrayContaining(["Whan", "sweete", "nyght", "hir", "longen"]))
    expect(withheld[0]!.explanation).toMatch(/; withheld: the paragraph is written in Middle English \(it prints “Whan”, “swich”, “eek”, “hem”, “Thanne”\): its spellings are its own$/)
  })

  it("needs two such words: one is a word of today's English or a scan's speck (\"hem\" of a skirt)", () => {
    const text = "She took up the hem of her dress, and the nyght was cold."
    expect(registerParagraphs(text, tokenise(text))).toEqual([])
  })
})

describe("a paragraph in Scots, in a dialect's speech, in a manuscript's contractions, in the spelling of the seventeenth century", () => {
  // [register, its paragraph, the withheld [original, replacement] (those named), the words it is known by]
  const cases: ReadonlyArray<readonly [string, string, ReadonlyArray<readonly [string, string]>, string]> = [
    [
      "Scots",
      `"Ah canna tell ye, for I didna see him," quo' Jeanie; "but the bairns ken fine whaur he's gane, an' they'll no' be lang in tellin' ye."`,
      // (the apostrophe of "no'" too, which the stray-punctuation rule took for a speck)
      [["'", ""], ["gane", "gone"]],
      "“canna”, “didna”, “whaur”"
    ],
    [
      "a dialect's speech",
      `"I warn't a-going to tell nobody," says Jim, "but I reckon it ain't no harm now. I hain't ever seen sich a thing befo'. De widder she 'lowed she'd sell me down to Orleans."`,
      // (and the apostrophe of "'lowed", allowed, which the unbalanced-quote rule took for a speck)
      [["warn't", "wasn't"], ["sich", "such"], ["'", ""]],
      "“warn't”, “hain't”, “sich”, “widder”"
    ],
    [
      "a dialect's speech",
      // (the North's, as an oral history transcribes it)
      "A: Well, we was all gonna go out, weren't we. We had nowt. Dunno what he's doin' now.",
      [["nowt", "not"]],
      "“nowt”, “Dunno”"
    ],
    [
      "a manuscript's contractions",
      "I recd yr letter of the 3d inst. & am obliged to you for the trouble you have taken wth regard to my affairs. The bearer will deliver to you the papers wch I mention'd in my last.\n\nI am, Sir, yr most obedt & most humble servt,\n\nJno. Smith.",
      [["wth", "with"], ["servt", "serve"]],
      "“obedt”, “servt”"
    ],
    [
      "the spelling of the seventeenth century",
      "The Authour hath taken great paines to shew the truth of every thing herein contained; for the onely end of this Booke is the publick good, and not the private gaine of him that wrote it. Hee that will chuse to read it with an honest minde shall finde therein many things which have beene hitherto hid in darknesse.",
      [["gaine", "game"], ["chuse", "cause"], ["finde", "find"], ["beene", "been"], ["darknesse", "darkness"]],
      "“Authour”, “paines”, “onely”, “Booke”, “publick”, “gaine”, “chuse”, “minde”, “finde”, “beene”, “darknesse”"
    ]
  ]
  it.each(cases)("in %s is left as printed and listed as withheld; a paragraph of today's English after it is mended", (register, paragraph, held, words) => {
    const { mended, withheld } = normaliseHeld("t", `${paragraph}\n\nThe letter was read at a seperate meeting of the committee on the following day.`)
    expect(mended).toEqual([["seperate", "separate"]])
    const shown = withheld.map((w) => [w.original, w.replacement])
    for (const h of held) expect(shown).toContainEqual(h)
    for (const w of withheld) expect(w.explanation).toContain(`withheld: the paragraph is written in ${register} (it prints `)
    expect(withheld.find((w) => w.original === held[held.length - 1]![0])!.explanation.endsWith(`(it prints ${words}): its spellings are its own`)).toBe(true)
  })
})
