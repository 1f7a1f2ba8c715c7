/**
 * A hostile witness — XML/HTML/LaTeX specials, markup and TeX commands in the text, terminal escapes and
 * other control characters, CRLF and lone CR, bidi overrides, a lone surrogate — still exports to valid,
 * escaped files. Control characters are made visible in every markup file and never written raw.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import type { Correction, Passage } from "../../src/domain/model.ts"
import { renderEdition } from "../../src/export/edition.ts"
import { csvField } from "../../src/export/csv.ts"
import { latexText } from "../../src/export/latex.ts"
import { visibleControls } from "../../src/export/model.ts"
import { fixture, inputOf, witness } from "./helpers.ts"
import { chromiumPath, dumpDom, jingErrors, jingPath } from "./tools.ts"

const HOSTILE = readFileSync(fixture("hostile.txt"), "utf8")
// A second witness of the same stretch, differing at a few places, plus a lone surrogate.
const HOSTILE2 = HOSTILE.replace("{braces}", "{curly}").replace("<script>alert(1)</script>", "&amp;").replace("\\end{document}", "%%") + " \ud800 tail"

const A = witness("hostile", "H", HOSTILE, {
  author: `<Évil> & "Co" \\ % {x} \x1b[2J`,
  title: `Title ]]> <!-- \u202e`,
  date: "$1953^",
  source: `Source & </witness><script>x</script> ~_#`
})
const B = witness("hostile-2", "I", HOSTILE2)

const at = (s: string) => HOSTILE.indexOf(s)
const corr = (original: string, replacement: string, k: number, start = at(original)): Correction => ({
  proposal: `p${k} <&> "x"`,
  witness: "hostile",
  start,
  end: start + original.length,
  original,
  replacement,
  rule: `rule<${k}>&"`,
  class: null,
  confidence: 0.5 + k / 10,
  decision: k % 2 === 0 ? "approve" : "edit",
  decidedAt: `2026-11-20T10:00:0${k}Z`,
  resp: k === 3 ? `Ed <${"&"}> \x1b` : null
})
const corrections = [
  corr("{braces}", "\\%&<>\x07", 1),
  corr("\x1b[31m", "", 2),
  corr("", '"ins<', 3, at("The anti")),
  corr("</p><script>alert(1)</script>", "<b>bold</b>", 4),
  corr("lone CR\rend", "one line, then end", 5)
]
const passage: Passage = {
  id: `p<1>&"`,
  occurrences: [
    { witness: "hostile", start: 0, end: HOSTILE.length, text: HOSTILE },
    { witness: "hostile-2", start: 0, end: HOSTILE2.length, text: HOSTILE2 }
  ],
  apparatus: [
    { id: "v1<&>", lemma: "braces", readings: [{ text: "braces", witnesses: ["hostile"] }, { text: "curly", witnesses: ["hostile-2"] }], kind: "substantive" },
    {
      id: "v2",
      lemma: "<script>alert(1)</script>",
      readings: [{ text: "<script>alert(1)</script>", witnesses: ["hostile"] }, { text: "&amp;", witnesses: ["hostile-2"] }],
      kind: "substantive"
    },
    { id: "v3", lemma: "\\end{document}", readings: [{ text: "\\end{document}", witnesses: ["hostile"] }, { text: "%%", witnesses: ["hostile-2"] }], kind: "punctuation" },
    { id: "v4", lemma: "", readings: [{ text: "", witnesses: ["hostile"] }, { text: "\ud800 tail", witnesses: ["hostile-2"] }], kind: "addition" }
  ]
}
const input = inputOf([A, B], { name: "hostile", title: `Hostile & <edition> \x1b]0;title\x07`, corrections, passages: [passage] })
const edition = renderEdition(input, "all")
const file = (p: string) => edition.files.find((f) => f.path === p)!.content

const dir = mkdtempSync(join(tmpdir(), "lectio-hostile-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const onDisk = (p: string) => {
  const full = join(dir, p.replace("/", "_"))
  writeFileSync(full, file(p))
  return full
}

// Forbidden raw in any markup file: C0 controls but tab/LF (CR too: line endings are unified), DEL, C1, bidi overrides.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])/

describe("a hostile witness", () => {
  it("applies every correction in text/ID.txt and changes nothing else (controls kept there as they are)", () => {
    expect(edition.plan.skipped).toEqual([])
    let expected = HOSTILE
    for (const c of [...corrections].sort((a, b) => b.start - a.start)) expected = expected.slice(0, c.start) + c.replacement + expected.slice(c.end)
    expect(file("text/hostile.txt")).toBe(expected)
    expect(file("text/hostile-2.txt")).toBe(HOSTILE2)
  })

  it("writes no raw control character into the XML, HTML, LaTeX, CSV or JSON", () => {
    for (const p of ["apparatus.xml", "edition.html", "edition.tex", "corrections.csv", "collation.json"]) {
      // CSV records end in CRLF (RFC 4180); any other CR is a control character.
      const m = (p.endsWith(".csv") ? file(p).replace(/\r\n/g, "\n") : file(p)).match(RAW_CONTROL)
      expect(m === null ? null : `${p}: U+${m[0].charCodeAt(0).toString(16)}`).toBeNull()
    }
    expect(file("apparatus.xml")).toContain("Terminal: \\x1b[31mred\\x1b[0m bell\\x07 null\\x00")
    expect(file("apparatus.xml")).toContain("bidi\\u202eevil\\u202c")
  })

  it.skipIf(jingPath === null)("exports TEI that is valid against tei_all (jing)", () => {
    expect(jingErrors(onDisk("apparatus.xml"))).toEqual([])
  })

  it("escapes markup in the TEI: the witness's tags are text, not elements", () => {
    const tei = file("apparatus.xml")
    expect(tei).not.toContain("<script>")
    expect(tei).toContain("&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
    expect(tei).toContain("<sic>&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</sic>")
    expect(tei).toContain('n="p1 &lt;&amp;&gt; &quot;x&quot;"')
    expect(tei).toContain("]]&gt;")
    expect(tei).toContain("\ufffd tail")
  })

  it.skipIf(chromiumPath === null)("exports HTML whose DOM holds the witness's markup as text (Chromium)", () => {
    const dom = dumpDom(onDisk("edition.html"))
    expect(dom).toContain("<body>")
    expect(dom).not.toMatch(/<script|<img|<b>|<[a-z]+[^>]*\sonerror=/)
    expect(dom).toContain(`<del class="orig">&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</del>`)
    expect(dom).toContain("&lt;img src=x onerror=alert(2)&gt;")
    expect(dom).toContain("&lt;b&gt;bold&lt;/b&gt;")
    expect((dom.match(/class="corr[ "]/g) ?? []).length).toBe(corrections.length)
    expect((dom.match(/<article class="text"/g) ?? []).length).toBe(2)
    expect(dom).toContain("<title>Hostile &amp; &lt;edition&gt; \\x1b]0;title\\x07</title>")
  })

  it("escapes every LaTeX special character", () => {
    const esc = latexText(HOSTILE)
    const stripped = esc.replace(
      /\\textbackslash\{\}|\\[{}#$%&_]|\\textasciicircum\{\}|\\textasciitilde\{\}|\\textless\{\}|\\textgreater\{\}|\\textbar\{\}|\\textquotedbl\{\}|\{\[\}|\{\]\}|-\{\}/g,
      ""
    )
    expect(stripped).not.toMatch(/[\\{}#$%&_^~[\]<>|"]/)
    const tex = file("edition.tex")
    expect(tex.match(/\\end\{document\}/g)).toHaveLength(1)
    expect(tex.match(/\\begin\{document\}/g)).toHaveLength(1)
    // Braces balance once escaped braces are set aside.
    let depth = 0
    for (const c of tex.replace(/\\[{}]/g, "")) {
      if (c === "{") depth++
      if (c === "}") depth--
      expect(depth).toBeGreaterThanOrEqual(0)
    }
    expect(depth).toBe(0)
    expect(tex).toContain("\\edtext{\\textbackslash{}\\%\\&\\textless{}\\textgreater{}\\x07}".replace("\\x07", "\\textbackslash{}x07"))
  })

  it("quotes the CSV as RFC 4180 and reads back to the same fields", () => {
    const rows = parseCsv(file("corrections.csv"))
    expect(rows[0]).toEqual(["witness", "start", "end", "original", "replacement", "rule", "decision", "decided_at", "proposal", "resp", "confidence"])
    expect(rows).toHaveLength(corrections.length + 1)
    const sorted = [...corrections].sort((a, b) => a.start - b.start)
    sorted.forEach((c, k) => {
      expect(rows[k + 1]).toEqual([
        c.witness,
        String(c.start),
        String(c.end),
        visibleControls(c.original),
        visibleControls(c.replacement),
        c.rule,
        c.decision,
        c.decidedAt,
        c.proposal,
        visibleControls(c.resp ?? ""),
        String(c.confidence)
      ])
    })
    expect(csvField(' lead')).toBe('" lead"')
  })

  it("writes JSON that parses, with the readings intact", () => {
    const json = JSON.parse(file("collation.json"))
    expect(json.passages[0].apparatus[1].lemma).toBe("<script>alert(1)</script>")
    expect(json.witnesses).toEqual([
      { id: "hostile", siglum: "H" },
      { id: "hostile-2", siglum: "I" }
    ])
  })
})

/** RFC 4180 reader for the test: CRLF records, quoted fields with doubled quotes. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ""
  let i = 0
  let quoted = false
  while (i < s.length) {
    const c = s[i]!
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (field += '"'), (i += 2)
      else if (c === '"') (quoted = false), i++
      else (field += c), i++
    } else if (c === '"') (quoted = true), i++
    else if (c === ",") row.push(field), (field = ""), i++
    else if (c === "\r" && s[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), (i += 2)
    else if (c === "\n" || c === "\r") throw new Error(`bare line break at ${i}`)
    else (field += c), i++
  }
  if (field !== "" || row.length > 0) throw new Error("last record without CRLF")
  return rows
}
