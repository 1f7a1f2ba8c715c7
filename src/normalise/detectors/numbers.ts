/**
 * Numbers a scan misread: a digit read as the letter it resembles, "in the year l848", "page 2O4", "£l00",
 * "the l4th of May", "the 3oth of August", "on the lst of December", "the 5lh inst.", "valued at 1Os." (rule
 * `misread-digit`). A word made of digits and such letters is no word and no number; read with the letters
 * as the digits they stand for it is a number. Which letters may stand for which digit depends on where they
 * stand:
 * - between two digits: l, I for 1; O, o for 0; B for 8; Z for 2 ("l9l3", "2O4", "1B16"); an S is a 5 or an
 *   8, and is read only in a year the witness itself decides ("1S52" where the witness prints two years of
 *   the 1800s or more and none of the 1500s), else left;
 * - before the first digit: l, I for 1 ("l848"); no other letter (a code or a formula begins so: "B12", "O2",
 *   "SW1");
 * - after the last digit: O for 0 ("5O", "1Os." for 10s.), and o before an ending ("3oth"; "12o'clock" is
 *   12 o'clock, "51o" the word no); not l, which is the pound's ("30l."), nor S, B or Z ("1920S", "12B");
 * - an ordinal's or a unit's ending stays (st, nd, rd, th, s, d, and the formats of a book, 8vo, 4to, 12mo),
 *   and "lh" ends an ordinal as "th" ("5lh" → 5th); pence are printed with their full stop ("4d.").
 * The number read so must have a digit of its own and not begin with a 0 ("0o1" is garble), and a number of
 * one digit and one letter ("l5", "5O", "I8") is taken only where the words around say a number stands
 * there: a unit after it ("l5 years", "5O pounds"), a currency sign or a word that numbers before it ("£l0",
 * "aged I8", "No. l4"); alone such a token is as often a misread word ("I5" for Is: the non-word rule's).
 * "lst" and "Ist" are 1st after "the" or before a month ("on the lst of December"; "Ist Session" is left).
 * Letters of another kind anywhere in the word leave it alone ("1971b", "H2O", "p40", "l10n"), and so do
 * words no one knows on both sides of it or a letter alone beside it, the marks of a line the scan garbled,
 * where the digits may be anything ("the prit. 5l5 'seoer exclaiied", "herself ' e I01 given").
 * (BLN600's OCR, all 480 articles: 21 proposals, 16 right — "l3th", "1Os", "lst" ×4, "Ist" ×4, "5lh", "3oth",
 * "l0s"…; 3 right in the letter they mend though the scan misread another character too, "1Oth" for 30th,
 * "I6th" for 18th, "l13." for 11s.; 2 change nothing, "l15th" for 15th and "2I1O" in a garbled table.)
 * Pure.
 */
import type { Draft } from "../proposal.ts"
import { REFERENCES, UNITS } from "./pounds.ts"
import { firstEndingAfter, knownWords, q, type DetectorInput } from "./shared.ts"

/** Letters read for 1, 0, 8, 2 between two digits (S, a 5 or an 8, is decided apart). */
const INNER: Readonly<Record<string, string>> = { l: "1", I: "1", O: "0", o: "0", B: "8", Z: "2" }
/** Letters read for a digit before the first digit. */
const LEADING: Readonly<Record<string, string>> = { l: "1", I: "1" }
/** Letters read for a digit after the last digit; o only before an ending ("3oth"; not "12o'clock", "51o" for no). */
const TRAILING: Readonly<Record<string, string>> = { O: "0" }
const TRAILING_BEFORE_ENDING: Readonly<Record<string, string>> = { O: "0", o: "0" }
/** The letters read for a digit anywhere (see INNER, LEADING, TRAILING, and the S of a year). */
const DIGIT_LIKE = /[lIOoBZS]/
/** Endings a number takes: an ordinal's, shillings and pence, a decade's, a book's format; "lh" misread for "th". */
const ENDINGS: ReadonlyArray<string> = ["st", "nd", "rd", "th", "lh", "s", "d", "vo", "to", "mo"]
/** Words before a number that say one stands there ("aged I8", "No. l4", "p. 2O"). */
const NUMBERING = new Set([...REFERENCES, "about", "some", "over", "under", "nearly", "upwards", "than", "of", "total"])
/** The months, by which "lst" is the first of one. */
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9"
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const isLetterOrDigit = (c: string | undefined): boolean => {
  if (c === undefined) return false
  const k = c.charCodeAt(0)
  return k < 128 ? (k >= 48 && k <= 57) || ((k | 32) >= 97 && (k | 32) <= 122) : LETTER_OR_DIGIT.test(c)
}

/** A number in a witness's text read with its misread letters as digits. */
interface Reading {
  /** The number as it should read (with its ending). */
  readonly number: string
  /** The letters read as digits, "l→1"… */
  readonly confusions: ReadonlyArray<string>
  /**
   * An S decided by the witness's years: the first digits (two, or three where the S is the third) of the
   * reading chosen and of the one set aside, and how many of the witness's years begin as the chosen (none
   * begin as the other).
   */
  readonly year?: { readonly chosen: string; readonly other: string; readonly count: number }
}

/**
 * The number `word` reads as, or null where it is no misread number (see the module's comment). `yearsOf`
 * gives the witness's four-digit numbers counted by their first two digits ("18" → 40), for an S in a year.
 */
export function readNumber(word: string, yearsOf: () => ReadonlyMap<string, number>): Reading | null {
  let ending = ""
  for (const e of ENDINGS)
    if (word.length > e.length && word.endsWith(e)) {
      ending = e
      break
    }
  const body = word.slice(0, word.length - ending.length)
  // (no letter a digit is read for: "1st", "10s", "1880s", "6d" as printed; "5lh" for its ending)
  if (ending !== "lh" && !DIGIT_LIKE.test(body)) return null
  const chars = [...body]
  const digitAt = chars.map((c) => isDigit(c))
  const first = digitAt.indexOf(true)
  const last = digitAt.lastIndexOf(true)
  if (first < 0) return null
  const confusions: string[] = []
  let s = -1
  const out = chars.map((c, i) => {
    if (digitAt[i]) return c
    // (a separator of thousands or a decimal point between digits and letters read as digits)
    if ((c === "," || c === ".") && i > first && i < last) return c
    const table = i < first ? LEADING : i > last ? (ending === "" ? TRAILING : TRAILING_BEFORE_ENDING) : INNER
    const d = table[c]
    if (d !== undefined) {
      confusions.push(`${c}→${d}`)
      return d
    }
    if (c === "S" && i > first && i < last && s < 0) {
      s = i
      return c
    }
    return null
  })
  if (out.includes(null)) return null
  const fixedEnding = ending === "lh" ? "th" : ending
  if (confusions.length === 0 && s < 0 && fixedEnding === ending) return null
  if (ending === "lh") confusions.push("lh→th")
  let number = (out as string[]).join("")
  // (no number of two digits or more begins with 0 but a decimal: "0o1" is garble, no "001")
  if (number.length > 1 && number[0] === "0" && number[1] !== "." && number[1] !== ",") return null
  let year: Reading["year"]
  if (s >= 0) {
    // an S in a year: 5 or 8 as the witness's own years decide
    if (number.length !== 4 || !number.startsWith("1")) return null
    const years = yearsOf()
    const as5 = number.replace("S", "5")
    const as8 = number.replace("S", "8")
    const n5 = years.get(as5.slice(0, 2)) ?? 0
    const n8 = years.get(as8.slice(0, 2)) ?? 0
    // (the S in the first two digits: the century's count decides; after them, the decade's)
    const [c5, c8] = s <= 1 ? [n5, n8] : [years.get(as5.slice(0, 3)) ?? 0, years.get(as8.slice(0, 3)) ?? 0]
    if (Math.min(c5, c8) > 0 || Math.max(c5, c8) < 2) return null
    const [chosen, other, count] = c5 > c8 ? [as5, as8, c5] : [as8, as5, c8]
    confusions.push(`S→${chosen[s]}`)
    number = chosen
    const decided = s <= 1 ? 2 : 3
    year = { chosen: chosen.slice(0, decided), other: other.slice(0, decided), count }
  }
  return { number: number + fixedEnding, confusions, ...(year === undefined ? {} : { year }) }
}

/** The `misread-digit` proposals of a witness (see the module's comment). */
export function detectMisreadDigits(input: DetectorInput): Draft[] {
  const { text } = input.witness.witness
  const { tokens } = input.witness
  const ids = input.model.corpus.tokenIds[input.index]!
  const known = knownWords(input.model)
  /**
   * What the nearest word from token k on (step 1) or back (-1) within three tokens is: a letter alone (not
   * a, I, O), a word no one knows, or neither (a known word, a number first, or none).
   */
  const nearestWord = (k: number, step: 1 | -1): "letter" | "unknown" | null => {
    for (let j = k, n = 0; j >= 0 && j < tokens.length && n < 3; j += step, n++) {
      const t = tokens[j]!
      if (t.kind === "word") return t.n.length === 1 ? (/^[aio]$/.test(t.n) ? null : "letter") : known(ids[j]!, t.n) ? null : "unknown"
      if (t.kind === "number") return null
    }
    return null
  }
  /**
   * Does the word at text[from, to) stand between two words no one knows, or beside a letter alone ("prit. 5l5
   * 'seoer", "herself ' e I01 given")? A line the scan garbled, where the digits may be anything ("the 5lh
   * insb." is a number beside one misread word).
   */
  const amongDebris = (from: number, to: number): boolean => {
    const first = firstEndingAfter(tokens, from)
    let last = first
    while (last + 1 < tokens.length && tokens[last + 1]!.start < to) last++
    const before = nearestWord(first - 1, -1)
    const after = nearestWord(last + 1, 1)
    return before === "letter" || after === "letter" || (before === "unknown" && after === "unknown")
  }
  const out: Draft[] = []
  let years: Map<string, number> | null = null
  // (one pass over the text for both: a digit, or "lst", "Ist")
  const digits = /\d|[lI]st(?![A-Za-z0-9])/g
  let m: RegExpExecArray | null
  while ((m = digits.exec(text)) !== null) {
    if (m[0].length === 3) {
      const first = firstOfMonth(text, m.index)
      if (first !== null) out.push(first)
      continue
    }
    // the whole word around the digit: letters, digits, and a comma or a full stop between two of them
    let from = m.index
    let to = m.index + 1
    for (;;) {
      if (isLetterOrDigit(text[from - 1])) from--
      else if ((text[from - 1] === "," || text[from - 1] === ".") && isLetterOrDigit(text[from - 2]) && isLetterOrDigit(text[from])) from -= 2
      else break
    }
    for (;;) {
      if (isLetterOrDigit(text[to])) to++
      else if ((text[to] === "," || text[to] === ".") && isLetterOrDigit(text[to + 1]) && isLetterOrDigit(text[to - 1])) to += 2
      else break
    }
    digits.lastIndex = to
    const word = text.slice(from, to)
    if (!/[A-Za-z]/.test(word)) continue
    const reading = readNumber(word, () => (years ??= yearsOf(text)))
    if (reading === null) continue
    // (pence are printed with their full stop: "l4d" in a garbled line is no sum)
    if (reading.number.endsWith("d") && text[to] !== ".") continue
    if (amongDebris(from, to)) continue
    const why = numberHere(text, from, to, reading.number)
    if (why === null) continue
    const confidence = reading.year !== undefined ? 0.8 : why === "long" ? 0.9 : 0.85
    const evidence: Record<string, unknown> = { confusions: reading.confusions, basis: why }
    const read = [...new Set(reading.confusions)].map((c) => c.replace("→", " for ")).join(", ")
    let explanation = `${q(word)} is no word and no number: a scan reads ${read}; ${q(reading.number)}`
    if (why !== "long") explanation += ` (${why})`
    if (reading.year !== undefined) {
      const { chosen, other, count } = reading.year
      explanation += `: the witness prints ${count} years that begin ${chosen}, none that begin ${other}`
      evidence["years"] = { [chosen]: count, [other]: 0 }
    }
    out.push({ start: from, end: to, replacement: reading.number, rule: "misread-digit", class: "non-word", confidence, explanation, evidence })
  }
  return out
}

/** "lst" or "Ist" at text[at]: 1st after "the" or before a month; null where it is not (a word's end, "whilst"). */
function firstOfMonth(text: string, at: number): Draft | null {
  if (isLetterOrDigit(text[at - 1]) || isLetterOrDigit(text[at + 3])) return null
  const printed = text.slice(at, at + 3)
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1]
  const after = /^\s+(?:of\s+)?(\p{L}+)/u.exec(text.slice(at + 3, at + 20))?.[1]
  const month = after !== undefined && MONTHS.test(after) && after.length >= 3
  if (before?.toLowerCase() !== "the" && !month) return null
  return {
    start: at, end: at + 3, replacement: "1st", rule: "misread-digit", class: "non-word", confidence: 0.85,
    explanation: `${q(printed)} is no word: a scan reads ${printed[0]} for 1; ${q("1st")} (${month ? `before ${q(after!)}` : `after ${q(before!)}`})`,
    evidence: { confusions: [`${printed[0]}→1`], basis: month ? "month" : "after the" }
  }
}

/**
 * Why a number stands at text[from, to) read as `number`: "long" when it has two digits or more of its own
 * or an ending of its own, else the word around that says so; null when nothing does.
 */
function numberHere(text: string, from: number, to: number, number: string): string | null {
  const own = text.slice(from, to).replace(/[^0-9]/g, "").length
  if (own >= 2 || /[a-z]$/.test(number)) return "long"
  const prev = text[from - 1]
  if (prev !== undefined && /\p{Sc}/u.test(prev)) return `after ${q(prev)}`
  const after = /^\s+([a-z]+)/.exec(text.slice(to, to + 20))?.[1]
  if (after !== undefined && UNITS.has(after)) return `before ${q(after)}`
  const before = /([A-Za-z]+)\.?\s+$/.exec(text.slice(Math.max(0, from - 16), from))?.[1]?.toLowerCase()
  if (before !== undefined && NUMBERING.has(before)) return `after ${q(before)}`
  return null
}


/** The witness's four-digit numbers (1000–2099) counted by their first two and first three digits. */
function yearsOf(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const m of text.matchAll(/(1\d|20)(\d)\d(?![\p{L}\p{N}])/gu)) {
    if (isLetterOrDigit(text[m.index - 1])) continue
    const two = m[1]!
    const three = two + m[2]!
    counts.set(two, (counts.get(two) ?? 0) + 1)
    counts.set(three, (counts.get(three) ?? 0) + 1)
  }
  return counts
}
