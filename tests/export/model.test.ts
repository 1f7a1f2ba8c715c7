/** The shared pure helpers: names, control characters, correction plans, escaping (with property tests). */
import fc from "fast-check"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import type { Correction } from "../../src/domain/model.ts"
import { EditionWriter } from "../../src/export/EditionWriter.ts"
import { renderEdition } from "../../src/export/edition.ts"
import { htmlText } from "../../src/export/html.ts"
import { latexText } from "../../src/export/latex.ts"
import { cleanText, paragraphSegments, planEdition, unsafeNameReason, visibleControls } from "../../src/export/model.ts"
import { xmlAttr, xmlText } from "../../src/export/tei.ts"
import { inputOf, witness } from "./helpers.ts"

const corr = (w: string, start: number, end: number, original: string, replacement: string, proposal = `${start}`): Correction => ({
  proposal,
  witness: w,
  start,
  end,
  original,
  replacement,
  rule: "r",
  class: null,
  confidence: null,
  decision: "approve",
  decidedAt: "2026-01-01T00:00:00Z",
  resp: null
})

describe("unsafeNameReason", () => {
  it("accepts plain names and refuses anything that could leave editions/", () => {
    for (const ok of ["seeds", "breitman-1953-why", "A", "ed_2.v1"]) expect(unsafeNameReason(ok)).toBeNull()
    expect(unsafeNameReason("..")).toBe("contains '..'")
    expect(unsafeNameReason("a/../b")).toBe("contains a slash")
    expect(unsafeNameReason("/etc")).toBe("is an absolute path")
    expect(unsafeNameReason("C:\\x")).toBe("is an absolute path")
    expect(unsafeNameReason("a\\b")).toBe("contains a slash")
    for (const bad of ["", ".git", "-rf", "a b", "a\u0000b", "é", "x".repeat(129)]) expect(unsafeNameReason(bad)).not.toBeNull()
  })
})

describe("visibleControls", () => {
  it("makes controls visible, unifies line ends, replaces lone surrogates, keeps everything else", () => {
    expect(visibleControls("a\x1b[0mb\x07\r\nc\rd\te\u202e\ud800 😀 ﬁ")).toBe("a\\x1b[0mb\\x07\nc\nd\te\\u202e\ufffd 😀 ﬁ")
  })
})

describe("planEdition", () => {
  const text = "one two three four"
  const w = witness("w", "A", text)
  it("applies corrections in offset order whatever their input order, and insertions and deletions", () => {
    const plan = planEdition(
      inputOf([w], { corrections: [corr("w", 14, 18, "four", "4"), corr("w", 0, 4, "one ", ""), corr("w", 7, 7, "", ",")] })
    )
    expect(cleanText(plan.witnesses[0]!)).toBe("two, three 4")
    expect(plan.corrections.map((c) => c.start)).toEqual([0, 7, 14])
    expect(plan.skipped).toEqual([])
  })
  it("skips (and reports) a correction whose text changed, one outside the text, an overlap, an unknown witness", () => {
    const plan = planEdition(
      inputOf([w], {
        corrections: [
          corr("w", 4, 7, "TWO", "2", "changed"),
          corr("w", 10, 99, "x", "y", "outside"),
          corr("w", 8, 13, "three", "3", "kept"),
          corr("w", 12, 18, "e four", "", "overlap"),
          corr("nobody", 0, 1, "o", "O", "unknown")
        ]
      })
    )
    expect(cleanText(plan.witnesses[0]!)).toBe("one two 3 four")
    expect(plan.skipped.map((s) => [s.correction.proposal, s.reason])).toEqual([
      ["unknown", "unknown witness nobody"],
      ["changed", 'the text at 4–7 no longer reads "TWO"'],
      ["outside", "offsets 10–99 are outside the text (18 characters)"],
      ["overlap", "overlaps the correction kept at 8–13"]
    ])
  })
  it("cuts paragraphs at blank lines but never through a correction", () => {
    const t = "First para.\n\nSecond para s\n\npus end.\n\n\nThird."
    const s = t.indexOf(" s\n\npus")
    const plan = planEdition(inputOf([witness("w", "A", t)], { corrections: [corr("w", s, s + 7, " s\n\npus", "")] }))
    expect(plan.witnesses[0]!.paragraphs.map((p) => t.slice(p.start, p.end))).toEqual(["First para.", "Second para s\n\npus end.", "Third."])
  })

  it("property: the clean text is the original with exactly the kept corrections spliced in", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.array(fc.tuple(fc.nat(), fc.nat(5), fc.string({ maxLength: 4 })), { maxLength: 6 }), (t, raw) => {
        const cs = raw.map(([a, len, rep], k) => {
          const start = a % (t.length + 1)
          const end = Math.min(t.length, start + len)
          return corr("w", start, end, t.slice(start, end), rep, `p${k}`)
        })
        const plan = planEdition(inputOf([witness("w", "A", t)], { corrections: cs }))
        let expected = t
        for (const c of [...plan.corrections].reverse()) expected = expected.slice(0, c.start) + c.replacement + expected.slice(c.end)
        expect(cleanText(plan.witnesses[0]!)).toBe(expected)
        expect(plan.corrections.length + plan.skipped.length).toBe(cs.length)
        for (let k = 1; k < plan.corrections.length; k++) expect(plan.corrections[k]!.start).toBeGreaterThanOrEqual(plan.corrections[k - 1]!.end)
      })
    )
  })
})

describe("paragraphSegments", () => {
  it("property: every applied correction lands in exactly one paragraph and no visible character is lost", () => {
    const piece = fc.constantFrom("a", "b", " ", "\n", "\n\n", "\n \n", "\r\n\r\n", "x y", ".")
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), fc.array(fc.tuple(fc.nat(), fc.nat(4), fc.string({ maxLength: 3 })), { maxLength: 6 }), (parts, raw) => {
        const t = parts.join("")
        const cs = raw.map(([a, len, rep], k) => {
          const start = a % (t.length + 1)
          const end = Math.min(t.length, start + len)
          return corr("w", start, end, t.slice(start, end), rep, `p${k}`)
        })
        const plan = planEdition(inputOf([witness("w", "A", t)], { corrections: cs }))
        const pw = plan.witnesses[0]!
        const paras = paragraphSegments(pw)
        const seen = paras.flat().filter((s) => s.kind === "corr").map((s) => (s.kind === "corr" ? s.index : -1))
        expect(seen.sort((a, b) => a - b)).toEqual(plan.corrections.map((_, k) => k))
        // The rendered paragraphs, blank lines dropped, hold every non-space character of the clean text in order.
        const rendered = paras.map((l) => l.map((s) => (s.kind === "text" ? s.text : s.correction.replacement)).join("")).join("")
        expect(rendered.replace(/\s/g, "")).toBe(cleanText(pw).replace(/\s/g, ""))
      })
    )
  })
})

describe("escaping (property tests over any string)", () => {
  const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
  it("XML text and attributes hold no markup character and no character XML 1.0 forbids", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        for (const out of [xmlText(s), xmlAttr(s)]) {
          expect(out).not.toMatch(/[<>]/)
          expect(out).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#10;|#9;)/)
          expect(out).not.toMatch(XML_FORBIDDEN)
        }
        expect(xmlAttr(s)).not.toMatch(/["\n\t]/)
      })
    )
  })
  it("HTML text holds no markup or quote character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(htmlText(s)).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/)
      })
    )
  })
  it("LaTeX text holds no special character outside the commands that print it", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const stripped = latexText(s).replace(
          /\\textbackslash\{\}|\\[{}#$%&_]|\\textasciicircum\{\}|\\textasciitilde\{\}|\\textless\{\}|\\textgreater\{\}|\\textbar\{\}|\\textquotedbl\{\}|\{\[\}|\{\]\}|-\{\}/g,
          ""
        )
        expect(stripped).not.toMatch(/[\\{}#$%&_^~[\]<>|"]|--|\n\n/)
      })
    )
  })
})

describe("EditionWriter.layerTest", () => {
  it("writes the files, removes stale texts, leaves the ledger", async () => {
    const store = new Map<string, string>([
      ["ed/seeds/decisions.jsonl", "{}\n"],
      ["ed/seeds/text/old.txt", "old"],
      ["ed/other/text/keep.txt", "another edition"]
    ])
    const edition = renderEdition(inputOf([witness("w", "A", "text")]), "text")
    const report = await Effect.runPromise(
      Effect.gen(function* () {
        return yield* (yield* EditionWriter).write("ed", "seeds", edition)
      }).pipe(Effect.provide(EditionWriter.layerTest(store)))
    )
    expect(report).toEqual({ dir: "ed/seeds", written: ["text/w.txt"], removed: ["text/old.txt"] })
    expect([...store.keys()].sort()).toEqual(["ed/other/text/keep.txt", "ed/seeds/decisions.jsonl", "ed/seeds/text/w.txt"])
  })
  it("refuses to write the ledger or outside the edition", async () => {
    for (const path of ["decisions.jsonl", "../x", "text/../../x", "/abs"]) {
      const r = await Effect.runPromise(
        Effect.result(
          Effect.gen(function* () {
            return yield* (yield* EditionWriter).write("ed", "seeds", { files: [{ path, content: "x" }], ownedDirs: [] })
          })
        ).pipe(Effect.provide(EditionWriter.layerTest(new Map())))
      )
      expect(r._tag).toBe("Failure")
    }
  })
})
