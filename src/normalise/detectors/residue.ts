/**
 * Residue of the web page or the scan: navigation and "Last updated…" lines, empty link brackets, page
 * numbers and running heads on lines of their own, soft hyphens, ligature characters, mojibake (UTF-8 read
 * as Windows-1252: â€™ for ’), and words broken by a hyphen at a line end.
 */
import type { Draft } from "../proposal.ts"
import type { Lexicon } from "../lexicon.ts"
import { errorPrior, q, SCAN_PRIOR, type DetectorInput } from "./shared.ts"
import { COMMON_SHORT, letterInPlace, loneZeros, speckInWord, usesDashGlyphs } from "./typography.ts"

/** UTF-8 sequences decoded as Windows-1252, and what they stood for. */
const MOJIBAKE: ReadonlyArray<readonly [string, string]> = [
  ["â€™", "’"], ["â€˜", "‘"], ["â€œ", "“"], ["â€\u009d", "”"], ["â€\u201d", "—"], ["â€\u201c", "–"], ["â€¦", "…"],
  ["â€“", "–"], ["â€”", "—"], ["â€", "”"], ["Ã©", "é"], ["Ã¨", "è"], ["Ã¶", "ö"], ["Ã¼", "ü"], ["Ã¤", "ä"], ["Ã§", "ç"],
  ["Ã±", "ñ"], ["Ã³", "ó"], ["Ã¡", "á"], ["Ã­", "í"], ["Ãº", "ú"], ["Ãª", "ê"], ["Ã¢", "â"], ["Ã´", "ô"], ["Ã®", "î"],
  ["Â£", "£"], ["Â§", "§"], ["Â°", "°"], ["Â\u00a0", "\u00a0"], ["Â·", "·"]
]
const MOJI_RE = new RegExp(MOJIBAKE.map(([k]) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g")
const MOJI_MAP = new Map(MOJIBAKE)

const LIGATURES: Record<string, string> = { "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st" }

/** First parts of hyphenated compounds: a line-end hyphen after them is a real hyphen. */
const COMPOUND_PREFIXES = new Set(["self", "non", "anti", "quasi", "semi", "pseudo", "ex", "co", "well", "half", "all", "neo", "counter", "ultra", "post", "pre"])

/** How many lines of a run of residue lines its explanation quotes. */
const RUN_SHOWN = 12

/** A letter of any script (a running head has words). */
const HAS_LETTER = /\p{L}/u
/** A short line that begins or ends with a page's number ("8 VARIATION UNDER DOMESTICATION.", "… SPECIES. 9"). */
const PAGE_NUMBERED = /^(\d{1,4})\s|\s(\d{1,4})$/
/** The line with its page's number left out: the head's key. */
const numberedHead = (b: string) => b.replace(/^\d{1,4}\s+|\s+\d{1,4}$/, "#")
/**
 * Characters of text per numbered head at most for the heads to be a book's running heads: a page holds
 * some 2,000 to 3,500; the numbered headings of chapters stand much further apart.
 */
const PAGE_SPAN = 8000
/** Words of a heading that numbers a division of the text or a day, not a page ("Chapter 12", "Psalm 23", "May 14"). */
const NUMBERED_HEADINGS = new Set([
  "chapter", "chap", "ch", "book", "part", "section", "sect", "psalm", "canto", "act", "scene", "sc", "letter",
  "lecture", "sermon", "article", "art", "no", "number", "volume", "vol", "day", "week", "year", "page", "p", "verse",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
])

const NAV_WORDS = /\b(?:archive|home ?page|home|index|contents|top of page|next|previous|back|encyclopedia|main page)\b/i

/**
 * The word broken by a hyphen before residue lines text[from, to) and going on after them ("bureau-⏎⏎12 THE
 * REVOLUTION BETRAYED⏎⏎cracy"): the offset of its hyphen and the word joined, or null.
 */
function brokenAcross(text: string, from: number, to: number): { hyphen: number; joined: string } | null {
  const before = /(\p{L}+)-\s*$/u.exec(text.slice(Math.max(0, from - 40), from))
  const after = /^\s*(\p{Ll}+)/u.exec(text.slice(to, to + 40))
  if (before === null || after === null) return null
  const hyphen = from - before[0].length + before[1]!.length
  return { hyphen, joined: before[1]! + after[1]! }
}

/** Characters a closing emphasis mark may follow: the end of a word, or of a sentence or quotation inside it. */
const EMPHASIS_CLOSES_AFTER = /[\p{L}\p{N}.,;:!?'’"”)]/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
/** How far a plain-text emphasis may run (within its paragraph). */
const EMPHASIS_REACH = 300

/**
 * Does the mark at `at` (asterisks or underscores glued to a word's start) open an emphasis as plain text
 * writes it, "you may *not* copyright", "the _Modern Prometheus_": the same mark glued to the end of a word
 * further on in the paragraph, not before a letter or digit? A scan's specks do not pair so ("*was" in
 * BLN600's OCR); deleting one mark of a pair would break the markup the transcription means.
 */
function emphasis(text: string, at: number, mark: string): boolean {
  const c = mark.charCodeAt(0)
  if (c !== 0x2a && c !== 0x5f) return false
  for (let k = 1; k < mark.length; k++) if (mark.charCodeAt(k) !== c) return false
  // (looked for in the paragraph, EMPHASIS_REACH characters at most: a search of the whole text at every mark
  // would cost the square of a witness full of specks)
  const from = at + mark.length + 1
  const region = text.slice(from, Math.min(text.length, at + EMPHASIS_REACH))
  const blank = region.indexOf("\n\n")
  const within = blank < 0 ? region : region.slice(0, blank)
  for (let k = within.indexOf(mark); k >= 0; k = within.indexOf(mark, k + 1)) {
    const j = from + k
    if (EMPHASIS_CLOSES_AFTER.test(text[j - 1]!) && !LETTER_OR_DIGIT.test(text[j + mark.length] ?? "") && text[j + mark.length] !== mark[0]) return true
  }
  return false
}

/** Letters below which a word a mark broke is mended only where it fits beside a neighbour. */
const SHORT_SPECKED = 6
/** Does the reference set `word` beside the word before text[start] or after text[end], on the same line? */
function besideNeighbour(text: string, start: number, end: number, word: string, lex: Lexicon): boolean {
  const before = /([A-Za-z]+)[ \t]+$/.exec(text.slice(Math.max(0, start - 30), start))?.[1]
  const after = /^[ \t]+([A-Za-z]+)/.exec(text.slice(end, end + 30))?.[1]
  return (before !== undefined && lex.bigram(before.toLowerCase(), word) > 0) || (after !== undefined && lex.bigram(word, after.toLowerCase()) > 0)
}
const LETTER = /\p{L}/u
const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c)

export function detectResidue(input: DetectorInput): Draft[] {
  const { model } = input
  const lex = model.lexicon
  const { text } = input.witness.witness
  const out: Draft[] = []
  const known = (w: string) => lex.unigram(w) > 0 || model.corpusCount(w) > 0 || lex.isWord(w)
  let m: RegExpExecArray | null

  // whole lines: "Last updated…", navigation bars, page numbers, running heads
  const lines: Array<{ start: number; end: number; body: string }> = []
  const LINE = /[^\n]*(?:\n|$)/g
  while ((m = LINE.exec(text)) !== null) {
    if (m[0] === "") break
    const body = m[0].replace(/\r?\n$/, "")
    lines.push({ start: m.index, end: m.index + body.length, body })
  }
  const shortLines = new Map<string, number>()
  // (running heads with their page's number, by the head with the number left out: "8 VARIATION UNDER
  // DOMESTICATION." and "10 VARIATION …" are one head; each with the numbers it was printed with)
  const numberedHeads = new Map<string, number[]>()
  for (const l of lines) {
    // (a long line, a paragraph, is never short: lower case never shortens a string, so no copy is made)
    const t = l.body.trim()
    if (t.length >= 60) continue
    const b = t.toLowerCase()
    if (b.length > 3 && b.length < 60 && !/[.?!:;,”"]$/.test(b)) shortLines.set(b, (shortLines.get(b) ?? 0) + 1)
    const numbered = PAGE_NUMBERED.exec(b)
    if (numbered !== null && HAS_LETTER.test(b)) {
      const key = numberedHead(b)
      const list = numberedHeads.get(key)
      const page = Number(numbered[1] ?? numbered[2])
      if (list === undefined) numberedHeads.set(key, [page])
      else list.push(page)
    }
  }
  /** Is the short line b a running head printed with its page's number (see `PAGE_SPAN`)? */
  const pageHead = (b: string): number => {
    if (!PAGE_NUMBERED.test(b) || !HAS_LETTER.test(b)) return 0
    const key = numberedHead(b.toLowerCase())
    // (a heading that numbers a division, "CHAPTER 12", "Psalm 23", "May 14", is the text's, however often)
    if ((key.match(/\p{L}+/gu) ?? []).every((w) => NUMBERED_HEADINGS.has(w))) return 0
    const pages = numberedHeads.get(key)
    if (pages === undefined || pages.length < 3 || text.length / pages.length > PAGE_SPAN) return 0
    // (the pages' numbers rise, as a book's do, three steps in four at least: a scan misreads a number now and
    // then, "18" as "13")
    let rising = 0
    for (let k = 1; k < pages.length; k++) if (pages[k]! > pages[k - 1]!) rising++
    return rising * 4 >= (pages.length - 1) * 3 ? pages.length : 0
  }
  const deleteLine = (l: { start: number; end: number }) => {
    // take the line and the line breaks before it (the last line) or after it
    let s = l.start
    let e = l.end
    if (text.slice(e).trim() === "") while (s > 0 && /\s/.test(text[s - 1]!)) s--
    else while (e < text.length && text[e] === "\n") e++
    return [s, e] as const
  }
  // (neighbouring residue lines of one kind make one proposal, no overlapping spans: gathered into runs first,
  // each explained once at the end; a run grown line by line, its list copied and its explanation rebuilt at
  // every line, would cost the square of its length)
  const runs: Array<{ rule: string; start: number; end: number; confidence: number; why: string; lines: string[] }> = []
  for (const l of lines) {
    const b = l.body.trim()
    if (b === "") continue
    let rule: string | null = null
    let why = ""
    let conf = 0.9
    if (/^last (?:updated|modified|revised)\b/i.test(b) && b.length < 80) {
      rule = "web-residue"
      why = "a web page's “last updated” line, not part of the text"
      conf = 0.95
    } else if (b.includes("|") && NAV_WORDS.test(b) && b.length < 160 && !/[.?!]$/.test(b)) {
      rule = "web-residue"
      why = "a web page's navigation links, not part of the text"
      conf = 0.93
    } else if (/^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$/.test(b) && lines.length > 3) {
      rule = "page-number"
      why = "a page number of the printed source on a line of its own"
      conf = 0.8
    } else if (b.length < 60 && b.split(/\s+/).length <= 9 && pageHead(b) > 0) {
      rule = "running-head"
      why = `a running head with its page's number: the same line stands ${pageHead(b)} times in the witness, the number rising`
      conf = 0.8
    } else if (b.length < 60 && (shortLines.get(b.toLowerCase()) ?? 0) >= 3 && b.split(/\s+/).length <= 8 && HAS_LETTER.test(b)) {
      // (a running head names the book, its chapter or its author; a line of marks alone, "* * *", "----------",
      // "⁂", divides the text's sections however often it stands: structure, not residue)
      rule = "running-head"
      why = `a running head: the same short line stands ${shortLines.get(b.toLowerCase())} times in the witness`
      conf = 0.75
    }
    if (rule === null) continue
    const [s, e] = deleteLine(l)
    const prev = runs[runs.length - 1]
    if (prev !== undefined && prev.end >= s && prev.rule === rule) {
      if (text.slice(e).trim() === "") while (prev.start > 0 && /\s/.test(text[prev.start - 1]!)) prev.start--
      prev.end = Math.max(prev.end, e)
      prev.confidence = Math.min(prev.confidence, conf)
      prev.lines.push(b)
    } else runs.push({ rule, start: s, end: e, confidence: conf, why, lines: [b] })
  }
  for (const r of runs) {
    const one = r.lines[0]!
    const kind = r.rule === "web-residue" ? "web-page residue (navigation links, “last updated”)" : r.rule.replace("-", " ") + "s"
    // (a long run is shown by its first lines: the evidence lists them all)
    const shown = r.lines.slice(0, RUN_SHOWN).map((x) => q(x.length > 40 ? x.slice(0, 37) + "…" : x)).join(", ")
    const more = r.lines.length > RUN_SHOWN ? ` and ${r.lines.length - RUN_SHOWN} more` : ""
    out.push({
      start: r.start, end: r.end, replacement: "", rule: r.rule, class: "residue", confidence: r.confidence,
      explanation: r.lines.length === 1 ? `${q(one.length > 50 ? one.slice(0, 47) + "…" : one)}: ${r.why}` : `${r.lines.length} lines of ${kind}, not part of the text: ${shown}${more}`,
      evidence: { lines: r.lines }
    })
    // a word broken across the page the head or number marks: "bureau-⏎⏎12 THE REVOLUTION BETRAYED⏎⏎cracy"
    if (r.rule === "running-head" || r.rule === "page-number") {
      const broken = brokenAcross(text, r.start, r.end)
      if (broken !== null && known(broken.joined.toLowerCase())) {
        out.push({
          start: broken.hyphen, end: r.start, replacement: "", rule: "line-end-hyphen", class: "hyphenation", confidence: 0.85,
          explanation: `${q(broken.joined)} was broken by a hyphen at the foot of a page, its halves parted by the ${r.rule === "page-number" ? "page's number" : "running head"}`,
          evidence: { joined: broken.joined.toLowerCase(), reference: lex.unigram(broken.joined.toLowerCase()) }
        })
      }
    }
  }

  // a zero standing alone between two lower-case words in a scan that writes no dashes: no number and no
  // dash, a mark of the scan ("who said 0 that", "was brought up 0 before": BLN600's OCR, where its ground
  // truth has nothing there 16 times in 16); in a witness that writes dashes, a dash (punctuation.ts); in a
  // careful transcription, a number as written ("the words of frequency class 0 and the common ones")
  const zeros = usesDashGlyphs(text) ? [] : loneZeros(text)
  if (zeros.length > 0 && errorPrior(input) >= SCAN_PRIOR)
    for (const at of zeros) {
      out.push({ start: at, end: at + 2, replacement: "", rule: "stray-mark", class: "residue", confidence: 0.7, explanation: `${q(text[at]!)} stands alone between two words, where neither a number nor a dash can be: a mark left by the scan`, evidence: { mark: text[at]! } })
    }

  // empty link brackets
  // (found from the opening bracket, the space before it taken after: a pattern that may begin with a space
  // is tried at every space of the text)
  const EMPTY = /[[(]\s*[\])]/g
  while ((m = EMPTY.exec(text)) !== null) {
    if ((m[0][0] === "[") !== (m[0][m[0].length - 1] === "]")) {
      EMPTY.lastIndex = m.index + 1
      continue
    }
    const start = text.charCodeAt(m.index - 1) === 0x20 ? m.index - 1 : m.index
    out.push({ start, end: m.index + m[0].length, replacement: "", rule: "empty-brackets", class: "residue", confidence: 0.9, explanation: `${q(m[0])}: empty brackets left by a removed link or note`, evidence: { pattern: m[0] } })
  }
  // soft hyphens and ligatures
  const MARKS = /[\u00ad\ufb00-\ufb06]/g
  while ((m = MARKS.exec(text)) !== null) {
    const i = m.index
    const c = m[0]
    if (c === "\u00ad") {
      out.push({ start: i, end: i + 1, replacement: "", rule: "soft-hyphen", class: "residue", confidence: 0.95, explanation: "an invisible soft hyphen inside the text", evidence: { code: "U+00AD" } })
    } else if (LIGATURES[c] !== undefined) {
      out.push({ start: i, end: i + 1, replacement: LIGATURES[c]!, rule: "ligature", class: "residue", confidence: 0.95, explanation: `the ligature character ${q(c)} stands for the letters ${q(LIGATURES[c]!)}`, evidence: { code: `U+${c.charCodeAt(0).toString(16).toUpperCase()}` } })
    }
  }
  // stray marks of the scan glued to the start of a word or standing alone between words ("*was", "__RO")
  // (a match starts at a mark: tried, sticky, only where a mark stands, instead of at every position)
  const STRAY = /(?<=^|[ \t])([*~^|_•¦¬]+)(?=\p{L})|(?<=\p{L}[.,;:]? )([~^_•¦¬]+ )(?=\p{L})/muy
  const MARK = /[*~^|_•¦¬]/g
  let k: RegExpExecArray | null
  while ((k = MARK.exec(text)) !== null) {
    STRAY.lastIndex = k.index
    m = STRAY.exec(text)
    if (m === null) continue
    MARK.lastIndex = STRAY.lastIndex
    const mark = m[1] ?? m[2]!
    if (m[1] !== undefined && emphasis(text, m.index, mark)) continue
    out.push({ start: m.index, end: m.index + mark.length, replacement: "", rule: "stray-mark", class: "residue", confidence: 0.75, explanation: `${q(mark.trim())} beside a word is no punctuation: a mark left by the scan`, evidence: { mark: mark.trim() } })
  }
  // a tilde or a caret between two letters in a scan: no print of the period sets one inside a word (BLN600's
  // ground truth has none; its OCR after the other rules 277 in the tune split: "a~nd", "twelv~e", "M~r.",
  // "Bradf~rd", "which~he", "in~murdering"). The mark is deleted where the letters either side make a word
  // ("a~nd" → and); it is the one letter that makes them a word where there is one ("Bradf~rd" → Bradford);
  // a space where the two sides are words of the reference ("which~he" → which he); else deleted, the word
  // left to the editor. In a careful transcription a mark inside a word may be a convention of its own
  // ("man~ana" for mañana in plain ASCII): left.
  const INSIDE = /[~^]/g
  let scan: boolean | null = null
  /**
   * A word of the reference or the dictionary (not of the corpus, where the halves of this word are two
   * tokens); one of two letters or fewer only if common ("in", "he", not "st", "el").
   */
  const halfAWord = (w: string) => (w.length <= 2 ? lex.unigram(w) >= COMMON_SHORT : lex.unigram(w) > 0 || lex.isWord(w))
  while ((m = INSIDE.exec(text)) !== null) {
    const at = m.index
    if (!isLetter(text[at - 1]) || !isLetter(text[at + 1])) continue
    if ((scan ??= errorPrior(input) >= SCAN_PRIOR) === false) break
    let from = at
    while (from > 0 && isLetter(text[from - 1])) from--
    let to = at + 1
    while (to < text.length && isLetter(text[to])) to++
    const left = text.slice(from, at)
    const right = text.slice(at + 1, to)
    const printed = text.slice(from, to)
    const joined = (left + right).toLowerCase()
    let replacement = ""
    let confidence = 0.65
    let why = "no letter and no punctuation: a mark left by the scan"
    if (known(joined)) {
      confidence = 0.85
      why += ` (${q(left + right)})`
    } else {
      // (a common word, the only one a letter makes: see `letterInPlace`)
      const letter = letterInPlace(left, right, lex)
      if (letter !== null) {
        const capitals = left + right === (left + right).toUpperCase()
        replacement = capitals ? letter.toUpperCase() : letter
        confidence = 0.8
        why = `a letter the scan misread: ${q(left + replacement + right)} is a word, with no other letter there`
      } else if (halfAWord(left.toLowerCase()) && halfAWord(right.toLowerCase())) {
        replacement = " "
        confidence = 0.8
        why = `a space the scan misread between the words ${q(left)} and ${q(right)}`
      }
    }
    out.push({
      start: at, end: at + 1, replacement, rule: "stray-mark", class: "residue", confidence,
      explanation: `${q(m[0])} inside ${q(printed)}: ${why}`,
      evidence: { mark: m[0], reading: left + replacement + right }
    })
  }
  // a mark of punctuation inside a word, where no space is, in a scan: a speck, or a letter misread
  // ("nece!ssary" → necessary, "co)mmunicated", "dea.ling", "hou.es" → houses: see `speckInWord`); a word of
  // five letters or fewer only where the reference sets it beside a neighbour ("T!ie accused" is no "Tie")
  // (found where a small letter follows the mark or two: most marks end a word and a space follows)
  const SPECKS = /[.,;:!?)>]{1,2}(?=[a-z])/g
  while ((m = SPECKS.exec(text)) !== null) {
    const at = m.index
    if (!isLetter(text[at - 1])) continue
    if ((scan ??= errorPrior(input) >= SCAN_PRIOR) === false) break
    const b = speckInWord(text, at, lex)
    if (b === null) continue
    SPECKS.lastIndex = b.end
    if (b.word.length < SHORT_SPECKED && !besideNeighbour(text, b.start, b.end, b.word, lex)) continue
    const marks = text.slice(b.start + b.left.length, b.end - b.right.length)
    const printed = text.slice(b.start, b.end)
    const capitalD = b.word === `d${b.right}` && b.left.length === 1 && b.left !== "d"
    const lost = !capitalD && b.word.length === b.left.length + b.right.length
    const replacement = capitalD ? `D${b.right}` : b.left + (lost ? "" : b.word[b.left.length]!) + b.right
    out.push({
      start: b.start, end: b.end, replacement, rule: "stray-mark", class: "residue", confidence: lost || capitalD ? 0.85 : 0.8,
      explanation: capitalD
        ? `${q(b.left + marks)} at the start of ${q(printed)}: a capital D the scan read as two marks (${q(replacement)})`
        : lost
          ? `${q(marks)} inside ${q(printed)}: no punctuation, a mark left by the scan (${q(replacement)})`
          : `${q(marks)} inside ${q(printed)}: a letter the scan misread: ${q(replacement)} is a word, with no other letter there`,
      evidence: { mark: marks, reading: replacement, reference: lex.unigram(b.word) }
    })
  }
  // the replacement character U+FFFD where a character failed to decode; before a sum of money it was £
  const FFFD = /\uFFFD(?=\d)/g
  while ((m = FFFD.exec(text)) !== null) {
    out.push({ start: m.index, end: m.index + 1, replacement: "£", rule: "replacement-char", class: "residue", confidence: 0.7, explanation: "the replacement character (�) stands before a sum: a pound sign lost in decoding", evidence: { code: "U+FFFD", next: text.slice(m.index + 1, m.index + 6) } })
  }
  // mojibake
  MOJI_RE.lastIndex = 0
  while ((m = MOJI_RE.exec(text)) !== null) {
    const r = MOJI_MAP.get(m[0])!
    out.push({ start: m.index, end: m.index + m[0].length, replacement: r, rule: "mojibake", class: "residue", confidence: 0.95, explanation: `${q(m[0])} is ${q(r)} decoded with the wrong character set (UTF-8 read as Windows-1252)`, evidence: { pattern: `${m[0]}→${r}` } })
  }
  // line-end hyphenation: "bureau-⏎cracy" → bureaucracy, when the joined word is known and the hyphenated is not
  // (found from the hyphen-and-line-break, then the words either side: a scan from every letter is slow)
  // (the hyphen, or the "¬" some OCR engines print for it at a line end)
  const BREAK = /[-\u00ac][ \t]*\r?\n[ \t]*(?=\p{Ll})/gu
  let b: RegExpExecArray | null
  while ((b = BREAK.exec(text)) !== null) {
    const left = /\p{L}+$/u.exec(text.slice(Math.max(0, b.index - 40), b.index))
    const right = /^\p{Ll}+/u.exec(text.slice(b.index + b[0].length, b.index + b[0].length + 40))
    if (left === null || right === null) continue
    const m = Object.assign([left[0] + b[0] + right[0], left[0], right[0]], { index: b.index - left[0].length }) as unknown as RegExpExecArray
    const joined = (m[1]! + m[2]!).toLowerCase()
    const hyphenated = `${m[1]!.toLowerCase()}-${m[2]}`
    // (the tokeniser joins line-end hyphenation, so this very token counts once among the witnesses)
    if (!(lex.unigram(joined) > 0 || model.corpusCount(joined, 1) > 0 || lex.isWord(joined))) continue
    if (COMPOUND_PREFIXES.has(m[1]!.toLowerCase())) continue
    if (model.corpusCount(hyphenated) + lex.unigram(hyphenated) > model.corpusCount(joined) + lex.unigram(joined)) continue
    const at = m.index + m[1]!.length
    out.push({
      start: at, end: m.index + m[0].length - m[2]!.length, replacement: "", rule: "line-end-hyphen", class: "hyphenation", confidence: 0.9,
      explanation: `${q(m[1]! + m[2]!)} was broken by a hyphen at a line end`,
      evidence: { joined, reference: lex.unigram(joined), corpus: model.corpusCount(joined), hyphenated: model.corpusCount(hyphenated) + lex.unigram(hyphenated) }
    })
  }
  return out
}
