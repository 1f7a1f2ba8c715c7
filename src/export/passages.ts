/**
 * Where each variant location of a passage sits in its text, for the renderers that print the apparatus in
 * place (TEI `<app>`, HTML note markers, reledmac `\edtext`).
 *
 * The passage is printed from its base occurrence (the first witness in corpus order). An entry made by the
 * aligner carries `locations`, the character span of every witness's reading: the base witness's span is
 * where the entry goes (a zero-width span where the base omits the text), so a short reading such as "is"
 * that also occurs earlier in the passage is never put in the wrong place.
 *
 * Entries without usable locations (made before they existed, or whose offsets no longer fit the text) are
 * found again by search, as a fallback: the entries, taken in order, are located one after another — the
 * base witness's reading at word boundaries after the previous location, confirmed by the words around it
 * in the other witnesses. Where the base witness omits the text, the word before the reading in a witness
 * that has it anchors the location. An entry that cannot be located is kept as an unplaced note (printed
 * after the passage), never dropped.
 */
import { locationIn } from "../apparatus/index.ts"
import type { Occurrence, Passage } from "../domain/model.ts"
import { resolveEntry, witnessOrder, type EditionInput, type ResolvedEntry } from "./model.ts"

export type Piece =
  /** Text of the base witness; `inserted` marks a word space the edition adds (see spaceAdoptedAdditions). */
  | { readonly kind: "text"; readonly text: string; readonly inserted?: true }
  | { readonly kind: "app"; readonly note: number; readonly resolved: ResolvedEntry; readonly baseText: string }

export interface PlacedPassage {
  readonly passage: Passage
  /** 1-based, in edition order. */
  readonly number: number
  readonly base: Occurrence
  /** Witness ids of the occurrences, in corpus order. */
  readonly witnesses: ReadonlyArray<string>
  /** The base text with the variant locations in place. */
  readonly pieces: ReadonlyArray<Piece>
  /** Every entry with its note number (1-based, entry order). */
  readonly notes: ReadonlyArray<{ readonly note: number; readonly resolved: ResolvedEntry; readonly placed: boolean }>
}

const WORDCHAR = /[\p{L}\p{N}]/u

function atBoundary(text: string, i: number, len: number): boolean {
  const before = i > 0 ? text[i - 1]! : " "
  const after = i + len < text.length ? text[i + len]! : " "
  const first = text[i] ?? " "
  const last = text[i + len - 1] ?? " "
  return !(WORDCHAR.test(before) && WORDCHAR.test(first)) && !(WORDCHAR.test(after) && WORDCHAR.test(last))
}

/** First occurrence of `needle` in `text` at or after `from`, at word boundaries; -1 when absent. */
export function findWord(text: string, needle: string, from: number): number {
  if (needle.length === 0) return -1
  let i = text.indexOf(needle, from)
  while (i >= 0) {
    if (atBoundary(text, i, needle.length)) return i
    i = text.indexOf(needle, i + 1)
  }
  return -1
}

/** Passages in edition order: by the base occurrence's witness (corpus order), then offset, then id. */
export function placePassages(input: EditionInput): PlacedPassage[] {
  const order = witnessOrder(input)
  const rank = new Map(input.witnesses.map((w, k) => [w.id, k]))
  const withBase = input.passages
    .filter((p) => p.occurrences.length > 0)
    .map((p) => {
      const occs = [...p.occurrences].sort(
        (a, b) => (rank.get(a.witness) ?? Infinity) - (rank.get(b.witness) ?? Infinity) || a.start - b.start
      )
      return { p, base: occs[0]! }
    })
  withBase.sort(
    (x, y) =>
      (rank.get(x.base.witness) ?? Infinity) - (rank.get(y.base.witness) ?? Infinity) ||
      x.base.start - y.base.start ||
      (x.p.id < y.p.id ? -1 : x.p.id > y.p.id ? 1 : 0)
  )
  return withBase.map(({ p, base }, k) => placeOne(input, p, base, k + 1, order))
}

interface Word {
  readonly w: string
  readonly start: number
  readonly end: number
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }))
}

/** First run of `ws` (from word `from` on) equal to `seq`; the index of its first word, or -1. */
function findSeq(ws: ReadonlyArray<Word>, seq: ReadonlyArray<string>, from: number): number {
  if (seq.length === 0) return -1
  outer: for (let k = from; k + seq.length <= ws.length; k++) {
    for (let j = 0; j < seq.length; j++) if (ws[k + j]!.w !== seq[j]) continue outer
    return k
  }
  return -1
}

/** Index of the first word starting at or after `offset`. */
function wordAt(ws: ReadonlyArray<Word>, offset: number): number {
  let k = 0
  while (k < ws.length && ws[k]!.start < offset) k++
  return k
}

function placeOne(
  input: EditionInput,
  passage: Passage,
  base: Occurrence,
  number: number,
  order: (ids: ReadonlyArray<string>) => string[]
): PlacedPassage {
  const occurrenceOf = new Map<string, Occurrence>()
  for (const o of passage.occurrences) if (!occurrenceOf.has(o.witness)) occurrenceOf.set(o.witness, o)
  occurrenceOf.set(base.witness, base)
  const wordsOf = new Map([...occurrenceOf].map(([id, o]) => [id, words(o.text)]))
  const cursor = new Map<string, number>([...occurrenceOf.keys()].map((id) => [id, 0]))
  const text = base.text
  const baseWords = wordsOf.get(base.witness)!
  const pieces: Piece[] = []
  const notes: Array<{ note: number; resolved: ResolvedEntry; placed: boolean }> = []
  let at = 0

  passage.apparatus.forEach((entry, k) => {
    const note = k + 1
    const resolved = resolveEntry(entry, input.lemmas)
    // 1. from the entry's offsets
    const own = locationIn(entry, base)
    if (own !== undefined && own.start - base.start >= at) {
      const where = own.start - base.start
      const end = own.end - base.start
      // keep the search cursors of the other witnesses in step, for entries that have to be searched for
      for (const [w, occ] of occurrenceOf) {
        const l = w === base.witness ? undefined : locationIn(entry, occ)
        if (l !== undefined) cursor.set(w, l.end - occ.start)
      }
      if (where > at) pieces.push({ kind: "text", text: text.slice(at, where) })
      pieces.push({ kind: "app", note, resolved, baseText: text.slice(where, end) })
      at = end
      notes.push({ note, resolved, placed: true })
      return
    }
    // 2. fallback: search for the readings
    const baseReading = entry.readings.find((r) => r.witnesses.includes(base.witness))
    const others = entry.readings.filter((r) => r !== baseReading)
    // Where the context [word before, reading…, word after] of a base position is found in another witness.
    const confirm = (i: number, len: number): Map<string, number> | null => {
      const before = baseWords.filter((w) => w.end <= i).pop()
      const after = baseWords.find((w) => w.start >= i + len)
      const found = new Map<string, number>()
      for (const r of others) {
        const seq = [...(before ? [before.w] : []), ...words(r.text).map((w) => w.w), ...(after ? [after.w] : [])]
        for (const w of r.witnesses) {
          const ws = wordsOf.get(w)
          if (ws === undefined || w === base.witness) continue
          const q = findSeq(ws, seq, wordAt(ws, cursor.get(w) ?? 0))
          if (q >= 0) found.set(w, ws[q + seq.length - 1 - (after ? 1 : 0)]?.end ?? 0)
        }
      }
      return found.size > 0 ? found : null
    }
    let where = -1
    let len = 0
    let confirmed: Map<string, number> | null = null
    if (baseReading !== undefined && baseReading.text !== "") {
      len = baseReading.text.length
      const candidates: number[] = []
      for (let i = findWord(text, baseReading.text, at); i >= 0; i = findWord(text, baseReading.text, i + 1)) candidates.push(i)
      for (const i of candidates) {
        confirmed = confirm(i, len)
        if (confirmed !== null) {
          where = i
          break
        }
      }
      if (where < 0) where = candidates[0] ?? -1
    } else {
      // The base omits the text here: find the words around the reading in a witness that has it, and
      // place the location between the same two words in the base.
      for (const r of others) {
        if (r.text === "" || where >= 0) continue
        for (const w of r.witnesses) {
          const occ = occurrenceOf.get(w)
          const ws = wordsOf.get(w)
          if (occ === undefined || ws === undefined) continue
          const p = findWord(occ.text, r.text, cursor.get(w) ?? 0)
          if (p < 0) continue
          const before = ws.filter((x) => x.end <= p).pop()
          const after = ws.find((x) => x.start >= p + r.text.length)
          const from = wordAt(baseWords, at)
          if (before !== undefined) {
            const q = findSeq(baseWords, after !== undefined ? [before.w, after.w] : [before.w], from)
            const q1 = q >= 0 ? q : findSeq(baseWords, [before.w], from)
            if (q1 >= 0) where = baseWords[q1]!.end
          } else if (after !== undefined) {
            const q = findSeq(baseWords, [after.w], from)
            if (q >= 0) where = baseWords[q]!.start
          }
          if (where >= 0) break
        }
      }
    }
    // Keep every witness's cursor in step, so later entries are looked for after this one.
    for (const r of others) {
      for (const w of r.witnesses) {
        const occ = occurrenceOf.get(w)
        if (occ === undefined || w === base.witness) continue
        const c = confirmed?.get(w)
        if (c !== undefined) cursor.set(w, c)
        else if (r.text !== "") {
          const p = findWord(occ.text, r.text, cursor.get(w) ?? 0)
          if (p >= 0) cursor.set(w, p + r.text.length)
        }
      }
    }
    if (where < 0) {
      notes.push({ note, resolved, placed: false })
      return
    }
    if (where > at) pieces.push({ kind: "text", text: text.slice(at, where) })
    pieces.push({ kind: "app", note, resolved, baseText: text.slice(where, where + len) })
    at = where + len
    notes.push({ note, resolved, placed: true })
  })
  if (at < text.length) pieces.push({ kind: "text", text: text.slice(at) })
  return { passage, number, base, witnesses: order([...occurrenceOf.keys()]), pieces: spaceAdoptedAdditions(pieces), notes }
}

/**
 * An adopted reading placed where the base text has nothing (an addition the editor took into the text)
 * needs a word space before it when the base text runs straight up to it ("bureaucracy.It ‘knows’…").
 */
function spaceAdoptedAdditions(pieces: ReadonlyArray<Piece>): Piece[] {
  const out: Piece[] = []
  for (const p of pieces) {
    const prev = out[out.length - 1]
    if (
      p.kind === "app" && p.baseText === "" && /^[\p{L}\p{N}‘“(]/u.test(p.resolved.lemma) &&
      prev?.kind === "text" && /[^\s(‘“]$/u.test(prev.text)
    ) {
      out.push({ kind: "text", text: " ", inserted: true })
    }
    out.push(p)
  }
  return out
}
