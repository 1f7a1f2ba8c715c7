/**
 * What every export renderer takes, and the pure helpers they share: name validation (nothing may write
 * outside editions/), applying corrections as segments, paragraphs, control characters, lemma choice.
 *
 * Renderers are pure functions `EditionInput → string`: no clock, no randomness, no I/O, and sorted orders,
 * so the same input always gives the same bytes.
 */
import type { ApparatusEntry, Correction, Passage, Reading, Witness } from "../domain/model.ts"

export interface EditionInput {
  /** Edition name (the folder under editions/). */
  readonly name: string
  readonly title: string
  /** In corpus order (the manifest's order of sigla). */
  readonly witnesses: ReadonlyArray<Witness>
  /** Approved and edited corrections, resolved to offsets in the current witness text. */
  readonly corrections: ReadonlyArray<Correction>
  readonly passages: ReadonlyArray<Passage>
  /** The editor's lemma per variant-location id (a reading's text); the entry's default otherwise. */
  readonly lemmas: ReadonlyMap<string, string>
  readonly siglumOf: (witnessId: string) => string
}

// ---------------------------------------------------------------------------------------------------------
// Names that become paths

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/

/**
 * Why `name` cannot be used as one path segment under editions/ (an edition name or a witness id), or null
 * when it can. Rejects empty names, `..`, slashes and backslashes, absolute paths, control characters and
 * anything but letters, digits, `.`, `_`, `-` (starting with a letter or digit).
 */
export function unsafeNameReason(name: string): string | null {
  if (name.length === 0) return "is empty"
  if (name.startsWith("/") || /^[A-Za-z]:[\\/]/.test(name)) return "is an absolute path"
  if (name.includes("/") || name.includes("\\")) return "contains a slash"
  if (name === "." || name.includes("..")) return "contains '..'"
  if (!SAFE_NAME.test(name)) return "may only hold letters, digits, '.', '_' and '-' (starting with a letter or digit, at most 128)"
  return null
}

// ---------------------------------------------------------------------------------------------------------
// Control characters

// C0 controls except tab, line feed and carriage return; DEL; C1 controls; bidi overrides and isolates.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
// Lone surrogates and the non-characters U+FFFE/U+FFFF (never allowed in XML 1.0).
const BROKEN = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g

/**
 * Witness text made safe for a markup file: line endings unified to \n, control and bidi-override
 * characters made visible as `\x1b`, `\u202e` (plain ASCII, escaped afterwards like any text), lone
 * surrogates replaced by U+FFFD. Tabs and line feeds are kept.
 */
export function visibleControls(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL, (c) => {
      const code = c.charCodeAt(0)
      return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`
    })
    .replace(BROKEN, "\ufffd")
}

// ---------------------------------------------------------------------------------------------------------
// Corrections as segments of a witness text

export type Segment =
  | { readonly kind: "text"; readonly start: number; readonly end: number; readonly text: string }
  | { readonly kind: "corr"; readonly start: number; readonly end: number; readonly correction: Correction; readonly index: number }

export interface PlannedWitness {
  readonly witness: Witness
  /** The whole text as alternating plain stretches and corrections, in offset order. */
  readonly segments: ReadonlyArray<Segment>
  /** Paragraphs as offset ranges of the original text, never splitting a correction. */
  readonly paragraphs: ReadonlyArray<{ readonly start: number; readonly end: number }>
}

export interface Plan {
  readonly witnesses: ReadonlyArray<PlannedWitness>
  /** The applied corrections in witness order then offset order; `index` in segments points in here. */
  readonly corrections: ReadonlyArray<Correction>
  /** Corrections that could not be applied: unknown witness, offsets outside the text, text that no longer matches, overlap. */
  readonly skipped: ReadonlyArray<{ readonly correction: Correction; readonly reason: string }>
}

function compareCorrections(a: Correction, b: Correction): number {
  return a.start - b.start || a.end - b.end || (a.proposal < b.proposal ? -1 : a.proposal > b.proposal ? 1 : 0)
}

/**
 * Sort and check the corrections against the witness texts and cut each text into segments. A correction
 * whose original no longer matches the text, or that overlaps one already kept, is skipped (and reported):
 * export never applies a change to text the editor did not see.
 */
export function planEdition(input: EditionInput): Plan {
  const byWitness = new Map<string, Correction[]>()
  const skipped: Array<{ correction: Correction; reason: string }> = []
  const known = new Set(input.witnesses.map((w) => w.id))
  for (const c of input.corrections) {
    if (!known.has(c.witness)) {
      skipped.push({ correction: c, reason: `unknown witness ${c.witness}` })
      continue
    }
    const list = byWitness.get(c.witness) ?? []
    list.push(c)
    byWitness.set(c.witness, list)
  }
  const applied: Correction[] = []
  const witnesses = input.witnesses.map((witness): PlannedWitness => {
    const text = witness.text
    const list = [...(byWitness.get(witness.id) ?? [])].sort(compareCorrections)
    const kept: Correction[] = []
    for (const c of list) {
      if (!(Number.isInteger(c.start) && Number.isInteger(c.end) && 0 <= c.start && c.start <= c.end && c.end <= text.length)) {
        skipped.push({ correction: c, reason: `offsets ${c.start}–${c.end} are outside the text (${text.length} characters)` })
      } else if (text.slice(c.start, c.end) !== c.original) {
        skipped.push({ correction: c, reason: `the text at ${c.start}–${c.end} no longer reads ${JSON.stringify(c.original)}` })
      } else {
        const last = kept[kept.length - 1]
        // Two corrections overlap if they share a character, or are both insertions at the same point.
        if (last !== undefined && (c.start < last.end || (c.start === last.start && c.start === c.end && last.start === last.end))) {
          skipped.push({ correction: c, reason: `overlaps the correction ${last.proposal} at ${last.start}–${last.end}` })
        } else kept.push(c)
      }
    }
    const segments: Segment[] = []
    let at = 0
    for (const c of kept) {
      if (c.start > at) segments.push({ kind: "text", start: at, end: c.start, text: text.slice(at, c.start) })
      segments.push({ kind: "corr", start: c.start, end: c.end, correction: c, index: applied.length })
      applied.push(c)
      at = c.end
    }
    if (at < text.length) segments.push({ kind: "text", start: at, end: text.length, text: text.slice(at) })
    return { witness, segments, paragraphs: paragraphs(text, kept) }
  })
  return { witnesses, corrections: applied, skipped }
}

/** The witness text with the planned corrections applied and nothing else changed. */
export function cleanText(w: PlannedWitness): string {
  return w.segments.map((s) => (s.kind === "text" ? s.text : s.correction.replacement)).join("")
}

/**
 * Paragraph ranges: the text between blank lines (a line break, optional spaces, another line break),
 * trimmed, never cutting through a correction nor dropping an insertion. Empty paragraphs are dropped.
 * Linear in the text and the corrections (sorted, non-overlapping).
 */
function paragraphs(text: string, corrections: ReadonlyArray<Correction>): Array<{ start: number; end: number }> {
  // Characters a correction covers, and the points where an insertion sits: never trimmed nor cut.
  const covered = new Set<number>()
  const inserts = new Set<number>()
  for (const c of corrections) {
    if (c.start === c.end) inserts.add(c.start)
    for (let k = c.start; k < c.end; k++) covered.add(k)
  }
  const out: Array<{ start: number; end: number }> = []
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!) && !covered.has(a) && !inserts.has(a)) a++
    while (b > a && /\s/.test(text[b - 1]!) && !covered.has(b - 1) && !inserts.has(b)) b--
    if (b > a || inserts.has(a)) out.push({ start: a, end: b })
  }
  const breaks = /\r?\n[ \t]*(?:\r?\n[ \t]*)+/g
  let from = 0
  let j = 0
  for (const m of text.matchAll(breaks)) {
    const a = m.index
    const b = a + m[0].length
    while (j < corrections.length && (corrections[j]!.end < a || (corrections[j]!.end === a && corrections[j]!.start < a))) j++
    const c = corrections[j]
    // A correction that touches the break (an insertion anywhere in it, or a span sharing a character).
    if (c !== undefined && (c.start === c.end ? c.start <= b : c.start < b)) continue
    push(from, a)
    from = b
  }
  push(from, text.length)
  return out
}

/** The segments of each paragraph, clipped to it, in one pass over the witness. */
export function paragraphSegments(w: PlannedWitness): Segment[][] {
  const segs = w.segments
  const out: Segment[][] = []
  let i = 0
  for (const para of w.paragraphs) {
    while (i < segs.length && (segs[i]!.end < para.start || (segs[i]!.end === para.start && segs[i]!.start < segs[i]!.end))) i++
    const list: Segment[] = []
    let j = i
    for (; j < segs.length; j++) {
      const s = segs[j]!
      if (s.kind === "corr") {
        const inside = s.start === s.end ? para.start <= s.start && s.start <= para.end : s.start < para.end && s.end > para.start
        if (!inside) break
        list.push(s)
      } else {
        if (s.start >= para.end) break
        const a = Math.max(s.start, para.start)
        const b = Math.min(s.end, para.end)
        if (b > a) list.push({ kind: "text", start: a, end: b, text: s.text.slice(a - s.start, b - s.start) })
      }
    }
    out.push(list)
    // The last segment touched may go on into the next paragraph (a plain stretch across a blank line).
    i = Math.max(i, j - 1)
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------
// Lemmata

export interface ResolvedEntry {
  readonly entry: ApparatusEntry
  /** The adopted text: the editor's choice, else the default lemma. */
  readonly lemma: string
  /** Whether the editor chose it (a ledger decision) rather than the default. */
  readonly chosen: boolean
  /** The reading the lemma is (witnesses agreeing with it), or null for a lemma no witness reads. */
  readonly lemmaReading: Reading | null
  /** The other readings, in the entry's order. */
  readonly others: ReadonlyArray<Reading>
}

export function resolveEntry(entry: ApparatusEntry, lemmas: ReadonlyMap<string, string>): ResolvedEntry {
  const choice = lemmas.get(entry.id)
  const lemma = choice ?? entry.lemma
  const lemmaReading = entry.readings.find((r) => r.text === lemma) ?? null
  return { entry, lemma, chosen: choice !== undefined, lemmaReading, others: entry.readings.filter((r) => r !== lemmaReading) }
}

/** Witness ids ordered as the corpus orders them (unknown ids last, by id). */
export function witnessOrder(input: EditionInput): (ids: ReadonlyArray<string>) => string[] {
  const rank = new Map(input.witnesses.map((w, k) => [w.id, k]))
  return (ids) =>
    [...ids].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0))
}

/** `lemma] reading SIGLA` notation pieces: "B", "B E" for a reading's witnesses. */
export function siglaOf(input: EditionInput, ids: ReadonlyArray<string>): string {
  return witnessOrder(input)(ids).map(input.siglumOf).join(" ")
}

/** Certainty of a correction for TEI `cert`, from the proposal's confidence. */
export function certainty(confidence: number | null): "high" | "medium" | "low" | null {
  if (confidence === null || !Number.isFinite(confidence)) return null
  return confidence >= 0.9 ? "high" : confidence >= 0.6 ? "medium" : "low"
}
