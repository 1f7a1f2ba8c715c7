/**
 * Building proposals: a detector returns drafts (span, replacement, rule, explanation, evidence); this module
 * gives each its stable id and resolves overlapping spans.
 *
 * The id hashes the witness id, the rule, the original, the replacement and up to three words on each side
 * of the span (never the offsets), so it survives edits elsewhere in the witness. Identical keys within one
 * witness (the same correction in the same words twice) get an occurrence number.
 */
import type { Proposal, ProposalClass, TokenisedWitness } from "../domain/model.ts"

export interface Draft {
  readonly start: number
  readonly end: number
  readonly replacement: string
  readonly rule: string
  readonly class: ProposalClass
  readonly confidence: number
  readonly group?: string | null
  readonly explanation: string
  readonly evidence: Readonly<Record<string, unknown>>
}

/** cyrb53: a fast, well-mixed 53-bit string hash (pure, deterministic). */
export function hash53(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

const WORD_CHAR = /[\p{L}\p{N}]/u
/** ASCII letters and digits (the rest of the code points are asked of WORD_CHAR). */
const ASCII_WORD_CHAR = new Uint8Array(128).map((_, c) => ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0))

/** Is the code point cp a letter or a digit (\p{L}, \p{N})? */
function isWordCodePoint(cp: number): boolean {
  return cp < 128 ? ASCII_WORD_CHAR[cp] === 1 : WORD_CHAR.test(String.fromCodePoint(cp))
}

/**
 * The last `n` runs of letters and digits in text[from, to), found from the end without the runs before
 * them: their bounds in `bounds` (start, end, start, end…), the last run first; the number of runs.
 */
function lastRuns(text: string, from: number, to: number, n: number, bounds: number[]): number {
  let runs = 0
  let end = -1
  for (let i = to - 1; i >= from && runs < n; ) {
    let cp = text.charCodeAt(i)
    let at = i
    // (a surrogate pair inside the range is one code point, as a reading from the start finds it)
    if (cp >= 0xdc00 && cp <= 0xdfff && i - 1 >= from) {
      const hi = text.charCodeAt(i - 1)
      if (hi >= 0xd800 && hi <= 0xdbff) {
        cp = (hi - 0xd800) * 0x400 + (cp - 0xdc00) + 0x10000
        at = i - 1
      }
    }
    if (isWordCodePoint(cp)) {
      if (end < 0) end = i + 1
    } else if (end >= 0) {
      bounds[2 * runs] = i + 1
      bounds[2 * runs + 1] = end
      runs++
      end = -1
    }
    i = at - 1
  }
  if (end >= 0) {
    bounds[2 * runs] = from
    bounds[2 * runs + 1] = end
    runs++
  }
  return runs
}

/** The first `n` runs of letters and digits in text[from, to): their bounds in `bounds` (start, end…); how many. */
function firstRuns(text: string, from: number, to: number, n: number, bounds: number[]): number {
  let runs = 0
  let start = -1
  for (let i = from; i < to; ) {
    let cp = text.charCodeAt(i)
    let len = 1
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < to) {
      const lo = text.charCodeAt(i + 1)
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000
        len = 2
      }
    }
    if (isWordCodePoint(cp)) {
      if (start < 0) start = i
    } else if (start >= 0) {
      bounds[2 * runs] = start
      bounds[2 * runs + 1] = i
      if (++runs === n) return runs
      start = -1
    }
    i += len
  }
  if (start >= 0) {
    bounds[2 * runs] = start
    bounds[2 * runs + 1] = to
    runs++
  }
  return runs
}

/** The bounds `lastRuns` and `firstRuns` report (not re-entered: nothing they call asks for a context). */
const BOUNDS: number[] = []

/**
 * Up to `n` words before `start` and after `end`, lower case (the id's context): the words of the 60
 * characters on each side, those cut by the window's edge dropped so the context does not depend on the
 * offset. The words are the runs of `/[\p{L}\p{N}]+/gu` (a lone surrogate, or half a pair cut by the
 * window, is none), found from the span outwards without a regular expression: asked for every proposal.
 */
export function contextWords(text: string, start: number, end: number, n = 3): string {
  const b = BOUNDS
  let before = lastRuns(text, Math.max(0, start - 60), start, n, b)
  // (the earliest word kept, when n were found, may be cut by the window's edge: dropped when a letter or
  // digit stands just before the window)
  // (a code unit alone: half a surrogate pair is no letter)
  if (start > 60 && before === n && isWordCodePoint(text.charCodeAt(start - 61))) before--
  let out = ""
  for (let k = before - 1; k >= 0; k--) out += (k === before - 1 ? "" : " ") + text.slice(b[2 * k]!, b[2 * k + 1]!)
  out += "|"
  const after = firstRuns(text, end, Math.min(text.length, end + 60), n, b)
  for (let k = 0; k < after; k++) out += (k === 0 ? "" : " ") + text.slice(b[2 * k]!, b[2 * k + 1]!)
  return out.toLowerCase()
}

/** Resolve overlaps (higher confidence wins, then the earlier, then the shorter), sort by start, add ids. */
export function finish(w: TokenisedWitness, drafts: ReadonlyArray<Draft>): Proposal[] {
  const byConfidence = [...drafts].sort(
    (a, b) => b.confidence - a.confidence || a.start - b.start || a.end - a.start - (b.end - b.start) || a.rule.localeCompare(b.rule)
  )
  const kept: Draft[] = []
  // spans overlap when they share a character, or when an insertion sits at the other's start: with the
  // characters of the kept spans marked, and the offsets of the kept insertions, a draft clashes when one of
  // its characters (an insertion: the character at its offset) is marked either way
  let size = w.witness.text.length + 1
  for (const d of drafts) if (d.end >= size) size = d.end + 1
  const covered = new Uint8Array(size)
  const points = new Uint8Array(size)
  for (const d of byConfidence) {
    let clash = false
    if (d.start === d.end) clash = covered[d.start] === 1 || points[d.start] === 1
    else for (let p = d.start; p < d.end && !clash; p++) clash = covered[p] === 1 || points[p] === 1
    if (clash) continue
    kept.push(d)
    if (d.start === d.end) points[d.start] = 1
    else covered.fill(1, d.start, d.end)
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end)
  const text = w.witness.text
  const seen = new Map<string, number>()
  return kept.map((d) => {
    const original = text.slice(d.start, d.end)
    const key = [w.witness.id, d.rule, original, d.replacement, contextWords(text, d.start, d.end)].join("\u0000")
    const k = (seen.get(key) ?? 0) + 1
    seen.set(key, k)
    const id = hash53(k === 1 ? key : `${key}\u0000${k}`).toString(16).padStart(14, "0")
    return {
      id,
      witness: w.witness.id,
      start: d.start,
      end: d.end,
      original,
      replacement: d.replacement,
      rule: d.rule,
      class: d.class,
      confidence: Math.round(d.confidence * 1000) / 1000,
      group: d.group ?? null,
      explanation: d.explanation,
      evidence: d.evidence
    }
  })
}
