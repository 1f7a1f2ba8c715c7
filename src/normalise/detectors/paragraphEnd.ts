/**
 * The end of a paragraph of prose, before a paragraph that starts with a capital:
 * - a comma or a semicolon there is its full stop misread: "an altercation arose,⏎⏎The defendant called
 *   them" (→ arose.), "taken into a yard;⏎⏎The crowd then" (→ yard.);
 *   so is a comma before a closing quotation mark ("to stop the servant,"⏎⏎Witness asked" → servant.");
 *   one after the full stop (".,") is a speck;
 * - in a scan, a hyphen glued to a whole word there is its full stop misread: "loaded with fat-⏎⏎The heart
 *   was" (→ fat.; BLN600's OCR, all 480 articles: of 14 sentences that end with a hyphen glued to a word, the
 *   ground truth ends 13 with a full stop, and one, "she would be-", with a dash and a full stop);
 * - no mark at all after a word is its full stop lost ("a coat, and a rug⏎⏎Mr. Vaughan remanded the
 *   accused"), between paragraphs that end as sentences do (in a scan, whose neighbours may have lost
 *   theirs too, between any), the paragraph no item of a list and its last word a word.
 * Not a paragraph of fewer than six words (a letter's "Sir," or "Yours truly,", a heading), nor one mostly of
 * capitalised words (an address, a heading), nor verse (lines that each start with a capital), nor the last
 * paragraph (a witness may be an excerpt cut in mid-sentence), nor before a paragraph in lower case (the
 * same sentence, broken by a page). A colon is left: it ends a paragraph before a quotation or a list.
 * In a scan (`scan`: a witness with a scan's rate of unknown words) the comma or semicolon that ends the
 * last paragraph is its full stop too, after a word a sentence may end with (`mayEnd`): a newspaper's
 * article ends with its sentence (BLN600's OCR, tune split: of 25 articles whose last line ends with a
 * comma, the ground truth ends all 25 with a full stop); and so is the comma that ends a headline in
 * capitals, however short ("ALLEGED CRUELTY BY A MOTHER,": the ground truth ends 61 such of the tune split
 * with a full stop, 3 with nothing).
 * (BLN600's OCR, tune split, raw scans, every paragraph ending so before one with a capital, by the ground
 * truth: "," a full stop 240 times, a comma twice; '," ' a full stop 8 times, a comma once; ".," a full stop
 * 63 times; ";" a full stop 8 times, a semicolon never. The lost full stop, with every guard: 40 single
 * proposals closer to the truth, 1 further; between any paragraphs in a scan, 57 and 3. The eval writes
 * each of BLN600's sentences as a paragraph, so there the rule meets every sentence end so misread; in a
 * scan whose paragraphs are the article's, it meets those at paragraph ends only.)
 */
import type { Draft } from "../proposal.ts"
import { q } from "./shared.ts"

/** Words a paragraph needs for the rule to read it as prose. */
const MIN_WORDS = 6
/** Closing quotation marks a paragraph's comma may stand before. */
const CLOSING = new Set(['"', "\u201d", "\u2019"])
/** The next paragraph's start: a capital, after opening marks at most. */
const CAPITAL_START = /^[\s"\u201c\u2018([\-\u2013\u2014]*\p{Lu}/u

/** A paragraph's end in a word in lower case (two letters). */
const LOWER_END = /\p{Ll}\p{Ll}$/u
/** A paragraph's last word an address: a full stop, a slash or an at sign inside it, or a scheme's "://". */
const ADDRESS = /(?:^|\s)\S*(?:[\p{L}\p{N}][./@][\p{L}\p{N}]|:\/\/)\S*$/u
/** An item of a list: a paragraph starting with a dash, a hyphen, a bullet or a numeral. */
const LIST_ITEM = /^\s*(?:[-\u2013\u2014\u2022*]|\d+[.)])/

/** Are most words of text[from, to) capitalised (a heading, an address, a list of names)? */
function capitalised(text: string, from: number, to: number): boolean {
  const words = text.slice(from, to).match(/\p{L}+/gu) ?? []
  let capitals = 0
  for (const w of words) if (w[0] !== w[0]!.toLowerCase()) capitals++
  return capitals * 2 >= words.length
}

/** Does text[from, to) hold MIN_WORDS words or more? */
function prose(text: string, from: number, to: number): boolean {
  const words = /\p{L}+/gu
  words.lastIndex = from
  let n = 0
  let m: RegExpExecArray | null
  while (n < MIN_WORDS && (m = words.exec(text)) !== null && m.index < to) n++
  return n >= MIN_WORDS
}

/**
 * Is text[from, to) a headline in capitals, two words or more, two in three of them words in capitals
 * ("ALLEGED CRUELTY BY A MOTHER", "T3E POLICE AND THE PUBLIC")?
 */
function headline(text: string, from: number, to: number): boolean {
  const words = text.slice(from, to).match(/\p{L}+/gu) ?? []
  let capitals = 0
  for (const w of words) if (w === w.toUpperCase()) capitals++
  return words.length >= 2 && capitals * 3 >= words.length * 2
}

/** Is text[from, to) verse: three lines or more, each starting with a capital (after spaces or a quotation mark)? */
function verse(text: string, from: number, to: number): boolean {
  const lines = text.slice(from, to).split("\n")
  return lines.length >= 3 && lines.every((l) => /^[\s"\u201c\u2018']*\p{Lu}/u.test(l))
}

/** The paragraphs of text, as [start, end) without the spaces that end them, the blank lines between. */
function paragraphs(text: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = []
  let start = 0
  const close = (b: number) => {
    let end = b
    while (end > start && (text[end - 1] === " " || text[end - 1] === "\t")) end--
    if (end > start) out.push([start, end])
  }
  for (let b = text.indexOf("\n\n"); b >= 0; b = text.indexOf("\n\n", b + 1)) {
    let next = b + 2
    while (next < text.length && (text[next] === "\n" || text[next] === " " || text[next] === "\t")) next++
    if (b >= start) close(b)
    start = next
  }
  close(text.length)
  return out
}

/** Does the paragraph end after a word in lower case, with no mark? */
const unmarked = (text: string, p: readonly [number, number]) => LOWER_END.test(text.slice(Math.max(p[0], p[1] - 2), p[1]))
/**
 * Is the paragraph a signature: a name of one to four words, initials and words in title case, the surname
 * in capitals after an initial, and a full stop at most after it ("Jno. Smith.", "R. Walton", "J. J.
 * NORMAN.")? (Not a heading in capitals, "BOW-STREET.", "SATtUhDAY NIGET.": before it the comma is a
 * sentence's end.)
 */
function signature(text: string, p: readonly [number, number]): boolean {
  return SIGNATURE.test(text.slice(p[0], p[1]).trim())
}
/** The last word of a letter's subscription ("I am, Sir, your most obedient servant,", "Yours truly,", "Your affectionate brother,"). */
const SUBSCRIPTION = /\b(?:servant|servt|serv|yours|truly|faithfully|sincerely|respectfully|obediently|affectionately|friend|brother|sister|son|daughter|father|mother|wife|husband|cousin|nephew|niece|sir|madam|ever|&c)\.?$/i
const TITLE_WORD = String.raw`\p{Lu}[\p{Ll}'’]*(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?\.?`
const SIGNATURE = new RegExp(String.raw`^(?:(?:\p{Lu}\.|${TITLE_WORD})\s+){0,3}(?:${TITLE_WORD}|(?<=\p{Lu}\.\s+)\p{Lu}[\p{Lu}'’-]+\.?)$`, "u")

/** Does the paragraph end as a sentence does (a full stop, a question or exclamation mark, a quotation mark or bracket after one)? */
const SENTENCE_END = /[.!?]["\u201d\u2019)]?$/
const sentenceEnd = (text: string, p: readonly [number, number]) => SENTENCE_END.test(text.slice(Math.max(p[0], p[1] - 2), p[1]))

/** The paragraph's last word, whole (letters only from the space before it), glued to text[at]. */
const LAST_WORD = /(?:^|\s)(\p{L}{2,})$/u

/**
 * In a scan, the hyphen glued to the last word of a paragraph (text[from, end), the hyphen at `at`) before
 * one that starts with a capital (at `next`): the full stop misread, where the word is whole, one a sentence
 * may end with ("loaded with fat-⏎⏎The heart was" → fat.; not "to give evi-", a word broken across the
 * paragraphs, nor "give evi-⏎⏎dence", before one in lower case); else null.
 */
function hyphenEnd(text: string, from: number, at: number, end: number, next: number, known: (word: string) => boolean, mayEnd: (word: string) => boolean): Draft | null {
  const word = LAST_WORD.exec(text.slice(Math.max(from, at - 30), at))?.[1]?.toLowerCase()
  if (word === undefined || !known(word) || !mayEnd(word)) return null
  if (!CAPITAL_START.test(text.slice(next, next + 8)) || !(prose(text, from, end) || headline(text, from, end)) || verse(text, from, end)) return null
  const shown = text.slice(Math.max(from, at - 20), end).replace(/^\S*\s/, "")
  return {
    start: at, end: at + 1, replacement: ".", rule: "paragraph-end", class: "punctuation", confidence: 0.75,
    explanation: `${q(shown)}: a paragraph ends with a hyphen after a whole word, and the next starts with a capital; the scan read its full stop as a hyphen`,
    evidence: { ending: text.slice(at, end), next: text.slice(next, next + 20).split("\n")[0]! }
  }
}

/** The `paragraph-end` proposals of a witness's text (see the module's comment). */
export function detectParagraphEnds(text: string, known: (word: string) => boolean, scan = false, mayEnd: (word: string) => boolean = () => true): Draft[] {
  const out: Draft[] = []
  const ps = paragraphs(text)
  // (each paragraph but the last, with the one after it; in a scan the last too, for its comma: see `scan`;
  // a lost full stop needs the next paragraph's capital, which the last has none of)
  for (let k = 0; k + 1 < ps.length || (scan && k < ps.length); k++) {
    const [from, end] = ps[k]!
    const final = k + 1 === ps.length
    const next = final ? text.length : ps[k + 1]![0]
    if (end - from < 3) continue
    let comma = end - 1
    if (unmarked(text, ps[k]!)) {
      // (no mark at all after a word in lower case: a full stop lost, in a paragraph of prose that is no
      // item of a list, before one that is none either, between paragraphs that end as sentences do: the
      // items of a list of readings end as they please, "Last letters and articles by Lenin")
      if (!CAPITAL_START.test(text.slice(next, next + 8)) || LIST_ITEM.test(text.slice(from, from + 4)) || LIST_ITEM.test(text.slice(next, next + 4))) continue
      if (!scan && ((k > 0 && !sentenceEnd(text, ps[k - 1]!)) || !sentenceEnd(text, ps[k + 1]!))) continue
      if (!prose(text, from, end) || verse(text, from, end) || capitalised(text, from, end)) continue
      // (and the paragraph's last word a word: after a scan's debris, "in men'sM altbrot", a mark mends nothing)
      const lastWord = /\p{L}+$/u.exec(text.slice(Math.max(from, end - 30), end))![0]
      if (!known(lastWord.toLowerCase())) continue
      // (nor after a web address, an e-mail address or a file name: "http://wordlist.sourceforge.net" is no
      // sentence, and a full stop glued to it would misquote the address)
      if (ADDRESS.test(text.slice(Math.max(from, end - 200), end))) continue
      const shown = text.slice(Math.max(from, end - 24), end).replace(/^\S*\s/, "")
      out.push({
        start: end, end, replacement: ".", rule: "paragraph-end", class: "punctuation", confidence: 0.7,
        explanation: `${q(shown)}: a paragraph of prose ends with no mark, and the next starts with a capital; its full stop is lost`,
        evidence: { ending: text.slice(end - 1, end), next: text.slice(next, next + 20).split("\n")[0]! }
      })
      continue
    }
    if (CLOSING.has(text[comma]!)) comma--
    const mark = text[comma]!
    if (mark === "-") {
      const d = scan ? hyphenEnd(text, from, comma, end, next, known, mayEnd) : null
      if (d !== null) out.push(d)
      continue
    }
    if (mark !== "," && mark !== ";") continue
    const stopBefore = mark === "," && text[comma - 1] === "."
    // (a comma after a letter, a digit, a closing bracket, or a full stop)
    if (!stopBefore && !/[\p{L}\p{N})\]]/u.test(text[comma - 1] ?? "")) continue
    // (mostly capitalised words are no reason to abstain here, unlike a lost full stop: tune split, 18 more
    // closer to the truth and 2 more further with them; it would leave two entries of a list of deaths in
    // BLN600's corrected text, "Jan. 6, at Imperial-square, Cheltenham, Major John Williams,")
    if ((!final && !CAPITAL_START.test(text.slice(next, next + 8))) || !(prose(text, from, end) || (scan && headline(text, from, end))) || verse(text, from, end)) continue
    // (nor a letter's subscription before its signature: "your most humble servant,⏎⏎Jno. Smith.")
    if (mark === "," && !final && SUBSCRIPTION.test(text.slice(Math.max(from, comma - 20), comma)) && signature(text, ps[k + 1]!)) continue
    // (the last paragraph: after a word a sentence may end with, not "to the court and," where it was cut)
    if (final && !mayEnd((/\p{L}+$/u.exec(text.slice(Math.max(from, comma - 30), comma))?.[0] ?? "").toLowerCase())) continue
    const shown = text.slice(Math.max(from, comma - 20), end).replace(/^\S*\s/, "")
    out.push(
      stopBefore
        ? {
            start: comma, end: comma + 1, replacement: "", rule: "paragraph-end", class: "punctuation", confidence: 0.85,
            explanation: `${q(shown)}: the paragraph ends with a full stop and a stray comma after it`,
            evidence: { ending: text.slice(comma - 1, end), next: text.slice(next, next + 20).split("\n")[0]! }
          }
        : {
            start: comma, end: comma + 1, replacement: ".", rule: "paragraph-end", class: "punctuation", confidence: 0.8,
            explanation: `${q(shown)}: a paragraph of prose ends with a ${mark === "," ? "comma" : "semicolon"}, and the next starts with a capital; the scan read its full stop as a ${mark === "," ? "comma" : "semicolon"}`,
            evidence: { ending: text.slice(comma, end), next: text.slice(next, next + 20).split("\n")[0]! }
          }
    )
  }
  return out
}
