/**
 * `collation.json`: for each passage, its occurrences collated with `collate()` (src/align) into a CollateX
 * alignment table (`witnesses`, one row per witness, a cell is a list of `{t, n}` tokens or null), plus the
 * passage's apparatus with the adopted lemma of each variant location. The collation input is each
 * occurrence's text tokenised like the corpus (src/corpus/tokenise.ts).
 *
 * Top level: `{ edition, title, witnesses: [{id, siglum}], passages: [{ id, number, witnesses, table,
 * transpositions, apparatus: [{ id, kind, lemma, chosen, defaultLemma, readings, locations? }] }] }`.
 *
 * Every offset in the file is an offset into the witness text: an entry's `locations` as the aligner gave
 * them (absent for entries without), and a transposition's `locations` (the moved words) shifted from the
 * occurrence text they were collated in to the witness text.
 */
import { collate } from "../align/index.ts"
import { tokenise } from "../corpus/tokenise.ts"
import type { AlignmentTable, Token } from "../domain/model.ts"
import { type EditionInput } from "./model.ts"
import { placePassages } from "./passages.ts"

export type Collate = (witnesses: ReadonlyArray<{ readonly id: string; readonly tokens: ReadonlyArray<Token> }>) => AlignmentTable

/** A transposition of an occurrence collation with its `locations` moved to witness-text offsets. */
function inWitness(t: unknown, occurrences: ReadonlyArray<{ readonly witness: string; readonly start: number }>): unknown {
  const locs = (t as { locations?: unknown } | null)?.locations
  if (!Array.isArray(locs)) return t
  return {
    ...(t as object),
    locations: locs.map((l: { witness: string; start: number; end: number }) => {
      const at = occurrences.find((o) => o.witness === l.witness)?.start ?? 0
      return { witness: l.witness, start: l.start + at, end: l.end + at }
    })
  }
}

export function renderCollation(input: EditionInput, collateFn: Collate = collate): string {
  const passages = placePassages(input).map((pp) => {
    const occurrences = pp.witnesses.map((id) => pp.passage.occurrences.find((o) => o.witness === id)!)
    const aligned = collateFn(occurrences.map((o) => ({ id: o.witness, tokens: tokenise(o.text) })))
    return {
      id: pp.passage.id,
      number: pp.number,
      witnesses: aligned.witnesses,
      table: aligned.table.map((row) => row.map((cell) => (cell === null ? null : cell.map((tok) => ({ t: tok.t, n: tok.n }))))),
      transpositions: aligned.transpositions.map((t) => inWitness(t, occurrences)),
      occurrences: occurrences.map((o) => ({ witness: o.witness, siglum: input.siglumOf(o.witness), start: o.start, end: o.end })),
      apparatus: pp.notes.map(({ resolved: r }) => ({
        id: r.entry.id,
        kind: r.entry.kind,
        lemma: r.lemma,
        chosen: r.chosen,
        defaultLemma: r.entry.lemma,
        readings: r.entry.readings.map((rd) => ({ text: rd.text, witnesses: [...rd.witnesses] })),
        ...(r.entry.locations === undefined ? {} : { locations: r.entry.locations.map((l) => ({ witness: l.witness, start: l.start, end: l.end })) })
      }))
    }
  })
  const doc = {
    edition: input.name,
    title: input.title,
    witnesses: input.witnesses.map((w) => ({ id: w.id, siglum: w.siglum })),
    passages
  }
  // JSON.stringify escapes C0 controls but not DEL, the C1 controls or bidi overrides: escape them too
  // (still valid JSON, and the tokens read back unchanged).
  return (
    JSON.stringify(doc, null, 2).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) + "\n"
  )
}
