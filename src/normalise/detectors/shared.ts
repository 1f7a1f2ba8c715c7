/** What the word detectors share: the run of one witness with its context model, and small helpers. */
import type { Token, TokenisedWitness } from "../../domain/model.ts"
import type { ContextModel } from "../context.ts"
import type { Draft } from "../proposal.ts"

export interface DetectorInput {
  readonly witness: TokenisedWitness
  readonly model: ContextModel
  /** Index of the witness in the corpus. */
  readonly index: number
  /** The witness is written wholly in lower case. */
  readonly lowerCase: boolean
}

export type Detector = (input: DetectorInput) => Draft[]

const perModel = new WeakMap<ContextModel, Map<string, unknown>>()

/**
 * State a detector keeps for one `normalise` call, shared by all its witnesses (facts about a word of the
 * corpus, by its id, decided once): made by `make` on first use for this model.
 */
export function perCall<T>(model: ContextModel, key: string, make: () => T): T {
  let m = perModel.get(model)
  if (m === undefined) perModel.set(model, (m = new Map()))
  let v = m.get(key) as T | undefined
  if (v === undefined) m.set(key, (v = make()))
  return v
}

/** Is there a blank line (two line feeds) in text[from, to)? Without building the slice. */
export function blankLineBetween(text: string, from: number, to: number): boolean {
  let seen = false
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    if (c === 0x0a) {
      if (seen) return true
      seen = true
    } else if (c !== 0x0d && c !== 0x20 && c !== 0x09) seen = false
  }
  return false
}

/** The normalised form of the token before i, "<s>" at a paragraph or text start. */
export function prevN(tokens: ReadonlyArray<Token>, i: number, text: string): string {
  const p = tokens[i - 1]
  if (p === undefined) return "<s>"
  if (blankLineBetween(text, p.end, tokens[i]!.start)) return "<s>"
  return p.n
}

/** The normalised form of the token after i, "." at a paragraph or text end. */
export function nextN(tokens: ReadonlyArray<Token>, i: number, text: string): string {
  const t = tokens[i]!
  const nx = tokens[i + 1]
  if (nx === undefined) return "."
  if (blankLineBetween(text, t.end, nx.start)) return "."
  return nx.n
}

/** Plain ASCII letters only (the word detectors leave accented, foreign-script and digit-bearing words alone). */
export const ASCII_WORD = /^[a-z]+(?:'[a-z]+)?$/

export const fmt = (x: number) => (Math.abs(x) >= 100 ? Math.round(x).toString() : (Math.round(x * 100) / 100).toString())

/** Logistic squashing of a log-odds margin into 0..1. */
export const squash = (x: number) => 1 / (1 + Math.exp(-x))

/** “word” in curly quotes. */
export const q = (s: string) => `“${s}”`
