/**
 * Punctuation stand-ins and dashes: a digit standing for a dash ("loyalties 0 were"), spaced hyphens in a
 * compound ("self - containment"), a hyphen used as a dash ("committee -as a result"), a word broken by a
 * hyphen and a space ("sub- sequently") or by a full stop read for its hyphen ("servi. tude"), a compound
 * broken after its hyphen ("public- house", where the corpus or the reference writes "public-house"), a spurious
 * hyphen between two words ("no longer-obtained"), doubled punctuation (".”."), a mark after a word that ends
 * no phrase ("on the. head"), an apostrophe standing for a comma, and the possessive apostrophe of a measure
 * of time.
 */
import type { Token } from "../../domain/model.ts"
import { caseByAlignment } from "../confusions.ts"
import { sentenceInitial } from "../context.ts"
import type { Draft } from "../proposal.ts"
import { detectGluedMarks, PLACE_HEADS } from "./gluedMarks.ts"
import { detectParagraphEnds } from "./paragraphEnd.ts"
import { detectPoundDigits } from "./pounds.ts"
import { CLOSED_CLASS, DIVISIONS, errorPrior, fmt, mendJoined, perCall, q, SCAN_PRIOR, type DetectorInput } from "./shared.ts"
import { ABBREVIATIONS, loneZeros, paragraphFinder, speckBroken, speckBrokenMisread, stopBroken, stopBrokenMisread, usesCurlyQuotes, usesDashGlyphs, witnessDash } from "./typography.ts"

/**
 * How often the reference must write two words side by side for a hyphen glued to the second after a space
 * ("to -have") to be a speck in a scan, not a dash.
 */
const SPECK_PAIR = 5
/**
 * Endings of the names of places and people, after which a capitalised word broken at a line's end is one
 * name ("Lap- worth", "Loth- bury", "Kensing- ton"; the words a place's name ends with after a hyphen,
 * street, gate, bridge…, are `PLACE_HEADS`'). BLN600's OCR, tune split, such a broken name no dictionary
 * holds: its ground truth joins it 18 times of 27, and in the other 8 reads a misread letter of it otherwise
 * ("Iioth- bury" for Lothbury), a hyphen once ("New-gate").
 */
const NAME_ENDINGS = new Set(["ton", "ham", "field", "ford", "ley", "well", "wood", "bury", "worth", "by", "wich", "stead", "combe", "mouth", "hurst", "shire", "land", "son", "don"])
/** What "a-" hyphenates in the period's print of a rate or a share: "a-week", "a-year", "a-half", "a-head". */
const PER = new Set(["year", "week", "day", "month", "quarter", "half", "head", "piece", "time", "night", "hour", "dozen"])
/** The tens and the ones of a number written in words ("twenty-three"). */
const TENS = new Set(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
const ONES = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"])
/** Prefixes that form hyphenated compounds. */
const PREFIXES = new Set([
  "self", "non", "anti", "pre", "post", "co", "ex", "semi", "quasi", "neo", "pro", "counter", "ultra", "well",
  "half", "all", "re", "inter", "multi", "pseudo", "socio", "petty", "so", "one", "two", "three", "long", "short", "mid"
])

const LOWER_WORD = /^[a-z]+$/
/**
 * Words of two letters that no abbreviation is written as, the full stop after them no abbreviation's (not
 * "in.", inches, "no.", "do.", ditto, "co.", "oz.", nor "is.", a scan's "1s.", a shilling): "was directed
 * to. the prisoner", "compelled to. let go" (BLN600's OCR, whose ground truth has no stop there). Before a
 * word of two letters or more ("repaid it. i only wrote": a sentence, its I in lower case).
 */
const NO_ABBREVIATION = new Set(["to", "of", "on", "at", "by", "as", "an", "be", "he", "we", "it", "or", "so", "up", "me", "my", "us", "if", "am"])
/** A capitalised word of four letters or more in letters a–z. */
const CAPITALISED_NAME = /^[A-Z][a-z]{3,}$/

/** The words after which "N years time" is a measure: "in two years time". */
const TIME_AFTER = /\b(?:in|within|after|before) $/i

/**
 * A number of units of time, plural, directly before a noun they measure, written without the apostrophe of
 * the possessive that such a measure takes: "in 25 years time", "three days journey", "six months
 * imprisonment", "a few weeks absence" (years' time, days' journey…). BLN600's ground truth writes the
 * apostrophe 112 times in 116 such phrases. Only after a number (or "a few"), before the nouns such a measure
 * qualifies that cannot begin a clause (not walk, work, pay, leave: "in ten minutes work began"); before
 * "time", which may ("for two years time stood still"), only after "in", "within", "after" or "before".
 */
const TIME_UNITS: ReadonlySet<string> = new Set(["years", "months", "weeks", "days", "hours", "minutes", "seconds"])
/** The noun after a unit of time (`TIME_UNITS`), tried where such a unit ends. */
const MEASURED = / (time|imprisonment|notice|journey|hard labour|absence|grace|standing|penal servitude|servitude|residence|experience|salary|wages|holiday)\b/iy
/** The number before a measure of time (the unit found first, by its token: the number's words are many, the units few). */
const NUMBER_BEFORE = new RegExp(
  String.raw`\b(\d+|a few|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?) $`,
  "i"
)

/**
 * A word that never ends a phrase: used PHRASE_BOUND_MIN times or more in the reference and followed there by
 * a given mark at most once in every 1 / PHRASE_BOUND_SHARE times (the full stop: once in 69,971 after the,
 * 8 times in 23,195 after a, 13 in 36,412 after of; not "to", "in", "that", which a comma or a full stop
 * follows one time in a few hundred: "the man he spoke to.", "if you will come in, sir"). A full stop after
 * such a word and before a known word in lower case is a mark of the scan ("on the. head", "plenty of.
 * money"); so is a comma, semicolon or colon, with more asked (`STRANDED`, `CLAUSE_OPENERS`). (BLN600's OCR,
 * tune split: 110 such marks deleted, a sentence closer to the truth 110 times and further once; CER
 * reduction -10.78 % → -10.95 %, sentences improved 3,509 → 3,555, made worse 126 → 125.)
 */
const PHRASE_BOUND_MIN = 1000
const PHRASE_BOUND_SHARE = 0.001
/**
 * The share asked in a careful transcription (`errorPrior` below SCAN_PRIOR), where a mark is the author's
 * far more often than a speck: only a word the reference almost never puts the mark after (the: "the- wife",
 * "the; case", errors BLN600's corrected text left), not one it does now and then (than: Darwin's "in a lesser
 * degree than, do closely-allied species", as all six editions print it; a comma follows "than" once in 1,790).
 */
const CAREFUL_PHRASE_BOUND_SHARE = 0.0002

/**
 * The marks inside a sentence or at its end a scan leaves after a word, an apostrophe, which after such a word
 * closes no quotation ("He saw the' prisoner"), and a hyphen glued to it (the tokeniser reads a hyphen
 * standing alone as a dash: "Hogg and- her infant"; a word broken by it, "a- gain", is the broken-word
 * rule's). (BLN600's OCR, tune split: with the apostrophe 34 more closer to the truth, none further; with the
 * hyphen 20 more, none further.)
 */
const INNER_MARKS: ReadonlyArray<string> = [".", ",", ";", ":", "'", "\u2014"]
/**
 * The words after which a full stop inside a sentence, before them in lower case, is a comma misread ("his
 * bees were swarming. and he proceeded", "a case of poisoning. but the police"), and the abbreviations
 * that take a full stop there. (BLN600's OCR, tune split, after a known word of three letters or more in
 * lower case, by the ground truth: before "and" a comma 25 times, no mark 9 ("on the head. and face"), a
 * full stop once, "pro. and con."; before "but" a comma 6 times.)
 */
const STOP_FOR_COMMA = new Set(["and", "but"])
/*
 * Before another word in lower case (stray-stop), such a full stop after a word that is no abbreviation
 * (nor one the reference writes with its stop: "Sept.", "jan.") ends no sentence either: it is a speck of the
 * scan ("eighty-two years. of age", "had been complied. with") or a comma misread ("found the deceased on the
 * floor. dressed"). The reference decides which: the two words side by side, or with a comma between them.
 * Only in a witness at a scan's rate of unknown words (`errorPrior` 1): in a careful transcription a sentence
 * that lost its capital is as likely ("It was late. we were tired"). BLN600's OCR, tune split, after the
 * other rules, by the ground truth: no mark 242, a comma 56, a full stop 8, other 20. Single proposals
 * closer to the truth / further / no change: stray-stop 167 / 1 / 40, stop-comma 31 / 0 / 9 → 35 / 0 / 11;
 * CER −12.81 % → −13.06 %, sentences improved 4,011 → 4,055, made worse 104 → 103; test split −14.55 % →
 * −14.79 %, 1,059 → 1,070 improved, 26 made worse. Also after a capitalised word of four letters or more
 * (not of three, "4s. Ild. a day", "2in. deep": units misread): tune stray-stop → 197 / 2 / 58, stop-comma →
 * 42 / 0 / 13 (the further one "on Sunday. the 5th", where the ground truth kept the scan's stop); test split
 * −14.84 % → −14.92 %, 1,072 → 1,077 improved. On BLN600's corrected text, before it was kept to scans, it
 * found two errors left there ("the west side of the station. at about", "on Sunday. the 5th") and a speech
 * as printed ("half a crown. here it is."); kept to scans, BLN600's OCR lost nothing.
 */
/** The abbreviations a lower-case word may follow (typography.ts), and those of a phrase, a measure or a reference ("pro. and con.", "per cent. on"). */
const ABBREVIATIONS_BEFORE_LOWER: ReadonlySet<string> = new Set([...ABBREVIATIONS, "pro", "con", "cap", "sec", "chap", "seq", "bros", "approx", "dept", "govt", "cent", "doz", "vict", "thos", "chas", "robt", "benj", "saml", "jno", "wm", "geo", "edw", "jas"])
/** Words whose apostrophe after them marks a letter left out in speech printed as spoken ("an'" for and). */
const ELIDED = new Set(["an", "o", "th", "wi", "ha", "goin", "nothin", "somethin"])
/**
 * After a comma, semicolon or colon a clause may go on in lower case, after a word a clause may end with
 * ("the goods could be readily disposed of; and, in point of fact", "the threat she made use of, there is
 * reason"): there the word must also end no sentence in the reference (its full stops as rare), be no
 * preposition (STRANDED), and the word after it must not open a clause (CLAUSE_OPENERS).
 */
const STRANDED = new Set(["of", "to", "for", "with", "at", "in", "on", "by", "from", "about", "into", "upon"])
const CLAUSE_OPENERS = new Set([
  "and", "but", "or", "nor", "yet", "so", "for", "which", "who", "whom", "whose", "that", "when", "where", "while", "if", "as",
  "though", "although", "because", "since", "unless", "until", "whether", "then", "than", "i", "he", "she", "it", "we", "they", "you"
])

/** Characters looked back through for a sentence's start (a sentence is seldom longer). */
const SENTENCE_REACH = 2000

/**
 * Does a single quotation mark open between the start of the sentence that holds `at` and `at`? Looked for
 * backwards, no further than the sentence's start or SENTENCE_REACH characters: asked at every match, it
 * must not read the text from its start each time.
 */
function quoteOpenedInSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= SENTENCE_REACH; i--) {
    const c = text.charCodeAt(i)
    if (c === 0x2e || c === 0x3f || c === 0x21 || c === 0x0a) return false
    if (c === 0x2018) return true
  }
  return false
}

/** Letters of roman numerals only ("v", "xiv"). */
const ROMAN_LETTERS = /^[ivxlc]+$/
/** A roman numeral or a single letter: what numbers the items of a list ("i.", "iv.", "b."). */
const ENUMERATOR = /^(?:[ivxlc]+|[a-z])$/

/** Does the token at `start` begin its line (after spaces or an opening bracket at most)? */
function lineInitial(text: string, start: number): boolean {
  for (let k = start - 1; k >= 0; k--) {
    const c = text.charCodeAt(k)
    if (c === 0x0a) return true
    if (c !== 0x20 && c !== 0x09 && c !== 0x28) return false
  }
  return true
}

/** The words no possessive stands before (see the apostrophe for a comma). */
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"])
const LETTERS = /^[a-z']+$/

/**
 * Reference count from which a word is a function word (the, of, and, to, in, that, was, his, at, by, from,
 * but, which, one, her, all, there, who…): the Brown corpus's fifty commonest words.
 */
const FUNCTION_WORD = 2000


/**
 * Words a plural's possessive apostrophe is never followed by: "the details' of the case" is no possessive
 * ("the prisoners' counsel" is).
 */
const NO_POSSESSED = new Set([
  "of", "to", "in", "on", "at", "by", "with", "from", "for", "as", "that", "which", "who", "was", "were", "is", "are", "had", "has",
  "have", "be", "been", "would", "could", "should", "will", "shall", "may", "might", "the", "a", "an", "he", "she", "it", "they", "we",
  "his", "her", "their", "its", "him", "them"
])
/** An opening single quotation mark in straight quotes: after a space, a bracket or a double mark, before a letter. */
const OPENS_QUOTE = /(?:^|[\s(\["\u201c])'(?=\p{L})/u

/** The word of letters that ends at text[end] (within 30 characters before it), if one does. */
function wordEndingAt(text: string, end: number): string | undefined {
  return /(?<![\p{L}'])\p{L}+$/u.exec(text.slice(Math.max(0, end - 30), end))?.[0]
}

/**
 * A mark at text[at] between two words the reference writes side by side `pair` times (`a`, `b` in lower
 * case), which a scan put there: deleted (rule stray-punctuation). `shown` is the place as printed.
 */
function pairedSpeck(at: number, shown: string, a: string, mark: string, b: string, pair: number): Draft {
  return {
    start: at, end: at + 1, replacement: "", rule: "stray-punctuation", class: "punctuation", confidence: 0.75,
    explanation: `${q(shown)}: the reference writes ${q(`${a} ${b}`)} ${fmt(pair)} times, with no mark between them: a mark of the scan`,
    evidence: { word: a, mark, next: b, reference: { pair } }
  }
}

/**
 * A straight apostrophe glued after a word and before a word in lower case, in a scan: a speck ("to have
 * been' stolen", "found in his' possession", "the details' of the case": BLN600's OCR, whose ground truth
 * has nothing there). Not where it may close a single quotation (one opens before it in the paragraph), be a
 * plural's possessive (after a word in s, unless the word after is one no possessive takes: "details' of"),
 * or mark an elision ("an' butter", "nothin' but"); both words known otherwise than here.
 */
function strayApostrophes(input: DetectorInput, known: (w: string) => boolean): Draft[] {
  const { text } = input.witness.witness
  const out: Draft[] = []
  for (let at = text.indexOf("'"); at >= 0; at = text.indexOf("'", at + 1)) {
    if (text.charCodeAt(at + 1) !== 0x20) continue
    const c = text.charCodeAt(at + 2)
    if (c < 0x61 || c > 0x7a) continue
    const word = wordEndingAt(text, at)
    const next = /^\p{Ll}+/u.exec(text.slice(at + 2, at + 32))?.[0]
    if (word === undefined || next === undefined) continue
    const w = word.toLowerCase()
    // (an elision: "an' butter"; "nothin' but", "runnin' about" are no words the check below knows)
    if (ELIDED.has(w)) continue
    // (a plural's possessive, "the prisoners' counsel"; not after a word of a closed class, "his' possession")
    if (w.endsWith("s") && !NO_POSSESSED.has(next) && !CLOSED_CLASS.has(w)) continue
    if (!known(w) || !known(next)) continue
    // (a single quotation open before it in the paragraph: it may close there)
    const para = text.lastIndexOf("\n\n", at)
    if (OPENS_QUOTE.test(text.slice(Math.max(para, at - 2000, 0), at))) continue
    out.push({
      start: at, end: at + 1, replacement: "", rule: "stray-punctuation", class: "punctuation", confidence: 0.75,
      explanation: `${q(`${word}' ${next}`)}: an apostrophe after ${q(word)}, no possessive${w.endsWith("s") ? ` before ${q(next)}` : ""} and no elision, where no single quotation is open: a mark of the scan`,
      evidence: { word: w, mark: "'", next }
    })
  }
  return out
}

/**
 * The hyphens of `text` inside word tokens whose normal form has as many characters as the token printed
 * (so that a place in one is the same place in the other), each with its token, the token's index and the
 * hyphen's place in it; found by the regular expression engine, tokens and hyphens both in text order.
 */
function hyphensInWords(text: string, tokens: ReadonlyArray<Token>): Array<{ i: number; t: Token; hy: number }> {
  const out: Array<{ i: number; t: Token; hy: number }> = []
  const HYPHEN = /-/g
  let i = 0
  while (HYPHEN.test(text)) {
    const h = HYPHEN.lastIndex - 1
    while (i < tokens.length && tokens[i]!.end <= h) i++
    const t = tokens[i]
    if (t === undefined) break
    if (t.kind !== "word" || t.end - t.start !== t.n.length || h < t.start) continue
    out.push({ i, t, hy: h - t.start })
  }
  return out
}

/** Words a parenthesis between two dashes holds at least, and the words the rule looks across for its other dash. */
const ASIDE_MIN = 2
const ASIDE_MAX = 15
const LOWER = /\p{Ll}/u

/** A dash token printed as a dash: a glyph, two hyphens, or one hyphen with a space on both sides. */
const printedDash = (text: string, u: Token) =>
  u.end - u.start > 1 || text.charCodeAt(u.start) !== 0x2d || (text.charCodeAt(u.start - 1) === 0x20 && text.charCodeAt(u.end) === 0x20)

/**
 * Does the hyphen in word token i stand for one of a pair of dashes around a parenthesis ("the aconsed-a
 * comparatively young man-who was brought", "his first wife--his second is still living-and a servant")?
 * So when, in the same sentence, ASIDE_MIN to ASIDE_MAX words before or after it, stands a dash inside the
 * sentence (a glyph or two hyphens, with a word before it and one in lower case after it: not one hyphen
 * glued to a word, as a scan's specks are, nor "effect --She was") or another hyphen of `joins` (tokens whose
 * hyphen joins what no one writes as one word and is no speck). Specks fall where they will; a scan that
 * prints dashes as hyphens prints both of a pair so.
 */
function dashPartner(text: string, tokens: ReadonlyArray<Token>, i: number, joins: ReadonlySet<number>): boolean {
  for (const dir of [-1, 1] as const) {
    let words = 0
    for (let j = i + dir; j >= 0 && j < tokens.length && words <= ASIDE_MAX; j += dir) {
      const u = tokens[j]!
      if (u.kind === "punct") {
        if (u.n === "." || u.n === "?" || u.n === "!") break
        if (u.n === "\u2014" && words >= ASIDE_MIN && printedDash(text, u) && tokens[j - 1]?.kind === "word" && tokens[j + 1]?.kind === "word" && LOWER.test(text.charAt(tokens[j + 1]!.start)))
          return true
        continue
      }
      // (the words between: a hyphen joins the two words of its token)
      if (joins.has(j) && words + 1 >= ASIDE_MIN) return true
      words++
    }
  }
  return false
}

/** Articles: no compound begins with one. */
const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"])
/** After a suspended hyphen's space: a conjunction and a compound written with its hyphen. */
const SUSPENDED = /^(?:and|or|nor|to|&) \p{L}+-\p{L}/u

/**
 * The broken-word proposal for text[start, end), a word broken at a former line end whose halves `left` and
 * `right` (as printed) the scan misread besides, joined into `mended` (`mendJoined`): `between` them the
 * hyphen as printed, the hyphen read as a full stop, or a speck of the scan.
 */
function brokenAndMisread(
  text: string,
  start: number,
  end: number,
  left: string,
  right: string,
  between: "hyphen" | "stop" | { readonly speck: string },
  mended: NonNullable<ReturnType<typeof mendJoined>>
): Draft {
  const word = caseByAlignment(mended.word, left + right)
  const how = between === "hyphen" ? "" : between === "stop" ? ", its hyphen read as a full stop" : `, with ${q(between.speck)} between its halves, a speck of the scan`
  return {
    start, end, replacement: word, rule: "broken-word", class: "hyphenation", confidence: 0.8,
    explanation: `${q(text.slice(start, end))} is a word broken at a former line end${how}, and joined no word: ${q(word)} (${mended.edit}) is, ${mended.count} times in the reference${mended.second === null ? "" : `, runner-up ${q(mended.second)}`}`,
    evidence: { joined: (left + right).toLowerCase(), ...(typeof between === "string" ? {} : { speck: between.speck }), pattern: mended.edit, reference: mended.count, runnerUp: mended.second }
  }
}

export function detectPunctuation(input: DetectorInput): Draft[] {
  const { model } = input
  const lex = model.lexicon
  const { text } = input.witness.witness
  const out: Draft[] = []
  const dash = witnessDash(text)
  // a witness that never uses a dash glyph writes its dashes as hyphens: no hyphen is a stand-in there
  const usesDashes = usesDashGlyphs(text)
  const known = (w: string) => lex.unigram(w) > 0 || model.corpusCount(w) > 0 || lex.isWord(w)
  // (a witness at a scan's rate of unknown words: the rules of specks below ask it)
  const scan = errorPrior(input) >= SCAN_PRIOR
  /**
   * Why "a- b", which joined is no word, is the compound a-b: the reference or the corpus writes it so, it
   * is a number ("twenty- three"), or a place's name ("Church- street", "Police- court": `capital`, a printed
   * with a capital); null where nothing says so ("charged- with" is two words, the hyphen a speck).
   */
  const brokenCompound = (a: string, b: string, capital: boolean): string | null => {
    // (an article begins no compound, though a scan prints "The- prisoners", "The-prisoners" more than once)
    if (ARTICLES.has(a)) return null
    const compound = `${a}-${b}`
    const reference = lex.unigram(compound)
    const corpus = model.corpusCount(compound)
    if (corpus > 0) return `the corpus writes it ${fmt(corpus)} ${corpus === 1 ? "time" : "times"}`
    if (reference > 0) return `the reference writes it ${fmt(reference)} ${reference === 1 ? "time" : "times"}`
    if (TENS.has(a) && ONES.has(b)) return "a number"
    if (capital && PLACE_HEADS.has(b)) return `a place's name, as the period prints them: "Fleet-street"`
    return null
  }
  // (known otherwise than by this occurrence)
  const wordElsewhere = (w: string) => lex.unigram(w) > 0 || model.corpusCount(w, 1) > 0 || lex.isWord(w)
  let m: RegExpExecArray | null

  // a zero standing alone between two lower-case words, in a witness that writes its dashes as dashes: a dash
  // read as a digit (in one that writes none, a mark of the scan: see residue.ts)
  if (usesDashes)
    for (const at of loneZeros(text)) {
      const zero = text[at]!
      out.push({
        start: at, end: at + 1, replacement: dash, rule: "digit-dash", class: "punctuation", confidence: 0.9,
        explanation: `${q(zero)} stands alone between two words where no number can be: a dash read as a digit`,
        evidence: { pattern: `${zero}→${dash}`, dash }
      })
    }

  // spaced hyphen: a compound split by spaces, or a hyphen standing for a dash
  const SPACED_AT = / - (?=\p{L})/gu
  let hit: RegExpExecArray | null
  while ((hit = SPACED_AT.exec(text)) !== null) {
    const left = /(?<![\p{L}\p{N}])\p{L}+$/u.exec(text.slice(Math.max(0, hit.index - 40), hit.index))
    const right = /^\p{L}+/u.exec(text.slice(hit.index + 3, hit.index + 43))
    if (left === null || right === null) continue
    const m = Object.assign([`${left[0]} - ${right[0]}`, left[0], right[0]], { index: hit.index - left[0].length }) as unknown as RegExpExecArray
    const a = m[1]!.toLowerCase()
    const b = m[2]!.toLowerCase()
    const compound = `${a}-${b}`
    const hyphenStart = m.index + m[1]!.length
    const seen = model.corpusCount(compound) + lex.unigram(compound)
    // (a prefix forms compounds with content words, never with "the", "of", "and": "all - the" is no compound)
    if (seen > 0 || (PREFIXES.has(a) && known(b) && lex.unigram(b) < FUNCTION_WORD)) {
      out.push({
        start: hyphenStart, end: hyphenStart + 3, replacement: "-", rule: "spaced-hyphen", class: "punctuation", confidence: seen > 0 ? 0.93 : 0.85,
        explanation: `${q(`${m[1]} - ${m[2]}`)} is the compound ${q(`${m[1]}-${m[2]}`)} with stray spaces${seen > 0 ? ` (written so ${seen} times elsewhere)` : ` (${a}- forms compounds)`}`,
        evidence: { compound, attested: seen, prefix: PREFIXES.has(a) }
      })
    } else if (usesDashes) {
      out.push({
        start: hyphenStart + 1, end: hyphenStart + 2, replacement: dash, rule: "hyphen-dash", class: "punctuation", confidence: 0.8,
        explanation: `a hyphen between spaces is a dash here (${q(compound)} is no compound); the witness writes dashes as ${q(dash)}`,
        evidence: { compound, attested: 0, dash }
      })
    }
  }

  // hyphen glued to the following word after a space: "committee -as" (a dash, in a witness that writes its
  // dashes as dashes); in a scan, between two words the reference writes side by side, a speck: "ought to
  // -have answered", "nine -other persons" (BLN600's OCR, by its ground truth: of such hyphens between words
  // the reference pairs five times or more, 56 specks, 1 dash; of the rest, 64 specks, 6 dashes, 106 garble)
  // (found from the hyphen, rarer than the space before it)
  const LEFT = /-(?=\p{Ll})/gu
  const letterOrComma = (c: string | undefined) => c !== undefined && (c === "," || /\p{L}/u.test(c))
  while ((m = LEFT.exec(text)) !== null) {
    if (text.charCodeAt(m.index - 1) !== 0x20 || !letterOrComma(text[m.index - 2])) continue
    const word = /^\p{L}+/u.exec(text.slice(m.index + 1))?.[0] ?? ""
    const before = scan ? wordEndingAt(text, m.index - 1) : undefined
    if (before !== undefined) {
      const pair = lex.bigram(before.toLowerCase(), word)
      if (pair >= SPECK_PAIR) {
        out.push(pairedSpeck(m.index, `${before} -${word}`, before.toLowerCase(), "-", word, pair))
        continue
      }
    }
    if (!usesDashes || PREFIXES.has(word.toLowerCase())) continue
    out.push({
      start: m.index, end: m.index + 1, replacement: `${dash} `, rule: "hyphen-dash", class: "punctuation", confidence: 0.82,
      explanation: `a hyphen after a space and before ${q(word)} is a dash; the witness writes dashes as ${q(dash)}`,
      evidence: { dash, next: word }
    })
  }

  // word broken by a hyphen and a space within a line: "sub- sequently" → subsequently; a compound broken
  // after its hyphen, "public- house" → public-house; in a scan, a speck between two words, "charged- with",
  // and a broken word misread besides, "pri- soeer" → prisoner
  const BROKEN_AT = /- (?=\p{Ll})/gu
  while ((hit = BROKEN_AT.exec(text)) !== null) {
    if (!/\p{L}/u.test(text[hit.index - 1] ?? " ")) continue
    const left = /(?<![\p{L}-])\p{L}+$/u.exec(text.slice(Math.max(0, hit.index - 40), hit.index))
    const right = /^\p{Ll}+/u.exec(text.slice(hit.index + 2, hit.index + 42))
    if (left === null || right === null) continue
    // (a hyphen suspended before a conjunction and a compound, "small- and medium-sized firms", "long- or
    // short-term": the first compound's, written once for both)
    if (SUSPENDED.test(text.slice(hit.index + 2, hit.index + 60))) continue
    const m = Object.assign([`${left[0]}- ${right[0]}`, left[0], right[0]], { index: hit.index - left[0].length }) as unknown as RegExpExecArray
    const joined = (m[1]! + m[2]!).toLowerCase()
    const a = m[1]!.toLowerCase()
    const b = m[2]!
    if (!known(joined)) {
      const compound = brokenCompound(a, b, m[1]![0] !== a[0])
      const pair = compound === null && !PLACE_HEADS.has(b) ? lex.bigram(a, b) : 0
      // (in a scan, two words the reference writes side by side, "charged- with", "he- was": a speck; not
      // before a word a place's name or a compound ends with, "Police- station")
      if (pair >= SPECK_PAIR && scan) out.push(pairedSpeck(m.index + m[1]!.length, `${m[1]}- ${m[2]}`, a, "-", b, pair))
      else if (compound !== null) {
        const at = m.index + m[1]!.length + 1
        out.push({
          start: at, end: at + 1, replacement: "", rule: "broken-word", class: "hyphenation", confidence: 0.85,
          explanation: `${q(`${m[1]}- ${m[2]}`)} is the compound ${q(`${m[1]}-${m[2]}`)} broken at a former line end after its hyphen (${compound})`,
          evidence: { compound: `${a}-${b}`, basis: compound }
        })
      } else if (scan && m[1]![0] !== a[0] && NAME_ENDINGS.has(b)) {
        // (a name broken at a line's end, "Lap- worth", "Throgmor- ton": a capitalised head and an ending of
        // the names of places and people)
        const at = m.index + m[1]!.length
        out.push({
          start: at, end: at + 2, replacement: "", rule: "broken-word", class: "hyphenation", confidence: 0.8,
          explanation: `${q(m[0])} is the name ${q(m[1]! + m[2]!)} broken at a former line end (${q(b)} ends names of places and people)`,
          evidence: { joined: m[1]! + m[2]!, ending: b }
        })
      } else if (scan && a.length >= 2 && b.length >= 3) {
        // (a broken word the scan misread too, "pri- soeer": see `mendJoined`; in a scan, a first half of two
        // letters or more and a second of three, not "Hampshire- a terrace", "White's- grounds", "sub- se":
        // BLN600's OCR, tune split, 99 proposals, each closer to the ground truth; with a second half of two
        // letters, 14 more, "con- at" → coat, "pay- id" → paid, most of them wrong)
        const mended = mendJoined(lex, joined)
        if (mended !== null) out.push(brokenAndMisread(text, m.index, m.index + m[0].length, m[1]!, m[2]!, "hyphen", mended))
      }
      continue
    }
    if (a === "and" || (known(a) && known(b) && lex.unigram(a) > 50 && !known(joined))) continue
    if (PREFIXES.has(a) && model.corpusCount(joined) === 0 && lex.unigram(joined) === 0) continue
    // (an article and a word the reference lacks joined, "Theprisoners", is a scan's run-together words, known
    // to the corpus only by the scans that printed them so: "a- bout" is about)
    if (ARTICLES.has(a) && lex.unigram(joined) === 0 && !lex.isWord(joined)) continue
    const at = m.index + m[1]!.length
    // a compound the corpus writes with its hyphen (twice or more: a scan repeats its specks once in a while)
    // more often than as one word keeps its hyphen: the hyphen at a line's end is decided by the text's own
    // usage ("non- existent" where the witnesses print "non-existent", not nonexistent; BLN600's scans, all
    // 480 as one corpus: "Police- court", "public- house", "half- past" were Policecourt, publichouse,
    // halfpast); nor where an article begins it (see `brokenCompound`)
    const hyphened = ARTICLES.has(a) ? 0 : model.corpusCount(`${a}-${b}`)
    if (hyphened >= 2 && hyphened > model.corpusCount(joined)) {
      out.push({
        start: at + 1, end: at + 2, replacement: "", rule: "broken-word", class: "hyphenation", confidence: 0.85,
        explanation: `${q(`${m[1]}- ${m[2]}`)} is the compound ${q(`${m[1]}-${m[2]}`)} broken at a former line end after its hyphen (the corpus writes it ${fmt(hyphened)} ${hyphened === 1 ? "time" : "times"}, ${q(joined)} ${fmt(model.corpusCount(joined))})`,
        evidence: { compound: `${a}-${b}`, basis: "corpus", corpus: hyphened, joined: model.corpusCount(joined) }
      })
      continue
    }
    out.push({
      start: at, end: at + 2, replacement: "", rule: "broken-word", class: "hyphenation", confidence: lex.unigram(joined) + model.corpusCount(joined) > 0 ? 0.9 : 0.75,
      explanation: `${q(`${m[1]}- ${m[2]}`)} is the word ${q(m[1]! + m[2]!)} broken at a former line end`,
      evidence: { joined, reference: lex.unigram(joined), corpus: model.corpusCount(joined) }
    })
  }

  // in a scan, a word broken at a former line end with a speck between its halves: "con- I tributor" →
  // contributor, "circum- 1 stances" → circumstances, "defen- ,dant" → defendant (see `speckBroken`)
  if (scan)
    for (let at = text.indexOf("- "); at >= 0; at = text.indexOf("- ", at + 2)) {
      const b = speckBroken(text, at, lex)
      if (b === null) {
        // (and one the scan misread besides: "corn- an pensation" → compensation, "pri- 7 aoners" → prisoners)
        const m = speckBrokenMisread(text, at, lex, (joined) => mendJoined(lex, joined))
        if (m !== null) out.push(brokenAndMisread(text, at - m.left.length, m.end + m.right.length, m.left, m.right, { speck: m.speck }, m.mended))
        continue
      }
      out.push({
        start: b.start, end: b.end, replacement: "", rule: "broken-word", class: "hyphenation", confidence: 0.85,
        explanation: `${q(text.slice(at - b.left.length, b.end + b.right.length))} is the word ${q(b.left + b.right)} broken at a former line end, with ${q(b.speck)} between its halves: a speck of the scan`,
        evidence: { joined: b.joined, speck: b.speck, reference: lex.unigram(b.joined) }
      })
    }

  // a word broken at a former line end whose hyphen the scan read as a full stop: "servi. tude" → servitude
  // (see `stopBroken`); in a careful transcription only where the part after the full stop is no word on its
  // own ("chil. dren"): there a full stop before a word is one ("chap. vi. and it is repeated" is no "viand")
  // (each ". " after a small letter a–z looked at: a scan for the two characters, not a regular expression)
  const careful = !scan
  const aWord = (w: string) => lex.unigram(w) > 0 || lex.isWord(w)
  for (let at = text.indexOf(". "); at >= 0; at = text.indexOf(". ", at + 2)) {
    const before = text.charCodeAt(at - 1)
    const after = text.charCodeAt(at + 2)
    if (before < 0x61 || before > 0x7a || after < 0x61 || (after > 0x7a && after < 0x80)) continue
    const b = stopBroken(text, at, lex)
    if (b === null && scan) {
      // (in a scan, a word so broken and misread besides: "con. fained" → contained, "pri. seoner" → prisoner)
      const m = stopBrokenMisread(text, at, lex, (joined) => mendJoined(lex, joined))
      if (m !== null) out.push(brokenAndMisread(text, m.start, m.end, m.left, m.right, "stop", m.mended))
      continue
    }
    if (b === null || (careful && aWord(text.slice(at + 2, b.end).toLowerCase()))) continue
    out.push({
      start: at, end: at + 2, replacement: "", rule: "broken-word", class: "hyphenation", confidence: lex.unigram(b.joined) + model.corpusCount(b.joined) > 0 ? 0.85 : 0.7,
      explanation: `${q(text.slice(b.start, b.end))} is the word ${q(text.slice(b.start, at) + text.slice(at + 2, b.end))} broken at a former line end, its hyphen read as a full stop`,
      evidence: { joined: b.joined, reference: lex.unigram(b.joined), corpus: model.corpusCount(b.joined) }
    })
  }

  // a hyphen between two words that belong apart ("the reasons … no longer-obtained after the war"): only in
  // a witness that writes its dashes as dashes (there a hyphen is no stand-in for one), where the word before
  // and the first part are a fixed phrase of the reference ("no longer": at least 20 pairs, PMI at least 4)
  // while nothing vouches for the compound: no word, not in the reference or elsewhere in the corpus, not
  // written joined, and its parts never side by side in the reference; both parts dictionary words, the
  // first no prefix of compounds
  let inWords: ReturnType<typeof hyphensInWords> | undefined // (found once for the two rules that read them)
  if (usesDashes) {
    const tokens = input.witness.tokens
    for (const { i, t, hy } of (inWords ??= hyphensInWords(text, tokens))) {
      if (i === 0 || hy < 2 || t.n.indexOf("-") !== hy || t.n.lastIndexOf("-") !== hy) continue
      const a = t.n.slice(0, hy)
      const b = t.n.slice(hy + 1)
      if (!LOWER_WORD.test(a) || !LOWER_WORD.test(b) || b.length < 2 || PREFIXES.has(a)) continue
      const p = tokens[i - 1]!
      if (p.kind !== "word" || p.end + 1 !== t.start || text.charCodeAt(p.end) !== 0x20) continue
      const pairs = model.pair(p.n, a)
      if (pairs < 20) continue
      const pmi = Math.log(((pairs + 0.1) * lex.total) / ((model.count(p.n) + 1) * (model.count(a) + 1)))
      if (pmi < 4) continue
      if (model.count(t.n, 1) > 0 || model.count(a + b) > 0 || model.pair(a, b) > 0 || lex.isWord(t.n) || !lex.isWord(a) || !lex.isWord(b)) continue
      const phrase = `${text.slice(p.start, p.end)} ${text.slice(t.start, t.start + hy)}`
      out.push({
        start: t.start + hy, end: t.start + hy + 1, replacement: " ", rule: "spurious-hyphen", class: "punctuation", confidence: 0.7,
        explanation: `${q(phrase)} is a fixed phrase (${pairs} pairs in the reference) and ${q(t.n)} no compound anywhere: a stray hyphen between two words`,
        evidence: { phrase: `${p.n} ${a}`, pairs, pmi: fmt(pmi), compound: 0, apart: 0 }
      })
    }
  }

  // in a scan, a hyphen between a function word and a word the reference writes beside it, where nothing
  // vouches for a compound ("stealing a-quantity of linen", "living-with his mother", "wearing at-the time",
  // "had been-taken out": BLN600's OCR, whose ground truth has a space there): a speck between two words;
  // not a compound written anywhere (in the reference, the corpus, the dictionary), nor one written joined
  // ("to-day", "any-one": the period's spelling of today, anyone), nor a prefix's ("co-operate"), nor a part
  // of a longer compound ("brother-in-law"), nor one of two dashes around a parenthesis that the scan printed
  // as hyphens (`dashPartner`)
  if (scan) {
    const tokens = input.witness.tokens
    inWords ??= hyphensInWords(text, tokens)
    const specks: Array<{ i: number; t: Token; hy: number; a: string; b: string; pair: number }> = []
    for (const { i, t, hy } of inWords) {
      if (hy < 1) continue
      const a = t.n.slice(0, hy)
      const b = t.n.slice(hy + 1)
      // (words of letters alone: a longer compound, "brother-in-law", has a hyphen in one of its parts)
      if (!LOWER_WORD.test(text.slice(t.start, t.start + hy)) || !LOWER_WORD.test(b) || PREFIXES.has(a)) continue
      // (the period hyphenates a rate: "8s. a-week", "100l. a-year", "an hour and a-half")
      if (a === "a" && PER.has(b)) continue
      if (Math.max(lex.unigram(a), lex.unigram(b)) < FUNCTION_WORD) continue
      const pair = lex.bigram(a, b)
      if (pair < SPECK_PAIR) continue
      if (model.count(t.n, 1) > 0 || lex.unigram(t.n) > 0 || lex.isWord(t.n) || lex.isWord(a + b) || model.count(a + b) > 0 || !lex.isWord(a) || !lex.isWord(b)) continue
      specks.push({ i, t, hy, a, b, pair })
    }
    // (a dash's partner: another hyphen, no speck, that joins a word to a function word, where no one writes
    // the two as one: "the aconsed-a comparatively young man-who")
    let joins: Set<number> | undefined
    for (const { i, t, hy, a, b, pair } of specks) {
      if (joins === undefined) {
        const isSpeck = new Set(specks.map((s) => s.i))
        joins = new Set()
        for (const { i, t, hy } of inWords)
          if (hy > 0 && !isSpeck.has(i) && lex.unigram(t.n.slice(hy + 1)) >= FUNCTION_WORD && model.count(t.n, 1) <= 0 && lex.unigram(t.n) === 0 && !lex.isWord(t.n)) joins.add(i)
      }
      if (dashPartner(text, tokens, i, joins)) continue
      out.push({
        start: t.start + hy, end: t.start + hy + 1, replacement: " ", rule: "spurious-hyphen", class: "punctuation", confidence: 0.75,
        explanation: `${q(text.slice(t.start, t.end))} is no compound anywhere, and the reference writes ${q(`${a} ${b}`)} ${fmt(pair)} times: a hyphen the scan put between two words`,
        evidence: { phrase: `${a} ${b}`, pairs: pair, compound: 0 }
      })
    }
  }

  // in a scan, a word broken at a former line end whose hyphen was kept and its space lost ("he was kick-ed",
  // "on Monday morn-ing", "was char-ged with", "t-he father": BLN600's OCR, whose ground truth has the word):
  // one hyphen between letters, the second half of two or more ("wo-e" is no "woe", but "were"), the word
  // joined one the reference has twice or more (the dictionary's "kindhearted" is no witness against
  // "kind-hearted"); not where both halves are words (a compound, "co-operate", or two words, the
  // spurious-hyphen rule's), nor a compound written anywhere ("to-day": the reference has it)
  if (scan) {
    const tokens = input.witness.tokens
    for (const { t, hy } of (inWords ??= hyphensInWords(text, tokens))) {
      const a = t.n.slice(0, hy)
      const b = t.n.slice(hy + 1)
      // (halves of letters alone, as the normal form writes them, in lower case: "T-he" too; a longer compound,
      // "brother-in-law", has a hyphen in one of them)
      if (b.length < 2 || !LOWER_WORD.test(b) || !LOWER_WORD.test(a) || (lex.isWord(a) && lex.isWord(b))) continue
      const joined = a + b
      if (lex.unigram(joined) < 2) continue
      // (a compound the witnesses write elsewhere, or the reference twice: it has "re-cently" once, its own
      // line's end)
      if (model.corpusCount(t.n, 1) > 0 || lex.unigram(t.n) >= 2 || lex.isWord(t.n)) continue
      out.push({
        start: t.start + hy, end: t.start + hy + 1, replacement: "", rule: "broken-word", class: "hyphenation", confidence: 0.8,
        explanation: `${q(text.slice(t.start, t.end))} is the word ${q(text.slice(t.start, t.start + hy) + text.slice(t.start + hy + 1, t.end))} broken at a former line end, its hyphen kept and its space lost (${q(a)} and ${q(b)} are not both words)`,
        evidence: { joined, reference: lex.unigram(joined) }
      })
    }
  }

  // doubled punctuation: ".”." ",," ";;" (an ellipsis is not doubled punctuation)
  const DOUBLE = /([.,;:])([”’"]?)\1(?![.])/g
  while ((m = DOUBLE.exec(text)) !== null) {
    if (text[m.index - 1] === ".") continue
    const at = m.index + m[0].length - 1
    out.push({
      start: at, end: at + 1, replacement: "", rule: "doubled-punctuation", class: "punctuation", confidence: m[1] === "." && m[2] === "" ? 0.75 : 0.92,
      explanation: m[2] === "" ? `${q(m[0])}: the mark is doubled` : `the ${q(m[1]!)} is doubled on both sides of the closing quotation mark (${m[0]})`,
      evidence: { pattern: m[0] }
    })
  }

  // two marks of two kinds where one stands: a comma and a full stop before a word in lower case or a number
  // ("the children,. and he", "Queen's-road,. Wickham-lane" is left: before a capital either may be meant), the
  // full stop the speck; a full stop and a comma at a line's end ("MARYLEBONE.,", "had occurred.,"), the
  // comma the speck (inside a line ".," follows an abbreviation, "Mr. Smith, M.P., said")
  const MIXED = /,\.(?= [a-z0-9])|\.,(?=[ \t]*(?:\r?\n|$))/g
  while ((m = MIXED.exec(text)) !== null) {
    const at = m.index + 1
    const speck = text[at]!
    out.push({
      start: at, end: at + 1, replacement: "", rule: "doubled-punctuation", class: "punctuation", confidence: 0.8,
      explanation: speck === "."
        ? `${q(m[0])} before a word in lower case: a comma, the full stop a speck of the scan`
        : `${q(m[0])} at a line's end: a full stop, the comma a speck of the scan`,
      evidence: { pattern: m[0] }
    })
  }

  // in a scan, a comma or a full stop glued to a word in lower case after a space, between two words the
  // reference writes side by side: a speck ("the holder ,of a ticket", "considered by ,the police", "be
  // detained .for five years", "committed the .prisoner": BLN600's OCR, whose ground truth has nothing there)
  if (scan) {
    // (found from the mark, rarer than the space before it)
    const LEAD = /[.,](?=[a-z])/g
    while ((m = LEAD.exec(text)) !== null) {
      const at = m.index
      if (text.charCodeAt(at - 1) !== 0x20) continue
      const before = wordEndingAt(text, at - 1)
      const next = /^[a-z]+/.exec(text.slice(at + 1, at + 31))?.[0]
      if (before === undefined || next === undefined) continue
      const pair = lex.bigram(before.toLowerCase(), next)
      if (pair >= SPECK_PAIR) out.push(pairedSpeck(at, `${before} ${text[at]}${next}`, before.toLowerCase(), text[at]!, next, pair))
    }
  }

  // a measure of time before the noun it measures, its possessive apostrophe lost: "in 25 years time",
  // "six months imprisonment" (see `TIME_UNITS`)
  // (the units found by their corpus ids: a pattern that begins with them is tried at every word of the text)
  let curly: boolean | undefined
  const isUnit = perCall(model, "time-unit-ids", () => {
    const flags = new Uint8Array(model.corpus.words.length)
    for (const u of TIME_UNITS) {
      const id = model.corpus.ids.get(u)
      if (id !== undefined) flags[id] = 1
    }
    return flags
  })
  const tokenIds = model.corpus.tokenIds[input.index]!
  for (let i = 0; i < tokenIds.length; i++) {
    if (isUnit[tokenIds[i]!] === 0) continue
    const t = input.witness.tokens[i]!
    if (t.end - t.start !== t.n.length) continue
    MEASURED.lastIndex = t.end
    const m = MEASURED.exec(text)
    if (m === null) continue
    const noun = m[1]!
    const unit = text.slice(t.start, t.end)
    const number = NUMBER_BEFORE.exec(text.slice(Math.max(0, t.start - 24), t.start))?.[1]
    if (number === undefined) continue
    const from = t.start - number.length - 1
    if (noun.toLowerCase() === "time" && !TIME_AFTER.test(text.slice(Math.max(0, from - 8), from))) continue
    const apostrophe = (curly ??= usesCurlyQuotes(text)) ? "\u2019" : "'"
    out.push({
      start: t.start, end: t.end, replacement: `${unit}${apostrophe}`, rule: "possessive-apostrophe", class: "punctuation", confidence: 0.85,
      explanation: `${q(text.slice(from, m.index + m[0].length))}: a measure of time before the noun it measures takes the possessive apostrophe (${q(`${unit}${apostrophe} ${noun}`)})`,
      evidence: { measure: `${number} ${unit}`, noun: noun.toLowerCase() }
    })
  }

  // the l of a sum in pounds read as the digit 1: "worth 81. 10s.", "a reward of 21. for" (see pounds.ts)
  for (const d of detectPoundDigits(text, input.lowerCase)) out.push(d)
  // a paragraph of prose ending with a comma, or with no mark, before one starting with a capital: its full
  // stop misread or lost (see paragraphEnd.ts)
  // (a sentence may end with a word the reference seldom uses, or one it puts a full stop after now and then:
  // not "and", "the", "of")
  const mayEnd = (w: string) => lex.unigram(w) < PHRASE_BOUND_MIN || lex.bigram(w, ".") > lex.unigram(w) * PHRASE_BOUND_SHARE
  for (const d of detectParagraphEnds(text, (w) => lex.unigram(w) > 0 || lex.isWord(w), scan, mayEnd)) out.push(d)
  // a full stop, an apostrophe or a comma glued between two words: a space or a hyphen misread, or a space
  // lost ("had.evidently", "Fleet.street", "did'not", "carpenter,and"; see gluedMarks.ts)
  // (the marks those read as a hyphen or a space, and those the next rule deletes: not also taken for a
  // speck or a comma after them, below)
  const taken = new Set<number>()
  for (const d of detectGluedMarks(input)) {
    out.push(d)
    taken.add(d.start)
  }

  // a mark after a word that never ends a phrase, before a word in lower case: "the, prisoner", "of. the"
  // (see `PHRASE_BOUND_SHARE`)
  const tokens = input.witness.tokens
  const ids = model.corpus.tokenIds[input.index]!
  // (per word, by corpus id, whether it ends no phrase before each mark, two bits a mark in the order of
  // `INNER_MARKS` (1 yes, 2 no), decided once per call)
  const bound = perCall(model, "phrase-bound", () => new Uint16Array(model.corpus.words.length))
  for (let i = 0; i + 2 < tokens.length; i++) {
    const p = tokens[i + 1]!
    if (p.kind !== "punct" || p.end !== p.start + 1) continue
    const k = INNER_MARKS.indexOf(p.n)
    if (k < 0 || (k === 5 && text.charCodeAt(p.start) !== 0x2d)) continue
    const stop = k === 0
    const t = tokens[i]!
    // (a capital letter before a full stop is an initial: "A. de Morny")
    if (t.kind !== "word" || p.start !== t.end || (stop && t.end - t.start === 1 && text.charCodeAt(t.start) < 0x61)) continue
    // (a capital letter inside a sentence, but the pronoun, is a label, not the article: "in Exhibit A, the
    // Executable Form"; a numeral or a letter that begins its line before a full stop numbers an item:
    // "  i. the right to reproduce", "b. the second")
    const c0 = text.charCodeAt(t.start)
    if (t.end - t.start === 1 && c0 >= 0x41 && c0 <= 0x5a && c0 !== 0x49 && !sentenceInitial(tokens, i, text)) continue
    if (stop && ENUMERATOR.test(t.n) && lineInitial(text, t.start)) continue
    const nx = tokens[i + 2]!
    if (nx.kind !== "word" || nx.start !== p.end + 1 || text.charCodeAt(p.end) !== 0x20 || nx.end - nx.start < 2) continue
    const c = text.charCodeAt(nx.start)
    // (in a witness in lower case throughout, a small letter after a full stop may start a sentence)
    if (c < 0x61 || c > 0x7a || (stop && input.lowerCase)) continue
    const id = ids[i]!
    if (model.refCount(id) < PHRASE_BOUND_MIN) continue
    const shift = 2 * k
    let verdict = (bound[id]! >> shift) & 3
    if (verdict === 0) {
      // (after a comma, semicolon or colon a clause may go on in lower case: only a word that ends neither a
      // clause nor a sentence, and no preposition)
      const n = model.refCount(id)
      const ok = lex.bigram(t.n, p.n) <= n * PHRASE_BOUND_SHARE && (stop || (lex.bigram(t.n, ".") <= n * PHRASE_BOUND_SHARE && !STRANDED.has(t.n)))
      bound[id]! |= (verdict = ok ? 1 : 2) << shift
    }
    if (verdict === 2 || (!stop && CLAUSE_OPENERS.has(nx.n))) continue
    // (an apostrophe may mark a letter left out: "bread an' butter" for and)
    if (k === 4 && ELIDED.has(t.n)) continue
    const n = model.refCount(id)
    const after = lex.bigram(t.n, p.n)
    if (after > n * CAREFUL_PHRASE_BOUND_SHARE && !scan) continue
    // (and only between words known otherwise, a word before it in letters: not beside a fragment of a
    // broken word, "a bargem an, but", or garble, nor after a number, "141 a, said": a letter for C)
    const b = tokens[i - 1]
    if ((b !== undefined && b.kind !== "punct" && (!LETTERS.test(b.n) || (b.end + 1 === t.start && !wordElsewhere(b.n)))) || !wordElsewhere(nx.n)) continue
    // (the witnesses write the word so elsewhere: a text about words, "the articles the, a and an"; not in a
    // raw scan, whose specks recur)
    if (model.corpus.bigrams.get(id, ids[i + 1]!) > 1 && errorPrior(input) < 1) continue
    const printed = text.slice(p.start, p.end)
    const shown = `${text.slice(t.start, t.end)}${printed} ${text.slice(nx.start, nx.end)}`
    taken.add(p.start)
    out.push({
      start: p.start, end: p.end, replacement: "", rule: "stray-punctuation", class: "punctuation", confidence: 0.8,
      explanation: `${q(shown)}: ${q(t.n)} ends no phrase (the reference puts ${q(printed)} after it ${after} times in ${n}) and a word in lower case goes on: a mark of the scan`,
      evidence: { word: t.n, mark: printed, reference: { word: n, followed: after } }
    })
  }

  // a straight apostrophe after a word, before a word in lower case, in a scan where no single quotation is
  // open: a speck (see `strayApostrophes`)
  if (scan) for (const d of strayApostrophes(input, wordElsewhere)) out.push(d)

  // a full stop before a word in lower case, after a word: a comma the scan read as a full stop before "and"
  // or "but"; before another word, a speck or a comma (see `STOP_FOR_COMMA`)
  if (!input.lowerCase) {
    let comma = -1
    for (let i = 0; i + 2 < tokens.length; i++) {
      const p = tokens[i + 1]!
      if (p.kind !== "punct" || p.n !== "." || p.end !== p.start + 1) continue
      const t = tokens[i]!
      const nx = tokens[i + 2]!
      if (t.kind !== "word" || p.start !== t.end || nx.kind !== "word" || nx.start !== p.end + 1 || text.charCodeAt(p.end) !== 0x20) continue
      // (a word in lower case of three letters or more the reference knows, no abbreviation: "pro. and con.",
      // "etc. and", "10s. and costs", "per cent. on the")
      // (also after a capitalised word of four letters or more, a name the reference need not know, "Coleraine.
      // has been"; not of three, "4s. Ild. a day", "2in. deep", units misread)
      const before = text.slice(t.start, t.end)
      const lower = LOWER_WORD.test(before)
      if ((t.end - t.start < 3 && !(NO_ABBREVIATION.has(before) && nx.end - nx.start >= 2)) || ABBREVIATIONS_BEFORE_LOWER.has(t.n)) continue
      if (!(lower && model.refCount(ids[i]!) > 0) && !CAPITALISED_NAME.test(before)) continue
      const next = text.slice(nx.start, nx.end)
      const shown = `${text.slice(t.start, t.end)}. ${next}`
      if (STOP_FOR_COMMA.has(next)) {
        out.push({
          start: p.start, end: p.end, replacement: ",", rule: "stop-comma", class: "punctuation", confidence: 0.65,
          explanation: `${q(shown)}: a full stop before ${q(nx.n)} in lower case, inside the sentence; a comma the scan read as a full stop`,
          evidence: { word: t.n, next: nx.n }
        })
        continue
      }
      // (a word the reference knows after it, in letters: not garble, "caused. to ing"; no stop of an
      // abbreviation the reference writes, "Sept. the", nor one after an initial, "i.e. the")
      if (!LOWER_WORD.test(next) || model.refCount(ids[i + 2]!) === 0 || lex.unigram(`${t.n}.`) > 0 || text.charCodeAt(t.start - 1) === 0x2e || taken.has(p.start)) continue
      // (nor a book's abbreviation before its chapter and verse: "Matt. v. 3", "Gen. i. 27"; nor a word of
      // division before its numeral, "tom. i. p. 235", "lib. ii.")
      if (ROMAN_LETTERS.test(nx.n) && tokens[i + 3]?.n === "." && (tokens[i + 4]?.kind === "number" || DIVISIONS.has(t.n))) continue
      // (only in a witness with a scan's rate of unknown words: in a careful transcription a sentence whose
      // first word lost its capital is as likely, "It was late. we were tired", "New York. in the summer")
      if (errorPrior(input) < 1) continue
      if (comma < 0) comma = model.idOf(",")
      const apart = model.logCondOfIds(ids[i]!, ids[i + 2]!)
      const withComma = model.logCondOfIds(ids[i]!, comma) + model.logCondOfIds(comma, ids[i + 2]!)
      // (the counts the choice rests on, as the reference has them)
      const pairs = { apart: lex.bigram(t.n, nx.n), beforeComma: lex.bigram(t.n, ","), afterComma: lex.bigram(",", nx.n) }
      const counts = `the reference has ${q(`${t.n} ${nx.n}`)} ${pairs.apart} times, ${q(`${t.n},`)} ${pairs.beforeComma} and ${q(`, ${nx.n}`)} ${pairs.afterComma}`
      if (withComma > apart)
        out.push({
          start: p.start, end: p.end, replacement: ",", rule: "stop-comma", class: "punctuation", confidence: 0.7,
          explanation: `${q(shown)}: a full stop before ${q(nx.n)} in lower case ends no sentence: a comma the scan read as a full stop (${counts})`,
          evidence: { word: t.n, next: nx.n, pairs, logOdds: fmt(withComma - apart) }
        })
      else
        out.push({
          start: p.start, end: p.end, replacement: "", rule: "stray-stop", class: "punctuation", confidence: 0.7,
          explanation: `${q(shown)}: a full stop before ${q(nx.n)} in lower case ends no sentence, and no abbreviation takes it: a mark of the scan (${counts})`,
          evidence: { word: t.n, next: nx.n, pairs, logOdds: fmt(apart - withComma) }
        })
    }
  }

  // an apostrophe standing for a comma: "however' the", where no single quotation is open
  if (usesCurlyQuotes(text)) {
    let paragraph: ((i: number) => [number, number]) | undefined
    const APOS = /'(?= [a-z])/g
    while ((m = APOS.exec(text)) !== null) {
      if (!/[a-rt-z]/.test(text[m.index - 1] ?? " ")) continue
      const [p0] = (paragraph ??= paragraphFinder(text))(m.index)
      const before = text.slice(p0, m.index)
      const opens = (before.match(/(?:^|[\s(“"])[‘'`]/g) ?? []).length
      const closes = (before.match(/[’'](?=[\s.,;:!?”)]|$)/g) ?? []).length
      if (opens > closes) continue
      const word = /\p{L}+$/u.exec(before)?.[0] ?? ""
      if (word.length < 2 || /^(?:o|ne|an|th|tha|goin|nothin|somethin)$/i.test(word)) continue
      out.push({
        start: m.index, end: m.index + 1, replacement: ",", rule: "apostrophe-comma", class: "punctuation", confidence: 0.6,
        explanation: `an apostrophe after ${q(word)} and before a space, with no quotation open: a comma read as an apostrophe`,
        evidence: { word }
      })
    }
    // a plural's apostrophe is its possessive ("the workers’ state"), but a possessive is never followed by an
    // article or another determiner: "together with the co-operatives’ the light … industries" (the seeds'
    // Trotsky) is a comma misread; unless a single quotation opened in the sentence may close there ("the
    // slogan of ‘Leninist norms’ the Congress")
    // (found by the mark and a space after it, then the letter before and the word after: a search for every
    // "s" of the text costs more)
    for (let at = text.indexOf("\u2019 "); at >= 0; at = text.indexOf("\u2019 ", at + 2)) {
      if (text.charCodeAt(at - 1) !== 0x73) continue
      const end = text.indexOf(" ", at + 2)
      if (end < 0 || !DETERMINERS.has(text.slice(at + 2, end))) continue
      if (quoteOpenedInSentence(text, at)) continue
      const word = /[\p{L}-]+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[0] ?? ""
      const next = text.slice(at + 2, end)
      out.push({
        start: at, end: at + 1, replacement: ",", rule: "apostrophe-comma", class: "punctuation", confidence: 0.7,
        explanation: `${q(`${word}\u2019 ${next}`)}: a possessive is never followed by ${q(next)}; a comma read as an apostrophe`,
        evidence: { word, next }
      })
    }
  }
  return out
}
