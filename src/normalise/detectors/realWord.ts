/**
 * Real-word OCR errors: a correctly spelt word that the context rejects while a word one OCR confusion away
 * fits it ("Stalinism anti a gradual" → and: ti↔d). Candidates are the common words one confusion away and
 * the commonest one plain edit away (see `FUNCTION`); the original must never occur beside either neighbour
 * (in the reference corpus or elsewhere in the witnesses), and the candidate must be attested beside them.
 * Abstains otherwise.
 * A rare word may also be two common words a lost space ran together ("sent fora doctor" → for a; "ofthe",
 * which a scan that repeats it makes "known" to the corpus → of the): see `runTogether`. (BLN600's OCR: 57
 * such proposals when it came, one doubtful, "when ashe had" → as he, for she (since mended to she); a few
 * replace a worse reading ("fora" → for, "ofa" → of, "asa" → as), most were left alone before; all samples,
 * single proposals closer to / further from the truth 545 / 35 → 548 / 34.)
 * Four misreadings the scans make often get a rule of grammar where the bigrams leave it unsaid: "he" for
 * "be" after a modal, "be" for "he" where nothing makes it a verb, "bad" for "had" before a participle, "end"
 * and "aid" for "and" where nothing makes them a noun or a verb (see `placed`).
 * "Correctly spelt": a word the dictionary, the reference corpus or the witnesses (twice or more) vouch for.
 * A word none of them knows ("tbe") is a non-word, the non-word detector's, whose explanation says so; taken
 * here too, it was explained as a real word and its class told the editor so. (BLN600 test split: 911
 * sentences improved and 52 made worse, against 914 and 55 when this detector also took non-words.)
 *
 * The original and the candidates are scored by how likely each is between the neighbours, with unseen
 * pairs estimated as Witten and Bell do (see `logCondOfIds`): a neighbour followed by many different words
 * (a comma, "and", "the") leaves a real share to words never seen after it, so that a rare word's unseen
 * pair is weak evidence against it. With the Dirichlet estimate before it, a comma spoke as loudly against
 * "riot" in "drunkenness, riot, and assault" as against a misreading ("to and fro" → for, "bit one of the
 * constables" → but, "beer and ale" → are). Measured with this margin: on BLN600's corrected text (each
 * article a witness) this detector's proposals fell from 42, about 12 of them false alarms on words printed
 * right, to 9, each an error left in that text; on its OCR, tune split, its single proposals that moved a
 * sentence closer to the truth went from 447 to 423 and those that moved one away from 68 to 36.
 */
import { candidates, EDIT_WEIGHT, matchCase, oneEditPattern, type Candidate } from "../confusions.ts"
import type { Token } from "../../domain/model.ts"
import type { Lexicon } from "../lexicon.ts"
import type { Draft } from "../proposal.ts"
import { WORD_CONFUSIONS } from "../wordConfusions.ts"
import { letterSplitBeside } from "./stray.ts"
import { partOfBrokenWord } from "./typography.ts"
import { afterInitial, brokenMend, ASCII_WORD, elided, errorPrior, fitAsPrinted, inReference, ORDINAL, fmt, knownWords, nextN, perCall, prevN, q, squash, wordFragment, type DetectorInput } from "./shared.ts"

/** Channel probability scale of a confusion (weight 1) against reading the word as printed. */
const CHANNEL = 1e-3
/**
 * Log-odds the candidate must win by. (Chosen on BLN600's tune split with the Witten–Bell estimate below:
 * 20, the margin of the Dirichlet estimate before it, kept only 309 of its corrections; 5 keeps 423, and
 * 36 that made a sentence worse against 68 before; 2 gains recall but lets false alarms back into
 * BLN600's corrected text, 16 against 9.)
 */
const MARGIN = Math.log(5)
/** Reference count a candidate needs (the few hundred commonest words of English). */
export const COMMON = 300
/**
 * Reference count of the function words a plain edit may lead to: the hundred or so commonest words, down to
 * him, been, she, would, who, out, more (used 2,000 to 3,000 times: "took himt up", "had beed removed", "went
 * outb and", in a scan that repeats them, were left alone, or mended to a commoner word that fitted worse:
 * "oat" → at). (BLN600's OCR, all samples, at 3,000 → 2,000: ocr-confusion single proposals closer to /
 * further from the truth 548 / 31 → 567 / 32, sentences improved 4,439 → 4,444, made worse 157 both; at
 * 1,000, 575 / 35.)
 */
const FUNCTION = 2000

const NONE: ReadonlyArray<string> = []

/** Is `word` among the first `n` candidates? (A plain loop: a closure over the caller's loop variables would
 * make the engine allocate them anew at every turn of that loop.) */
function amongFirst(cs: ReadonlyArray<Candidate>, n: number, word: string): boolean {
  for (let k = 0; k < n; k++) if (cs[k]!.word === word) return true
  return false
}

const ABBREVIATION_BEFORE_NUMBER = /^\. ?\d/

/** Reference count below which a word may be two words run together (anyone 140, maybe 133, anew 6: kept). */
const RUN_TOGETHER_RARE = 5
/** Reference count of the pair the two words must make ("for a" 791, "to me" 174, "at one" 49). */
const RUN_TOGETHER_PAIR = 20
/** A plain edit's pattern (`oneEditPattern`) in words: no OCR confusion, one letter otherwise wrong. */
function plainEdit(pattern: string): string {
  return pattern.startsWith("−") ? "a letter too many" : pattern.startsWith("+") ? "a letter lost" : pattern.endsWith("⇄") ? "two letters swapped" : "one letter misread"
}

/** Channel weight of a lost space (as the non-word detector weighs a split). */
const SPLIT_WEIGHT = 0.3

/**
 * The two words a rare word may be, run together by a lost space ("fora" → for a, "tome" → to me, "atone" →
 * at one): both common words (the candidates' standard) that the reference writes side by side often.
 */
function runTogether(w: string, count: number, lex: Lexicon): ReadonlyArray<Candidate> {
  if (count >= RUN_TOGETHER_RARE || w.length < 3) return NO_CANDIDATES
  // (the common words are those of the trie of the words used COMMON times or more: the starts of w that
  // are such words, found in one walk, and the rests asked of the same trie)
  const common = lex.frequentVocabulary(COMMON)
  let out: Candidate[] | undefined
  common.prefixes(w, (k) => {
    if (k === w.length || (k === 1 && w.charCodeAt(0) !== 0x61) || (k === w.length - 1 && w.charCodeAt(k) !== 0x61)) return
    const a = w.slice(0, k)
    const b = w.slice(k)
    if (common.has(b) && lex.bigram(a, b) >= RUN_TOGETHER_PAIR) (out ??= []).push({ word: `${a} ${b}`, weight: SPLIT_WEIGHT, pattern: "split" })
  })
  return out ?? NO_CANDIDATES
}
const NO_CANDIDATES: ReadonlyArray<Candidate> = []
/** The witness's prior (see `errorPrior`) from which a common word is looked at for its learned misreadings. */
const LEARNED_COMMON_PRIOR = 0.5
/**
 * Times two words would stand side by side in the reference, by their counts, for their absence, or their
 * standing so UNLIKELY_RATIO times less often, to speak against the pair ("to he": 1 against 247 expected).
 */
const UNLIKELY_PAIR = 5
const UNLIKELY_RATIO = 20
const NO_LEARNED: ReadonlyArray<Learned> = []
/** A word a scan printed another for: the word meant, P(printed so | meant), and the counts it is made of. */
interface Learned {
  readonly word: string
  readonly p: number
  readonly printed: number
  readonly of: number
}
/** The pattern of a learned candidate (an edit pattern never ends so). */
const LEARNED_MARK = " (learned)"

/**
 * Words a scan prints for other words, with the channel learned from BLN600 (see wordConfusions.ts): by the
 * word as printed, the words meant and P(printed so | meant). Such a word is looked at even when common
 * ("be" for he, "lie" for he, "end" for and), its learned candidates weighed by that probability instead of
 * a confusion's guessed weight, and without the rule that the candidate be five times commoner: the
 * channel says how often the misreading happens, the context whether it happened here.
 */
const LEARNED: ReadonlyMap<string, ReadonlyArray<Learned>> = (() => {
  const m = new Map<string, Learned[]>()
  for (const [seen, meant, n, total] of WORD_CONFUSIONS)
    if (total > 0) (m.get(seen) ?? m.set(seen, []).get(seen)!).push({ word: meant, p: n / total, printed: n, of: total })
  return m
})()

/**
 * The grammar of five words scans print for others, he/be, be/he, bad/had, end/and, aid/and, where the
 * bigrams leave it unsaid (each rule below; their own proposal for the word stands where it is the surer). What each rule reads: the word printed as its normal form in lower case, in a
 * witness at a scan's rate of unknown words, not at a sentence's start, the word before it and the word after
 * it, also printed in lower case. Null where the token is not so placed.
 */
interface Placed {
  readonly t: Token
  readonly prev: string
  readonly next: string
}
function placed(input: DetectorInput, i: number, prior: number, word: string): Placed | null {
  const { text } = input.witness.witness
  const tokens = input.witness.tokens
  const t = tokens[i]!
  if (prior < LEARNED_COMMON_PRIOR || t.n !== word || !text.startsWith(word, t.start)) return null
  const next = nextN(tokens, i, text)
  const after = tokens[i + 1]
  if (after === undefined || after.n !== next || !/^[a-z]+$/.test(next) || !text.startsWith(next, after.start)) return null
  const prev = prevN(tokens, i, text)
  // (at a sentence's start the word's capital was lost too: the bigrams' rule gives it back, "! end that" → And)
  if (prev === "." || prev === "?" || prev === "!") return null
  return { t, prev, next }
}
/** The draft of one of the grammar rules: the word replaced, its explanation and evidence. */
const grammarDraft = (t: Token, replacement: string, explanation: string, evidence: Readonly<Record<string, unknown>>): Draft => ({
  start: t.start,
  end: t.end,
  replacement,
  rule: "ocr-confusion",
  class: "real-word-error",
  confidence: 0.9,
  explanation,
  evidence
})

/** Words after which a verb stands in its bare form: the modals, and "to" of the infinitive. */
const MODALS = new Set(["can", "could", "may", "might", "must", "shall", "should", "will", "would", "cannot", "to"])
const KEEP = "keep"
/** Endings of a word that is no verb's bare form: a participle's (-ed, -en, -wn) or a gerund's (-ing). */
const PARTICIPLE = /(?:ed|en|wn|ing)$/

/**
 * "he" printed for "be" after a modal or "to" ("the case might he withdrawn", "will not he executed", "it
 * would he better"): a modal takes a verb in its bare form, and "he" after one begins a question or a
 * condition ("might he go", "should he not be reprieved") only when the word after it is such a verb. So
 * "he" is "be" when the reference writes "be" before the next word more often than the modal itself ("be
 * withdrawn" against "might withdrawn"), or, neither pair seen, when that word ends as a participle does
 * ("shall he exhumed"). The bigram channel weighs "he" against "be" by the scans' rate, 1 %, and a pair
 * either side, "might he" (questions) and "he withdrawn" (unseen, as "be withdrawn" nearly is), leaves the
 * grammar unsaid: on BLN600's tune split, after the other corrections, 12 such "he" were "be" in the ground
 * truth and 3 "he", all 3 before a verb ("should he not", "will he has", "can he says"). Only in a witness at
 * a scan's rate of unknown words (a careful transcription's "he" is what it says). Returns the draft; or
 * `KEEP` where a verb the modal takes follows, so that "he" begins a question or a condition and no "be"
 * is proposed by the bigrams either ("Would he like to come?": "would be like" 9 times in the reference,
 * "would like" 39, were proposed before); or null where no modal stands before it.
 */
function modalBe(input: DetectorInput, i: number, prior: number): Draft | typeof KEEP | null {
  const at = placed(input, i, prior, "he")
  if (at === null) return null
  const { t, prev, next } = at
  const tokens = input.witness.tokens
  const modal = prev === "not" && tokens[i - 1]?.n === "not" ? prevN(tokens, i - 1, input.witness.witness.text) : prev
  const lex = input.model.lexicon
  if (!MODALS.has(modal) || !lex.isWord(next)) return null
  const asBe = lex.bigram("be", next)
  const asVerb = lex.bigram(modal, next)
  // a verb the modal takes: a question or a condition, "would he like", "should he go"; no "be" either way
  // (not after "to", a preposition too: "to a" says nothing of "to he a", which no question makes)
  if (asVerb > asBe) return modal === "to" ? null : KEEP
  if (!(asBe > asVerb || (asBe === 0 && asVerb === 0 && PARTICIPLE.test(next)))) return null
  return grammarDraft(
    t,
    "be",
    `${q(`${prev} he ${next}`)}: after ${q(modal)} a verb stands in its bare form, and ${q(next)} is none (the reference has ${q(`be ${next}`)} ${asBe} times, ${q(`${modal} ${next}`)} ${asVerb}); scans print ${q("he")} for ${q("be")}`,
    { pattern: "he→be", modal, pairs: { be: asBe, modal: asVerb, he: lex.bigram("he", next) }, prior: fmt(prior) }
  )
}

/** How often, and how many times more often than after "be", the word after "be" must follow "he" in the reference. */
const HE_NEXT_MIN = 5
const HE_NEXT_RATIO = 3
/** The words before "be" that leave it a verb besides the modals and "to" (between a modal and "be": "will not be"). */
const BEFORE_BE = new Set(["not", "let", "never"])

/**
 * "be" printed for "he" where nothing makes it a verb ("after which be returned to his residence", "the last
 * occasion, be said that"): "be" in its bare form stands after a modal, "to", "let" or "not", or a token or
 * two after one ("would then be paid", "may also be", and the scan's debris, "should ret, be asked"), or
 * after a word the reference sets before "be" at least a tenth as often as before "he" ("also", "it" of "if
 * it be"). Where none stands there, and the word after it follows "he" in the reference `HE_NEXT_MIN` times
 * or more and more than `HE_NEXT_RATIO` times as often as "be" ("he returned" 17, "be returned" 2; not "When
 * be arrived": 6 and 2), "be" is "he". The bigram channel weighs the two by the scans' 7 % and left most of
 * them just under its margin ("which be returned": 1.25 against log 5); on BLN600's tune split, after the
 * other corrections, 29 "be" were "he" in the ground truth. Only in a witness at a scan's rate of unknown
 * words. Returns the draft, or null (the bigrams then judge as before).
 */
function bareBe(input: DetectorInput, i: number, prior: number): Draft | null {
  const at = placed(input, i, prior, "be")
  if (at === null || at.prev === "<s>") return null
  const { t, prev, next } = at
  const { text } = input.witness.witness
  const tokens = input.witness.tokens
  // (three tokens back: "would then be paid", and debris of the scan between, "should ret, be asked")
  for (let k = 1; k <= 3 && i - k >= 0; k++) {
    const before = tokens[i - k]!.n
    if (MODALS.has(before) || BEFORE_BE.has(before)) return null
    if (prevN(tokens, i - k + 1, text) === "<s>") break
  }
  const lex = input.model.lexicon
  const beforeBe = lex.bigram(prev, "be")
  const beforeHe = lex.bigram(prev, "he")
  if (10 * beforeBe >= beforeHe) return null
  const heNext = lex.bigram("he", next)
  const beNext = lex.bigram("be", next)
  // (by a wide margin: "imprisonment and be dismissed" is a "to undergo" far back, and "dismissed" follows
  // "he" 3 times in the reference, "be" once)
  if (heNext < HE_NEXT_MIN || heNext <= HE_NEXT_RATIO * beNext) return null
  return grammarDraft(
    t,
    "he",
    `${q(`${prev} be ${next}`)}: no modal, "to" or "let" makes “be” a verb here (the reference has ${q(`${prev} be`)} ${beforeBe} times, ${q(`${prev} he`)} ${beforeHe}), and ${q(next)} follows “he” ${heNext} times, “be” ${beNext}; scans print “be” for “he”`,
    { pattern: "be→he", pairs: { beforeBe, beforeHe, heNext, beNext }, prior: fmt(prior) }
  )
}

/**
 * Words that follow "had" and never the adjective "bad": "been", "not", "never", an article, and the
 * irregular participles (not "left" nor "run": "his bad left leg", "a bad run").
 */
const AFTER_HAD = new Set(["been", "not", "never", "already", "a", "an", "the", "no", "taken", "seen", "done", "gone", "made", "given", "found", "heard", "come", "got", "lost", "known", "brought", "thought", "told", "sent", "kept", "held", "become", "begun", "written", "spoken", "broken", "stolen", "fallen", "driven"])
/** A participle in -ed: long enough not to be "bed", "red" or "seed". */
const PAST_PARTICIPLE = /^[a-z]{3,}ed$/

/**
 * "bad" printed for "had" before a participle or a word "had" takes and "bad" never does ("the constable,
 * bad witnessed the assault", "If he bad kicked him", "his foreman bad been"): the word after it is one of
 * `AFTER_HAD` or a participle in -ed that the dictionary knows, the reference never sets that word after
 * "bad" ("nothing bad occurred", "so bad a": left to the bigrams; "as bad as": "had as" is English too, so
 * no list of the words "had" precedes), and the word before is none that makes "bad" an adjective (the
 * reference writes it before "bad" more often than before "had": "a bad", "very bad", "however bad"). The
 * bigrams weigh "bad" against "had" by the scans' rate and leave the participles unseen either way ("had
 * kicked", "bad kicked": both never in the reference); on all BLN600 samples, after the other corrections,
 * 13 "bad" before such a word were "had" in the ground truth and one "bad" ("no one else bad seduced her",
 * its correctors' slip). Only in a witness at a scan's rate of unknown words.
 */
function badHad(input: DetectorInput, i: number, prior: number): Draft | null {
  const at = placed(input, i, prior, "bad")
  if (at === null) return null
  const { t, prev, next } = at
  const lex = input.model.lexicon
  if (lex.bigram("bad", next) > 0 || lex.bigram(prev, "bad") > lex.bigram(prev, "had")) return null
  const participle = PAST_PARTICIPLE.test(next) && lex.isWord(next)
  if (!AFTER_HAD.has(next) && !participle) return null
  const hadNext = lex.bigram("had", next)
  const shown = prev === "<s>" ? `bad ${next}` : `${prev} bad ${next}`
  return grammarDraft(
    t,
    "had",
    `${q(shown)}: ${participle ? `${q(next)} is a participle, which` : `${q(next)} follows “had” ${hadNext} times in the reference, and`} never follows the adjective “bad”; scans print “bad” for “had”`,
    { pattern: "bad→had", pairs: { hadNext, badNext: 0, prevBad: lex.bigram(prev, "bad"), prevHad: lex.bigram(prev, "had") }, prior: fmt(prior) }
  )
}

/** How often "and" must precede the next word in the reference, and how many times more often than the word printed. */
const AND_NEXT_MIN = 5
const AND_NEXT_RATIO = 10
/** Nouns (and verbs) the scans print for "and" (wordConfusions.ts: "end" 25 times in 87, "aid" 11 in 39). */
const FOR_AND = new Set(["end", "aid"])

/** The rules of grammar a word is looked at by, by the word: "he" (`modalBe`), "be" (`bareBe`), "bad" (`badHad`), FOR_AND's (`nounAnd`). */
const HE = 1
const BE = 2
const BAD = 3
const AND = 4

/**
 * The archaic second person, and how many of its words a witness must write besides the one judged for that
 * one to be its register, not a misreading ("thy" for the: a y→e confusion).
 */
const SECOND_PERSON = new Set(["thou", "thee", "thy", "thine", "thyself"])
const SECOND_PERSON_MIN = 2

/**
 * "end" or "aid" printed for "and" where no word makes it a noun or a verb ("my brother was outside end did
 * all he could", "the windows were open, end there was", "the barrels were loaded aid the other empty"): the
 * noun takes a determiner or an adjective ("the end", "the latter end of", "first aid"), the verb a subject
 * or "to" ("to end the war", "to aid the police"). So the word is "and" when the reference sets the word
 * before it before "and" ten times as often as before it or more (or before neither), and the word after it
 * after "and" `AND_NEXT_MIN` times or more and `AND_NEXT_RATIO` times as often as after it (not "end of":
 * "the heavy end of the tongs", "the prong end of a fork"; nor "in aid of"). On all BLN600 samples, after
 * the other corrections, "end" standing so was "and" in the ground truth 18 times, and "end" 6, each before
 * "of". Only in a witness at a scan's rate of unknown words.
 */
function nounAnd(input: DetectorInput, i: number, prior: number, word: string): Draft | null {
  // (the word after in lower case as printed: "Mile end New town" is a place, "Mile End")
  const at = placed(input, i, prior, word)
  // (a space before it: "-aid", ",aid that" are "said" with its s misread; and never before "of", a noun's)
  if (at === null || at.prev === "<s>" || at.next === "of" || !/\s/.test(input.witness.witness.text[at.t.start - 1] ?? "")) return null
  const { t, prev, next } = at
  const lex = input.model.lexicon
  const prevWord = lex.bigram(prev, word)
  const prevAnd = lex.bigram(prev, "and")
  const wordNext = lex.bigram(word, next)
  const andNext = lex.bigram("and", next)
  if (AND_NEXT_RATIO * prevWord > prevAnd || andNext < AND_NEXT_MIN || AND_NEXT_RATIO * wordNext >= andNext) return null
  return grammarDraft(
    t,
    "and",
    `${q(`${prev} ${word} ${next}`)}: nothing before ${q(word)} makes it a noun or a verb (the reference has ${q(`${prev} ${word}`)} ${prevWord} times, ${q(`${prev} and`)} ${prevAnd}), and ${q(next)} follows “and” ${andNext} times, ${q(word)} ${wordNext}; scans print ${q(word)} for “and”`,
    { pattern: `${word}→and`, pairs: { prevWord, prevAnd, wordNext, andNext }, prior: fmt(prior) }
  )
}

export function detectRealWords(input: DetectorInput): Draft[] {
  const { model } = input
  const { text } = input.witness.witness
  const tokens = input.witness.tokens
  const out: Draft[] = []
  const functionWords = model.lexicon.frequent(FUNCTION)
  // (by a word's length, the function words one plain edit may reach: those of one letter more or less at
  // most, in the order of `functionWords`)
  const byLength = perCall(model, "real-word-function-words", () => {
    const lists: string[][] = []
    for (const f of functionWords) for (let n = Math.max(0, f.length - 1); n <= f.length + 1; n++) (lists[n] ??= []).push(f)
    return lists
  })
  // Word-pair counts are only reliable for common words: a candidate must be one (and far commoner than the
  // word it replaces), which keeps rare content words ("sword", "fell") out of reach of sparse statistics.
  // (a word found in the trie of the common words, where the search looks, is one: no look-up)
  const known = (c: string, tags?: number) => tags !== undefined || model.lexicon.unigram(c) >= COMMON
  const ids = model.corpus.tokenIds[input.index]!
  const prior = errorPrior(input)
  // (in a scan, a word broken at a line's end and misread besides: its halves are the hyphen rules')
  const mend = brokenMend(input)
  /**
   * Do the witnesses' other occurrences of a word beside its neighbours speak for it? In a careful
   * transcription, yes. In a raw scan (`errorPrior` 1) a misreading is often systematic, "it bad been",
   * "she bad been" in one article, and its pairs would vouch for it: there the word as printed is judged by
   * the reference alone (its occurrences in the witnesses left out), its candidates as before. (BLN600's OCR,
   * tune split: ocr-confusion closer to the truth 440 → 494 times, further 19 → 27; sentences improved :
   * worse 3,572 : 125 → 3,591 : 128. BLN600's corrected text: one more false alarm, in an article of cockney
   * dialogue its unknown words rank with a scan, "these ere philanthropists" → are.)
   */
  const ownEvidence = prior < 1
  /** Are words a and b (ids) side by side in the reference far less often than their counts would have them? */
  const unlikelyPair = (a: number, b: number) => {
    const expected = (model.refCount(a) * model.refCount(b)) / model.lexicon.total
    return expected >= UNLIKELY_PAIR && model.refPairOfIds(a, b) * UNLIKELY_RATIO < expected
  }
  const knownWord = knownWords(model)
  // per word (corpus id), for the whole call: 1 = never a candidate here, 2 = look closer (decided once per
  // word), its candidates once searched, and their ids once asked
  // (searched once per call, not kept across calls: a search in the trie of the common words costs less
  // than a look-up in a memo of every word ever searched)
  const { verdicts, byId, candidateIds } = perCall(model, "real-word", () => ({
    verdicts: new Uint8Array(model.corpus.words.length),
    byId: new Array<Candidate[] | undefined>(model.corpus.words.length),
    candidateIds: new Array<Int32Array | undefined>(model.corpus.words.length)
  }))
  // a grammar rule's draft for the token before, and how many drafts there were before the bigrams judged it:
  // the bigrams' own draft for the token stands where it is the surer (it says more: "“, aid told” is not
  // attested; “, and told” is (1,494 + 7 pairs)"), the grammar's where it is surer or the bigrams made none
  // (by corpus id, which rule of grammar a word is looked at by: "he", "be", "bad", FOR_AND's words; 0 none)
  const grammarOf = perCall(model, "real-word-grammar-ids", () => {
    const kinds = new Uint8Array(model.corpus.words.length)
    const mark = (g: string, kind: number) => {
      const id = model.corpus.ids.get(g)
      if (id !== undefined) kinds[id] = kind
    }
    mark("he", HE)
    mark("be", BE)
    mark("bad", BAD)
    for (const g of FOR_AND) mark(g, AND)
    return kinds
  })
  const knownElsewhere = (x: string) => model.lexicon.unigram(x) > 0 || model.lexicon.isWord(x)
  /** How many words of the archaic second person the witness writes (counted when first asked). */
  let secondPersonCount = -1
  const secondPerson = () => {
    if (secondPersonCount < 0) {
      secondPersonCount = 0
      for (const u of tokens) if (u.kind === "word" && SECOND_PERSON.has(u.n)) secondPersonCount++
    }
    return secondPersonCount
  }
  let pending: Draft | null = null
  let pendingAt = 0
  const settle = () => {
    if (pending === null) return
    const theirs = out.length > pendingAt ? out[pendingAt]! : undefined
    if (theirs === undefined) out.push(pending)
    else if (theirs.start === pending.start && theirs.replacement.toLowerCase() === pending.replacement && theirs.confidence < pending.confidence) out[pendingAt] = pending
    pending = null
  }
  for (let i = 0; i < tokens.length; i++) {
    settle()
    const t = tokens[i]!
    if (t.kind !== "word") continue
    const w = t.n
    const id = ids[i]!
    // (the grammar of five words the bigrams leave unsaid: see `placed`; told by their ids, not their strings)
    const kind = grammarOf[id]!
    const grammar = kind === 0 ? null : kind === HE ? modalBe(input, i, prior) : kind === BE ? bareBe(input, i, prior) : kind === BAD ? badHad(input, i, prior) : nounAnd(input, i, prior, w)
    if (grammar === KEEP) continue
    if (grammar !== null) {
      pending = grammar
      pendingAt = out.length
    }
    let verdict = verdicts[id]!
    if (verdict === 0) {
      // (a common word is not taken for an error of another: "than" → that, "two" → to; a word nothing
      // vouches for is a non-word)
      verdict = w.length < 2 || w.length > 10 || !ASCII_WORD.test(w) || (model.refCount(id) >= COMMON && !LEARNED.has(w)) || !knownWord(id, w) || wordFragment(w) || ORDINAL.test(w) ? 1 : 2
      verdicts[id] = verdict
    }
    if (verdict === 1) continue
    // (a numeral or an abbreviation of a reference: "vol. iii.", "op. cit.")
    if (inReference(tokens, i)) continue
    // (a word printed with its elision marked: "'tis a consummation")
    if (elided(tokens, i, w, knownElsewhere)) continue
    // (a common word is looked at only for its learned misreadings, and only in a witness with a scan's rate
    // of unknown words: in a careful transcription "in" and "he" are what they say, and asking costs the
    // time of every such word)
    if (prior < LEARNED_COMMON_PRIOR && model.refCount(id) >= COMMON) continue
    // (only a token written as its normal form, in lower case: compared without a slice; or capitalised at a
    // sentence start, "Tie prisoner said", where its capital is the sentence's)
    if (t.end - t.start !== w.length) continue
    let raw = w
    if (!text.startsWith(w, t.start)) {
      const c0 = text.charCodeAt(t.start)
      if (c0 < 0x41 || c0 > 0x5a || c0 + 0x20 !== w.charCodeAt(0) || !text.startsWith(w.slice(1), t.start + 1)) continue
      // (a full stop after a title or an initial ends no sentence: "Mrs. Dore, the mother"; a word in capitals
      // after it is a heading's or a title's: "Bye Day, Thursday")
      const before = prevN(tokens, i, text)
      if (before !== "<s>" && before !== "?" && before !== "!" && (before !== "." || afterInitial(tokens, i, text))) continue
      const after = tokens[i + 1]
      if (after === undefined || after.kind !== "word" || text.charCodeAt(after.start) < 0x61 || text.charCodeAt(after.start) > 0x7a) continue
      raw = text.slice(t.start, t.end)
    }
    let cs = byId[id]
    if (cs === undefined) {
      // OCR confusions to common words, and plain edits to the commonest (hie → he, beer → been, bf → of)
      // (looked up before the neighbours: most words have none, and then no pair need be counted)
      // (a common word is looked at for its learned misreadings alone: no other is taken for it)
      const common = model.refCount(id) >= COMMON
      cs = common ? [] : candidates(w, known, false, undefined, known, false, model.lexicon.frequentVocabulary(COMMON))
      const found = cs.length
      for (const f of common ? NONE : (byLength[w.length] ?? NONE)) {
        // (the pattern first: it rejects most at once, by length; then none of the confusions found it)
        const pattern = oneEditPattern(w, f)
        if (pattern !== null && !amongFirst(cs, found, f)) cs.push({ word: f, weight: pattern.includes("→") ? EDIT_WEIGHT * 0.8 : EDIT_WEIGHT, pattern })
      }
      // two words run together ("sent fora doctor", "give it tome"): a lost space, if the word is rare
      for (const c of runTogether(w, model.refCount(id), model.lexicon)) cs.push(c)
      // the words a scan is known to print this word for, weighed by how often it does (see `LEARNED`)
      for (const l of LEARNED.get(w) ?? NO_LEARNED) {
        const c = { word: l.word, weight: l.p / CHANNEL, pattern: `${w}→${l.word}${LEARNED_MARK}` }
        const at = cs.findIndex((x) => x.word === l.word)
        if (at < 0) cs.push(c)
        else if (cs[at]!.weight < c.weight) cs[at] = c
      }
      byId[id] = cs
    }
    if (cs.length === 0) {
      // (no candidates for this word: none at its other occurrences either)
      verdicts[id] = 1
      continue
    }
    const prev = prevN(tokens, i, text)
    const next = nextN(tokens, i, text)
    // (by ids: the neighbours are the tokens, or "<s>" / "." at a paragraph's edges)
    const prevId = prev === tokens[i - 1]?.n ? ids[i - 1]! : model.idOf(prev)
    const nextId = next === tokens[i + 1]?.n ? ids[i + 1]! : model.idOf(next)
    // (a word the pairs attest is left first, before the tests below: the commonest case)
    // (in a raw scan the word's pairs in the witnesses are no evidence for it: see `ownEvidence`)
    // (a word with learned misreadings is judged by the margin alone, in a scan: the reference has "that be"
    // and "be had", which say nothing of "that be had")
    if (!(prior >= LEARNED_COMMON_PRIOR && LEARNED.has(w)) && (ownEvidence ? model.pairOfIds(prevId, id, 1) + model.pairOfIds(id, nextId, 1) > 1 : model.refPairOfIds(prevId, id) + model.refPairOfIds(id, nextId) > 1)) continue
    // a part of a word broken by a hyphen and a space ("he dis- covered", "tor- tured") or by a full stop is
    // the hyphen rules' business, whatever word it happens to spell (BLN600's OCR, all samples: 9 of the 51
    // proposals that moved a sentence away from the truth, and 2 of the 547 that moved one closer)
    if (partOfBrokenWord(text, t.start, t.end, model.lexicon, mend)) continue
    // a word of the archaic second person in a witness that speaks so elsewhere (verse, scripture, an old
    // letter: "But thy eternal summer shall not fade", in a sonnet of thee and thou) is its register
    if (SECOND_PERSON.has(w) && secondPerson() > SECOND_PERSON_MIN) continue
    // the rest of a word a letter was split off ("the prisoner, w ho asked", "two miles fro m"): the
    // split-word rule joins them
    if (letterSplitBeside(text, tokens, i, model.lexicon)) continue
    // an abbreviation before a number ("cap. 14, sec. 13", "vol. 3") is none of the words it looks like
    if (text.charCodeAt(t.end) === 0x2e && ABBREVIATION_BEFORE_NUMBER.test(text.slice(t.end, t.end + 4))) continue
    const so = ownEvidence
      ? model.logCondOfIds(prevId, id, 1, 1) + model.logCondOfIds(id, nextId, 1)
      : fitAsPrinted(model, prevId, id, nextId)
    let best: { c: Candidate; s: number; left: number; right: number } | undefined
    let bestK = -1
    let second: { c: Candidate; s: number } | undefined
    // (by candidate, the ids of its first and last word: the same but for two words run together)
    let cids = candidateIds[id]
    if (cids === undefined) {
      cids = new Int32Array(2 * cs.length)
      for (let k = 0; k < cs.length; k++) {
        const c = cs[k]!.word
        const space = c.indexOf(" ")
        cids[2 * k] = model.idOf(space < 0 ? c : c.slice(0, space))
        cids[2 * k + 1] = space < 0 ? cids[2 * k]! : model.idOf(c.slice(space + 1))
      }
      candidateIds[id] = cids
    }
    for (let k = 0; k < cs.length; k++) {
      const c = cs[k]!
      const first = cids[2 * k]!
      const last = cids[2 * k + 1]!
      const left = model.pairOfIds(prevId, first)
      const right = model.pairOfIds(last, nextId)
      if (left === 0 && right === 0) continue
      const inner = first === last ? 0 : model.logCondOfIds(first, last)
      const s = model.logCondOfIds(prevId, first) + inner + model.logCondOfIds(last, nextId) + Math.log(CHANNEL * c.weight)
      if (best === undefined || s > best.s) {
        if (best !== undefined) second = best
        best = { c, s, left, right }
        bestK = k
      } else if (second === undefined || s > second.s) second = { c, s }
    }
    if (best === undefined || best.left + best.right < 3) continue
    // attested on both sides (a text edge or punctuation counts as attested), and far commoner than the original
    // (not asked of a misreading the scans are known to make: its rate is measured, and a side the reference
    // does not attest, most often debris beside it, "ri bat little", "the pamder ho seized", "condttct lie
    // described", is asked only not to be unlikely, below. BLN600's OCR, all samples: 8 proposals more, one
    // wrong, "a right-looking lad named" → had; tune split ocr-confusion 761 / 38 / 52 → 771 / 38 / 53, test
    // split 222 / 15 → 225 / 15)
    const learnedBest = best.c.pattern.endsWith(LEARNED_MARK)
    if (!learnedBest && ((best.left === 0 && prev !== "<s>") || (best.right === 0 && /^[a-z]/.test(next))) && Math.max(best.left, best.right) < 5) continue
    // (two words: how often they stand together)
    const space = best.c.word.indexOf(" ")
    const found = space < 0 ? model.count(best.c.word) : model.pair(best.c.word.slice(0, space), best.c.word.slice(space + 1))
    const learned = learnedBest ? LEARNED.get(w)!.find((l) => l.word === best!.c.word)! : undefined
    // (a capitalised word the reference writes as a name, "Lee and", is one: not "He and")
    if (learned !== undefined && raw !== w) {
      const cases = model.lexicon.caseOf(w)
      if (cases.capital >= 3 && cases.capital >= cases.lower) continue
    }
    // (a learned candidate may be unattested on one side where the reference is too small to have the pair,
    // "windows had been", not where it would have it many times were it English: "the tier of" is not "the
    // her of", "the" and "her" expected side by side 200 times in the reference and never found so; beside
    // words only: the reference's pairs of marks and words are another matter)
    if (learned !== undefined && ((/^[a-z]/.test(prev) && unlikelyPair(prevId, cids[2 * bestK]!)) || (/^[a-z]/.test(next) && unlikelyPair(cids[2 * bestK + 1]!, nextId)))) continue
    if (learned === undefined && found < 5 * model.count(w, 1)) continue
    // a common word is not taken for an error of another ("than" → that, "two" → to), unless the scan is
    // known to print it for that word ("be" for he)
    if (learned === undefined && model.lexicon.unigram(w) >= COMMON) continue
    // (against reading the word as printed, the channel is as likely as misreadings are in this witness)
    const margin = best.s - so + Math.log(prior)
    // two-letter words are many and OCR turns them into each other: ask for much more (not of a misreading
    // the scans are known to make, its probability measured, not guessed: "be" is he 7 % of the time, "ho"
    // 47 %, "he" be 1 %; when only those of 5 % were spared, "to he paid" was never mended: BLN600's OCR,
    // tune split, ocr-confusion 722 / 35 → 732 / 36 without that floor)
    // (and only between two words the reference knows: "en" after a fragment, "childi en", is a word's tail)
    const shortLearned = w.length === 2 && learned !== undefined && /^[a-z]/.test(prev) && /^[a-z]/.test(next) && model.refCount(prevId) > 0 && model.refCount(nextId) > 0
    if (margin < (w.length === 2 && !shortLearned ? MARGIN + Math.log(50) : MARGIN)) continue
    // (at a sentence start, a word in lower case whose first letter the scan misread was a capital: "his home.
    // le had" → He; not in a witness in lower case, nor after an initial or a title)
    const capitalLost = raw === w && best.c.word[0] !== w[0] && !input.lowerCase && (prev === "<s>" || prev === "?" || prev === "!" || (prev === "." && !afterInitial(tokens, i, text)))
    const replacement = capitalLost ? matchCase(best.c.word, w[0]!.toUpperCase() + w.slice(1)) : matchCase(best.c.word, raw)
    const prevShown = prev === "<s>" ? "" : `${prev} `
    const nextShown = next === "." && tokens[i + 1]?.n !== "." ? "" : ` ${next}`
    out.push({
      start: t.start,
      end: t.end,
      replacement,
      rule: "ocr-confusion",
      class: "real-word-error",
      confidence: Math.min(w.length <= 2 ? 0.75 : 0.97, squash(margin - MARGIN + 1.5)),
      explanation: `${q(prevShown + w + nextShown)} is not attested; ${q(prevShown + best.c.word + nextShown)} is (${best.left} + ${best.right} pairs); ${learned !== undefined ? `scans print ${q(w)} for ${q(learned.word)} (BLN600: ${learned.printed} times in ${learned.of})` : space < 0 ? (best.c.weight <= EDIT_WEIGHT ? `${best.c.pattern}: ${plainEdit(best.c.pattern)}` : `${best.c.pattern} is a common OCR confusion`) : "a space lost between two words is a common OCR error"}`,
      evidence: {
        pattern: learned !== undefined ? best.c.pattern.slice(0, -LEARNED_MARK.length) : best.c.pattern,
        ...(learned !== undefined ? { learned: { printed: learned.printed, of: learned.of } } : {}),
        pairsOriginal: [model.pair(prev, w, 1), model.pair(w, next, 1)],
        pairsReplacement: [best.left, best.right],
        reference: { original: model.lexicon.unigram(w), replacement: space < 0 ? model.lexicon.unigram(best.c.word) : model.lexicon.bigram(best.c.word.slice(0, space), best.c.word.slice(space + 1)) },
        corpus: { original: model.corpusCount(w, 1), replacement: model.corpusCount(best.c.word) },
        logOdds: fmt(margin),
        prior: fmt(prior),
        runnerUp: second === undefined ? null : second.c.word
      }
    })
  }
  settle()
  return out
}
