/**
 * The analysis (proposals and passages) is a pure function of lectio's code and the witness texts, and takes
 * seconds on a corpus; the review, `decide`, `decisions` and `export` all need it. This service keeps it in
 * a cache file keyed by a hash of the code's identity (the bundle `bin/lectio.mjs` runs, given in
 * LECTIO_CODE_STAMP) and of every witness's id, siglum and text, so a second run on an unchanged corpus
 * starts at once. Without a code stamp (the sources run through tsx, as in tests) nothing is cached: a stale
 * analysis must never be applied to a changed text. A cache file that cannot be read or written is ignored.
 */
import { createHash } from "node:crypto"
import { join } from "node:path"
import { Context, Effect, Layer } from "effect"
import type { LoadedCorpus } from "../corpus/Corpus.ts"
import type { Passage, Proposal } from "../domain/model.ts"
import { analyse, type Analysis } from "../pipeline.ts"
import { readCache, writeCache } from "./cacheFiles.ts"

export interface AnalysisCacheShape {
  /** The corpus's analysis, from the cache when the same code has analysed the same texts before. */
  readonly analyse: (corpus: LoadedCorpus) => Effect.Effect<Analysis>
}

/** Cache key: the code's identity and every witness's id, siglum and text (sha256). */
export function analysisKey(codeStamp: string, corpus: LoadedCorpus): string {
  const h = createHash("sha256").update(`lectio-analysis-v1\n${codeStamp}\n`)
  for (const { witness } of corpus.witnesses) {
    h.update(`${witness.id}\u0000${witness.siglum}\u0000${witness.text.length}\u0000`)
    h.update(witness.text)
    h.update("\u0000")
  }
  return h.digest("hex").slice(0, 32)
}

/** Analyses kept in the cache folder (the most recently used). */
const KEEP_ANALYSES = 20

interface Stored {
  readonly key: string
  readonly proposals: ReadonlyArray<Proposal>
  readonly passages: ReadonlyArray<Passage>
}

function makeFileCache(dir: string | undefined, codeStamp: string | undefined): AnalysisCacheShape {
  return {
    analyse: (corpus) =>
      Effect.sync(() => {
        if (dir === undefined || codeStamp === undefined || codeStamp === "") return analyse(corpus)
        const key = analysisKey(codeStamp, corpus)
        const file = join(dir, `analysis-${key}.json`)
        const content = readCache(file)
        if (content !== null) {
          try {
            const stored = JSON.parse(content.toString("utf8")) as Stored
            if (stored.key === key && Array.isArray(stored.proposals) && Array.isArray(stored.passages)) {
              return { corpus, proposals: stored.proposals, passages: stored.passages }
            }
          } catch {
            // a damaged cache: analysed anew below
          }
        }
        const result = analyse(corpus)
        // (analyses of other corpora or by other code: the last used stay)
        writeCache(file, JSON.stringify({ key, proposals: result.proposals, passages: result.passages } satisfies Stored), /^analysis-[0-9a-f]{32}\.json$/, KEEP_ANALYSES)
        return result
      })
  }
}

export class AnalysisCache extends Context.Service<AnalysisCache, AnalysisCacheShape>()("lectio/AnalysisCache") {
  /** Cache files in LECTIO_CACHE_DIR, keyed with LECTIO_CODE_STAMP (both set by bin/lectio.mjs). */
  static readonly layer = Layer.sync(this, () => makeFileCache(process.env["LECTIO_CACHE_DIR"], process.env["LECTIO_CODE_STAMP"]))
  /** Cache files in `dir` under a given code stamp (tests). */
  static layerAt(dir: string, codeStamp: string) {
    return Layer.sync(this, () => makeFileCache(dir, codeStamp))
  }
  /** No cache: analyse every time. */
  static readonly layerTest = Layer.sync(this, () => makeFileCache(undefined, undefined))
}
