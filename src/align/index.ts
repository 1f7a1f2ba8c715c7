/**
 * Aligner entry point: the passage finder (shared stretches across witnesses, each collated into an
 * apparatus) and the collator (CollateX alignment table of any set of token sequences). Pure.
 */
import type { AlignmentTable, Passage, Token, TokenisedWitness } from "../domain/model.ts"
import { buildApparatus } from "../apparatus/index.ts"
import { apparatusRows, collateColumns, collateTable } from "./collate.ts"
import { stableId } from "./hash.ts"
import { wordsFromTokens } from "./index-text.ts"
import { findShared } from "./passages.ts"

export interface FindOptions {
  /** Shortest shared stretch reported, in words. */
  readonly minWords?: number
  /** N-grams found in more witnesses than this are ignored as stock phrases (default 50). */
  readonly maxDocFreq?: number
}

/** Default shortest passage: long enough to skip stock phrases ("the doctrine of socialism in one country"). */
export const DEFAULT_MIN_WORDS = 8

/** A passage with lectio's own fields beside the contract's. */
export interface FoundPassage extends Passage {
  /** Number of words the best-matching pair of occurrences share. */
  readonly words: number
}

/** Passages shared by two or more witnesses, each with its apparatus. */
export function findPassages(witnesses: ReadonlyArray<TokenisedWitness>, options: FindOptions = {}): Passage[] {
  const minWords = options.minWords ?? DEFAULT_MIN_WORDS
  const views = witnesses.map((w) => wordsFromTokens(w.witness.id, w.tokens))
  const found = findShared(views, { minWords, ...(options.maxDocFreq === undefined ? {} : { maxDocFreq: options.maxDocFreq }) })
  const seen = new Map<string, number>()
  return found.map((f): FoundPassage => {
    const parts = f.spans.map((s) => {
      const view = views[s.doc]!
      const w = witnesses[s.doc]!
      const [t0, t1] = quotationBounds(w.tokens, view.tokenOf[s.start]!, view.tokenOf[s.end - 1]! + 1)
      const start = w.tokens[t0]!.start
      const end = w.tokens[t1 - 1]!.end
      return { w, tokens: w.tokens.slice(t0, t1), occurrence: { witness: w.witness.id, start, end, text: w.witness.text.slice(start, end) } }
    })
    // id: the witnesses and the opening words of each occurrence — stable under edits elsewhere
    const key = parts
      .map((p) => `${p.w.witness.id}:${p.tokens.filter((t) => t.kind !== "punct").slice(0, 6).map((t) => t.n).join(" ")}`)
      .sort()
      .join("|")
    const dup = seen.get(key) ?? 0
    seen.set(key, dup + 1)
    const id = stableId("p", dup === 0 ? key : `${key}#${dup}`)
    // two occurrences in one witness get distinct row ids
    const rowIds = parts.map((p, i) => (parts.findIndex((q) => q.w === p.w) === i ? p.w.witness.id : `${p.w.witness.id}@${p.occurrence.start}`))
    const c = collateColumns(parts.map((p, i) => ({ id: rowIds[i]!, tokens: p.tokens })))
    const { apparatus } = buildApparatus(apparatusRows(c, id))
    return { id, occurrences: parts.map((p) => p.occurrence), apparatus, words: f.matched }
  })
}

const isQuote = (t: Token | undefined) => t !== undefined && t.kind === "punct" && t.n === '"'
const breaksParagraph = (t: Token) => /\n\s*\n/.test(t.t)
/** How far (in tokens) a quotation may run on beyond the shared stretch and still be taken whole. */
const QUOTE_REACH = 60

/**
 * A quotation is a unit: when a shared stretch starts right at an opening quotation mark (or ends right at
 * a closing one) and the quotation closes (or opens) a little further on in the same paragraph, the
 * occurrence is widened to the whole quotation, so words one witness adds inside its quotation are
 * collated as an addition instead of being cut off.
 */
export function quotationBounds(tokens: ReadonlyArray<Token>, t0: number, t1: number): [number, number] {
  const opensAt = (i: number) => i >= 0 && i >= t0 - 2 && isQuote(tokens[i]) && !breaksParagraph(tokens[i]!)
  if (opensAt(t0 - 1) || opensAt(t0 - 2)) {
    for (let i = t1; i < tokens.length && i < t1 + QUOTE_REACH; i++) {
      if (isQuote(tokens[i])) {
        if (i > t1) t1 = i
        break
      }
      if (breaksParagraph(tokens[i]!)) break
    }
  }
  if (isQuote(tokens[t1]) || isQuote(tokens[t1 + 1])) {
    for (let i = t0 - 1; i >= 0 && i > t0 - QUOTE_REACH; i--) {
      if (breaksParagraph(tokens[i]!)) break
      if (isQuote(tokens[i])) {
        if (i + 1 < t0) t0 = i + 1
        break
      }
    }
  }
  // closing punctuation right after the last word belongs to the occurrence
  for (let k = 0; k < 2 && t1 < tokens.length && tokens[t1]!.kind === "punct" && /^[.,;:!?…]/.test(tokens[t1]!.t); k++) t1++
  return [t0, t1]
}

/** Collate whole token sequences into a CollateX alignment table with apparatus. */
export function collate(witnesses: ReadonlyArray<{ readonly id: string; readonly tokens: ReadonlyArray<Token> }>): AlignmentTable {
  return collateTable(witnesses)
}

export { collateColumns, collateTable, tableOf, joinOrder } from "./collate.ts"
export { findShared } from "./passages.ts"
export { wordsFromText, wordsFromTokens } from "./index-text.ts"
