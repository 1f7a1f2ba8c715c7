/**
 * Aligning one token sequence against a sequence of columns (a linearised variant graph): the building
 * block of multi-witness collation. Pure.
 *
 * 1. Anchors (CollateX's Dekker "islands", here as in patience diff): word forms that occur exactly once
 *    among the columns and exactly once in the new sequence; the longest chain of them that keeps both
 *    orders (longest increasing subsequence) is matched.
 * 2. The gaps between anchors are aligned recursively the same way (uniqueness is recomputed inside the
 *    gap), and when a gap has no unique anchors left it is aligned by Needleman–Wunsch with near matching
 *    for OCR-damaged words (edit distance on the normalised form).
 * Very large anchor-free gaps (beyond `NW_MAX_CELLS`) fall back to matching equal runs greedily, so the
 * cost stays near-linear on whole documents.
 */
import { distance } from "fastest-levenshtein"

/** A column of the growing alignment: the normalised forms of the tokens it holds. */
export interface ColumnKeys {
  readonly keys: ReadonlyArray<string>
  readonly word: boolean
}

export interface Item {
  readonly n: string
  readonly word: boolean
}

/** Largest gap (rows × columns) aligned by full dynamic programming. */
const NW_MAX_CELLS = 4_000_000

/** Is `b` an OCR-damaged or respelt form of `a`? Both words of at least three characters. */
export function nearMatch(a: string, b: string): boolean {
  if (a === b) return true
  const la = a.length
  const lb = b.length
  if (la < 3 || lb < 3) return false
  const max = Math.max(la, lb)
  const allowed = max <= 5 ? 1 : max <= 10 ? 2 : 3
  if (Math.abs(la - lb) > allowed) return false
  return distance(a, b) <= allowed
}

/** Score of putting item x into column c: 2 exact word, 1 exact punctuation or near word, else a penalty. */
function score(col: ColumnKeys, x: Item): number {
  for (const k of col.keys) if (k === x.n) return x.word ? 2 : 1
  if (!x.word || !col.word) return -3
  for (const k of col.keys) if (nearMatch(k, x.n)) return 1
  return -1
}

const GAP = -1

/**
 * Align `items` against `cols`; returns for each item the column it joins, or -1 (a new column).
 * The result is monotone: matched column indices increase with the item index.
 */
export function alignToColumns(cols: ReadonlyArray<ColumnKeys>, items: ReadonlyArray<Item>): Int32Array {
  const out = new Int32Array(items.length).fill(-1)
  alignRange(cols, items, 0, cols.length, 0, items.length, out, 0)
  return out
}

function alignRange(
  cols: ReadonlyArray<ColumnKeys>,
  items: ReadonlyArray<Item>,
  c0: number,
  c1: number,
  i0: number,
  i1: number,
  out: Int32Array,
  depth: number
): void {
  // trim equal ends (cheap and very common)
  while (c0 < c1 && i0 < i1 && cols[c0]!.keys.includes(items[i0]!.n)) out[i0++] = c0++
  while (c0 < c1 && i0 < i1 && cols[c1 - 1]!.keys.includes(items[i1 - 1]!.n)) out[--i1] = --c1
  if (c0 >= c1 || i0 >= i1) return
  const anchors = depth < 64 ? uniqueAnchors(cols, items, c0, c1, i0, i1) : []
  if (anchors.length === 0) {
    if ((c1 - c0) * (i1 - i0) <= NW_MAX_CELLS) needlemanWunsch(cols, items, c0, c1, i0, i1, out)
    else greedyRuns(cols, items, c0, c1, i0, i1, out)
    return
  }
  let pc = c0
  let pi = i0
  for (const [c, i] of anchors) {
    alignRange(cols, items, pc, c, pi, i, out, depth + 1)
    out[i] = c
    pc = c + 1
    pi = i + 1
  }
  alignRange(cols, items, pc, c1, pi, i1, out, depth + 1)
}

/** Word forms unique on both sides within the ranges, as (column, item) pairs forming the longest chain. */
function uniqueAnchors(
  cols: ReadonlyArray<ColumnKeys>,
  items: ReadonlyArray<Item>,
  c0: number,
  c1: number,
  i0: number,
  i1: number
): Array<[number, number]> {
  // count in columns: -2 marks "more than once"
  const inCols = new Map<string, number>()
  for (let c = c0; c < c1; c++) {
    const col = cols[c]!
    if (!col.word) continue
    for (const k of col.keys) {
      const prev = inCols.get(k)
      inCols.set(k, prev === undefined ? c : prev === c ? c : -2)
    }
  }
  const inItems = new Map<string, number>()
  for (let i = i0; i < i1; i++) {
    const x = items[i]!
    if (!x.word) continue
    const prev = inItems.get(x.n)
    inItems.set(x.n, prev === undefined ? i : -2)
  }
  const pairs: Array<[number, number]> = []
  for (const [k, i] of inItems) {
    if (i < 0) continue
    const c = inCols.get(k)
    if (c !== undefined && c >= 0) pairs.push([c, i])
  }
  if (pairs.length === 0) return pairs
  pairs.sort((a, b) => a[1] - b[1])
  return longestIncreasing(pairs)
}

/** Longest subsequence of pairs (sorted by item) whose columns increase (patience sorting, O(n log n)). */
function longestIncreasing(pairs: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const tails: number[] = [] // index into pairs of the smallest tail of each length
  const prev = new Int32Array(pairs.length).fill(-1)
  for (let k = 0; k < pairs.length; k++) {
    const c = pairs[k]![0]
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (pairs[tails[mid]!]![0] < c) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) prev[k] = tails[lo - 1]!
    tails[lo] = k
  }
  const chain: Array<[number, number]> = []
  let k = tails.length > 0 ? tails[tails.length - 1]! : -1
  while (k >= 0) {
    chain.push(pairs[k]!)
    k = prev[k]!
  }
  return chain.reverse()
}

/** Global alignment of a gap; ties prefer a match, then a gap in the new sequence, deterministically. */
function needlemanWunsch(
  cols: ReadonlyArray<ColumnKeys>,
  items: ReadonlyArray<Item>,
  c0: number,
  c1: number,
  i0: number,
  i1: number,
  out: Int32Array
): void {
  const m = i1 - i0
  const n = c1 - c0
  const w = n + 1
  const trace = new Uint8Array((m + 1) * w) // 0 diag, 1 up (item unmatched), 2 left (column skipped)
  let prevRow = new Int32Array(w)
  let row = new Int32Array(w)
  for (let j = 1; j <= n; j++) {
    prevRow[j] = j * GAP
    trace[j] = 2
  }
  for (let i = 1; i <= m; i++) {
    const x = items[i0 + i - 1]!
    row[0] = i * GAP
    trace[i * w] = 1
    for (let j = 1; j <= n; j++) {
      const s = score(cols[c0 + j - 1]!, x)
      const diag = prevRow[j - 1]! + s
      const up = prevRow[j]! + GAP
      const left = row[j - 1]! + GAP
      let best = diag
      let t = 0
      if (up > best) {
        best = up
        t = 1
      }
      if (left > best) {
        best = left
        t = 2
      }
      row[j] = best
      trace[i * w + j] = t
    }
    const tmp = prevRow
    prevRow = row
    row = tmp
  }
  let i = m
  let j = n
  while (i > 0 && j > 0) {
    const t = trace[i * w + j]!
    if (t === 0) {
      const x = items[i0 + i - 1]!
      if (score(cols[c0 + j - 1]!, x) > -3) out[i0 + i - 1] = c0 + j - 1
      i--
      j--
    } else if (t === 1) i--
    else j--
  }
}

/** For huge anchor-free gaps: match exact runs walking forward with a small look-ahead. */
function greedyRuns(
  cols: ReadonlyArray<ColumnKeys>,
  items: ReadonlyArray<Item>,
  c0: number,
  c1: number,
  i0: number,
  i1: number,
  out: Int32Array
): void {
  const LOOK = 50
  let c = c0
  let i = i0
  while (c < c1 && i < i1) {
    if (cols[c]!.keys.includes(items[i]!.n)) {
      out[i++] = c++
      continue
    }
    let found = false
    for (let d = 1; d <= LOOK && !found; d++) {
      for (let a = 0; a <= d; a++) {
        const cc = c + a
        const ii = i + (d - a)
        if (cc < c1 && ii < i1 && cols[cc]!.keys.includes(items[ii]!.n) && items[ii]!.word) {
          c = cc
          i = ii
          found = true
          break
        }
      }
    }
    if (!found) {
      c++
      i++
    }
  }
}
