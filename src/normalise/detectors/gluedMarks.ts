/**
 * Marks glued between two words, which a scan read for a space or a hyphen, or whose space it lost.
 * - A full stop with no space on either side: "he had.evidently slept" (→ had evidently), "found in
 *   Fleet.street" (→ Fleet-street), "the plate.chest" (→ plate-chest). A hyphen when the compound is written
 *   elsewhere (the reference, the dictionary, the witnesses) or its second word is one a place's name ends
 *   with (street, road, square…); a space when both words are in the reference and it puts them side by
 *   side. Not between letters alone ("e.g.", "a.m."), not in an address of the web or a file's name
 *   ("marxists.org", "index.html": the words are not a pair the reference writes, and a slash, an @ or a
 *   further full stop beside them rules them out). (BLN600's OCR, tune split, by the ground truth: both words
 *   in the reference and side by side there, a space 28 times, a comma once; a compound written elsewhere,
 *   a hyphen 6 times; a place's word after it, a hyphen 13 times, a space twice, "I was not.one", which that
 *   list no longer takes.)
 * - A full stop and a space before a word in lower case, for a hyphen: a capitalised name before a place's
 *   word ("High. street", "Pier. road"), or two content words whose compound is written elsewhere ("half.
 *   past", "police. station"). (Tune: 8 more closer to the truth, none further.)
 * - An apostrophe between two words the reference pairs, where no contraction's tail follows it ("he
 *   did'not want", "returned'to the Star"; not "we'll", "you're"): a space. (Tune, by the ground truth: a
 *   space 64 times, another mark 3.) In a scan, between any two words of the reference no word is written
 *   as ("her infant'daughter", "had been'committed"): tune 66 → 94 closer, 0 → 1 further.
 * - A comma glued to the word after it, between two words of the reference: its space lost ("his
 *   hands,and feet" → hands, and). (Tune, by the ground truth: ", " 20 times, another reading once.)
 */
import type { Draft } from "../proposal.ts"
import { errorPrior, q, SCAN_PRIOR, type DetectorInput } from "./shared.ts"
import { ABBREVIATIONS } from "./typography.ts"

/** What follows the apostrophe of a contraction (we'll, you're, they've, 'em), never a word on its own here. */
const CONTRACTION_TAILS = new Set(["ll", "re", "ve", "em", "nt", "st", "er", "en", "tis", "twas", "clock"])
/** Endings dialect prints after an apostrophe inside a word ("go'an" for going), never two words. */
const DIALECT_ENDINGS = new Set(["an", "en", "un"])
/** Reference count below which both words must stay for a full stop and a space between them to be a hyphen. */
const SPACED_CONTENT = 1000
/** Words the names of places end with, after a hyphen in the period's print ("Fleet-street", "Bow-road"). */
export const PLACE_HEADS = new Set([
  "street", "road", "square", "court", "station", "office", "house", "room", "lane", "row", "place", "terrace", "hill", "gate", "yard",
  "market", "green", "bridge", "park", "walk", "crescent", "grove", "buildings"
])

/** Is text[i] a letter? (ASCII at once; the rest asked of \p{L}.) */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)
  return i < text.length && /\p{L}/u.test(text[i]!)
}
/** Is text[i] a letter or a digit? */
const isLetterOrDigit = (text: string, i: number) => isLetter(text, i) || (text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39)
/** Does text[i] rule out a glued full stop beside it (a digit, @, slash, backslash, underscore or hyphen)? */
function near(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false
  const c = text[i]!
  return (c >= "0" && c <= "9") || c === "@" || c === "/" || c === "\\" || c === "_" || c === "-"
}

/** The `glued-stop`, `glued-apostrophe` and `glued-comma` proposals of a witness. */
export function detectGluedMarks(input: DetectorInput): Draft[] {
  const { model } = input
  const lex = model.lexicon
  const { text } = input.witness.witness
  const out: Draft[] = []
  // (found from the full stop on, a literal the regular expression engine finds fast, before two small letters;
  // the words on each side then read from it: a search for the words themselves tries every word of the text)
  const stop = /[.,'\u2019] ?(?=\p{Ll}{2})/gu
  let m: RegExpExecArray | null
  let scan: boolean | null = null
  while ((m = stop.exec(text)) !== null) {
    const at = m.index
    // (a full stop and a space before a word in lower case: a hyphen misread, see below)
    const spaced = m[0].length === 2
    if (spaced && (m[0][0] !== "." || input.lowerCase)) continue
    let from = at
    while (from > 0 && isLetter(text, from - 1)) from--
    let to = at + m[0].length
    while (to < text.length && isLetter(text, to)) to++
    // (two letters or more before it, small letters after it; a full stop may end the sentence after them,
    // "in the plate.chest.", but no letter, digit, @, slash, underscore or hyphen stand beside the two words,
    // nor a full stop between letters: "www.marxists.org", "index.html", "e-mail.address")
    if (at - from < 2 || !/^\p{Ll}+$/u.test(text.slice(at + m[0].length, to)) || near(text, from - 1) || near(text, to)) continue
    if ((text[from - 1] === "." && from >= 2 && isLetterOrDigit(text, from - 2)) || (text[to] === "." && isLetterOrDigit(text, to + 1))) continue
    const m1 = text.slice(from, at)
    const b = text.slice(at + m[0].length, to)
    const a = m1.toLowerCase()
    // (the two words as a hyphened compound, and how often the reference and the witnesses write it)
    const compound = `${a}-${b}`
    const written = lex.unigram(compound) + model.corpusCount(compound)
    if (spaced) {
      // a hyphen read as a full stop and a space: a compound of two content words written so elsewhere,
      // "coal. dealer", "half. past", or a capitalised name before a place's word, "High. street", "Pier. road"
      // (not after an abbreviation; "in-the", "to-the" stand somewhere in the reference, and a stray full stop
      // between such words is the stray-punctuation rule's)
      const content = lex.unigram(a) < SPACED_CONTENT && lex.unigram(b) < SPACED_CONTENT
      const place = PLACE_HEADS.has(b) && m1[0] !== a[0] && !ABBREVIATIONS.has(a)
      if (!((content && (written > 0 || lex.isWord(compound))) || place)) continue
      out.push({
        start: at, end: at + 2, replacement: "-", rule: "glued-stop", class: "punctuation", confidence: 0.8,
        explanation: `${q(text.slice(from, to))}: a full stop and a space between two words, where ${written > 0 || lex.isWord(compound) ? `${q(compound)} is written${written > 0 ? ` ${written} times` : ""} elsewhere` : `a name of a place ends so after a hyphen ("High-street")`}: a hyphen misread`,
        evidence: { words: [m1, b], compound: written }
      })
      continue
    }
    const mark = text[at]!
    if (mark === ",") {
      // a comma glued to the next word, between two words of the reference: its space lost ("hands,and")
      if (lex.unigram(a) === 0 || lex.unigram(b) === 0) continue
      out.push({
        start: at, end: at + 1, replacement: ", ", rule: "glued-comma", class: "spacing", confidence: 0.8,
        explanation: `${q(text.slice(from, to))}: a comma with no space after it, between two words: the space is lost`,
        evidence: { words: [m1, b] }
      })
      continue
    }
    if (mark !== ".") {
      // an apostrophe between two words the reference pairs, no contraction's ("did'not", "returned'to"; not
      // "we'll", "you're", "they've")
      // (in a scan, two words of the reference whatever their pair, "infant'daughter", "been'committed": no
      // word is written so; elsewhere only a pair the reference writes)
      if (CONTRACTION_TAILS.has(b) || lex.unigram(a) === 0 || lex.unigram(b) === 0 || lex.isWord(`${a}'${b}`)) continue
      // (dialect writes a word's elided ending so: "yew be go'an quite wrong, zur" for going)
      if (DIALECT_ENDINGS.has(b)) continue
      if (lex.bigram(a, b) === 0 && !(scan ??= errorPrior(input) >= SCAN_PRIOR)) continue
      out.push({
        start: at, end: at + 1, replacement: " ", rule: "glued-apostrophe", class: "punctuation", confidence: 0.8,
        explanation: `${q(text.slice(from, to))}: an apostrophe with no space beside it, between two words no contraction joins, is a space misread; ${lex.bigram(a, b) > 0 ? `the reference has ${q(`${a} ${b}`)} ${lex.bigram(a, b)} times` : "no word is written so"}`,
        evidence: { words: [m1, b], pair: lex.bigram(a, b) }
      })
      continue
    }
    let replacement: string
    let why: string
    if (written > 0 || lex.isWord(compound)) {
      replacement = "-"
      why = written > 0 ? `${q(compound)} is written so ${written} times elsewhere` : `the dictionary has ${q(compound)}`
    } else if (PLACE_HEADS.has(b) && (lex.unigram(a) > 0 || m1[0] !== a[0])) {
      replacement = "-"
      why = `a name of a place ends so after a hyphen ("Fleet-street")`
    } else if (lex.unigram(a) > 0 && lex.unigram(b) > 0 && lex.bigram(a, b) > 0) {
      replacement = " "
      why = `the reference has ${q(`${a} ${b}`)} ${lex.bigram(a, b)} times, and no compound`
    } else continue
    out.push({
      start: at, end: at + 1, replacement, rule: "glued-stop", class: "punctuation", confidence: 0.8,
      explanation: `${q(text.slice(from, to))}: a full stop with no space beside it, between two words, is a ${replacement === "-" ? "hyphen" : "space"} misread; ${why}`,
      evidence: { words: [m1, b], compound: written, pair: lex.bigram(a, b) }
    })
  }
  return out
}
