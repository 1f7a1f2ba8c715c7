/**
 * `edition.html`: a self-contained reading edition that works offline — one file, inline CSS, no script
 * and no external resource (a Content-Security-Policy forbids both, so even a mis-escaped witness could not
 * run code or fetch anything).
 *
 * - the witnesses (sigla, author, title, date, source);
 * - the cleaned text of each witness, each correction marked in place: the adopted text underlined, the
 *   original shown struck through beside it on hover or keyboard focus (every correction is focusable), or
 *   everywhere with the "show originals" switch (pure CSS);
 * - the passages: the base text with the adopted lemma of each variant location marked and numbered, and the
 *   apparatus as numbered notes (`lemma SIGLA] reading SIGLA`), linked both ways;
 * - the list of corrections, each linked to its place in the text.
 */
import { planEdition, paragraphSegments, siglaOf, visibleControls, type EditionInput, type Plan, type ResolvedEntry } from "./model.ts"
import { placePassages } from "./passages.ts"
import { witnessXmlIds } from "./tei.ts"

/** Text content and attribute values: controls made visible, `& < > " '` escaped. */
export function htmlText(s: string): string {
  return visibleControls(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
}

const CSS = `
:root { --ink: #1d1d1f; --muted: #5f6368; --accent: #8a3b12; --paper: #fffdf8; --line: #e4dccd; --corr: #0b6e4f; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 17px/1.55 Georgia, "Times New Roman", serif; }
header, main { max-width: 46rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 2rem; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0 0 .4rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 .4rem; }
.meta, .note-meta { color: var(--muted); font-size: .9rem; }
nav ol { padding-left: 1.2rem; columns: 2; font-size: .95rem; }
a { color: var(--accent); }
.siglum { font-weight: bold; font-style: normal; color: var(--accent); }
.switch { display: inline-block; margin: .5rem 0 1rem; font-size: .95rem; }
dl.witnesses dt { font-weight: bold; float: left; width: 2.2rem; color: var(--accent); }
dl.witnesses dd { margin: 0 0 .5rem 2.2rem; }
.text p, .passage p { white-space: pre-wrap; }
.corr { border-bottom: 2px solid var(--corr); text-decoration: none; color: inherit; }
.corr ins { text-decoration: none; }
.corr .orig { display: none; color: #b3261e; text-decoration: line-through; margin-right: .15em; }
.corr.deletion ins::before { content: "‸"; color: var(--corr); }
.corr:hover .orig, .corr:focus .orig, .corr:target .orig, body:has(#show-originals:checked) .corr .orig { display: inline; }
.corr:focus { outline: 2px solid var(--corr); outline-offset: 1px; }
.lem { background: #f3e7d3; border-radius: 2px; }
.lem.chosen { background: #e6efd9; }
.lem.empty::before { content: "‸"; color: var(--accent); }
a.note-ref { text-decoration: none; font-size: .75em; vertical-align: super; line-height: 0; margin-left: .1em; }
ol.apparatus { font-size: .95rem; padding-left: 1.8rem; }
ol.apparatus li:target, .corr:target { background: #fff1b8; }
.unlocated { color: var(--muted); font-style: italic; }
table.corrections { border-collapse: collapse; width: 100%; font-size: .9rem; }
table.corrections th, table.corrections td { text-align: left; border-bottom: 1px solid var(--line); padding: .25rem .4rem; vertical-align: top; }
table.corrections td.t { white-space: pre-wrap; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
footer { max-width: 46rem; margin: 3rem auto 2rem; padding: 0 1.25rem; color: var(--muted); font-size: .85rem; }
@media print { .switch, nav { display: none; } .corr .orig { display: inline; } }
`.trim()

export function renderHtml(input: EditionInput, plan: Plan = planEdition(input)): string {
  const h = htmlText
  const wid = witnessXmlIds(input)
  const passages = placePassages(input)
  const out: string[] = []
  const o = (s: string) => out.push(s)
  const sigla = (ids: ReadonlyArray<string>) => `<span class="siglum">${h(siglaOf(input, ids))}</span>`
  const rdg = (text: string, ids: ReadonlyArray<string>) => `${text === "" ? "<em>om.</em>" : h(text)} ${sigla(ids)}`
  const note = (r: ResolvedEntry) =>
    `${r.lemma === "" ? "<em>om.</em>" : h(r.lemma)}${r.lemmaReading !== null ? ` ${sigla(r.lemmaReading.witnesses)}` : ""}] ` +
    r.others.map((x) => rdg(x.text, x.witnesses)).join("; ") +
    (r.chosen ? ` <span class="note-meta">(lemma chosen by the editor)</span>` : "")

  o(`<!DOCTYPE html>`)
  o(`<html lang="en">`)
  o(`<head>`)
  o(`<meta charset="utf-8">`)
  o(`<meta name="viewport" content="width=device-width, initial-scale=1">`)
  o(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; img-src 'none'; base-uri 'none'; form-action 'none'">`)
  o(`<meta name="generator" content="lectio export">`)
  o(`<title>${h(input.title)}</title>`)
  o(`<style>\n${CSS}\n</style>`)
  o(`</head>`)
  o(`<body>`)
  o(`<header>`)
  o(`<h1>${h(input.title)}</h1>`)
  o(
    `<p class="meta">Edition <code>${h(input.name)}</code> · ${input.witnesses.length} witness${input.witnesses.length === 1 ? "" : "es"} · ` +
      `${plan.corrections.length} correction${plan.corrections.length === 1 ? "" : "s"} · ${passages.length} passage${passages.length === 1 ? "" : "s"}</p>`
  )
  o(`<nav aria-label="Contents"><ol>`)
  o(`<li><a href="#witnesses">Witnesses</a></li>`)
  for (const w of input.witnesses) o(`<li><a href="#text-${wid.get(w.id)}"><span class="siglum">${h(w.siglum)}</span> ${h(w.author ?? w.id)}</a></li>`)
  if (passages.length > 0) o(`<li><a href="#passages">Passages</a></li>`)
  o(`<li><a href="#corrections">Corrections</a></li>`)
  o(`</ol></nav>`)
  o(`<label class="switch"><input type="checkbox" id="show-originals"> show the original text beside every correction</label>`)
  o(`</header>`)
  o(`<main>`)

  o(`<section id="witnesses">`)
  o(`<h2>Witnesses</h2>`)
  o(`<dl class="witnesses">`)
  for (const w of input.witnesses) {
    const parts = [
      w.author !== null ? h(w.author) : null,
      w.title !== null ? `<cite>${h(w.title)}</cite>` : null,
      w.date !== null ? h(w.date) : null,
      w.source !== null ? h(w.source) : null
    ].filter((p): p is string => p !== null)
    o(`<dt id="wit-${wid.get(w.id)}">${h(w.siglum)}</dt><dd>${parts.join(". ")}${parts.length ? ". " : ""}<code>${h(w.id)}</code></dd>`)
  }
  o(`</dl>`)
  o(`</section>`)

  o(`<section id="texts">`)
  for (const pw of plan.witnesses) {
    const w = pw.witness
    o(`<article class="text" id="text-${wid.get(w.id)}" data-witness="${h(w.id)}">`)
    o(`<h2><span class="siglum">${h(w.siglum)}</span> ${h(w.author ?? w.id)}${w.title !== null ? ` · <cite>${h(w.title)}</cite>` : ""}</h2>`)
    for (const segs of paragraphSegments(pw)) {
      const body = segs
        .map((s) => {
          if (s.kind === "text") return h(s.text)
          const c = s.correction
          const title = `${c.original === "" ? "(nothing)" : c.original} → ${c.replacement === "" ? "(deleted)" : c.replacement} · ${c.rule} · ${c.decision === "edit" ? "edited" : "approved"}`
          return (
            `<span class="corr${c.replacement === "" ? " deletion" : ""}" id="corr-${s.index + 1}" tabindex="0" title="${h(title)}" ` +
            `data-original="${h(c.original)}" data-rule="${h(c.rule)}" data-decision="${c.decision}">` +
            `<del class="orig">${h(c.original)}</del><ins class="rep">${h(c.replacement)}</ins></span>`
          )
        })
        .join("")
      o(`<p>${body}</p>`)
    }
    o(`</article>`)
  }
  o(`</section>`)

  if (passages.length > 0) {
    o(`<section id="passages">`)
    o(`<h2>Passages</h2>`)
    for (const pp of passages) {
      const pid = `passage-${pp.number}`
      o(`<article class="passage" id="${pid}" data-passage="${h(pp.passage.id)}">`)
      o(
        `<h3>Passage ${pp.number} · ${pp.witnesses.map((id) => `<span class="siglum">${h(input.siglumOf(id))}</span>`).join(", ")}` +
          ` <span class="note-meta">base text ${h(input.siglumOf(pp.base.witness))} (${pp.base.start}–${pp.base.end}) · ${pp.notes.length} variant location${pp.notes.length === 1 ? "" : "s"}</span></h3>`
      )
      const body = pp.pieces
        .map((p) => {
          if (p.kind === "text") return h(p.text)
          const r = p.resolved
          return (
            `<span class="lem${r.chosen ? " chosen" : ""}${r.lemma === "" ? " empty" : ""}" id="${pid}-loc-${p.note}">${h(r.lemma)}</span>` +
            `<a class="note-ref" id="${pid}-ref-${p.note}" href="#${pid}-note-${p.note}">${p.note}</a>`
          )
        })
        .join("")
      o(`<p>${body}</p>`)
      o(`<ol class="apparatus">`)
      for (const n of pp.notes) {
        const back = n.placed ? `<a href="#${pid}-ref-${n.note}" aria-label="back to the text">↑</a> ` : `<span class="unlocated">(not located in the base text)</span> `
        o(`<li id="${pid}-note-${n.note}" value="${n.note}" data-kind="${h(n.resolved.entry.kind)}">${back}${note(n.resolved)}</li>`)
      }
      o(`</ol>`)
      o(`</article>`)
    }
    o(`</section>`)
  }

  o(`<section id="corrections">`)
  o(`<h2>Corrections</h2>`)
  if (plan.corrections.length === 0) o(`<p class="meta">No correction has been approved.</p>`)
  else {
    o(`<table class="corrections">`)
    o(`<thead><tr><th>#</th><th>witness</th><th>original</th><th>correction</th><th>rule</th><th>decision</th><th>decided</th></tr></thead>`)
    o(`<tbody>`)
    plan.corrections.forEach((c, k) => {
      o(
        `<tr><td><a href="#corr-${k + 1}">${k + 1}</a></td><td><span class="siglum">${h(input.siglumOf(c.witness))}</span> ${c.start}–${c.end}</td>` +
          `<td class="t">${c.original === "" ? "<em>(nothing)</em>" : h(c.original)}</td><td class="t">${c.replacement === "" ? "<em>(deleted)</em>" : h(c.replacement)}</td>` +
          `<td>${h(c.rule)}</td><td>${c.decision === "edit" ? "edited" : "approved"}${c.resp !== null ? ` by ${h(c.resp)}` : ""}</td><td>${h(c.decidedAt)}</td></tr>`
      )
    })
    o(`</tbody>`)
    o(`</table>`)
  }
  o(`</section>`)
  o(`</main>`)
  o(`<footer>Exported by lectio. The TEI (apparatus.xml), reledmac (edition.tex), clean texts (text/) and corrections log (corrections.csv) sit beside this file.</footer>`)
  o(`</body>`)
  o(`</html>`)
  return out.join("\n") + "\n"
}
