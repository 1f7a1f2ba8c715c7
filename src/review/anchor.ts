/**
 * Anchors: where a decision applies, recorded with enough context to find the place again when the
 * witness text has changed (a re-run of OCR, a hand fix elsewhere in the file). Pure: no I/O, no clock.
 *
 * Re-anchoring rules (never apply a decision to the wrong place):
 *  - same text hash and the original still at the recorded offsets → the recorded offsets;
 *  - otherwise every place where the original occurs is scored by how much of the recorded context
 *    (`before` read backwards, `after` read forwards) still matches there; the best place wins only if
 *    it keeps enough context and no other place scores as well; anything else is orphaned with a reason.
 */
import { createHash } from "node:crypto"
import type { Anchor } from "../domain/model.ts"

/** Characters of context kept on each side of an anchored span. */
export const CONTEXT_CHARS = 40

/** sha256 (hex) of a witness text, as stored in `Anchor.textHash`. */
export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex")
}

export function makeAnchor(witness: string, text: string, start: number, end: number, hash: string = textHash(text)): Anchor {
  return {
    witness,
    start,
    end,
    original: text.slice(start, end),
    before: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    after: text.slice(end, end + CONTEXT_CHARS),
    textHash: hash
  }
}

export type Reanchored =
  | { readonly ok: true; readonly start: number; readonly end: number; readonly moved: boolean }
  | { readonly ok: false; readonly reason: string }

function commonSuffix(a: string, b: string): number {
  let k = 0
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++
  return k
}

function commonPrefix(a: string, b: string): number {
  let k = 0
  while (k < a.length && k < b.length && a[k] === b[k]) k++
  return k
}

/**
 * Context that must still match for a moved span to be accepted: on each side, at least half of the recorded
 * context (or all of it when it is shorter than 8 characters, e.g. at the start of the text).
 */
function sideOk(matched: number, recorded: number): boolean {
  if (recorded === 0) return true
  return matched >= Math.min(recorded, Math.max(8, Math.ceil(recorded / 2)))
}

/** Find the anchor in `text` (whose hash is `hash`, computed when omitted). */
export function reanchor(anchor: Anchor, text: string, hash: string = textHash(text)): Reanchored {
  const len = anchor.end - anchor.start
  if (hash === anchor.textHash && text.slice(anchor.start, anchor.end) === anchor.original) {
    return { ok: true, start: anchor.start, end: anchor.end, moved: false }
  }
  // Candidate places: every occurrence of the original (or, for an insertion, every place where the
  // recorded context meets).
  const candidates: number[] = []
  if (anchor.original.length > 0) {
    for (let at = text.indexOf(anchor.original); at >= 0; at = text.indexOf(anchor.original, at + 1)) candidates.push(at)
  } else {
    const probe = anchor.before.slice(-12) + anchor.after.slice(0, 12)
    if (probe.length === 0) return { ok: false, reason: "insertion without context" }
    const cut = anchor.before.slice(-12).length
    for (let at = text.indexOf(probe); at >= 0; at = text.indexOf(probe, at + 1)) candidates.push(at + cut)
  }
  if (candidates.length === 0) return { ok: false, reason: `“${anchor.original}” no longer occurs in ${anchor.witness}` }
  let best = -1
  let bestScore = -1
  let ties = 0
  for (const at of candidates) {
    const b = commonSuffix(anchor.before, text.slice(Math.max(0, at - anchor.before.length), at))
    const a = commonPrefix(anchor.after, text.slice(at + len, at + len + anchor.after.length))
    if (!sideOk(b, anchor.before.length) || !sideOk(a, anchor.after.length)) continue
    const score = a + b
    if (score > bestScore) {
      best = at
      bestScore = score
      ties = 1
    } else if (score === bestScore) ties++
  }
  if (best < 0) return { ok: false, reason: `the context of “${anchor.original}” changed in ${anchor.witness}` }
  if (ties > 1) return { ok: false, reason: `“${anchor.original}” fits ${ties} places equally well in ${anchor.witness}` }
  return { ok: true, start: best, end: best + len, moved: best !== anchor.start }
}
