/**
 * `lectio decide`: the non-interactive twin of the review keys, for scripts.
 *   lectio decide ID approve|reject|edit|undo [--text T]      a proposal (edit needs --text)
 *   lectio decide ID approve|lemma [--text READING]           a variant location (approve keeps the default lemma)
 *   lectio decide --rule RULE approve|reject                  every undecided proposal of a rule, as one batch
 * The id is looked up among the current proposals and variant locations (a unique prefix of 6+ characters
 * is enough); an unknown id is an error.
 */
import { Console, Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { UsageError } from "../domain/errors.ts"
import type { ApparatusEntry, Passage, Proposal } from "../domain/model.ts"
import { makeAnchor, textHash } from "../review/anchor.ts"
import { Ledger, type DecisionDraft } from "../review/Ledger.ts"
import { replay } from "../review/replay.ts"
import { oneLine } from "../text/display.ts"
import { loadReviewData, reviewFlags } from "./review.ts"

const args = Argument.String("ID ACTION").pipe(
  Argument.withDescription("the proposal or variant-location id, then approve | reject | edit | lemma | undo (with --rule: only the action)"),
  Argument.variadic({ min: 1, max: 2 })
)

const flags = {
  ...reviewFlags,
  text: Flag.String("text").pipe(Flag.withDescription("edit: the replacement; lemma: the reading chosen"), Flag.withMetavar("T"), Flag.optional),
  rule: Flag.String("rule").pipe(Flag.withDescription("decide every undecided proposal of this rule"), Flag.withMetavar("R"), Flag.optional),
  resp: Flag.String("resp").pipe(Flag.withDescription("who decides (name or initials), recorded with the decision"), Flag.optional)
}

type Target = { kind: "proposal"; p: Proposal } | { kind: "variant"; v: ApparatusEntry; passage: Passage }

/** The items whose id is `id`, or failing that starts with it (six characters or more). */
function matching<T>(id: string, items: ReadonlyArray<T>, idOf: (t: T) => string): T[] {
  const exact = items.filter((t) => idOf(t) === id)
  return exact.length > 0 ? exact : id.length >= 6 ? items.filter((t) => idOf(t).startsWith(id)) : []
}

function lookup(id: string, proposals: ReadonlyArray<Proposal>, passages: ReadonlyArray<Passage>): Target | { error: string } {
  const all: Target[] = [
    ...proposals.map((p) => ({ kind: "proposal" as const, p })),
    ...passages.flatMap((passage) => passage.apparatus.map((v) => ({ kind: "variant" as const, v, passage })))
  ]
  const found = matching(id, all, (t) => (t.kind === "proposal" ? t.p.id : t.v.id))
  if (found.length === 1) return found[0]!
  if (found.length > 1) return { error: `id ${id} is ambiguous (${found.length} matches); give more characters` }
  return { error: `no proposal or variant location with id ${id} in the current analysis (${proposals.length} proposals, ${all.length - proposals.length} variant locations)` }
}

export const decideCommand = Command.make("decide", { ...flags, args }, (f) =>
  Effect.gen(function* () {
    const ledger = yield* Ledger
    const data = yield* loadReviewData(f)
    const text = Option.getOrUndefined(f.text)
    const resp = Option.getOrUndefined(f.resp)
    const texts = new Map(data.witnesses.map((w) => [w.id, w.text]))
    const hashes = new Map(data.witnesses.map((w) => [w.id, textHash(w.text)]))
    const proposalDraft = (p: Proposal, action: "approve" | "reject" | "edit"): DecisionDraft => ({
      action,
      targetKind: "proposal",
      target: p.id,
      anchor: makeAnchor(p.witness, texts.get(p.witness) ?? "", p.start, p.end, hashes.get(p.witness)),
      rule: p.rule,
      ...(action === "approve" ? { replacement: p.replacement } : {}),
      ...(action === "edit" ? { text: text! } : {}),
      ...(resp !== undefined ? { resp } : {})
    })
    const file = yield* ledger.pathOf(f.edition)

    if (Option.isSome(f.rule)) {
      const rule = f.rule.value
      const [action, extra] = f.args
      if (extra !== undefined || (action !== "approve" && action !== "reject")) {
        return yield* new UsageError({ reason: "with --rule give only the action: approve or reject" })
      }
      const ofRule = data.proposals.filter((p) => p.rule === rule)
      if (ofRule.length === 0) {
        const rules = [...new Set(data.proposals.map((p) => p.rule))].sort()
        return yield* new UsageError({ reason: `no proposal of rule ${rule}${rules.length > 0 ? ` (rules: ${rules.join(", ")})` : " (the analysis has no proposals)"}` })
      }
      const state = replay((yield* ledger.read(f.edition)).events)
      const todo = ofRule.filter((p) => !state.decisions.has(p.id))
      const events = yield* ledger.append(f.edition, todo.map((p) => proposalDraft(p, action)))
      yield* Console.log(`${action === "approve" ? "approved" : "rejected"} ${events.length} of ${ofRule.length} proposals of rule ${oneLine(rule)} (${ofRule.length - todo.length} already decided) → ${oneLine(file)}`)
      return
    }

    const [id, action] = f.args
    if (action === undefined) return yield* new UsageError({ reason: "give the id and the action: lectio decide ID approve|reject|edit|lemma|undo" })
    const t = lookup(id!, data.proposals, data.passages)
    if ("error" in t) {
      // a decision on a proposal the analysis no longer raises still stands (re-anchored by its context):
      // the editor may still take it back
      if (action === "undo") {
        const state = replay((yield* ledger.read(f.edition)).events)
        const found = matching(id!, [...state.decisions.values()], (d) => d.target)
        if (found.length === 1) {
          const d = found[0]!
          const [e] = yield* ledger.append(f.edition, [{ action: "undo", targetKind: d.targetKind, target: d.target, undoes: d.seq }])
          yield* Console.log(`undo ${d.target} (its ${d.action} of seq ${d.seq}; no longer raised by the analysis) · seq ${e!.seq} → ${oneLine(file)}`)
          return
        }
      }
      return yield* new UsageError({ reason: t.error })
    }
    const targetId = t.kind === "proposal" ? t.p.id : t.v.id
    let draft: DecisionDraft
    if (action === "undo") {
      const state = replay((yield* ledger.read(f.edition)).events)
      const d = state.decisions.get(targetId)
      if (d === undefined) return yield* new UsageError({ reason: `${targetId} has no decision to undo` })
      draft = { action: "undo", targetKind: d.targetKind, target: targetId, undoes: d.seq }
    } else if (t.kind === "proposal") {
      if (action !== "approve" && action !== "reject" && action !== "edit") {
        return yield* new UsageError({ reason: `a proposal takes approve, reject, edit --text T or undo, not ${action}` })
      }
      if (action === "edit" && text === undefined) return yield* new UsageError({ reason: "edit needs --text T (the replacement)" })
      draft = proposalDraft(t.p, action)
    } else {
      if (action !== "approve" && action !== "lemma") return yield* new UsageError({ reason: `a variant location takes approve, lemma --text READING or undo, not ${action}` })
      const chosen = action === "approve" ? t.v.lemma : text
      if (chosen === undefined) return yield* new UsageError({ reason: "lemma needs --text READING" })
      if (!t.v.readings.some((r) => r.text === chosen)) {
        return yield* new UsageError({ reason: `“${oneLine(chosen)}” is not a reading of ${t.v.id} (readings: ${t.v.readings.map((r) => `“${oneLine(r.text)}”`).join(", ")})` })
      }
      draft = { action: "lemma", targetKind: "variant", target: t.v.id, passage: t.passage.id, text: chosen, ...(resp !== undefined ? { resp } : {}) }
    }
    const [e] = yield* ledger.append(f.edition, [draft])
    const what =
      t.kind === "proposal"
        ? `${oneLine(t.p.original)} → ${oneLine(action === "edit" ? text! : t.p.replacement)} in ${t.p.witness}`
        : `lemma “${oneLine(draft.text ?? "")}” at ${oneLine(t.v.lemma)}] in passage ${t.passage.id}`
    yield* Console.log(`${e!.action} ${targetId} (${what}) · seq ${e!.seq} → ${oneLine(file)}`)
  })
).pipe(Command.withDescription("Record one decision without the UI: lectio decide ID approve|reject|edit --text T, or --rule R approve|reject."))
