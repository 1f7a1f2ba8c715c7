/**
 * Stray fragments: a lone letter that is no word ("disastrous s pus effects"), with the short word after it
 * when that word is rare, unused elsewhere in the corpus and unattested beside both neighbours — the debris
 * of a damaged line. Deleted, with the space after it.
 */
import type { Token } from "../../domain/model.ts"
import type { Lexicon } from "../lexicon.ts"
import type { Draft } from "../proposal.ts"
import { errorPrior, q, SCAN_PRIOR, type DetectorInput } from "./shared.ts"
import { paragraphFinder } from "./typography.ts"

/** Single letters that are words (or often stand as one: initials are excluded by their capital). */
const LETTER_WORDS = new Set(["a", "i", "o"])
const ALPHABET = "abcdefghijklmnopqrstuvwxyz"

/**
 * Is `joined`, a word with a letter split off it by a space put back ("c hild", "w ho", "wor d"), the word
 * meant rather than `part`, the word without the letter? When the reference uses it (5 times or more) and
 * `part` is no word, or one far rarer (20 times). (The real-word detector leaves such a part alone: "ho" of
 * "w ho" is not "he".)
 */
export function joinsLetter(lex: Lexicon, joined: string, part: string): boolean {
  const j = lex.unigram(joined)
  if (j < 5 || !/^[a-z]+$/.test(joined)) return false
  return !(lex.unigram(part) > 0 || lex.isWord(part)) || j > 20 * lex.unigram(part)
}

/**
 * Does word token i stand beside a lone letter (not a, i or o) split off it by one space, before it ("w ho")
 * or after it ("fro m"), as `joinsLetter` tells?
 */
export function letterSplitBeside(text: string, tokens: ReadonlyArray<Token>, i: number, lex: Lexicon): boolean {
  const t = tokens[i]!
  const b = tokens[i - 1]
  const before = b === undefined ? null : loneLetter(text, b)
  if (before !== null && t.start === b!.end + 1 && text.charCodeAt(b!.end) === 0x20 && joinsLetter(lex, before + t.n, t.n)) return true
  const a = tokens[i + 1]
  const after = a === undefined ? null : loneLetter(text, a)
  return after !== null && a!.start === t.end + 1 && text.charCodeAt(t.end) === 0x20 && joinsLetter(lex, t.n + after, t.n)
}

/** The letter of a word token of one small letter a–z that is no word (not a, i or o), else null. */
function loneLetter(text: string, t: Token): string | null {
  if (t.kind !== "word" || t.end - t.start !== 1) return null
  const ch = text[t.start]!
  return /[a-z]/.test(ch) && !LETTER_WORDS.has(ch) ? ch : null
}

/** Log-odds by which the context must prefer a word a letter was split off to the part left beside the letter. */
const LETTER_MARGIN = Math.log(20)

/** Marks inside a sentence after which a word goes on as after a word. */
const CLAUSE_MARKS = new Set([",", ";", ":"])

export function detectStray(input: DetectorInput): Draft[] {
  const { model } = input
  const lex = model.lexicon
  const { text } = input.witness.witness
  const tokens = input.witness.tokens
  const out: Draft[] = []
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!
    const ch = loneLetter(text, t)
    if (ch === null) continue
    const p = tokens[i - 1]!
    const n = tokens[i + 1]!
    // only between two words on one line (or after a comma, semicolon or colon: "the prisoner, w ho asked"),
    // not a list marker, variable or elided letter
    if ((p.kind !== "word" && !CLAUSE_MARKS.has(p.n)) || n.kind !== "word") continue
    if (/[\n’'‘(]/.test(text.slice(p.end, n.start))) continue
    if (text.slice(p.end, t.start) !== " " || text.slice(t.end, n.start) !== " ") continue
    const prevLower = text[p.start] === text[p.start]!.toLowerCase()
    if (!prevLower && !input.lowerCase) continue
    const n2 = tokens[i + 2]
    const w = n.n
    // a letter split off its word ("c hild", "wor d"): join them
    const joinNext = ch + w
    const joinPrev = p.n + ch
    // (the letter and the word are the ends of one word whose middle letter the scan lost: "s id" of said,
    // "t ere" of there, "s op" of shop; not debris to delete)
    const letterLost = (c: string, rest: string) => {
      for (let k = 0; k < ALPHABET.length; k++) if (lex.unigram(c + ALPHABET[k]! + rest) >= 5) return true
      return false
    }
    const nextKnown = lex.unigram(w) > 0 || lex.isWord(w)
    const prevKnown = lex.unigram(p.n) > 0 || lex.isWord(p.n)
    // (a letter split off a word that is itself a common word, "he w as now", "cheerful, an d witness": the
    // context decides, as between the two readings)
    const before = tokens[i - 2]
    const inContext = (joined: string, part: string, left: string | undefined, right: string | undefined) =>
      left !== undefined &&
      right !== undefined &&
      model.logCondOfIds(model.idOf(left), model.idOf(joined)) + model.logCondOfIds(model.idOf(joined), model.idOf(right)) -
        (model.logCondOfIds(model.idOf(left), model.idOf(part)) + model.logCondOfIds(model.idOf(part), model.idOf(right))) >= LETTER_MARGIN
    if (joinsLetter(lex, joinNext, w) || inContext(joinNext, w, p.n, n2?.kind === "word" ? n2.n : undefined)) {
      out.push({
        start: t.end, end: n.start, replacement: "", rule: "split-word", class: "spacing", confidence: nextKnown ? 0.7 : 0.85,
        explanation: `${q(`${ch} ${text.slice(n.start, n.end)}`)} is the word ${q(ch + text.slice(n.start, n.end))} split by a space`,
        evidence: { joined: joinNext, reference: lex.unigram(joinNext), part: lex.unigram(w) }
      })
      continue
    }
    if (joinsLetter(lex, joinPrev, p.n) || inContext(joinPrev, p.n, before?.n, w)) {
      out.push({
        start: p.end, end: t.start, replacement: "", rule: "split-word", class: "spacing", confidence: prevKnown ? 0.7 : 0.85,
        explanation: `${q(`${text.slice(p.start, p.end)} ${ch}`)} is the word ${q(text.slice(p.start, p.end) + ch)} split by a space`,
        evidence: { joined: joinPrev, reference: lex.unigram(joinPrev), part: lex.unigram(p.n) }
      })
      continue
    }
    // debris: the rare word after the letter is a real word (a garbled one is the non-word rule's business)
    const rare = lex.unigram(w) <= 10 && model.corpusCount(w, 1) === 0 && w.length <= 4 && /^[a-z]+$/.test(w) && lex.isWord(w)
    if (rare && !letterLost(ch, w) && n2 !== undefined && n2.kind === "word" && model.pair(p.n, w, 0) === 0 && model.pair(w, n2.n, 1) === 0) {
      out.push({
        start: t.start, end: n2.start, replacement: "", rule: "stray-fragment", class: "stray-fragment", confidence: 0.85,
        explanation: `${q(text.slice(t.start, n.end))}: a lone letter and a rare word that fit neither neighbour — debris of a damaged line`,
        evidence: { letter: ch, word: w, reference: lex.unigram(w), corpus: model.corpusCount(w, 1), pairs: [model.pair(p.n, w), model.pair(w, n2.n, 1)], joined: model.pair(p.n, n2.n) }
      })
      continue
    }
    if (model.pair(p.n, ch) > 0 && model.pair(ch, n.n) > 0) continue
    out.push({
      start: t.start, end: n.start, replacement: "", rule: "stray-fragment", class: "stray-fragment", confidence: 0.6,
      explanation: `${q(ch)} stands alone between ${q(p.n)} and ${q(n.n)}: a stray letter, no word`,
      evidence: { letter: ch, pairs: [model.pair(p.n, ch), model.pair(ch, n.n)], joined: model.pair(p.n, n.n) }
    })
  }
  if (errorPrior(input) >= SCAN_PRIOR) for (const d of strayCapitalI(input)) out.push(d)
  for (const d of doubledWords(input)) out.push(d)
  return out
}

/**
 * A capital I standing alone between two words in a scan, after a word in lower case, where the reference
 * and the witnesses write I after that word once at most and never before the next, and the next is no verb
 * ("a meeting at I Madrid", "he acted from I sinister motives", "charged with I stabbing", "On the I house",
 * "to get rid of I his wife": BLN600's OCR, whose ground truth has nothing there): a stroke of the scan, no
 * pronoun and no numeral (a numeral follows a name, "Charles I", or a full stop, "vol. I"). Not beside a word
 * the scan garbled, where the pair is unseen for that reason. And a capital I opening a paragraph before a
 * capitalised word ("I He was sentenced", "I On Wednesday", "I ALLEGED MANSLAUGHTER"), which the pronoun
 * never is (BLN600's OCR, tune split: 54 such I's, the ground truth without 53 of them; the other, "I
 * PIGETFUL TRAGEDY", is its "A FRIGHTFUL").
 */
/** Subjects whose pairs in the reference tell a verb after a stray-looking I. */
const SUBJECTS = ["he", "she", "we", "they", "you"]
/** Spaces and tabs alone (between a paragraph's start and its first word). */
const BLANKS = /^[ \t]*$/

function strayCapitalI(input: DetectorInput): Draft[] {
  const { model } = input
  const lex = model.lexicon
  const known = (w: string) => lex.unigram(w) > 0 || lex.isWord(w)
  const { text } = input.witness.witness
  const tokens = input.witness.tokens
  const ids = model.corpus.tokenIds[input.index]!
  const out: Draft[] = []
  let paragraphOf: ((i: number) => [number, number]) | undefined
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!
    if (text.charCodeAt(t.start) !== 0x49 || t.end - t.start !== 1 || t.kind !== "word") continue
    const n = tokens[i + 1]!
    if (text.slice(t.end, n.start) !== " ") continue
    // (only spaces between the paragraph's start and the I; the blank lines found once, on the first I: a
    // search back to the paragraph's start for each would be long in a text with few blank lines)
    if (BLANKS.test(text.slice((paragraphOf ??= paragraphFinder(text))(t.start)[0], t.start))) {
      const c = text.charCodeAt(n.start)
      if (n.kind !== "word" || c < 0x41 || c > 0x5a) continue
      out.push({
        start: t.start, end: n.start, replacement: "", rule: "stray-fragment", class: "stray-fragment", confidence: 0.7,
        explanation: `${q(text.slice(t.start, n.end))}: a capital I opening a paragraph before a capitalised word is no pronoun; a stroke of the scan`,
        evidence: { letter: "I", next: n.n }
      })
      continue
    }
    if (i === 0) continue
    const p = tokens[i - 1]!
    if (p.kind !== "word" || n.kind !== "word" || text.slice(p.end, t.start) !== " ") continue
    if (text[p.start] !== text[p.start]!.toLowerCase()) continue
    // (the pairs first: most I's are the pronoun, after a word the reference writes it after, "that I")
    if (model.pairOfIds(ids[i - 1]!, ids[i]!, 1) > 1 || model.pairOfIds(ids[i]!, ids[i + 1]!, 1) > 0) continue
    // (both neighbours words, the next one a name if capitalised, and no letter alone: beside a word the scan
    // garbled, "ihen I u came", "daresay I hlave known", "he swore I h ad not", the pair is unseen for that reason)
    const nextName = text[n.start] !== text[n.start]!.toLowerCase()
    if (!known(p.n) || (!nextName && !known(n.n)) || n.end - n.start < 2) continue
    // (a verb any subject takes after it: the I begins a clause, "the gentleman I referred to", "from her
    // violence I hurt my back"; the reference's pairs with I alone are too few to tell)
    if (SUBJECTS.some((s) => lex.bigram(s, n.n) > 0)) continue
    out.push({
      start: t.start, end: n.start, replacement: "", rule: "stray-fragment", class: "stray-fragment", confidence: 0.7,
      explanation: `${q(text.slice(p.start, n.end))}: the reference never writes ${q(`${p.n} I`)} nor ${q(`I ${n.n}`)}; the I is a stroke of the scan`,
      evidence: { letter: "I", unseen: [`${p.n} i`, `i ${n.n}`] }
    })
  }
  return out
}

/**
 * A word printed twice ("after a a short delay", "many signs of of a crime", "for God's sake go away I I
 * will meet you"): the second is deleted with the space before it. Only the words of `NEVER_TWICE`, which
 * grammar never puts side by side, not even across a comma the scan lost ("asked her, her name",
 * "communicated with, with reference": BLN600's ground truth), nor speech ("what it is is", "he he he"),
 * and the reference almost never does (none more than once in 5,000 of its uses: not "had had", 63 times
 * in 5,133, nor "that that"; not a particle that may end a phrasal verb before its preposition, "came in in
 * the morning"); not across a blank line. (BLN600's OCR prints such doubles 78 times, its ground truth 39:
 * "had had" 27, "that that" 8.)
 */
const NEVER_TWICE = new Set(["the", "a", "an", "of", "to", "and", "i", "was", "are", "were", "at", "for", "be", "she", "it", "as", "or", "but", "has", "have", "this", "which", "from", "they", "we", "his", "their"])

function doubledWords(input: DetectorInput): Draft[] {
  const lex = input.model.lexicon
  const { text } = input.witness.witness
  const tokens = input.witness.tokens
  const out: Draft[] = []
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!
    const b = tokens[i + 1]!
    if (a.kind !== "word" || b.kind !== "word" || a.n !== b.n || !NEVER_TWICE.has(a.n) || b.start === a.end) continue
    const between = text.slice(a.end, b.start)
    if (!/^[ \t]*\r?\n?[ \t]*$/.test(between)) continue
    const n = lex.unigram(a.n)
    out.push({
      start: a.end, end: b.end, replacement: "", rule: "doubled-word", class: "stray-fragment", confidence: 0.85,
      explanation: `${q(text.slice(a.start, b.end).replace(/\s+/g, " "))}: the word printed twice (the reference writes it twice in a row ${lex.bigram(a.n, a.n)} times in ${n})`,
      evidence: { word: a.n, reference: { word: n, doubled: lex.bigram(a.n, a.n) } }
    })
  }
  return out
}
