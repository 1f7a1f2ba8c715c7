/**
 * Sums in pounds as the period prints them, "8l. 10s.", "100l. a year", "4,000l.", their pound's l read by
 * the scan as the digit 1: "81. 10s.", "1001. a year", "4,0001.". A number ending in "1." is taken for such
 * a sum only where the text shows the full stop is an abbreviation's, not a sentence's end:
 * - shillings or pence after it ("81. 10s.", "181. 15s. 7d.");
 * - a number no one writes: four digits after its last comma ("4,0001." for 4,000l.);
 * - inside the sentence, a word in lower case or a comma, semicolon or colon after it ("a reward of 21.
 *   for the", "sureties in 401., and"), in a witness not written in lower case, the number no year
 *   (1600–2099) and no reference, age or count ("No. 21.", "vol. 11.", "p. 31.", "aged 21.");
 * - at a sentence's end, a word of money among the three before it ("value 21.", "worth 51.", "the sum of
 *   1001.", "damages 751.").
 * Left alone: "aged 21.", "in 1891.", "at a quarter to 11.", "on August 31." — a number ending a sentence
 * with no word of money before it may be an age, a year, an hour or a day.
 * (BLN600's OCR, tune split, every number ending in "1." not before shillings or pence, by the ground
 * truth's reading, pounds : not: before a word in lower case 56 : 0, before a comma, semicolon or colon
 * 39 : 1 (a cheque for 341., left so in the ground truth), four digits after the comma 19 : 0, at a
 * sentence's end 12 : 8, of which after a word of money 12 : 0.)
 */
import type { Draft } from "../proposal.ts"
import { q } from "./shared.ts"

/** Shillings or pence after the sum: "81. 10s.", "181. 15s. 7d." (from the full stop on). */
const SHILLINGS_AFTER = /^\.,? \d{1,2}[sd]\./
/** A number with four digits after its last comma, the last a 1: "4,0001", "15,0001". */
const MALFORMED = /^\d{1,3}(?:,\d{3})*,\d{3}1$/
/** A year (a number of four digits from 1600 to 2099): "in 1851. the" is no sum, even in a scan. */
const YEAR = /^(?:1[6-9]|20)\d\d$/
/** Words after which a number is a reference, an age or a year, not a sum: "No. 21.", "vol. 11.", "p. 31.", "aged 21.". */
export const REFERENCES = new Set([
  "aged", "age", "ages", "born", "died", "year", "years", "numbers", "chapters", "sections",
  "no", "nos", "number", "vol", "vols", "volume", "p", "pp", "page", "pages", "chap", "ch", "chapter", "cap", "sec", "sect", "section",
  "art", "article", "fol", "folio", "v", "ver", "verse", "verses", "line", "lines", "clause", "rule", "para", "paragraph", "fig", "figure",
  "plate", "note", "psalm", "hymn", "room", "platform", "col", "column", "part", "book", "sess"
])
/** Units and currencies: a number before them counts them ("21. years", "41. dollars"), it is no sum in pounds. */
export const UNITS = new Set([
  "years", "months", "weeks", "days", "hours", "minutes", "seconds", "miles", "yards", "feet", "inches", "acres", "tons", "lbs", "pounds",
  "shillings", "pence", "guineas", "dollars", "cents", "francs", "marks", "crowns", "sovereigns", "persons", "men", "women", "children",
  "people", "times", "percent"
])
/** Words of money: a number after them that ends a sentence is a sum ("value 21.", "the sum of 1001."). */
const MONEY = new Set([
  "value", "valued", "worth", "sum", "sums", "amount", "amounting", "damages", "fine", "fined", "reward", "penalty", "surety", "sureties",
  "bail", "recognisances", "recognizances", "salary", "wages", "costs", "cost", "price", "legacy", "cheque", "debt", "owed", "paid", "pay"
])
/** The last words (up to three) of text before `at`, in lower case. */
function wordsBefore(text: string, at: number): string[] {
  const words = text.slice(Math.max(0, at - 40), at).toLowerCase().match(/[a-z]+/g) ?? []
  return words.slice(-3)
}

/** The `pound-digit` proposals of a witness's text (see the module's comment). */
export function detectPoundDigits(text: string, lowerCase: boolean): Draft[] {
  const out: Draft[] = []
  // (found from the "1." on, a literal the regular expression engine finds fast; the digits before it after)
  const ones = /1\.(?!\d)/g
  let m: RegExpExecArray | null
  while ((m = ones.exec(text)) !== null) {
    const at = m.index
    let from = at
    for (let c = text.charCodeAt(from - 1); from > 0 && ((c >= 0x30 && c <= 0x39) || c === 0x2c); c = text.charCodeAt(from - 1)) from--
    // (a comma before the number is the sentence's: "London, 101;")
    while (from < at && text.charCodeAt(from) === 0x2c) from++
    // (a lone "1." is a numeral of a list; a number after a full stop, a letter, a hyphen, a colon or a
    // slash is part of something else, and one after a currency sign is that currency's: "1.21.", "A21.",
    // "1880-81.", "10:11.", "£21.", "$21.")
    if (from === at || (from > 0 && /[.\p{Sc}\p{L}\-:/]/u.test(text[from - 1]!))) continue
    const number = text.slice(from, at + 1)
    const after = text.slice(at + 1, at + 10)
    let basis: "shillings" | "comma" | "inside" | "money"
    let why: string
    let confidence: number
    if (SHILLINGS_AFTER.test(after)) {
      basis = "shillings"
      why = "pounds before shillings or pence are written with an l"
      confidence = 0.9
    } else if (MALFORMED.test(number)) {
      basis = "comma"
      why = "no number has four digits after its last comma, and pounds are written with an l"
      confidence = 0.9
    } else {
      // (a number with commas is a sum only when malformed: "2,001." is the number two thousand and one)
      if (number.includes(",") || YEAR.test(number)) continue
      const before = wordsBefore(text, from)
      const last = before[before.length - 1]
      if (last !== undefined && REFERENCES.has(last)) continue
      const money = before.find((w) => MONEY.has(w))
      // (after "at", a number may be an hour, "at 11. in the morning": a sum only beside a word of money;
      // in a witness written in lower case, a full stop before a word in lower case may end a sentence)
      const follows = lowerCase ? null : /^\.(?: ([a-z]+)|([,;:]))/.exec(text.slice(at + 1, at + 40))
      // (a number before a unit or a currency is a count of them, whatever its full stop: "41. dollars")
      if (follows?.[1] !== undefined && UNITS.has(follows[1])) continue
      if (follows !== null && (last !== "at" || money !== undefined)) {
        basis = "inside"
        why = `its full stop is inside the sentence (${q(follows[1] ?? follows[2]!)} follows), an abbreviation's: pounds are written with an l`
        confidence = 0.85
      } else if (money !== undefined && /^\.(?:\s|$)/.test(after)) {
        basis = "money"
        why = `a sum of money (after ${q(money)}), and pounds are written with an l`
        confidence = 0.8
      } else continue
    }
    const shillings = SHILLINGS_AFTER.exec(after)?.[0].length ?? 1
    const sum = text.slice(from, at + 1 + shillings)
    out.push({
      start: at, end: at + 1, replacement: "l", rule: "pound-digit", class: "punctuation", confidence,
      explanation: `${q(sum)}: ${why} (${q(`${number.slice(0, -1)}l.`)}); the scan read it as the digit 1`,
      evidence: { sum, basis }
    })
  }
  return out
}
