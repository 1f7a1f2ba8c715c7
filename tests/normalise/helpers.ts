/** Test helpers: witnesses from text, the seeds as witnesses, the default lexicon built once per file. */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { tokenise } from "../../src/corpus/tokenise.ts"
import type { Proposal, TokenisedWitness } from "../../src/domain/model.ts"
import { contextModel, corpusStats, isLowerCaseWitness } from "../../src/normalise/context.ts"
import type { DetectorInput } from "../../src/normalise/detectors/shared.ts"
import type { Lexicon } from "../../src/normalise/lexicon.ts"

export const repoRoot = join(import.meta.dirname, "..", "..")

export function witness(id: string, text: string): TokenisedWitness {
  return {
    witness: { id, siglum: id, path: `${id}.txt`, author: null, title: null, date: null, source: null, encoding: "utf-8", chars: text.length, words: 0, text },
    tokens: tokenise(text)
  }
}

/** The five seeds, in the manifest's sigla order (A breitman … E study-guide). */
export function seeds(): TokenisedWitness[] {
  const dir = join(repoRoot, "seeds")
  const order = ["breitman", "callinicos", "trotsky", "deutscher", "study-guide"]
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt"))
  return order.map((p) => {
    const f = files.find((x) => x.startsWith(p))!
    return witness(f.replace(/\.txt$/, ""), readFileSync(join(dir, f), "utf8"))
  })
}

/** The detector input for witness `index` of `witnesses`. */
export function input(lexicon: Lexicon, witnesses: ReadonlyArray<TokenisedWitness>, index = 0): DetectorInput {
  const w = witnesses[index]!
  return { witness: w, model: contextModel(lexicon, corpusStats(witnesses)), index, lowerCase: isLowerCaseWitness(w.witness.text) }
}

/** Apply proposals to a witness text (as an editor accepting them all would). */
export function apply(text: string, ps: ReadonlyArray<Pick<Proposal, "start" | "end" | "replacement">>): string {
  // (pieces joined once: a copy of the text per proposal would cost the square of a long witness)
  const parts: string[] = []
  let at = 0
  for (const p of [...ps].sort((a, b) => a.start - b.start)) {
    parts.push(text.slice(at, p.start), p.replacement)
    at = p.end
  }
  parts.push(text.slice(at))
  return parts.join("")
}
