/**
 * `lectio normalise`: the normaliser's proposals, as a readable listing grouped by witness and rule (with
 * context), or as the JSON contract of DESIGN.md (`--json`).
 */
import { Console, Effect, Option, Schema } from "effect"
import { Command, Flag } from "effect/cli"
import type { LoadedCorpus } from "../corpus/Corpus.ts"
import { UsageError } from "../domain/errors.ts"
import type { Proposal } from "../domain/model.ts"
import { normalise, RULES, type WithheldProposal } from "../normalise/index.ts"
import { CLASSES, RULE_CLASS } from "../normalise/detectors/index.ts"
import { clip, editText, oneLine } from "../text/display.ts"
import { jsonFlag, witnessInfo } from "./corpus.ts"
import { style } from "./format.ts"
import { corpusFlags, loadCorpus } from "./shared.ts"

/** --rule named no rule or class of the normaliser. */
export class UnknownRule extends Schema.TaggedError<UnknownRule>()("UnknownRule", { rule: Schema.String }) {
  override get message() {
    return `unknown rule ${this.rule}; rules: ${RULES.join(", ")}; classes: ${CLASSES.join(", ")}`
  }
}

/** Rules selected by a comma-separated list of rule or class names. */
export function selectRules(spec: string): Effect.Effect<ReadonlyArray<string>, UnknownRule> {
  return Effect.gen(function* () {
    const out = new Set<string>()
    for (const part of spec.split(",").map((s) => s.trim()).filter((s) => s !== "")) {
      if (RULES.includes(part)) out.add(part)
      else if ((CLASSES as ReadonlyArray<string>).includes(part)) {
        for (const r of RULES) if (RULE_CLASS[r] === part) out.add(r)
      } else return yield* new UnknownRule({ rule: part })
    }
    // (an empty list would ask for no rule and get every one)
    if (out.size === 0) return yield* new UnknownRule({ rule: JSON.stringify(spec) })
    return [...out]
  })
}

export function normaliseJson(loaded: LoadedCorpus, proposals: ReadonlyArray<Proposal>, withheld: ReadonlyArray<WithheldProposal> = []) {
  return { witnesses: loaded.witnesses.map((w) => witnessInfo(w.witness)), proposals, withheld }
}

/** A replacement or original as listed: "(delete)" for nothing (see `editText`), a long one cut (`clip`). */
const shown = (s: string) => (s === "" ? "(delete)" : clip(editText(s)))
/** An explanation as listed: on one line, cut when it quotes a long token. */
const explained = (s: string) => clip(oneLine(s), 600)

/** The listing: per witness, per rule, each proposal with a line of context; long rules are cut. */
export function normaliseListing(loaded: LoadedCorpus, proposals: ReadonlyArray<Proposal>, perRule: number, withheld: ReadonlyArray<WithheldProposal> = []): string {
  const lines: string[] = []
  const total = proposals.length
  lines.push(`${loaded.title ?? loaded.dir} · ${loaded.witnesses.length} witnesses · ${total} proposal${total === 1 ? "" : "s"}`)
  // (grouped in one pass, each list added to in place: filtering per witness and copying a rule's list at
  // every proposal would cost the product, or the square, of their numbers)
  const byWitness = new Map<string, Map<string, Proposal[]>>()
  for (const p of proposals) {
    let byRule = byWitness.get(p.witness)
    if (byRule === undefined) byWitness.set(p.witness, (byRule = new Map()))
    const list = byRule.get(p.rule)
    if (list === undefined) byRule.set(p.rule, [p])
    else list.push(p)
  }
  for (const { witness } of loaded.witnesses) {
    const byRule = byWitness.get(witness.id)
    if (byRule === undefined) continue
    let count = 0
    for (const ps of byRule.values()) count += ps.length
    lines.push("", style.bold(`${witness.siglum}  ${witness.id}  (${count})`))
    for (const [rule, ps] of byRule) {
      const group = ps[0]!.group
      lines.push(`  ${style.bold(rule)} · ${ps[0]!.class} · ${ps.length}${group !== null ? ` · group ${group}` : ""}`)
      for (const p of ps.slice(0, perRule)) {
        const before = oneLine(witness.text.slice(Math.max(0, p.start - 30), p.start))
        const after = oneLine(witness.text.slice(p.end, p.end + 30))
        lines.push(`    ${shown(p.original)} → ${shown(p.replacement)}  ${p.confidence.toFixed(2)}  ${style.dim(p.id)}`)
        lines.push(`      …${before}${style.mark(clip(oneLine(p.original)) + (p.replacement === "" ? "" : `→${clip(oneLine(p.replacement))}`))}${after}…`)
        lines.push(`      ${style.dim(explained(p.explanation))}`)
      }
      if (ps.length > perRule) lines.push(`    … ${ps.length - perRule} more (--rule ${rule} lists them all)`)
    }
  }
  // what was left alone, and why: a reading another witness prints as this one does, what the witness itself
  // says to leave (asPrinted.ts)
  if (withheld.length > 0) {
    lines.push("", style.bold(`withheld (${withheld.length}): left as printed, and why (another witness prints the same reading; a foreign phrase; a word marked [sic]; a paragraph in another English; an editor's bracketed letter)`))
    const byId = new Map(loaded.witnesses.map(({ witness }) => [witness.id, witness]))
    for (const p of withheld) {
      const witness = byId.get(p.witness)!
      const before = oneLine(witness.text.slice(Math.max(0, p.start - 30), p.start))
      const after = oneLine(witness.text.slice(p.end, p.end + 30))
      lines.push(`  ${witness.siglum}  ${shown(p.original)} → ${shown(p.replacement)}  ${p.rule}`)
      lines.push(`      …${before}${style.mark(clip(oneLine(p.original)))}${after}…`)
      lines.push(`      ${style.dim(explained(p.explanation))}`)
    }
  }
  return lines.join("\n")
}

export const normaliseCommand = Command.make(
  "normalise",
  {
    ...corpusFlags,
    json: jsonFlag,
    rule: Flag.String("rule").pipe(
      Flag.withDescription(`only these rules or classes, comma-separated (${RULES.join(", ")})`),
      Flag.withMetavar("R"),
      Flag.optional
    ),
    minConfidence: Flag.Finite("min-confidence").pipe(
      Flag.withDescription("drop proposals below this confidence (0..1)"),
      Flag.withMetavar("X"),
      Flag.withDefault(0)
    )
  },
  (flags) =>
    Effect.gen(function* () {
      if (!(flags.minConfidence >= 0 && flags.minConfidence <= 1)) return yield* new UsageError({ reason: `--min-confidence must be between 0 and 1 (got ${flags.minConfidence})` })
      const rules = Option.isSome(flags.rule) ? yield* selectRules(flags.rule.value) : undefined
      const loaded = yield* loadCorpus(flags)
      const withheld: WithheldProposal[] = []
      const proposals = normalise(loaded.witnesses, { ...(rules !== undefined ? { rules } : {}), minConfidence: flags.minConfidence, withheld })
      yield* Console.log(
        flags.json ? JSON.stringify(normaliseJson(loaded, proposals, withheld), null, 2) : normaliseListing(loaded, proposals, rules !== undefined ? Infinity : 8, withheld)
      )
    })
).pipe(Command.withDescription("Propose corrections of OCR and transcription artifacts, each explained, with its evidence."))
