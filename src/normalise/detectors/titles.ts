/**
 * Titles misread: "Mr." and "Mrs.", the commonest abbreviations of a 19th-century newspaper, before a name,
 * printed by the scan with their M split or misread ("MIr. Tabak", "Mir. Harvey", "before Air. Gillespie",
 * "with Irs. Fulton", "and Blr. Freke"). A capitalised token of two to four letters, one or two edits from
 * "Mr" (or "Mrs" when it ends in s; "Dr" when it starts with D), with a full stop, before a capitalised
 * word: the title; also "lr", "ir" and a 1 for the M's stroke ("by lr. Wakeling", "M1r. Kyd"). A word of
 * the reference ("Air", "Or") inside a sentence, after a word in lower case, where it cannot start one, or
 * at a sentence start when it seldom starts one and the name goes on as a sentence does ("Air. Bliss was";
 * not "Yes. Generally"); a word only the dictionary has, "Mir", "Ir", at a sentence start too; never a
 * title or abbreviation as printed (Drs., Ms., MM., Wm.) nor a name the reference writes capitalised ("of
 * Mary. Ie-bone"). A title's full stop read as a comma is the abbreviation-stop rule's (`commaForStop`).
 * (BLN600's OCR, tune split: 54 proposals closer to the truth, none further, 3 no nearer, "Or. Kane" → Mr.
 * for Dr. among them; sentences improved 3,591 → 3,611; test split 961 improved, 31 made worse. With "Mir"
 * at a sentence start, "lr", "ir" and "M1r": tune 83 closer, none further; with a word of the reference at
 * a sentence start, 93 closer, none further, test split 31 → 35 closer, none further.)
 */
import { distance } from "fastest-levenshtein"
import type { Token } from "../../domain/model.ts"
import type { Draft } from "../proposal.ts"
import { afterInitial, oftenFirst, q, TITLES, type DetectorInput } from "./shared.ts"

/** A capitalised token of two to four letters (one may be a 1: "M1r."), or "lr", "ir" ("instructed by lr. C. Smith"). */
const SHAPE = /^(?:[A-Z][A-Za-z1]{1,3}|[li]r)$/
/** Titles (those of `TITLES` and more) and other abbreviations of that shape, as printed (Drs., Ms., MM., Wm.…). */
const LEFT = new Set([
  ...TITLES,
  "ms", "mm", "mme", "mlle", "mons", "drs", "sts", "revs", "jun", "sen", "esq",
  "sr", "jr", "bros", "sgt", "pte", "lt", "maj", "cpl", "gov", "det", "fr", "mt", "ft", "rd", "ave",
  "no", "nos", "co", "vol", "ch", "sec", "art", "pp", "ed", "eds", "viz", "cf", "vs", "etc", "inst", "ult", "prox", "oz", "lb", "lbs",
  "cwt", "yd", "yds", "hr", "hrs", "min", "wm", "thos", "jas", "chas", "geo", "edw", "robt", "jno", "saml", "benj"
])

export function detectTitles(input: DetectorInput): Draft[] {
  const lex = input.model.lexicon
  const { text } = input.witness.witness
  const tokens = input.witness.tokens
  const out: Draft[] = []
  if (input.lowerCase) return out
  let play: boolean | undefined
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!
    const stop = tokens[i + 1]!
    const name = tokens[i + 2]!
    if (t.kind !== "word" || stop.n !== "." || stop.start !== t.end || name.kind !== "word" || name.start !== stop.end + 1 || text.charCodeAt(stop.end) !== 0x20) continue
    const c = text.charCodeAt(name.start)
    if (c < 0x41 || c > 0x5a || t.end - t.start > 4 || name.end - name.start < 2) continue
    const raw = text.slice(t.start, t.end)
    if (!SHAPE.test(raw) || LEFT.has(t.n)) continue
    const title = t.n.startsWith("d") ? "Dr" : t.n.endsWith("s") ? "Mrs" : "Mr"
    if (distance(t.n, title.toLowerCase()) > (raw.length <= 2 ? 1 : 2)) continue
    // a word of the reference only where no sentence can start: after a word in lower case (a word only the
    // dictionary has, "Mir", "Ir", at a sentence start too: "the magistrate. Mir. Baker, recalled")
    const before = tokens[i - 1]
    const inside = before !== undefined && before.kind === "word" && before.end + 1 === t.start && /^[a-z]/.test(text.slice(before.start, before.end))
    // (or, at a sentence start, a word of the reference that seldom starts a sentence, capitalised as a title
    // is, before a name that goes on as a sentence does: "Air. Bliss was a passenger", "Air. Bagallay:"; not
    // "Yes. Generally", nor "Earth. Air. Fire. Water.")
    if (lex.unigram(t.n) > 0 && !inside && !(!oftenFirst(lex, t.n) && titleCased(raw) && nameGoesOn(tokens, i + 2))) continue
    // (never a name the reference writes capitalised: "the overseers of Mary. Ie-bone")
    const cases = lex.caseOf(t.n)
    if (cases.capital >= 3 && cases.capital >= 9 * cases.lower) continue
    // (nor, in a play, a speaker's name abbreviated before a speech: "Ros. My lord, you once did love me")
    if (lineStart(text, t.start) && (play ??= printsSpeechPrefixes(text, tokens))) continue
    // (in capitals as the token is, "AMR. JOHN W. MACKAY" → MR., and only before a name in capitals too:
    // before one in title case, capitals are an initialism, "became the IRA. Connolly's army"; BLN600's OCR,
    // all samples: the two such proposals, "M1. Paris", "M1. Magne" for the French M., were no nearer the truth)
    const capitals = raw.length > 1 && raw === raw.toUpperCase()
    if (capitals && /\p{Ll}/u.test(text.slice(name.start, name.end))) continue
    const written = capitals ? title.toUpperCase() : title
    out.push({
      start: t.start, end: t.end, replacement: written, rule: "title", class: "non-word", confidence: 0.8,
      explanation: `${q(`${raw}. ${text.slice(name.start, name.end)}`)}: the title ${q(`${written}.`)} before a name, misread by the scan`,
      evidence: { title, name: text.slice(name.start, name.end) }
    })
  }
  for (const d of commaForStop(text, tokens)) out.push(d)
  return out
}

/** Does offset `at` begin a line (after spaces at most)? */
function lineStart(text: string, at: number): boolean {
  let k = at - 1
  while (k >= 0 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k--
  return k < 0 || text.charCodeAt(k) === 0x0a
}

/** Speakers a play has at least, and the speeches they begin (the abbreviations that begin its lines). */
const PLAY_SPEAKERS = 4
const PLAY_SPEECHES = 8

/**
 * Is the witness a play whose speeches begin with their speaker's name abbreviated ("Hor. Hail to your
 * lordship!", "Ham. I am glad to see you well")? So when PLAY_SPEAKERS capitalised words or more, each with a
 * full stop, no title nor other abbreviation of `LEFT`, begin PLAY_SPEECHES lines or more. (A newspaper's
 * scan begins its lines with "Mr." and may repeat a misreading of it, "Air. Hayward", "Air. Bucknell": one
 * form, two lines.)
 */
function printsSpeechPrefixes(text: string, tokens: ReadonlyArray<Token>): boolean {
  const counts = new Map<string, number>()
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind !== "word" || tokens[i + 1]!.n !== "." || tokens[i + 1]!.start !== t.end || LEFT.has(t.n) || !lineStart(text, t.start)) continue
    const raw = text.slice(t.start, t.end)
    if (/^\p{Lu}\p{Ll}/u.test(raw)) counts.set(raw, (counts.get(raw) ?? 0) + 1)
  }
  let speeches = 0
  for (const n of counts.values()) speeches += n
  return counts.size >= PLAY_SPEAKERS && speeches >= PLAY_SPEECHES
}

/**
 * Does the sentence go on after the name at token `k`, as it does after "Mr. Bliss": a word in lower case, a
 * comma, a colon, or another capitalised word ("Mr. Arnold Pye-Smith"), not a full stop?
 */
function nameGoesOn(tokens: ReadonlyArray<Token>, k: number): boolean {
  const after = tokens[k + 1]
  if (after === undefined) return false
  if (after.kind === "punct") return after.n === "," || after.n === ":"
  return after.kind === "word"
}

/** Is `raw` written as a title is, its letters after the first in lower case ("Mr", "Air", "Jan")? */
const titleCased = (raw: string) => raw.length > 1 && raw.slice(1) === raw.slice(1).toLowerCase()

/** Titles whose full stop a scan may read as a comma ("Sir," is an address: not among them). */
const STOP_TITLES = new Set([...TITLES].filter((t) => t !== "sir"))
/** Months abbreviated, before a day's number ("Jan, 27."). */
const MONTHS = new Set(["jan", "feb", "aug", "sept", "oct", "nov", "dec"])

/**
 * A title's full stop read as a comma: after a title before a capitalised word ("Mr, Justice Lawrance", "St,
 * George's Hospital", "the Rev, S. Cumberlege"), after an initial that follows a title or an initial, before
 * a capitalised word ("Mr. A, S. Palmer", "Dr. C, Wallace"), after a month before a day ("Jan, 27."). A
 * title or a month is so only as printed, capitalised; an initial only after a title or another initial
 * ("A, B and C" is a list). (BLN600's OCR, all samples, by the ground truth: after a title a full stop 10
 * times in 11, the other "St, Mary, Islington", a comma; after an initial 4 in 5; after a month 2 in 2.)
 */
function commaForStop(text: string, tokens: ReadonlyArray<Token>): Draft[] {
  const out: Draft[] = []
  for (let i = 0; i + 2 < tokens.length; i++) {
    const comma = tokens[i + 1]!
    if (comma.n !== "," || comma.kind !== "punct") continue
    const t = tokens[i]!
    const after = tokens[i + 2]!
    if (t.kind !== "word" || comma.start !== t.end || after.start !== comma.end + 1 || text.charCodeAt(comma.end) !== 0x20) continue
    const c0 = text.charCodeAt(t.start)
    if (c0 < 0x41 || c0 > 0x5a) continue
    const a0 = text.charCodeAt(after.start)
    const raw = text.slice(t.start, t.end)
    let what: string | null = null
    if (after.kind === "word" && a0 >= 0x41 && a0 <= 0x5a) {
      // (not a title in a list of titles, "Mr, Mrs and Miss Smith", nor "St" or "Dr" after a name, a street's
      // or a drive's: "Fleet St, London", "Mulholland Dr, Los Angeles")
      const prev = tokens[i - 1]
      const street = (t.n === "st" || t.n === "dr") && prev !== undefined && prev.kind === "word" && prev.end + 1 === t.start && /^\p{Lu}/u.test(text.slice(prev.start, prev.end))
      if (STOP_TITLES.has(t.n) && titleCased(raw) && !STOP_TITLES.has(after.n) && !street) what = "title"
      else if (raw.length === 1 && afterInitial(tokens, i, text)) what = "initial"
    } else if (after.kind === "number" && MONTHS.has(t.n) && titleCased(raw)) what = "month"
    if (what === null) continue
    const shown = `${raw}, ${text.slice(after.start, after.end)}`
    out.push({
      start: comma.start, end: comma.end, replacement: ".", rule: "abbreviation-stop", class: "punctuation", confidence: 0.8,
      explanation: `${q(shown)}: ${what === "title" ? "a title" : what === "initial" ? "an initial after a title or an initial" : "a month abbreviated before a day"} takes a full stop; the scan read it as a comma`,
      evidence: { abbreviation: raw, kind: what }
    })
  }
  return out
}
