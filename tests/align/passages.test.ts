import { describe, expect, it } from "vitest"
import { findPassages, findShared, wordsFromText } from "../../src/align/index.ts"
import { renderEntry } from "../../src/apparatus/index.ts"
import { seeds } from "./helpers.ts"

const witnesses = seeds()
const siglumOf = (id: string) => witnesses.find((x) => x.witness.id === id)?.witness.siglum ?? id
const sigla = (p: { occurrences: ReadonlyArray<{ witness: string }> }) => p.occurrences.map((o) => siglumOf(o.witness)).join("")

describe("findPassages on the seeds", () => {
  it("finds the queue passage in B and E as one passage, with its apparatus", () => {
    const passages = findPassages(witnesses)
    const queue = passages.filter((p) => p.occurrences.some((o) => o.text.startsWith("The basis of bureaucratic rule")))
    expect(queue).toHaveLength(1)
    const p = queue[0]!
    expect(sigla(p)).toBe("BE")
    for (const o of p.occurrences) {
      const w = witnesses.find((x) => x.witness.id === o.witness)!
      expect(w.witness.text.slice(o.start, o.end)).toBe(o.text)
    }
    expect(p.apparatus.map((e) => `${renderEntry(e, siglumOf)} {${e.kind}}`)).toEqual([
      "is B] are E {substantive}",
      "whenever B] when E {substantive}",
      "is little B] are a few E {substantive}",
      "the power of B] om. E {omission}",
      "om. B] It ‘knows’ who is to get something and who has to wait. E {addition}"
    ])
  })

  it("the lower-case Revolution Betrayed witness (ch. 11) does not print the queue passage", () => {
    const c = witnesses.find((x) => x.witness.siglum === "C")!
    expect(c.witness.text).not.toMatch(/poverty of society in objects of consumption/i)
  })

  it("does not show stock phrases at the default length", () => {
    const passages = findPassages(witnesses)
    expect(passages.some((p) => /socialism in one country/i.test(p.occurrences[0]!.text))).toBe(false)
    expect(passages).toHaveLength(1)
  })

  it("with --min-words 7 also finds the ‘second supplementary revolution’ shared by B and the lower-case C", () => {
    const passages = findPassages(witnesses, { minWords: 7 })
    const p = passages.find((x) => /second supplementary revolution/i.test(x.occurrences[0]!.text))
    expect(p).toBeDefined()
    expect(sigla(p!)).toBe("BC")
  })

  it("ids are stable: the same whatever the order of the witnesses", () => {
    const ids = (ws: typeof witnesses) => findPassages(ws, { minWords: 7 }).flatMap((p) => [p.id, ...p.apparatus.map((e) => e.id)]).sort()
    expect(ids([...witnesses].reverse())).toEqual(ids(witnesses))
  })
})

describe("findShared on raw text (corpus scale path)", () => {
  // a deterministic filler text: no shared stretches by construction
  const filler = (seed: number, n: number) => {
    const vocab = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega".split(" ")
    let x = seed
    const out: string[] = []
    for (let i = 0; i < n; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0
      out.push(vocab[(x >>> 8) % vocab.length]! + ((x >>> 20) % 7))
    }
    return out.join(" ")
  }
  const quote = "When the lines are very long, it is necessary to appoint a policeman to keep order."

  it("finds a quotation that one copy prints in lower case with OCR damage and a missing word", () => {
    const damaged = "when the lincs are very long, it is necessary to a policeman to keep ordcr."
    const docs = [
      wordsFromText("a", `${filler(1, 300)} ${quote} ${filler(2, 300)}`),
      wordsFromText("b", `${filler(3, 200)} ${damaged} ${filler(4, 100)}`),
      wordsFromText("c", filler(5, 500))
    ]
    const found = findShared(docs, { minWords: 8, gram: 4 })
    expect(found).toHaveLength(1)
    expect(found[0]!.spans.map((s) => s.doc)).toEqual([0, 1])
    const [a, b] = found[0]!.spans
    expect(a!.end - a!.start).toBeGreaterThanOrEqual(14)
    expect(b!.end - b!.start).toBeGreaterThanOrEqual(13)
  })

  it("drops n-grams found in too many documents", () => {
    const docs = Array.from({ length: 6 }, (_, i) => wordsFromText(`d${i}`, `${filler(10 + i, 100)} ${quote} ${filler(20 + i, 100)}`))
    expect(findShared(docs, { minWords: 8, maxDocFreq: 5 })).toHaveLength(0)
    expect(findShared(docs, { minWords: 8, maxDocFreq: 6 })[0]!.spans).toHaveLength(6)
  })
})
