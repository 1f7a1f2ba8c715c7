/**
 * What the normaliser leaves as printed, whatever a rule finds there (the issue's "must not be touched"):
 * - a word of a **foreign phrase** ("the ancien régime", "Ich weiss nicht": see foreign.ts) is no misreading
 *   of the English word it resembles: the rules that read a word as another's misreading hold back there,
 *   and so does any rule that would take an apostrophe there for a speck;
 * - a word **marked [sic]** ("verry [sic] tame", "recieved (sic)", "[_sic_]", "[sic!]") is the editor's or
 *   the author's own report that the source prints it so: no rule touches it;
 * - a paragraph **in another English** — Middle English, Scots, a dialect's speech, the seventeenth century's
 *   spelling, a manuscript's contractions ("Whan that Aprille with his shoures soote", a quotation of
 *   Chaucer in an essay on him; "Ah canna tell ye, for I didna see him", the speech of a Waverley novel)
 *   spells as its period, its speech or its hand does: "sweete", "nyght", "hir" are no misreadings of sweet,
 *   night, his, nor "gane" of gone, and the word rules hold back there (`registerParagraphs`);
 * - a word whose first letter an **editor bracketed** ("[t]he", a quotation's capital made small) keeps its
 *   brackets: a correction of it is rewritten to keep them (`keepEditorsLetter`), or held back.
 * What is held back goes to the withheld, with why, so that an editor sees it (index.ts).
 *
 * Pure: the witness's text and tokens and the Lexicon.
 */
import type { Token } from "../domain/model.ts"
import { firstEndingAfter } from "./detectors/shared.ts"
import { blankAfter, foreignFlags, foreignPhrases, LISTED, listedFlags, markedByText, markedTokens, type ForeignPhrase, type Marked } from "./foreign.ts"
import type { Lexicon } from "./lexicon.ts"

/**
 * The detectors that read a word as a misreading of another (the non-word and real-word rules, names, the long
 * s, a capital inside a word, stray fragments): a foreign phrase holds back what they propose inside it.
 * (Not the collated rule: another witness's reading of the place is evidence of its own.)
 */
const WORD_DETECTORS: ReadonlySet<string> = new Set(["real-word", "non-word", "names", "long-s", "mixed-case", "stray"])

/** An apostrophe, straight or curly. */
const APOSTROPHE = /['\u2019]/
/** "[sic]", "(sic)", "[sic!]", "[sic.]", "[_sic_]", "[*sic*]", in any case. */
const SIC = /[[(]\s*[_*]?sic[_*]?[.!]?\s*[\])]/gi
/** "sic" before a closing bracket (the first test for `SIC`: one pass of the text, not "basic", "music"). */
const SIC_CLOSED = /sic[_*]?[.!]?\s*[\])]/i

/**
 * The Englishes a paragraph may be written in whose spellings are no misreadings of today's, by their
 * commonest words that today's English has lost:
 * - Middle English (when, such, also, then, not, should, would, could, said, had, these, you, without, each,
 *   them, say, before, again, certainly, indeed, since): "Whan that Aprille with his shoures soote";
 * - Scots, as the novels of Scott, Hogg, Galt and Stevenson print its speech (can't, didn't, don't,
 *   wouldn't…, from, where, going, about, more, old, cold, head, home, night, light, right, town, any,
 *   nothing, nobody, good, much, yourself, myself, himself, give, gave): "Ah canna tell ye, for I didna see
 *   him";
 * - a dialect's speech, as the novels of Hardy, Dickens, Twain and Harris and the plays of Synge print it
 *   (wasn't, hasn't, going, always, widow, such, they, that, with, nothing, was, because, yellow, there,
 *   master, maybe, learn, might, rather, just, heard, knew, grew, don't know, something, and the North's
 *   nothing, anything, only, myself, yourself, and Irish English's "wisha", "musha"): "I warn't a-going to
 *   tell nobody", "'tis summat to do wi' the weather, I dunno", "we had nowt";
 * - the spelling of the seventeenth century, once u and v are today's (the u and v of print before about
 *   1630 are the non-word rule's `earlyModernSpelling`): "the onely end of this Booke is the publick good",
 *   "which have beene hitherto hid in darknesse" — "gaine" is no "game", nor "chuse" "cause";
 * - the contractions of a manuscript, as a diplomatic transcription of a letter keeps them (which,
 *   received, obedient, servant, compliments, affectionate(ly), should, about, against, that, through,
 *   honourable, obedient, general, excellency, esquire): "I recd yr letter … the papers wch I mention'd",
 *   "yr most obedt & most humble servt" — and so "wth" there is no misprint of with.
 * None of these words is in BLN600's OCR but "nowt", once, nor more than five times in the Brown corpus (its
 * own quotations of old and dialect speech: "yow", "dey", "publick"); the en-US and en-GB dictionaries hold
 * a few ("eek", "hem", "dunno", "summat", "nowt", "recd"): a paragraph is read so by two of them. (Not "wth", "wd", "cd", "sd", nor "hee", "shee", "doe", "goe", "wee", "bee", nor "dis", "den", "dem", "sho",
 * "yo", "fust": BLN600's scans print each as a speck or a misreading.)
 */
const REGISTERS: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  ["Middle English", new Set(["whan", "swich", "swiche", "thanne", "noght", "sholde", "wolde", "koude", "seyde", "hadde", "eek", "thise", "thilke", "yow", "withouten", "everich", "ech", "hem", "seyn", "bifore", "agayn", "certes", "ywis", "sith"])],
  ["Scots", new Set(["canna", "didna", "dinna", "wouldna", "couldna", "shouldna", "wasna", "isna", "winna", "frae", "whaur", "gaun", "aboot", "mair", "auld", "cauld", "heid", "hame", "nicht", "licht", "richt", "toon", "ony", "naething", "naebody", "guid", "muckle", "yersel", "masel", "himsel", "gie", "gied"])],
  ["a dialect's speech", new Set(["warn't", "hain't", "gwyne", "gwine", "allers", "widder", "sich", "dey", "dat", "wid", "nuffin", "wuz", "kaze", "yaller", "dere", "massa", "mebbe", "larn", "mought", "druther", "jes", "heerd", "knowed", "growed", "dunno", "summat", "nowt", "owt", "nobbut", "meself", "yerself", "wisha", "musha"])],
  ["the spelling of the seventeenth century", new Set(["onely", "publick", "compleat", "chuse", "dayes", "daies", "beene", "yeare", "yeares", "selfe", "himselfe", "owne", "soone", "booke", "bookes", "worke", "workes", "minde", "finde", "kinde", "paines", "musick", "physick", "logick", "authour", "errour", "untill", "sayd", "sayes", "doubtlesse", "darknesse", "goodnesse", "witnesse", "lesse", "gaine", "againe", "meanes", "thinke", "neere", "cleere", "heere", "sonne", "countrey", "citie", "mony", "tyme", "lyfe", "greate", "olde", "poore", "sinne", "newes"])],
  ["a manuscript's contractions", new Set(["wch", "recd", "recvd", "obedt", "servt", "svt", "compts", "affte", "affectly", "shd", "abt", "agst", "yt", "thro", "honble", "obt", "genl", "excy", "esqr"])]
]
/** Distinct words of one register a paragraph must print to be read as written in it. */
const REGISTER_MIN = 2
/** The flag of register k of REGISTERS among a word's flags (above the three of foreign.ts: a word's flags fit a byte, five registers at most). */
const REGISTER_FLAG = (k: number) => 8 << k

/** The register flags of the words of REGISTERS. */
const REGISTER_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>()
  REGISTERS.forEach(([, words], k) => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | REGISTER_FLAG(k))
  })
  return m
})()
/** A word's flags for `registerParagraphs`: REGISTER_FLAG(k) for each register k whose words hold it. */
const registerFlags = (n: string): number => REGISTER_WORDS.get(n) ?? 0

/** A word's flags for what the normaliser leaves as printed: those of foreign.ts and of the registers. */
export function asPrintedFlags(n: string, lex: Lexicon): number {
  return foreignFlags(n, lex) | registerFlags(n)
}

/**
 * The flags a word has by the lists alone (foreign function words, Latin words, the registers' words): one
 * look-up, asked once per distinct word of a call (`normalise` keeps them by word id); an accent or an
 * elision is found in the text (`markedByText`).
 */
export const listedAsPrinted = (n: string): number => listedFlags(n, ALL_LISTED)
/** The listed words of foreign.ts and of the registers, with their flags: one look-up per word. */
const ALL_LISTED: ReadonlyMap<string, number> = (() => {
  const m = new Map(LISTED)
  for (const [w, f] of REGISTER_WORDS) m.set(w, (m.get(w) ?? 0) | f)
  return m
})()

/** The listed flags (`listedAsPrinted`) of a corpus's words, by word id: made once per call. */
export function listedTable(words: ReadonlyArray<string>): Uint8Array {
  const table = new Uint8Array(words.length)
  for (let k = 0; k < table.length; k++) table[k] = listedAsPrinted(words[k]!)
  return table
}

/**
 * A witness's marked tokens (`heldBack`'s `markedOf`): those whose words `table` flags (by `ids`, its tokens'
 * word ids: the lists, an elision), and those an accent marks, found in the text.
 */
export function markedByIds(text: string, tokens: ReadonlyArray<Token>, lex: Lexicon, table: Uint8Array, ids: Int32Array): Marked {
  const listed: number[] = []
  for (let i = 0; i < ids.length; i++) if (table[ids[i]!] !== 0 && tokens[i]!.kind === "word") listed.push(i)
  return markedByText(text, tokens, lex, (i) => table[ids[i]!]!, listed)
}

/** A paragraph written in one of `REGISTERS`: its span, the register, and the words of it the paragraph prints. */
export interface RegisterParagraph {
  readonly start: number
  readonly end: number
  readonly register: string
  readonly words: ReadonlyArray<string>
}

/**
 * The paragraphs (blank-line delimited) that print REGISTER_MIN distinct words of a register of `REGISTERS`.
 * `marked`: the witness's tokens that carry `asPrintedFlags` (by default found by asking each word its
 * register flags): only the paragraphs that hold one are read.
 */
export function registerParagraphs(text: string, tokens: ReadonlyArray<Token>, marked: Marked = markedTokens(tokens, registerFlags)): RegisterParagraph[] {
  const out: RegisterParagraph[] = []
  // (the paragraph read last, by its first and last token)
  let to = -1
  for (const i of marked.at) {
    if (i <= to || marked.flagsAt(i) < REGISTER_FLAG(0)) continue
    let from = i
    while (from > 0 && !blankAfter(tokens[from - 1]!)) from--
    to = i
    while (to + 1 < tokens.length && !blankAfter(tokens[to]!)) to++
    // (by register, each word as first printed, by its normal form)
    const seen = REGISTERS.map(() => new Map<string, string>())
    for (let j = from; j <= to; j++) {
      const f = tokens[j]!.kind === "word" ? marked.flagsAt(j) : 0
      for (let k = 0; k < REGISTERS.length; k++) if ((f & REGISTER_FLAG(k)) !== 0 && !seen[k]!.has(tokens[j]!.n)) seen[k]!.set(tokens[j]!.n, text.slice(tokens[j]!.start, tokens[j]!.end))
    }
    const k = seen.findIndex((m) => m.size >= REGISTER_MIN)
    if (k >= 0) out.push({ start: tokens[from]!.start, end: tokens[to]!.end, register: REGISTERS[k]![0], words: [...seen[k]!.values()] })
  }
  return out
}

/**
 * A draft that replaces a whole word printed with an editor's bracketed letter by a word beginning with that
 * letter ("[r]evolutionery" → revolutionary), rewritten to keep the brackets ("[r]evolutionary"); any other
 * draft as it is (one that would lose the brackets is held back: `heldBack`).
 */
export function keepEditorsLetter<D extends { readonly start: number; readonly end: number; readonly replacement: string }>(text: string, d: D): D {
  if (text.charCodeAt(d.start) !== 0x5b || text.charCodeAt(d.start + 2) !== 0x5d) return d
  const letter = text[d.start + 1]!
  if (!/^\p{L}+$/u.test(d.replacement) || d.replacement[0]!.toLowerCase() !== letter.toLowerCase()) return d
  return { ...d, replacement: `[${letter}]${d.replacement.slice(1)}` }
}

/** A span of the witness held as printed, and why. */
interface Held {
  readonly start: number
  readonly end: number
  readonly why: string
}

/** The first of the spans (sorted by start, none overlapping) that start–end overlaps, or null. */
function overlapping(spans: ReadonlyArray<Held>, start: number, end: number): Held | null {
  const s = spans[firstEndingAfter(spans, start)]
  return s !== undefined && s.start < end ? s : null
}

/** The word each "[sic]" of the text marks: the last word before it (punctuation and quotes may come between). */
export function sicMarked(text: string, tokens: ReadonlyArray<Token>): Array<{ readonly start: number; readonly end: number; readonly mark: string }> {
  const out: Array<{ start: number; end: number; mark: string }> = []
  // (a first test: "sic" before a closing bracket, not "basic", "music")
  if (!SIC_CLOSED.test(text)) return out
  let k = 0
  for (const m of text.matchAll(SIC)) {
    // (the last word token ending before the mark; the tokens are in text order)
    while (k < tokens.length && tokens[k]!.end <= m.index) k++
    let j = k - 1
    while (j >= 0 && tokens[j]!.kind !== "word") j--
    // (a word in the same sentence: not past a blank line)
    if (j < 0 || /\n\s*\n/.test(text.slice(tokens[j]!.end, m.index))) continue
    out.push({ start: tokens[j]!.start, end: tokens[j]!.end, mark: m[0] })
  }
  return out
}

/**
 * Why a proposal of detector `detector` over start–end is held back in this witness, or null. The witness's
 * foreign phrases, paragraphs of other Englishes and [sic] marks are found on first use and kept by the
 * function returned. `markedOf()`: the witness's tokens that carry `asPrintedFlags` (asked once, on first use).
 */
export function heldBack(
  text: string,
  tokens: ReadonlyArray<Token>,
  lex: Lexicon,
  markedOf: () => Marked = () => markedTokens(tokens, (n) => asPrintedFlags(n, lex))
): (detector: string, start: number, end: number, replacement: string) => string | null {
  let foreign: Held[] | undefined
  let sic: Held[] | undefined
  let older: Held[] | undefined
  let flagged: Marked | undefined
  let editors: Held[] | undefined
  return (detector, start, end, replacement) => {
    sic ??= sicMarked(text, tokens).map((s) => ({ start: s.start, end: s.end, why: `the word is marked “${s.mark}”: its source prints it so` }))
    const marked = overlapping(sic, start, end)
    if (marked !== null) return marked.why
    // (a word whose first letter an editor changed and bracketed, "[t]he": by every rule, its brackets the edition's)
    // (the tokeniser makes one word token of "[t]he": see tokenise.ts)
    editors ??= text.includes("]") ? tokens.filter((t) => t.kind === "word" && text.charCodeAt(t.start) === 0x5b).map((t) => ({ start: t.start, end: t.end, why: `the word is printed with an editor's bracketed letter, “${text.slice(t.start, t.end)}”: as the edition sets it` })) : []
    const edited = overlapping(editors, start, end)
    if (edited !== null && !(start === edited.start && end === edited.end && replacement.startsWith(text.slice(start, start + 3)))) return edited.why
    // (in a paragraph of another English and in a foreign phrase, the word rules, and any rule's taking an
    // apostrophe for a speck: "they'll no' be lang", "she 'lowed", where it marks an elision)
    const word = WORD_DETECTORS.has(detector)
    if (!word && !(end === start + 1 && APOSTROPHE.test(text[start]!))) return null
    older ??= registerParagraphs(text, tokens, (flagged ??= markedOf())).map((p) => ({ start: p.start, end: p.end, why: `the paragraph is written in ${p.register} (it prints ${p.words.map((w) => `“${w}”`).join(", ")}): its spellings are its own` }))
    const period = overlapping(older, start, end)
    if (period !== null) return period.why
    foreign ??= foreignPhrases(text, tokens, lex, (flagged ??= markedOf())).map((f: ForeignPhrase) => ({ start: f.start, end: f.end, why: `it stands in a foreign phrase, “${text.slice(f.start, f.end)}”: ${f.reason}` }))
    return overlapping(foreign, start, end)?.why ?? null
  }
}
