/**
 * The critical apparatus of an alignment: variant locations, readings grouped by agreeing witnesses,
 * a classification of each location, a default lemma, transpositions, and the `lemma] reading SIGLA`
 * rendering. Pure.
 *
 * A variant location is a maximal run of adjacent columns where the witnesses do not all read the same
 * text and the witnesses fall into the same groups (so "is little" / "are a few" is one location, but a
 * case difference in one witness next to a substantive change in another are two).
 *
 * Default lemma: the reading of the most witnesses; a tie goes to the reading whose alphabetically first
 * witness id comes first (deterministic and independent of the order witnesses were given in).
 *
 * Ids are stable: a hash of the scope (passage id, or the collated witness ids), the lemma's normalised
 * words and three normalised words of context on each side, plus a counter only when that key repeats.
 *
 * Every entry carries `locations`: for each witness (row), the span of its reading in its own text, from the
 * tokens' offsets (see `VariantLocation`), so consumers never have to search for a reading such as "is" that
 * may occur more than once. The offsets are those of the tokens given: into the witness text for tokenised
 * witnesses, into the concatenation of the `t`s for CollateX token input.
 */
import type { ApparatusEntry, Occurrence, Reading, Token, VariantKind, VariantLocation } from "../domain/model.ts"
import { stableId } from "../align/hash.ts"
import { distance } from "fastest-levenshtein"
import { nearMatch } from "../align/pairwise.ts"
import { withoutEditorsBrackets } from "../corpus/tokenise.ts"

export interface ApparatusRows {
  /** Passage id, or a name for a whole-witness collation: part of every variant-location id. */
  readonly scope: string
  readonly ids: ReadonlyArray<string>
  /** rows[w][c]: the token of witness w in column c, or null for a gap. Same length for every row. */
  readonly rows: ReadonlyArray<ReadonlyArray<Token | null>>
}

/** An apparatus entry with the columns it covers (lectio's own field, beside the contract's). */
export interface LocatedEntry extends ApparatusEntry {
  /** Column span [start, end) in the alignment table. */
  readonly columns: readonly [number, number]
}

/** A block of words that two witnesses have in a different order. */
export interface Transposition {
  readonly witnesses: readonly [string, string]
  /** The moved words as the first witness has them. */
  readonly text: string
  /** Where the moved words stand in each witness: column spans. */
  readonly columns: readonly [readonly [number, number], readonly [number, number]]
  /** Id of the apparatus entry that shows it. */
  readonly entry: string
  /** The moved words' character spans: in the first witness at the first column span, in the second at the second. */
  readonly locations: readonly [VariantLocation, VariantLocation]
}

const cellText = (tok: Token | null): string => (tok === null ? "" : tok.t)

/** The text a witness reads over a column range, whitespace collapsed. */
function textOf(row: ReadonlyArray<Token | null>, s: number, e: number): string {
  let out = ""
  for (let c = s; c < e; c++) out += cellText(row[c]!)
  return out.replace(/\s+/g, " ").trim()
}

/**
 * Where a witness reads columns [s, e): from its first token's start to its last token's end; for a gap, the
 * zero-width point after its token before the gap (or before its token after the gap at the very start).
 */
export function spanOf(row: ReadonlyArray<Token | null>, s: number, e: number): { start: number; end: number } {
  return rowSpans(row)(s, e)
}

/**
 * `spanOf` for many column ranges of one row: the offsets around every column are computed once (a long
 * gap split into many locations is not scanned again for each).
 */
function rowSpans(row: ReadonlyArray<Token | null>): (s: number, e: number) => { start: number; end: number } {
  const n = row.length
  // endBefore[c]: end of the row's last token in a column < c, or -1; startFrom[c]: start of its first token
  // in a column >= c, or -1
  const endBefore = new Int32Array(n + 1).fill(-1)
  const startFrom = new Int32Array(n + 1).fill(-1)
  for (let c = 0; c < n; c++) endBefore[c + 1] = row[c]?.end ?? endBefore[c]!
  for (let c = n - 1; c >= 0; c--) startFrom[c] = row[c]?.start ?? startFrom[c + 1]!
  return (s, e) => {
    let first: Token | null = null
    let last: Token | null = null
    for (let c = s; c < e; c++) {
      const t = row[c]
      if (t === null || t === undefined) continue
      if (first === null) first = t
      last = t
    }
    if (first !== null && last !== null) return { start: first.start, end: last.end }
    const before = endBefore[Math.max(0, Math.min(n, s))]!
    if (before >= 0) return { start: before, end: before }
    const after = startFrom[Math.max(0, Math.min(n, e))]!
    return after >= 0 ? { start: after, end: after } : { start: 0, end: 0 }
  }
}

function wordsOf(row: ReadonlyArray<Token | null>, s: number, e: number): string[] {
  const out: string[] = []
  for (let c = s; c < e; c++) {
    const t = row[c]
    if (t !== null && t !== undefined && t.kind !== "punct") out.push(t.n)
  }
  return out
}

/** Partition signature of a column: for each witness, the index of the first witness reading the same. */
function signature(texts: ReadonlyArray<string>): string {
  return texts.map((t) => texts.indexOf(t)).join(",")
}

const SEVERITY: ReadonlyArray<VariantKind> = ["transposition", "substantive", "omission", "addition", "spelling", "punctuation", "case"]

/** Kind of difference between the lemma and one other reading. */
export function classify(printedLemma: string, printedReading: string): VariantKind {
  // (an editor's bracketed first letter is the word's: "The" against "[t]he" differs in case alone)
  const lemma = withoutEditorsBrackets(printedLemma)
  const reading = withoutEditorsBrackets(printedReading)
  const wl = wordList(lemma)
  const wr = wordList(reading)
  if (wl.length === 0 && wr.length === 0) return lemma.toLowerCase() === reading.toLowerCase() ? "case" : "punctuation"
  if (wr.length === 0) return "omission"
  if (wl.length === 0) return "addition"
  const ll = wl.map((w) => w.toLowerCase())
  const lr = wr.map((w) => w.toLowerCase())
  if (ll.join(" ") === lr.join(" ")) {
    return wl.join(" ") === wr.join(" ") || lemma.toLowerCase() !== reading.toLowerCase() ? "punctuation" : "case"
  }
  if (ll.length === lr.length && ll.every((w, k) => w === lr[k] || spellingVariant(w, lr[k]!))) return "spelling"
  return "substantive"
}

/**
 * Two spellings of one word (honour/honor, organise/organize, OCR damage such as qnietly/quietly): one
 * edit, or two in a long word — but not an ending added to the same stem (great/greater), which is a
 * different word form.
 */
function spellingVariant(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return false
  const max = Math.max(a.length, b.length)
  if (max < 3) return false
  const d = distance(a, b)
  return d <= 1 || (d <= 2 && max >= 8)
}

const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu
function wordList(s: string): string[] {
  return s.normalize("NFKC").replace(/’/g, "'").match(WORD_RE) ?? []
}

interface Loc {
  s: number
  e: number
  transposed: boolean
}

/** How many columns may lie between the two halves of a transposition. */
const TRANSPOSITION_WINDOW = 12

/** Variant locations, classified, with stable ids; and the transpositions found among them. */
export function buildApparatus(input: ApparatusRows): { apparatus: LocatedEntry[]; transpositions: Transposition[] } {
  const { rows, ids } = input
  const k = rows.length
  const width = k === 0 ? 0 : rows[0]!.length
  // 1. variant columns grouped into locations
  const locs: Loc[] = []
  let prevSig: string | null = null
  for (let c = 0; c < width; c++) {
    const texts = rows.map((r) => cellText(r[c]!).trimEnd())
    const variant = texts.some((t) => t !== texts[0])
    if (!variant) {
      prevSig = null
      continue
    }
    // a column where the witnesses differ only in case (same normalised form) is kept apart from others
    const forms = rows.map((r) => r[c]?.n ?? null)
    const minor = forms.every((f) => f !== null && f === forms[0])
    const sig = signature(texts) + (minor ? "~" : "")
    const last = locs[locs.length - 1]
    if (last !== undefined && last.e === c && sig === prevSig) last.e = c + 1
    else locs.push({ s: c, e: c + 1, transposed: false })
    prevSig = sig
  }
  // 2. transpositions: words one witness has here and another has a little further on, and not vice versa
  const found: Array<{ a: number; b: number; l1: number; l2: number; text: string }> = []
  for (let x = 0; x < locs.length; x++) {
    for (let y = x + 1; y < locs.length && locs[y]!.s - locs[x]!.e <= TRANSPOSITION_WINDOW; y++) {
      for (let a = 0; a < k; a++) {
        for (let b = 0; b < k; b++) {
          if (a === b) continue
          const extraA1 = minus(wordsOf(rows[a]!, locs[x]!.s, locs[x]!.e), wordsOf(rows[b]!, locs[x]!.s, locs[x]!.e))
          if (extraA1.length === 0 || extraA1.join("").length < 4) continue
          const extraB2 = minus(wordsOf(rows[b]!, locs[y]!.s, locs[y]!.e), wordsOf(rows[a]!, locs[y]!.s, locs[y]!.e))
          if (extraA1.length === extraB2.length && extraA1.every((w, i) => nearMatch(w, extraB2[i]!))) {
            found.push({ a, b, l1: x, l2: y, text: textOf(rows[a]!, locs[x]!.s, locs[x]!.e) })
          }
        }
      }
    }
  }
  // merge the locations spanned by each transposition
  const mergedInto = locs.map((_, i) => i)
  const root = (i: number): number => (mergedInto[i] === i ? i : (mergedInto[i] = root(mergedInto[i]!)))
  for (const f of found) {
    for (let i = f.l1 + 1; i <= f.l2; i++) mergedInto[root(i)] = root(f.l1)
  }
  const merged: Loc[] = []
  for (let i = 0; i < locs.length; i++) {
    const r = root(i)
    if (r === i) merged.push({ ...locs[i]! })
    else {
      const target = merged.find((m) => m.s === locs[r]!.s)!
      target.e = Math.max(target.e, locs[i]!.e)
      target.transposed = true
    }
  }
  // 3. entries
  const seen = new Map<string, number>()
  const apparatus: LocatedEntry[] = []
  // rows in witness-id order, so context read from "any witness" does not depend on the input order
  const byId = ids.map((_, w) => w).sort((x, y) => (ids[x]! < ids[y]! ? -1 : ids[x]! > ids[y]! ? 1 : x - y)).map((w) => rows[w]!)
  const entryAt = new Map<number, string>()
  const spans = rows.map(rowSpans)
  for (const loc of merged) {
    const texts = rows.map((r) => textOf(r, loc.s, loc.e))
    const groups = new Map<string, string[]>()
    texts.forEach((t, w) => {
      const g = groups.get(t)
      if (g === undefined) groups.set(t, [ids[w]!])
      else g.push(ids[w]!)
    })
    const readings = [...groups].map(([text, ws]) => ({ text, witnesses: [...ws].sort() }))
    readings.sort((p, q) => q.witnesses.length - p.witnesses.length || (p.witnesses[0]! < q.witnesses[0]! ? -1 : 1))
    const lemma = readings[0]!.text
    let kind: VariantKind = "case"
    if (loc.transposed) kind = "transposition"
    else {
      for (const r of readings.slice(1)) {
        const kr = classify(lemma, r.text)
        if (SEVERITY.indexOf(kr) < SEVERITY.indexOf(kind)) kind = kr
      }
    }
    const lw = rows[ids.indexOf(readings[0]!.witnesses[0]!)]!
    const before = contextWords(byId, lw, loc.s, -1)
    const after = contextWords(byId, lw, loc.e, +1)
    const key = `${input.scope}|${wordsOf(lw, loc.s, loc.e).join(" ")}|${before}|${after}`
    const dup = seen.get(key) ?? 0
    seen.set(key, dup + 1)
    const id = stableId("v", dup === 0 ? key : `${key}#${dup}`)
    entryAt.set(loc.s, id)
    const locations = rows.map((_, w): VariantLocation => ({ witness: ids[w]!, ...spans[w]!(loc.s, loc.e) }))
    apparatus.push({ id, lemma, readings, kind, locations, columns: [loc.s, loc.e] })
  }
  const transpositions: Transposition[] = found.map((f) => {
    const l1 = locs[f.l1]!
    const l2 = locs[f.l2]!
    const top = merged.find((m) => m.s <= l1.s && m.e >= l2.e)
    return {
      witnesses: [ids[f.a]!, ids[f.b]!],
      text: f.text,
      columns: [
        [l1.s, l1.e],
        [l2.s, l2.e]
      ],
      entry: top === undefined ? "" : (entryAt.get(top.s) ?? ""),
      locations: [
        { witness: ids[f.a]!, ...spans[f.a]!(l1.s, l1.e) },
        { witness: ids[f.b]!, ...spans[f.b]!(l2.s, l2.e) }
      ]
    }
  })
  return { apparatus, transpositions }
}

/** Up to three normalised words next to a column, read from the lemma witness (falling back to any witness). */
function contextWords(rows: ReadonlyArray<ReadonlyArray<Token | null>>, lemmaRow: ReadonlyArray<Token | null>, from: number, dir: 1 | -1): string {
  const out: string[] = []
  let c = dir < 0 ? from - 1 : from
  while (out.length < 3 && c >= 0 && c < lemmaRow.length) {
    const t = lemmaRow[c] ?? rows.map((r) => r[c]).find((x) => x !== null && x !== undefined) ?? null
    if (t !== null && t.kind !== "punct") out.push(t.n)
    c += dir
  }
  return (dir < 0 ? out.reverse() : out).join(" ")
}

/** Elements of `a` not matched in `b` (multiset difference, order of `a` kept). */
function minus(a: ReadonlyArray<string>, b: ReadonlyArray<string>): string[] {
  const left = new Map<string, number>()
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1)
  const out: string[] = []
  for (const x of a) {
    const n = left.get(x) ?? 0
    if (n > 0) left.set(x, n - 1)
    else out.push(x)
  }
  return out
}

/**
 * How a reading's text relates to the slice of witness text its location covers: whitespace runs (and
 * zero-width spaces, which the tokeniser treats as whitespace) collapsed to one space, ends trimmed.
 */
export function collapseSpace(s: string): string {
  return s.replace(/[\s\u200b]+/g, " ").trim()
}

/**
 * Where an entry's reading stands inside one occurrence of its passage, from the entry's `locations`: the
 * location of the occurrence's witness (or of its `id@start` row when the witness quotes the passage twice)
 * that lies within the occurrence, with the reading of that row. Offsets stay witness-text offsets.
 * Undefined when the entry has no locations (made before they existed), none falls in this occurrence, or
 * the occurrence's text there is not the reading (stale offsets): callers then fall back to searching.
 */
export function locationIn(
  entry: ApparatusEntry,
  occ: Occurrence
): { readonly witness: string; readonly start: number; readonly end: number; readonly reading: Reading } | undefined {
  for (const l of entry.locations ?? []) {
    if (l.witness !== occ.witness && !l.witness.startsWith(`${occ.witness}@`)) continue
    if (l.start < occ.start || l.end > occ.end || l.end < l.start) continue
    const reading = entry.readings.find((r) => r.witnesses.includes(l.witness))
    if (reading === undefined) continue
    if (collapseSpace(occ.text.slice(l.start - occ.start, l.end - occ.start)) !== collapseSpace(reading.text)) continue
    return { witness: l.witness, start: l.start, end: l.end, reading }
  }
  return undefined
}

/** Sigla of a reading: run together when all are one character ("BE"), else separated by spaces. */
function siglaOf(witnesses: ReadonlyArray<string>, siglumOf: (witnessId: string) => string): string {
  const s = witnesses.map(siglumOf)
  return s.every((x) => [...x].length === 1) ? s.join("") : s.join(" ")
}

/**
 * `lemma SIGLA] reading SIGLA; reading SIGLA` — e.g. `whenever B] when E`, `the power of B] om. E`,
 * `om. B] It ‘knows’ … E` (an addition), with `(transp.)` after a transposition.
 */
export function renderEntry(entry: ApparatusEntry, siglumOf: (witnessId: string) => string): string {
  const [lemma, ...others] = entry.readings.length > 0 && entry.readings.some((r) => r.text === entry.lemma)
    ? [entry.readings.find((r) => r.text === entry.lemma)!, ...entry.readings.filter((r) => r.text !== entry.lemma)]
    : [{ text: entry.lemma, witnesses: [] as string[] }, ...entry.readings]
  const show = (t: string) => (t === "" ? "om." : t)
  const head = `${show(lemma!.text)}${lemma!.witnesses.length > 0 ? " " + siglaOf(lemma!.witnesses, siglumOf) : ""}]`
  const rest = others.map((r) => `${show(r.text)} ${siglaOf(r.witnesses, siglumOf)}`).join("; ")
  return `${head} ${rest}${entry.kind === "transposition" ? " (transp.)" : ""}`.trimEnd()
}

/** A reading shortened for a terminal: "first words … last words (N words)" beyond `maxWords` words. */
export function shortenReading(text: string, maxWords = 14): string {
  const words = text.split(/\s+/).filter((w) => w !== "")
  if (words.length <= maxWords) return text
  return `${words.slice(0, 6).join(" ")} … ${words.slice(-4).join(" ")} (${words.length} words)`
}

/** The same entry with every reading shortened (for display only; ids and lemma choice unchanged). */
export function shortenEntry(entry: ApparatusEntry, maxWords = 14): ApparatusEntry {
  return {
    ...entry,
    lemma: shortenReading(entry.lemma, maxWords),
    readings: entry.readings.map((r) => ({ ...r, text: shortenReading(r.text, maxWords) }))
  }
}
