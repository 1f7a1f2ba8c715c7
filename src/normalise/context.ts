/**
 * The context model: word and pair counts of the reference corpus (the Lexicon) plus those of the witnesses
 * being normalised, and how the witnesses write each word's case. Counts of the witnesses are taken with
 * the occurrence under test left out (`self`), so an error cannot vouch for itself; a file loaded twice is
 * counted once, so that it cannot either.
 */
import { copiesOf } from "../corpus/copies.ts"
import type { Token, TokenisedWitness } from "../domain/model.ts"
import type { Lexicon } from "./lexicon.ts"

export interface CorpusStats {
  /** Count of each word, by id (see `ids`). */
  readonly counts: ReadonlyArray<number>
  /** Word → small integer id (the keys of `bigrams`). */
  readonly ids: Map<string, number>
  /** Pair counts by the ids of the two words. */
  readonly bigrams: PairCounts
  /** id → word */
  readonly words: ReadonlyArray<string>
  /** Per witness, the id of each token's normalised form. */
  readonly tokenIds: ReadonlyArray<Int32Array>
  /**
   * By word id, how often the witnesses that use both cases write the word in lower case and capitalised
   * away from sentence starts (both null when no witness is in lower case throughout: then nobody asks).
   */
  readonly lowerCounts: Int32Array | null
  readonly capitalCounts: Int32Array | null
  readonly total: number
  /** Per witness: written wholly in lower case (`isLowerCaseWitness`). */
  readonly lowerCase: ReadonlyArray<boolean>
  /** By word id, how many different words follow it in the witnesses. */
  readonly followers: Int32Array
  /** The witnesses counted, in corpus order (for a detector that learns from the others, as case.ts does). */
  readonly witnesses: ReadonlyArray<TokenisedWitness>
  /** Per witness, the earlier witness it repeats word for word (a file loaded twice), or -1 (`copiesOf`): not counted. */
  readonly copies: Int32Array
}

/**
 * Counts of id pairs: an open-addressing hash table over one flat integer array (a Map keyed by a * V + b
 * would key by numbers beyond the small-integer range, which it hashes slowly, for any corpus of 46,000
 * distinct words or more).
 */
export class PairCounts {
  /** Per slot, three integers side by side: the first id plus one (0: empty, so that a new table is empty as
   * allocated), the second, the count. (Side by side, a probe reads one cache line: the table is larger than
   * the processor's cache, and most probes miss it.) */
  private slots: Int32Array
  /** Number of slots minus one (a power of two minus one). */
  private mask: number
  /** Number of distinct pairs. */
  size = 0

  /** Room for `expected` pairs without growing (the table then stays at most half full). */
  constructor(expected = 2048) {
    let n = 1 << 12
    while (n < expected * 2) n *= 2
    this.slots = new Int32Array(n * 3)
    this.mask = n - 1
  }

  /** The index in `slots` of (a, b)'s slot, or of the empty slot where it belongs. */
  private slot(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)
    h ^= h >>> 15
    let i = h & this.mask
    const slots = this.slots
    const a1 = a + 1
    for (;;) {
      const f = slots[i * 3]!
      if (f === 0 || (f === a1 && slots[i * 3 + 1] === b)) return i * 3
      i = (i + 1) & this.mask
    }
  }

  /** Count one more (a, b); true when the pair is new. */
  add(a: number, b: number): boolean {
    const i = this.slot(a, b)
    const slots = this.slots
    if (slots[i] === 0) {
      slots[i] = a + 1
      slots[i + 1] = b
      slots[i + 2] = 1
      if (++this.size * 2 > this.mask) this.grow()
      return true
    }
    slots[i + 2]!++
    return false
  }

  /** The count of (a, b), 0 when never counted. */
  get(a: number, b: number): number {
    const i = this.slot(a, b)
    return this.slots[i] === 0 ? 0 : this.slots[i + 2]!
  }

  private grow(): void {
    const old = this.slots
    const n = (this.mask + 1) * 2
    this.slots = new Int32Array(n * 3)
    this.mask = n - 1
    for (let k = 0; k < old.length; k += 3) {
      if (old[k] === 0) continue
      const i = this.slot(old[k]! - 1, old[k + 1]!)
      this.slots[i] = old[k]!
      this.slots[i + 1] = old[k + 1]!
      this.slots[i + 2] = old[k + 2]!
    }
  }
}

/** Does a witness use upper case at all? (A transcription in lower case throughout does not.) */
export function isLowerCaseWitness(text: string): boolean {
  let letters = 0
  let upper = 0
  // (capitals past 0.2 % of the whole text are past 0.2 % of its letters: an ordinary witness is decided
  // within its first pages)
  const enough = 0.002 * text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x61 && c <= 0x7a) letters++
    else if (c >= 0x41 && c <= 0x5a) {
      letters++
      if (++upper >= enough) return false
    }
  }
  return letters > 200 && upper / letters < 0.002
}

/** Is token i the first word of a sentence (after . ? ! or a paragraph break, through quotes/brackets)? */
export function sentenceInitial(tokens: ReadonlyArray<Token>, i: number, text: string): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const p = tokens[j]!
    // (a line break between the two tokens, found in place)
    for (let k = p.end, to = tokens[j + 1]!.start; k < to; k++) if (text.charCodeAt(k) === 0x0a) return true
    if (p.kind !== "punct") return false
    const n = p.n
    if (n === "." || n === "?" || n === "!" || n === "\u2026" || n === ":") return true
    // through opening quotes and brackets (a dash or a closing quote followed by a dash continues the sentence)
    if (n === '"' || n === "'" || n === "(" || n === "[") {
      const next = tokens[j + 1]
      if (j + 1 < i && next !== undefined && next.n === "\u2014") return false
      continue
    }
    return false
  }
  return true
}

export function corpusStats(witnesses: ReadonlyArray<TokenisedWitness>): CorpusStats {
  const counts: number[] = [0]
  // (sized for a distinct pair per four tokens, and grown past that: the witnesses of BLN600's OCR, 288,000
  // tokens, hold 128,000 distinct pairs, the seeds 20,000 in 32,000; a table sized for one per token, 12 MB
  // zeroed at every call, took a third longer to fill than one a quarter of its size, every probe a miss of
  // the processor's cache)
  let tokenCount = 0
  for (const w of witnesses) tokenCount += w.tokens.length
  const bigrams = new PairCounts(tokenCount >> 2)
  const ids = new Map<string, number>([["<s>", 0]])
  let total = 0
  // how the witnesses write case matters only when one of them is in lower case throughout
  const lowers = witnesses.map((w) => isLowerCaseWitness(w.witness.text))
  const needCases = lowers.some((x) => x)
  // first the ids of every token
  const tokenIds = witnesses.map((w) => {
    const toks = w.tokens
    const out = new Int32Array(toks.length)
    for (let i = 0; i < toks.length; i++) {
      const n = toks[i]!.n
      let id = ids.get(n)
      if (id === undefined) {
        ids.set(n, (id = ids.size))
        counts.push(0)
      }
      out[i] = id
    }
    return out
  })
  // case counts by word id (a word's [lower, capitalised] pair made once, at the end)
  const lowerCounts = needCases ? new Int32Array(ids.size) : null
  const capitalCounts = needCases ? new Int32Array(ids.size) : null
  const followers = new Int32Array(ids.size)
  const copies = copiesOf(witnesses)
  witnesses.forEach((w, wi) => {
    // (a file loaded twice is counted once: its words are not "used elsewhere in the corpus", nor its pairs
    // attested, by a second copy of themselves)
    if (copies[wi]! >= 0) return
    const lower = lowers[wi]! || !needCases
    let prev = 0
    const toks = w.tokens
    const tids = tokenIds[wi]!
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!
      total++
      const id = tids[i]!
      counts[id]!++
      if (bigrams.add(prev, id)) followers[prev]!++
      prev = id
      if (t.kind === "word") {
        if (!lower) {
          const c0 = w.witness.text.charCodeAt(t.start)
          const isUpper = (c0 >= 0x41 && c0 <= 0x5a) || (c0 > 0x7f && w.witness.text[t.start] !== w.witness.text[t.start]!.toLowerCase())
          if (isUpper && sentenceInitial(toks, i, w.witness.text)) continue
          if (isUpper) capitalCounts![id]!++
          else lowerCounts![id]!++
        }
      }
    }
  })
  const words = [...ids.keys()]
  return { counts, ids, words, bigrams, tokenIds, lowerCounts, capitalCounts, total, lowerCase: lowers, followers, witnesses, copies }
}

/** Weight of one witness occurrence relative to one reference-corpus occurrence. */
const CORPUS_WEIGHT = 3

export interface ContextModel {
  readonly lexicon: Lexicon
  readonly corpus: CorpusStats
  /** Combined count of a word (reference + weighted corpus), leaving out `self` corpus occurrences. */
  count(w: string, self?: number): number
  /** Combined count of a pair, leaving out `self` corpus occurrences. */
  pair(a: string, b: string, self?: number): number
  /** Corpus count alone (witnesses), leaving out `self`. */
  corpusCount(w: string, self?: number): number
  /** `pair` by corpus ids (see `corpus.tokenIds`; `idOf` for other words). */
  pairOfIds(a: number, b: number, self?: number): number
  /** The reference's count alone of the pair of corpus ids (a, b) (`lexicon.bigram` of their words). */
  refPairOfIds(a: number, b: number): number
  /** The corpus id of a word; a word the witnesses lack gets an id beyond theirs (for `pairOfIds`). */
  idOf(w: string): number
  /**
   * log P(b | a) by ids (see `pairOfIds`; `selfPair`, `selfB`: occurrences left out), smoothed as Witten and
   * Bell do: an unseen pair gets the share of a's continuations that were new types, spread by b's own
   * probability. A word followed by many different words (a comma, "and", "the") thus leaves a real share
   * to a rare word never seen after it, and its unseen pair is weak evidence against that word. (The
   * Dirichlet estimate it replaced, with a fixed weight of 3 for the unseen, made a comma's 60,000 pairs in
   * the reference speak against every word it had never preceded.)
   */
  logCondOfIds(a: number, b: number, selfPair?: number, selfB?: number): number
  /** Reference count (`lexicon.unigram`) of the word with corpus id `id` (see `corpus.tokenIds`), looked up once. */
  refCount(id: number): number
}

export function contextModel(lexicon: Lexicon, corpus: CorpusStats): ContextModel {
  const N = lexicon.total + CORPUS_WEIGHT * corpus.total
  const V = corpus.ids.size
  /** Vocabulary size of the unigram smoothing. */
  const SMOOTH_V = 60000
  const corpusOf = (w: string) => {
    const id = corpus.ids.get(w)
    return id === undefined ? 0 : corpus.counts[id]!
  }
  const count = (w: string, self = 0) => lexicon.unigram(w) + CORPUS_WEIGHT * Math.max(0, corpusOf(w) - self)
  const pair = (a: string, b: string, self = 0) =>
    lexicon.bigram(a, b) + CORPUS_WEIGHT * Math.max(0, corpusPair(a, b) - self)
  const corpusPair = (a: string, b: string) => {
    const ia = corpus.ids.get(a)
    const ib = corpus.ids.get(b)
    return ia === undefined || ib === undefined ? 0 : corpus.bigrams.get(ia, ib)
  }
  const refCounts = new Float64Array(corpus.words.length)
  // corpus id → id in the lexicon's pair counts (-2: not looked up yet); words beyond the corpus in `extra`
  let lexIds = new Int32Array(V).fill(-2)
  const extra = new Map<string, number>()
  const extraWords: string[] = []
  // (the corpus's words are looked up all at once, on the first question: in one tight loop the reference's
  // tables stay in the processor's cache, where questions scattered through the detectors each miss it)
  let filled = false
  const fill = () => {
    filled = true
    for (let id = 0; id < V; id++) {
      const l = lexicon.pairId(corpus.words[id]!)
      lexIds[id] = l
      refCounts[id] = lexicon.unigramOfPairId(l, corpus.words[id]!)
    }
  }
  const lexId = (id: number) => {
    if (!filled) fill()
    let l = lexIds[id]!
    if (l === -2) lexIds[id] = l = lexicon.pairId(extraWords[id - V]!)
    return l
  }
  const pairOfIds = (a: number, b: number, self = 0) => {
    const c = a < V && b < V ? corpus.bigrams.get(a, b) : 0
    return lexicon.bigramOfIds(lexId(a), lexId(b)) + CORPUS_WEIGHT * Math.max(0, c - self)
  }
  // reference count by id (the same as `lexicon.unigram` of the word), cached for the witnesses' words
  const refCount = (id: number) => {
    if (id >= V) return lexicon.unigramOfPairId(lexId(id), extraWords[id - V]!)
    if (!filled) fill()
    return refCounts[id]!
  }
  // `count` by id
  const countOfId = (id: number, self = 0) => refCount(id) + CORPUS_WEIGHT * Math.max(0, (id < V ? corpus.counts[id]! : 0) - self)
  return {
    idOf: (w) => {
      const id = corpus.ids.get(w)
      if (id !== undefined) return id
      let e = extra.get(w)
      if (e === undefined) {
        extra.set(w, (e = V + extraWords.length))
        extraWords.push(w)
        if (e >= lexIds.length) {
          const grown = new Int32Array(lexIds.length * 2 + 16).fill(-2)
          grown.set(lexIds)
          lexIds = grown
        }
      }
      return e
    },
    pairOfIds,
    refPairOfIds: (a, b) => lexicon.bigramOfIds(lexId(a), lexId(b)),
    refCount,
    logCondOfIds: (a, b, selfPair = 0, selfB = 0) => {
      const pb = (countOfId(b, selfB) + 0.5) / (N + SMOOTH_V * 0.5)
      let t = lexicon.followersOfId(lexId(a))
      if (a < V) {
        t += corpus.followers[a]!
        // (a pair seen only at the occurrences left out is no type of a's continuations)
        if (selfPair > 0 && b < V && corpus.bigrams.get(a, b) <= selfPair) t--
      }
      t = Math.max(1, t)
      return Math.log((pairOfIds(a, b, selfPair) + t * pb) / (countOfId(a) + t))
    },
    lexicon,
    corpus,
    count,
    pair,
    corpusCount: (w, self = 0) => Math.max(0, corpusOf(w) - self)
  }
}
