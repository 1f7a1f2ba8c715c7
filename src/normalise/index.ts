/**
 * Normaliser entry point. PLACEHOLDER on the integration branch: the normalise branch replaces this file
 * with the real detectors. Signature is the contract the rest of the pipeline relies on.
 */
import type { Proposal, TokenisedWitness } from "../domain/model.ts"

export interface NormaliseOptions {
  /** Only these rules (all when absent). */
  readonly rules?: ReadonlyArray<string>
  /** Drop proposals below this confidence. */
  readonly minConfidence?: number
}

/** All proposals for the corpus, in witness order then by start offset. */
export function normalise(witnesses: ReadonlyArray<TokenisedWitness>, options: NormaliseOptions = {}): Proposal[] {
  void witnesses
  void options
  return []
}
