/**
 * Foreign words and phrases, which the normaliser leaves as printed: "the ancien régime", "Ich weiss nicht",
 * "contra bonos mores" are no misreadings of "ancient", "night" and "bones", though each of those is one
 * letter away and English knows it. (The issue's "must not be touched"; a spell-checker reads a foreign
 * phrase as a run of misspellings, and so, before this module, did the non-word rule: "ancien" → ancient at
 * 0.87, "nicht" → night at 0.96.)
 *
 * A phrase is found by its evidence, never by a word's being unknown alone (a scan's garble is unknown too):
 * - **markers**: a function word of French, German, Latin, Italian or Spanish that English has no use for
 *   ("und", "nicht", "les", "une", "quod", "della", "por"), a French elision ("l'État", "c'est", "qu'il"), and
 *   a word with a letter English writes without its accent whose plain form English lacks ("très",
 *   "fatiguée", "État");
 * - **two markers within four words of each other** in one sentence make the words from the first to the
 *   last a phrase ("Ich weiss nicht", "Der Staat bin ich"), and any word English lacks next to it joins it.
 *   One marker is not enough: a scan's garble prints "der", "est", "sur", "les" among its specks (BLN600's
 *   OCR: "sur" 8 times, "est" 5, "der" 5; its ground truth none);
 * - **a word English lacks beside a foreign-looking word** is part of a phrase with it: beside a word
 *   with an accent, even one English borrowed ("ancien régime", "Trois Frères"), or beside a Latin or Italian
 *   word English keeps for its borrowed phrases only ("contra bonos mores", "adagio molto e cantabile").
 *
 * Found once per witness, these phrases hold back what every word rule proposes inside them (asPrinted.ts),
 * and the editor is told so among the withheld. The non-word rule also gives up on an unknown word, before its
 * candidate search, on weaker signs that suffice for a word English lacks: a particle beside it ("sergent de
 * ville") or two around it (`amongParticles`), a Latin phrase of the law or of learning it belongs to
 * (phrases.ts), a run of three unknown words.
 *
 * Pure: the witness's text and tokens and the Lexicon's word tests. A word the witness prints with an accent
 * is never itself proposed by the word rules (their candidates are plain words); this module guards the
 * words around it.
 */
import type { Token } from "../domain/model.ts"
import type { Lexicon } from "./lexicon.ts"

/**
 * Function words of the languages an English text quotes most, that English has no use for (none is a word
 * of the en-US or en-GB dictionary; a few occur in the Brown corpus, in its own foreign phrases). Words
 * English shares ("pour", "per", "non", "die", "con", "pas", "aux") are left out: they are no evidence; so
 * are those a scan prints often for English ("es", "er", "sie", "il", "lo", "si", "mir", "los": BLN600's
 * OCR has each five times or more, its ground truth none).
 */
const FUNCTION_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    French: "les des une sont avec dans qui que nous vous mais sur cette ces leur leurs elle elles était être rien aussi notre votre",
    German: "und ich nicht ist sind wir uns auch oder aber eine einen einem einer dass sich der das dem mit auf nach zum zur wie kein keine wenn soll nur noch sein ihr ihm ihn mich dich sehr kann wird werden haben doch schon immer ganz jetzt denn unser",
    Latin: "sunt quod atque enim etiam esse erat quae quam omnia nec tibi mihi haec illa fuit",
    Italian: "della delle degli sono gli che nel nostra",
    Spanish: "las por una muy pero como todo esta cuyo"
  }).flatMap(([language, words]) => words.split(" ").map((w) => [w, language] as const))
)

/**
 * Words that English keeps for the phrases it borrowed whole, by their language: Latin ones the dictionaries
 * hold for bona fide, de facto, sine qua non, status quo, contra, mores, vice versa, sui generis, ipso facto,
 * inter alia, prima facie, pari passu; the Italian of music's directions ("adagio molto e cantabile",
 * "allegro ma non troppo"), none of them a word of English prose as well (not piano, forte, grave, tempo).
 * Beside one, a word English lacks is more likely the phrase's other word than a misprint ("molto" is no
 * "motto").
 */
const BORROWED: ReadonlyMap<string, string> = new Map(
  Object.entries({
    Latin: "contra sine qua quo sui ipso bona fide facto mores alia prima facie versa vide pari passu",
    Italian: "adagio allegro allegretto andante andantino cantabile larghetto moderato prestissimo vivace fortissimo pianissimo crescendo diminuendo legato staccato rallentando ritardando sostenuto rubato maestoso scherzo"
  }).flatMap(([language, words]) => words.split(" ").map((w) => [w, language] as const))
)

/** A French elision: c', d', j', l', m', n', s', t', qu' before a letter ("l'État", "d'être", "c'est"). */
const ELISION = /^(?:[cdjlmnst]|qu)['\u2019]\p{L}/u
/** A letter with an accent or a ligature (Latin-1 and Latin Extended-A/B letters; × and ÷ are no letters). */
const ACCENTED = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/
/** Most words from one marker to the next in a phrase (four words: "Ich weiss nicht", "c'est moi"). */
const MARKER_GAP = 3

/**
 * Particles of French, German and Italian phrases: an unknown word beside one is a word of such a phrase
 * ("the sergent de ville", "Place de la Bastille"), not English misread. (BLN600: its corrected text had
 * sergent → sergeant and ville → mille; on its OCR the two proposals given up were both wrong, reman del. →
 * roman, and ville again. Particles an OCR makes of English, "los" for "10s", are not among them; nor words
 * English writes too, "den", "die".)
 */
const FOREIGN = new Set(["de", "du", "des", "la", "le", "les", "et", "von", "der", "und", "del", "della", "das", "dem", "ist", "nicht", "mit", "ein", "eine", "que", "qui", "est", "pas", "une", "ses"])
/**
 * Words each side of an unknown word among which two particles of `FOREIGN` make it a word of a foreign
 * sentence, though none stands beside it ("Kennst du das Land, wo die Zitronen blühn?": wo is no "to").
 */
const FOREIGN_REACH = 4

/** Do two particles of a foreign phrase stand within FOREIGN_REACH words of word token i (punctuation passed over)? */
function amongForeignWords(tokens: ReadonlyArray<Token>, i: number): boolean {
  let n = 0
  for (const step of [-1, 1]) {
    let seen = 0
    for (let j = i + step; j >= 0 && j < tokens.length && seen < FOREIGN_REACH; j += step) {
      const t = tokens[j]!
      if (t.kind !== "word") continue
      seen++
      if (FOREIGN.has(t.n) && ++n >= 2) return true
    }
  }
  return false
}

/**
 * Is the unknown word token i (its neighbours' normalised forms `prev` and `next`) a word of a foreign phrase
 * by its particles: one beside it, or two among the words around it? (The non-word rule's test, before its
 * candidate search: a particle is evidence for an unknown word beside it only, see `FOREIGN`.)
 */
export function amongParticles(tokens: ReadonlyArray<Token>, i: number, prev: string, next: string): boolean {
  return FOREIGN.has(prev) || FOREIGN.has(next) || amongForeignWords(tokens, i)
}
/** The plain form of a word: accents dropped, ligatures and ß spelt out. */
const plain = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "").replace(/æ/g, "ae").replace(/œ/g, "oe").replace(/ß/g, "ss")

/** A foreign phrase: the offsets it spans, and why it is read as foreign. */
export interface ForeignPhrase {
  readonly start: number
  readonly end: number
  /** For an explanation: "“Ich” and “nicht” mark it as German" (its markers, and their language when they say). */
  readonly reason: string
}

/** A word's flags (`foreignFlags`): one of FUNCTION_WORDS, or an elision ("c'est"), or accented with a plain form English lacks. */
const STRONG_MARKER = 1
/** A word of BORROWED. */
const BORROWED_WORD = 2
/** A word printed with an accent. */
const ACCENTED_WORD = 4

/**
 * The flags of a word (its normal form) for `foreignPhrases`, by the lists and its elision, and by its
 * accent. (Asked of every word of a witness only by `markedTokens`; `normalise` asks `listedFlags` once per
 * distinct word and finds accents in the text: `markedByText`.)
 */
export function foreignFlags(n: string, lex: Lexicon): number {
  return listedFlags(n) | accentFlags(n, lex)
}
/**
 * The flags a word has by the lists (FUNCTION_WORDS, BORROWED, or the map `listed` that holds them and more)
 * and by its elision ("c'est": a character test first, the apostrophe second or third).
 */
export const listedFlags = (n: string, listed: ReadonlyMap<string, number> = LISTED): number => {
  const f = listed.get(n) ?? 0
  const c1 = n.charCodeAt(1)
  const c2 = n.charCodeAt(2)
  return (c1 === 0x27 || c1 === 0x2019 || c2 === 0x27 || c2 === 0x2019) && ELISION.test(n) ? f | STRONG_MARKER : f
}
/** The flags a word has by its accent: accented, and a marker when English lacks its plain form. */
function accentFlags(n: string, lex: Lexicon): number {
  if (!ACCENTED.test(n)) return 0
  const p = plain(n)
  return lex.isWord(p) || lex.unigram(p) > 0 ? ACCENTED_WORD : ACCENTED_WORD | STRONG_MARKER
}
/** The flags of the words of FUNCTION_WORDS and BORROWED. */
export const LISTED: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>()
  for (const w of FUNCTION_WORDS.keys()) m.set(w, STRONG_MARKER)
  for (const w of BORROWED.keys()) m.set(w, (m.get(w) ?? 0) | BORROWED_WORD)
  return m
})()
/** An accented letter: where a word's accent flags may be (found in the text, not asked of every word). */
const ACCENTS = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/g

/**
 * The marked tokens of a witness from its words' listed flags (`listedAt(i)`, read from a table made once per
 * call) and the flags of the few words an accent is found in: the text is searched for accents, not every
 * word asked.
 */
export function markedByText(text: string, tokens: ReadonlyArray<Token>, lex: Lexicon, listedAt: (i: number) => number, listed: ReadonlyArray<number>): Marked {
  const printed = new Map<number, number>()
  ACCENTS.lastIndex = 0
  let i = 0
  for (let m = ACCENTS.exec(text); m !== null; m = ACCENTS.exec(text)) {
    while (i < tokens.length && tokens[i]!.end <= m.index) i++
    if (i >= tokens.length) break
    const t = tokens[i]!
    if (t.kind !== "word" || t.start > m.index || printed.has(i)) continue
    const f = accentFlags(t.n, lex)
    if (f !== 0) printed.set(i, f)
  }
  const at = printed.size === 0 ? listed : [...new Set([...listed, ...printed.keys()])].sort((a, b) => a - b)
  return { at, flagsAt: (k) => listedAt(k) | (printed.get(k) ?? 0) }
}

/** The tokens of a witness that carry flags (`foreignFlags`, `asPrintedFlags`), in text order, and each one's flags. */
export interface Marked {
  readonly at: ReadonlyArray<number>
  flagsAt(i: number): number
}

/** The marked tokens of a witness, each word's flags asked by `flagsOf` (for a witness on its own: tests, tools). */
export function markedTokens(tokens: ReadonlyArray<Token>, flagsOf: (n: string) => number): Marked {
  const at: number[] = []
  const flags = new Map<number, number>()
  tokens.forEach((t, i) => {
    const f = t.kind === "word" ? flagsOf(t.n) : 0
    if (f !== 0) {
      at.push(i)
      flags.set(i, f)
    }
  })
  return { at, flagsAt: (i) => flags.get(i) ?? 0 }
}

/** Most words of a quotation one marker may make foreign (a line of verse, a motto, a proverb). */
const QUOTED_WORDS = 20
/**
 * Words English lacks that a quotation with one marker must print to be read as foreign, and a third of its
 * words at least with the marker ("Es irrt der Mensch, so lang er strebt": "der", and "irrt", "strebt"; a
 * scan's garbled quotation with a speck "der" in it seldom has two more words English lacks in so few).
 */
const QUOTED_UNKNOWN = 2

/**
 * The quotation marks around word token i, within its paragraph and QUOTED_WORDS words each way: the tokens
 * of the opening mark and of the closing one, or null. A mark opens where a letter follows it and no letter
 * stands before it (“ always opens, ” always closes).
 */
function quotationAround(text: string, tokens: ReadonlyArray<Token>, i: number): [number, number] | null {
  const isQuote = (t: Token) => t.kind !== "word" && t.n === '"'
  const opens = (t: Token) => {
    const c = text[t.start]!
    if (c === "\u201c" || c === "\u201e") return true
    if (c === "\u201d") return false
    return !/[\p{L}\p{N}.,;:!?]/u.test(text[t.start - 1] ?? " ") && /\p{L}/u.test(text[t.end] ?? " ")
  }
  let open = -1
  for (let j = i - 1, words = 0; j >= 0 && words <= QUOTED_WORDS && !blankAfter(tokens[j]!); j--) {
    const t = tokens[j]!
    if (isQuote(t)) {
      if (opens(t)) open = j
      break
    }
    if (t.kind === "word") words++
  }
  if (open < 0) return null
  for (let j = i + 1, words = 0; j < tokens.length && words <= QUOTED_WORDS && !blankAfter(tokens[j - 1]!); j++) {
    const t = tokens[j]!
    if (isQuote(t)) return opens(t) ? null : [open, j]
    if (t.kind === "word") words++
  }
  return null
}

/** Does token t's trailing space hold a blank line? */
export const blankAfter = (t: Token) => t.t.length > 1 && t.t.includes("\n") && /\n[^\S\n]*\n/.test(t.t)
/** A mark that ends a sentence or parts clauses as strongly: . ! ? ; : */
const stopMark = (t: Token) => {
  if (t.kind === "word") return false
  const c = t.n.charCodeAt(0)
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3a
}

/**
 * The foreign phrases of a witness, in text order (none overlaps another). `marked`: its tokens that carry
 * `foreignFlags` (by default found by asking each word; `normalise` finds them from a table of the corpus's
 * words made once per call): only those, and the few words around them, are looked at.
 */
export function foreignPhrases(text: string, tokens: ReadonlyArray<Token>, lex: Lexicon, marked: Marked = markedTokens(tokens, (n) => foreignFlags(n, lex))): ForeignPhrase[] {
  const flagsAt = (i: number) => marked.flagsAt(i)
  const english = (w: string) => lex.isWord(w) || lex.unigram(w) > 0
  const accented = (i: number) => (flagsAt(i) & ACCENTED_WORD) !== 0
  /** Is word token i a plain word English lacks (the kind the word rules propose for)? */
  const unknown = (i: number): boolean => {
    const t = tokens[i]
    return t !== undefined && t.kind === "word" && !accented(i) && /^\p{L}+$/u.test(t.n) && !english(t.n)
  }
  /** Do tokens i and i + 1 stand side by side, both words, with nothing but space between? */
  const beside = (i: number) => i >= 0 && i + 1 < tokens.length && tokens[i]!.kind === "word" && tokens[i + 1]!.kind === "word" && !blankAfter(tokens[i]!)
  const looksForeign = (i: number) => (flagsAt(i) & (ACCENTED_WORD | BORROWED_WORD)) !== 0
  /** Words after token a up to token b, or -1 where a sentence's end or a blank line parts them (counted to MARKER_GAP + 1 at most). */
  const wordsBetween = (a: number, b: number): number => {
    let words = 0
    for (let j = a; j < b; j++) {
      const t = tokens[j + 1]!
      if (blankAfter(tokens[j]!) || stopMark(t)) return -1
      if (t.kind === "word" && ++words > MARKER_GAP) return words
    }
    return words
  }
  const language = (is: ReadonlyArray<number>) => {
    for (const i of is) {
      const n = tokens[i]!.n
      const l = FUNCTION_WORDS.get(n) ?? (ELISION.test(n) ? "French" : BORROWED.get(n))
      if (l !== undefined) return l
    }
    return null
  }
  const printed = (i: number) => text.slice(tokens[i]!.start, tokens[i]!.end)
  const phrase = ({ from, to, markers, lacking }: Span): ForeignPhrase => {
    // (each word once: "“ich”, “kann” and “nicht”", not "“ich”, “ich”, …")
    const shown = [...new Set(markers.map((i) => `“${printed(i)}”`))]
    const lang = language(markers)
    const reason =
      markers.length === 1 && lacking.length > 0
        ? `${shown[0]} marks it as ${lang ?? "foreign"}, and the quotation it stands in prints ${lacking.map((i) => `“${printed(i)}”`).join(", ")}, which English lacks`
        : markers.length > 1
          ? `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]} mark it as ${lang ?? "foreign"}`
          : accented(markers[0]!)
            ? `${shown[0]} beside it is printed with an accent`
            : `${shown[0]} beside it is ${lang === "Italian" ? "an Italian" : "a Latin"} word English keeps for its borrowed phrases`
    return { start: tokens[from]!.start, end: tokens[to]!.end, reason }
  }
  /** A phrase's first and last tokens, its marker tokens, and (a quotation's) the words English lacks it prints. */
  interface Span {
    from: number
    to: number
    markers: number[]
    lacking: number[]
  }
  const spans: Span[] = []
  // two markers or more, each within MARKER_GAP words of the last, in one sentence
  let run: number[] = []
  const close = () => {
    if (run.length >= 2) {
      let from = run[0]!
      let to = run[run.length - 1]!
      while (beside(from - 1) && unknown(from - 1)) from--
      while (beside(to) && unknown(to + 1)) to++
      spans.push({ from, to, markers: run, lacking: [] })
    }
    run = []
  }
  // and the words English lacks beside an accented or a borrowed word
  const besideForeign: number[] = []
  for (const i of marked.at) {
    const f = flagsAt(i)
    if ((f & STRONG_MARKER) !== 0) {
      const last = run[run.length - 1]
      if (last !== undefined) {
        const gap = wordsBetween(last, i)
        if (gap < 0 || gap > MARKER_GAP) close()
      }
      run.push(i)
    }
    if ((f & (ACCENTED_WORD | BORROWED_WORD)) !== 0) {
      if (beside(i - 1) && unknown(i - 1)) besideForeign.push(i - 1)
      if (beside(i) && unknown(i + 1)) besideForeign.push(i + 1)
    }
  }
  close()
  // one marker in a short quotation whose words English lacks are many: the quotation is the foreign line
  for (const i of marked.at) {
    if ((flagsAt(i) & STRONG_MARKER) === 0 || spans.some((p) => p.from <= i && i <= p.to)) continue
    const q = quotationAround(text, tokens, i)
    if (q === null) continue
    let words = 0
    const lacking: number[] = []
    for (let j = q[0] + 1; j < q[1]; j++) {
      if (tokens[j]!.kind !== "word") continue
      words++
      if (unknown(j)) lacking.push(j)
    }
    if (lacking.length >= QUOTED_UNKNOWN && 3 * (lacking.length + 1) >= words) spans.push({ from: q[0] + 1, to: q[1] - 1, markers: [i], lacking })
  }
  for (const i of [...new Set(besideForeign)].sort((a, b) => a - b)) {
    const before = beside(i - 1) && looksForeign(i - 1)
    const after = beside(i) && looksForeign(i + 1)
    spans.push({ from: before ? i - 1 : i, to: after ? i + 1 : i, markers: [...(before ? [i - 1] : []), ...(after ? [i + 1] : [])], lacking: [] })
  }
  // overlapping ones made one ("prima facie": each word beside the other)
  spans.sort((a, b) => a.from - b.from)
  const out: ForeignPhrase[] = []
  for (let j = 0; j < spans.length; ) {
    const merged = { ...spans[j++]! }
    while (j < spans.length && spans[j]!.from <= merged.to) {
      const next = spans[j++]!
      merged.to = Math.max(merged.to, next.to)
      merged.markers = [...new Set([...merged.markers, ...next.markers])].sort((a, b) => a - b)
      merged.lacking = [...new Set([...merged.lacking, ...next.lacking])].sort((a, b) => a - b)
    }
    out.push(phrase(merged))
  }
  return out
}
