/**
 * `text/ID.txt`: each witness with its approved and edited corrections applied and nothing else changed
 * (line endings, spacing and any other character are kept exactly as decoded).
 */
import { cleanText, planEdition, type EditionInput, type Plan } from "./model.ts"

/** Witness id → cleaned text, in corpus order. */
export function renderTexts(input: EditionInput, plan: Plan = planEdition(input)): Map<string, string> {
  return new Map(plan.witnesses.map((w) => [w.witness.id, cleanText(w)]))
}
