/**
 * Word-level views of a witness for the passage finder: one 32-bit hash per word (of its normalised form)
 * and the word's offsets, in typed arrays. Two ways in: from tokens (the pipeline), or straight from text
 * with a single-pass scanner (corpus scale: no Token objects). Both hash the same normalised spelling for
 * ASCII text (lower case, ’ as ', line-end hyphenation joined). Pure.
 */
import type { Token } from "../domain/model.ts"
import { fnv1a } from "./hash.ts"

export interface WordIndex {
  readonly id: string
  /** Hash of each word's normalised form. */
  readonly hashes: Uint32Array
  /** Offsets of each word in the witness text (UTF-16 code units, end exclusive). */
  readonly starts: Uint32Array
  readonly ends: Uint32Array
}

/** Word view of tokens; `tokenOf[k]` is the token index of word k. */
export function wordsFromTokens(id: string, tokens: ReadonlyArray<Token>): WordIndex & { readonly tokenOf: Uint32Array } {
  return viewOf(id, tokens, (i) => fnv1a(tokens[i]!.n))
}

/**
 * The same view with each word's value its id in `ids` (one per token, e.g. the normaliser's corpus ids of
 * the normalised forms) in place of a hash: equal values are equal words, without a hash to compute.
 */
export function wordsFromIds(id: string, tokens: ReadonlyArray<Token>, ids: Int32Array): WordIndex & { readonly tokenOf: Uint32Array } {
  return viewOf(id, tokens, (i) => ids[i]!)
}

function viewOf(id: string, tokens: ReadonlyArray<Token>, valueOf: (i: number) => number): WordIndex & { readonly tokenOf: Uint32Array } {
  let n = 0
  for (const t of tokens) if (t.kind !== "punct") n++
  const hashes = new Uint32Array(n)
  const starts = new Uint32Array(n)
  const ends = new Uint32Array(n)
  const tokenOf = new Uint32Array(n)
  let k = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind === "punct") continue
    hashes[k] = valueOf(i)
    starts[k] = t.start
    ends[k] = t.end
    tokenOf[k] = i
    k++
  }
  return { id, hashes, starts, ends, tokenOf }
}

const LETTER_RE = /[\p{L}\p{M}\p{N}]/u
/** ASCII classes: 0 not part of a word, else the code unit to hash (upper case folded to lower). */
const ASCII = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) ASCII[c] = c
  else if (c >= 0x41 && c <= 0x5a) ASCII[c] = c + 32
}

function isWordChar(text: string, i: number, c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)
  if (c === 0xa0 || c === 0xad) return false
  return LETTER_RE.test(text[i]!)
}

/** Scan text into a word view without building tokens (about 10 bytes per word). */
export function wordsFromText(id: string, text: string): WordIndex {
  const len = text.length
  let cap = Math.max(16, Math.ceil(len / 5))
  let hashes = new Uint32Array(cap)
  let starts = new Uint32Array(cap)
  let ends = new Uint32Array(cap)
  let n = 0
  let i = 0
  while (i < len) {
    let c = text.charCodeAt(i)
    if (c < 0x80 ? ASCII[c] === 0 : !isWordChar(text, i, c)) {
      i++
      continue
    }
    const start = i
    let h = 0x811c9dc5
    for (;;) {
      // one run of word characters, hashed in lower case
      while (i < len) {
        c = text.charCodeAt(i)
        if (c < 0x80) {
          const lc = ASCII[c]!
          if (lc === 0) break
          h = Math.imul(h ^ lc, 0x01000193)
          i++
        } else if (isWordChar(text, i, c)) {
          const lower = text[i]!.toLowerCase()
          for (let q = 0; q < lower.length; q++) h = Math.imul(h ^ lower.charCodeAt(q), 0x01000193)
          i++
        } else break
      }
      if (i + 1 >= len) break
      const d = text.charCodeAt(i)
      const next = text.charCodeAt(i + 1)
      if ((d === 0x27 || d === 0x2019) && isWordChar(text, i + 1, next)) {
        h = Math.imul(h ^ 0x27, 0x01000193)
        i++
      } else if ((d === 0x2d || d === 0x2010 || d === 0x2011) && isWordChar(text, i + 1, next)) {
        h = Math.imul(h ^ 0x2d, 0x01000193)
        i++
      } else if (d === 0x2d && (next === 0x0a || next === 0x0d)) {
        // line-end hyphenation: join when a lower-case letter follows the break
        let j = i + 1
        if (text.charCodeAt(j) === 0x0d) j++
        if (text.charCodeAt(j) !== 0x0a) break
        j++
        while (j < len && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++
        const e = text.charCodeAt(j)
        if (!(e >= 0x61 && e <= 0x7a)) break
        i = j
      } else break
    }
    if (n === cap) {
      cap *= 2
      const h2 = new Uint32Array(cap)
      h2.set(hashes)
      hashes = h2
      const s2 = new Uint32Array(cap)
      s2.set(starts)
      starts = s2
      const e2 = new Uint32Array(cap)
      e2.set(ends)
      ends = e2
    }
    hashes[n] = h >>> 0
    starts[n] = start
    ends[n] = i
    n++
  }
  return { id, hashes: hashes.slice(0, n), starts: starts.slice(0, n), ends: ends.slice(0, n) }
}
