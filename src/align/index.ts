/**
 * Aligner entry point. PLACEHOLDER on the integration branch: the align branch replaces this file with the
 * passage finder and the collator. Signatures are the contract the rest of the pipeline relies on.
 */
import type { AlignmentTable, Passage, Token, TokenisedWitness } from "../domain/model.ts"

export interface FindOptions {
  /** Shortest shared stretch reported, in words. */
  readonly minWords?: number
}

/** Passages shared by two or more witnesses, each with its apparatus. */
export function findPassages(witnesses: ReadonlyArray<TokenisedWitness>, options: FindOptions = {}): Passage[] {
  void witnesses
  void options
  return []
}

/** Collate whole token sequences into a CollateX alignment table with apparatus. */
export function collate(witnesses: ReadonlyArray<{ readonly id: string; readonly tokens: ReadonlyArray<Token> }>): AlignmentTable {
  return { witnesses: witnesses.map((w) => w.id), table: [], transpositions: [], apparatus: [] }
}
