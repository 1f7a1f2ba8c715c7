import { readFileSync, readdirSync } from "node:fs"
import { join } from "node:path"
import type { AlignmentTable, Token, TokenisedWitness } from "../../src/domain/model.ts"
import { tokenise } from "../../src/corpus/tokenise.ts"
import { countWords } from "../../src/corpus/tokenise.ts"

export const w = (id: string, text: string) => ({ id, tokens: tokenise(text) })

/** Every token of every witness exactly once, in order, in its row; all rows the same width. */
export function checkTable(table: AlignmentTable, inputs: ReadonlyArray<{ id: string; tokens: ReadonlyArray<Token> }>): void {
  const width = table.table[0]?.length ?? 0
  table.table.forEach((row, r) => {
    if (row.length !== width) throw new Error(`row ${r} has ${row.length} cells, expected ${width}`)
    const got = row.flatMap((cell) => (cell === null ? [] : cell.map((t) => t.t)))
    const want = inputs[r]!.tokens.map((t) => t.t)
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`row ${r} does not give back its tokens`)
  })
}

/** The table as a map id → row (to compare collations up to row order). */
export const byWitness = (t: AlignmentTable) => Object.fromEntries(t.witnesses.map((id, i) => [id, t.table[i]]))

export const repo = join(import.meta.dirname, "..", "..")

export function darwinPara1() {
  const dir = join(repo, "tests", "fixtures", "align", "darwin-para1")
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => w(f.replace(/\.txt$/, ""), readFileSync(join(dir, f), "utf8")))
}

/** The seeds as tokenised witnesses (sigla from seeds/lectio.json). */
export function seeds(): TokenisedWitness[] {
  const dir = join(repo, "seeds")
  const manifest = JSON.parse(readFileSync(join(dir, "lectio.json"), "utf8")) as { witnesses: Array<{ file: string; siglum: string }> }
  return manifest.witnesses.map((m) => {
    const text = readFileSync(join(dir, m.file), "utf8")
    const tokens = tokenise(text)
    const id = m.file.replace(/\.txt$/, "")
    return {
      witness: { id, siglum: m.siglum, path: join("seeds", m.file), author: null, title: null, date: null, source: null, encoding: "utf-8", chars: text.length, words: countWords(tokens), text },
      tokens
    }
  })
}
