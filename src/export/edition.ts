/**
 * The whole edition as files: which renderer writes which path, for the `--format` chosen. Pure: the same
 * input gives the same paths and the same bytes.
 */
import { renderCollation, type Collate } from "./collation.ts"
import { renderCsv } from "./csv.ts"
import { renderHtml } from "./html.ts"
import { renderLatex } from "./latex.ts"
import { UnsafeName } from "./errors.ts"
import { planEdition, unsafeNameReason, type EditionInput, type Plan } from "./model.ts"
import { renderTei } from "./tei.ts"
import { renderTexts } from "./text.ts"

export const FORMATS = ["all", "text", "tei", "html", "latex", "collatex", "csv"] as const
export type Format = (typeof FORMATS)[number]

/** The files of one format, relative to editions/NAME/. */
export const FORMAT_FILES: Record<Exclude<Format, "all" | "text">, string> = {
  tei: "apparatus.xml",
  html: "edition.html",
  latex: "edition.tex",
  collatex: "collation.json",
  csv: "corrections.csv"
}

/** The ledger: export never writes, replaces or removes it. */
export const LEDGER_FILE = "decisions.jsonl"
export const TEXT_DIR = "text"

export interface EditionFiles {
  /** Relative path (`/`-separated) → contents, sorted by path. */
  readonly files: ReadonlyArray<{ readonly path: string; readonly content: string }>
  /**
   * Folders the export owns entirely for this run: a file in them that is not in `files` is stale (left by an
   * earlier export of a witness no longer in the corpus) and is removed.
   */
  readonly ownedDirs: ReadonlyArray<string>
  readonly plan: Plan
}

/** The first name of the input that could escape editions/NAME/ (edition name, witness ids), or null. */
export function checkNames(input: Pick<EditionInput, "name" | "witnesses">): UnsafeName | null {
  const nameProblem = unsafeNameReason(input.name)
  if (nameProblem !== null) return new UnsafeName({ what: "edition name", value: input.name, reason: nameProblem })
  const seen = new Map<string, string>()
  for (const w of input.witnesses) {
    const p = unsafeNameReason(w.id)
    if (p !== null) return new UnsafeName({ what: "witness id", value: w.id, reason: p })
    // text/ID.txt must be distinct files on case-insensitive file systems too.
    const other = seen.get(w.id.toLowerCase())
    if (other !== undefined) return new UnsafeName({ what: "witness id", value: w.id, reason: `differs from ${other} only by case` })
    seen.set(w.id.toLowerCase(), w.id)
  }
  return null
}

/** Render the files of `format`. Throws UnsafeName if `checkNames` would refuse the input. */
export function renderEdition(input: EditionInput, format: Format, options: { collate?: Collate } = {}): EditionFiles {
  const unsafe = checkNames(input)
  if (unsafe !== null) throw unsafe
  const plan = planEdition(input)
  const files: Array<{ path: string; content: string }> = []
  const ownedDirs: string[] = []
  const want = (f: Format) => format === "all" || format === f
  if (want("text")) {
    ownedDirs.push(TEXT_DIR)
    for (const [id, text] of renderTexts(input, plan)) files.push({ path: `${TEXT_DIR}/${id}.txt`, content: text })
  }
  if (want("tei")) files.push({ path: FORMAT_FILES.tei, content: renderTei(input, plan) })
  if (want("html")) files.push({ path: FORMAT_FILES.html, content: renderHtml(input, plan) })
  if (want("latex")) files.push({ path: FORMAT_FILES.latex, content: renderLatex(input, plan) })
  if (want("collatex")) files.push({ path: FORMAT_FILES.collatex, content: renderCollation(input, options.collate) })
  if (want("csv")) files.push({ path: FORMAT_FILES.csv, content: renderCsv(input, plan) })
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { files, ownedDirs, plan }
}
