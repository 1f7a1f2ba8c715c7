/**
 * The dictionary check answers as nspell's `correct` does (en-US or en-GB), on the words of the seeds and
 * of BLN600 OCR lines as written, in other cases, and on the strings the candidate search asks about.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import nspell from "nspell"
import { describe, expect, it } from "vitest"
import { candidates } from "../../src/normalise/confusions.ts"
import { dictionaryCheck } from "../../src/normalise/dictionary.ts"
import { IN_DICTIONARY, IN_REFERENCE } from "../../src/normalise/lexicon.ts"
import { defaultLexicon, dictionaryData, dictionaryDataOf } from "../../src/normalise/load.ts"
import { extraWords, withExtraWords } from "../../src/normalise/spellings.ts"
import { repoRoot, seeds } from "./helpers.ts"

const dict = (name: string) => {
  const dir = join(repoRoot, "node_modules", name)
  return nspell(readFileSync(join(dir, "index.aff"), "utf8"), readFileSync(join(dir, "index.dic"), "utf8"))
}

describe("dictionary check", () => {
  const us = dict("dictionary-en")
  const gb = dict("dictionary-en-gb")
  const reference = (w: string) => us.correct(w) || gb.correct(w)
  const check = dictionaryCheck(dictionaryData().dictionary)

  it("accepts and refuses exactly what nspell does", () => {
    const words = new Set<string>()
    const texts = seeds().map((w) => w.witness.text)
    texts.push(readFileSync(join(repoRoot, "tests", "fixtures", "normalise", "bln600-lines.tsv"), "utf8"))
    for (const text of texts) for (const m of text.matchAll(/[\p{L}\p{N}'’\-]+/gu)) words.add(m[0])
    const forms = new Set<string>()
    for (const w of words) {
      forms.add(w)
      forms.add(w.toLowerCase())
      forms.add(w.toUpperCase())
      forms.add(w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
    }
    // ordinals (compound rules), their near misses, apostrophes of both kinds, case-bound and odd strings,
    // lower-case strings that are not plain words (digits, hyphens, full stops, accents)
    for (const x of ["1st", "21st", "11th", "1th", "3th", "112th", "2nd", "22ND", "abc1st", "x3rd", "101", "o’clock", "o'clock", "O’CLOCK", "don’t", "DON'T", " ", "", "  the  ", "iPhone", "IPHONE", "NASA", "nasa", "Nasa", "Mr", "MR", "mr", "I", "i", "Stalin", "stalin", "STALIN", "colour", "color", "organise", "organize", "A'", "I'm", "I'", "O'clock", "Don't", "Kaiser", "Xyzzy", "Paris", "London's", "English", "c0mmittee", "l4th", "x21st", "21st-century", "1859", "18s9", "well-known", "e.g.", "café", "naïve", "o’clock’s", "4th", "0th"])
      forms.add(x)
    // and the strings the candidate search asks about (confusions, double confusions, edits)
    for (const w of [...words].slice(0, 400)) candidates(w.toLowerCase(), (c) => (forms.add(c), false), false)
    expect(forms.size).toBeGreaterThan(20000)
    const differ = [...forms].filter((w) => check(w) !== reference(w))
    expect(differ).toEqual([])
    // (and the check is not trivial: both answers occur)
    const accepted = [...forms].filter(check).length
    expect(accepted).toBeGreaterThan(5000)
    expect(forms.size - accepted).toBeGreaterThan(5000)
  })

  it("answers as nspell does for forbidden words and words that keep their case", () => {
    // (the English dictionaries flag no word so: a hand-made pair of dictionaries does, each its own way,
    // with compound rules for ordinals as theirs have, so that the check takes the same short cuts)
    const aff = (forbidden: string, keep: string) =>
      `SET UTF-8\nFORBIDDENWORD ${forbidden}\nKEEPCASE ${keep}\nCOMPOUNDMIN 1\nONLYINCOMPOUND c\nCOMPOUNDRULE 1\nCOMPOUNDRULE n*1t\nSFX S Y 1\nSFX S 0 s .\n`
    const ordinals = "0/n\n1/n1\n2/n\n1th/tc\n"
    const sources = [
      { aff: aff("!", "K"), dic: `12\nfoo/S\nBar/S\nbaz/K\nQux/K\nwrongly/!\nWrongful/!\nNASA/K\nvax/S\n${ordinals}` },
      { aff: aff("X", "Y"), dic: `10\nfoo/X\nBar/Y\nbaz/S\nQuux\nvaxs/X\nIOU\n${ordinals}` }
    ]
    const spells = sources.map(({ aff: a, dic }) => nspell(a, dic))
    const byNspell = (w: string) => spells.some((sp) => sp.correct(w))
    const ours = dictionaryCheck(dictionaryDataOf(sources).dictionary)
    const forms = new Set<string>()
    for (const w of ["foo", "foos", "bar", "bars", "baz", "bazs", "qux", "quux", "wrongly", "wrongful", "nasa", "vax", "vaxs", "iou", "i", "a", "'", "fo'o", "11th", "21th", "1th", "x11th"])
      for (const x of [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1), w.charAt(0) + w.slice(1).toUpperCase()]) forms.add(x)
    const answers = [...forms].map((w) => [w, ours(w)])
    expect(answers).toEqual([...forms].map((w) => [w, byNspell(w)]))
    // (both answers, and the flags at work: a word forbidden in one dictionary, kept in case in the other)
    expect(answers.filter(([, ok]) => ok).length).toBeGreaterThan(8)
    expect([ours("Foo"), ours("baz"), ours("Baz"), ours("BAZ"), ours("NASA"), ours("Nasa"), ours("wrongly"), ours("Wrongful")]).toEqual([byNspell("Foo"), true, byNspell("Baz"), byNspell("BAZ"), true, byNspell("Nasa"), false, false])
  })

  it("is what the vocabulary trie's tags say of each word it holds", () => {
    // (the non-word detector judges the words the trie walks find by these tags alone, and the Lexicon
    // answers lower-case words by them once the trie is loaded: compared with the check itself)
    const lexicon = defaultLexicon()
    const vocab = lexicon.vocabulary()
    const isWord = withExtraWords(check)
    const words = new Set<string>(extraWords())
    for (const w of seeds()) for (const t of w.tokens) words.add(t.n)
    for (const w of [...words].slice(0, 3000)) candidates(w, (c) => (words.add(c), false), false)
    let held = 0
    for (const w of words) {
      const e = vocab.find(w)
      const inReference = lexicon.unigram(w) > 0
      if (/^[a-z']+$/.test(w) && (inReference || isWord(w))) expect(e).not.toBe(0)
      expect([w, lexicon.isWord(w)]).toEqual([w, isWord(w)])
      if (e === 0) continue
      held++
      expect([w, ((e - 1) & IN_REFERENCE) !== 0]).toEqual([w, inReference])
      expect([w, ((e - 1) & IN_DICTIONARY) !== 0]).toEqual([w, isWord(w)])
    }
    expect(held).toBeGreaterThan(5000)
  })
})
