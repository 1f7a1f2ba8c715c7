/**
 * Data structures of the normaliser kept for speed, each checked against the plain computation it replaces.
 * The vocabulary trie finds the plain-edit candidates without trying every edited string: the candidates
 * (words, weights, patterns and their order) must be exactly those of the exhaustive search.
 */
import { describe, expect, it } from "vitest"
import { candidates, CONFUSIONS } from "../../src/normalise/confusions.ts"
import { PairCounts } from "../../src/normalise/context.ts"
import { countSentences, pairCount, pairKey, pairTable } from "../../src/normalise/lexicon.ts"
import { decodeDictionary, encodeDictionary } from "../../src/normalise/load.ts"
import { buildTrie, decodeTrie, editOrder, encodeTrie, replacementRules, trieOf } from "../../src/normalise/trie.ts"
import { paragraphAt, paragraphFinder } from "../../src/normalise/detectors/typography.ts"
import { contextWords, finish, hash53 } from "../../src/normalise/proposal.ts"
import { seeds, witness } from "./helpers.ts"

const vocabWords = [...new Set(seeds().flatMap((w) => w.tokens.map((t) => t.n)))]
const vocab = buildTrie(vocabWords)
const inVocab = new Set(vocabWords)

/** Garbled forms of seed words: a letter dropped, doubled, swapped or replaced (deterministic). */
function garbled(): string[] {
  const out: string[] = []
  vocabWords.filter((w) => /^[a-z]{3,}$/.test(w)).forEach((w, k) => {
    const i = k % w.length
    out.push(w.slice(0, i) + w.slice(i + 1), w.slice(0, i) + w[i] + w.slice(i), w.slice(0, i) + "e" + w.slice(i + 1), w.slice(0, i) + (w[i + 1] ?? "") + w[i] + w.slice(i + 2))
  })
  return out.slice(0, 3000)
}

describe("vocabulary trie", () => {
  it("holds exactly its words", () => {
    for (const w of vocabWords.slice(0, 2000)) expect(vocab.has(w)).toBe(true)
    expect(vocab.has("revolutionx")).toBe(false)
    expect(vocab.has("")).toBe(false)
    const small = buildTrie(["abc", "abcde", "x"])
    expect([small.continues("abc", 2), small.continues("abc", 3), small.continues("abcd", 1), small.continues("abcd", 2), small.continues("", 5), small.continues("x", 1), small.continues("y", 0)]).toEqual([true, false, true, false, true, false, false])
  })

  it("gives the same candidates as trying every edited string", () => {
    const known = (w: string) => inVocab.has(w) && w.length !== 4 // some vocabulary words rejected
    const knownEdit = (w: string) => inVocab.has(w) && !w.startsWith("q")
    const deep = (w: string) => inVocab.has(w) && w.length > 6
    let found = 0
    for (const g of garbled()) {
      const slow = candidates(g, known, true, deep, knownEdit)
      const fast = candidates(g, known, true, deep, knownEdit, true, vocab)
      expect(fast).toEqual(slow)
      found += slow.length
    }
    expect(found).toBeGreaterThan(1000)
  })

  it("gives the same candidates when the predicates judge the trie's words by their tags", () => {
    // (as the non-word detector does: a word found in the trie comes with tags saying what the predicates
    // would answer, and the trie of the second step holds exactly the words `deep` accepts)
    const known = (w: string) => inVocab.has(w) && w.length !== 4
    const knownEdit = (w: string) => inVocab.has(w) && !w.startsWith("q")
    const deep = (w: string) => inVocab.has(w) && w.length > 6
    const tagged = buildTrie(vocabWords, (w) => (known(w) ? 2 : 0) | (knownEdit(w) ? 4 : 0))
    const deepTrie = buildTrie(vocabWords.filter(deep))
    // (the tags alone, never the string, for a word the trie reports)
    const byTags = (test: (w: string) => boolean, bit: number) => (w: string, tags?: number) => (tags === undefined ? test(w) : (tags & bit) !== 0)
    let found = 0
    for (const g of garbled()) {
      const slow = candidates(g, known, true, deep, knownEdit)
      const fast = candidates(g, byTags(() => false, 2), true, () => false, byTags(() => false, 4), true, tagged, deepTrie, true)
      // (the strings with digits or other characters outside the trie are asked as strings)
      if (/^[a-z']+$/.test(g)) expect(fast).toEqual(slow)
      else expect(candidates(g, byTags(known, 2), true, deep, byTags(knownEdit, 4), true, tagged, deepTrie, true)).toEqual(slow)
      found += slow.length
    }
    expect(found).toBeGreaterThan(1000)
  })

  it("finds, for every confused form of a string at once, the words one edit away that a walk per form finds", () => {
    const tagged = buildTrie(vocabWords, (w) => (w.length % 3) * 2)
    let found = 0
    for (const g of [...garbled().slice(0, 1500), ...vocabWords.filter((w) => w.length >= 6).slice(0, 500)]) {
      const variants: Array<{ at: number; form: string }> = []
      for (const [from, to] of CONFUSIONS) for (let at = g.indexOf(from); at >= 0; at = g.indexOf(from, at + 1)) variants.push({ at, form: g.slice(0, at) + to + g.slice(at + from.length) })
      const shared: Array<Array<[number, string]>> = variants.map(() => [])
      tagged.confusedEdits(g, variants, "abcdefghijklmnopqrstuvwxyz", (f, w, kind, at, ch, tags) => shared[f]!.push([at * 1024 + editOrder(kind, ch), `${w} ${kind} ${at} ${ch} ${tags}`]))
      variants.forEach(({ form }, f) => {
        const alone: string[] = []
        tagged.oneEdit(form, "abcdefghijklmnopqrstuvwxyz", (w, kind, at, ch, tags) => alone.push(`${w} ${kind} ${at} ${ch} ${tags}`))
        expect([g, form, shared[f]!.sort((a, b) => a[0] - b[0]).map(([, x]) => x)]).toEqual([g, form, alone])
        found += alone.length
      })
    }
    expect(found).toBeGreaterThan(2000)
  })

  it("rules out only the confused strings from which no edit reaches a word", () => {
    const both = buildTrie(vocabWords, undefined, { backward: true })
    let ruledOut = 0
    let kept = 0
    for (const g of [...garbled().slice(0, 1500), ...vocabWords.filter((w) => w.length >= 6).slice(0, 500), "xc1", "c1", "rn", "tii", "a", ""])
      for (const [from, to] of CONFUSIONS)
        for (let at = g.indexOf(from); at >= 0; at = g.indexOf(from, at + 1)) {
          const form = g.slice(0, at) + to + g.slice(at + from.length)
          let words = 0
          both.oneEdit(form, "abcdefghijklmnopqrstuvwxyz", () => words++)
          if (both.oneEditMay(g, at, from.length, to)) kept++
          else {
            expect([g, form, words]).toEqual([g, form, 0])
            ruledOut++
          }
        }
    // (it rules out many, and keeps all without a backward trie)
    expect(ruledOut).toBeGreaterThan(kept / 4)
    expect(vocab.oneEditMay("xyzzy", 0, 1, "q")).toBe(true)
  })

  it("finds the words two confusions make as a walk per once-confused string does", () => {
    const tagged = buildTrie([...vocabWords, "xd", "cd", "hd"], (w) => (w.length % 3) * 2)
    const rules = replacementRules(CONFUSIONS.map(([from, to]) => [from, to] as const))
    let found = 0
    // (the garbled words; seed words, real words being what a double confusion most often leaves; and
    // replacements that take letters of each other, or start where no word starts: "xc1" → "xcl" → "xd")
    const cases = [...garbled().slice(0, 1500), ...vocabWords.filter((w) => /^[a-z']+$/.test(w)).slice(0, 1500), "xc1", "c1", "ctl", "hrnm", "iiii", "rnrn", "1i", "tii"]
    for (const g of cases) {
      const once: string[] = []
      tagged.twoReplacements(g, rules, (w, k1, a1, k2, b, tags) => once.push(`${w} ${k1} ${a1} ${k2} ${b} ${tags}`))
      const perString: string[] = []
      rules.pairs.forEach(([from, to], k1) => {
        for (let a1 = g.indexOf(from); a1 >= 0; a1 = g.indexOf(from, a1 + 1))
          tagged.replacements(g.slice(0, a1) + to + g.slice(a1 + from.length), rules, (w, k2, b, tags) => perString.push(`${w} ${k1} ${a1} ${k2} ${b} ${tags}`))
      })
      expect([g, once.sort()]).toEqual([g, perString.sort()])
      found += once.length
    }
    expect(found).toBeGreaterThan(2000)
    const xd: string[] = []
    tagged.twoReplacements("xc1", rules, (w) => xd.push(w))
    expect(xd).toContain("xd")
  })

  it("walks with its backward trie to the same words, in the same order, as without it", () => {
    // (the backward trie only spares look-ups: every walk must report exactly what the one-way trie does)
    const words = [...vocabWords, "xd", "cd", "hd", "don't", "o'clock", "a1b", "abc"]
    const tags = (w: string) => (w.length % 3) * 2
    const oneWay = buildTrie(words, tags)
    const both = buildTrie(words, tags, { backward: true })
    expect(both.backward).toBeDefined()
    expect(oneWay.backward).toBeUndefined()
    const rules = replacementRules(CONFUSIONS.map(([from, to]) => [from, to] as const))
    const walks = (t: typeof vocab, g: string, alphabet: string) => {
      const out: string[] = []
      t.oneEdit(g, alphabet, (w, kind, at, ch, tg) => out.push(`edit ${w} ${kind} ${at} ${ch} ${tg}`))
      t.replacements(g, rules, (w, k, at, tg) => out.push(`one ${w} ${k} ${at} ${tg}`))
      const two: string[] = []
      t.twoReplacements(g, rules, (w, k1, a1, k2, b, tg) => two.push(`two ${w} ${k1} ${a1} ${k2} ${b} ${tg}`))
      const variants: Array<{ at: number; form: string }> = []
      for (const [from, to] of CONFUSIONS) for (let at = g.indexOf(from); at >= 0; at = g.indexOf(from, at + 1)) variants.push({ at, form: g.slice(0, at) + to + g.slice(at + from.length) })
      t.confusedEdits(g, variants, alphabet, (f, w, kind, at, ch, tg) => two.push(`deep ${f} ${w} ${kind} ${at} ${ch} ${tg}`))
      return [...out, ...two.sort()]
    }
    // (garbled and real words; strings with digits and apostrophes, empty and one-letter strings; an
    // alphabet of some letters only, and one with a character outside a–z, which the backward trie leaves
    // to the plain walk)
    const cases = [...garbled().slice(0, 1500), ...vocabWords.filter((w) => w.length >= 6).slice(0, 500), "c0mmittee", "dont'", "o'cl0ck", "a1c", "xc1", "ctl", "rnrn", "", "a", "ab"]
    let found = 0
    for (const alphabet of ["abcdefghijklmnopqrstuvwxyz", "aeiou", "'abcdefghijklmnopqrstuvwxyz"])
      for (const g of alphabet === "abcdefghijklmnopqrstuvwxyz" ? cases : cases.slice(0, 300)) {
        const plain = walks(oneWay, g, alphabet)
        expect([g, alphabet, walks(both, g, alphabet)]).toEqual([g, alphabet, plain])
        // (and again: a trie keeps the endings of the last string it was asked about, until a walk of
        // several strings uses its scratch space otherwise)
        expect([g, alphabet, walks(both, g, alphabet)]).toEqual([g, alphabet, plain])
        found += plain.length
      }
    expect(found).toBeGreaterThan(10000)
    // and the candidate searches with such tries give the same candidates
    const known = (w: string) => inVocab.has(w) && w.length !== 4
    const deep = (w: string) => inVocab.has(w) && w.length > 6
    const vocabBoth = buildTrie(vocabWords, undefined, { backward: true })
    const deepBoth = buildTrie(vocabWords.filter(deep), undefined, { backward: true })
    for (const g of garbled().slice(0, 1500)) expect(candidates(g, known, true, deep, known, true, vocabBoth, deepBoth)).toEqual(candidates(g, known, true, deep, known))
  })

  it("keeps the tags its builder gives each word, and reads them back from its bytes", () => {
    const tagged = buildTrie(vocabWords, (w) => (w.length % 3) * 2 + (w.startsWith("s") ? 8 : 0))
    const back = trieOf(decodeTrie(encodeTrie(tagged.arrays)))
    for (const w of vocabWords.slice(0, 2000)) {
      const e = 1 + (w.length % 3) * 2 + (w.startsWith("s") ? 8 : 0)
      expect(tagged.find(w)).toBe(e)
      expect(back.find(w)).toBe(e)
    }
    expect(tagged.find("revolutionx")).toBe(0)
    expect(() => buildTrie(["a"], () => 1)).toThrow(/out of range/)
  })

  it("gives the same single-confusion candidates as trying every confused string", () => {
    // (the real-word detector's search: confusions only, no second step, no edits)
    const known = (w: string) => inVocab.has(w) && w.length !== 4
    let found = 0
    // (garbled words, and words of the seeds: the real-word detector asks about real words)
    for (const g of [...garbled(), ...vocabWords.slice(0, 3000)]) {
      const slow = candidates(g, known, false, undefined, known, false)
      const fast = candidates(g, known, false, undefined, known, false, vocab)
      expect(fast).toEqual(slow)
      found += slow.length
    }
    expect(found).toBeGreaterThan(150)
  })

  it("reads back from its bytes as the same trie", () => {
    const back = trieOf(decodeTrie(encodeTrie(vocab.arrays)))
    for (const w of vocabWords.slice(0, 2000)) expect(back.has(w)).toBe(true)
    expect(back.has("revolutionx")).toBe(false)
    const edits = (t: typeof vocab, s: string) => {
      const out: string[] = []
      t.oneEdit(s, "abcdefghijklmnopqrstuvwxyz", (w, kind, at) => out.push(`${w} ${kind} ${at}`))
      return out
    }
    // (read in place, and copied when its bytes do not start on a multiple of 4)
    const bytes = encodeTrie(vocab.arrays)
    const shifted = trieOf(decodeTrie(Buffer.concat([Buffer.alloc(1), bytes]).subarray(1)))
    for (const g of garbled().slice(0, 300)) {
      expect(edits(back, g)).toEqual(edits(vocab, g))
      expect(edits(shifted, g)).toEqual(edits(vocab, g))
    }
    expect(() => decodeTrie(bytes.subarray(0, 100))).toThrow(/damaged/)
  })

  it("raises a candidate outside the vocabulary that an edit reaches more cheaply", () => {
    // "bsat" → "bast" by two confusions (s→a, a→s: weight 0.045), a word `known` accepts and the plain-edit
    // check does not (a dictionary word outside the reference); the transposition "sa⇄" reaches it at weight
    // 0.08 and must win in both searches
    const known = (w: string) => w === "bast"
    const withBast = buildTrie([...vocabWords, "bast"])
    const slow = candidates("bsat", known, true, undefined, (w) => inVocab.has(w))
    const fast = candidates("bsat", known, true, undefined, (w) => inVocab.has(w), true, withBast)
    expect(fast).toEqual(slow)
    expect(slow.find((c) => c.word === "bast")).toMatchObject({ pattern: "sa⇄" })
  })
})

describe("pair table", () => {
  it("counts every pair of the seeds as the string-keyed map does, and 0 for the pairs it lacks", () => {
    const counts = countSentences(seeds().map((w) => w.tokens.map((t) => w.witness.text.slice(t.start, t.end))))
    const table = pairTable(counts.bigrams)
    for (const [k, c] of counts.bigrams) {
      const [a, b] = k.split("\u0001") as [string, string]
      expect(pairCount(table, a, b)).toBe(c)
    }
    expect(pairCount(table, "the", "the")).toBe(counts.bigrams.get(pairKey("the", "the")) ?? 0)
    expect(pairCount(table, "revolution", "zzz")).toBe(0)
    expect(pairCount(table, "zzz", "the")).toBe(0)
  })
})

describe("corpus pair counts", () => {
  it("count the seeds' id pairs as a map does, growing past their first size, with id 0 a first and a second", () => {
    const ids = new Map<string, number>([["<s>", 0]])
    // (each witness after the id 0, and two more at the end: the pair 0 0)
    const sequence = [...seeds().flatMap((w) => [0, ...w.tokens.map((t) => (ids.has(t.n) ? ids.get(t.n)! : (ids.set(t.n, ids.size), ids.size - 1)))]), 0, 0]
    // (room for 16 pairs at first: the table grows many times)
    const table = new PairCounts(16)
    const expected = new Map<string, number>()
    for (let i = 1; i < sequence.length; i++) {
      table.add(sequence[i - 1]!, sequence[i]!)
      const k = `${sequence[i - 1]} ${sequence[i]}`
      expected.set(k, (expected.get(k) ?? 0) + 1)
    }
    expect(table.size).toBe(expected.size)
    expect(expected.has("0 0")).toBe(true)
    for (const [k, c] of expected) {
      const [a, b] = k.split(" ").map(Number) as [number, number]
      expect(table.get(a, b)).toBe(c)
    }
    // (pairs never counted, with either id known)
    expect(table.get(ids.size, 0)).toBe(0)
    expect(table.get(0, ids.size)).toBe(0)
    expect(table.get(ids.get("the")!, ids.get("the")!)).toBe(expected.get(`${ids.get("the")} ${ids.get("the")}`) ?? 0)
  })
})

describe("paragraph finder", () => {
  it("finds the paragraph of every offset as paragraphAt does", () => {
    const texts = [...seeds().map((w) => w.witness.text.slice(0, 20000)), "a\n\n\nb\n\nc", "\n\nx\n\n", "no blank line", ""]
    for (const text of texts) {
      const find = paragraphFinder(text)
      for (let i = 0; i < text.length; i++) expect(find(i)).toEqual(paragraphAt(text, i))
    }
  })
})

describe("a proposal's context", () => {
  /** The context as the regular expressions define it: the words of the 60 characters on each side. */
  const contextOf = (text: string, start: number, end: number, n = 3) => {
    const before = (text.slice(Math.max(0, start - 60), start).match(/[\p{L}\p{N}]+/gu) ?? []).slice(-n)
    const after = (text.slice(end, Math.min(text.length, end + 60)).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, n)
    // (words cut by the window's edge are dropped)
    if (start > 60 && before.length === n && !/[^\p{L}\p{N}]/u.test(text[start - 61] ?? " ")) before.shift()
    return `${before.join(" ")}|${after.join(" ")}`.toLowerCase()
  }

  it("is the words the Unicode regular expression finds, on the seeds and on astral, accented and broken text", () => {
    const odd = "Ça — naïve 𝐀𝐁c 42nd 😀x \ud835 lone\udc00 end 中文 Ⅻ ½ x\u0301y"
    const long = `${"word ".repeat(14)}${odd}${" and".repeat(14)} 𝐀𝐁𝐂𝐃${"x".repeat(55)}𝐀𝐁 tail`
    const texts = [...seeds().map((w) => w.witness.text.slice(0, 20000)), odd, long]
    let words = 0
    for (const text of texts)
      for (let start = 0; start < text.length; start += 7) {
        const end = Math.min(text.length, start + (start % 5))
        const expected = contextOf(text, start, end)
        expect(contextWords(text, start, end)).toBe(expected)
        words += expected.split(/[ |]/).filter((x) => x !== "").length
      }
    // (every span of the odd texts, including those that cut their surrogate pairs, with 1 to 4 words)
    for (const text of [odd, long])
      for (let start = 0; start <= text.length; start++)
        for (let end = start; end <= Math.min(text.length, start + 3); end++)
          for (const n of [1, 2, 3, 4]) expect(contextWords(text, start, end, n)).toBe(contextOf(text, start, end, n))
    expect(words).toBeGreaterThan(50000)
  })
})

describe("lexicon", () => {
  it("gives the same proposals whatever it normalised before (it keeps nothing of a text)", async () => {
    const { makeLexicon } = await import("../../src/normalise/lexicon.ts")
    const { normalise } = await import("../../src/normalise/index.ts")
    const { witness } = await import("./helpers.ts")
    const data = { unigrams: new Map([["the", 50], ["money", 20], ["was", 40], ["spent", 10], ["well", 30]]), bigrams: new Map([["the\u0001money", 5], ["money\u0001was", 5]]) }
    const lex = makeLexicon(data)
    // (a word, and the part of a hyphenated word, searched in one call)
    const ws = [witness("x", "The rnoney was spent. The well-rnoney was spent.")]
    const first = normalise(ws, { lexicon: lex })
    expect(first.filter((p) => p.replacement === "money").length).toBe(2)
    normalise([witness("y", "The rnoney, rnoney and well-rnoney were spent twice.")], { lexicon: lex })
    expect(normalise(ws, { lexicon: lex })).toEqual(first)
    expect(normalise(ws, { lexicon: makeLexicon(data) })).toEqual(first)
  })

  it("answers isWord alike before and after its vocabulary trie is loaded", async () => {
    // (the trie answers lower-case words only when it holds every word the check accepts: a check given
    // without the list of its words is asked itself)
    const { makeLexicon } = await import("../../src/normalise/lexicon.ts")
    const isWord = (w: string) => ["zyx", "quux", "Quux"].includes(w)
    const base = { unigrams: new Map([["the", 50], ["zyxs", 3]]), bigrams: new Map() }
    for (const data of [{ ...base, isWord }, { ...base, isWord, dictionaryWords: () => ["zyx", "quux"] }]) {
      const lex = makeLexicon(data)
      const asked = ["zyx", "quux", "Quux", "the", "zyxs", "qux", "zy'x"]
      const before = asked.map((w) => lex.isWord(w))
      lex.vocabulary()
      expect(asked.map((w) => lex.isWord(w))).toEqual(before)
      expect(before).toEqual([true, true, true, false, false, false, false])
    }
  })

  it("tell which common words end with a string", async () => {
    const { makeLexicon, endingWords } = await import("../../src/normalise/lexicon.ts")
    const data = { unigrams: new Map([["government", 30], ["moment", 25], ["garment", 2], ["1859", 40], ["o'clock", 30]]), bigrams: new Map() }
    const ends = makeLexicon(data).endings(20)
    expect(endingWords(data, 20).sort()).toEqual(["kcolc'o", "tnemnrevog", "tnemom"])
    // ("ment" ends two of them, with 2 letters or more before it; "garment" is too rare)
    expect([ends.continues("tnem", 2), ends.continues("tnemom", 2), ends.continues("tnemom", 0), ends.continues("tnemra", 1), ends.continues("9581", 0)]).toEqual([true, false, true, false, false])
    // (the same questions, the string read from its end)
    expect([ends.continues("ment", 2, true), ends.continues("moment", 2, true), ends.continues("moment", 0, true), ends.continues("arment", 1, true), ends.continues("1859", 0, true)]).toEqual([true, false, true, false, false])
    expect([ends.continues("clock", 2, true), ends.continues("clock", 3, true), ends.continues("", 10, true), ends.continues("", 11, true)]).toEqual([true, false, true, false])
  })
})

describe("proposal ids", () => {
  it("hash the witness, rule, original, replacement and words around, and number the same correction in the same words", () => {
    // (the scheme decisions of earlier sessions were saved under: a change to it detaches them)
    const text = "a b c tbe d e f g a b c tbe d e f"
    const w = witness("w", text)
    const draft = (start: number) => ({ start, end: start + 3, replacement: "the", rule: "non-word", class: "non-word" as const, confidence: 0.9, explanation: "", evidence: {} })
    const [one, two] = finish(w, [draft(6), draft(text.lastIndexOf("tbe"))])
    const key = ["w", "non-word", "tbe", "the", "a b c|d e f"].join("\u0000")
    expect([one?.id, two?.id]).toEqual([hash53(key).toString(16).padStart(14, "0"), hash53(`${key}\u00002`).toString(16).padStart(14, "0")])
  })
})

describe("the dictionary's cache file", () => {
  it("reads back the forms and proper names it wrote, and tells a file cut short, overlong or malformed", () => {
    const data = {
      dictionary: { forms: new Map([["colour", 0x12], ["color", 0x21], ["Pravda", 0x11]]), rules: [] },
      proper: new Map([["pravda", "Pravda"], ["stalin", "Stalin"]])
    }
    const text = encodeDictionary(data)
    const back = decodeDictionary(text)
    expect([...back.dictionary.forms]).toEqual([...data.dictionary.forms])
    expect([...back.proper]).toEqual([...data.proper])
    expect(() => decodeDictionary(text.slice(0, text.lastIndexOf("\n")))).toThrow(/damaged/)
    expect(() => decodeDictionary(`${text}\nlenin\tLenin`)).toThrow(/damaged/)
    expect(() => decodeDictionary(text.replace("stalin\tStalin", "stalin Stalin"))).toThrow(/damaged/)
    // (without proper names, a form's line lost)
    const formsOnly = encodeDictionary({ ...data, proper: new Map() })
    expect(() => decodeDictionary(formsOnly.slice(0, formsOnly.lastIndexOf("\n")))).toThrow(/damaged/)
  })
})
