/** `lectio export`: write editions/NAME/ (clean texts, TEI, HTML, LaTeX, CollateX JSON, corrections CSV). */
import { Console, Effect } from "effect"
import { Command, Flag } from "effect/cli"
import { FORMATS } from "../export/edition.ts"
import { exportEdition, type ExportReport } from "../export/index.ts"
import { Ledger } from "../review/Ledger.ts"
import { AnalysisCache } from "../services/AnalysisCache.ts"
import { escapeControls } from "../text/display.ts"
import { jsonFlag } from "./corpus.ts"
import { corpusFlags, loadCorpus } from "./shared.ts"

export const DEFAULT_EDITION = "seeds"
export const DEFAULT_EDITIONS_ROOT = "editions"

export const exportFlags = {
  ...corpusFlags,
  edition: Flag.String("edition").pipe(
    Flag.withDescription("edition name: the folder editions/NAME/ (holds the ledger decisions.jsonl)"),
    Flag.withMetavar("NAME"),
    Flag.withDefault(DEFAULT_EDITION)
  ),
  format: Flag.Literals("format", FORMATS).pipe(Flag.withDescription("what to write (default all)"), Flag.withDefault("all" as const)),
  out: Flag.String("out").pipe(
    Flag.withDescription("folder that holds the editions (default ./editions)"),
    Flag.withMetavar("DIR"),
    Flag.withDefault(DEFAULT_EDITIONS_ROOT)
  ),
  json: jsonFlag
}

export function exportSummary(r: ExportReport): string {
  const texts = r.written.filter((p) => p.startsWith("text/")).length
  const others = r.written.filter((p) => !p.startsWith("text/"))
  const lines = [
    `${r.dir}: ${r.witnesses} witnesses · ${r.corrections} correction${r.corrections === 1 ? "" : "s"} applied · ` +
      `${r.lemmas} lemma${r.lemmas === 1 ? "" : "ta"} chosen · ${r.passages} passage${r.passages === 1 ? "" : "s"} · ${r.events} decision${r.events === 1 ? "" : "s"} in the ledger`,
    `wrote ${[...(texts > 0 ? [`text/ (${texts} files)`] : []), ...others].join(", ")}`
  ]
  if (r.removed.length > 0) lines.push(`removed stale ${r.removed.join(", ")}`)
  return lines.map((l) => escapeControls(l)).join("\n")
}

/** One stderr line per decision or correction that could not be applied. */
export function notAppliedLines(r: ExportReport): string[] {
  return r.notApplied.map((n) => `lectio: not applied: ${escapeControls(n.target)}: ${escapeControls(n.reason)}`)
}

export const exportCommand = Command.make("export", exportFlags, (flags) =>
  Effect.gen(function* () {
    const loaded = yield* loadCorpus(flags)
    const analysis = yield* (yield* AnalysisCache).analyse(loaded)
    const report = yield* exportEdition(
      {
        title: loaded.title,
        witnesses: loaded.witnesses.map((w) => w.witness),
        proposals: analysis.proposals,
        passages: analysis.passages
      },
      { root: flags.out, name: flags.edition, format: flags.format }
    ).pipe(Effect.provide(Ledger.layerAt(flags.out)))
    yield* Console.log(flags.json ? JSON.stringify(report, null, 2) : exportSummary(report))
    if (!flags.json) for (const line of notAppliedLines(report)) yield* Console.error(line)
  })
).pipe(
  Command.withDescription(
    "Write the edition editions/NAME/: text/ID.txt (corrections applied), apparatus.xml (TEI), edition.html, edition.tex (reledmac), collation.json, corrections.csv."
  )
)
