/**
 * The reference resources of the normaliser, as plain data: word and word-pair counts from a reference
 * corpus (the Brown corpus), how the reference writes each word's case, a dictionary check (the Hunspell
 * word forms, see dictionary.ts), and tries of the vocabulary for the candidate searches. Built once by
 * `load.ts` (the only module that reads files); tests build small ones by hand with `makeLexicon`. Pure:
 * nothing here reads a file, a clock or a random source.
 */
import { isPlainWord } from "./dictionary.ts"
import { backwards, buildTrie, type WordTrie } from "./trie.ts"

/** Reference data the detectors consult. All words are lower case unless stated. */
export interface Lexicon {
  /** Tokens in the reference corpus. */
  readonly total: number
  /** Reference count of a lower-case word (0 when unseen). */
  unigram(w: string): number
  /** Reference count of the lower-case word pair "a b" (punctuation tokens count as words). */
  bigram(a: string, b: string): number
  /** The id of a word in the pair counts (-1 when in no pair): for `bigramOfIds`. */
  pairId(w: string): number
  /** `bigram` by the ids of `pairId` (0 when either is -1). */
  bigramOfIds(a: number, b: number): number
  /** How many different words follow the word of pair id `a` in the pair counts (0 for -1). */
  followersOfId(a: number): number
  /** `unigram(w)` given also w's `pairId` (which saves the look-up when the pair counts hold unigram counts). */
  unigramOfPairId(id: number, w: string): number
  /** Does the dictionary accept this word as written (any case the dictionary allows)? */
  isWord(w: string): boolean
  /**
   * How the reference writes a word away from a sentence start: counts of the lower-case form and of the
   * capitalised form (Stalin), and the capitalised form the dictionary lists, if any.
   */
  caseOf(w: string): CaseStats
  /**
   * Which variety of English alone spells a lower-case word so: `US_SPELLING` when the en-US dictionary
   * lists it and the en-GB one does not (honor, parlor, organization, defense, center), `GB_SPELLING` the other
   * way round (honour, parlour, organisation, defence, centre), 0 when both list it or neither does.
   */
  spelling(w: string): number
  /** Every word `spelling` tells as one variety's, with that variety. */
  spellings(): ReadonlyMap<string, number>
  /** Words of the reference seen at least `min` times, commonest first. */
  frequent(min: number): ReadonlyArray<string>
  /**
   * The words with a reference count above 0 and the lower-case words the dictionary accepts, as a trie
   * (built on first call, then kept): every lower-case word of a–z and apostrophes that `isWord` or
   * `unigram` vouches for is in it. Each word is tagged (see `vocabularyTags`) with `IN_REFERENCE` when
   * `unigram` counts it and `IN_DICTIONARY` when `isWord` accepts it.
   */
  vocabulary(): WordTrie
  /** The words of the reference seen at least `min` times, as a trie (built on first call per `min`, then kept). */
  frequentVocabulary(min: number): WordTrie
  /**
   * The words of a–z and apostrophes the reference uses at least `min` times, each written backwards, as a
   * trie: which words end with a string (built on first call per `min`, then kept).
   */
  endings(min: number): WordTrie
}

export interface CaseStats {
  readonly lower: number
  readonly capital: number
  /** The dictionary lists the word only capitalised (a proper name): its form, else null. */
  readonly dictProper: string | null
}

export interface LexiconData {
  readonly unigrams: ReadonlyMap<string, number>
  /** Pair counts: keyed by `pairKey`, or as a table (see `pairTable`). */
  readonly bigrams: ReadonlyMap<string, number> | PairTable
  /** word → [lower-case count, capitalised count] away from sentence starts. */
  readonly cases?: ReadonlyMap<string, readonly [number, number]>
  /** lower-case word → capitalised form, for dictionary entries listed only capitalised. */
  readonly proper?: ReadonlyMap<string, string>
  /** `Lexicon.spellings` (made on the first question); without it no word is told as one variety's. */
  readonly spellings?: () => ReadonlyMap<string, number>
  /** Dictionary check; defaults to "seen in the unigrams". */
  readonly isWord?: (w: string) => boolean
  /** With `isWord`: the lower-case words it accepts (those of a–z and apostrophes at least), for `vocabulary`. */
  readonly dictionaryWords?: () => Iterable<string>
  /** The trie of `vocabulary`, when it can be had more cheaply than by building it (from a cache). */
  readonly vocabulary?: () => WordTrie
  /** The trie of `frequentVocabulary(min)`, likewise (built from `frequentWords` when absent). */
  readonly frequentVocabulary?: (min: number) => WordTrie
  /** The trie of `endings(min)`, likewise (built from `endingWords` when absent). */
  readonly endings?: (min: number) => WordTrie
}

/** `Lexicon.spelling` of a word only the en-US dictionary lists. */
export const US_SPELLING = 1
/** `Lexicon.spelling` of a word only the en-GB dictionary lists. */
export const GB_SPELLING = 2

/** Tag of a word of `Lexicon.vocabulary()` that the reference corpus uses (`unigram` above 0). */
export const IN_REFERENCE = 2
/** Tag of a word of `Lexicon.vocabulary()` that the dictionary accepts (`isWord`). */
export const IN_DICTIONARY = 4

/** The tags of a word of the vocabulary trie: the answers of `unigram` and `isWord` when it was built. */
export function vocabularyTags(data: LexiconData): (w: string) => number {
  const isWord = isWordOf(data)
  return (w) => ((data.unigrams.get(w) ?? 0) > 0 ? IN_REFERENCE : 0) | (isWord(w) ? IN_DICTIONARY : 0)
}

/** The dictionary check of the data (by default, "seen in the unigrams"). */
const isWordOf = (data: LexiconData) => data.isWord ?? ((w: string) => data.unigrams.has(w.toLowerCase()))

/** Key of a word pair in `LexiconData.bigrams`. */
export const pairKey = (a: string, b: string) => `${a}\u0001${b}`

/**
 * Pair counts as flat integer arrays (compact to store and to load, and looked up without building a key):
 * the pairs whose first word has id a are at [offsets[a], offsets[a + 1]), ordered by the id of the second.
 */
export interface PairTable {
  /** id → word */
  readonly words: ReadonlyArray<string>
  readonly ids: ReadonlyMap<string, number>
  readonly offsets: Int32Array
  readonly seconds: Int32Array
  readonly counts: Int32Array
  /** Unigram counts by id, when they come with the table: then every word with a count has an id. */
  readonly unigrams?: Int32Array
}

/** The pair table of counts keyed by `pairKey`; words get ids in order of first appearance. */
export function pairTable(bigrams: ReadonlyMap<string, number>): PairTable {
  const words: string[] = []
  const ids = new Map<string, number>()
  const id = (w: string) => {
    let i = ids.get(w)
    if (i === undefined) {
      ids.set(w, (i = words.length))
      words.push(w)
    }
    return i
  }
  const triples: Array<[number, number, number]> = []
  for (const [k, c] of bigrams) {
    const cut = k.indexOf("\u0001")
    triples.push([id(k.slice(0, cut)), id(k.slice(cut + 1)), c])
  }
  triples.sort((x, y) => x[0] - y[0] || x[1] - y[1])
  const offsets = new Int32Array(words.length + 1)
  const seconds = new Int32Array(triples.length)
  const counts = new Int32Array(triples.length)
  triples.forEach(([a, b, c], k) => {
    offsets[a + 1]!++
    seconds[k] = b
    counts[k] = c
  })
  for (let a = 0; a < words.length; a++) offsets[a + 1]! += offsets[a]!
  return { words, ids, offsets, seconds, counts }
}

/** Count of the pair (a, b) in a pair table (0 when absent). */
export function pairCount(t: PairTable, a: string, b: string): number {
  const ia = t.ids.get(a)
  if (ia === undefined) return 0
  const ib = t.ids.get(b)
  if (ib === undefined) return 0
  return pairCountOfIds(t, ia, ib)
}

/** Count of the pair of word ids (ia, ib) in a pair table (0 when absent or when either id is -1). */
export function pairCountOfIds(t: PairTable, ia: number, ib: number): number {
  if (ia < 0 || ib < 0) return 0
  let lo = t.offsets[ia]!
  let hi = t.offsets[ia + 1]! - 1
  const seconds = t.seconds
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const x = seconds[mid]!
    if (x === ib) return t.counts[mid]!
    if (x < ib) lo = mid + 1
    else hi = mid - 1
  }
  return 0
}

const NO_CASE: CaseStats = { lower: 0, capital: 0, dictProper: null }

/** A Lexicon over in-memory data (used by the loader and by tests). */
export function makeLexicon(data: LexiconData): Lexicon {
  let total = 0
  for (const c of data.unigrams.values()) total += c
  const frequentCache = new Map<number, string[]>()
  let trie: WordTrie | undefined
  let spellings: ReadonlyMap<string, number> | undefined
  const spellingsOf = () => (spellings ??= data.spellings?.() ?? new Map())
  const tries = new Map<number, WordTrie>()
  const endingTries = new Map<number, WordTrie>()
  const pairs = "offsets" in data.bigrams ? (data.bigrams as PairTable) : pairTable(data.bigrams as ReadonlyMap<string, number>)
  const check = isWordOf(data)
  const complete = data.isWord === undefined || data.dictionaryWords !== undefined
  return {
    total,
    unigram: (w) => data.unigrams.get(w) ?? 0,
    bigram: (a, b) => pairCount(pairs, a, b),
    pairId: (w) => pairs.ids.get(w) ?? -1,
    bigramOfIds: (a, b) => pairCountOfIds(pairs, a, b),
    followersOfId: (a) => (a < 0 ? 0 : pairs.offsets[a + 1]! - pairs.offsets[a]!),
    unigramOfPairId: (id, w) => (pairs.unigrams === undefined ? (data.unigrams.get(w) ?? 0) : id < 0 ? 0 : pairs.unigrams[id]!),
    // (a lower-case word, once the vocabulary trie is loaded: its tags hold the answer, and a string the
    // trie lacks is no word; the trie says so within a letter or two, the table of forms after a look-up.
    // Only when the trie holds every such word the check accepts: with a check of its own, the data must
    // list them, `dictionaryWords`)
    isWord: (w) => {
      if (trie === undefined || !complete || !isPlainWord(w)) return check(w)
      const e = trie.find(w)
      return e !== 0 && ((e - 1) & IN_DICTIONARY) !== 0
    },
    spelling: (w) => spellingsOf().get(w) ?? 0,
    spellings: spellingsOf,
    caseOf: (w) => {
      const c = data.cases?.get(w)
      const p = data.proper?.get(w) ?? null
      if (c === undefined && p === null) return NO_CASE
      return { lower: c?.[0] ?? 0, capital: c?.[1] ?? 0, dictProper: p }
    },
    frequent: (min) => {
      let r = frequentCache.get(min)
      if (r === undefined) {
        // (the counts read in place: a copy of every entry would be most of the work)
        const kept: Array<readonly [string, number]> = []
        data.unigrams.forEach((c, w) => {
          if (c >= min) kept.push([w, c])
        })
        r = kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w)
        frequentCache.set(min, r)
      }
      return r
    },
    vocabulary: () => {
      if (trie === undefined && data.vocabulary !== undefined) trie = data.vocabulary()
      if (trie === undefined) trie = buildTrie(vocabularyWords(data), vocabularyTags(data), BOTH_WAYS)
      return trie
    },
    frequentVocabulary: (min) => {
      let t = tries.get(min)
      if (t === undefined) tries.set(min, (t = data.frequentVocabulary?.(min) ?? buildTrie(frequentWords(data, min), undefined, BOTH_WAYS)))
      return t
    },
    endings: (min) => {
      let t = endingTries.get(min)
      if (t === undefined) endingTries.set(min, (t = data.endings?.(min) ?? buildTrie(endingWords(data, min))))
      return t
    }
  }
}

/** The vocabulary tries are searched for edits: built with their backward tries (see `WordTrie.backward`). */
const BOTH_WAYS = { backward: true } as const

/** The words of `Lexicon.vocabulary`: the reference words (count above 0) and the dictionary's lower-case words. */
export function vocabularyWords(data: LexiconData): string[] {
  const words = frequentWords(data, 1)
  if (data.dictionaryWords !== undefined) for (const w of data.dictionaryWords()) words.push(w)
  return words
}

/** The words of `Lexicon.frequentVocabulary(min)`: those of the reference seen at least `min` times. */
export function frequentWords(data: LexiconData, min: number): string[] {
  const words: string[] = []
  for (const [w, c] of data.unigrams) if (c >= min) words.push(w)
  return words
}

/** The words of `Lexicon.endings(min)`: those of a–z and apostrophes seen at least `min` times, backwards. */
export function endingWords(data: LexiconData, min: number): string[] {
  return frequentWords(data, min).filter((w) => /^[a-z']+$/.test(w)).map(backwards)
}

/** Counts gathered from a stream of reference sentences (arrays of tokens as written). */
export function countSentences(sentences: Iterable<ReadonlyArray<string>>): {
  unigrams: Map<string, number>
  bigrams: Map<string, number>
  cases: Map<string, [number, number]>
} {
  const unigrams = new Map<string, number>()
  const bigrams = new Map<string, number>()
  const cases = new Map<string, [number, number]>()
  for (const s of sentences) {
    let prev = "<s>"
    for (let i = 0; i < s.length; i++) {
      const raw = s[i]!
      const w = raw.toLowerCase()
      unigrams.set(w, (unigrams.get(w) ?? 0) + 1)
      const k = pairKey(prev, w)
      bigrams.set(k, (bigrams.get(k) ?? 0) + 1)
      prev = w
      if (i > 0 && /^\p{L}/u.test(raw) && !(i === 1 && /^["'`]+$/.test(s[0]!))) {
        let c = cases.get(w)
        if (c === undefined) cases.set(w, (c = [0, 0]))
        const f = raw[0]!
        if (f !== f.toLowerCase()) {
          if (raw !== raw.toUpperCase() || raw.length === 1) c[1]++
        } else c[0]++
      }
    }
  }
  return { unigrams, bigrams, cases }
}
