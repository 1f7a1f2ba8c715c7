/** The analysis every interactive or exporting command needs: proposals and passages for a loaded corpus. */
import type { LoadedCorpus } from "./corpus/Corpus.ts"
import type { Passage, Proposal } from "./domain/model.ts"
import { findPassages, type FindOptions } from "./align/index.ts"
import { normalise, type NormaliseOptions } from "./normalise/index.ts"

export interface Analysis {
  readonly corpus: LoadedCorpus
  readonly proposals: ReadonlyArray<Proposal>
  readonly passages: ReadonlyArray<Passage>
}

export function analyse(corpus: LoadedCorpus, options: { normalise?: NormaliseOptions; align?: FindOptions } = {}): Analysis {
  return {
    corpus,
    proposals: normalise(corpus.witnesses, options.normalise),
    passages: findPassages(corpus.witnesses, options.align)
  }
}
