/** `lectio corpus`: list the witnesses of a corpus (table, or the JSON contract of DESIGN.md). */
import { Console, Effect } from "effect"
import { Command, Flag } from "effect/cli"
import type { LoadedCorpus } from "../corpus/Corpus.ts"
import type { WitnessInfo } from "../domain/model.ts"
import { table } from "./format.ts"
import { corpusFlags, loadCorpus } from "./shared.ts"

export const jsonFlag = Flag.Boolean("json").pipe(Flag.withDescription("print JSON (the contract in DESIGN.md)"), Flag.withDefault(false))

/** The witness metadata without its text, in the field order of the contract. */
export function witnessInfo(w: WitnessInfo): WitnessInfo {
  return {
    id: w.id,
    siglum: w.siglum,
    path: w.path,
    author: w.author,
    title: w.title,
    date: w.date,
    source: w.source,
    encoding: w.encoding,
    chars: w.chars,
    words: w.words
  }
}

export function corpusJson(loaded: LoadedCorpus) {
  return {
    witnesses: loaded.witnesses.map((w) => witnessInfo(w.witness)),
    problems: loaded.problems.map((p) => ({ path: p.path, problem: p.problem, detail: p.detail }))
  }
}

export function corpusTable(loaded: LoadedCorpus): string {
  const rows = loaded.witnesses.map(({ witness: w }) => [
    w.siglum,
    w.id,
    w.author ?? "—",
    w.date ?? "—",
    w.words.toLocaleString("en-GB"),
    w.encoding
  ])
  const total = loaded.witnesses.reduce((s, w) => s + w.witness.words, 0)
  const head = `${loaded.title ?? loaded.dir} · ${loaded.witnesses.length} witnesses · ${total.toLocaleString("en-GB")} words`
  return `${head}\n\n${table(["siglum", "id", "author", "date", "words", "encoding"], rows, [4])}`
}

export const corpusCommand = Command.make("corpus", { ...corpusFlags, json: jsonFlag }, (flags) =>
  Effect.gen(function* () {
    const loaded = yield* loadCorpus(flags)
    yield* Console.log(flags.json ? JSON.stringify(corpusJson(loaded), null, 2) : corpusTable(loaded))
  })
).pipe(Command.withDescription("List the witnesses of a corpus: siglum, id, author, date, words, encoding."))
