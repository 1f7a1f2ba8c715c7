/**
 * Offset-keeping tokeniser, pure and single-pass.
 *
 * Words and punctuation marks become tokens (see `Token`): `t` is the token as written plus its trailing
 * whitespace (as CollateX does), `n` the normalised form used for matching (NFKC, case-folded, quote and
 * dash variants unified, soft hyphens and line-end hyphenation removed).
 *
 * Invariant (tested as a property): the whitespace before the first token followed by every token's `t`
 * is exactly the input text; every character belongs to exactly one token or to whitespace.
 *
 * What counts as one word:
 *  - letters, marks and digits of any script (Gerő, Poznań, Gomułka);
 *  - joined by an apostrophe followed by a letter (didn’t, o'clock) or a trailing possessive apostrophe
 *    after "s" (workers’) unless a single quotation mark is open in the paragraph (‘knows’);
 *  - joined by a hyphen between word characters (self-containment, 1917-23);
 *  - a word broken at a line end by a hyphen ("bureau-\ncracy", or the "¬" some OCR engines print for it,
 *    "bureau¬\ncracy") is one token whose `n` is "bureaucracy";
 *  - numbers with internal separators (1,000 · 3.5 · 22/6/1953 · 12:30);
 *  - abbreviations of single letters with periods (U.S.S.R.);
 *  - a word whose first letter an editor changed and bracketed, as scholarly quotation marks it ("[t]he",
 *    "[B]ureaucracy"): one token, whose `n` is the word without the brackets ("the", "bureaucracy"), so that
 *    it matches the source's "The" and is read as the word it is.
 * Punctuation: each mark is a token, except runs of periods (an ellipsis) and of dashes ("--").
 */
import type { Token, TokenKind } from "../domain/model.ts"

const WORD_RE = /[\p{L}\p{M}\p{N}]/u
/** An editor's bracketed first letter before the rest of its word ("[t]he": see `tokenise`). */
const EDITORS_LETTER = /(?<!\p{L})\[(\p{L})\](?=\p{L})/gu

/** s with an editor's bracketed first letters unbracketed ("[t]he Thermidor" → "the Thermidor"). */
export function withoutEditorsBrackets(s: string): string {
  return s.includes("]") ? s.replace(EDITORS_LETTER, "$1") : s
}
const LETTER_RE = /[\p{L}\p{M}]/u
const UPPER_OR_NONASCII_RE = /[A-Z\u0080-\uffff]/

/** Is the code point at i (already read as `c`, possibly a high surrogate) a word character? */
function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 0x80) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)
  }
  if (c === 0xad || c === 0xa0) return false
  if (c >= 0xd800 && c <= 0xdbff) return WORD_RE.test(text.slice(i, i + 2))
  return WORD_RE.test(text[i]!)
}

function isLetterAt(text: string, i: number): boolean {
  if (i >= text.length) return false
  const c = text.charCodeAt(i)
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_RE.test(text.slice(i, i + 2))
  return LETTER_RE.test(text[i]!)
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c >= 0x30 && c <= 0x39
}

function isWordAt(text: string, i: number): boolean {
  return i < text.length && isWordCode(text, i, text.charCodeAt(i))
}

/** Whitespace, including no-break and other Unicode spaces, and zero-width space / BOM. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return c === 0x85
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  )
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2bc
const isHyphen = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2011
const isDash = (c: number) => c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212

/**
 * If a line-end hyphenation starts at `i` ("-\n", "¬\n" or "-\r\n", with optional spaces before the line break
 * and indentation after it) and a lower-case letter follows, return the index of that letter; else -1.
 */
function lineBreakJoin(text: string, i: number): number {
  let j = i + 1
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++
  if (text.charCodeAt(j) === 0x0d) j++
  if (text.charCodeAt(j) !== 0x0a) return -1
  j++
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++
  if (j >= text.length) return -1
  const ch = text[j]!
  return isLetterAt(text, j) && ch === ch.toLowerCase() && ch !== ch.toUpperCase() ? j : -1
}

const QUOTE_N: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "`": "'", "\u00b4": "'", "\u2032": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"'
}

function normalisePunct(s: string): string {
  const q = QUOTE_N[s]
  if (q !== undefined) return q
  if (isDash(s.charCodeAt(0))) return "\u2014"
  if ((s.charCodeAt(0) === 0x2e && s.length > 1) || s === "\u2026") return "\u2026"
  return s.normalize("NFKC")
}

/** Normalised form of a word: NFKC, lower case, unified apostrophes and hyphens, line breaks removed. */
export function normaliseWord(s: string): string {
  if (!UPPER_OR_NONASCII_RE.test(s)) {
    // ASCII lower case: only line-end hyphenation and the apostrophe need work.
    if (s.indexOf("\n") >= 0) return s.replace(/[-\u00ac][ \t]*\r?\n[ \t]*/g, "")
    return s
  }
  return s
    .replace(/[-\u00ac][ \t]*\r?\n[ \t]*/g, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\u00ad/g, "")
    .replace(/[\u2019\u02bc\u2018`]/g, "'")
    .replace(/[\u2010\u2011]/g, "-")
}

/** Is text[start, end) made only of ASCII characters that normalisation leaves alone (no capitals)? */
function isPlainLower(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k)
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a) || c === 0x0a || c === 0x60) return false
  }
  return true
}

/** Tokenise a text. Never throws; never loses or invents a character. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = []
  const len = text.length
  let i = 0
  // Is a single quotation mark open in this paragraph? Decides whether a trailing ’ after "s" closes it.
  let singleOpen = false
  while (i < len && isSpaceCode(text.charCodeAt(i))) i++
  while (i < len) {
    const start = i
    const c = text.charCodeAt(i)
    let kind: TokenKind
    // (an editor's bracketed first letter: "[", a letter, "]" and the word's other letters)
    const bracketed = c === 0x5b && isLetterAt(text, i + 1) && text.charCodeAt(i + 2) === 0x5d && isLetterAt(text, i + 3) && !isLetterAt(text, i - 1)
    if (bracketed) i += 3
    if (bracketed || isWordCode(text, i, c)) {
      let letters = false
      let segStart = i
      let abbrev = false
      for (;;) {
        // one run of word characters
        while (i < len) {
          const d = text.charCodeAt(i)
          if (d >= 0xd800 && d <= 0xdbff) {
            if (!WORD_RE.test(text.slice(i, i + 2))) break
            letters = true
            i += 2
          } else if (isWordCode(text, i, d)) {
            if (!letters && !(d >= 0x30 && d <= 0x39)) letters = true
            i++
          } else if (d === 0xad && isWordAt(text, i + 1)) {
            i++ // soft hyphen inside a word
          } else break
        }
        if (i >= len) break
        const d = text.charCodeAt(i)
        if (isApostrophe(d) && isLetterAt(text, i + 1)) {
          i++
        } else if (isHyphen(d) && isWordAt(text, i + 1)) {
          i++
        } else if ((d === 0x2d || d === 0xac) && lineBreakJoin(text, i) >= 0) {
          i = lineBreakJoin(text, i)
        } else if ((d === 0x2c || d === 0x2e || d === 0x3a || d === 0x2f) && isDigitAt(text, i - 1) && isDigitAt(text, i + 1) && !letters) {
          i++
        } else if (d === 0x2e && i - segStart === 1 && isLetterAt(text, segStart) && isLetterAt(text, i + 1) && text.charCodeAt(i + 2) === 0x2e) {
          abbrev = true
          i++
        } else {
          if (d === 0x2e && abbrev) i++ // final period of U.S.S.R.
          else if (isApostrophe(d) && !singleOpen && (text.charCodeAt(i - 1) === 0x73 || text.charCodeAt(i - 1) === 0x53) && !isWordAt(text, i + 1)) i++
          break
        }
        segStart = i
      }
      kind = letters ? "word" : "number"
    } else {
      kind = "punct"
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) i += 2
      else if (c === 0x2e) {
        while (i < len && text.charCodeAt(i) === 0x2e) i++
      } else if (isDash(c)) {
        const first = c
        i++
        while (i < len && text.charCodeAt(i) === first) i++
      } else i++
      // track single quotation marks: an opening ‘ (or ' after space) and its closing mate
      if (c === 0x2018) singleOpen = true
      else if (c === 0x2019 && singleOpen) singleOpen = false
    }
    const end = i
    while (i < len && isSpaceCode(text.charCodeAt(i))) {
      if (text.charCodeAt(i) === 0x0a && text.charCodeAt(i + 1) === 0x0a) singleOpen = false
      i++
    }
    const t = text.slice(start, i)
    let n: string
    if (kind === "punct") n = normalisePunct(end === i ? t : text.slice(start, end))
    else if (bracketed) n = normaliseWord(withoutEditorsBrackets(text.slice(start, end)))
    else if (isPlainLower(text, start, end)) n = end === i ? t : text.slice(start, end)
    else n = normaliseWord(text.slice(start, end))
    tokens.push({ t, n, start, end, kind })
  }
  return tokens
}

/** Count of word and number tokens, without building token objects' strings twice. */
export function countWords(tokens: ReadonlyArray<Token>): number {
  let n = 0
  for (const t of tokens) if (t.kind !== "punct") n++
  return n
}
