/** Small helpers for the text-level (typographic) detectors. */

/**
 * How many times a global, non-sticky pattern matches in text (scanned by the regex engine, several times
 * faster than a loop over the characters of a two-byte string; `test` builds no match object).
 */
function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0
  let n = 0
  while (re.test(text)) n++
  return n
}

const EN_DASH = /\u2013/g
const EM_DASH = /\u2014/g
const CURLY = /[\u201c\u201d\u2018\u2019]/g
const STRAIGHT = /["'`]/g

/** The dash a witness uses between words: its commonest of "–" and "—" (en dash when it uses neither). */
export function witnessDash(text: string): string {
  return countMatches(EM_DASH, text) > countMatches(EN_DASH, text) ? "\u2014" : "\u2013"
}

/** Does the witness use curly quotation marks (and so a straight one among them is a stand-in)? */
export function usesCurlyQuotes(text: string): boolean {
  const curly = countMatches(CURLY, text)
  return curly >= 4 && curly >= 4 * countMatches(STRAIGHT, text)
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
