import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { collate } from "../../src/align/index.ts"
import { renderEntry } from "../../src/apparatus/index.ts"
import { byWitness, checkTable, darwinPara1, w } from "./helpers.ts"

const sig = (id: string) => id
const rendered = (t: ReturnType<typeof collate>) => t.apparatus.map((e) => `${renderEntry(e, sig)} {${e.kind}}`)

describe("collate: two witnesses", () => {
  it("omission", () => {
    const input = [w("A", "the black cat sat on the mat"), w("B", "the cat sat on the mat")]
    const t = collate(input)
    checkTable(t, input)
    expect(rendered(t)).toEqual(["black A] om. B {omission}"])
    expect(t.table[1]![1]).toBeNull()
  })

  it("addition", () => {
    const input = [w("A", "the cat sat on the mat"), w("B", "the black cat sat on the mat")]
    const t = collate(input)
    checkTable(t, input)
    expect(rendered(t)).toEqual(["om. A] black B {addition}"])
  })

  it("replacement, near-matched OCR damage, case and punctuation are told apart", () => {
    const input = [w("A", "The black cat sat quietly on the mat, waiting."), w("B", "the white cat sat qnietly on the mat waiting.")]
    const t = collate(input)
    checkTable(t, input)
    expect(rendered(t)).toEqual(["The A] the B {case}", "black A] white B {substantive}", "quietly A] qnietly B {spelling}", ", A] om. B {punctuation}"])
    // the damaged word shares a column with its sound form
    const col = t.table[0]!.findIndex((c) => c?.[0]?.n === "quietly")
    expect(t.table[1]![col]?.[0]?.n).toBe("qnietly")
  })

  it("transposition is reported as one, not as an omission plus an addition", () => {
    const input = [w("A", "he was quickly leaving his home"), w("B", "he was leaving his home quickly")]
    const t = collate(input)
    checkTable(t, input)
    expect(t.transpositions).toHaveLength(1)
    expect(t.apparatus).toHaveLength(1)
    expect(t.apparatus[0]!.kind).toBe("transposition")
    expect(renderEntry(t.apparatus[0]!, sig)).toBe("quickly leaving his home A] leaving his home quickly B (transp.)")
  })

  it("repeated words: the omitted words, and every token once", () => {
    const input = [w("A", "the cat and the dog and the bird"), w("B", "the cat and the bird")]
    const t = collate(input)
    checkTable(t, input)
    expect(t.apparatus).toHaveLength(1)
    expect(t.apparatus[0]!.kind).toBe("omission")
    expect(t.apparatus[0]!.lemma.split(" ").sort()).toEqual(["and", "dog", "the"])
  })
})

describe("collate: three and more witnesses", () => {
  const input = [
    w("A", "the quick brown fox jumps over the lazy dog"),
    w("B", "the quick brown fox leaps over the dog"),
    w("C", "a quick brown fox jumps over the lazy dog"),
    w("D", "the quick fox jumps over the lazy old dog")
  ]

  it("groups readings by agreeing witnesses with a majority lemma", () => {
    const t = collate(input)
    checkTable(t, input)
    expect(rendered(t)).toEqual([
      "the ABD] a C {substantive}",
      "brown ABC] om. D {omission}",
      "jumps ACD] leaps B {substantive}",
      "lazy ACD] om. B {omission}",
      "om. ABC] old D {addition}"
    ])
  })

  it("does not depend on the order of the witnesses", () => {
    const base = byWitness(collate(input))
    const ids = (t: ReturnType<typeof collate>) => t.apparatus.map((e) => e.id)
    const first = ids(collate(input))
    for (const perm of [[3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]]) {
      const t = collate(perm.map((i) => input[i]!))
      expect(byWitness(t)).toEqual(base)
      expect(ids(t)).toEqual(first)
    }
  })
})

describe("collate: Darwin, Origin ch. 1 first paragraph, six editions", () => {
  const input = darwinPara1()

  it("keeps every token of every edition and finds the known variants", () => {
    const t = collate(input)
    checkTable(t, input)
    expect(t.witnesses).toEqual(["1859", "1860", "1861", "1866", "1869", "1872"])
    const r = rendered(t)
    expect(r).toContain("look to 1859 1860 1861 1866] compare 1869 1872 {substantive}")
    expect(r).toContain("om. 1859 1860 1861] Causes of Variability. 1866 1869 1872 {addition}")
    expect(r).toContain("great 1860 1861 1866 1869 1872] greater 1859 {substantive}")
    expect(r).toContain("more from each other 1859 1860 1861 1866 1872] from each other more 1869 (transp.) {transposition}")
    // ids are unique
    expect(new Set(t.apparatus.map((e) => e.id)).size).toBe(t.apparatus.length)
  })

  it("gives the same table whatever the order of the editions", () => {
    const base = byWitness(collate(input))
    expect(byWitness(collate([...input].reverse()))).toEqual(base)
    expect(byWitness(collate([input[3]!, input[0]!, input[5]!, input[1]!, input[4]!, input[2]!]))).toEqual(base)
  })
})

describe("collate: properties", () => {
  it("every token of every witness appears exactly once, in order, in its row", () => {
    const vocab = ["the", "cat", "sat", "on", "mat", "a", "dog", ",", ".", "and", "Cat", "rnat"]
    const text = fc.array(fc.constantFrom(...vocab), { minLength: 0, maxLength: 25 }).map((ws) => ws.join(" "))
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 4 }), (texts) => {
        const input = texts.map((s, i) => w(`W${i}`, s))
        const t = collate(input)
        checkTable(t, input)
        for (const col of t.table[0]!.keys()) expect(t.table.some((row) => row[col] !== null)).toBe(true)
      }),
      { numRuns: 200 }
    )
  })

  it("the table does not depend on the order of the witnesses (up to row order)", () => {
    const vocab = ["the", "cat", "sat", "on", "mat", "a", "dog", ",", "and", "Cat", "rnat", "black"]
    const text = fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 15 }).map((ws) => ws.join(" "))
    fc.assert(
      fc.property(fc.array(text, { minLength: 3, maxLength: 4 }), fc.integer({ min: 1, max: 23 }), (texts, rot) => {
        const input = texts.map((s, i) => w(`W${i}`, s))
        const perm = [...input.keys()].sort((x, y) => ((x * rot) % 5) - ((y * rot) % 5) || y - x)
        const t1 = collate(input)
        const t2 = collate(perm.map((i) => input[i]!))
        expect(byWitness(t2)).toEqual(byWitness(t1))
        expect(t2.apparatus.map((e) => e.id)).toEqual(t1.apparatus.map((e) => e.id))
      }),
      { numRuns: 150 }
    )
  })
})
