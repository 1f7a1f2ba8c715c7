/**
 * `apparatus.xml`: a TEI P5 document (valid against tei_all 4.3.0).
 *
 * - teiHeader: the edition title, who is responsible (one respStmt per editor named in the ledger, plus
 *   `#editor` for decisions without a name), `listWit` with one `witness xml:id=SIGLUM` per witness and its
 *   source, and `variantEncoding method="parallel-segmentation" location="internal"`.
 * - body: one `div type="witness"` per witness with its text in paragraphs and each applied correction as
 *   `<choice><sic>original</sic><corr resp="#editor" cert="high" type="RULE" subtype="approve">replacement</corr></choice>`;
 *   then one `div type="passage"` per passage with its base text and `<app><lem wit=…>…</lem><rdg wit=…>…</rdg></app>`
 *   at each variant location (entries that could not be located follow in a `listApp`).
 */
import type { Correction } from "../domain/model.ts"
import { certainty, planEdition, paragraphSegments, visibleControls, type EditionInput, type Plan, type ResolvedEntry } from "./model.ts"
import { placePassages } from "./passages.ts"

export const TEI_NS = "http://www.tei-c.org/ns/1.0"

/** Text content: controls made visible, then `& < >` escaped. */
export function xmlText(s: string): string {
  return visibleControls(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
}

/** An attribute value in double quotes: as text, plus `"` and the whitespace XML would normalise. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;")
}

const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/

/** xml:id for each witness: its siglum when that is an XML name, else `wit-N`; always unique. */
export function witnessXmlIds(input: EditionInput): Map<string, string> {
  const ids = new Map<string, string>()
  const used = new Set<string>(["editor"])
  input.witnesses.forEach((w, k) => {
    let id = NCNAME.test(w.siglum) && !w.siglum.toLowerCase().startsWith("xml") ? w.siglum : `wit-${k + 1}`
    while (used.has(id)) id = `${id}-${k + 1}`
    used.add(id)
    ids.set(w.id, id)
  })
  return ids
}

/** Distinct editors named in the corrections, sorted, each with its xml:id; `null` → `editor`. */
function editors(corrections: ReadonlyArray<Correction>): Map<string | null, string> {
  const names = [...new Set(corrections.map((c) => c.resp).filter((r): r is string => r !== null && r.trim() !== ""))].sort()
  const out = new Map<string | null, string>([[null, "editor"]])
  names.forEach((n, k) => out.set(n, `editor-${k + 1}`))
  return out
}

export function renderTei(input: EditionInput, plan: Plan = planEdition(input)): string {
  const wid = witnessXmlIds(input)
  const eds = editors(plan.corrections)
  const pointer = (ids: ReadonlyArray<string>) =>
    ids
      .map((id) => wid.get(id))
      .filter((x): x is string => x !== undefined)
      .map((x) => `#${x}`)
      .join(" ")
  const out: string[] = []
  const o = (s: string) => out.push(s)

  o(`<?xml version="1.0" encoding="UTF-8"?>`)
  o(`<TEI xmlns="${TEI_NS}">`)
  o(`  <teiHeader>`)
  o(`    <fileDesc>`)
  o(`      <titleStmt>`)
  o(`        <title>${xmlText(input.title)}</title>`)
  o(`        <respStmt xml:id="editor">`)
  o(`          <resp>corrections approved and lemmata chosen by</resp>`)
  o(`          <name>the editor (ledger editions/${xmlText(input.name)}/decisions.jsonl)</name>`)
  o(`        </respStmt>`)
  for (const [name, id] of eds) {
    if (name === null) continue
    o(`        <respStmt xml:id="${id}">`)
    o(`          <resp>decisions recorded by</resp>`)
    o(`          <name>${xmlText(name)}</name>`)
    o(`        </respStmt>`)
  }
  o(`        <respStmt>`)
  o(`          <resp>collation and OCR proposals computed by</resp>`)
  o(`          <name>lectio</name>`)
  o(`        </respStmt>`)
  o(`      </titleStmt>`)
  o(`      <publicationStmt>`)
  o(`        <p>Exported by lectio as the edition ${xmlText(input.name)}.</p>`)
  o(`      </publicationStmt>`)
  o(`      <sourceDesc>`)
  o(`        <listWit>`)
  for (const w of input.witnesses) {
    const parts: string[] = []
    if (w.author !== null) parts.push(`<author>${xmlText(w.author)}</author>`)
    if (w.title !== null) parts.push(`<title>${xmlText(w.title)}</title>`)
    if (w.date !== null) parts.push(`<date>${xmlText(w.date)}</date>`)
    if (w.source !== null) parts.push(`<note type="source">${xmlText(w.source)}</note>`)
    parts.push(`<idno type="lectio">${xmlText(w.id)}</idno>`)
    o(`          <witness xml:id="${wid.get(w.id)}" n="${xmlAttr(w.siglum)}"><bibl>${parts.join(" ")}</bibl></witness>`)
  }
  o(`        </listWit>`)
  o(`      </sourceDesc>`)
  o(`    </fileDesc>`)
  o(`    <encodingDesc>`)
  o(`      <variantEncoding method="parallel-segmentation" location="internal"/>`)
  o(`    </encodingDesc>`)
  o(`  </teiHeader>`)
  o(`  <text>`)
  o(`    <body>`)

  for (const pw of plan.witnesses) {
    const w = pw.witness
    const id = wid.get(w.id)!
    o(`      <div type="witness" xml:id="text-${id}" corresp="#${id}">`)
    o(`        <head>${xmlText(`${w.siglum} · ${w.author ?? w.id}${w.title !== null ? ` · ${w.title}` : ""}`)}</head>`)
    if (pw.paragraphs.length === 0) o(`        <p/>`)
    for (const segs of paragraphSegments(pw)) {
      const body = segs
        .map((s) => {
          if (s.kind === "text") return xmlText(s.text)
          const c = s.correction
          const cert = certainty(c.confidence)
          const attrs = [
            `resp="#${eds.get(c.resp !== null && c.resp.trim() !== "" ? c.resp : null) ?? "editor"}"`,
            cert !== null ? `cert="${cert}"` : null,
            `type="${xmlAttr(c.rule)}"`,
            `subtype="${c.decision}"`
          ]
            .filter((a) => a !== null)
            .join(" ")
          const sic = c.original === "" ? "<sic/>" : `<sic>${xmlText(c.original)}</sic>`
          const corr = c.replacement === "" ? `<corr ${attrs}/>` : `<corr ${attrs}>${xmlText(c.replacement)}</corr>`
          return `<choice xml:id="corr-${s.index + 1}" n="${xmlAttr(c.proposal)}">${sic}${corr}</choice>`
        })
        .join("")
      o(`        <p>${body}</p>`)
    }
    o(`      </div>`)
  }

  const app = (r: ResolvedEntry, xmlId: string) => {
    const lemWit = r.lemmaReading !== null ? pointer(r.lemmaReading.witnesses) : ""
    const lem =
      r.lemma === ""
        ? `<lem${lemWit ? ` wit="${lemWit}"` : ""}/>`
        : `<lem${lemWit ? ` wit="${lemWit}"` : ""}>${xmlText(r.lemma)}</lem>`
    const rdgs = r.others
      .map((rd) => {
        const wit = pointer(rd.witnesses)
        const a = wit ? ` wit="${wit}"` : ""
        return rd.text === "" ? `<rdg${a}/>` : `<rdg${a}>${xmlText(rd.text)}</rdg>`
      })
      .join("")
    return `<app xml:id="${xmlId}" n="${xmlAttr(r.entry.id)}" type="${xmlAttr(r.entry.kind)}">${lem}${rdgs}</app>`
  }

  for (const pp of placePassages(input)) {
    const id = `passage-${pp.number}`
    o(`      <div type="passage" xml:id="${id}" n="${xmlAttr(pp.passage.id)}" corresp="${pointer(pp.witnesses)}">`)
    o(`        <head>${xmlText(`Passage ${pp.number} · base text ${input.siglumOf(pp.base.witness)}, ${pp.base.start}–${pp.base.end}`)}</head>`)
    const body = pp.pieces.map((p) => (p.kind === "text" ? xmlText(p.text) : app(p.resolved, `${id}-app-${p.note}`))).join("")
    o(`        <p>${body}</p>`)
    const unplaced = pp.notes.filter((n) => !n.placed)
    if (unplaced.length > 0) {
      o(`        <listApp type="unlocated">`)
      for (const n of unplaced) o(`          ${app(n.resolved, `${id}-app-${n.note}`)}`)
      o(`        </listApp>`)
    }
    o(`      </div>`)
  }
  o(`    </body>`)
  o(`  </text>`)
  o(`</TEI>`)
  return out.join("\n") + "\n"
}
