/** Small helpers for the text-level (typographic) detectors. */

/** How often a witness prints the glyphs its typographic habits are read from. */
interface GlyphCensus {
  readonly emDashes: number
  readonly enDashes: number
  /** Curly quotation marks and apostrophes (“ ” ‘ ’). */
  readonly curly: number
  /** Straight ones and backticks (" ' `). */
  readonly straight: number
}

const CENSUS_GLYPH = /[\u2013\u2014\u201c\u201d\u2018\u2019"'`]/g
/** The last text counted and its census: the detectors ask of one witness after another, several times each. */
let censusOf: { readonly text: string; readonly census: GlyphCensus } | null = null

/**
 * The witness's census, in one pass of the regex engine (which skips the text between glyphs several times
 * faster than a loop over the characters of a two-byte string; `test` builds no match object).
 */
function glyphCensus(text: string): GlyphCensus {
  if (censusOf !== null && censusOf.text === text) return censusOf.census
  let emDashes = 0
  let enDashes = 0
  let curly = 0
  let straight = 0
  CENSUS_GLYPH.lastIndex = 0
  while (CENSUS_GLYPH.test(text)) {
    const c = text.charCodeAt(CENSUS_GLYPH.lastIndex - 1)
    if (c === 0x2014) emDashes++
    else if (c === 0x2013) enDashes++
    else if (c > 0x2000) curly++
    else straight++
  }
  const census = { emDashes, enDashes, curly, straight }
  censusOf = { text, census }
  return census
}

/** The dash a witness uses between words: its commonest of "–" and "—" (en dash when it uses neither). */
export function witnessDash(text: string): string {
  const { emDashes, enDashes } = glyphCensus(text)
  return emDashes > enDashes ? "\u2014" : "\u2013"
}

/** Does the witness use curly quotation marks (and so a straight one among them is a stand-in)? */
export function usesCurlyQuotes(text: string): boolean {
  const { curly, straight } = glyphCensus(text)
  return curly >= 4 && curly >= 4 * straight
}

/** Start and end offsets of the paragraph (blank-line delimited) holding offset i. */
export function paragraphAt(text: string, i: number): [number, number] {
  const a = text.lastIndexOf("\n\n", i)
  const b = text.indexOf("\n\n", i)
  return [a < 0 ? 0 : a + 2, b < 0 ? text.length : b]
}

/**
 * `paragraphAt` for many offsets of one text: the blank lines found once, then each look-up a binary search
 * (instead of a scan to the paragraph's edges each time, which is long in a text with few blank lines).
 */
export function paragraphFinder(text: string): (i: number) => [number, number] {
  // every offset where "\n\n" starts (overlapping ones too, as indexOf finds them)
  const breaks: number[] = []
  for (let k = text.indexOf("\n\n"); k >= 0; k = text.indexOf("\n\n", k + 1)) breaks.push(k)
  return (i) => {
    // the first break at or after i
    let lo = 0
    let hi = breaks.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (breaks[mid]! < i) lo = mid + 1
      else hi = mid
    }
    const b = lo < breaks.length ? breaks[lo]! : -1
    // the last break at or before i
    const a = b === i ? i : lo > 0 ? breaks[lo - 1]! : -1
    return [a < 0 ? 0 : a + 2, b < 0 ? text.length : b]
  }
}

/** Show a character so a scholar can see it in an explanation (no-break space, soft hyphen…). */
export function showChar(s: string): string {
  return s
    .replace(/\u00a0/g, "⍽(no-break space)")
    .replace(/\u00ad/g, "(soft hyphen)")
    .replace(/\n/g, "⏎")
}

/** Abbreviations written with a full stop that a lower-case word may follow ("Mr. and Mrs.", "the 3rd ult. the"). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "messrs", "dr", "st", "esq", "rev", "capt", "col", "gen", "lieut", "sergt", "supt", "insp", "prof", "hon",
  "ult", "inst", "prox", "viz", "etc", "cf", "ibid", "op", "cit", "vol", "vols", "nos", "p", "pp", "ch", "co", "jun", "sen",
  "sq", "rd", "ft", "lb", "lbs", "oz", "cwt", "yds", "ss", "vs", "al", "ed", "eds", "tr", "fig", "figs"
])

const LEFT_PART = /(?<![\p{L}\p{N}\-.'’])\p{L}{2,}$/u

/**
 * The letters, two or more, that end at `stop` (looked for up to 40 characters back), not after a digit, a
 * hyphen, a full stop or an apostrophe; else null. (Letters a–z read in place; the pattern `LEFT_PART` on a
 * slice where the word holds or follows another character: most words are plain.)
 */
function leftPartBefore(text: string, stop: number): string | null {
  const from = Math.max(0, stop - 40)
  let a = stop
  for (; a > from; a--) {
    const c = text.charCodeAt(a - 1) | 0x20
    if (c < 0x61 || c > 0x7a) break
  }
  const before = a > from ? text.charCodeAt(a - 1) : -1
  if (before >= 0x80) return LEFT_PART.exec(text.slice(from, stop))?.[0] ?? null
  // (a digit, a hyphen, a full stop or an apostrophe before the letters: no word's first part)
  if (before >= 0x30 && before <= 0x39) return null
  if (before === 0x2d || before === 0x2e || before === 0x27) return null
  return stop - a >= 2 ? text.slice(a, stop) : null
}
const RIGHT_PART = /^\p{Ll}+(?![\p{L}\-'’])/u

/**
 * Is the full stop at `stop` (followed by a space) the hyphen of a word broken at a former line end, as a scan
 * reads it ("penal servi. tude", "They pur. chased")? Then the word's span (`start` of its first part, `end`
 * of its second) and the word joined, in lower case. A full stop followed by a lower-case word ends no
 * sentence; not after an abbreviation ("Mr. and", "ult. the"), a letter ("E. coli") or a unit after a number
 * ("100l. each"); the word joined must be one, of five letters or more, known to the reference or the
 * dictionary (the corpus alone is no witness here, where an OCR runs words together: "inthe", "hehad").
 */
export function stopBroken(
  text: string,
  stop: number,
  lex: { unigram(w: string): number; isWord(w: string): boolean }
): { start: number; end: number; joined: string } | null {
  const h = stopHalves(text, stop)
  if (h === null || h.joined.length < 5 || !(lex.unigram(h.joined) > 0 || lex.isWord(h.joined))) return null
  return { start: stop - h.left.length, end: stop + 2 + h.right.length, joined: h.joined }
}

/**
 * The two halves either side of the full stop at `stop` (a space after it) where they may be a word's, as
 * `stopBroken` asks: letters after no abbreviation, and small letters after the space; and the two joined,
 * in lower case. Else null.
 */
function stopHalves(text: string, stop: number): { left: string; right: string; joined: string } | null {
  const c = text.charCodeAt(stop - 1)
  if (!(c >= 0x61 && c <= 0x7a) || text.charCodeAt(stop) !== 0x2e || text.charCodeAt(stop + 1) !== 0x20) return null
  // (most full stops end a sentence: a capital after them, told before the patterns are tried)
  const r = text.charCodeAt(stop + 2)
  if (!((r >= 0x61 && r <= 0x7a) || r > 0x7f)) return null
  const left = leftPartBefore(text, stop)
  const right = RIGHT_PART.exec(text.slice(stop + 2, stop + 42))?.[0]
  if (left === null || right === undefined) return null
  const a = left.toLowerCase()
  if (ABBREVIATIONS.has(a)) return null
  return { left, right, joined: a + right }
}

/** Letters a half after the full stop needs for `stopBrokenMisread` (not "drink. ig", "pay. id": as for a hyphen). */
const MISREAD_RIGHT_MIN = 3

/**
 * Is the full stop at `stop` the hyphen of a word broken at a former line end, in a scan that misread the word
 * besides ("her and con. fained a penny", "the pri. seoner", "learn. iog")? As `stopBroken`, where the halves
 * joined are no word but `mend` makes one of them (one OCR confusion or plain edit: `mendJoined`), the second
 * half of three letters or more and no word itself (a full stop a scan sets before a word is as often a stray
 * one: "directed by. the constable" is no "bathe"). Then the span, the halves as printed, and what `mend` gave.
 * (BLN600's OCR as the bench reads it: 28 words joined so, each the ground truth's word, "Jan. guage" →
 * Language keeping the capital the scan gave its first letter.)
 */
export function stopBrokenMisread<M extends Mended>(
  text: string,
  stop: number,
  lex: Parameters<typeof stopBroken>[2],
  mend: (joined: string) => M | null
): { start: number; end: number; left: string; right: string; mended: M } | null {
  const h = stopHalves(text, stop)
  if (h === null || h.right.length < MISREAD_RIGHT_MIN) return null
  if (lex.unigram(h.joined) > 0 || lex.isWord(h.joined) || lex.unigram(h.right) > 0 || lex.isWord(h.right)) return null
  const mended = mend(h.joined)
  return mended === null ? null : { start: stop - h.left.length, end: stop + 2 + h.right.length, left: h.left, right: h.right, mended }
}

/** The word two halves joined are mended into (what `mendJoined` gives, at least its word). */
export interface Mended {
  readonly word: string
}

/**
 * Is the hyphen at `hyphen` (a space after it) the break of a word at a former line end with a speck of the
 * scan between its halves ("con- I tributor", "circum- 1 stances", "pri- e- soners")? One to three characters
 * other than spaces, then a space and the second half in small letters; or one or two marks, neither letter
 * nor digit, glued to the second half ("defen- ,dant", "re- .turn", "murder- -ing"). Then the span from the
 * hyphen to the second half (what is to go), the speck, the two halves as printed, and the word joined, in
 * lower case: of five letters or more, known to the reference or the dictionary (the corpus alone is no
 * witness, as in `stopBroken`). Not where the speck is a word a hyphen is suspended before ("any- or one":
 * a hyphen left for the word after it, as in "pre- or post-war", is no speck); any other word of a letter or
 * three is a speck here, the halves around it making a word ("de- of clared", "what- It ever", "neighbour- he
 * hood": BLN600's OCR, 31 such words in all 480 articles, each right, which the rule left while it took
 * every word of two letters or more for no speck).
 */
export function speckBroken(
  text: string,
  hyphen: number,
  lex: Parameters<typeof stopBroken>[2]
): { start: number; end: number; speck: string; left: string; right: string; joined: string } | null {
  const h = speckHalves(text, hyphen)
  if (h === null || h.joined.length < 5 || !(lex.unigram(h.joined) > 0 || lex.isWord(h.joined))) return null
  return { start: hyphen, end: h.end, speck: h.speck, left: h.left, right: h.right, joined: h.joined }
}

/**
 * The halves either side of the hyphen at `hyphen` and the speck between them, as `speckBroken` reads them,
 * with the end of the speck and its space, and the halves joined, in lower case; null where there is no
 * such speck, or it is a word a hyphen is suspended before.
 */
function speckHalves(text: string, hyphen: number): { end: number; speck: string; apart: boolean; left: string; right: string; joined: string } | null {
  if (text.charCodeAt(hyphen) !== 0x2d || text.charCodeAt(hyphen + 1) !== 0x20) return null
  const after = text.slice(hyphen + 2, hyphen + 48)
  const m = SPECK_APART.exec(after) ?? SPECK_GLUED.exec(after)
  const left = LEFT_HALF.exec(text.slice(Math.max(0, hyphen - 40), hyphen))
  if (m === null || left === null) return null
  const speck = m[1]!
  if (SUSPENDING.test(speck)) return null
  return { end: hyphen + 2 + speck.length + m[2]!.length, speck, apart: m[2] === " ", left: left[0], right: m[3]!, joined: (left[0] + m[3]!).toLowerCase() }
}

/**
 * The same in a scan that misread the word besides ("corn- an pensation", "pri- 7 aoners", "magis- it
 * tratas"): where the halves joined are no word but `mend` makes one of them (`mendJoined`), the first half
 * of two letters or more in lower case (a letter before a hyphen is debris, "s- boy who" no "who"; a name's
 * halves, "Padding- cb ton", are mended into another name), the second of three letters or more, and the
 * speck no end of the first half ("be- gan life" is began) nor a word of three letters or more ("r- The
 * jury"), and apart from the second half (a mark glued to it may stand for letters the scan lost: "of no
 * occ- )ation" is occupation, not occasion). Then as `speckBroken`, with what `mend` gave. (BLN600's OCR, all 480
 * articles: 17 such words, each right by the ground truth.)
 */
export function speckBrokenMisread<M extends Mended>(
  text: string,
  hyphen: number,
  lex: Parameters<typeof stopBroken>[2],
  mend: (joined: string) => M | null
): { start: number; end: number; speck: string; left: string; right: string; mended: M } | null {
  const h = speckHalves(text, hyphen)
  if (h === null || !h.apart || h.left.length < 2 || h.right.length < MISREAD_RIGHT_MIN || h.left[0] !== h.left[0]!.toLowerCase()) return null
  if (lex.unigram(h.joined) > 0 || lex.isWord(h.joined)) return null
  const speck = h.speck.toLowerCase()
  const firstAndSpeck = h.left.toLowerCase() + speck
  if (LETTERS_ONLY.test(speck) && (lex.unigram(firstAndSpeck) > 0 || lex.isWord(firstAndSpeck) || (speck.length >= 3 && (lex.unigram(speck) > 0 || lex.isWord(speck))))) return null
  const mended = mend(h.joined)
  return mended === null ? null : { start: hyphen, end: h.end, speck: h.speck, left: h.left, right: h.right, mended }
}

/** A speck, the space after it (here one), the second half. */
const SPECK_APART = /^(\S{1,3})( )(\p{Ll}+)(?![\p{L}\-'’])/u
/** A speck glued to the second half (the space after it: none). */
const SPECK_GLUED = /^([^\s\p{L}\p{N}]{1,2})()(\p{Ll}+)(?![\p{L}\-'’])/u
const LEFT_HALF = /(?<![\p{L}-])\p{L}+$/u
const LETTERS_ONLY = /^\p{L}+$/u
/** The words a hyphen is suspended before ("pre- or post-war", "any- or one", "first- to third-class"): no speck. */
const SUSPENDING = /^(?:and|or|nor|to)$/i

/** Marks a scan prints inside a word for a speck or a letter it could not read ("nece!ssary", "co)mmunicated"). */
const SPECK = /[.,;:!?)>~^]/
/** Reference count from which a word a letter in place of a mark makes is taken ("h~lder" → holder, "hou.es" → houses). */
const COMMON_FILL = 10
/**
 * Reference count from which a word of one or two letters is one side of a mark read for a space ("of~which",
 * "of.the"), or a word of three letters or fewer one a letter in place of a mark makes ("w~s" → was).
 */
export const COMMON_SHORT = 1000

/**
 * The one letter (lower case) that makes a common word of left and right in place of a mark between them,
 * where only one does: a word the reference has `COMMON_FILL` times or more, `COMMON_SHORT` times if of three
 * letters or fewer (a rare word a letter makes is as often wrong, "ch~nes" chines for cheques, "o~oe" oboe;
 * in a garbled line "a~r", "i~e" are anything); else null.
 */
export function letterInPlace(left: string, right: string, lex: { unigram(w: string): number }): string | null {
  const a = left.toLowerCase()
  const b = right.toLowerCase()
  const min = a.length + b.length >= 3 ? COMMON_FILL : COMMON_SHORT
  let found: string | null = null
  for (let c = 0x61; c <= 0x7a; c++) {
    const x = String.fromCharCode(c)
    if (lex.unigram(a + x + b) < min) continue
    if (found !== null) return null
    found = x
  }
  return found
}

/**
 * The word a scan broke with a mark or two inside it, where no space is ("nece!ssary", "co)mmunicated",
 * "abo:ut", "dea.ling", "Ev.>ans": BLN600's OCR), given the offset of the first mark: its span, the letters
 * either side as printed, and the word meant, in lower case: the two sides joined, where that is a word of
 * the reference (three times or more) or of the dictionary (five letters or more), else the one letter
 * that makes a common word in the marks' place, if only one does (`letterInPlace`)
 * ("hou.es" → houses, "Ric.ard" → Richard, "l;.dy" → lady; not "b.ttle": battle, bottle); a capital D
 * read as "I)" or "l)" ("l)efendant", "I)etective": the word is d and the rest). Not where both
 * sides are words (a space lost after the mark, "said.the", or a hyphen misread, "shop.front"), nor a
 * letter each ("a.m", "i.e", "h..r"), nor a capital after the mark ("U.S", "Mr.Smith"), nor a full stop and
 * a comma after it ("8d.,and"), nor a word and a contraction's or a possessive's ending ("can.t", "paper,s":
 * an apostrophe misread), nor beside a digit or an apostrophe; null then, and where no word is found.
 */
export function speckInWord(
  text: string,
  at: number,
  lex: { unigram(w: string): number; isWord(w: string): boolean }
): { start: number; end: number; left: string; right: string; word: string } | null {
  if (!SPECK.test(text[at] ?? "") || !isAsciiLetter(text.charCodeAt(at - 1))) return null
  let to = at + 1
  if (SPECK.test(text[to] ?? "")) to++
  let end = to
  while (end < text.length && isSmallLetter(text.charCodeAt(end))) end++
  if (end === to || isWordChar(text.charCodeAt(end))) return null
  let start = at
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--
  if (start > 0 && isWordChar(text.charCodeAt(start - 1))) return null
  const left = text.slice(start, at)
  const right = text.slice(to, end)
  // (a capital D the scan read as "I)" or "l)": "l)efendant", "I)etective", BLN600's OCR)
  if ((left === "I" || left === "l") && to - at === 1 && text[at] === ")" && right.length >= 3) {
    const d = `d${right}`
    return lex.unigram(d) >= 3 || lex.isWord(d) ? { start, end, left, right, word: d } : null
  }
  if (left.length === 1 && right.length === 1) return null
  // (a full stop and the comma after it, "8d.,": punctuation after an abbreviation)
  if (text[at] === "." && /[,;:]/.test(text[at + 1]!)) return null
  const a = left.toLowerCase()
  // (words the reference uses: the dictionary's rare ones, "oner", "pri", are as likely a word's pieces)
  const wordish = (w: string) => (w.length <= 2 ? lex.unigram(w) >= COMMON_SHORT || w === "a" || w === "i" : lex.unigram(w) >= 3)
  if (wordish(a) && wordish(right)) return null
  // (a word and the ending of a contraction or a possessive: the mark is its apostrophe misread, "can.t", "paper,s")
  if (CLITIC.has(right) && wordish(a)) return null
  const joined = a + right
  if (lex.unigram(joined) >= 3 || (joined.length >= 5 && lex.isWord(joined))) return { start, end, left, right, word: joined }
  const letter = letterInPlace(a, right, lex)
  return letter === null ? null : { start, end, left, right, word: a + letter + right }
}
const CLITIC: ReadonlySet<string> = new Set(["s", "t", "d", "m", "ll", "re", "ve"])
const isAsciiLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a
const isSmallLetter = (c: number) => c >= 0x61 && c <= 0x7a
/** A letter, a digit or an apostrophe: a word goes on there (a hyphen ends one: "Police-constab~le"). */
const isWordChar = (c: number) => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x27 || c === 0x2019 || (c > 0x7f && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)))

/** Is text[start, end) a part of a word a mark of the scan broke inside ("nece!ssary", "propert~y": see `speckInWord`)? */
export function brokenBySpeck(text: string, start: number, end: number, lex: Parameters<typeof speckInWord>[2]): boolean {
  if (SPECK.test(text[end] ?? "") && speckInWord(text, end, lex)?.start === start) return true
  for (let k = start - 1; k >= start - 2 && k >= 1 && SPECK.test(text[k]!); k--) if (speckInWord(text, k, lex)?.end === end) return true
  return false
}

/**
 * Is text[start, end) a part of a word broken at a former line end: by a hyphen with spaces or a line break
 * after it ("he dis- covered", "pri- soners"), with a speck of the scan after that ("con- I tributor", see
 * `speckBroken`), or by a full stop read for its hyphen (see `stopBroken`; with `mend`, also where the scan
 * misread the word besides, `stopBrokenMisread`); or of a word a mark of the scan broke inside ("nece!ssary":
 * see `speckInWord`)?
 */
export function partOfBrokenWord(text: string, start: number, end: number, lex: Parameters<typeof stopBroken>[2], mend?: (joined: string) => Mended | null): boolean {
  // (a hyphen after the part, then a space or a line break; or before it, after a letter and before spaces:
  // a hyphen glued to the part's start, "-vere called", is a stray mark, not a break)
  if (text.charCodeAt(end) === 0x2d && BLANK.test(text.slice(end + 1, end + 2))) return true
  if (HYPHEN_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return true
  // (the second half after a speck: the hyphen three to six characters before its start)
  for (let h = start - 3; h >= start - 6 && h >= 1; h--)
    if (text.charCodeAt(h) === 0x2d && (speckBroken(text, h, lex)?.end === start || (mend !== undefined && speckBrokenMisread(text, h, lex, mend)?.end === start))) return true
  if (brokenBySpeck(text, start, end, lex)) return true
  const stopAfter = text.charCodeAt(end) === 0x2e
  const stopBefore = start >= 2 && text.charCodeAt(start - 2) === 0x2e
  if ((stopAfter && stopBroken(text, end, lex) !== null) || (stopBefore && stopBroken(text, start - 2, lex) !== null)) return true
  // (and one the scan misread besides, where `mend` is given)
  return mend !== undefined && ((stopAfter && stopBrokenMisread(text, end, lex, mend) !== null) || (stopBefore && stopBrokenMisread(text, start - 2, lex, mend) !== null))
}
const BLANK = /^\s/
const HYPHEN_BEFORE = /\p{L}-{1,2}\s+$/u

/** Does the witness write dashes as dashes (two en or em dashes or more)? Where it does not, a hyphen may stand for one. */
export function usesDashGlyphs(text: string): boolean {
  const { emDashes, enDashes } = glyphCensus(text)
  return emDashes + enDashes >= 2
}

/**
 * The offsets of the zeros standing alone between two lower-case words, after a letter, a comma or a
 * semicolon ("loyalties 0 were", "who said 0 that"): no number can stand there. In a witness that writes its
 * dashes as dashes it is a dash read as a digit; in one that writes none, a mark of the scan. (Not a capital
 * O: it may be the vocative, "sing, O muse".)
 */
export function loneZeros(text: string): number[] {
  const out: number[] = []
  // (the look-behind written as a test of the character before: a pattern that starts with one is tried
  // at every position of the text)
  const ZERO = / 0(?= [a-z])/g
  let m: RegExpExecArray | null
  while ((m = ZERO.exec(text)) !== null) {
    const b = text.charCodeAt(m.index - 1)
    if (!((b >= 0x61 && b <= 0x7a) || b === 0x2c || b === 0x3b)) {
      ZERO.lastIndex = m.index + 1
      continue
    }
    out.push(m.index + 1)
  }
  return out
}
