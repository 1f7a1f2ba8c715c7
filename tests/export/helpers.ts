/** Shared fixtures of the export tests: the seeds loaded for real, the hand-made proposal and passage. */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { NodeServices } from "@effect/platform-node"
import { Effect, Layer } from "effect"
import { Corpus, type LoadedCorpus } from "../../src/corpus/Corpus.ts"
import type { Correction, Passage, Proposal, Witness } from "../../src/domain/model.ts"
import type { EditionInput } from "../../src/export/model.ts"
import { Glob } from "../../src/services/Glob.ts"

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url))
export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/export/${name}`, import.meta.url))

export const BREITMAN = "breitman-1953-why-the-soviet-bureaucracy-is-in-crisis"
export const CALLINICOS = "callinicos-1990-trotskyism-critique-of-stalinism"
export const STUDY_GUIDE = "study-guide-isolation-and-degeneration"

export const antiProposal: Proposal = JSON.parse(readFileSync(fixture("breitman-anti-proposal.json"), "utf8"))
/** The B/E queue passage as the aligner gives it (with `locations`, the readings' offsets), ids made readable. */
export const passageBE: Passage = JSON.parse(readFileSync(fixture("passage-callinicos-study-guide.json"), "utf8"))
/** The same passage as entries made before `locations` existed: the export must find the readings by search. */
export const passageBEUnlocated: Passage = {
  ...passageBE,
  apparatus: passageBE.apparatus.map(({ locations: _, ...e }) => e)
}

export const corpusLayer = () => Corpus.layer.pipe(Layer.provideMerge(Glob.layer), Layer.provideMerge(NodeServices.layer))

export async function loadSeeds(): Promise<LoadedCorpus> {
  return Effect.runPromise(
    Effect.gen(function* () {
      const corpus = yield* Corpus
      return yield* corpus.load({ dir: `${repoRoot}seeds` })
    }).pipe(Effect.provide(corpusLayer()))
  )
}

export function correctionFrom(p: Proposal, over: Partial<Correction> = {}): Correction {
  return {
    proposal: p.id,
    witness: p.witness,
    start: p.start,
    end: p.end,
    original: p.original,
    replacement: p.replacement,
    rule: p.rule,
    class: p.class,
    confidence: p.confidence,
    decision: "approve",
    decidedAt: "2026-11-20T10:00:00.000Z",
    resp: null,
    ...over
  }
}

export function inputOf(witnesses: ReadonlyArray<Witness>, over: Partial<EditionInput> = {}): EditionInput {
  const sigla = new Map(witnesses.map((w) => [w.id, w.siglum]))
  return {
    name: "seeds",
    title: "Seeds: five essays on the Soviet bureaucracy",
    witnesses,
    corrections: [],
    passages: [],
    lemmas: new Map(),
    siglumOf: (id) => sigla.get(id) ?? id,
    ...over
  }
}

/** A plain witness from a text, with metadata like the loader's. */
export function witness(id: string, siglum: string, text: string, over: Partial<Witness> = {}): Witness {
  return {
    id,
    siglum,
    path: `corpus/${id}.txt`,
    author: null,
    title: null,
    date: null,
    source: null,
    encoding: "utf-8",
    chars: text.length,
    words: text.split(/\s+/).filter(Boolean).length,
    text,
    ...over
  }
}
