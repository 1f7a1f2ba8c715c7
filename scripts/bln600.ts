/**
 * Reading BLN600 (../shared/corpora/bln600/train.csv: 19th-century newspaper OCR beside its correction),
 * for `npm run eval:ocr` and the normaliser benchmark. Not part of lectio itself.
 */
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"

/** One line of a sample: the OCR text and its ground truth. */
export interface Bln600Row {
  readonly ocr: string
  readonly gt: string
}

/** The file, looked for in ../shared beside the repository (or beside the folder of worktrees); null when absent. */
export function bln600File(repoRoot: string): string | null {
  return (
    [join(repoRoot, "..", "shared"), join(repoRoot, "..", "..", "shared")]
      .map((d) => join(d, "corpora", "bln600", "train.csv"))
      .find((f) => existsSync(f)) ?? null
  )
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += c
    } else if (c === '"') quoted = true
    else if (c === ",") {
      row.push(field)
      field = ""
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++
      row.push(field)
      rows.push(row)
      row = []
      field = ""
    } else field += c
  }
  if (field !== "" || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/** The samples (articles) of the file in file order, each its rows in order. */
export function readBln600(file: string): Map<string, Bln600Row[]> {
  const rows = parseCsv(readFileSync(file, "utf8")).slice(1).filter((r) => r.length >= 5)
  const samples = new Map<string, Bln600Row[]>()
  for (const r of rows) {
    const id = r[0]!
    let rs = samples.get(id)
    if (rs === undefined) samples.set(id, (rs = []))
    rs.push({ ocr: r[3]!, gt: r[4]! })
  }
  return samples
}
