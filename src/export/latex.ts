/**
 * `edition.tex`: a reledmac edition. Each witness is a numbered section with its cleaned text, each applied
 * correction as `\edtext{replacement}{\Bfootnote{original SIGLUM (rule, decision)}}`; each passage is a
 * numbered section with its base text and `\edtext{lemma}{\Afootnote{reading SIGLA; …}}` at each variant
 * location. So the A series of footnotes is the critical apparatus and the B series the corrections.
 * Compiles with lualatex or xelatex (any Unicode), or pdflatex (T1 + utf8 inputenc) for Latin scripts.
 */
import { planEdition, paragraphSegments, siglaOf, visibleControls, type EditionInput, type Plan, type ResolvedEntry } from "./model.ts"
import { placePassages } from "./passages.ts"

const SPECIAL: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "#": "\\#",
  $: "\\$",
  "%": "\\%",
  "&": "\\&",
  _: "\\_",
  "^": "\\textasciicircum{}",
  "~": "\\textasciitilde{}",
  "<": "\\textless{}",
  ">": "\\textgreater{}",
  "|": "\\textbar{}",
  '"': "\\textquotedbl{}",
  "[": "{[}",
  "]": "{]}"
}

/**
 * Text for LaTeX: controls made visible, every special character turned into its command, `[`/`]` braced
 * (so text after `\pstart` or `\item` is never read as an optional argument), `--` kept as two hyphens.
 */
export function latexText(s: string): string {
  return visibleControls(s)
    .replace(/[\\{}#$%&_^~<>|"[\]]/g, (c) => SPECIAL[c]!)
    .replace(/-(?=-)/g, "-{}")
    .replace(/\n{2,}/g, "\n")
}

function reading(input: EditionInput, text: string, witnesses: ReadonlyArray<string>): string {
  return `${text === "" ? "\\emph{om.}" : latexText(text)} ${latexText(siglaOf(input, witnesses))}`
}

function edtext(input: EditionInput, r: ResolvedEntry): string {
  const note = r.others.map((rd) => reading(input, rd.text, rd.witnesses)).join("; ")
  const lemma = latexText(r.lemma)
  return r.lemma === "" ? `\\edtext{}{\\lemma{\\emph{om.}}\\Afootnote{${note}}}` : `\\edtext{${lemma}}{\\Afootnote{${note}}}`
}

export function renderLatex(input: EditionInput, plan: Plan = planEdition(input)): string {
  const out: string[] = []
  const o = (s: string) => out.push(s)
  o(`% edition.tex: the edition ${visibleControls(input.name)}, exported by lectio. Compile with lualatex (or xelatex, pdflatex).`)
  o(`\\documentclass[11pt]{article}`)
  o(`\\usepackage{iftex}`)
  o(`\\ifPDFTeX`)
  o(`  \\usepackage[T1]{fontenc}`)
  o(`  \\usepackage[utf8]{inputenc}`)
  o(`  \\usepackage{textcomp}`)
  o(`\\else`)
  o(`  \\usepackage{fontspec}`)
  o(`\\fi`)
  o(`\\usepackage{reledmac}`)
  o(`\\Xarrangement[A]{paragraph}`)
  o(`\\Xarrangement[B]{paragraph}`)
  o(`\\title{${latexText(input.title)}}`)
  o(`\\date{}`)
  o(`\\begin{document}`)
  o(`\\maketitle`)
  o(`\\section*{Witnesses}`)
  o(`\\begin{description}`)
  for (const w of input.witnesses) {
    const parts = [w.author, w.title !== null ? `\\emph{${latexText(w.title)}}` : null, w.date]
      .map((p, k) => (p === null ? null : k === 1 ? p : latexText(p)))
      .filter((p): p is string => p !== null)
    if (w.source !== null) parts.push(latexText(w.source))
    parts.push(`\\texttt{${latexText(w.id)}}`)
    o(`  \\item[${latexText(w.siglum)}] ${parts.join(". ")}.`)
  }
  o(`\\end{description}`)
  o(`Corrections are in the B notes (original, siglum, rule, decision); the apparatus of the passages in the A notes.`)

  for (const pw of plan.witnesses) {
    const w = pw.witness
    o(``)
    o(`\\section*{${latexText(`${w.siglum} · ${w.author ?? w.id}${w.title !== null ? ` · ${w.title}` : ""}`)}}`)
    o(`\\beginnumbering`)
    for (const segs of paragraphSegments(pw)) {
      const body = segs
        .map((s) => {
          if (s.kind === "text") return latexText(s.text)
          const c = s.correction
          const note = `${c.original === "" ? "\\emph{om.}" : latexText(c.original)} ${latexText(w.siglum)} (${latexText(c.rule)}, ${c.decision === "edit" ? "edited" : "approved"})`
          return c.replacement === ""
            ? `\\edtext{}{\\lemma{\\emph{del.}}\\Bfootnote{${note}}}`
            : `\\edtext{${latexText(c.replacement)}}{\\Bfootnote{${note}}}`
        })
        .join("")
      o(`\\pstart`)
      o(body)
      o(`\\pend`)
    }
    o(`\\endnumbering`)
  }

  const placed = placePassages(input)
  if (placed.length > 0) {
    o(``)
    o(`\\section*{Passages}`)
  }
  for (const pp of placed) {
    o(`\\subsection*{${latexText(`Passage ${pp.number} · ${pp.witnesses.map(input.siglumOf).join(", ")} · base text ${input.siglumOf(pp.base.witness)}`)}}`)
    o(`\\beginnumbering`)
    o(`\\pstart`)
    o(pp.pieces.map((p) => (p.kind === "text" ? latexText(p.text) : edtext(input, p.resolved))).join(""))
    o(`\\pend`)
    o(`\\endnumbering`)
    const unplaced = pp.notes.filter((n) => !n.placed)
    if (unplaced.length > 0) {
      o(`\\paragraph{Not located in the base text}`)
      o(`\\begin{itemize}`)
      for (const n of unplaced) {
        const r = n.resolved
        o(`  \\item ${r.lemma === "" ? "\\emph{om.}" : latexText(r.lemma)}${r.lemmaReading ? ` ${latexText(siglaOf(input, r.lemmaReading.witnesses))}` : ""}] ${r.others.map((rd) => reading(input, rd.text, rd.witnesses)).join("; ")}`)
      }
      o(`\\end{itemize}`)
    }
  }
  o(`\\end{document}`)
  return out.join("\n") + "\n"
}
