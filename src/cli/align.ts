/** `lectio align`: passages shared by two or more witnesses, each with its apparatus. */
import { Console, Effect } from "effect"
import { Command, Flag } from "effect/cli"
import type { LoadedCorpus } from "../corpus/Corpus.ts"
import type { Passage } from "../domain/model.ts"
import { DEFAULT_MIN_WORDS, findPassages } from "../align/index.ts"
import { renderEntry, shortenEntry } from "../apparatus/index.ts"
import { UsageError } from "../domain/errors.ts"
import { oneLine } from "../text/display.ts"
import { jsonFlag, witnessInfo } from "./corpus.ts"
import { style } from "./format.ts"
import { corpusFlags, loadCorpus } from "./shared.ts"

export function alignJson(loaded: LoadedCorpus, passages: ReadonlyArray<Passage>) {
  return { witnesses: loaded.witnesses.map((w) => witnessInfo(w.witness)), passages }
}

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length

/** The readable form: per passage a heading, the lemma text (shortened), and the numbered apparatus. */
export function alignText(loaded: LoadedCorpus, passages: ReadonlyArray<Passage>): string {
  const info = new Map(loaded.witnesses.map((w) => [w.witness.id, w.witness]))
  const siglumOf = (id: string) => info.get(id.replace(/@\d+$/, ""))?.siglum ?? id
  const out: string[] = [`${loaded.title ?? loaded.dir} · ${passages.length} shared passage${passages.length === 1 ? "" : "s"}`]
  passages.forEach((p, i) => {
    const wits = p.occurrences.map((o) => `${siglumOf(o.witness)} ${shortName(o.witness)}`).join(", ")
    const first = p.occurrences[0]!
    out.push(
      "",
      style.bold(`Passage ${i + 1} · ${wits} · ${words(first.text)} words · ${p.apparatus.length} variant location${p.apparatus.length === 1 ? "" : "s"}`),
      ...p.occurrences.map((o) => `  ${siglumOf(o.witness)} ${o.start}–${o.end}  ${oneLine(excerpt(o.text))}`),
      ...p.apparatus.map((e, k) => `  ${String(k + 1).padStart(3)} ${oneLine(renderEntry(shortenEntry(e), siglumOf))}  ${style.dim(e.kind)}`)
    )
  })
  return out.join("\n")
}

/** "study-guide-isolation-…" → "study-guide", "callinicos-1990-…" → "callinicos". */
function shortName(id: string): string {
  const out: string[] = []
  for (const seg of id.split("-")) {
    if (/^\d/.test(seg) || out.length === 2) break
    out.push(seg)
  }
  return out.length > 0 ? out.join("-") : id
}

/** The opening and closing words of an occurrence, cut at word boundaries. */
function excerpt(s: string, head = 9, tail = 7): string {
  const words = s.split(/\s+/).filter((w) => w !== "")
  return words.length <= head + tail + 2 ? words.join(" ") : `${words.slice(0, head).join(" ")} … ${words.slice(-tail).join(" ")}`
}

export const alignCommand = Command.make(
  "align",
  {
    ...corpusFlags,
    minWords: Flag.Int("min-words").pipe(
      Flag.withDescription(`shortest shared stretch to report, in words (default ${DEFAULT_MIN_WORDS}: quotations, not stock phrases)`),
      Flag.withMetavar("N"),
      Flag.withDefault(DEFAULT_MIN_WORDS)
    ),
    json: jsonFlag
  },
  (flags) =>
    Effect.gen(function* () {
      if (flags.minWords < 2) return yield* new UsageError({ reason: `--min-words must be at least 2 (got ${flags.minWords})` })
      const loaded = yield* loadCorpus(flags)
      const passages = findPassages(loaded.witnesses, { minWords: flags.minWords })
      yield* Console.log(flags.json ? JSON.stringify(alignJson(loaded, passages), null, 2) : alignText(loaded, passages))
    })
).pipe(Command.withDescription("Find passages shared by two or more witnesses and show their variant readings (apparatus)."))
