/**
 * `lectio decisions`: what the ledger holds, resolved against the current text: decisions in force, the
 * corrections they make, and the orphans (decisions that no longer fit the changed text). `--repair` moves a
 * half-written last line (after a crash) to decisions.jsonl.corrupt.
 */
import { Console, Effect } from "effect"
import { Command, Flag } from "effect/cli"
import { Ledger } from "../review/Ledger.ts"
import { lemmaChoices, resolveCorrections } from "../review/index.ts"
import { replay } from "../review/replay.ts"
import { oneLine } from "../text/display.ts"
import { jsonFlag } from "./corpus.ts"
import { table } from "./format.ts"
import { loadReviewData, reviewFlags } from "./review.ts"

const repairFlag = Flag.Boolean("repair").pipe(
  Flag.withDescription("move a half-written last line (left by a crash) to decisions.jsonl.corrupt and keep the complete events"),
  Flag.withDefault(false)
)

export const decisionsCommand = Command.make("decisions", { ...reviewFlags, json: jsonFlag, repair: repairFlag }, (f) =>
  Effect.gen(function* () {
    const ledger = yield* Ledger
    if (f.repair) {
      const r = yield* ledger.repair(f.edition)
      yield* Console.log(
        r.moved === null
          ? `${oneLine(r.path)}: nothing to repair (every line is complete)`
          : `${oneLine(r.path)}: moved the half-written line ${r.moved.line} (${Buffer.byteLength(r.moved.fragment)} bytes) to ${oneLine(r.corruptFile ?? "")}`
      )
      return
    }
    const contents = yield* ledger.read(f.edition)
    if (contents.torn !== null) {
      yield* Console.error(
        `lectio: ${oneLine(contents.path)}:${contents.torn.line}: half-written last line (${Buffer.byteLength(contents.torn.fragment)} bytes) not applied; run \`lectio decisions --repair\``
      )
    }
    const data = yield* loadReviewData(f)
    const state = replay(contents.events)
    const { corrections, orphaned } = resolveCorrections(data.proposals, state, data.witnesses)
    const lemmas = lemmaChoices(state)
    const decisions = [...state.decisions.values()].sort((a, b) => a.seq - b.seq)
    if (f.json) {
      yield* Console.log(
        JSON.stringify(
          {
            edition: f.edition,
            path: contents.path,
            events: contents.events.length,
            torn: contents.torn,
            decisions: decisions.map((d) => ({
              target: d.target,
              targetKind: d.targetKind,
              action: d.action,
              text: d.text ?? null,
              replacement: d.targetKind === "proposal" ? (d.action === "edit" ? (d.text ?? null) : (d.replacement ?? null)) : null,
              witness: d.anchor?.witness ?? null,
              seq: d.seq,
              at: d.at,
              resp: d.resp ?? null
            })),
            corrections,
            lemmas: Object.fromEntries(lemmas),
            orphaned: orphaned.map((o) => ({ target: o.event.target, seq: o.event.seq, action: o.event.action, reason: o.reason }))
          },
          null,
          2
        )
      )
      return
    }
    const siglum = new Map(data.witnesses.map((w) => [w.id, w.siglum]))
    const byId = new Map(data.proposals.map((p) => [p.id, p]))
    const rows = decisions.map((d) => {
      const p = byId.get(d.target)
      const what =
        d.targetKind === "variant"
          ? `lemma “${d.text ?? ""}”`
          : `${p?.original ?? d.anchor?.original ?? "?"} → ${d.action === "edit" ? (d.text ?? "") : (p?.replacement ?? d.replacement ?? "?")}${p === undefined ? " (no longer raised)" : ""}`
      const w = p?.witness ?? d.anchor?.witness
      return [String(d.seq), d.action, w === undefined ? "—" : (siglum.get(w) ?? w), d.target, what, d.at.slice(0, 19).replace("T", " ")]
    })
    yield* Console.log(
      `${oneLine(contents.path)} · ${contents.events.length} events · ${decisions.length} decisions in force · ${corrections.length} corrections · ${lemmas.size} lemmas · ${orphaned.length} orphaned`
    )
    if (rows.length > 0) yield* Console.log("\n" + table(["seq", "action", "wit", "target", "change", "at"], rows, [0]))
    if (orphaned.length > 0) {
      yield* Console.log("\norphaned (not applied):")
      yield* Console.log(table(["seq", "target", "reason"], orphaned.map((o) => [String(o.event.seq), o.event.target, o.reason]), [0]))
    }
  })
).pipe(Command.withDescription("List the decisions of an edition, the corrections they make and any orphans; --repair after a crash."))
