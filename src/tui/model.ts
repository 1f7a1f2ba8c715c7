/**
 * The review UI's data, prepared once from the analysis: proposals in review order, the variant locations
 * of every passage (flattened, located in each occurrence), lower-cased search haystacks, and small pure
 * helpers the views share (context snippets, the apparatus line, density histograms). No I/O.
 */
import { locationIn, renderEntry, shortenEntry } from "../apparatus/index.ts"
import type { ApparatusEntry, Passage, Proposal, Witness } from "../domain/model.ts"
import type { ReviewState, TargetDecision } from "../review/replay.ts"
import { oneLine } from "../text/display.ts"

export interface VariantItem {
  readonly entry: ApparatusEntry
  readonly passage: Passage
  readonly passageIndex: number
  /** 1-based number of the entry within its passage. */
  readonly number: number
  /**
   * Where each occurrence's witness reads this location, as offsets into the witness text: from the entry's
   * `locations` (zero-width for an omission); for an entry without them, found by search in order inside
   * the occurrence. Absent for a witness whose reading could not be found.
   */
  readonly located: ReadonlyMap<string, { readonly start: number; readonly end: number }>
}

export interface ReviewModel {
  readonly edition: string
  readonly title: string
  readonly witnesses: ReadonlyArray<Witness>
  readonly siglum: ReadonlyMap<string, string>
  readonly text: ReadonlyMap<string, string>
  /** Grouped for review: witness order, then rule, then offset. */
  readonly proposals: ReadonlyArray<Proposal>
  readonly proposalHay: ReadonlyArray<string>
  readonly passages: ReadonlyArray<Passage>
  readonly variants: ReadonlyArray<VariantItem>
  readonly variantHay: ReadonlyArray<string>
  /** Per witness: proposal offsets and variant offsets (for the density view). */
  readonly density: ReadonlyMap<string, { readonly proposals: ReadonlyArray<number>; readonly variants: ReadonlyArray<number> }>
  readonly rules: ReadonlyArray<string>
  readonly kinds: ReadonlyArray<string>
  /** Decisions in the ledger that no longer fit the current text (not applied; `lectio decisions` lists them). */
  readonly orphaned: number
  /**
   * Corrections the ledger applies to proposals the analysis no longer raises (re-anchored by their context:
   * applied, but not among the proposals listed; `lectio decisions` lists them, `lectio decide ID undo`
   * takes one back).
   */
  readonly unraised: number
}

export const CONTEXT = 60

export function buildModel(input: {
  edition: string
  title: string
  witnesses: ReadonlyArray<Witness>
  proposals: ReadonlyArray<Proposal>
  passages: ReadonlyArray<Passage>
  orphaned?: number
  unraised?: number
}): ReviewModel {
  const order = new Map(input.witnesses.map((w, k) => [w.id, k]))
  const text = new Map(input.witnesses.map((w) => [w.id, w.text]))
  const siglum = new Map(input.witnesses.map((w) => [w.id, w.siglum]))
  const proposals = [...input.proposals].sort(
    (a, b) =>
      (order.get(a.witness) ?? 1e9) - (order.get(b.witness) ?? 1e9) ||
      (a.group ?? a.rule).localeCompare(b.group ?? b.rule) ||
      a.start - b.start
  )
  const proposalHay = proposals.map((p) => {
    const t = text.get(p.witness) ?? ""
    return `${p.original}\u0000${p.replacement}\u0000${t.slice(Math.max(0, p.start - CONTEXT), p.end + CONTEXT)}`.toLowerCase()
  })
  const variants: VariantItem[] = []
  input.passages.forEach((passage, passageIndex) => {
    const cursor = new Map(passage.occurrences.map((o) => [o.witness, 0]))
    passage.apparatus.forEach((entry, k) => {
      const located = new Map<string, { start: number; end: number }>()
      for (const o of passage.occurrences) {
        if (located.has(o.witness)) continue
        const own = locationIn(entry, o)
        if (own !== undefined) {
          located.set(o.witness, { start: own.start, end: own.end })
          cursor.set(o.witness, own.end - o.start)
          continue
        }
        const reading = entry.readings.find((r) => r.witnesses.includes(o.witness))
        if (reading === undefined) continue
        const from = cursor.get(o.witness) ?? 0
        if (reading.text === "") {
          located.set(o.witness, { start: o.start + from, end: o.start + from })
          continue
        }
        const at = findWord(o.text, reading.text, from)
        if (at >= 0) {
          located.set(o.witness, { start: o.start + at, end: o.start + at + reading.text.length })
          cursor.set(o.witness, at + reading.text.length)
        }
      }
      variants.push({ entry, passage, passageIndex, number: k + 1, located })
    })
  })
  const variantHay = variants.map((v) =>
    [v.entry.lemma, ...v.entry.readings.map((r) => r.text), ...[...v.located].map(([w, l]) => (text.get(w) ?? "").slice(Math.max(0, l.start - CONTEXT), l.end + CONTEXT))]
      .join("\u0000")
      .toLowerCase()
  )
  const density = new Map<string, { proposals: number[]; variants: number[] }>()
  for (const w of input.witnesses) density.set(w.id, { proposals: [], variants: [] })
  for (const p of proposals) density.get(p.witness)?.proposals.push(p.start)
  for (const v of variants) for (const [w, l] of v.located) density.get(w)?.variants.push(l.start)
  return {
    edition: input.edition,
    title: input.title,
    witnesses: input.witnesses,
    siglum,
    text,
    proposals,
    proposalHay,
    passages: input.passages,
    variants,
    variantHay,
    density,
    rules: [...new Set(proposals.map((p) => p.rule))].sort(),
    kinds: [...new Set(variants.map((v) => v.entry.kind))].sort(),
    orphaned: input.orphaned ?? 0,
    unraised: input.unraised ?? 0
  }
}

/** indexOf at word boundaries (so "is" does not match inside "this"); falls back to a plain indexOf. */
function findWord(hay: string, needle: string, from: number): number {
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c)
  for (let at = hay.indexOf(needle, from); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (!isWord(hay[at - 1]) && !isWord(hay[at + needle.length])) return at
  }
  return hay.indexOf(needle, from)
}

export type ProposalStatus = "undecided" | "approved" | "rejected" | "edited"

export function proposalStatus(d: TargetDecision | undefined): ProposalStatus {
  if (d === undefined) return "undecided"
  return d.action === "approve" ? "approved" : d.action === "reject" ? "rejected" : d.action === "edit" ? "edited" : "undecided"
}

/** The replacement in force: the editor's text for an edit, else the proposal's. */
export function currentReplacement(p: Proposal, d: TargetDecision | undefined): string {
  return d?.action === "edit" && d.text !== undefined ? d.text : p.replacement
}

/** Context of a span on one line, escaped: [before, original, after], trimmed to about `width` columns. */
export function snippet(text: string, start: number, end: number, width: number): [string, string, string] {
  const side = Math.max(10, Math.floor((width - (end - start)) / 2))
  const before = oneLine(text.slice(Math.max(0, start - side), start))
  const after = oneLine(text.slice(end, end + side))
  return [(start - side > 0 ? "…" : "") + before.slice(-side), oneLine(text.slice(start, end)), after.slice(0, side) + (end + side < text.length ? "…" : "")]
}

/**
 * `lemma] reading SIGLA` (`om.` for an omission) with the editor's chosen lemma, escaped for the terminal and
 * long readings shortened; the rendering itself is the apparatus module's.
 */
export function formatEntry(entry: ApparatusEntry, siglum: ReadonlyMap<string, string>, lemma: string = entry.lemma): string {
  const safe: ApparatusEntry = {
    ...entry,
    lemma: oneLine(lemma),
    readings: entry.readings.map((r) => ({ ...r, text: oneLine(r.text) }))
  }
  return renderEntry(shortenEntry(safe), (w) => siglum.get(w) ?? w)
}

const BARS = " ▁▂▃▄▅▆▇█"

/** A one-line histogram of `offsets` over a text of `length` characters in `bins` columns. */
export function histogram(offsets: ReadonlyArray<number>, length: number, bins: number): string {
  if (bins <= 0) return ""
  const counts = new Array<number>(bins).fill(0)
  for (const o of offsets) counts[Math.min(bins - 1, Math.floor((o / Math.max(1, length)) * bins))]!++
  const max = Math.max(1, ...counts)
  return counts.map((c) => (c === 0 ? "·" : BARS[Math.max(1, Math.round((c / max) * 8))]!)).join("")
}

export function decidedCounts(model: ReviewModel, state: ReviewState): { decided: number; total: number } {
  let decided = 0
  for (const p of model.proposals) if (state.decisions.has(p.id)) decided++
  for (const v of model.variants) if (state.decisions.get(v.entry.id)?.action === "lemma") decided++
  return { decided, total: model.proposals.length + model.variants.length }
}
