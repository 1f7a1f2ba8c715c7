/** Building decisions.jsonl lines for the tests, shaped like the review UI writes them. */
import type { DecisionEvent, Proposal } from "../../src/domain/model.ts"

export function proposalEvent(seq: number, action: "approve" | "reject" | "edit", p: Proposal, text?: string, resp?: string): DecisionEvent {
  return {
    v: 1,
    seq,
    at: `2026-11-20T10:00:${String(seq).padStart(2, "0")}.000Z`,
    action,
    targetKind: "proposal",
    target: p.id,
    ...(text !== undefined ? { text } : {}),
    anchor: {
      witness: p.witness,
      start: p.start,
      end: p.end,
      original: p.original,
      before: "winding up of Stalinism ",
      after: " a gradual democratic",
      textHash: "0".repeat(64)
    },
    ...(resp !== undefined ? { resp } : {})
  }
}

export function undoEvent(seq: number, undoes: number, target: string): DecisionEvent {
  return { v: 1, seq, at: `2026-11-20T10:01:${String(seq).padStart(2, "0")}.000Z`, action: "undo", targetKind: "proposal", target, undoes }
}

export function lemmaEvent(seq: number, variant: string, passage: string, text: string): DecisionEvent {
  return { v: 1, seq, at: `2026-11-20T10:02:${String(seq).padStart(2, "0")}.000Z`, action: "lemma", targetKind: "variant", target: variant, passage, text }
}

export const jsonl = (events: ReadonlyArray<DecisionEvent>) => events.map((e) => JSON.stringify(e)).join("\n") + "\n"
