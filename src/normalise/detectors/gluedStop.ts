/**
 * A full stop glued between two words, with no space on either side, where a scan read a space or a hyphen
 * as one: "he had.evidently slept" (→ had evidently), "found in Fleet.street" (→ Fleet-street), "the
 * plate.chest" (→ plate-chest). A hyphen when the compound is written elsewhere (the reference, the
 * dictionary, the witnesses) or its second word is one a place's name ends with (street, road, square…);
 * a space when both words are in the reference and it puts them side by side. Nothing else: not between
 * letters alone ("e.g.", "a.m."), not in an address of the web or a file's name ("marxists.org",
 * "index.html": the words are not a pair the reference writes, and a slash, an @ or a further full stop
 * beside them rules them out).
 * (BLN600's OCR, tune split, every such full stop by the ground truth: both words in the reference and side
 * by side there, a space 28 times, a comma once; a compound written elsewhere, a hyphen 6 times; a place's
 * word after it, a hyphen 13 times, a space twice, "I was not.one", which that list no longer takes.)
 */
import type { Draft } from "../proposal.ts"
import { q, type DetectorInput } from "./shared.ts"

/** Words the names of places end with, after a hyphen in the period's print ("Fleet-street", "Bow-road"). */
const PLACE_HEADS = new Set([
  "street", "road", "square", "court", "station", "office", "house", "room", "lane", "row", "place", "terrace", "hill", "gate", "yard",
  "market", "green", "bridge", "park", "walk", "crescent", "grove", "buildings"
])

/** The `glued-stop` proposals of a witness. */
export function detectGluedStops(input: DetectorInput): Draft[] {
  const { model } = input
  const lex = model.lexicon
  const { text } = input.witness.witness
  const out: Draft[] = []
  // (a full stop may end the sentence after them, "in the plate.chest.", but not stand between letters)
  const glued = /(?<![\p{L}\p{N}@/\\_-]|[\p{L}\p{N}]\.)(\p{L}{2,})\.(\p{Ll}{2,})(?![\p{L}\p{N}@/\\_-]|\.[\p{L}\p{N}])/gu
  let m: RegExpExecArray | null
  while ((m = glued.exec(text)) !== null) {
    const a = m[1]!.toLowerCase()
    const b = m[2]!
    const compound = `${a}-${b}`
    const written = lex.unigram(compound) + model.corpusCount(compound)
    const at = m.index + m[1]!.length
    let replacement: string
    let why: string
    if (written > 0 || lex.isWord(compound)) {
      replacement = "-"
      why = written > 0 ? `${q(compound)} is written so ${written} times elsewhere` : `the dictionary has ${q(compound)}`
    } else if (PLACE_HEADS.has(b) && (lex.unigram(a) > 0 || m[1]![0] !== a[0])) {
      replacement = "-"
      why = `a name of a place ends so after a hyphen ("Fleet-street")`
    } else if (lex.unigram(a) > 0 && lex.unigram(b) > 0 && lex.bigram(a, b) > 0) {
      replacement = " "
      why = `the reference has ${q(`${a} ${b}`)} ${lex.bigram(a, b)} times, and no compound`
    } else continue
    out.push({
      start: at, end: at + 1, replacement, rule: "glued-stop", class: "punctuation", confidence: 0.8,
      explanation: `${q(m[0])}: a full stop with no space beside it, between two words, is a ${replacement === "-" ? "hyphen" : "space"} misread; ${why}`,
      evidence: { words: [m[1]!, b], compound: written, pair: lex.bigram(a, b) }
    })
  }
  return out
}
