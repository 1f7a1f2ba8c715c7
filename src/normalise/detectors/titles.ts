/**
 * Titles misread: "Mr." and "Mrs.", the commonest abbreviations of a 19th-century newspaper, before a name,
 * printed by the scan with their M split or misread ("MIr. Tabak", "Mir. Harvey", "before Air. Gillespie",
 * "with Irs. Fulton", "and Blr. Freke"). A capitalised token of two to four letters, one or two edits from
 * "Mr" (or "Mrs" when it ends in s; "Dr" when it starts with D), with a full stop, before a capitalised
 * word: the title; also "lr", "ir" and a 1 for the M's stroke ("by lr. Wakeling", "M1r. Kyd"). A word of
 * the reference ("Air", "Or") only inside a sentence, after a word in lower case, where it cannot start one
 * (a word only the dictionary has, "Mir", "Ir", at a sentence start too); never a title or abbreviation as
 * printed (Drs., Ms., MM., Wm.) nor a name the reference writes capitalised ("of Mary. Ie-bone"). (BLN600's
 * OCR, tune split: 54 proposals closer to the truth, none further, 3 no nearer, "Or. Kane" → Mr. for Dr.
 * among them; sentences improved 3,591 → 3,611; test split 961 improved, 31 made worse. With "Mir" at a
 * sentence start, "lr", "ir" and "M1r": tune 83 closer, none further.)
 */
import { distance } from "fastest-levenshtein"
import type { Draft } from "../proposal.ts"
import { q, TITLES, type DetectorInput } from "./shared.ts"

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
    if (lex.unigram(t.n) > 0 && !inside) continue
    // (never a name the reference writes capitalised: "the overseers of Mary. Ie-bone")
    const cases = lex.caseOf(t.n)
    if (cases.capital >= 3 && cases.capital >= 9 * cases.lower) continue
    // (in capitals as the token is: "AMR. JOHN W. MACKAY" → MR.)
    const written = raw.length > 1 && raw === raw.toUpperCase() ? title.toUpperCase() : title
    out.push({
      start: t.start, end: t.end, replacement: written, rule: "title", class: "non-word", confidence: 0.8,
      explanation: `${q(`${raw}. ${text.slice(name.start, name.end)}`)}: the title ${q(`${written}.`)} before a name, misread by the scan`,
      evidence: { title, name: text.slice(name.start, name.end) }
    })
  }
  return out
}
