/** `lectio collate FILE…` / `--collatex FILE`: align whole witnesses into a CollateX alignment table. */
import { Console, Effect, FileSystem } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import type { AlignmentTable, Token, TokenKind } from "../domain/model.ts"
import { collate } from "../align/index.ts"
import { renderEntry, shortenEntry } from "../apparatus/index.ts"
import { decode } from "../corpus/decode.ts"
import { slugify, uniqueIds } from "../corpus/manifest.ts"
import { normaliseWord, tokenise } from "../corpus/tokenise.ts"
import { UsageError } from "../domain/errors.ts"
import { oneLine } from "../text/display.ts"
import { jsonFlag } from "./corpus.ts"
import { style } from "./format.ts"

export interface CollateWitness {
  readonly id: string
  readonly tokens: ReadonlyArray<Token>
}

/** Tokens given as CollateX `{t, n}` objects get offsets as if the `t`s were written one after another. */
function tokensFromCollateX(list: ReadonlyArray<{ t?: unknown; n?: unknown }>): Token[] {
  let at = 0
  return list.map((x) => {
    const t = typeof x.t === "string" ? x.t : String(x.t ?? "")
    const bare = t.trimEnd()
    const kind: TokenKind = /[\p{L}]/u.test(bare) ? "word" : /\p{N}/u.test(bare) ? "number" : "punct"
    const n = typeof x.n === "string" ? x.n : kind === "punct" ? bare : normaliseWord(bare)
    const tok = { t, n, start: at, end: at + bare.length, kind }
    at += t.length
    return tok
  })
}

/** Parse CollateX JSON input: `{"witnesses":[{"id","content"} | {"id","tokens":[{"t","n"}]}]}`. */
export function parseCollateX(json: string): { ok: true; witnesses: CollateWitness[] } | { ok: false; reason: string } {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch (e) {
    return { ok: false, reason: `not JSON (${(e as Error).message})` }
  }
  const ws = (data as { witnesses?: unknown })?.witnesses
  if (!Array.isArray(ws) || ws.length === 0) return { ok: false, reason: 'expected {"witnesses": [ … ]} with at least one witness' }
  const out: CollateWitness[] = []
  for (const [i, w] of ws.entries()) {
    const rec = w as { id?: unknown; content?: unknown; tokens?: unknown }
    const id = typeof rec.id === "string" && rec.id !== "" ? rec.id : String.fromCharCode(65 + (i % 26))
    if (typeof rec.content === "string") out.push({ id, tokens: tokenise(rec.content) })
    else if (Array.isArray(rec.tokens)) out.push({ id, tokens: tokensFromCollateX(rec.tokens as Array<{ t?: unknown; n?: unknown }>) })
    else return { ok: false, reason: `witness ${i + 1} (${id}) has neither "content" nor "tokens"` }
  }
  return { ok: true, witnesses: out }
}

/** Readable apparatus of a collation, in the order of the table. */
export function collateText(result: AlignmentTable): string {
  const short = result.witnesses.every((id) => id.length <= 8)
  const sorted = [...result.witnesses].sort()
  const siglumOf = (id: string) => (short ? id : String.fromCharCode(65 + (sorted.indexOf(id) % 26)))
  const out = [
    `${result.witnesses.length} witnesses · ${result.table[0]?.length ?? 0} columns · ${result.apparatus.length} variant locations · ${result.transpositions.length} transpositions`
  ]
  if (!short) out.push(...sorted.map((id) => `  ${siglumOf(id)} = ${oneLine(id)}`))
  out.push("")
  result.apparatus.forEach((e, k) => out.push(`${String(k + 1).padStart(4)} ${oneLine(renderEntry(shortenEntry(e), siglumOf))}  ${style.dim(e.kind)}`))
  return out.join("\n")
}

export const collateCommand = Command.make(
  "collate",
  {
    files: Argument.String("FILE").pipe(Argument.withDescription("witness files to collate"), Argument.variadic()),
    collatex: Flag.String("collatex").pipe(
      Flag.withDescription("read CollateX JSON witnesses from this file instead"),
      Flag.withMetavar("FILE"),
      Flag.optional
    ),
    json: jsonFlag
  },
  (flags) =>
    Effect.gen(function* () {
      const fs = yield* FileSystem.FileSystem
      const read = (path: string) =>
        fs.readFile(path).pipe(Effect.mapError(() => new UsageError({ reason: `cannot read ${path}` })))
      let witnesses: CollateWitness[] = []
      if (flags.collatex._tag === "Some") {
        if (flags.files.length > 0) return yield* new UsageError({ reason: "give either FILE… or --collatex FILE, not both" })
        const bytes = yield* read(flags.collatex.value)
        const text = decode(bytes)
        if (!text.ok) return yield* new UsageError({ reason: `${flags.collatex.value}: ${text.detail}` })
        const parsed = parseCollateX(text.text)
        if (!parsed.ok) return yield* new UsageError({ reason: `${flags.collatex.value}: ${parsed.reason}` })
        witnesses = parsed.witnesses
      } else {
        if (flags.files.length < 2) return yield* new UsageError({ reason: "collate needs at least two files (or --collatex FILE)" })
        const ids = uniqueIds(flags.files.map(slugify))
        for (const [i, path] of flags.files.entries()) {
          const text = decode(yield* read(path))
          if (!text.ok) return yield* new UsageError({ reason: `${path}: ${text.detail}` })
          witnesses.push({ id: ids[i]!, tokens: tokenise(text.text) })
        }
      }
      const result = collate(witnesses)
      yield* Console.log(flags.json ? JSON.stringify(result) : collateText(result))
    })
).pipe(Command.withDescription("Collate whole witnesses (files, or CollateX JSON) into an alignment table and apparatus."))
