/**
 * The other witnesses as evidence. When a proposal stands in a passage that another witness of the corpus
 * also prints (the same quotation in several books, one text in several editions), what that witness reads
 * at the place is the best evidence there is, better than any reference corpus:
 * - another witness reads the correction ("neverthelsss": the 1860 edition reads "nevertheless"): the
 *   proposal says so, and its confidence rises to at least `SUPPORTED`;
 * - another witness prints the original as this one does, and none reads the correction: the reading is the
 *   source's, not an error of this copy (a quotation reproduced as its source has it), and a proposal that
 *   would change a reading is withheld. Layout and glyphs (line-end hyphens, quotation-mark glyphs, spaces,
 *   residue of the scan, a witness-wide restoration of case) are no reading: reprints from the same plates
 *   share line breaks, and a transcription's glyphs are its own, so those proposals are never withheld;
 *   only a witness that reads their correction is reported;
 * - another witness reads something else: the proposal says what, and nothing else changes.
 * A witness that repeats this one word for word (one file loaded twice) is no second witness: not asked.
 *
 * Finding the place: the words that frame the proposal (the word ending before its span and the word
 * starting after it) and `ANCHOR` words beyond each of them must agree in the other witness, with at most
 * `SLACK` words more or fewer between the anchors. Where both anchors agree word for word and the other
 * witness reads the original or the correction, that is eight words in a row or more, as many as the aligner
 * asks of a shared passage, and enough (a short quotation has no more). Where it reads something else,
 * `NEAR_AGREEING` of the `NEAR` words beyond each anchor must agree as well: a formula two reports share
 * ("the cause of death was … disease of the lungs") is no passage (of the words beyond the anchors, 0 to 3
 * of 16 agree in such formulas of BLN600's reports, 6 to 16 in the passages its reprinted articles and
 * Darwin's editions share). A scan misreads words near each other ("but be did rot attempi to take It
 * out"): one anchor word for word and the other in all but one word place a reading too, when the passage
 * beyond agrees as well (BLN600's tune split, each article's OCR beside its ground truth as a second
 * witness: the places found went from 3,662 of 9,749 proposals to 5,792). The explanation says which: the
 * other witness reads so "here" (a passage both print) or "between the same words" (a short quotation, or a
 * formula: "sentenced to twelve months' imprisonment" in another report is evidence for the apostrophe all
 * the same).
 * Only the anchors' word triples that proposals need are looked up, in one pass over the corpus's word ids
 * (`CorpusStats.tokenIds`), so the check costs little where nothing is shared. Pure.
 *
 * The same places found the other way round, from the witnesses rather than from proposals: the words one
 * witness prints otherwise than another in a passage both print (`singleWordVariants`), which the
 * collation detector (detectors/collated.ts) reads for the misreadings of a scan.
 */
import type { TokenisedWitness } from "../domain/model.ts"
import { wordsFromIds, type WordIndex } from "../align/index-text.ts"
import type { Draft } from "./proposal.ts"

/** Confidence of a proposal that another witness's reading supports. */
export const SUPPORTED = 0.95
/** Words that must agree exactly on each side of the framed place, beyond the framing words. */
const ANCHOR = 3
/** Words another witness may have at the place beyond (or short of) the number this one has. */
const SLACK = 3
/** Words beyond each anchor compared (each may stand up to `SHIFT` words away in the other witness). */
const NEAR = 8
const SHIFT = 2
/** Of the 2 × `NEAR` words beyond the anchors, how many must agree where the other witness reads neither. */
const NEAR_AGREEING = 6
/**
 * An anchor found more often than this in the corpus, beyond once in each witness (a passage all of them
 * print), is a stock phrase, too common to place anything.
 */
const MAX_ANCHOR_HITS = 64

/** Bits of the anchor filter (a bitset of 2^20 slots, 128 kB). */
const FILTER_BITS = 20
const FILTER_MASK = (1 << FILTER_BITS) - 1

/** Rules whose proposals change no reading of the text (layout, glyphs, scan residue, transcription-wide case). */
const NOT_READINGS = new Set(["case-sentence", "case-name", "case-pronoun", "paragraph-end", "stray-mark"])
const NOT_READING_CLASSES = new Set(["hyphenation", "spacing", "residue", "quotes"])
const changesReading = (d: Draft) => !NOT_READINGS.has(d.rule) && !NOT_READING_CLASSES.has(d.class)

/**
 * Hash of the `ANCHOR` word ids from p (a key to look up; agreement is checked on the ids themselves), a
 * signed 32-bit integer (a small integer to the engine, which a Map hashes fastest).
 */
function keyAt(ids: Uint32Array, p: number): number {
  let h = 0x811c9dc5
  for (let k = 0; k < ANCHOR; k++) h = Math.imul(h ^ ids[p + k]!, 0x01000193)
  return h | 0
}

/** Do words a[i, i+n) and b[j, j+n) agree? (False when either runs out of range.) */
function agree(a: Uint32Array, i: number, b: Uint32Array, j: number, n: number): boolean {
  if (i < 0 || j < 0 || i + n > a.length || j + n > b.length) return false
  for (let k = 0; k < n; k++) if (a[i + k] !== b[j + k]) return false
  return true
}

/**
 * The number of words the other witness has at the place, nearest this witness's own n (n, n - 1, n + 1, …
 * up to `SLACK` more or fewer: an omitted word or two, an added one) for which `fits` holds; -1 if none.
 */
function nearestLength(n: number, fits: (m: number) => boolean): number {
  for (let dm = 0; dm <= SLACK; dm++) {
    if (n - dm >= 1 && fits(n - dm)) return n - dm
    if (dm > 0 && fits(n + dm)) return n + dm
  }
  return -1
}

/** Do the `ANCHOR` words from a[i] and b[j] agree in all but one? (False when either runs out of range.) */
function nearlyAgree(a: Uint32Array, i: number, b: Uint32Array, j: number): boolean {
  if (i < 0 || j < 0 || i + ANCHOR > a.length || j + ANCHOR > b.length) return false
  let differ = 0
  for (let k = 0; k < ANCHOR; k++) if (a[i + k] !== b[j + k] && ++differ > 1) return false
  return true
}

/** Of the `NEAR` words from a[i] on in direction dir, how many stand in b within `SHIFT` of b[j] (same direction). */
function nearAgreeing(a: Uint32Array, i: number, b: Uint32Array, j: number, dir: 1 | -1): number {
  let n = 0
  for (let t = 0; t < NEAR; t++) {
    const x = i + dir * t
    if (x < 0 || x >= a.length) break
    const id = a[x]!
    for (let s = -SHIFT; s <= SHIFT; s++) {
      const y = j + dir * t + s
      if (y >= 0 && y < b.length && b[y] === id) {
        n++
        break
      }
    }
  }
  return n
}

/**
 * Comparison form of a stretch of text: spaces and quotation glyphs folded, a word broken at a line end
 * joined ("impos- sible"), unless the line end is the point; case folded unless case is the point.
 */
function comparable(text: string, d: Draft): string {
  let t = text.replace(/\s+/g, " ").replace(/[‘’`]/g, "'").replace(/[“”]/g, '"')
  if (d.class !== "hyphenation") t = t.replace(/(\p{L})[-\u00ad] (\p{Ll})/gu, "$1$2")
  return d.class === "case" ? t : t.toLowerCase()
}

/** Largest k with a[k] <= x, or -1. */
function lastAtMost(a: Uint32Array, x: number): number {
  let lo = 0
  let hi = a.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (a[mid]! <= x) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/**
 * The framed place of each draft, [w0, w1] at 2k and 2k + 1 (-1 where it has too few words around it): from
 * the word ending before its span to the word starting after it.
 */
function framesOf(A: WordIndex, ds: ReadonlyArray<Draft>): Int32Array {
  const out = new Int32Array(2 * ds.length).fill(-1)
  ds.forEach((d, k) => {
    const w0 = lastAtMost(A.ends, d.start)
    const w1 = lastAtMost(A.starts, d.end - 1) + 1
    if (w0 - ANCHOR >= 0 && w1 + ANCHOR < A.hashes.length && w0 < w1) {
      out[2 * k] = w0
      out[2 * k + 1] = w1
    }
  })
  return out
}

/** The word views of a corpus's witnesses, by its `tokenIds` (made once for the check and `singleWordVariants`). */
const views = new WeakMap<ReadonlyArray<Int32Array>, ReadonlyArray<WordIndex & { readonly tokenOf: Uint32Array }>>()
function wordViews(witnesses: ReadonlyArray<TokenisedWitness>, tokenIds: ReadonlyArray<Int32Array>) {
  let v = views.get(tokenIds)
  if (v === undefined) views.set(tokenIds, (v = witnesses.map((w, i) => wordsFromIds(w.witness.id, w.tokens, tokenIds[i]!))))
  return v
}

/** What one other witness reads where a proposal stands. */
interface OtherReading {
  readonly witness: number
  /** Its text over the framed place (the framing words included), spaces folded. */
  readonly text: string
  readonly agrees: "original" | "correction" | "neither"
  /** Do the words beyond the anchors agree too (a passage both print, not only the words around the place)? */
  readonly passage: boolean
}

const NONE: ReadonlyArray<OtherReading> = []

/** A draft the other witnesses withhold: its witness (index), why, and what each other witness reads there. */
export interface Withheld {
  readonly index: number
  readonly draft: Draft
  /** "B reads “…” as this witness does here". */
  readonly because: string
  readonly otherWitnesses: Readonly<Record<string, string>>
}

/**
 * Each witness's drafts checked against the other witnesses that print the same place (see the module
 * comment): withheld (and told to `withheld`, when given), supported or annotated. `tokenIds` are the corpus's ids of every token's normalised
 * form, witness by witness (`CorpusStats.tokenIds`), and `copies` says which witness repeats which
 * (`CorpusStats.copies`).
 */
export function checkAgainstWitnesses(
  witnesses: ReadonlyArray<TokenisedWitness>,
  tokenIds: ReadonlyArray<Int32Array>,
  copies: Int32Array,
  drafts: ReadonlyArray<ReadonlyArray<Draft>>,
  withheld?: Withheld[]
): ReadonlyArray<ReadonlyArray<Draft>> {
  if (witnesses.length < 2) return drafts
  const words = wordViews(witnesses, tokenIds)
  const frames = drafts.map((ds, i) => framesOf(words[i]!, ds))
  const maxHits = MAX_ANCHOR_HITS + witnesses.length
  // where each anchor a draft needs occurs: [witness, position, witness, position…]
  const hits = new Map<number, number[]>()
  frames.forEach((fs, i) => {
    for (let k = 0; k < fs.length; k += 2) {
      if (fs[k]! < 0) continue
      hits.set(keyAt(words[i]!.hashes, fs[k]! - ANCHOR), [])
      hits.set(keyAt(words[i]!.hashes, fs[k + 1]! + 1), [])
    }
  })
  if (hits.size === 0) return drafts
  // (a bit per slot of the keys' low bits, asked first: most of the corpus's triples are no anchor)
  const filter = new Uint8Array(1 << (FILTER_BITS - 3))
  for (const key of hits.keys()) filter[(key & FILTER_MASK) >>> 3]! |= 1 << (key & 7)
  words.forEach((W, i) => {
    for (let p = 0; p + ANCHOR <= W.hashes.length; p++) {
      const key = keyAt(W.hashes, p)
      if ((filter[(key & FILTER_MASK) >>> 3]! & (1 << (key & 7))) === 0) continue
      const at = hits.get(key)
      if (at !== undefined && at.length <= 2 * maxHits) at.push(i, p)
    }
  })

  // a second copy of the same text (a file loaded twice) is no witness to it
  const root = (i: number) => (copies[i]! >= 0 ? copies[i]! : i)
  const copyOf = (a: number, b: number) => root(a) === root(b)
  const readingsAt = (index: number, d: Draft, w0: number, w1: number): ReadonlyArray<OtherReading> => {
    const A = words[index]!
    const text = witnesses[index]!.witness.text
    const left = hits.get(keyAt(A.hashes, w0 - ANCHOR))!
    const right = hits.get(keyAt(A.hashes, w1 + 1))!
    // (most anchors occur only where the draft stands)
    const usable = (at: ReadonlyArray<number>) => at.length > 2 && at.length <= 2 * maxHits
    if (!usable(left) && !usable(right)) return NONE
    // (made on the first place found: most anchors found elsewhere are chance triples, "one of the")
    let original: string | null = null
    let corrected = ""
    const n = w1 - w0 + 1
    // per other witness, its best place: an exact agreement first, then the most words agreeing near it
    const best = new Map<number, { score: number; reading: OtherReading }>()
    /**
     * The other witness b reads the place from `from` for m words, between anchors found at j (before) and
     * from + m (after); `exact`: both anchors agree word for word, else one of them in all but one word.
     * False when the two texts are the same there after all (nothing to say).
     */
    const consider = (b: number, j: number, from: number, m: number, exact: boolean): boolean => {
      const B = words[b]!
      if (original === null) {
        original = comparable(text.slice(A.starts[w0], A.ends[w1]), d)
        corrected = comparable(text.slice(A.starts[w0], d.start) + d.replacement + text.slice(d.end, A.ends[w1]), d)
        if (original === corrected) return false
      }
      const reading = witnesses[b]!.witness.text.slice(B.starts[from], B.ends[from + m - 1])
      const r = comparable(reading, d)
      const agrees = r === original ? "original" : r === corrected ? "correction" : "neither"
      const near = nearAgreeing(A.hashes, w0 - ANCHOR - 1, B.hashes, j - 1, -1) + nearAgreeing(A.hashes, w1 + 1 + ANCHOR, B.hashes, from + m + ANCHOR, 1)
      const passage = near >= NEAR_AGREEING
      // (a place found by one anchor alone must be a passage both print: three words and two of three are
      // too few to place a reading)
      if (!exact && !passage) return true
      // (an exact agreement first, then the most words agreeing near the place)
      const score = (agrees !== "neither" ? 100 + near : near) + (exact ? 50 : 0)
      if ((passage || agrees !== "neither") && score > (best.get(b)?.score ?? -1))
        best.set(b, { score, reading: { witness: b, text: reading.replace(/\s+/g, " "), agrees, passage } })
      return true
    }
    /** The other witnesses' places where the anchor at `i` in this witness stands in them too: `found(b, j)`. */
    const each = (at: ReadonlyArray<number>, i: number, found: (b: number, B: Uint32Array, j: number) => boolean): boolean => {
      if (!usable(at)) return true
      for (let h = 0; h < at.length; h += 2) {
        const b = at[h]!
        if (b === index || copyOf(index, b)) continue
        const B = words[b]!.hashes
        if (agree(A.hashes, i, B, at[h + 1]!, ANCHOR) && !found(b, B, at[h + 1]!)) return false
      }
      return true
    }
    // the anchor before the place found: the one after it at the length nearest this witness's own, word for
    // word, else in all but one word
    const before = each(left, w0 - ANCHOR, (b, B, j) => {
      const from = j + ANCHOR
      const exact = nearestLength(n, (c) => agree(A.hashes, w1 + 1, B, from + c, ANCHOR))
      const m = exact >= 0 ? exact : nearestLength(n, (c) => nearlyAgree(A.hashes, w1 + 1, B, from + c))
      return m < 0 || consider(b, j, from, m, exact >= 0)
    })
    // the anchor after it found, the one before it in all but one word (where both agree, found above)
    const after =
      before &&
      each(right, w1 + 1, (b, B, k) => {
        const m = nearestLength(n, (c) => !agree(A.hashes, w0 - ANCHOR, B, k - c - ANCHOR, ANCHOR) && nearlyAgree(A.hashes, w0 - ANCHOR, B, k - c - ANCHOR))
        return m < 0 || consider(b, k - m - ANCHOR, k - m, m, false)
      })
    if (!after) return NONE
    return [...best.values()].map((x) => x.reading).sort((x, y) => x.witness - y.witness)
  }

  const siglaOf = (rs: ReadonlyArray<OtherReading>) => {
    const names = rs.map((r) => witnesses[r.witness]!.witness.siglum)
    return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)!}`
  }
  // "here" where the two witnesses share the passage, else what is known: the words around the place agree
  const said = (rs: ReadonlyArray<OtherReading>, also = "") =>
    `${siglaOf(rs)} read${rs.length === 1 ? "s" : ""} “${rs[0]!.text}”${also} ${rs.every((r) => r.passage) ? "here" : "between the same words"}`

  return drafts.map((ds, index) => {
    const out: Draft[] = []
    // (per draft kept: does another witness read its correction? See `preferRead` below)
    const read: boolean[] = []
    ds.forEach((d, k) => {
      const w0 = frames[index]![2 * k]!
      const readings = w0 < 0 ? NONE : readingsAt(index, d, w0, frames[index]![2 * k + 1]!)
      if (readings.length === 0) {
        out.push(d)
        read.push(false)
        return
      }
      const withOriginal = readings.filter((r) => r.agrees === "original")
      const withCorrection = readings.filter((r) => r.agrees === "correction")
      // a reading another copy prints as this one does is the source's; and a misreading only another copy
      // shows (detectors/collated.ts, evidence `shownBy`) is none where a third copy prints the word as this
      // one does: two scans seldom misread one word alike
      if (withOriginal.length > 0 && ((withCorrection.length === 0 && changesReading(d)) || typeof d.evidence["shownBy"] === "string")) {
        withheld?.push({ index, draft: d, because: said(withOriginal, " as this witness does"), otherWitnesses: Object.fromEntries(readings.map((r) => [witnesses[r.witness]!.witness.id, r.text])) })
        return
      }
      // layout and glyphs: only a witness that reads the correction is worth saying
      if (withCorrection.length === 0 && !changesReading(d)) {
        out.push(d)
        read.push(false)
        return
      }
      const notes: string[] = []
      const by = (rs: ReadonlyArray<OtherReading>, also = "") => {
        for (const passage of [true, false]) {
          const some = rs.filter((r) => r.passage === passage)
          if (some.length > 0) notes.push(said(some, also))
        }
      }
      by(withCorrection)
      by(withOriginal, " as this witness does")
      const others = new Map<string, OtherReading[]>()
      for (const r of readings) if (r.agrees === "neither") others.set(r.text, [...(others.get(r.text) ?? []), r])
      for (const rs of others.values()) by(rs)
      out.push({
        ...d,
        confidence: withCorrection.length > 0 && withOriginal.length === 0 ? Math.max(d.confidence, SUPPORTED) : d.confidence,
        explanation: `${d.explanation}; ${notes.join("; ")}`,
        evidence: { ...d.evidence, otherWitnesses: Object.fromEntries(readings.map((r) => [witnesses[r.witness]!.witness.id, r.text])) }
      })
      read.push(withCorrection.length > 0)
    })
    return preferRead(out, read, index, withheld)
  })
}

/**
 * Of two drafts of witness `index` for one place (their spans share a character, or an insertion stands
 * where the other's span holds a character or another insertion), the one another witness reads (`read`) is
 * taken, and the other withheld, whatever its confidence: "beThe" parted as "be The" (0.96) where the
 * transcription reads "be– The", which the lost-dash rule proposes (0.95). Two drafts a witness reads are
 * left to their confidence.
 */
export function preferRead(drafts: Draft[], read: ReadonlyArray<boolean>, index: number, withheld?: Withheld[]): Draft[] {
  const supported = drafts.filter((_, k) => read[k])
  if (supported.length === 0) return drafts
  // (as `finish` resolves overlaps: an insertion clashes with a span holding the character at its offset)
  const clash = (a: Draft, b: Draft) =>
    a.start === a.end
      ? b.start === b.end ? a.start === b.start : b.start <= a.start && a.start < b.end
      : b.start === b.end ? a.start <= b.start && b.start < a.end : a.start < b.end && b.start < a.end
  return drafts.filter((d, k) => {
    if (read[k]) return true
    const by = supported.find((s) => clash(s, d))
    if (by === undefined) return true
    withheld?.push({ index, draft: d, because: `another witness reads the place as the ${by.rule} proposal has it (“${by.replacement}”)`, otherWitnesses: (d.evidence["otherWitnesses"] as Record<string, string> | undefined) ?? {} })
    return false
  })
}

/**
 * One word another witness prints otherwise in a passage both print (see `singleWordVariants`), or (two words
 * each, `words` and `otherWords` both 2) two words both print alike, one of the two with a dash between them
 * and the other side by side.
 */
export interface WordVariant {
  /** The (first) token of this witness's reading, and its number of words: 2 where the other prints them as one. */
  readonly token: number
  readonly words: 1 | 2
  /** The other witness, and its (first) token there, and its number of words. */
  readonly witness: number
  readonly otherToken: number
  readonly otherWords: 1 | 2
}

/** Each place of a key is compared with this many of the key's next places (not all: a passage twenty copies print has twenty). */
const NEXT_PLACES = 8
/** Of the keys of `ANCHOR` + 1 words at every position, those whose low bits are 0 are sampled: one in 2^SAMPLE_BITS. */
const SAMPLE_BITS = 2
/** Bits of the filter of sampled keys seen (2^22 slots, 512 kB). */
const KEY_BITS = 22
const KEY_MASK = (1 << KEY_BITS) - 1
/** A dash of any kind as the tokeniser normalises it (em, en, a spaced hyphen, "--"). */
export const DASH = "\u2014"
/** A walk along a shared passage ends after this many words in a row that differ. */
const WALK_GAP = 3

/**
 * Per witness, its words that another witness prints otherwise, one word for one (or one for two: a word
 * the other prints as two, or two it prints as one, the letters the same; or two for two, a dash between
 * them in one and none in the other), in a passage both print: the word before and the word after agree in
 * the two, and the `ANCHOR` words beyond each, word for word on both sides or on one and in all but one word
 * on the other (the place the check above finds from its anchors), and `NEAR_AGREEING` of the `NEAR` words
 * beyond those as well. Shared passages are found as the aligner finds them: keys of `ANCHOR` + 1 words
 * (made of the words themselves, `vocabulary` being the corpus's words by id) at every position, a sample of
 * them chosen by their value (so that two witnesses sample a passage both print at the same words), those
 * found in two witnesses, and a walk along each passage so found, word by word. Where the witnesses share nothing, that costs one pass over their words. Only the witnesses
 * `wanted` are given their variants (and only the passages they print are walked). Pure.
 */
export function singleWordVariants(
  witnesses: ReadonlyArray<TokenisedWitness>,
  tokenIds: ReadonlyArray<Int32Array>,
  copies: Int32Array,
  vocabulary: ReadonlyArray<string>,
  wanted: (witness: number) => boolean = () => true
): ReadonlyArray<ReadonlyArray<WordVariant>> {
  const out: WordVariant[][] = witnesses.map(() => [])
  const want = witnesses.map((_, i) => copies[i]! < 0 && wanted(i))
  if (witnesses.length < 2 || !want.includes(true)) return out
  const words = wordViews(witnesses, tokenIds)
  const K = ANCHOR + 1
  // (keyed by the words themselves, not by their ids in this corpus: two witnesses sample a passage they
  // share at the same words whatever else the corpus holds)
  // (of a word's length and three of its letters: enough to spread the keys, and cheap for the corpus's
  // every word; keys that collide are told apart by the words themselves)
  const content = new Int32Array(vocabulary.length)
  for (let id = 0; id < vocabulary.length; id++) {
    const w = vocabulary[id]!
    const n = w.length
    content[id] = Math.imul(n * 0x10000 + w.charCodeAt(0), 0x85ebca6b) ^ Math.imul(w.charCodeAt(n >> 1) * 0x10000 + w.charCodeAt(n - 1), 0xc2b2ae35)
  }
  // the sampled keys seen once (a bit in `once`) or more (in `twice`), and in a witness whose variants are
  // wanted (in `mine`), each with where it stands (key, witness, position), then where those stand that are
  // seen twice and in a wanted witness
  const once = new Uint8Array(1 << (KEY_BITS - 3))
  const twice = new Uint8Array(1 << (KEY_BITS - 3))
  const mine = new Uint8Array(1 << (KEY_BITS - 3))
  // (a key found more often than an anchor may be, beyond once in each witness, is a stock phrase)
  const maxHits = MAX_ANCHOR_HITS + witnesses.length
  let size = 0
  for (const W of words) size += W.hashes.length
  let sample = new Int32Array(3 * ((size >> SAMPLE_BITS) + 1024))
  let n = 0
  words.forEach((W, i) => {
    if (copies[i]! >= 0) return
    const h = W.hashes
    for (let p = 0; p + K <= h.length; p++) {
      let key = 0x811c9dc5
      for (let k = 0; k < K; k++) key = Math.imul(key ^ content[h[p + k]!]!, 0x01000193)
      key ^= key >>> 16
      if ((key & ((1 << SAMPLE_BITS) - 1)) !== 0) continue
      const slot = ((key >>> SAMPLE_BITS) & KEY_MASK) >>> 3
      const bit = 1 << ((key >>> SAMPLE_BITS) & 7)
      if ((once[slot]! & bit) === 0) once[slot]! |= bit
      else twice[slot]! |= bit
      if (want[i]) mine[slot]! |= bit
      if (n + 3 > sample.length) {
        const grown = new Int32Array(sample.length * 2)
        grown.set(sample)
        sample = grown
      }
      sample[n++] = key
      sample[n++] = i
      sample[n++] = p
    }
  })
  const at = new Map<number, number[]>()
  for (let s = 0; s < n; s += 3) {
    const key = sample[s]!
    const slot = ((key >>> SAMPLE_BITS) & KEY_MASK) >>> 3
    const bit = 1 << ((key >>> SAMPLE_BITS) & 7)
    if ((twice[slot]! & mine[slot]! & bit) === 0) continue
    const list = at.get(key)
    if (list === undefined) at.set(key, [sample[s + 1]!, sample[s + 2]!])
    else if (list.length <= 2 * maxHits) list.push(sample[s + 1]!, sample[s + 2]!)
  }
  // per pair of witnesses and diagonal (b's position less a's), how far a's words have been walked
  const walked = new Map<number, number>()
  let longest = 0
  for (const W of words) longest = Math.max(longest, W.hashes.length)
  const diagonals = 2 * longest + 1
  /** Walk the passage a and b share through a[p] = b[j], both ways, noting each word one prints otherwise. */
  const walk = (a: number, p: number, b: number, j: number) => {
    const A = words[a]!.hashes
    const B = words[b]!.hashes
    const d = j - p
    // (a number: the pair's index, then the diagonal; within the integers a double holds while the square of
    // the witnesses times twice the longest is below 2^53: 10,000 witnesses of a million words each)
    const pair = (a * witnesses.length + b) * diagonals + (d + longest)
    if ((walked.get(pair) ?? -1) >= p) return
    // back to where the passage starts, then forward to where it ends
    let from = p
    for (let gap = 0; from > 0 && from + d > 0 && gap < WALK_GAP; ) {
      from--
      gap = A[from] === B[from + d] ? 0 : gap + 1
    }
    let to = p
    for (let gap = 0; to + 1 < A.length && to + 1 + d < B.length && gap < WALK_GAP; ) {
      to++
      gap = A[to] === B[to + d] ? 0 : gap + 1
    }
    walked.set(pair, to)
    for (let x = Math.max(from, K); x < A.length && x <= to; x++) {
      const y = x + d
      if (y < 0 || y >= B.length) continue
      if (A[x] === B[y]) {
        if (A[x + 1] === B[y + 1] && y + 1 < B.length) dashBetween(a, x, b, y)
        continue
      }
      // one word for one: the words either side agree, and the anchors beyond them as the check above asks,
      // both word for word, or one so and the other in all but one word
      if (y >= K && x + K < A.length && y + K < B.length && A[x - 1] === B[y - 1] && A[x + 1] === B[y + 1]) {
        const left = agree(A, x - K, B, y - K, ANCHOR)
        const right = agree(A, x + 2, B, y + 2, ANCHOR)
        if (((left && right) || (left && nearlyAgree(A, x + 2, B, y + 2)) || (right && nearlyAgree(A, x - K, B, y - K))) &&
          nearAgreeing(A, x - K - 1, B, y - K - 1, -1) + nearAgreeing(A, x + K + 1, B, y + K + 1, 1) >= NEAR_AGREEING)
          note(a, x, 1, b, y, 1)
      }
      // one word in one witness that is two in the other, run together by a lost space or split by a stray
      // one ("assaultupon" / "assault upon"): found from the diagonal before it (the pair starts here) or
      // after it (the pair ends here), the words around agreeing word for word
      for (const [x0, y0, n, m] of [[x, y, 1, 2], [x, y - 1, 1, 2], [x, y, 2, 1], [x - 1, y, 2, 1]] as const) {
        // (the words around, K on each side, within both witnesses)
        if (x0 < K || y0 < K || x0 + n + K > A.length || y0 + m + K > B.length) continue
        if (!aroundAgree(A, x0, n, B, y0, m)) continue
        const one = n === 1 ? vocabulary[A[x0]!]! : vocabulary[B[y0]!]!
        const [p, q] = n === 1 ? [vocabulary[B[y0]!]!, vocabulary[B[y0 + 1]!]!] : [vocabulary[A[x0]!]!, vocabulary[A[x0 + 1]!]!]
        if (one.length !== p.length + q.length || !one.startsWith(p) || !one.endsWith(q)) continue
        if (nearAgreeing(A, x0 - K - 1, B, y0 - K - 1, -1) + nearAgreeing(A, x0 + n + K, B, y0 + m + K, 1) < NEAR_AGREEING) continue
        note(a, x0, n, b, y0, m)
      }
    }
  }
  /**
   * Words x and x + 1 of a that b prints alike from y: where one of the two sets them side by side and the
   * other a dash between them, a variant of two words for two (a dash a scan lost: "Madame would" /
   * "Madame – would"), the passage agreeing around them as for a word run together.
   */
  const dashBetween = (a: number, x: number, b: number, y: number) => {
    const wa = words[a]!.tokenOf
    const wb = words[b]!.tokenOf
    const gapA = wa[x + 1]! - wa[x]!
    const gapB = wb[y + 1]! - wb[y]!
    if (gapA + gapB !== 3) return
    const [dashed, at] = gapA === 2 ? [a, wa[x]! + 1] : [b, wb[y]! + 1]
    if (witnesses[dashed]!.tokens[at]!.n !== DASH) return
    const A = words[a]!.hashes
    const B = words[b]!.hashes
    if (!aroundAgree(A, x, 2, B, y, 2)) return
    if (nearAgreeing(A, x - K - 1, B, y - K - 1, -1) + nearAgreeing(A, x + 2 + K, B, y + 2 + K, 1) < NEAR_AGREEING) return
    note(a, x, 2, b, y, 2)
  }
  /**
   * Do the words around a's n words from x and b's m from y agree, as around a word for a word: the word
   * either side in both, and the `ANCHOR` words beyond it, word for word on both sides or on one and in all
   * but one word on the other ("person toe would introduce to Madamewould be a police-officer" beside
   * "person we would introduce to Madame – would be a police-officer")?
   */
  const aroundAgree = (A: Uint32Array, x: number, n: number, B: Uint32Array, y: number, m: number) => {
    if (A[x - 1] !== B[y - 1] || A[x + n] !== B[y + m] || x < 1 || y < 1) return false
    const left = agree(A, x - K, B, y - K, ANCHOR)
    const right = agree(A, x + n + 1, B, y + m + 1, ANCHOR)
    return (left && right) || (left && nearlyAgree(A, x + n + 1, B, y + m + 1)) || (right && nearlyAgree(A, x - K, B, y - K))
  }
  /** A variant of a's word(s) from x and b's from y, for each of the two that wants it. */
  const note = (a: number, x: number, n: 1 | 2, b: number, y: number, m: 1 | 2) => {
    const ta = words[a]!.tokenOf[x]!
    const tb = words[b]!.tokenOf[y]!
    if (want[a]) out[a]!.push({ token: ta, words: n, witness: b, otherToken: tb, otherWords: m })
    if (want[b]) out[b]!.push({ token: tb, words: m, witness: a, otherToken: ta, otherWords: n })
  }
  for (const list of at.values()) {
    if (list.length <= 2 || list.length > 2 * maxHits) continue
    for (let x = 0; x < list.length; x += 2)
      for (let y = x + 2; y < list.length && y <= x + 2 * NEXT_PLACES; y += 2) {
        const a = list[x]!
        const b = list[y]!
        // (one walk per pair of witnesses, from the first's side; the keys agree, and so must the words)
        if (a === b || !(want[a] || want[b])) continue
        const [i, p, k, j] = a < b ? [a, list[x + 1]!, b, list[y + 1]!] : [b, list[y + 1]!, a, list[x + 1]!]
        if (agree(words[i]!.hashes, p, words[k]!.hashes, j, K)) walk(i, p, k, j)
      }
  }
  // (in order, each once: a variant around a lost space is found from both its diagonals)
  return out.map((vs) =>
    vs
      .sort((u, v) => u.token - v.token || u.witness - v.witness || u.words - v.words || u.otherWords - v.otherWords)
      .filter((v, k) => k === 0 || v.token !== vs[k - 1]!.token || v.witness !== vs[k - 1]!.witness || v.words !== vs[k - 1]!.words || v.otherWords !== vs[k - 1]!.otherWords)
  )
}
