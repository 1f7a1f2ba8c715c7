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
  const order = joinOrder(witnesses)
  for (const wi of order) {
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
  // in join order, which does not depend on the input order
  const byId = witnesses.map((_, i) => i).sort((x, y) => (witnesses[x]!.id < witnesses[y]!.id ? -1 : witnesses[x]!.id > witnesses[y]!.id ? 1 : x - y))
  for (const w of order) placeGaps(cols, witnesses, w, byId)
  const rows = witnesses.map((_, w) => {
    const r = new Int32Array(cols.length)
    for (let c = 0; c < cols.length; c++) r[c] = cols[c]!.cells[w]!
    return r
  })
  return { ids: witnesses.map((w) => w.id), tokens: witnesses.map((w) => w.tokens), rows, width: cols.length }
}

const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"])
const CLOSING = /^[.,;:!?)\]”’…]/
const OPENING = /^[“‘(\[]/

/** Where a run of gap columns reads best: not starting with closing punctuation, not ending on a determiner. */
function gapScore(first: Token | null, last: Token | null): number {
  let s = 0
  if (first !== null && CLOSING.test(first.t)) s -= 2
  if (first !== null && DETERMINERS.has(first.n)) s += 1
  if (last !== null && (DETERMINERS.has(last.n) || OPENING.test(last.t))) s -= 2
  return s
}

/**
 * A gap in one witness can often slide along repeated words ("of the power of the" against "of the": the
 * omission is "the power of", "of the power" or "power of the" alike). Choose the placement an editor would
 * write: the gap does not begin with closing punctuation or end on a determiner; ties keep the leftmost.
 */
function placeGaps(cols: Column[], witnesses: ReadonlyArray<CollateInput>, w: number, byId: ReadonlyArray<number>): void {
  // the other witnesses' reading of a column, taken in witness-id order (not input order)
  const other = (c: number): Token | null => {
    const col = cols[c]!
    for (const v of byId) if (v !== w && col.cells[v]! >= 0) return witnesses[v]!.tokens[col.cells[v]!]!
    return null
  }
  const othersHave = (c: number, n: string): boolean => {
    const col = cols[c]!
    for (let v = 0; v < col.cells.length; v++) if (v !== w && col.cells[v]! >= 0 && witnesses[v]!.tokens[col.cells[v]!]!.n === n) return true
    return false
  }
  const tokens = witnesses[w]!.tokens
  let c = 0
  while (c < cols.length) {
    if (cols[c]!.cells[w]! >= 0 || other(c) === null) {
      c++
      continue
    }
    let e = c
    while (e < cols.length && cols[e]!.cells[w]! < 0 && other(e) !== null) e++
    // slide left as far as the words allow, scoring every placement
    let s0 = c
    let e0 = e
    let best = gapScore(other(s0), other(e0 - 1))
    let bestShift = 0
    let shift = 0
    while (s0 > 0 && cols[s0 - 1]!.cells[w]! >= 0 && other(s0 - 1) !== null && othersHave(e0 - 1, tokens[cols[s0 - 1]!.cells[w]!]!.n)) {
      s0--
      e0--
      shift--
      const sc = gapScore(other(s0), other(e0 - 1))
      if (sc >= best) {
        best = sc
        bestShift = shift
      }
    }
    s0 = c
    e0 = e
    shift = 0
    while (e0 < cols.length && cols[e0]!.cells[w]! >= 0 && other(e0) !== null && othersHave(s0, tokens[cols[e0]!.cells[w]!]!.n)) {
      s0++
      e0++
      shift++
      const sc = gapScore(other(s0), other(e0 - 1))
      if (sc > best) {
        best = sc
        bestShift = shift
      }
    }
    // apply: move the witness's tokens across the gap one at a time
    for (let d = 0; d > bestShift; d--) {
      const from = c + d - 1
      const to = e + d - 1
      cols[to]!.cells[w] = cols[from]!.cells[w]!
      cols[from]!.cells[w] = -1
    }
    for (let d = 0; d < bestShift; d++) {
      const from = e + d
      const to = c + d
      cols[to]!.cells[w] = cols[from]!.cells[w]!
      cols[from]!.cells[w] = -1
    }
    c = e + Math.max(0, bestShift) + 1
  }
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
