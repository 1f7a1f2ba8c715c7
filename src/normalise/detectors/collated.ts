/**
 * Misreadings another witness shows: where two scans print one passage (an article two newspapers
 * reprinted, a text scanned from two copies) and one word differs between them, the word of one may be a
 * misreading of the other's ("a, vary severe attack" beside "a very severe attack"; "take It out, *ad did not
 * In- form" beside "and did not in- form"). The other reading is proposed when
 * - this witness is a scan (its rate of unknown words is a scan's, `errorPrior` at least `SCAN_PRIOR`): in a
 *   careful transcription, or between editions, a word that differs is a reading of its own (Darwin revised
 *   "could" to "would", "any" to "and", "function" to "functions" from one edition to the next);
 * - the word as printed can be a misreading of the other's by one or two OCR confusions (`candidates`, a→o,
 *   o→e), or is one the scans are known to print for it (learned: "bad" for had, "be" for he);
 * - the other's is a word the reference or the dictionary knows, and the context prefers it by
 *   `MARGIN` at least (the copy that reads "a very severe attack" is not made "vary" by the other; "asked if
 *   he had anything to say" is not made "bad" by a copy that misread it).
 * A name the scan misread where the other copy prints it ("Paliner" beside "Palmer": rule misread-name) is
 * given back when one OCR confusion explains it and the corpus holds the other's form more often (the
 * context is no judge of a name). A word of the scan that the other copy prints as two ("the forgeryno actual" beside "the forgery no
 * actual") is parted, and two that it prints as one ("on ly" beside "only") are joined, where the scan's
 * word (or one of its two) is no word: two words that are, "some one" beside "someone", are a reading. A dash
 * the scan lost is put back where a copy of the passage that is no scan prints it between two words the scan
 * runs together or sets side by side ("it isLamentable" beside "it is– Lamentable": rule lost-dash).
 * The place is one the other-witness check (witnesses.ts) finds: it then says what the other witness reads
 * and raises the confidence, and withholds the proposal where a third copy prints the word as this one does
 * (evidence `shownBy`: the witness whose reading shows the misreading). Words the other detectors already
 * propose are left to them: the overlap goes to the surer proposal. Pure.
 */
import type { Token } from "../../domain/model.ts"
import { candidates, matchCase, oneConfusionBetween } from "../confusions.ts"
import { sentenceInitial } from "../context.ts"
import type { Draft } from "../proposal.ts"
import { WORD_CONFUSIONS } from "../wordConfusions.ts"
import { DASH, singleWordVariants, type WordVariant } from "../witnesses.ts"
import { CAPITALISED, MIN_LENGTH } from "./names.ts"
import { errorPrior, fmt, knownWords, perCall, q, SCAN_PRIOR, type DetectorInput } from "./shared.ts"

/** Log-odds by which the context must prefer the other witness's word. */
const MARGIN = Math.log(2)
/** Confidence before the other-witness check, which raises it where the other witness reads the correction. */
const CONFIDENCE = 0.8

const LEARNED = new Set(WORD_CONFUSIONS.map(([seen, meant]) => `${seen} ${meant}`))
const LOWER = /^[a-z]+$/
/** A word of letters in either case (as printed, or its normal form). */
const LETTERS = /^[a-z]+$/i
/** Spaces between two words on one line. */
const SPACES = /^[ \t]+$/
const NONE: ReadonlyArray<WordVariant> = []

export function detectCollated(input: DetectorInput): Draft[] {
  const { model, index } = input
  const corpus = model.corpus
  if (corpus.witnesses.length < 2 || errorPrior(input) < SCAN_PRIOR) return []
  // (the variants of the scans alone: the others' words are their readings)
  const scan = (i: number) => errorPrior({ witness: corpus.witnesses[i]!, model, index: i, lowerCase: corpus.lowerCase[i]! }) >= SCAN_PRIOR
  const variants = perCall(model, "collated-variants", () => singleWordVariants(corpus.witnesses, corpus.tokenIds, corpus.copies, corpus.words, scan))[index] ?? NONE
  const { text } = input.witness.witness
  const tokens = input.witness.tokens
  const ids = corpus.tokenIds[index]!
  const lex = model.lexicon
  const knownWord = knownWords(model)
  /** A word the reference or the dictionary knows. */
  const known = (id: number, w: string) => model.refCount(id) >= 2 || lex.isWord(w)
  const out: Draft[] = []
  // (one proposal per word: the first other witness whose reading the rules take)
  let last = -1
  for (const v of variants) {
    if (v.token === last) continue
    const shownBy = corpus.witnesses[v.witness]!.witness.id
    const theirs = corpus.tokenIds[v.witness]!
    const otherTokens = corpus.witnesses[v.witness]!.tokens
    const d =
      v.words === 1 && v.otherWords === 1
        ? misread(v.token, theirs[v.otherToken]!, shownBy, printedAt(v.witness, v.otherToken), v.witness)
        : v.words === 1
          ? runTogether(v.token, v.otherToken, v.witness, theirs, shownBy)
          : v.otherWords === 1
            ? splitApart(v.token, theirs[v.otherToken]!, shownBy)
            : lostDash(v.token, v.otherToken, v.witness, shownBy)
    if (d === null) continue
    out.push(d)
    last = v.token
  }
  return out

  /** Token j of witness k as printed. */
  function printedAt(k: number, j: number): string {
    const u = corpus.witnesses[k]!.tokens[j]!
    return corpus.witnesses[k]!.witness.text.slice(u.start, u.end)
  }

  /** This witness's word a misreading of the other's (see the module comment). */
  function misread(i: number, otherId: number, shownBy: string, otherPrinted: string, otherWitness: number): Draft | null {
    const t = tokens[i]!
    const w = t.n
    const other = corpus.words[otherId]!
    // (words of letters, this one printed in lower case as its normal form, or capitalised at a sentence's
    // start, "Ile called" for "He called"; the other a word known)
    if (!LOWER.test(w) || !LOWER.test(other) || t.end - t.start !== w.length) return null
    if (CAPITALISED.test(text.slice(t.start, t.end)) && CAPITALISED.test(otherPrinted)) {
      const name = misreadName(i, otherId, shownBy, otherWitness)
      if (name !== undefined) return name
    }
    const capitalised = !text.startsWith(w, t.start)
    if (capitalised && !(text.charCodeAt(t.start) === w.charCodeAt(0) - 0x20 && text.startsWith(w.slice(1), t.start + 1) && sentenceInitial(tokens, i, text))) return null
    if (!known(otherId, other)) return null
    const learned = LEARNED.has(`${w} ${other}`)
    const confusion = learned ? null : candidates(w, (c) => c === other, false).find((c) => c.word === other)
    if (!learned && confusion === undefined) return null
    const prevId = ids[i - 1] ?? 0
    const nextId = ids[i + 1] ?? 0
    // (the word as printed judged by the reference alone, its occurrences here left out: a scan's misreading
    // repeats, as realWord.ts does in a scan)
    const self = model.logCondOfIds(prevId, ids[i]!, 1, 1) + model.logCondOfIds(ids[i]!, nextId, 1)
    const fit = model.logCondOfIds(prevId, otherId) + model.logCondOfIds(otherId, nextId)
    if (fit - self < MARGIN) return null
    const prev = tokens[i - 1]?.n ?? ""
    const next = tokens[i + 1]?.n ?? ""
    const how = learned ? `scans print ${q(w)} for ${q(other)}` : `${confusion!.pattern} is an OCR confusion`
    const printed = text.slice(t.start, t.end)
    return {
      start: t.start,
      end: t.end,
      replacement: capitalised ? matchCase(other, printed) : other,
      rule: "ocr-confusion",
      class: "real-word-error",
      confidence: CONFIDENCE,
      explanation: `${q(printed)} where a copy of the passage prints ${q(other)}: ${how}, and ${q(other)} fits ${q(`${prev} … ${next}`)} better (log-odds ${fmt(fit - self)})`,
      evidence: { pattern: learned ? `${w}→${other} (learned)` : confusion!.pattern, pairs: [model.pairOfIds(prevId, otherId), model.pairOfIds(otherId, nextId)], logOdds: fmt(fit - self), shownBy }
    }
  }

  /**
   * A name this witness misread where the other prints it ("Paliner" beside "Palmer"): this word capitalised,
   * no word the dictionary, the reference or the corpus vouches for, one OCR confusion from the other's,
   * printed capitalised there (`otherPrinted`), which the corpus holds more often than this one, or as often
   * when the other copy is no scan (of two scans each printing the name once, neither is taken). The context is no judge of a name: the confusion, the other copy and the counts
   * are. Undefined where this word is no such name (the other rules then judge it as a word); null where it is
   * one but the evidence is not enough.
   */
  function misreadName(i: number, otherId: number, shownBy: string, otherWitness: number): Draft | null | undefined {
    const t = tokens[i]!
    const w = t.n
    const other = corpus.words[otherId]!
    if (w.length < MIN_LENGTH || knownWord(ids[i]!, w)) return undefined
    // (a common word capitalised at a sentence's start, "Whieh" beside "Which", is the other rules' to judge: a
    // name is a word the reference writes capitalised as often as not, or not at all)
    const cases = model.lexicon.caseOf(other)
    if (cases.lower > cases.capital) return undefined
    const how = oneConfusionBetween(w, other)
    // (the form the corpus holds more often; as often, the careful copy's against a scan's: of a scan and a
    // transcription, the scan is the one that misreads)
    const asPrinted = corpus.counts[ids[i]!]!
    const asTheyPrint = corpus.counts[otherId]!
    if (how === null || asTheyPrint < asPrinted || (asTheyPrint === asPrinted && scan(otherWitness))) return null
    const printed = text.slice(t.start, t.end)
    const replacement = matchCase(other, printed)
    return {
      start: t.start,
      end: t.end,
      replacement,
      rule: "misread-name",
      class: "non-word",
      confidence: CONFIDENCE,
      explanation: `${q(printed)} is in no dictionary, and a copy of the passage prints the name ${q(replacement)} (${how.pattern}, an OCR confusion)`,
      evidence: { pattern: how.pattern, shownBy }
    }
  }

  /**
   * This witness's word two words of the other run together by a lost space ("assaultupon" / "assault
   * upon"): parted where the other parts them, when the word is no word (a compound or an older spelling,
   * "someone" / "some one", is a reading) and both parts are. Where the other is no scan and prints a dash
   * between the two ("Madamewould" / "Madame – would"), the dash was lost with the space: it is put back as
   * the other prints it (rule lost-dash).
   */
  function runTogether(i: number, j: number, other: number, theirs: Int32Array, shownBy: string): Draft | null {
    const otherTokens = corpus.witnesses[other]!.tokens
    const t = tokens[i]!
    const a = otherTokens[j]!
    const dashed = otherTokens[j + 1]?.n === DASH
    const b = otherTokens[dashed ? j + 2 : j + 1]
    // (the other's two words side by side, a space between them, or a dash: no other mark)
    if (b === undefined || a.kind !== "word" || b.kind !== "word" || (dashed && scan(other))) return null
    if (!LETTERS.test(t.n) || t.end - t.start !== t.n.length || knownWord(ids[i]!, t.n)) return null
    if (!known(theirs[j]!, a.n) || !known(theirs[dashed ? j + 2 : j + 1]!, b.n)) return null
    const printed = text.slice(t.start, t.end)
    if (dashed) {
      const dash = between(other, a, b)
      const parted = `${printed.slice(0, a.n.length)}${dash}${printed.slice(a.n.length)}`
      return {
        start: t.start,
        end: t.end,
        replacement: parted,
        rule: "lost-dash",
        class: "punctuation",
        confidence: CONFIDENCE,
        explanation: `${q(printed)} is in no dictionary, and a copy of the passage that is no scan prints ${q(`${printedAt(other, j)}${dash}${printedAt(other, j + 2)}`)}: two words run together, the dash between them lost`,
        evidence: { pattern: "split", dash: dash.trim(), shownBy }
      }
    }
    const parted = `${printed.slice(0, a.n.length)} ${printed.slice(a.n.length)}`
    return {
      start: t.start,
      end: t.end,
      replacement: parted,
      rule: "non-word",
      class: "non-word",
      confidence: CONFIDENCE,
      explanation: `${q(printed)} is in no dictionary, and a copy of the passage prints ${q(`${a.n} ${b.n}`)}: two words run together by a lost space`,
      evidence: { pattern: "split", shownBy }
    }
  }

  /** What witness k prints between its tokens a and b (a dash and its spaces), line breaks as spaces. */
  function between(k: number, a: Token, b: Token): string {
    return corpus.witnesses[k]!.witness.text.slice(a.end, b.start).replace(/\s+/g, " ")
  }

  /**
   * Two words this witness sets side by side where a copy of the passage that is no scan prints a dash
   * between them ("to Madame would be" / "to Madame – would be"): the dash a scan lost, put back as the other
   * prints it. Not where the other is a scan too (a speck is read as a hyphen as often as a dash is lost), and
   * only in a scan (between editions, a dash one prints and another lacks is a reading); the two words on one
   * line (across a line's end the proposal would have to move the break).
   */
  function lostDash(i: number, j: number, other: number, shownBy: string): Draft | null {
    const otherTokens = corpus.witnesses[other]!.tokens
    const t = tokens[i]!
    const u = tokens[i + 1]
    const a = otherTokens[j]!
    const b = otherTokens[j + 2]
    // (this witness's two words side by side, the other's dash between its two)
    if (u === undefined || b === undefined || otherTokens[j + 1]!.n !== DASH || scan(other)) return null
    if (!SPACES.test(text.slice(t.end, u.start))) return null
    const dash = between(other, a, b)
    const shown = `${printedAt(other, j)}${dash}${printedAt(other, j + 2)}`
    return {
      start: t.end,
      end: u.start,
      replacement: dash,
      rule: "lost-dash",
      class: "punctuation",
      confidence: CONFIDENCE,
      explanation: `${q(text.slice(t.start, u.end))} where a copy of the passage that is no scan prints ${q(shown)}: the dash between the two words lost`,
      evidence: { dash: dash.trim(), shownBy }
    }
  }

  /**
   * This witness's two words one word of the other split by a space ("com pensation" / "compensation"):
   * joined, when one of the two is no word (two words that are, "some one" / "someone", are a reading).
   */
  function splitApart(i: number, otherId: number, shownBy: string): Draft | null {
    const t = tokens[i]!
    const u = tokens[i + 1]
    if (u === undefined || t.kind !== "word" || u.kind !== "word" || !SPACES.test(text.slice(t.end, u.start))) return null
    if (!LETTERS.test(t.n) || !LETTERS.test(u.n) || (knownWord(ids[i]!, t.n) && knownWord(ids[i + 1]!, u.n))) return null
    const other = corpus.words[otherId]!
    if (!known(otherId, other)) return null
    return {
      start: t.end,
      end: u.start,
      replacement: "",
      rule: "split-word",
      class: "spacing",
      confidence: CONFIDENCE,
      explanation: `${q(text.slice(t.start, u.end))} where a copy of the passage prints ${q(other)}: one word split by a space`,
      evidence: { joined: other, shownBy }
    }
  }
}
