/**
 * Passage finder: stretches of text shared by two or more witnesses, at corpus scale. Pure.
 *
 * 1. Every word n-gram (normalised, punctuation skipped) is hashed; a counting table (typed arrays) records
 *    in how many documents each n-gram hash occurs. N-grams found in one document only, or in more than
 *    `maxDocFreq` documents (stock phrases, boilerplate), are dropped.
 * 2. The remaining n-gram occurrences are sorted by hash; documents sharing one give candidate seeds
 *    (document pair, position in each).
 * 3. Each seed not already covered is extended in both directions by a banded greedy alignment that
 *    tolerates substituted, missing or added words (OCR damage, small changes of wording) and stops when
 *    the score falls `X_DROP` below its best (X-drop, as in BLAST).
 * 4. Aligned pairs with at least `minWords` matching words are kept; overlapping stretches of the same
 *    document are merged and the pairs joined into multi-witness passages (connected components).
 */
import { mix } from "./hash.ts"
import type { WordIndex } from "./index-text.ts"

export interface FinderOptions {
  /** Shortest shared stretch reported, in matching words. */
  readonly minWords: number
  /** N-gram length used for seeds (default: min(5, minWords)). */
  readonly gram?: number
  /** N-grams in more documents than this are ignored (default 50). */
  readonly maxDocFreq?: number
}

/** A stretch of words in one document: words [start, end). */
export interface Span {
  readonly doc: number
  readonly start: number
  readonly end: number
}

export interface FoundPassage {
  /** One span per occurrence, ordered by document then position. */
  readonly spans: ReadonlyArray<Span>
  /** Largest number of matching words of any aligned pair in the passage. */
  readonly matched: number
}

/** Largest number of words skipped on one side at one place (e.g. an omitted clause). */
const BAND = 6
/** Stop extending when the score has fallen this far below its best (a match scores 2). */
const X_DROP = 10

function gramHashes(h: Uint32Array, k: number): Uint32Array {
  const n = Math.max(0, h.length - k + 1)
  const out = new Uint32Array(n)
  for (let p = 0; p < n; p++) {
    let g = 0x12345678
    for (let q = 0; q < k; q++) g = mix(g, h[p + q]!)
    out[p] = g
  }
  return out
}

/** A growable array of unsigned 32-bit integers. */
class U32 {
  data = new Uint32Array(1024)
  length = 0
  push(x: number): void {
    if (this.length === this.data.length) {
      const d = new Uint32Array(this.data.length * 2)
      d.set(this.data)
      this.data = d
    }
    this.data[this.length++] = x
  }
}

interface PairHit {
  readonly a: number
  readonly b: number
  readonly pa: number
  readonly pb: number
}

export function findShared(docs: ReadonlyArray<WordIndex>, options: FinderOptions): FoundPassage[] {
  const minWords = Math.max(2, Math.floor(options.minWords))
  const k = Math.max(2, Math.min(options.gram ?? 5, minWords))
  const maxDf = options.maxDocFreq ?? 50
  let total = 0
  for (const d of docs) total += Math.max(0, d.hashes.length - k + 1)
  if (docs.length < 2 || total === 0) return []

  // 1. document frequency of n-gram hashes, in a table of 2^bits slots
  let bits = 16
  while (bits < 26 && 1 << bits < total * 2) bits++
  const mask = (1 << bits) - 1
  const lastDoc = new Int32Array(1 << bits)
  const df = new Uint8Array(1 << bits)
  const grams: Uint32Array[] = []
  for (let d = 0; d < docs.length; d++) {
    const g = gramHashes(docs[d]!.hashes, k)
    grams.push(g)
    for (let p = 0; p < g.length; p++) {
      const slot = g[p]! & mask
      if (lastDoc[slot] !== d + 1) {
        lastDoc[slot] = d + 1
        if (df[slot]! < 255) df[slot]!++
      }
    }
  }

  // 2. occurrences of shared n-grams, sorted by hash
  const occDoc = new U32()
  const occPos = new U32()
  const occHash = new U32()
  for (let d = 0; d < docs.length; d++) {
    const g = grams[d]!
    for (let p = 0; p < g.length; p++) {
      const f = df[g[p]! & mask]!
      if (f >= 2 && f <= maxDf) {
        occDoc.push(d)
        occPos.push(p)
        occHash.push(g[p]!)
      }
    }
  }
  const m = occDoc.length
  const idx = radixOrder(occHash.data, m)
  const hitsByPair = new Map<number, PairHit[]>()
  const group: number[] = []
  const flush = () => {
    if (group.length < 2 || group.length > 4 * maxDf) return
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const ex = group[x]!
        const ey = group[y]!
        let a = occDoc.data[ex]!
        let b = occDoc.data[ey]!
        if (a === b) continue
        let pa = occPos.data[ex]!
        let pb = occPos.data[ey]!
        if (a > b) {
          ;[a, b] = [b, a]
          ;[pa, pb] = [pb, pa]
        }
        const key = a * docs.length + b
        let list = hitsByPair.get(key)
        if (list === undefined) hitsByPair.set(key, (list = []))
        list.push({ a, b, pa, pb })
      }
    }
  }
  let current = -1
  for (const e of idx) {
    const h = occHash.data[e]!
    if (h !== current) {
      flush()
      group.length = 0
      current = h
    }
    group.push(e)
  }
  flush()

  // 3. extend seeds into aligned pairs
  const pairs: Array<{ a: Span; b: Span; matched: number }> = []
  for (const hits of hitsByPair.values()) {
    hits.sort((x, y) => x.pa - y.pa || x.pb - y.pb)
    const regions: Array<{ a0: number; a1: number; b0: number; b1: number }> = []
    for (const hit of hits) {
      if (regions.some((r) => hit.pa >= r.a0 && hit.pa + k <= r.a1 && hit.pb >= r.b0 && hit.pb + k <= r.b1)) continue
      const A = docs[hit.a]!.hashes
      const B = docs[hit.b]!.hashes
      const fwd = extend(A, B, hit.pa + k, hit.pb + k, 1)
      const back = extend(A, B, hit.pa - 1, hit.pb - 1, -1)
      const region = { a0: back.i + 1, a1: fwd.i, b0: back.j + 1, b1: fwd.j }
      regions.push(region)
      const matched = k + fwd.matched + back.matched
      // enough agreeing words, and not a chain of short coincidences: at most one word in four differs
      if (matched >= minWords && (fwd.skipped + back.skipped) * 4 <= matched) {
        pairs.push({
          a: { doc: hit.a, start: region.a0, end: region.a1 },
          b: { doc: hit.b, start: region.b0, end: region.b1 },
          matched
        })
      }
    }
  }

  // 4. merge overlapping spans per document, join pairs into passages
  return mergePairs(pairs)
}

/** Indices 0..m-1 ordered by key (stable LSD radix sort, two passes of 16 bits). */
function radixOrder(keys: Uint32Array, m: number): Uint32Array {
  let src = new Uint32Array(m)
  let dst = new Uint32Array(m)
  for (let e = 0; e < m; e++) src[e] = e
  for (let shift = 0; shift < 32; shift += 16) {
    const count = new Uint32Array(65537)
    for (let e = 0; e < m; e++) count[((keys[e]! >>> shift) & 0xffff) + 1]!++
    for (let b = 0; b < 65536; b++) count[b + 1]! += count[b]!
    for (let e = 0; e < m; e++) {
      const x = src[e]!
      dst[count[(keys[x]! >>> shift) & 0xffff]!++] = x
    }
    const t = src
    src = dst
    dst = t
  }
  return src
}

/**
 * Extend an alignment from (i, j) in direction dir (+1 forward, -1 backward). Returns the last positions
 * reached at the best score (exclusive bound in direction dir) and the number of matching words.
 */
function extend(A: Uint32Array, B: Uint32Array, i: number, j: number, dir: 1 | -1): { i: number; j: number; matched: number; skipped: number } {
  const inA = (x: number) => x >= 0 && x < A.length
  const inB = (x: number) => x >= 0 && x < B.length
  let score = 0
  let best = 0
  let bestI = i
  let bestJ = j
  let matched = 0
  let bestMatched = 0
  let skipped = 0
  let bestSkipped = 0
  while (inA(i) && inB(j)) {
    if (A[i] === B[j]) {
      score += 2
      matched++
      i += dir
      j += dir
      if (score > best) {
        best = score
        bestI = i
        bestJ = j
        bestMatched = matched
        bestSkipped = skipped
      }
      continue
    }
    // resynchronise: the cheapest skip (di, dj) after which two words agree again
    let found = false
    for (let cost = 1; cost <= BAND && !found; cost++) {
      // substitutions first (di = dj), then the skips of this cost on one side
      const cands: Array<[number, number]> = [[cost, cost]]
      for (let o = cost - 1; o >= 0; o--) cands.push([cost, o], [o, cost])
      for (const [di, dj] of cands) {
        const x = i + dir * di
        const y = j + dir * dj
        if (inA(x) && inB(y) && A[x] === B[y] && inA(x + dir) && inB(y + dir) && A[x + dir] === B[y + dir]) {
          score -= 1 + 0.5 * (di + dj)
          skipped += Math.max(di, dj)
          i = x
          j = y
          found = true
          break
        }
      }
    }
    if (!found || best - score > X_DROP) break
  }
  return { i: bestI, j: bestJ, matched: bestMatched, skipped: bestSkipped }
}

function mergePairs(pairs: ReadonlyArray<{ a: Span; b: Span; matched: number }>): FoundPassage[] {
  // spans per document → clusters of overlapping spans
  const spans: Span[] = []
  for (const p of pairs) spans.push(p.a, p.b)
  const order = spans.map((_, i) => i).sort((x, y) => spans[x]!.doc - spans[y]!.doc || spans[x]!.start - spans[y]!.start)
  // a span joins the current cluster of its document only if they overlap by half the longer of the two,
  // so a short phrase that one witness shares with part of a long quotation stays a passage of its own
  const cluster = new Int32Array(spans.length)
  const clusters: Array<{ doc: number; start: number; end: number }> = []
  const open: number[] = [] // clusters of the current document
  let docNow = -1
  for (const s of order) {
    const sp = spans[s]!
    if (sp.doc !== docNow) {
      docNow = sp.doc
      open.length = 0
    }
    let joined = -1
    for (const ci of open) {
      const c = clusters[ci]!
      const overlap = Math.min(c.end, sp.end) - Math.max(c.start, sp.start)
      if (overlap > 0 && overlap * 2 >= Math.max(c.end - c.start, sp.end - sp.start)) {
        c.start = Math.min(c.start, sp.start)
        c.end = Math.max(c.end, sp.end)
        joined = ci
        break
      }
    }
    if (joined < 0) {
      clusters.push({ doc: sp.doc, start: sp.start, end: sp.end })
      joined = clusters.length - 1
      open.push(joined)
    }
    cluster[s] = joined
  }
  const parent = clusters.map((_, i) => i)
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)))
  pairs.forEach((_, i) => {
    const x = find(cluster[2 * i]!)
    const y = find(cluster[2 * i + 1]!)
    parent[Math.max(x, y)] = Math.min(x, y)
  })
  const matched = new Float64Array(clusters.length)
  pairs.forEach((p, i) => {
    const r = find(cluster[2 * i]!)
    matched[r] = Math.max(matched[r]!, p.matched)
  })
  const comps = new Map<number, Span[]>()
  clusters.forEach((c, i) => {
    const r = find(i)
    let list = comps.get(r)
    if (list === undefined) comps.set(r, (list = []))
    list.push(c)
  })
  const out: FoundPassage[] = []
  for (const [r, list] of comps) {
    list.sort((x, y) => x.doc - y.doc || x.start - y.start)
    out.push({ spans: list, matched: matched[r]! })
  }
  out.sort((x, y) => x.spans[0]!.doc - y.spans[0]!.doc || x.spans[0]!.start - y.spans[0]!.start)
  return out
}
