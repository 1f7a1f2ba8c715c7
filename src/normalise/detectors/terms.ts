/**
 * The corpus's own words: words no dictionary has and the reference never uses, which the careful witnesses
 * write again and again ("bureaucratism" in the seeds, "prosecutrix" in BLN600's police reports, "kulaks"),
 * offered by the non-word rule as candidates beside the dictionary's words: "[b]ureacratism" is
 * bureaucratism, which the other witnesses print seven times. Pure; decided once per `normalise` call.
 *
 * A word is the corpus's where witnesses of few unknown words (`errorPrior` below `CAREFUL_PRIOR`:
 * transcriptions, corrected texts; not a scan, whose garbles repeat: BLN600's OCR prints "soners", "peared",
 * "fendant" twice or more, the rest of "pri- soners", "ap- peared") use it `TERM_USES` times or more, a use
 * being the word in lower case or at a sentence's start, not the half of a word broken at a line end; where
 * they write it in lower case more often than capitalised inside a sentence (a name is the misread-name
 * rule's); and where it is no two words of the reference run together ("thathe", "carman").
 */
import { buildTrie, type WordTrie } from "../trie.ts"
import { IN_REFERENCE, type Lexicon } from "../lexicon.ts"
import { sentenceInitial, type ContextModel } from "../context.ts"
import { candidates, type Candidate } from "../confusions.ts"
import { errorPrior, perCall } from "./shared.ts"
import { partOfBrokenWord } from "./typography.ts"

/** `errorPrior` below which a witness's words speak for themselves (a careful transcription; BLN600's scans are at 1). */
export const CAREFUL_PRIOR = 0.5
/** Uses in careful witnesses that make a word the corpus's. */
export const TERM_USES = 2
/** Letters a word must have to be one (shorter words have too many neighbours one edit away). */
export const TERM_MIN_LENGTH = 6
/** Reference count each of two words must have for a word to be them run together ("that" + "he"). */
const RUN_PART = 3

const A_TO_Z = /^[a-z]+$/

/** The corpus's own words, each with its uses in careful witnesses, and a trie of them (null: none). */
export interface CorpusTerms {
  readonly uses: ReadonlyMap<string, TermUses>
  readonly words: ReadonlyArray<string>
  readonly trie: WordTrie | null
}

export interface TermUses {
  readonly count: number
  /** The witnesses that use it (their indices in the corpus), in corpus order. */
  readonly witnesses: ReadonlyArray<number>
}

/** The corpus's own words of this call's model (see the module comment). */
export function corpusTerms(model: ContextModel): CorpusTerms {
  return perCall(model, "corpus-terms", () => findTerms(model))
}

function findTerms(model: ContextModel): CorpusTerms {
  const { corpus, lexicon: lex } = model
  const careful = corpus.witnesses
    .map((witness, index) => ({ witness, index, lowerCase: corpus.lowerCase[index]! }))
    .filter((w) => corpus.copies[w.index]! < 0 && errorPrior({ ...w, model }) < CAREFUL_PRIOR)
  // (first the words that may be terms, by id: used twice or more in the whole corpus, of letters, in no
  // reference; then their uses in the careful witnesses, found by id: most tokens are looked at no further)
  const maybe = new Uint8Array(corpus.words.length)
  let any = false
  for (let id = 0; id < corpus.words.length; id++) {
    const w = corpus.words[id]!
    if (w.length >= TERM_MIN_LENGTH && corpus.counts[id]! >= TERM_USES && A_TO_Z.test(w) && model.refCount(id) === 0) {
      maybe[id] = 1
      any = true
    }
  }
  const uses = new Int32Array(corpus.words.length)
  const lower = new Int32Array(corpus.words.length)
  const capital = new Int32Array(corpus.words.length)
  const found: number[] = []
  // (per word found, the witnesses that use it)
  const where = new Map<number, number[]>()
  for (const { witness, index, lowerCase } of any ? careful : []) {
    const { text } = witness.witness
    const ids = corpus.tokenIds[index]!
    const tokens = witness.tokens
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!
      if (maybe[id] === 0) continue
      const t = tokens[i]!
      const c = text.charCodeAt(t.start)
      const small = c >= 0x61 && c <= 0x7a
      // (capitalised inside a sentence, as a name is, the word is counted as such and no more: most are names)
      const inside = !small && !lowerCase && !sentenceInitial(tokens, i, text)
      if (inside) capital[id]! += 1
      if (inside || partOfBrokenWord(text, t.start, t.end, lex)) continue
      if (uses[id] === 0) {
        found.push(id)
        where.set(id, [index])
      } else if (where.get(id)!.at(-1) !== index) where.get(id)!.push(index)
      uses[id]! += 1
      if (small && !lowerCase) lower[id]! += 1
    }
  }
  const terms = new Map<string, TermUses>()
  for (const id of found) {
    const w = corpus.words[id]!
    if (uses[id]! >= TERM_USES && lower[id]! > capital[id]! && !lex.isWord(w) && !twoWords(w, lex)) terms.set(w, { count: uses[id]!, witnesses: where.get(id)! })
  }
  const words = [...terms.keys()]
  return { uses: terms, words, trie: terms.size === 0 ? null : buildTrie(words) }
}

/** Is w two words the reference uses RUN_PART times or more, run together ("thathe", "carman")? */
function twoWords(w: string, lex: Lexicon): boolean {
  let two = false
  lex.vocabulary().prefixes(w, (k, tags) => {
    if (two || k < 2 || k > w.length - 2 || (tags & IN_REFERENCE) === 0) return
    two = lex.unigram(w.slice(0, k)) >= RUN_PART && lex.unigram(w.slice(k)) >= RUN_PART
  })
  return two
}

/**
 * The corpus's own words one confusion or plain edit (or two confusions) from the unknown word w, as
 * candidates; not a word that differs from w only as an inflection does: one that w begins or that begins w
 * ("kolkhozy" is no misread "kolkhoz", "mandrils" no "mandril"), nor one that differs from it only in a
 * vowel or an s among its last two letters ("warehousemen" and warehouseman, "kulaki" and kulaks), nor one
 * with another of the endings that derive a word ("bureaucratist" is no misread "bureaucratism"); and none
 * for a word with an apostrophe ("kulak's" is no misread "kulaks").
 */
export function termCandidates(w: string, terms: CorpusTerms): ReadonlyArray<Candidate> {
  // (a word with an apostrophe is a possessive or a contraction, of the term or not: "the kulak's hireling")
  if (terms.trie === null || w.length < TERM_MIN_LENGTH - 1 || !A_TO_Z.test(w)) return []
  // (the search only where a term may be found: most unknown words are like none, and a search, even of a
  // small trie, costs a walk of the word's every position and confusion)
  if (!terms.words.some((t) => mayReach(w, t))) return []
  return candidates(w, yes, true, undefined, yes, true, terms.trie).filter((c) => !inflected(w, c.word))
}
const yes = () => true

/** Letters a confusion reads as others at most ("iii" for m), and how far two change a word's length. */
const WINDOW = 3
const LENGTH_REACH = 4

/**
 * Could one or two confusions, or an edit, make t of w? Only if all they leave alone is common to both: a
 * beginning, an end, and between the two places changed (each `WINDOW` letters at most), a middle.
 */
function mayReach(w: string, t: string): boolean {
  if (Math.abs(w.length - t.length) > LENGTH_REACH) return false
  const shorter = Math.min(w.length, t.length)
  let p = 0
  while (p < shorter && w.charCodeAt(p) === t.charCodeAt(p)) p++
  let s = 0
  while (s < shorter - p && w.charCodeAt(w.length - 1 - s) === t.charCodeAt(t.length - 1 - s)) s++
  const mw = w.length - p - s
  const mt = t.length - p - s
  if (mw <= WINDOW && mt <= WINDOW) return true
  // (the first place changed, i letters of w read as j of t, then the longest middle the two share)
  for (let i = 0; i <= WINDOW && i <= mw; i++)
    for (let j = 0; j <= WINDOW && j <= mt; j++) {
      let k = 0
      while (i + k < mw && j + k < mt && w.charCodeAt(p + i + k) === t.charCodeAt(p + j + k)) k++
      if (mw - i - k <= WINDOW && mt - j - k <= WINDOW) return true
    }
  return false
}

const INFLECTING = /^[aeiouys]$/
/** Endings that make one word of another (-ism, -ist, -ise…), which one letter or two may tell apart. */
const DERIVING = ["ism", "ist", "ise", "ize", "ite", "ity", "ian", "ic", "al", "er", "or", "ed", "es"]

function inflected(w: string, c: string): boolean {
  if (w.startsWith(c) || c.startsWith(w)) return true
  for (const a of DERIVING) {
    if (!w.endsWith(a)) continue
    const stem = w.slice(0, -a.length)
    for (const b of DERIVING) if (b !== a && c.length === stem.length + b.length && c.endsWith(b) && c.startsWith(stem)) return true
  }
  if (w.length !== c.length) return false
  let at = -1
  for (let i = 0; i < w.length; i++) {
    if (w[i] === c[i]) continue
    if (at >= 0) return false
    at = i
  }
  return at >= w.length - 2 && (INFLECTING.test(w[at]!) || INFLECTING.test(c[at]!))
}
