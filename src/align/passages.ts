/**
 * Passage finder: stretches of text shared by two or more witnesses, at corpus scale. Pure.
 *
 * 1. Every word n-gram (normalised, punctuation skipped) is hashed into one typed array. A table of
 *    saturating counts drops the n-grams that occur once in the whole corpus (most of them); the rest are
 *    ordered by hash with a radix sort. N-grams found in more than `maxDocFreq` documents (stock phrases,
 *    boilerplate) are dropped.
 * 2. Documents sharing an n-gram give seeds (document pair, position in each): every pair when a few
 *    documents share it, a chain of neighbouring documents when many do (linear, not quadratic, work).
 * 3. Each seed not already covered is extended in both directions by a banded greedy alignment that
 *    tolerates substituted, missing or added words (OCR damage, small changes of wording) and stops when
 *    the score falls `X_DROP` below its best (X-drop, as in BLAST). A cheap walk without bookkeeping goes
 *    first; most seeds (chance agreements) stop there.
 * 4. Aligned pairs with at least `minWords` agreeing words that are not chains of short coincidences are
 *    kept; overlapping stretches of a document are merged and the pairs joined into multi-witness passages
 *    (connected components).
 */
import { mix } from "./hash.ts"
import type { WordIndex } from "./index-text.ts"

export interface FinderOptions {
  /** Shortest shared stretch reported, in agreeing words. */
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
  /** Largest number of agreeing words of any aligned pair in the passage. */
  readonly matched: number
}

/** N-grams shared by more documents than this seed a chain of document pairs instead of all pairs. */
const CHAIN_ABOVE = 12
/** Largest number of words skipped on one side at one place (e.g. an omitted clause). */
const BAND = 4
/** Stop extending when the score has fallen this far below its best (an agreeing word scores 2). */
const X_DROP = 10

/** Rolling polynomial hash of k consecutive word hashes (mod 2^32), finished by a mixing step. */
function gramHashes(h: Uint32Array, k: number, out: Uint32Array, at: number): void {
  const n = Math.max(0, h.length - k + 1)
  if (n === 0) return
  const P = 0x01000193
  let pk = 1 // P^k
  for (let q = 0; q < k; q++) pk = Math.imul(pk, P)
  let g = 0
  for (let q = 0; q < k; q++) g = (Math.imul(g, P) + h[q]!) | 0
  for (let p = 0; ; p++) {
    out[at + p] = mix(g, 0x2545f491)
    if (p + 1 >= n) break
    g = (Math.imul(g, P) - Math.imul(h[p]!, pk) + h[p + k]!) | 0
  }
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

/**
 * Indices 0..m-1 ordered by key: stable LSD radix sort, three passes of 11 bits, keys travelling with their
 * indices so every pass reads sequentially. `initial` gives a starting order (for sorts on several keys).
 */
function radixSort(keys: Uint32Array, m: number, initial?: Uint32Array): { order: Uint32Array; sorted: Uint32Array } {
  let idx: Uint32Array = new Uint32Array(m)
  let key: Uint32Array = new Uint32Array(m)
  if (initial === undefined) {
    for (let e = 0; e < m; e++) idx[e] = e
    key.set(keys.subarray(0, m))
  } else {
    idx.set(initial.subarray(0, m))
    for (let e = 0; e < m; e++) key[e] = keys[idx[e]!]!
  }
  let idx2: Uint32Array = new Uint32Array(m)
  let key2: Uint32Array = new Uint32Array(m)
  const count = new Uint32Array(2049)
  for (let shift = 0; shift < 33; shift += 11) {
    count.fill(0)
    for (let e = 0; e < m; e++) count[((key[e]! >>> shift) & 0x7ff) + 1]!++
    for (let b = 0; b < 2048; b++) count[b + 1]! += count[b]!
    for (let e = 0; e < m; e++) {
      const kk = key[e]!
      const to = count[(kk >>> shift) & 0x7ff]!++
      idx2[to] = idx[e]!
      key2[to] = kk
    }
    const ti = idx
    idx = idx2
    idx2 = ti
    const tk = key
    key = key2
    key2 = tk
  }
  return { order: idx, sorted: key }
}

export function findShared(docs: ReadonlyArray<WordIndex>, options: FinderOptions): FoundPassage[] {
  const minWords = Math.max(2, Math.floor(options.minWords))
  const k = Math.max(2, Math.min(options.gram ?? 5, minWords))
  const maxDf = options.maxDocFreq ?? 50
  let total = 0
  for (const d of docs) total += Math.max(0, d.hashes.length - k + 1)
  if (docs.length < 2 || total === 0) return []

  // 1. all n-gram hashes
  const all = new Uint32Array(total)
  const docStart = new Uint32Array(docs.length + 1)
  let at = 0
  for (let d = 0; d < docs.length; d++) {
    docStart[d] = at
    gramHashes(docs[d]!.hashes, k, all, at)
    at += Math.max(0, docs[d]!.hashes.length - k + 1)
  }
  docStart[docs.length] = at
  // n-grams seen at least twice, ordered by hash, found bucket by bucket: one sequential scatter on the top
  // 8 bits, then inside each bucket (small enough for the processor cache) a saturating count on the next
  // bits drops the n-grams seen once, and the rest are sorted by a radix sort
  const bucketStart = new Uint32Array(257)
  for (let e = 0; e < total; e++) bucketStart[(all[e]! >>> 24) + 1]!++
  for (let b = 0; b < 256; b++) bucketStart[b + 1]! += bucketStart[b]!
  const fill = bucketStart.slice(0, 256)
  const byBucket = new Uint32Array(total)
  const keyBucket = new Uint32Array(total)
  for (let e = 0; e < total; e++) {
    const h = all[e]!
    const to = fill[h >>> 24]!++
    byBucket[to] = e
    keyBucket[to] = h
  }
  const seen = new Uint8Array(1 << 22)
  const sortedParts: Uint32Array[] = []
  const orderParts: Uint32Array[] = []
  let nc = 0
  for (let b = 0; b < 256; b++) {
    const s0 = bucketStart[b]!
    const s1 = bucketStart[b + 1]!
    // a table of about four slots per n-gram of the bucket, indexed by the bits below the top 8
    const tableBits = Math.min(22, Math.max(10, Math.ceil(Math.log2(Math.max(1, s1 - s0))) + 2))
    const mask = (1 << tableBits) - 1
    const sh = 24 - tableBits
    seen.fill(0, 0, mask + 1)
    for (let x = s0; x < s1; x++) {
      const slot = (keyBucket[x]! >>> sh) & mask
      if (seen[slot]! < 2) seen[slot]!++
    }
    let m = 0
    for (let x = s0; x < s1; x++) if (seen[(keyBucket[x]! >>> sh) & mask] === 2) m++
    const keys = new Uint32Array(m)
    const ids = new Uint32Array(m)
    m = 0
    for (let x = s0; x < s1; x++) {
      const h = keyBucket[x]!
      if (seen[(h >>> sh) & mask] === 2) {
        keys[m] = h
        ids[m++] = byBucket[x]!
      }
    }
    const { order, sorted } = radixSort(keys, m)
    for (let x = 0; x < m; x++) order[x] = ids[order[x]!]!
    sortedParts.push(sorted)
    orderParts.push(order)
    nc += m
  }
  const sorted = new Uint32Array(nc)
  const candOrder = new Uint32Array(nc)
  {
    let o = 0
    for (let b = 0; b < 256; b++) {
      sorted.set(sortedParts[b]!, o)
      candOrder.set(orderParts[b]!, o)
      o += sortedParts[b]!.length
    }
  }
  const docOf = (e: number): number => {
    let lo = 0
    let hi = docs.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (docStart[mid]! <= e) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  // 2. groups of equal hashes in 2..maxDf documents give seeds
  const hitA = new U32()
  const hitB = new U32()
  const hitPa = new U32()
  const hitPb = new U32()
  const gDoc: number[] = []
  const gPos: number[] = []
  let q = 0
  while (q < nc) {
    const h = sorted[q]!
    let r = q + 1
    while (r < nc && sorted[r]! === h) r++
    if (r - q >= 2 && r - q <= 4 * maxDf) {
      gDoc.length = 0
      gPos.length = 0
      let distinct = 0
      for (let x = q; x < r; x++) {
        const e = candOrder[x]!
        const d = docOf(e)
        if (gDoc.length === 0 || gDoc[gDoc.length - 1] !== d) distinct++
        gDoc.push(d)
        gPos.push(e - docStart[d]!)
      }
      if (distinct >= 2 && distinct <= maxDf) {
        // entries are in document order (the sort is stable). A few documents: every pair. More: each entry
        // with the entries of the next document only — a chain that still joins them into one passage.
        const every = distinct <= CHAIN_ABOVE
        for (let x = 0; x < gDoc.length; x++) {
          let nextDoc = -1
          for (let y = x + 1; y < gDoc.length; y++) {
            if (gDoc[x] === gDoc[y]) continue
            if (!every) {
              if (nextDoc < 0) nextDoc = gDoc[y]!
              else if (gDoc[y] !== nextDoc) break
            }
            hitA.push(gDoc[x]!)
            hitB.push(gDoc[y]!)
            hitPa.push(gPos[x]!)
            hitPb.push(gPos[y]!)
          }
        }
      }
    }
    q = r
  }

  // 3. extend seeds, in order of document pair, then position in the first document
  const nh = hitA.length
  let hitOrder = radixSort(hitPa.data, nh).order
  hitOrder = radixSort(hitB.data, nh, hitOrder).order
  hitOrder = radixSort(hitA.data, nh, hitOrder).order
  const pairs: Array<{ a: Span; b: Span; matched: number }> = []
  // regions already explored for the current pair (seeds inside them are skipped)
  const ra0: number[] = []
  const ra1: number[] = []
  const rb0: number[] = []
  const rb1: number[] = []
  let pairA = -1
  let pairB = -1
  for (let t = 0; t < nh; t++) {
    const hIdx = hitOrder[t]!
    const a = hitA.data[hIdx]!
    const b = hitB.data[hIdx]!
    const pa = hitPa.data[hIdx]!
    const pb = hitPb.data[hIdx]!
    if (a !== pairA || b !== pairB) {
      pairA = a
      pairB = b
      ra0.length = ra1.length = rb0.length = rb1.length = 0
    }
    // regions ending before this seed can cover no later seed (seeds come in order of pa): drop them
    let live = 0
    let covered = false
    for (let r = 0; r < ra0.length; r++) {
      if (ra1[r]! < pa + k) continue
      if (pa >= ra0[r]! && pb >= rb0[r]! && pb + k <= rb1[r]!) covered = true
      ra0[live] = ra0[r]!
      ra1[live] = ra1[r]!
      rb0[live] = rb0[r]!
      rb1[live] = rb1[r]!
      live++
    }
    ra0.length = ra1.length = rb0.length = rb1.length = live
    if (covered) continue
    const A = docs[a]!.hashes
    const B = docs[b]!.hashes
    const fm = reach(A, B, pa + k, pb + k, 1)
    const fa1 = reachI
    const fb1 = reachJ
    const bm = reach(A, B, pa - 1, pb - 1, -1)
    ra0.push(reachI + 1)
    ra1.push(fa1)
    rb0.push(reachJ + 1)
    rb1.push(fb1)
    if (k + fm + bm < minWords) continue
    const v = judge(k, extend(A, B, pa + k, pb + k, 1), extend(A, B, pa - 1, pb - 1, -1), minWords)
    if (v.ok) pairs.push({ a: { doc: a, start: v.a0, end: v.a1 }, b: { doc: b, start: v.b0, end: v.b1 }, matched: v.matched })
  }

  // 4. merge overlapping spans per document, join pairs into passages
  return mergePairs(pairs)
}

/** Where the last `reach` stopped (best point), in each document. */
let reachI = 0
let reachJ = 0

/** The walk of `extend` without bookkeeping: agreeing words up to the best point (left in reachI/J). */
function reach(A: Uint32Array, B: Uint32Array, i: number, j: number, dir: 1 | -1): number {
  const la = A.length
  const lb = B.length
  let score = 0
  let best = 0
  let matched = 0
  let bestMatched = 0
  reachI = i
  reachJ = j
  while (i >= 0 && i < la && j >= 0 && j < lb) {
    if (A[i] === B[j]) {
      score += 2
      matched++
      i += dir
      j += dir
      if (score > best) {
        best = score
        bestMatched = matched
        reachI = i
        reachJ = j
      }
      continue
    }
    const skip = resync(A, B, i, j, dir)
    if (skip < 0) break
    const di = skip >> 8
    const dj = skip & 0xff
    score -= 1 + 0.5 * (di + dj)
    i += dir * di
    j += dir * dj
    if (best - score > X_DROP) break
  }
  return bestMatched
}

/**
 * The cheapest skip (di, dj) from a mismatch at (i, j) after which two words agree again, packed as
 * di << 8 | dj, or -1. Substitutions (di = dj) first at each cost, then skips on one side.
 */
function resync(A: Uint32Array, B: Uint32Array, i: number, j: number, dir: 1 | -1): number {
  const la = A.length
  const lb = B.length
  for (let cost = 1; cost <= BAND; cost++) {
    for (let o = cost; o >= 0; o--) {
      for (let side = 0; side < (o === cost ? 1 : 2); side++) {
        const di = side === 0 ? cost : o
        const dj = side === 0 ? o : cost
        const x = i + dir * di
        const y = j + dir * dj
        const x2 = x + dir
        const y2 = y + dir
        if (x >= 0 && x < la && y >= 0 && y < lb && x2 >= 0 && x2 < la && y2 >= 0 && y2 < lb && A[x] === B[y] && A[x2] === B[y2]) {
          return (di << 8) | dj
        }
      }
    }
  }
  return -1
}

/** An extension from a seed: exact runs in order outward, the skip before each, and where each run ends. */
interface Extension {
  /** runs[0] adjoins the seed (skip 0); later runs follow a skip of gaps[r] words. */
  readonly runs: number[]
  readonly gaps: number[]
  /** Position just past run r in the direction of extension, in each document. */
  readonly endI: number[]
  readonly endJ: number[]
}

/** Extend from (i, j) in direction dir, recording the runs; cut back to the best-scoring point. */
function extend(A: Uint32Array, B: Uint32Array, i: number, j: number, dir: 1 | -1): Extension {
  const la = A.length
  const lb = B.length
  let score = 0
  let best = 0
  const runs = [0]
  const gaps = [0]
  const endI = [i]
  const endJ = [j]
  let bestR = 0
  let bestLen = 0
  let bestI = i
  let bestJ = j
  while (i >= 0 && i < la && j >= 0 && j < lb) {
    if (A[i] === B[j]) {
      score += 2
      runs[runs.length - 1]!++
      i += dir
      j += dir
      if (score > best) {
        best = score
        bestR = runs.length - 1
        bestLen = runs[bestR]!
        bestI = i
        bestJ = j
      }
      continue
    }
    const skip = resync(A, B, i, j, dir)
    if (skip < 0) break
    const di = skip >> 8
    const dj = skip & 0xff
    score -= 1 + 0.5 * (di + dj)
    endI[runs.length - 1] = i
    endJ[runs.length - 1] = j
    i += dir * di
    j += dir * dj
    runs.push(0)
    gaps.push(Math.max(di, dj))
    endI.push(i)
    endJ.push(j)
    if (best - score > X_DROP) break
  }
  runs.length = bestR + 1
  runs[bestR] = bestLen
  gaps.length = bestR + 1
  endI.length = bestR + 1
  endJ.length = bestR + 1
  endI[bestR] = bestI
  endJ[bestR] = bestJ
  return { runs, gaps, endI, endJ }
}

/**
 * Judge an aligned pair (a seed of k words plus both extensions): kept when at least `minWords` words agree
 * and it is not a chain of short coincidences — every exact run has 3 or more words, or at most one word in
 * four was skipped. If not, short runs at either edge (a word or two that happen to agree after a gap) are
 * trimmed and the pair judged again.
 */
function judge(k: number, fwd: Extension, back: Extension, minWords: number): { a0: number; a1: number; b0: number; b1: number; matched: number; ok: boolean } {
  // runs in text order, with the skip before each and their bounds
  const runs: number[] = []
  const gapsBefore: number[] = []
  const startA: number[] = []
  const startB: number[] = []
  const stopA: number[] = []
  const stopB: number[] = []
  for (let r = back.runs.length - 1; r >= 1; r--) {
    runs.push(back.runs[r]!)
    gapsBefore.push(r === back.runs.length - 1 ? 0 : back.gaps[r + 1]!)
    // a backward run r spans [endI[r] + 1, endI[r] + 1 + runs[r])
    startA.push(back.endI[r]! + 1)
    startB.push(back.endJ[r]! + 1)
    stopA.push(back.endI[r]! + 1 + back.runs[r]!)
    stopB.push(back.endJ[r]! + 1 + back.runs[r]!)
  }
  runs.push(k + back.runs[0]! + fwd.runs[0]!)
  gapsBefore.push(back.runs.length > 1 ? back.gaps[1]! : 0)
  startA.push(back.endI[0]! + 1)
  startB.push(back.endJ[0]! + 1)
  stopA.push(fwd.endI[0]!)
  stopB.push(fwd.endJ[0]!)
  for (let r = 1; r < fwd.runs.length; r++) {
    runs.push(fwd.runs[r]!)
    gapsBefore.push(fwd.gaps[r]!)
    startA.push(fwd.endI[r]! - fwd.runs[r]!)
    startB.push(fwd.endJ[r]! - fwd.runs[r]!)
    stopA.push(fwd.endI[r]!)
    stopB.push(fwd.endJ[r]!)
  }
  let lo = 0
  let hi = runs.length - 1
  let m = measure(runs, gapsBefore, lo, hi, minWords)
  if (!m.ok) {
    while (lo < hi && runs[lo]! < 3) lo++
    while (hi > lo && runs[hi]! < 3) hi--
    m = measure(runs, gapsBefore, lo, hi, minWords)
  }
  return { a0: startA[lo]!, a1: stopA[hi]!, b0: startB[lo]!, b1: stopB[hi]!, matched: m.matched, ok: m.ok }
}

function measure(runs: ReadonlyArray<number>, gapsBefore: ReadonlyArray<number>, lo: number, hi: number, minWords: number): { matched: number; ok: boolean } {
  let matched = 0
  let skipped = 0
  let minRun = Infinity
  for (let r = lo; r <= hi; r++) {
    matched += runs[r]!
    if (r > lo) skipped += gapsBefore[r]!
    minRun = Math.min(minRun, runs[r]!)
  }
  return { matched, ok: matched >= minWords && (minRun >= 3 || skipped * 4 <= matched) }
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
