/**
 * Multi-witness collation into a CollateX alignment table. Pure.
 *
 * Progressive alignment against a growing, linearised variant graph (a list of columns, each holding the
 * normalised forms of its tokens), so a token matches a column if it agrees with ANY witness already there.
 * The order in which witnesses join does not depend on the order they are given in: the base is the
 * witness most similar to all the others (shared word trigrams), and each next witness is the one most
 * similar to any witness already aligned; ties are broken by witness id. Rows come back in input order.
 */
import type { AlignmentTable, TableCell, Token } from "../domain/model.ts"
import { buildApparatus, type ApparatusRows } from "../apparatus/index.ts"
import { alignToColumns, type ColumnKeys, type Item } from "./pairwise.ts"
import { fnv1a } from "./hash.ts"

export interface CollateInput {
  readonly id: string
  readonly tokens: ReadonlyArray<Token>
}

/** Columns × witnesses: the token index of each witness in each column, or -1 for a gap. */
export interface Collation {
  readonly ids: ReadonlyArray<string>
  readonly tokens: ReadonlyArray<ReadonlyArray<Token>>
  /** rows[w][c] */
  readonly rows: ReadonlyArray<Int32Array>
  readonly width: number
}

interface Column extends ColumnKeys {
  keys: string[]
  word: boolean
  cells: Int32Array
}

const isWord = (t: Token) => t.kind !== "punct"

/** Shared word trigrams of two witnesses over the smaller one's count. */
function trigramSet(tokens: ReadonlyArray<Token>): Set<number> {
  const words = tokens.filter(isWord).map((t) => fnv1a(t.n))
  const s = new Set<number>()
  for (let k = 0; k + 2 < words.length; k++) s.add((Math.imul(words[k]!, 0x9e3779b1) ^ Math.imul(words[k + 1]!, 0x85ebca6b) ^ words[k + 2]!) >>> 0)
  return s
}

function similarity(a: Set<number>, b: Set<number>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a]
  if (small.size === 0) return 0
  let shared = 0
  for (const x of small) if (big.has(x)) shared++
  return shared / small.size
}

/** The order in which witnesses are aligned: a function of the set of witnesses, not of their order. */
export function joinOrder(witnesses: ReadonlyArray<CollateInput>): number[] {
  const k = witnesses.length
  if (k <= 1) return witnesses.map((_, i) => i)
  const sets = witnesses.map((w) => trigramSet(w.tokens))
  const sim: number[][] = sets.map((a, i) => sets.map((b, j) => (i === j ? 0 : similarity(a, b))))
  const byId = (i: number, j: number) => (witnesses[i]!.id < witnesses[j]!.id ? -1 : witnesses[i]!.id > witnesses[j]!.id ? 1 : i - j)
  const all = witnesses.map((_, i) => i)
  const total = (i: number) => sim[i]!.reduce((s, x) => s + x, 0)
  let base = all[0]!
  for (const i of all) {
    const d = total(i) - total(base)
    if (d > 1e-12 || (Math.abs(d) <= 1e-12 && byId(i, base) < 0)) base = i
  }
  const order = [base]
  const left = new Set(all.filter((i) => i !== base))
  while (left.size > 0) {
    let best = -1
    let bestSim = -1
    for (const i of left) {
      const s = Math.max(...order.map((j) => sim[i]![j]!))
      if (best < 0 || s > bestSim + 1e-12 || (Math.abs(s - bestSim) <= 1e-12 && byId(i, best) < 0)) {
        best = i
        bestSim = s
      }
    }
    order.push(best)
    left.delete(best)
  }
  return order
}

/** Align the witnesses into columns. */
export function collateColumns(witnesses: ReadonlyArray<CollateInput>): Collation {
  const k = witnesses.length
  let cols: Column[] = []
  for (const wi of joinOrder(witnesses)) {
    const tokens = witnesses[wi]!.tokens
    const items: Item[] = tokens.map((t) => ({ n: t.n, word: isWord(t) }))
    const assign = alignToColumns(cols, items)
    const next: Column[] = []
    let c = 0
    for (let i = 0; i < items.length; i++) {
      const target = assign[i]!
      if (target >= 0) {
        while (c < target) next.push(cols[c++]!)
        const col = cols[c++]!
        col.cells[wi] = i
        if (!col.keys.includes(items[i]!.n)) col.keys.push(items[i]!.n)
        col.word = col.word || items[i]!.word
        next.push(col)
      } else {
        const cells = new Int32Array(k).fill(-1)
        cells[wi] = i
        next.push({ keys: [items[i]!.n], word: items[i]!.word, cells })
      }
    }
    while (c < cols.length) next.push(cols[c++]!)
    cols = next
  }
  const rows = witnesses.map((_, w) => {
    const r = new Int32Array(cols.length)
    for (let c = 0; c < cols.length; c++) r[c] = cols[c]!.cells[w]!
    return r
  })
  return { ids: witnesses.map((w) => w.id), tokens: witnesses.map((w) => w.tokens), rows, width: cols.length }
}

/** The CollateX table layout: a cell is a list of tokens `{t, n}` or null. */
export function tableOf(c: Collation): Array<Array<TableCell>> {
  return c.rows.map((row, w) => {
    const toks = c.tokens[w]!
    return Array.from(row, (i): TableCell => (i < 0 ? null : [{ t: toks[i]!.t, n: toks[i]!.n }]))
  })
}

/** Rows of tokens (null for a gap) for the apparatus builder. */
export function apparatusRows(c: Collation, scope: string): ApparatusRows {
  return {
    scope,
    ids: c.ids,
    rows: c.rows.map((row, w) => Array.from(row, (i) => (i < 0 ? null : c.tokens[w]![i]!)))
  }
}

/** Collate whole token sequences into a CollateX alignment table with transpositions and apparatus. */
export function collateTable(witnesses: ReadonlyArray<CollateInput>, scope?: string): AlignmentTable {
  const c = collateColumns(witnesses)
  const { apparatus, transpositions } = buildApparatus(apparatusRows(c, scope ?? [...c.ids].sort().join("+")))
  return { witnesses: [...c.ids], table: tableOf(c), transpositions, apparatus }
}
