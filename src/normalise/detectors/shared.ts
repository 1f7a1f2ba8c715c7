/** What the word detectors share: the run of one witness with its context model, and small helpers. */
import type { Token, TokenisedWitness } from "../../domain/model.ts"
import type { ContextModel } from "../context.ts"
import { candidates, caseByAlignment, mostlyCapitals } from "../confusions.ts"
import { GB_SPELLING, US_SPELLING, type Lexicon } from "../lexicon.ts"
import { otherSpelling, SPELLING_GROUPS } from "../spellings.ts"
import type { Draft } from "../proposal.ts"

export interface DetectorInput {
  readonly witness: TokenisedWitness
  readonly model: ContextModel
  /** Index of the witness in the corpus. */
  readonly index: number
  /** The witness is written wholly in lower case. */
  readonly lowerCase: boolean
}

export type Detector = (input: DetectorInput) => Draft[]

const perModel = new WeakMap<ContextModel, Map<string, unknown>>()

/**
 * How well the witness's word (corpus id `id`) fits between `prev` and `next`, judged by the reference alone:
 * every pair it makes in the witnesses left out (in a scan they are the scan's own misreadings, repeated: "the
 * fame Object … the fame man", "it bad been … she bad been"). The log-likelihood `logCondOfIds` gives.
 */
export function fitAsPrinted(model: ContextModel, prev: number, id: number, next: number): number {
  const V = model.corpus.words.length
  const here = (a: number, b: number) => (a < V && b < V ? model.corpus.bigrams.get(a, b) : 0)
  return model.logCondOfIds(prev, id, here(prev, id), model.corpus.counts[id]!) + model.logCondOfIds(id, next, here(id, next))
}


/**
 * State a detector keeps for one `normalise` call, shared by all its witnesses (facts about a word of the
 * corpus, by its id, decided once): made by `make` on first use for this model.
 */
export function perCall<T>(model: ContextModel, key: string, make: () => T): T {
  let m = perModel.get(model)
  if (m === undefined) perModel.set(model, (m = new Map()))
  let v = m.get(key) as T | undefined
  if (v === undefined) m.set(key, (v = make()))
  return v
}

/**
 * A print's habit of spelling (the long s read as f, the u and v of early modern print) shows in the commonest
 * words of the language: `habitForms(lex)` gives them as such a print spells them (made once per Lexicon and
 * kept, under `key`). Does witness `index` print `enough` distinct ones? A first test, by corpus id (the forms
 * marked once per call), before a witness's other words are asked about.
 */
export function printsHabit(model: ContextModel, key: string, habitForms: (lex: Lexicon) => ReadonlySet<string>, index: number, enough: number): boolean {
  let byKey = perLexicon.get(model.lexicon)
  if (byKey === undefined) perLexicon.set(model.lexicon, (byKey = new Map()))
  let forms = byKey.get(key)
  if (forms === undefined) byKey.set(key, (forms = habitForms(model.lexicon)))
  const marked = perCall(model, `habit:${key}`, () => {
    const flags = new Uint8Array(model.corpus.words.length)
    for (const f of forms) {
      const k = model.corpus.ids.get(f)
      if (k !== undefined) flags[k] = 1
    }
    return flags
  })
  const ids = model.corpus.tokenIds[index]!
  const seen = new Set<number>()
  for (let i = 0; i < ids.length && seen.size < enough; i++) if (marked[ids[i]!] === 1) seen.add(ids[i]!)
  return seen.size >= enough
}
const perLexicon = new WeakMap<Lexicon, Map<string, ReadonlySet<string>>>()

/**
 * Is the word with corpus id `id` (normalised form `w`) known whatever its case: in the reference, more than
 * once in the corpus, or in the dictionary? Decided once per word per call. (A word it calls unknown may
 * still be a known form as written, "Kaiser": ask `isWord` of that too.) The test for one model, made once
 * per call, to ask of many words.
 */
export function knownWords(model: ContextModel): (id: number, w: string) => boolean {
  return perCall(model, "known-word", () => {
    const known = new Uint8Array(model.corpus.words.length)
    return (id: number, w: string) => {
      let k = known[id]!
      if (k === 0) known[id] = k = model.refCount(id) > 0 || model.corpus.counts[id]! > 1 || model.lexicon.isWord(w) ? 1 : 2
      return k === 1
    }
  })
}

/**
 * Does the dictionary accept the token as written ("Kaiser"), given that `knownWords` rejects its normal
 * form? A token written as its normal form is then no word either (and needs no look-up).
 */
export function writtenKnown(lex: Lexicon, text: string, t: Token): boolean {
  if (t.end - t.start === t.n.length && text.startsWith(t.n, t.start)) return false
  return lex.isWord(text.slice(t.start, t.end))
}

/**
 * `writtenKnown` for one model, asked of many tokens: a token written as its normal form capitalised
 * ("Kaiser": every sentence start) or in capitals ("KAISER": headings, and much of a scan's noise) is
 * decided once per word (corpus id `id`) and form per call; other forms are asked each time.
 */
export function writtenKnownOf(model: ContextModel): (text: string, t: Token, id: number) => boolean {
  return perCall(model, "written-known", () => {
    // per id: bits 0–1 the answer for the capitalised form, bits 2–3 for the form in capitals (1 yes, 2 no)
    const answers = new Uint8Array(model.corpus.words.length)
    const lex = model.lexicon
    return (text: string, t: Token, id: number) => {
      const n = t.n
      const len = n.length
      if (t.end - t.start !== len) return lex.isWord(text.slice(t.start, t.end))
      // the form: 0 as its normal form, 1 capitalised, 2 in capitals, 3 otherwise
      let form = 0
      for (let i = 0; i < len; i++) {
        const c = text.charCodeAt(t.start + i)
        const m = n.charCodeAt(i)
        if (c === m) {
          // (a letter as in the normal form after a capital: capitalised at most)
          if (form === 2 && m >= 0x61 && m <= 0x7a) form = 3
          continue
        }
        if (c >= 0x41 && c <= 0x5a && c + 0x20 === m) {
          if (i === 0) form = 1
          else if (form === 1 && i === 1) form = 2
          else if (form !== 2) form = 3
        } else form = 3
        if (form === 3) break
      }
      if (form === 0) return false
      // (a word of one letter, or whose letters after the first are no letters: "capitalised" is enough)
      if (form === 3) return lex.isWord(text.slice(t.start, t.end))
      const shift = form === 1 ? 0 : 2
      let k = (answers[id]! >> shift) & 3
      if (k === 0) {
        k = lex.isWord(text.slice(t.start, t.end)) ? 1 : 2
        answers[id]! |= k << shift
      }
      return k === 1
    }
  })
}

/**
 * The `errorPrior` from which a witness is read as a scan (some 2.4 % of its words unknown or more): the rules
 * that trust a scan's faults alone (a name one plain edit from the witness's own, a word another copy prints
 * otherwise, a zero among words) ask it.
 */
export const SCAN_PRIOR = 0.5

/**
 * Aphetic forms, printed with the apostrophe that marks the letters left out ("'tis", "'twas"): the speech of
 * verse and dialogue, not misreadings. (Without the apostrophe, "there twas a wound", they are OCR's: BLN600.)
 */
const APHETIC = new Set(["tis", "twas", "twere", "twill", "twould", "twixt", "tween", "gainst", "neath", "mongst"])
/** What may stand before the apostrophe that begins a word: a dash, a bracket, an opening quotation mark. */
const OPENS_WORD = /^[\u2014\u2013\-(\[\u201c"]$/

/**
 * Is word token i (normal form `w`) printed with its elision marked, as verse and dialogue print speech: an
 * aphetic form after an apostrophe that begins it ("'tis not the first time", "to,—'tis a consummation"), a
 * past tense whose e an apostrophe replaces ("Devoutly to be wish'd", "turn'd round": `known` tells whether
 * the form with its e is a word; "calle'd", "die'd", where the e stands, are a scan's specks), or a word
 * whose final g an apostrophe replaces ("didn't say nothin'–but"), a word of dialect clipped so ("to do
 * wi' the weather": `CLIPPED`), an e the verse elides between consonants ("pow'r", "heav'n"), or the article
 * elided before a vowel ("th' Almighty")? Such a word is left as printed: the transcription means it.
 */
export function elided(tokens: ReadonlyArray<Token>, i: number, w: string, known: (x: string) => boolean): boolean {
  const t = tokens[i]!
  const before = tokens[i - 1]
  if (before !== undefined && before.n === "'" && before.end === t.start && APHETIC.has(w)) {
    // (the apostrophe begins the word: not a quotation mark closing on the word before it)
    const b2 = tokens[i - 2]
    if (b2 === undefined || b2.end < before.start || (b2.kind === "punct" && OPENS_WORD.test(b2.n))) return true
  }
  if (w.length >= 5 && w.endsWith("'d") && known(`${w.slice(0, -2)}ed`)) return true
  // (an e the verse elides between consonants: "heav'nly pow'r", "ev'ry", "flow'r")
  if (SYNCOPE.test(w) && known(w.replace("'", "e"))) return true
  const after = tokens[i + 1]
  if (after === undefined || after.n !== "'" || after.start !== t.end) return false
  // (the article elided before a vowel: "when th' Almighty's hand")
  if (w === "th") return /^'\s/.test(after.t) && /^[aeiou]/i.test(tokens[i + 2]?.t ?? "")
  return (w.length >= 4 && w.endsWith("in") && known(`${w}g`)) || CLIPPED.has(w)
}
/** A word with one apostrophe between two consonants, where verse elides an e. */
const SYNCOPE = /^[a-z]*[b-df-hj-np-tv-z]'[b-df-hj-np-tv-z][a-z]*$/
/**
 * Words dialogue in dialect prints clipped, an apostrophe for their last letters, that are no words alone:
 * "wi'" (with), "gi'" (give), "fra'" (from), "wha'" (what), "yo'" (you). (Not "a'", "an'", "no'", "th'", "tha'":
 * BLN600's scans print "a' gang", "a' verdict" a dozen times, a speck after the article, and "th'" for the.)
 */
const CLIPPED = new Set(["wi", "gi", "fra", "wha", "yo"])

/**
 * Is word token i (normal form `w`) a verb in the archaic second person beside its "thou" ("thou doest",
 * "whither thou goest", "dost thou", "speakest thou")? The form is the verb's (`known` says whether its stem
 * is a word: do, go, love, speak) with -est or -st, within two words of "thou" in the sentence. The King
 * James Bible, the Prayer Book and the poets print them, and a witness quoting them means them: "thou doest"
 * is no misprint of "does". (The third person's -eth, "goeth", "maketh", the reference and the dictionary
 * know, or no word is near enough to be proposed.)
 */
export function archaicVerb(tokens: ReadonlyArray<Token>, i: number, w: string, known: (x: string) => boolean): boolean {
  if (w.length < 4 || !w.endsWith("st")) return false
  const stem = w.endsWith("est") ? known(w.slice(0, -3)) || known(w.slice(0, -2)) : known(w.slice(0, -2)) || known(w.slice(0, -1))
  if (!stem) return false
  // "thou" within two words before or after it, in the sentence
  for (const step of [-1, 1]) {
    let seen = 0
    for (let j = i + step; j >= 0 && j < tokens.length && seen < 2; j += step) {
      const t = tokens[j]!
      if (t.kind !== "word") {
        if (/^[.!?;:]/.test(t.n)) break
        continue
      }
      if (t.n === "thou") return true
      seen++
    }
  }
  return false
}

/**
 * Distinct unknown words the spelling of English before about 1630 must explain for a witness to be read as
 * written in it: u and v as one letter, v at a word's start and u within ("vpon", "vnto", "haue", "euening",
 * "diuided", "Heauen": the King James Bible of 1611, Shakespeare's quartos and folio, as transcribed).
 */
const EARLY_MODERN_MIN = 5

/**
 * The common words of the reference (used EARLY_MODERN_COUNT times or more) as early modern print spells
 * them with its u and v ("vpon", "haue", "euery", "giue", "neuer": 71 forms that are no words today), and
 * how many a witness must print for its other words to be asked about (a first test: a scan of modern print
 * misreads a u for a v now and then, but not the commonest words of the language as a habit).
 */
const EARLY_MODERN_COUNT = 100
const EARLY_MODERN_SIGNS = 2
function earlyModernForms(lex: Lexicon): ReadonlySet<string> {
  const forms = new Set<string>()
  for (const w of lex.frequent(EARLY_MODERN_COUNT)) {
    let f = w.length >= 3 && w.charCodeAt(0) === 0x75 && !VOWEL.test(w[1]!) ? `v${w.slice(1)}` : w
    f = f.replace(/(?<=[a-z])v(?=[aeiou])/g, "u")
    if (f !== w && lex.unigram(f) === 0 && !lex.isWord(f)) forms.add(f)
  }
  return forms
}

/** The word with the u/v of early modern print read as today's, or null when it has none to read. */
function modernUV(w: string): string | null {
  let out = w
  if (out.length >= 3 && out.charCodeAt(0) === 0x76 && !VOWEL.test(out[1]!)) out = `u${out.slice(1)}`
  out = out.replace(/(?<=[a-z])u(?=[aeiou])/g, "v")
  return out === w ? null : out
}
const VOWEL = /[aeiouy]/

/**
 * Is the witness written in the spelling of English before about 1630 (see `EARLY_MODERN_MIN`)? There every
 * unknown word is as likely the period's spelling ("voyd", "deepe", "darknesse") as a misreading, and the
 * non-word rule, which would modernise it, leaves it. Decided once per witness.
 */
export function earlyModernSpelling(input: DetectorInput): boolean {
  const { model, index } = input
  const answers = perCall(model, "early-modern", () => new Int8Array(model.corpus.tokenIds.length))
  if (answers[index] !== 0) return answers[index] === 1
  const lex = model.lexicon
  const ids = model.corpus.tokenIds[index]!
  // (a first test: does the witness print two of the commonest words so, "vpon", "haue"?)
  if (!printsHabit(model, "early-modern", earlyModernForms, index, EARLY_MODERN_SIGNS)) {
    answers[index] = -1
    return false
  }
  const tokens = input.witness.tokens
  const explained = new Set<number>()
  for (let i = 0; i < tokens.length && explained.size < EARLY_MODERN_MIN; i++) {
    const t = tokens[i]!
    if (t.kind !== "word" || explained.has(ids[i]!) || (t.n.indexOf("u") < 0 && t.n.charCodeAt(0) !== 0x76)) continue
    // (known to the reference or the dictionary: a word of today's spelling; the witness's own repetitions
    // say nothing, "vpon" is written as often as upon is)
    if (model.refCount(ids[i]!) > 0 || lex.isWord(t.n)) continue
    const m = modernUV(t.n)
    if (m !== null && (lex.unigram(m) > 0 || lex.isWord(m))) explained.add(ids[i]!)
  }
  const yes = explained.size >= EARLY_MODERN_MIN
  answers[index] = yes ? 1 : -1
  return yes
}

/** A roman numeral in lower case of two letters or more ("ii", "xiv", "cxix"): what numbers a volume or a chapter. */
const ROMAN = /^(?=[ivxlc]{2,}$)c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/
/**
 * Words that number a part of a work before its numeral, as references write them: "vol. ii.", "ch. iii.",
 * "book iii.", "pl. iv.", "Act ii. sc. iii.", "Psalm cxix.", "tom. iii.".
 */
export const DIVISIONS: ReadonlySet<string> = new Set([
  "vol", "vols", "volume", "ch", "chap", "chapter", "book", "bk", "part", "pt", "pl", "plate", "fig", "tom", "tome", "lib",
  "cap", "sect", "sec", "section", "art", "article", "act", "sc", "scene", "canto", "no", "nos", "ed", "edit", "edition",
  "ps", "psalm", "letter", "lect", "lecture", "appendix", "app", "table", "fol", "p", "pp", "col", "note", "n", "ser", "series"
])
/** The second words of the Latin abbreviations of references, with the words before them: "op. cit.", "et seq.". */
const CITED_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["cit", new Set(["op", "loc"])], ["seq", new Set(["et"])], ["seqq", new Set(["et"])], ["al", new Set(["et"])], ["litt", new Set(["in"])]
])

/** The word token before token i, past one full stop glued to it ("vol. ii": vol), or undefined. */
function wordBefore(tokens: ReadonlyArray<Token>, i: number): Token | undefined {
  let j = i - 1
  const stop = tokens[j]
  if (stop !== undefined && stop.n === "." && stop.end === stop.start + 1 && tokens[j - 1]?.end === stop.start) j--
  const w = tokens[j]
  return w !== undefined && w.kind === "word" ? w : undefined
}

/**
 * Is word token i part of a scholarly reference as notes and citations write them: a roman numeral after a
 * word of division ("vol. ii.", "ch. iii.", "book iii.", "Act ii. sc. iii."), a word of division before a
 * numeral ("sc. iii.", "pl. 4"), or the second word of a Latin abbreviation ("op. cit.", "loc. cit.", "et
 * seq.")? Such a word is what it says, no misreading of a common word ("iii" → in, "cit" → it, "sc" → so).
 */
export function inReference(tokens: ReadonlyArray<Token>, i: number): boolean {
  const t = tokens[i]
  if (t === undefined || t.kind !== "word") return false
  const w = t.n
  // (asked of many words: the numeral's pattern only of a word that starts as one can)
  const c = w.charCodeAt(0)
  if ((c === 0x69 || c === 0x76 || c === 0x78 || c === 0x6c || c === 0x63) && ROMAN.test(w)) {
    const before = wordBefore(tokens, i)
    return before !== undefined && DIVISIONS.has(before.n)
  }
  const cited = CITED_AFTER.get(w)
  if (cited !== undefined) {
    const before = wordBefore(tokens, i)
    return before !== undefined && cited.has(before.n) && tokens[i + 1]?.n === "."
  }
  if (!DIVISIONS.has(w) || tokens[i + 1]?.n !== ".") return false
  const next = tokens[i + 2]
  return next !== undefined && (next.kind === "number" || ROMAN.test(next.n))
}

/** Rate of unknown words in OCR text of ordinary quality (BLN600's scans: 4–11 % from first to third quartile). */
const OCR_UNKNOWN_RATE = 0.03
/** The floor of `errorPrior` (a witness without a single unknown word may still hold a misread word). */
const PRIOR_FLOOR = 0.05
/** How steeply the prior falls with the rate of unknown words (tuned on BLN600: see errorPrior). */
const PRIOR_POWER = 3
/** Words at the OCR rate the estimate starts from, so that a witness of a sentence or two keeps a prior near 1. */
const PRIOR_WORDS = 100

/**
 * How likely a misreading is in this witness, relative to OCR text of ordinary quality (1): the cube of its
 * rate of unknown words (in no dictionary, not in the reference, at most once in the corpus) over 3 %,
 * between 0.05 and 1; the real-word detector adds its logarithm to the margin a correction must win by. A
 * careful transcription (BLN600's corrected text: 0.9 % unknown, mostly names; Darwin: 0.04 %) has few
 * misread words, so that a word the context merely finds unusual ("the prisoners gave different versions",
 * "the clothes which the prisoner wore") is far more likely right as printed than in a raw scan. The power
 * was chosen on BLN600: at 3 the real-word proposals on its corrected text fall from 70 to 50 (mostly false
 * alarms: gave → have, wore → were, riot → not) while on its OCR (4–11 % unknown) the corrections stay as
 * they were. (Not for non-words: there it also dropped true corrections of typos in Darwin, "speceies",
 * "sucecssive", whose context speaks as loudly as the names and rare words it dropped.) Decided once per
 * witness.
 */
export function errorPrior(input: DetectorInput): number {
  const { model, index } = input
  const priors = perCall(model, "error-prior", () => new Float64Array(model.corpus.tokenIds.length).fill(-1))
  let prior = priors[index]!
  if (prior >= 0) return prior
  const { text } = input.witness.witness
  const tokens = input.witness.tokens
  const ids = model.corpus.tokenIds[index]!
  const known = knownWords(model)
  const written = writtenKnownOf(model)
  let words = 0
  let unknown = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind !== "word") continue
    const c = t.n.charCodeAt(0)
    if (c < 0x61 || c > 0x7a) continue
    words++
    if (!known(ids[i]!, t.n) && !written(text, t, ids[i]!)) unknown++
  }
  // (the rate as if PRIOR_WORDS more words at the OCR rate had been seen: a short witness says little)
  const rate = (unknown + PRIOR_WORDS * OCR_UNKNOWN_RATE) / (words + PRIOR_WORDS)
  prior = Math.min(1, Math.max(PRIOR_FLOOR, (rate / OCR_UNKNOWN_RATE) ** PRIOR_POWER))
  priors[index] = prior
  return prior
}

/**
 * The variety of English a witness spells in, as far as the differences of one group of `otherSpelling` go
 * (0: the British endings, honour, centre, defence, travelled; 1: -ise): GB_SPELLING when it writes more
 * words of that group as only en-GB spells them than as only en-US does, US_SPELLING the other way round;
 * when neither is the more, the same asked of the whole corpus; else 0 (no evidence). Counted when first
 * asked (most calls never ask), each word looked up once.
 */
export function witnessSpelling(input: DetectorInput, group: number): number {
  const { model } = input
  const { words, tokenIds } = model.corpus
  const state = perCall(model, "spelling", () => ({
    // per word: its `signedGroup` (-128: not looked up)
    byId: new Int8Array(words.length).fill(-128),
    // per group, then witness: words en-GB alone spells so less those en-US alone does (NaN: not counted)
    lead: new Float64Array(SPELLING_GROUPS * tokenIds.length).fill(Number.NaN),
    corpus: new Float64Array(SPELLING_GROUPS).fill(Number.NaN)
  }))
  const spelling = (w: string) => model.lexicon.spelling(w)
  /** The word's group plus one, negative for en-US; 0 when no variety alone spells it so. */
  const signedGroup = (w: string) => {
    const v = otherSpelling(w, spelling)
    return v === null ? 0 : (spelling(w) === GB_SPELLING ? 1 : -1) * (1 + v.group)
  }
  const count = (index: number) => {
    const lead = new Float64Array(SPELLING_GROUPS)
    for (const id of tokenIds[index]!) {
      let s = state.byId[id]!
      if (s === -128) state.byId[id] = s = signedGroup(words[id]!)
      if (s !== 0) lead[Math.abs(s) - 1]! += Math.sign(s)
    }
    for (let g = 0; g < SPELLING_GROUPS; g++) state.lead[g * tokenIds.length + index] = lead[g]!
  }
  const leadOf = (index: number) => {
    if (Number.isNaN(state.lead[group * tokenIds.length + index]!)) count(index)
    return state.lead[group * tokenIds.length + index]!
  }
  let d = leadOf(input.index)
  if (d === 0) {
    if (Number.isNaN(state.corpus[group]!)) {
      // (the corpus's counts of the few thousand words one variety alone spells so, rather than every token)
      state.corpus.fill(0)
      for (const w of model.lexicon.spellings().keys()) {
        const id = model.corpus.ids.get(w)
        const s = id === undefined ? 0 : signedGroup(w)
        if (s !== 0) state.corpus[Math.abs(s) - 1]! += Math.sign(s) * model.corpus.counts[id!]!
      }
    }
    d = state.corpus[group]!
  }
  return d > 0 ? GB_SPELLING : d < 0 ? US_SPELLING : 0
}

/**
 * The share of its occurrences in the reference that start a sentence above which a word may start one here:
 * a word capitalised inside a sentence may then start one whose full stop the scan lost ("fired a shot at him
 * The bullet struck": the 10 %, he 31 % are left; was, of, to, be under 2 % are not; in 8 %, it 23 %: see
 * mixedCase.ts's `smallI`), and "Yes." before a name is a sentence, not "Mr." misread (yes 25 %, sir 15 %;
 * air 0.8 %: see titles.ts). (BLN600's OCR, tune split, case-midsentence: at 5 %, 27 proposals closer to the
 * truth, none further; at 10 %, 52 and 5.)
 */
const SENTENCE_START_SHARE = 0.05

/** Does the reference start a sentence with w more than `SENTENCE_START_SHARE` of the times it uses w? */
export function oftenFirst(lex: Lexicon, w: string): boolean {
  return lex.bigram("<s>", w) > SENTENCE_START_SHARE * lex.unigram(w)
}

/** Abbreviated titles written with a full stop before a name. */
export const TITLES = new Set(["mr", "mrs", "messrs", "dr", "st", "capt", "col", "gen", "lieut", "sergt", "rev", "prof", "sir", "hon", "supt", "insp"])

/** Is token i preceded by an initial ("E.") or an abbreviated title ("Mr.") and its full stop? */
export function afterInitial(tokens: ReadonlyArray<Token>, i: number, text: string): boolean {
  const stop = tokens[i - 1]
  const before = tokens[i - 2]
  if (stop === undefined || before === undefined || stop.n !== "." || before.kind !== "word" || before.end !== stop.start) return false
  const raw = text.slice(before.start, before.end)
  return (raw.length === 1 && raw !== raw.toLowerCase()) || TITLES.has(before.n)
}

/**
 * An ordinal number ("l4th": 14th with its 1 read as l; "lst", "Ist": 1st): a number misread, not a word;
 * left alone by the word detectors. (BLN600: "on the lst of December" was mended to "last", "Ist Session"
 * to "It".)
 */
export const ORDINAL = /^(?:[il]?\d+(?:st|nd|rd|th)|[il]st)$/

/** Is there a blank line (two line feeds) in text[from, to)? Without building the slice. */
export function blankLineBetween(text: string, from: number, to: number): boolean {
  let seen = false
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    if (c === 0x0a) {
      if (seen) return true
      seen = true
    } else if (c !== 0x0d && c !== 0x20 && c !== 0x09) seen = false
  }
  return false
}

/** The normalised form of the token before i, "<s>" at a paragraph or text start. */
export function prevN(tokens: ReadonlyArray<Token>, i: number, text: string): string {
  const p = tokens[i - 1]
  if (p === undefined) return "<s>"
  if (blankLineBetween(text, p.end, tokens[i]!.start)) return "<s>"
  return p.n
}

/** The normalised form of the token after i, "." at a paragraph or text end. */
export function nextN(tokens: ReadonlyArray<Token>, i: number, text: string): string {
  const t = tokens[i]!
  const nx = tokens[i + 1]
  if (nx === undefined) return "."
  if (blankLineBetween(text, t.end, nx.start)) return "."
  return nx.n
}

/**
 * Is w the commonest ending or the commonest beginning of English words, printed as a token of its own?
 * Then it is the rest of a word whose head the scan garbled or broke off ("stood talk- tl ing", "the mean L
 * ing of the Act", "a boiler, weih ing about 15 tons"), or the head of one whose rest it garbled ("in time
 * to pre.. venbt", "to the surprise of all pre ent"), not a word misread: mended as one ("ing" → in, "pre" →
 * are) the line is made no better. (BLN600's OCR, all samples: "ing" was mended to "in" 13 times, a
 * sentence closer to the truth 3 times and further 10; "pre" to "are" 3 times, each further.) Left alone by
 * the word detectors.
 */
export const wordFragment = (w: string): boolean => w === "ing" || w === "pre"

/** Plain ASCII letters only (the word detectors leave accented, foreign-script and digit-bearing words alone). */
export const ASCII_WORD = /^[a-z]+(?:'[a-z]+)?$/

export const fmt = (x: number) => (Math.abs(x) >= 100 ? Math.round(x).toString() : (Math.round(x * 100) / 100).toString())

/** Logistic squashing of a log-odds margin into 0..1. */
export const squash = (x: number) => 1 / (1 + Math.exp(-x))

/** “word” in curly quotes. */
export const q = (s: string) => `“${s}”`

/** The nearest word from token `from`, going `step` by step on the same line, as printed; null at the line's edge. */
export function wordOnLine(tokens: ReadonlyArray<Token>, from: number, step: 1 | -1, text: string): string | null {
  for (let j = from; j >= 0 && j < tokens.length; j += step) {
    const u = tokens[j]!
    const [a, b] = step === 1 ? [tokens[j - 1]!.end, u.start] : [u.end, tokens[j + 1]!.start]
    if (text.lastIndexOf("\n", b - 1) >= a) return null
    if (u.kind === "word") return text.slice(u.start, u.end)
  }
  return null
}

/**
 * `word` in the case of `raw`, the word printed as token i, and of the line it stands in: in capitals where
 * it begins with a capital and the words beside it on its line are in capitals ("TnE WATCH ROBBERY" → THE,
 * "Foua AT A BIRTH" → FOUR); else in the case of the letters the scan read right (`caseByAlignment`:
 * "WILLIAmt" → WILLIAM, "HWe replied" → He, "THu case of" → THE, a newspaper's article opening in capitals).
 */
export function matchCaseOnLine(word: string, raw: string, tokens: ReadonlyArray<Token>, i: number, text: string): string {
  const c0 = raw.charCodeAt(0)
  if (c0 >= 0x41 && c0 <= 0x5a && raw !== raw.toUpperCase()) {
    let capitals = 0
    let lower = 0
    for (const side of [wordOnLine(tokens, i - 1, -1, text), wordOnLine(tokens, i + 1, 1, text)]) {
      if (side === null) continue
      if (mostlyCapitals(side)) capitals++
      else if (side.charCodeAt(0) >= 0x61 && side.charCodeAt(0) <= 0x7a) lower++
    }
    if (capitals > 0 && lower === 0) return word.toUpperCase()
  }
  return caseByAlignment(word, raw)
}

/** See `mendJoined`. */
const JOINED_MIN = 2
const JOINED_MARGIN = 5

/**
 * The word one OCR confusion or plain edit from two pieces of a word joined, a word a scan broke at a line's
 * end or split by a space and misread besides ("pri- soeer" → prisoner, "Christ- inas" → Christmas by in→m,
 * "hou ekeeper" → housekeeper), ranked by the channel's weight times the reference's count: one the reference uses
 * JOINED_MIN times or more, ranked JOINED_MARGIN times above any other; null where none or no clear one
 * ("bar- ned": barred, earned, warned). (At JOINED_MIN 1, BLN600's names became rarer words: "May- hew" →
 * Mayhem, "Hunting- don" → Huntington.)
 */
export function mendJoined(lex: Lexicon, joined: string): { word: string; edit: string; count: number; second: string | null } | null {
  const common = (w: string) => lex.unigram(w) >= JOINED_MIN
  const ranked = candidates(joined, common, true, undefined, common, false, lex.frequentVocabulary(JOINED_MIN))
    .map((c) => ({ c, score: c.weight * lex.unigram(c.word) }))
    .sort((x, y) => y.score - x.score)
  const [best, second] = ranked
  if (best === undefined || (second !== undefined && best.score < JOINED_MARGIN * second.score)) return null
  return { word: best.c.word, edit: best.c.pattern, count: lex.unigram(best.c.word), second: second?.c.word ?? null }
}

/**
 * For `partOfBrokenWord` in a scan (`errorPrior` at SCAN_PRIOR or more): the word two halves of a word broken at
 * a line's end make, misread besides (`mendJoined`), so that the word rules leave the halves alone ("con.
 * fained" is no "on"); undefined in a careful witness, where the hyphen rules mend no such word.
 */
export function brokenMend(input: DetectorInput): ((joined: string) => { readonly word: string } | null) | undefined {
  if (errorPrior(input) < SCAN_PRIOR) return undefined
  const lex = input.model.lexicon
  return (joined) => mendJoined(lex, joined)
}

/**
 * Words of the closed classes, three letters or more (pronouns, determiners, auxiliaries, prepositions,
 * conjunctions): none is the head or the tail of a compound the dictionary lacks, so two words run together
 * of which one is such a word are parted though the reference is too small to write them side by side
 * ("had beencharged several times", "the policewho endeavoured", "some shotsfrom a gun", "herpocket": been,
 * who, from and her are used fewer than FUNCTION_WORD times, and "been charged", "police who" once or never
 * in the reference's million words). Compounds keep their parts' classes: "potman", "washhouse",
 * "corndealer" stay. (BLN600's OCR, tune split: non-word single proposals closer to / further from the truth
 * 3,785 / 289 → 3,824 / 291; the three further "these pot", "then constant", "are or", garbled words.)
 * Nor is one of them a plural: an apostrophe after "his", "was", "this" is no plural's possessive ("in his'
 * possession").
 */
export const CLOSED_CLASS: ReadonlySet<string> = new Set([
  // pronouns and determiners
  "him", "her", "hers", "his", "its", "our", "ours", "their", "theirs", "them", "they", "she", "you", "your", "yours", "who", "whom", "whose", "which", "what", "this", "that", "these", "those", "each", "every", "both", "either", "neither", "any", "some", "such", "all", "another",
  // auxiliaries
  "been", "being", "were", "was", "are", "has", "have", "had", "having", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
  // prepositions and conjunctions
  "from", "into", "onto", "upon", "with", "without", "within", "about", "above", "across", "after", "against", "along", "among", "around", "before", "behind", "below", "beneath", "beside", "between", "beyond", "during", "except", "through", "toward", "towards", "under", "until", "till", "unto", "and", "but", "nor", "for", "than", "then", "though", "although", "because", "while", "whilst", "whether", "where", "when", "not"
])

/** The index of the first of `spans` (in text order, their ends rising) that ends after `offset`; their length when none does. */
export function firstEndingAfter(spans: ReadonlyArray<{ readonly end: number }>, offset: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
