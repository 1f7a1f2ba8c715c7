/**
 * Making witness text safe to show in a terminal. A witness may carry control or escape characters
 * (ESC sequences, bells, bidi overrides); they are made visible, never sent raw.
 */

// C0 controls except tab and line feed, DEL, C1 controls, and the bidirectional overrides/isolates.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/** Replace every control or bidi-override character by a visible escape such as `\x1b` or `\u202e`. */
export function escapeControls(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`
  })
}

/** Like `escapeControls`, and also shows line breaks and tabs as ⏎ and → (for one-line displays). */
export function oneLine(s: string): string {
  return escapeControls(s).replace(/\r?\n/g, "⏎").replace(/\t/g, "→")
}

/**
 * A proposal's original or replacement as listed: on one line (`oneLine`), a space at either end shown as ␣,
 * which a listing would otherwise leave blank (a glued mark's replacement is a space; a lost space's ", ").
 */
export function editText(s: string): string {
  return oneLine(s).replace(/^ +| +$/g, (m) => "\u2423".repeat(m.length))
}

/** Does the string hold a character that `escapeControls` would change? */
export function hasControls(s: string): boolean {
  UNSAFE.lastIndex = 0
  const r = UNSAFE.test(s)
  UNSAFE.lastIndex = 0
  return r
}

/**
 * A string of more than `max` characters and a few, cut to `max` for a one-line display, its middle given as
 * the number of characters left out ("aaaa…⟨199,800 characters⟩…aaaa"): a witness may hold a token of any
 * length (a line of a scan without spaces, a blob of encoded data), and a listing is read on a terminal.
 */
export function clip(s: string, max = 200): string {
  // (cut only where it saves a good part: a residue block a little over the length is shown whole)
  if (s.length <= max + 40) return s
  let head = Math.floor(max / 2)
  let tail = s.length - Math.floor(max / 2)
  // (never half a surrogate pair at a cut)
  if (isLowSurrogate(s.charCodeAt(head))) head--
  if (isLowSurrogate(s.charCodeAt(tail))) tail++
  return `${s.slice(0, head)}…⟨${(tail - head).toLocaleString("en")} characters⟩…${s.slice(tail)}`
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff
