/** Plain-text output helpers for the CLI: tables, colour (only on a terminal and without NO_COLOR). */
import { escapeControls } from "../text/display.ts"

/** Colour is used only when stdout is a terminal and NO_COLOR is unset (https://no-color.org). */
export function useColor(): boolean {
  const noColor = process.env["NO_COLOR"]
  return process.stdout.isTTY === true && (noColor === undefined || noColor === "")
}

export const style = {
  bold: (s: string) => (useColor() ? `\x1b[1m${s}\x1b[22m` : s),
  dim: (s: string) => (useColor() ? `\x1b[2m${s}\x1b[22m` : s),
  mark: (s: string) => (useColor() ? `\x1b[7m${s}\x1b[27m` : `⟦${s}⟧`)
}

/** Display width, counting each code point as one column (enough for the scripts of our witnesses). */
function width(s: string): number {
  let n = 0
  for (const _ of s) n++
  return n
}

/** A left-aligned table; columns listed in `right` are right-aligned. Cells are escaped for the terminal. */
export function table(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>, right: ReadonlyArray<number> = []): string {
  const safe = rows.map((r) => r.map((c) => escapeControls(c).replace(/\s+/g, " ")))
  const widths = header.map((h, k) => Math.max(width(h), ...safe.map((r) => width(r[k] ?? ""))))
  const line = (cells: ReadonlyArray<string>) =>
    cells
      .map((c, k) => {
        const pad = " ".repeat(Math.max(0, widths[k]! - width(c)))
        return right.includes(k) ? pad + c : c + pad
      })
      .join("  ")
      .trimEnd()
  return [style.bold(line(header)), ...safe.map(line)].join("\n")
}
