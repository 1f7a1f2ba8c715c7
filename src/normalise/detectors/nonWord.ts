/**
 * Non-words: a token neither dictionary (en-US/en-GB) knows nor the corpus uses elsewhere, replaced by the
 * word it most likely stands for. Candidates, the words of the reference and the dictionaries and those the
 * corpus's careful witnesses make their own (terms.ts), come from OCR confusions (weighted) and, at a much
 * lower weight, one plain edit, or a split into two words; they are ranked by channel weight × how well they
 * fit between the neighbours (reference + corpus pair counts). Abstains on names (capitalised inside a
 * sentence), words in upper case, words with accents or digits only, runs of unknown words (foreign phrases),
 * when the runner-up is nearly as good, and, in a witness cleaner than ordinary OCR, when the word meant does
 * not fit both neighbours (see `BOTH_SIDES_BELOW_PRIOR`).
 */
import { candidates, caseByAlignment, matchCase, twoSteps, type Candidate } from "../confusions.ts"
import type { Token } from "../../domain/model.ts"
import type { ContextModel } from "../context.ts"
import { IN_DICTIONARY, IN_REFERENCE, US_SPELLING, type Lexicon } from "../lexicon.ts"
import { amongParticles } from "../foreign.ts"
import { inLoanPhrase } from "../phrases.ts"
import { otherSpelling } from "../spellings.ts"
import type { Draft } from "../proposal.ts"
import type { WordTrie } from "../trie.ts"
import { brokenBySpeck, partOfBrokenWord, usesCurlyQuotes } from "./typography.ts"
import { corpusTerms, termCandidates, type CorpusTerms } from "./terms.ts"
import { afterInitial, brokenMend, archaicVerb, CLOSED_CLASS, earlyModernSpelling, elided, errorPrior, ORDINAL, fmt, inReference, knownWords, matchCaseOnLine, mendJoined, nextN, perCall, prevN, q, SCAN_PRIOR, squash, wordFragment, witnessSpelling, writtenKnownOf, type DetectorInput } from "./shared.ts"

/**
 * Letters of a word whose one candidate, a plain edit away, needs no pair to speak for it (BLN600's OCR, all
 * 480 articles: non-word proposals closer to / further from the ground truth 4,916 / 324 → 5,266 / 340).
 */
const LONE_EDIT_LENGTH = 8
/** Plain edits that make an older spelling today's as often as they mend a misreading ("oxydised", "syren"). */
const OLDER_SPELLINGS: ReadonlySet<string> = new Set(["y→i", "i→y"])

/**
 * Log-odds by which the winner must beat the runner-up. (Chosen on BLN600's tune split once pairs were
 * smoothed after Witten and Bell: at 3, CER −10.07 % with 3,363 sentences improved and 196 made worse; at 4,
 * −10.06 % with 3,360 and 184, the proposals given up helping a sentence 51 times and hurting one 37; at 2,
 * −10.08 %, 3,372 and 217. Test split at 4: −11.49 %, 900 and 46, against −11.51 %, 904 and 49.)
 */
const MARGIN = Math.log(4)
/**
 * More log-odds asked of a word of three letters or fewer, which has many words one confusion away. (BLN600's
 * tune split, such proposals closer to / further from the truth / no change: 461, 95, 95 without; with 1,
 * 415, 68, 75: the 93 given up were right 46 times, a coin's odds for a reader. CER −10.59 % → −10.56 %,
 * sentences made worse 159 → 152; test split −12.05 % → −12.04 %, 40 → 38.)
 */
const SHORT_MARGIN = 1
/**
 * More log-odds asked of a word the reference uses fewer than RARE times and no witness uses (a dictionary
 * word the search happened on: "nilty" → nilly, "reskie" → rookie, "ocicer" → ocker). (BLN600's OCR, all
 * samples: such proposals were closer to the truth 81 times and further 35, against 4,600 and 380 for the
 * rest; with 2 more, non-word 4,709 / 412 → 4,707 / 402, sentences improved : worse 4,439 : 160 →
 * 4,439 : 157; given up altogether, 4,408 : 142, CER -11.05 % → -10.96 %.)
 */
const RARE = 3
const RARE_MARGIN = 2
/**
 * More log-odds asked of a word two steps away (two confusions, or a confusion and an edit: "stook" → stock
 * by o→e, e→c). (BLN600's OCR, tune split: such winners were closer to the truth 474 times and further 95,
 * against about 15 : 1 for the rest; with 2 more, non-word 3,678 / 323 → 3,643 / 285 and sentences made worse
 * 126 → 112 for 2 fewer improved, CER unchanged; all samples 4,633 : 157 → 4,631 : 140. A word without a
 * runner-up has a margin of MARGIN + 2: more than 2 would give up all of those, sentences improved → 3,556.)
 */
const TWO_STEP_MARGIN = 2
const LETTERS_DIGITS = /^[a-z][a-z0-9]*(?:'[a-z]+)?$/
const HAS_LETTER = /[a-z]/
const LETTERS = /^[a-z']+$/
const A_TO_Z = /^[a-z]+$/
/** A word of small letters and digits alone (no apostrophe: "whate'er" is verse's elision). */
const LETTERS_OR_DIGITS = /^[a-z0-9]+$/
/** Reference count of a candidate two steps away (see `candidates`). */
const DEEP = 3
/** Reference count of the words a token of three letters or fewer may be read as (a short token has many neighbours). */
const STRICT = 200
/** Reference count above which a word is a function word (of, the, and, to…). */
const FUNCTION_WORD = 5000

/** Letters a token must have to be read as three words or more run together ("andthejury", "inawhisper"). */
const RUN_MIN = 7
/** The pattern of a candidate that parts three words or more run together. */
const RUN_PATTERN = "split into words"
/** Times the reference must write each pair of a parting into three words or more side by side. */
const RUN_PAIR = 2

/**
 * The likeliest parting of `w` into three to five words the reference and the dictionary know, each used
 * `DEEP` times or more in the reference ("a" the only word of one letter), each pair of them written side by
 * side in the reference `RUN_PAIR` times or more; by
 * the likelihood of their inner pairs (`logCondOfIds`); null where there is none ("andthejury" → and the
 * jury; "inawhisper" → in a whisper; "haditnotbeen" → had it not been; not "effectsaof", a stray letter
 * glued, "effects a of"). Its weight carries the likelihood of the inner pairs, which the context then adds
 * to at each end, and the runner-up among the token's other readings is judged by the margin every reading
 * is. (BLN600's OCR: 40 such tokens in 480 articles, where the pairs' condition leaves a second parting to
 * none of them; before it "statedithat" was "stated it hat".)
 */
export function runTogether(w: string, vocab: WordTrie, lex: Lexicon, model: ContextModel): Candidate | null {
  const both = IN_REFERENCE | IN_DICTIONARY
  // the words that start at each position of w that words from its start reach (most unknown tokens are
  // no words run together: their first word, if any, reaches no further)
  const starts = new Map<number, number[]>()
  const todo = [0]
  while (todo.length > 0) {
    const i = todo.pop()!
    if (starts.has(i)) continue
    const ends: number[] = []
    vocab.prefixes(w.slice(i), (k, tags) => {
      if ((tags & both) !== both) return
      const piece = w.slice(i, i + k)
      if ((k > 1 || piece === "a") && lex.unigram(piece) >= DEEP) ends.push(i + k)
    })
    starts.set(i, ends)
    for (const j of ends) if (j < w.length && !starts.has(j)) todo.push(j)
  }
  if (![...starts.values()].some((ends) => ends.includes(w.length))) return null
  let best: { words: string[]; s: number } | null = null
  const path: string[] = []
  const walk = (i: number, prevId: number, s: number): void => {
    if (i === w.length) {
      if (path.length >= 3 && (best === null || s > best.s)) best = { words: [...path], s }
      return
    }
    if (path.length === 5) return
    for (const j of starts.get(i) ?? []) {
      const piece = w.slice(i, j)
      // (each pair of the parting one the reference writes: "stated it hat", "of it his", "effects a of" are
      // stray letters glued, no words run together)
      if (path.length > 0 && lex.bigram(path[path.length - 1]!, piece) < RUN_PAIR) continue
      const id = model.idOf(piece)
      path.push(piece)
      walk(j, id, prevId < 0 ? s : s + model.logCondOfIds(prevId, id))
      path.pop()
    }
  }
  walk(0, -1, 0)
  const found = best as { words: string[]; s: number } | null
  if (found === null) return null
  return { word: found.words.join(" "), weight: 0.3 * Math.exp(found.s), pattern: RUN_PATTERN }
}

/**
 * Reference count each of two words run together must have to be offered apart ("thecourt"): SPLIT_PART; a
 * word of four letters or more run into a function word needs only DEEP ("averdict" → a verdict, verdict 15
 * times in the reference; "therazor", "prisonerfor", "aconstable"). (BLN600's OCR, all samples, with the
 * second: non-word single proposals closer to / further from the truth 4,661 / 428 → 4,709 / 432; without
 * the four letters, "dca" → dc a, "tinhe" → tin he, "toyon" → toy on came with them.)
 */
const SPLIT_PART = 20
/**
 * Times the reference writes two words side by side for a token that runs them together to be offered apart
 * though neither is a function word ("herhusband", "whichshe", "wentup": her, which, went are used fewer than
 * FUNCTION_WORD times) and never taken for a compound (horsekeeper, carman: their parts are not written so).
 * (BLN600's OCR, tune split: non-word single proposals closer to / further from the truth 3,643 / 285 →
 * 3,705 / 285 at 2; at 1, 3,724 / 286; at 5, 3,685 / 285; sentences improved 3,957 → 3,977. Twice, not once:
 * one pair in the reference is slight evidence against a compound the dictionary lacks.)
 */
const PAIR_SPLIT = 2

/**
 * Letters two unknown tokens must have together for a word split by a space and misread to be mended
 * (`mendJoined`): BLN600's OCR, tune split, both tokens unknown, the best word ranked five times above the
 * next: of 8 letters or more, 10 right of 10 ("hou ekeeper" → housekeeper, "cird cumstances" →
 * circumstances); of fewer, 4 right of 15 ("tl ing" → thing, "lr th" → lath).
 */
const SPLIT_MISREAD_MIN = 8

/**
 * The confidence of a two-letter token's correction, at most: below the 0.6 the eval applies (such a token
 * is as often debris of a damaged line, "gh", "dl", "ig", that a plain edit makes a common word of), and
 * above it when an OCR confusion, not a plain edit, makes the word and both neighbours are words it is
 * attested beside ("several ot the" → of, "stooped down te pick" → to). (BLN600's OCR, tune split, non-word
 * single proposals closer to / further from the truth / no change: 3,705 / 285 / 331; all two-letter ones at
 * 0.62, 3,818 / 315 / 411; those only, 3,733 / 286 / 333, CER −13.14 % → −13.18 %; test split 1,024 / 69 / 85
 * → 1,031 / 70 / 85, −14.92 % → −14.96 %.)
 */
const TWO_LETTERS = 0.55
const TWO_LETTERS_SURE = 0.62

/** Suffixes of derived words the dictionary may lack (democratism, oppositional, tzarist). */
const SUFFIXES = ["ism", "isms", "ist", "ists", "al", "ally", "ly", "ness", "ic", "ical", "ity", "ize", "ise", "ized", "ised", "s", "es", "ed", "ing", "er", "ers", "ian", "ians", "dom", "ship"]


/**
 * The tail of a common word ("ment" of government, "vention" of convention, "sessed" of possessed) is most
 * often the rest of a word a scan split, whose head stands before it garbled or on its own: mended as a
 * word of its own ("ment" → men, "vention" → mention) it is made worse. BLN600 (tune split, non-word
 * proposals): unknown tokens of four letters or more that end a word used 20 times or more in the
 * reference, after two letters or more, were mended better 16 times and worse 60 (test split: 3 and 22);
 * they are left alone. (Three-letter tails, "ing", "ter", are as often true errors: 47 and 41.)
 */
const TAIL_MIN_COUNT = 20
const TAIL_MIN_LENGTH = 4

/** Is w the tail of a common word, two letters or more after that word's start? */
function tailOfCommonWord(lex: Lexicon, w: string): boolean {
  return lex.endings(TAIL_MIN_COUNT).continues(w, 2, true)
}

/** Prefixes of derived words the dictionary may lack (unrevolutionary, pseudo-…). */
const PREFIXES = ["un", "non", "anti", "pre", "post", "counter", "re", "over", "under", "super", "semi", "sub", "inter"]

/** Strings grouped by the code of their first or last character. */
function groupBy(strings: ReadonlyArray<string>, at: (s: string) => number): Map<number, string[]> {
  const m = new Map<number, string[]>()
  for (const x of strings) {
    const k = at(x)
    const list = m.get(k)
    if (list === undefined) m.set(k, [x])
    else list.push(x)
  }
  return m
}
const SUFFIXES_BY_LAST = groupBy(SUFFIXES, (x) => x.charCodeAt(x.length - 1))
const PREFIXES_BY_FIRST = groupBy(PREFIXES, (x) => x.charCodeAt(0))
const NONE: ReadonlyArray<string> = []

/**
 * In a witness with fewer unknown words than ordinary OCR (`errorPrior` below 1: a careful transcription, a
 * corrected text), an unknown word is as often a rare, archaic or dialect word printed as meant ("doating"
 * in Frankenstein 1831, "leathern", "afore", "marline" in BLN600's corrected text) as a misreading, and a
 * correction that fits only one neighbour, most often a function word ("the coating fondness", "long-varied
 * and"), is no evidence against it: there the word meant must have been seen beside both neighbours. The
 * typos of a careful text keep both ("of speceies in", "the sucecssive steps": Darwin). Measured: Darwin
 * and Frankenstein lose their two false alarms (haried → varied, doating → coating) and keep their four
 * typos; on BLN600's corrected text (each article a witness) non-word proposals fall from 57 to 32, among
 * the 25 dropped 12 false alarms (leathern, throstle, marline, afore, Hallo…) and 9 true corrections of
 * errors left in it (colse, lotters…), 4 unclear; on its OCR (nearly every article at the OCR rate) the
 * test split's CER reduction stays at 11.4 % (910 sentences improved, 52 made worse; before, 911 and 52).
 */
const BOTH_SIDES_BELOW_PRIOR = 1
/** Uses in careful witnesses that let the corpus's own word (terms.ts) replace a word without a pair beside it. */
const TERM_SURE = 3
/**
 * Pairs the word meant must have with each neighbour in a witness written wholly in lower case (a
 * transcription whose names lost their capitals, so that an unknown word is as often a name as a misreading;
 * its names, unknown words, also make it look like a scan, so that `errorPrior` cannot tell): Frankenstein
 * 1831 lower-cased made "on the shores of the lake of como" → come ("of come" once in the reference);
 * Darwin 1859 lower-cased beside the other editions still has "vague; neverthelsss, i may" → nevertheless
 * and "races or speceies, i can" → species.
 */
const LOWER_CASE_PAIRS = 3

/** Longest abbreviation `abbreviationBeforeNumber` takes (a word cut short: "repr", "suppl", "illus"). */
const ABBREVIATION_MAX = 5
const BEFORE_NUMBER = /^\. \d/

/**
 * Is the unknown word token t (`raw` as printed) an abbreviation before a number: in lower case, of two to
 * ABBREVIATION_MAX letters that begin a longer word, with a full stop, a space and a digit after it ("repr.
 * 1883", "suppl. 4", "illus. 12")? Notes and references cut words so; the dictionary has few such cuts.
 * (BLN600's OCR: the three unknown words before ". " or "." and a digit that the rule mended were a name run
 * into a word, a word of six letters and one glued to its digit, none of them such.)
 */
function abbreviationBeforeNumber(text: string, t: Token, raw: string, vocab: WordTrie): boolean {
  return raw.length >= 2 && raw.length <= ABBREVIATION_MAX && /^[a-z]+$/.test(raw) && BEFORE_NUMBER.test(text.slice(t.end, t.end + 3)) && vocab.continues(raw, 1)
}

/**
 * A word split by a space is joined unless one part is a common word (used JOIN_COMMON times or more in the
 * reference) and the other a fragment of fewer than JOIN_FRAGMENT letters. (BLN600's OCR, all samples: the
 * joins given up moved a sentence closer to its ground truth 7 times and further 7: split-word 117, 13 →
 * 110, 6; "in quiries", "com pensation" are still joined.)
 */
const JOIN_COMMON = 1000
const JOIN_FRAGMENT = 5

/** A word written with a capital after stray small letters ("aThe", "iiMurder"): the part from the capital on. */
const GLUED = /^[a-z]{1,2}([A-Z][a-z]+)$/

/**
 * The pronoun "I" run into the word after it, its space lost ("Ihave not been on a roof", "Isaw Mr. Phelan"):
 * a capital I before small letters, parted where the reference writes "I" before that word `PRONOUN_PAIRS`
 * times or more (have 259, was 330, am 207, believe 50; "the", "he" never) and the word before "I" as often,
 * or is no word ("she left her home at Ibe Sutton": "at I" is no pair, the I a speck). The candidates alone
 * dropped the "I" ("Have", "Saw", "Believe"). BLN600's OCR, all samples: parted 10 times, 9 as the ground
 * truth has it ("which Ishould go", where the I is a speck, the tenth); "Ithe" for "He" is left to them.
 */
const PRONOUN_RUN = /^I[a-z]{2,}$/
const PRONOUN_PAIRS = 5

/**
 * A word as printed when written in lower case, capitalised or in capitals; else in lower case, with the
 * capital of the first word of a token kept (`first`): "APpeared" → appeared, "ThE" → The.
 */
function asPrinted(part: string, first: boolean): string {
  const lower = part.toLowerCase()
  if (part === lower || part === part.toUpperCase() || part.slice(1) === lower.slice(1)) return part
  return first ? matchCase(lower, part[0]!) : lower
}

/** `raw` parted as `parted` (its letters in lower case, with spaces), each part in a case a word is written in. */
function partedAsPrinted(raw: string, parted: string): string {
  const out: string[] = []
  let at = 0
  for (const piece of parted.split(" ")) {
    out.push(asPrinted(raw.slice(at, at + piece.length), out.length === 0))
    at += piece.length
  }
  return out.join(" ")
}

/** The normal form of the word token d places from token i (d < 0: before it), undefined past a word's neighbours. */
function wordNear(tokens: ReadonlyArray<Token>, i: number, d: number): string | undefined {
  const t = tokens[i + d]
  return t === undefined || t.kind !== "word" ? undefined : t.n
}

/** The part d places from a part of a hyphenated word ("post-mortem"), in lower case. */
function partAt(u: { readonly parts?: ReadonlyArray<string>; readonly k?: number }, d: number): string | undefined {
  return u.parts?.[(u.k ?? 0) + d]?.toLowerCase()
}

/**
 * Channel weight of an apostrophe the scan or the transcriber left out: a faint mark, often lost, but one
 * character among the word's letters, not a misread letter.
 */
const APOSTROPHE_WEIGHT = 0.5

/**
 * The word with the apostrophe of a contraction or a possessive put back, where the vocabulary has it: "dont"
 * → don't, "youre" → you're, "ive" → i've, "mans" → man's, "oclock" → o'clock. (Without these, such a word was
 * mended to the nearest word of letters: done, your, clock.) Only at the places a contraction's apostrophe
 * stands: before the t of n't, before a final d, m or s, before re, ve or ll at the end, after an o at the start.
 */
function withApostrophe(w: string, vocab: WordTrie): ReadonlyArray<Candidate> {
  const n = w.length
  if (n < 3 || w.includes("'")) return NO_CANDIDATES
  let out: Candidate[] | undefined
  const at = (k: number) => {
    const c = `${w.slice(0, k)}'${w.slice(k)}`
    const e = vocab.find(c)
    if (e !== 0 && ((e - 1) & (IN_REFERENCE | IN_DICTIONARY)) !== 0) (out ??= []).push({ word: c, weight: APOSTROPHE_WEIGHT, pattern: "+'" })
  }
  const last = w.charCodeAt(n - 1)
  if ((last === 0x74 && w.charCodeAt(n - 2) === 0x6e) || last === 0x64 || last === 0x6d || last === 0x73) at(n - 1)
  if (w.endsWith("re") || w.endsWith("ve") || w.endsWith("ll")) at(n - 2)
  if (w.charCodeAt(0) === 0x6f) at(1)
  return out ?? NO_CANDIDATES
}
const NO_CANDIDATES: ReadonlyArray<Candidate> = []

/**
 * Does the candidate drop the word's final y ("kolkhozy" → kolkhoz, "spetsy" → spots)? A scan's specks are
 * read as thin letters (l, i, t, c, f) or as marks, not as a y, the letter in which English words and the
 * plurals of a Russian word transliterated end. (BLN600's OCR, all samples: a proposal that dropped a
 * final letter came nearer the truth 251 times in 265; of the three that dropped a y, "quanty" → quart,
 * "nory" → nor, "isY" → is, none did.)
 */
function dropsFinalY(w: string, c: Candidate): boolean {
  return w.endsWith("y") && !c.word.endsWith("y") && c.pattern.includes("−y")
}

/**
 * The word a stray apostrophe inside it hides ("afterw'ards", "t'he", "a'nd": BLN600's OCR, a speck of the
 * scan): w without it, where that is a word of three letters or more the reference has twice or more, or of
 * five or more the dictionary knows ("d'ded" is no "dded", "l'e" no "le"); weighted as a lost apostrophe is
 * (`APOSTROPHE_WEIGHT`), not as any plain edit, which needs the context to speak for it on one side at least.
 * (A contraction or a possessive of a known word is no unknown word: "ha'd" is "had", not "ha'd".)
 */
function withoutApostrophe(w: string, lex: Lexicon): ReadonlyArray<Candidate> {
  const k = w.indexOf("'")
  if (k < 1 || k === w.length - 1) return NO_CANDIDATES
  const c = w.slice(0, k) + w.slice(k + 1)
  return c.length >= 3 && (lex.unigram(c) >= 2 || (c.length >= 5 && lex.isWord(c))) ? [{ word: c, weight: APOSTROPHE_WEIGHT, pattern: "−'" }] : NO_CANDIDATES
}

/** What `examine` says of a word token (0: not yet decided). */
const SKIP = 1
const EXAMINE = 2
const HYPHENATED = 3

export function detectNonWords(input: DetectorInput): Draft[] {
  const { model } = input
  const lex = model.lexicon
  const { text } = input.witness.witness
  const tokens = input.witness.tokens
  const out: Draft[] = []
  const isKnown = (w: string, raw: string) =>
    lex.unigram(w) > 0 || model.corpusCount(w, 1) > 0 || lex.isWord(raw) || lex.isWord(w)
  // candidates must be attested in the reference or the witnesses (the dictionary alone admits too much)
  // (a word only the witnesses use must be a dictionary word or occur twice: OCR errors repeat once in a while)
  // (a word found in the vocabulary trie comes with its tags: judged by them, without a look-up)
  const known = (c: string, tags?: number) =>
    tags === undefined ? lex.unigram(c) > 0 || (c.length >= 5 && lex.isWord(c)) : (tags & IN_REFERENCE) !== 0 || (c.length >= 5 && (tags & IN_DICTIONARY) !== 0)
  const deep = (c: string) => lex.unigram(c) >= DEEP
  // plain edits reach hundreds of strings: only cheap look-ups (no dictionary check) for those, and of the
  // dictionary's words those one variety of English spells so, which the reference (American) may lack:
  // "ofence" is "offence" (+f), not "fence" (−o)
  const knownEdit = (c: string, tags?: number) =>
    tags === undefined ? lex.unigram(c) > 0 || lex.spelling(c) !== 0 : (tags & IN_REFERENCE) !== 0 || ((tags & IN_DICTIONARY) !== 0 && lex.spelling(c) !== 0)
  // (a word found in the trie of the words used STRICT times or more is one: no look-up)
  const knownStrict = (c: string, tags?: number) => tags !== undefined || lex.unigram(c) >= STRICT
  /**
   * Is c a name, written capitalised 3 times or more and 9 times as often as not in the reference, or only
   * capitalised there and unknown to the dictionary in lower case ("Varlaam", "Sharon", "Lombard"; not
   * "Defence", "Ensign", which it knows)? (BLN600's OCR, all samples: leaving names out of the candidates for
   * a word in lower case, non-word proposals closer to / further from the ground truth / no change went from
   * 4,623, 456, 486 to 4,610, 438, 467; with the second kind of name, from 4,900, 351, 420 to 4,901, 346, 418.)
   */
  const properName = (c: string) => {
    const r = lex.caseOf(c)
    return (r.capital >= 3 && r.capital >= 9 * r.lower) || (r.capital >= 1 && r.lower === 0 && !lex.isWord(c))
  }
  const ids = model.corpus.tokenIds[input.index]!
  const spelling = (w: string) => lex.spelling(w)
  // (does the witness write curly quotation marks and apostrophes? Asked only when an apostrophe is put back)
  let curly: boolean | undefined
  const knownWord = knownWords(model)
  const written = writtenKnownOf(model)
  // per word of the corpus (id), for the whole call: worth examining at all (see `examine`), its candidates
  // and the ids of their words; for the parts of hyphenated words, the same by part and by candidate list
  // (candidate lists depend on the word and the call's corpus alone, whose own words are offered beside the
  // dictionary's, terms.ts; searched once per call, not kept across calls: a memo of every word ever searched
  // would cost more to ask than it saves, and grow without end)
  const { examineById, candidatesById, idsById, partCandidates, partIds } = perCall(model, "non-word", () => ({
    examineById: new Uint8Array(model.corpus.words.length),
    candidatesById: new Array<Candidate[] | undefined>(model.corpus.words.length),
    idsById: new Array<Int32Array | undefined>(model.corpus.words.length),
    partCandidates: new Map<string, Candidate[]>(),
    partIds: new Map<Candidate[], Int32Array>()
  }))
  // (asked of each unit's neighbours, so kept per token: 1 unknown, 2 not)
  const unknownMemo = new Uint8Array(tokens.length)
  const unknownAt = (j: number) => {
    const u = tokens[j]
    if (u === undefined) return false
    const seen = unknownMemo[j]!
    if (seen !== 0) return seen === 1
    const r = u.kind === "word" && !knownWord(ids[j]!, u.n) && !written(text, u, ids[j]!)
    unknownMemo[j] = r ? 1 : 2
    return r
  }
  // a known word with a common prefix or suffix is a derived word, not an error
  // (a string of letters the vocabulary trie lacks is in neither the reference nor the dictionary: most
  // strings asked about are no words, and the trie says so within a letter or two)
  const vocab = lex.vocabulary()
  /** Does the reference use x `count` times or more, or (x of `length` letters or more) the dictionary accept it? */
  const attested = (x: string, count: number, length: number) => {
    if (!LETTERS.test(x)) return lex.unigram(x) >= count || (x.length >= length && lex.isWord(x))
    const e = vocab.find(x)
    return e !== 0 && ((((e - 1) & IN_REFERENCE) !== 0 && lex.unigram(x) >= count) || (x.length >= length && ((e - 1) & IN_DICTIONARY) !== 0))
  }
  const base = (x: string) => x.length >= 3 && attested(x, 2, 4)
  /** Would tokens a and b, apart by one space, make a word joined? (Both of letters.) */
  const joinable = (a: Token | undefined, b: Token | undefined) => {
    if (a === undefined || b === undefined || a.kind !== "word" || b.kind !== "word" || b.start !== a.end + 1 || text.charCodeAt(a.end) !== 0x20) return false
    const joined = a.n + b.n
    if (!A_TO_Z.test(joined) || !attested(joined, 3, 7)) return false
    // (a common word beside a short fragment is as often the common word itself, the fragment debris or
    // another word misread: "reas on duty" for was on, "ber to the" for her, "on ly suspicion" for on)
    return !((lex.unigram(a.n) >= JOIN_COMMON && b.n.length < JOIN_FRAGMENT) || (lex.unigram(b.n) >= JOIN_COMMON && a.n.length < JOIN_FRAGMENT))
  }
  // (only the suffixes ending as the word does, and the prefixes starting as it does, are tried)
  const derived = (w: string) => {
    for (const s of SUFFIXES_BY_LAST.get(w.charCodeAt(w.length - 1)) ?? NONE)
      if (w.length > s.length + 2 && w.endsWith(s) && (base(w.slice(0, -s.length)) || base(w.slice(0, -s.length) + "e"))) return true
    for (const p of PREFIXES_BY_FIRST.get(w.charCodeAt(0)) ?? NONE) if (w.length > p.length + 3 && w.startsWith(p) && base(w.slice(p.length))) return true
    return false
  }
  /**
   * Whether a word token is worth examining, whatever its case (the tests of the loop below that depend on
   * the word alone): SKIP, EXAMINE, or HYPHENATED (its parts may be). Decided once per word.
   */
  const examine = (id: number, w: string) => {
    let v = examineById[id]!
    if (v === 0) {
      if (w.includes("-")) v = HYPHENATED
      else {
        const skip = w.length < 2 || w.length > 20 || model.refCount(id) > 0 || !LETTERS_DIGITS.test(w) || !HAS_LETTER.test(w) || ORDINAL.test(w) || knownWord(id, w) || derived(w)
        v = skip ? SKIP : EXAMINE
      }
      examineById[id] = v
    }
    return v
  }
  /** One word to examine: a token (with its id), or one part of a hyphenated token ("Police-cos3table"). */
  const units: Array<{ i: number; id: number; start: number; end: number; w: string; raw: string; prev?: string; next?: string; part: boolean; parts?: ReadonlyArray<string>; k?: number }> = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind !== "word") continue
    const id = ids[i]!
    // (the commonest case, kept cheap: a known word leaves at the first test, decided once per word)
    const v = examine(id, t.n)
    if (v === SKIP) continue
    if (v === EXAMINE) {
      units.push({ i, id, start: t.start, end: t.end, w: t.n, raw: text.slice(t.start, t.end), part: false })
      continue
    }
    // a hyphenated word: its parts, unless it is broken across lines (the hyphenation rules' business)
    const raw = text.slice(t.start, t.end)
    if (raw.includes("\n")) continue
    const parts = raw.split(/[-\u2010\u2011]/)
    // (a plain loop: a closure here would capture the token loop's variables, which the engine would then
    // allocate anew for every token of the witness)
    let at = t.start
    for (let k = 0; k < parts.length; k++) {
      const pr = parts[k]!
      if (pr.length >= 4) {
        units.push({
          i, id: -1, start: at, end: at + pr.length, w: pr.toLowerCase(), raw: pr,
          prev: k === 0 ? prevN(tokens, i, text) : parts[k - 1]!.toLowerCase(),
          next: k === parts.length - 1 ? nextN(tokens, i, text) : parts[k + 1]!.toLowerCase(), part: true, parts, k
        })
      }
      at += pr.length + 1
    }
  }
  let oldSpelling: boolean | undefined
  let scanned: boolean | undefined
  // (in a scan, a word broken at a line's end and misread besides: its halves are the hyphen rules')
  const mend = brokenMend(input)
  // (may a plain edit of w stand without a pair to speak for it? See its use below)
  const loneEdit = (w: string, pattern: string) =>
    w.length >= LONE_EDIT_LENGTH && LETTERS_OR_DIGITS.test(w) && !OLDER_SPELLINGS.has(pattern)
  // (how often this witness prints a word, by id: counted when first asked, for the few words asked)
  const own = new Map<number, number>()
  const ownCount = (id: number) => {
    let n = own.get(id)
    if (n === undefined) {
      n = 0
      for (let k = 0; k < ids.length; k++) if (ids[k] === id) n++
      own.set(id, n)
    }
    return n
  }
  let terms: CorpusTerms | undefined
  // (the last token a split word's mending took with the one before it: not examined again)
  let joinedUpTo = -1
  for (const u of units) {
    const { i, w, raw } = u
    if (i <= joinedUpTo) continue
    const t = tokens[i]!
    if (u.id >= 0) {
      // (a token: `examine` has passed the word; its case may still be a known form: "Kaiser" for "kaiser")
      if (written(text, t, u.id)) continue
    } else {
      if (w.length < 2 || w.length > 20 || lex.unigram(w) > 0 || !LETTERS_DIGITS.test(w) || !HAS_LETTER.test(w) || ORDINAL.test(w)) continue
      if (isKnown(w, raw)) continue
      if (derived(w)) continue
      // (a part that a mark of the scan broke off a word, "I)etective-sergeant": the stray-mark rule's)
      if (brokenBySpeck(text, u.start, u.end, lex)) continue
    }
    const prev = u.prev ?? prevN(tokens, i, text)
    const next = u.next ?? nextN(tokens, i, text)
    if (raw.length > 1 && raw === raw.toUpperCase()) continue
    // (a full stop after an initial or a title ends no sentence: "E. S. Forman", "Mr. Hariod" are names)
    const initial = prev === "<s>" || (prev === "." && !(u.part === false && afterInitial(tokens, i, text))) || prev === "?" || prev === "!" || prev === '"'
    const pronoun = PRONOUN_RUN.test(raw) && lex.bigram("i", w.slice(1)) >= PRONOUN_PAIRS && (!/^[a-z]/.test(prev) || lex.bigram(prev, "i") >= PRONOUN_PAIRS)
    if (!input.lowerCase && raw[0] !== raw[0]!.toLowerCase() && !initial && !u.part && !pronoun) continue
    if (u.part && raw[0] !== raw[0]!.toLowerCase()) continue
    // a word of a Latin phrase of the law or of learning, or of a French phrase English has borrowed whole
    // ("prima facie", "mens rea", "post-mortem", "the Entente cordiale")
    if (inLoanPhrase(w, u.part ? (d) => partAt(u, d) : (d) => wordNear(tokens, i, d))) continue
    if (!u.part) {
      // a word of a reference: "Act ii. sc. iii.", "op. cit."
      if (inReference(tokens, i)) continue
      // an abbreviation before a number: a word's first letters and a full stop ("repr. 1883", "suppl. 4")
      if (abbreviationBeforeNumber(text, t, raw, vocab)) continue
      // a Christian name cut short before the surname, opening a sentence ("Thos. Brown", "Jno. Smith", "Saml.
      // Pepys": not "This", "No", "Same"; BLN600's OCR: two such proposals, neither the name, "Vin." → In for Wm.)
      if (raw.length <= ABBREVIATION_MAX && /^[A-Z][a-z]+$/.test(raw) && /^\. \p{Lu}/u.test(text.slice(t.end, t.end + 3))) continue
      // a run of three unknown words is a foreign phrase (or a line beyond repair): abstain
      if ((unknownAt(i - 1) && (unknownAt(i - 2) || unknownAt(i + 1))) || (unknownAt(i + 1) && unknownAt(i + 2))) continue
      // a word beside a particle of a foreign phrase ("sergent de ville"), or among two, is the phrase's
      if (amongParticles(tokens, i, prev, next)) continue
      // a word printed with its elision marked ("'tis", "nothin'"): as the speech it writes
      if (elided(tokens, i, w, (x) => attested(x, 2, 4))) continue
      // a verb in the archaic second person ("thou doest"): as the witness writes it
      if (archaicVerb(tokens, i, w, (x) => attested(x, 2, 4))) continue
      // a fragment of a word broken by a hyphen ("pri- soners", "com- partments"), or by a full stop read for
      // its hyphen ("servi. tude"), is the hyphen rules' business
      if (partOfBrokenWord(text, t.start, t.end, lex, mend)) continue
      if (pronoun) {
        const word = raw.slice(1)
        const pairs = lex.bigram("i", w.slice(1))
        out.push({
          start: u.start, end: u.end, replacement: `I ${word}`, rule: "non-word", class: "non-word", confidence: 0.85,
          explanation: `${q(raw)}: the pronoun ${q("I")} run into ${q(word)}, its space lost (${q(`I ${word}`)}: ${pairs} pairs in the reference)`,
          evidence: { pattern: "split", reference: pairs }
        })
        continue
      }
      // a word split by a space ("com pensation", "in quiries"): join it with its neighbour
      const join = joinable(tokens[i - 1], t) ? ([tokens[i - 1]!, t] as const) : joinable(t, tokens[i + 1]) ? ([t, tokens[i + 1]!] as const) : null
      if (join !== null) {
        const [a, b] = join
        const joined = text.slice(a.start, a.end) + text.slice(b.start, b.end)
        out.push({
          start: a.end, end: b.start, replacement: "", rule: "split-word", class: "spacing", confidence: 0.85,
          explanation: `${q(text.slice(a.start, b.end))} is the word ${q(joined)} split by a space (${q(raw)} alone is no word)`,
          evidence: { joined: joined.toLowerCase(), reference: lex.unigram(joined.toLowerCase()) }
        })
        continue
      }
      // a word split by a space and misread besides ("hou ekeeper", "subsne quently", "recio ient"): in a
      // scan, this token and the next, both unknown, joined one confusion or plain edit from a word
      // (`mendJoined`), SPLIT_MISREAD_MIN letters or more together
      const n = tokens[i + 1]
      if (
        n !== undefined && n.kind === "word" && n.start === t.end + 1 && text.charCodeAt(t.end) === 0x20 &&
        unknownAt(i + 1) && (scanned ??= errorPrior(input) >= SCAN_PRIOR)
      ) {
        const printed = text.slice(t.start, t.end) + text.slice(n.start, n.end)
        const joined = printed.toLowerCase()
        const mended = joined.length >= SPLIT_MISREAD_MIN && A_TO_Z.test(joined) ? mendJoined(lex, joined) : null
        if (mended !== null) {
          const word = caseByAlignment(mended.word, printed)
          out.push({
            start: t.start, end: n.end, replacement: word, rule: "split-word", class: "spacing", confidence: 0.8,
            explanation: `${q(text.slice(t.start, n.end))} is a word split by a space, and joined no word: ${q(word)} (${mended.edit}) is, ${mended.count} times in the reference${mended.second === null ? "" : `, runner-up ${q(mended.second)}`}`,
            evidence: { joined, pattern: mended.edit, reference: mended.count, runnerUp: mended.second }
          })
          joinedUpTo = i + 1
          continue
        }
      }
    }
    // (in a witness written in the spelling of English before about 1630, an unknown word is the period's:
    // "voyd", "deepe", "euening" are not modernised)
    if (oldSpelling ??= earlyModernSpelling(input)) continue
    let cs = u.id >= 0 ? candidatesById[u.id] : partCandidates.get(w)
    if (cs === undefined) {
      cs = []
      let compound = false
      // the rest of a split word, its head lost: left alone (no candidates, kept with the word's)
      const tail = (w.length >= TAIL_MIN_LENGTH && tailOfCommonWord(lex, w)) || wordFragment(w)
      const splits: Candidate[] = []
      // (both parts common words the dictionary knows: only the prefixes of w that are words of the
      // vocabulary, in the reference and the dictionary, can be the first; their tags say so)
      const both = IN_REFERENCE | IN_DICTIONARY
      const firsts: number[] = []
      vocab.prefixes(w, (k, tags) => {
        if (k < w.length && (tags & both) === both) firsts.push(k)
      })
      for (const k of tail ? [] : firsts) {
        const b = w.slice(k)
        const e = vocab.find(b)
        if (e === 0 || ((e - 1) & both) !== both) continue
        const a = w.slice(0, k)
        const fa = lex.unigram(a)
        const fb = lex.unigram(b)
        const paired = lex.bigram(a, b) >= PAIR_SPLIT
        if (!((fa >= SPLIT_PART && fb >= SPLIT_PART) || (fa >= FUNCTION_WORD && fb >= DEEP && b.length >= 4) || (fb >= FUNCTION_WORD && fa >= DEEP && a.length >= 4) || (paired && fa >= DEEP && fb >= DEEP && a.length >= 3 && b.length >= 3))) continue
        // two content words make a compound the dictionary lacks (horsekeeper, carman): leave it alone; not two
        // words the reference writes side by side (see `PAIR_SPLIT`: those are parted even where rarer than
        // SPLIT_PART asks, "assaultupon"), nor where another parting is two words ("themill": them ill, the mill)
        const closed = CLOSED_CLASS.has(a) || CLOSED_CLASS.has(b)
        if (a.length >= 3 && b.length >= 3 && fa < FUNCTION_WORD && fb < FUNCTION_WORD && !paired && !closed) compound = true
        else if ((fa >= FUNCTION_WORD || fb >= FUNCTION_WORD || paired || closed) && (a.length >= 2 || a === "a") && (b.length >= 2 || b === "a")) splits.push({ word: `${a} ${b}`, weight: 0.3, pattern: "split" })
      }
      // three words or more run together ("andthejury", "inawhisper", "haditnotbeen"): parted where no two
      // words are (see `runTogether`)
      // (not where two words make it, if only as a compound: "girlinto" is not "girl in to")
      if (splits.length === 0 && !compound && !tail && w.length >= RUN_MIN) {
        const run = runTogether(w, vocab, lex, model)
        if (run !== null) splits.push(run)
      }
      if ((!compound || splits.length > 0) && !tail) {
        // short tokens: confusions and plain edits to common words only, those used STRICT times or more (a
        // plain edit of a two-letter token can reach any rare word); searched in the trie of those words alone
        cs = (
          w.length <= 3
            ? candidates(w, knownStrict, true, deep, knownStrict, true, lex.frequentVocabulary(STRICT))
            : candidates(w, known, true, deep, knownEdit, true, vocab, lex.frequentVocabulary(DEEP), true)
        ).filter((c) => (c.word.length >= 2 || c.word === "a") && !dropsFinalY(w, c))
        cs.push(...splits)
        for (const c of withApostrophe(w, vocab)) if (!cs.some((x) => x.word === c.word)) cs.push(c)
        // the corpus's own words, which no dictionary has ("[b]ureacratism" → bureaucratism: see terms.ts)
        for (const c of termCandidates(w, (terms ??= corpusTerms(model)))) if (!cs.some((x) => x.word === c.word)) cs.push(c)
        for (const c of withoutApostrophe(w, lex)) {
          const k = cs.findIndex((x) => x.word === c.word)
          if (k < 0) cs.push(c)
          else if (cs[k]!.weight < c.weight) cs[k] = c
        }
      }
      if (u.id >= 0) candidatesById[u.id] = cs
      else partCandidates.set(w, cs)
    }
    // (nothing to choose from: most unknown words of a noisy scan; no ids asked)
    if (cs.length === 0) continue
    // a capitalised unknown word is most likely a name: only a common word may replace it (Tbe → The)
    // (at a sentence start, any common word, or a word the witness itself prints twice or more: a report's
    // "Witn6ss said", "Prosecotor:", "Detectivo Gilby" beside its other witnesses, prosecutors and detectives;
    // BLN600's OCR, all 480 as the bench reads them: 18 more, each the ground truth's word)
    const capital = raw[0] !== raw[0]!.toLowerCase() && !input.lowerCase
    // a part of a hyphenated name after its capitalised first part is a syllable of the name, not a pronoun or
    // a preposition misread ("Chiang Kai-shek" is not "Kai-she"; BLN600's OCR: the one such proposal, "Bo-owan"
    // → own, was a misread "Brown")
    const nameSyllable = u.part && u.k! > 0 && /^\p{Lu}/u.test(u.parts![u.k! - 1]!)
    const least = raw.length > 3 ? 100 : 1000
    // (scored by word ids, those of the candidates' first and last words looked up once per list, with
    // whether the candidate is a name: 1 if so, 2 if not, 0 not asked yet)
    let cids = u.id >= 0 ? idsById[u.id] : partIds.get(cs)
    if (cids === undefined) {
      cids = new Int32Array(cs.length * 3)
      cs.forEach((c, k) => {
        // (a split candidate, "of the", has two words; the others one: no array made for those)
        const space = c.word.indexOf(" ")
        cids![3 * k] = model.idOf(space < 0 ? c.word : c.word.slice(0, space))
        // (a word the reference, which is American, has only in the other variety's spelling is judged by that
        // spelling's counts: "ofence" is "offence" as the reference's "offense", not "fence"; unless the
        // witnesses use it more: a British collection's own "offence", its pairs the corpus's)
        if (space < 0 && model.refCount(cids![3 * k]!) === 0) {
          const other = otherSpelling(c.word, spelling)
          if (other !== null && model.count(other.word) > model.count(c.word)) cids![3 * k] = model.idOf(other.word)
        }
        cids![3 * k + 1] = space < 0 ? cids![3 * k]! : model.idOf(c.word.slice(c.word.lastIndexOf(" ") + 1))
      })
      if (u.id >= 0) idsById[u.id] = cids
      else partIds.set(cs, cids)
    }
    // (the neighbours are most often the tokens beside it, whose ids are known)
    const prevId = u.prev === undefined && prev === tokens[i - 1]?.n ? ids[i - 1]! : model.idOf(prev)
    const nextId = u.next === undefined && next === tokens[i + 1]?.n ? ids[i + 1]! : model.idOf(next)
    // (the best and the runner-up in one pass, as a stable sort by score would order them; the pair counts
    // of the best alone; pairs smoothed as `logCondOfIds` does, after Witten and Bell: on BLN600's OCR, tune
    // split, single proposals that moved a sentence closer to the truth 3,715 and away 457, against 3,676
    // and 506 with the Dirichlet estimate before it)
    // a word printed with a capital after a stray small letter or two ("lHe afterwards", "aThe"): the word the
    // capital starts, in lower case (BLN600: "lHe" at a sentence start was mended to "the" three times)
    const capitalInside = GLUED.exec(raw)?.[1]
    const glue = capitalInside === undefined ? null : capitalInside.toLowerCase()
    let top = -1
    let topS = -Infinity
    let next2 = -1
    let next2S = -Infinity
    // (and the third: the runner-up when the second is the best in the other variety's spelling)
    let next3 = -1
    let next3S = -Infinity
    for (let k = 0; k < cs.length; k++) {
      const c = cs[k]!
      const first = cids[3 * k]!
      if (capital && model.refCount(first) < least && ownCount(first) < 2) continue
      if (nameSyllable && CLOSED_CLASS.has(c.word)) continue
      const last = cids[3 * k + 1]!
      // (three words or more carry the likelihood of their inner pairs in their weight: see `runTogether`)
      const inner = c.pattern === "split" ? model.logCondOfIds(first, last) : 0
      // (the word a capital inside the token starts, "lHe", is as likely as the commonest confusion)
      const weight = glue !== null && c.word === glue ? Math.max(c.weight, 1) : c.weight
      const s = Math.log(weight) + model.logCondOfIds(prevId, first) + inner + model.logCondOfIds(last, nextId)
      // (a candidate that would not be among the three best is none of them, name or not)
      if (next3 >= 0 && s <= next3S) continue
      // (and a word in lower case is no name misread: the scan keeps a capital a capital, "lonran" is not
      // "london" nor "pris" "paris"; asked only of a candidate that would be among the three best)
      if (!capital && !input.lowerCase) {
        let name = cids[3 * k + 2]!
        if (name === 0) cids[3 * k + 2] = name = properName(c.word) ? 1 : 2
        if (name === 1) continue
      }
      if (top < 0 || s > topS) {
        next3 = next2
        next3S = next2S
        next2 = top
        next2S = topS
        top = k
        topS = s
      } else if (next2 < 0 || s > next2S) {
        next3 = next2
        next3S = next2S
        next2 = k
        next2S = s
      } else if (next3 < 0 || s > next3S) {
        next3 = k
        next3S = s
      }
    }
    if (top < 0) continue
    const best = { c: cs[top]!, s: topS, left: model.pairOfIds(prevId, cids[3 * top]!), right: model.pairOfIds(cids[3 * top + 1]!, nextId) }
    const space = best.c.word.indexOf(" ")
    // (one word in two spellings, "organization" and "organisation", is one reading: the runner-up is the
    // next word)
    const sameWord = next2 >= 0 && otherSpelling(best.c.word, spelling)?.word === cs[next2]!.word
    const second = sameWord ? (next3 < 0 ? undefined : { c: cs[next3]!, s: next3S }) : next2 < 0 ? undefined : { c: cs[next2]!, s: next2S }
    const margin = second === undefined ? MARGIN + 2 : best.s - second.s
    // (a word the reference has once or twice and no witness uses is as likely a stranger the search
    // happened on: "nilty" → nilly, "reskie" → rookie)
    const rare = space < 0 && model.refCount(cids[3 * top]!) < RARE && model.corpusCount(best.c.word) === 0
    if (margin < MARGIN + (w.length <= 3 ? SHORT_MARGIN : 0) + (rare ? RARE_MARGIN : 0) + (twoSteps(best.c.pattern) ? TWO_STEP_MARGIN : 0)) continue
    // a plain edit needs the context to speak for it; a confusion needs the word to be attested at all
    // (unless the word is long, of letters and digits, and the edit the one candidate: "unlawvful" →
    // unlawful, "remanuded" → remanded, "i4ferior" → inferior, whose neighbours the reference never sets them
    // beside; not i for y, an older spelling as often as a misreading, "oxydised"; not a word with an
    // apostrophe, verse's "Whate'er"; and only at a raw scan's rate of unknown words, as the both-sides test
    // below asks of any other witness)
    if (best.c.weight <= 0.1 && best.left + best.right === 0 && !(loneEdit(w, best.c.pattern) && second === undefined)) continue
    if (w.length <= 3 && best.left + best.right === 0) continue
    // (the corpus's own word, which its careful witnesses print TERM_SURE times or more, needs no pair: its
    // uses are the evidence)
    const term = space < 0 && model.refCount(cids[3 * top]!) === 0 ? terms?.uses.get(best.c.word) : undefined
    if ((best.left === 0 || best.right === 0) && errorPrior(input) < BOTH_SIDES_BELOW_PRIOR && (term?.count ?? 0) < TERM_SURE) continue
    // (in a witness written in lower case, a name has lost the capital that would have kept it from this
    // rule: the word meant must be at home beside both neighbours, see `LOWER_CASE_PAIRS`)
    if (input.lowerCase && Math.min(best.left, best.right) < LOWER_CASE_PAIRS) continue
    // (the first word in the case of the original: "Tbe" → The)
    const firstWord = space < 0 ? best.c.word : best.c.word.slice(0, space)
    // a word one variety of English spells otherwise is spelt as the witness spells (the reference, the
    // Brown corpus, is American: "parlr" in a British newspaper is "parlour", not "parlor")
    const variety = space < 0 ? spelling(firstWord) : 0
    let respelt: string | null = null
    if (variety !== 0) {
      const other = otherSpelling(firstWord, spelling)
      const want = other === null ? 0 : witnessSpelling(input, other.group)
      if (want !== 0 && want !== variety) respelt = other!.word
    }
    const spelt = respelt ?? firstWord
    // (a word the scan glued a stray letter before, "aThe", "bMaster": the word as it stands after it)
    const glued = space < 0 && glue === spelt ? capitalInside! : null
    // (two words run together are parted as printed, each in a case a word is written in: "theMansion" → the
    // Mansion, "TheCalendar" → The Calendar, "fortriaL" → for trial)
    let replacement =
      best.c.pattern === "split" && raw.length === best.c.word.length - 1
        ? `${asPrinted(raw.slice(0, space), true)} ${asPrinted(raw.slice(space), false)}`
        : best.c.pattern === RUN_PATTERN && raw.length === best.c.word.replaceAll(" ", "").length
          ? partedAsPrinted(raw, best.c.word)
          : (glued ?? matchCaseOnLine(spelt, raw, tokens, i, text)) + (space < 0 ? "" : best.c.word.slice(space))
    // (an apostrophe put back is written as the witness writes its apostrophes)
    if (best.c.pattern === "+'" && (curly ??= usesCurlyQuotes(text))) replacement = replacement.replace("'", "\u2019")
    // (the edit shown is the one found, and for a word respelt, the word it gave: "honor", spelt honour)
    const how = respelt === null ? best.c.pattern : `${best.c.pattern} to ${q(best.c.word)}, in the witness's ${variety === US_SPELLING ? "British" : "American"} spelling`
    const freq = model.count(firstWord)
    // (a plain edit no pair speaks for: the one candidate of a long word, see above)
    const lone = best.c.weight <= 0.1 && best.left + best.right === 0 && term === undefined
    const conf = squash(margin - MARGIN + (best.c.weight >= 0.3 ? 1.5 : 0) + Math.min(2, Math.log10(freq + 1) / 2) - 1)
    out.push({
      start: u.start,
      end: u.end,
      replacement,
      rule: "non-word",
      class: "non-word",
      // short words have many neighbours one confusion away: less sure the shorter the word (see `TWO_LETTERS`)
      confidence: Math.min(w.length <= 2 ? (best.c.weight >= 0.3 && best.left > 0 && best.right > 0 && /^[a-z]/.test(prev) && /^[a-z]/.test(next) ? TWO_LETTERS_SURE : TWO_LETTERS) : w.length === 3 ? 0.8 : 0.96, conf),
      explanation: `${q(raw)} is in no dictionary and nowhere else in the corpus; ${q(replacement)} (${how})${term === undefined ? "" : `, in no dictionary either but printed ${term.count} times by the corpus's careful witnesses (${term.witnesses.map((k) => model.corpus.witnesses[k]!.witness.siglum).join(", ")}),`} ${lone ? "is the one word so near it, though the reference never sets it beside" : "fits"} ${q(`${prev === "<s>" ? "" : asShown(prev, u.prev === undefined ? tokens[i - 1] : undefined) + " "}… ${asShown(next, u.next === undefined ? tokens[i + 1] : undefined)}`)}${second === undefined ? "" : `, runner-up ${q(second.c.word)}`}`,
      evidence: {
        pattern: best.c.pattern,
        reference: lex.unigram(best.c.word),
        corpus: model.corpusCount(best.c.word),
        pairs: [best.left, best.right],
        logOdds: fmt(margin),
        runnerUp: second?.c.word ?? null,
        ...(term === undefined ? {} : { carefulUses: term.count }),
        ...(respelt !== null ? { spelling: variety === US_SPELLING ? "en-GB" : "en-US", asFound: best.c.word } : {})
      }
    })
  }
  if (errorPrior(input) >= SCAN_PRIOR) for (const d of gluedToName(input, out)) out.push(d)
  return out
}

/**
 * A neighbour as an explanation shows it: a mark as printed (a curly quotation mark, whose normal form is the
 * straight one: “bureaucratism” fits ““ … is”, not “" … is”), a word in its normal form.
 */
function asShown(n: string, t: Token | undefined): string {
  return t !== undefined && t.n === n && t.kind !== "word" ? t.t.trimEnd() : n
}

/** A preposition, an article or a conjunction run into the capitalised word after it ("atRedhill"). */
const BEFORE_NAME = /^(at|in|of|to|on|by|the|and|from|with|for|near)(\p{Lu}\p{Ll}{2,})$/u

/**
 * In a scan, a preposition, an article or a conjunction run into the name after it, its space lost
 * ("remanded atRedhill", "the magistrates atStroodon", "a house inGrogvenor-road": BLN600's OCR): parted,
 * the name as printed. The names are no words (the non-word rule parts only two words it knows, "theMansion");
 * not a word the dictionary or the corpus knows as written, nor a token another proposal already takes.
 */
function gluedToName(input: DetectorInput, taken: ReadonlyArray<Draft>): Draft[] {
  const { text } = input.witness.witness
  const lex = input.model.lexicon
  const starts = new Set(taken.map((d) => d.start))
  const out: Draft[] = []
  for (const t of input.witness.tokens) {
    if (t.kind !== "word" || t.end - t.start < 6 || starts.has(t.start)) continue
    const c = text.charCodeAt(t.start)
    if (c < 0x61 || c > 0x7a) continue
    const raw = text.slice(t.start, t.end)
    const m = BEFORE_NAME.exec(raw)
    if (m === null || lex.isWord(raw) || input.model.corpusCount(t.n, 1) > 0) continue
    out.push({
      start: t.start, end: t.end, replacement: `${m[1]} ${m[2]}`, rule: "non-word", class: "non-word", confidence: 0.85,
      explanation: `${q(raw)}: ${q(m[1]!)} run into the name ${q(m[2]!)}, its space lost`,
      evidence: { pattern: "split", word: m[1], name: m[2] }
    })
  }
  return out
}
