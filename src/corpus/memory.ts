/**
 * How much memory analysing a corpus takes, told before the analysis starts: a corpus too large for the
 * process would otherwise run for a minute and then die with the engine's out-of-memory trace, its work
 * lost. Pure: the process's limit is passed in (the CLI reads it).
 *
 * Measured (the smallest `--max-old-space-size` that `lectio normalise`, `align` and `start` survive, in MB;
 * the heap limit is that plus 48 for the young generation): the seeds (0.18 MB of text) 40–60; BLN600's OCR
 * (1.4 MB) 80–100; 11 MB of it, and 11 MB of its corrected text, 300–400 each. So about 50 MB and 32 bytes
 * for each character of text; the estimate takes 64 MB and 36 bytes, to err on the safe side (it refuses
 * 11 MB under about 460 MB, which the analysis needs 350–450 of with the young generation).
 */

const MB = 1024 * 1024
/** The lexicon, the program and the young generation, whatever the corpus. */
export const BASE_MEMORY = 64 * MB
/** Bytes for each character of the witnesses' text (its tokens, the word and pair counts, the proposals). */
export const MEMORY_PER_CHAR = 36

/** Bytes analysing witnesses of `chars` characters in all takes, about. */
export function memoryNeeded(chars: number): number {
  return BASE_MEMORY + MEMORY_PER_CHAR * chars
}

/** The memory needed when it is more than `limit` bytes (the process's heap limit); null when it fits. */
export function memoryShortfall(chars: number, limit: number): { readonly needed: number; readonly limit: number } | null {
  const needed = memoryNeeded(chars)
  return needed > limit ? { needed, limit } : null
}
