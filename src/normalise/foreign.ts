/**
 * Foreign words and phrases, which the normaliser leaves as printed: "the ancien régime", "Ich weiss nicht",
 * "contra bonos mores" are no misreadings of "ancient", "night" and "bones", though each of those is one
 * letter away and English knows it. (The "must not be touched"; a spell-checker reads a foreign
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
 *   with an accent, even one English borrowed ("ancien régime", "Trois Frères"), or beside a Latin word that
 *   English dictionaries keep for their phrases only ("contra bonos mores", "bonos" beside "contra").
 *
 * Found once per witness, these phrases hold back what every word rule proposes inside them (index.ts), and
 * the editor is told so among the withheld. The non-word rule also gives up on an unknown word, before its
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
 * Latin words that the English dictionaries keep for the phrases English borrowed whole (bona fide, de facto,
 * sine qua non, status quo, contra, mores, vice versa, sui generis, ipso facto, inter alia, prima facie, pari
 * passu): beside one, a word English lacks is more likely the phrase's other Latin word than a misprint.
 */
const LATIN_IN_ENGLISH: ReadonlySet<string> = new Set(["contra", "sine", "qua", "quo", "sui", "ipso", "bona", "fide", "facto", "mores", "alia", "prima", "facie", "versa", "vide", "pari", "passu"])

/** A French elision: c', d', j', l', m', n', s', t', qu' before a letter ("l'État", "d'être", "c'est"). */
const ELISION = /^(?:[cdjlmnst]|qu)['\u2019]\p{L}/u
/** A letter with an accent or a ligature (Latin-1 and Latin Extended-A/B letters; × and ÷ are no letters). */
const ACCENTED = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/
/** Sentence ends and the marks that part clauses as strongly (a phrase is looked for within one). */
const BOUNDARY = /^[.!?;:]/
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

/** A foreign phrase: the offsets it spans and the words that mark it. */
export interface ForeignPhrase {
  readonly start: number
  readonly end: number
  /** The markers, as printed (for the explanation). */
  readonly markers: ReadonlyArray<string>
  /** The language its function words are of, when they say. */
  readonly language: string | null
  /** Why it is read as foreign, for an explanation: "“Ich” and “nicht” mark it as German". */
  readonly reason: string
}

/** The foreign phrases of a witness, in text order (none overlaps another). */
export function foreignPhrases(text: string, tokens: ReadonlyArray<Token>, lex: Lexicon): ForeignPhrase[] {
  // the word tokens, and for each the sentence it is in
  const words: number[] = []
  const sentence: number[] = []
  let s = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind === "word") {
      words.push(i)
      sentence.push(s)
    } else if (BOUNDARY.test(t.n)) s++
    if (t.t.length > 1 && t.t.includes("\n") && /\n[^\S\n]*\n/.test(t.t)) s++
  }
  const english = (w: string) => lex.isWord(w) || lex.unigram(w) > 0
  const accented = (k: number) => ACCENTED.test(tokens[words[k]!]!.n)
  /** Function word, elision, or an accented word whose plain form English lacks. */
  const strong = (k: number): boolean => {
    const n = tokens[words[k]!]!.n
    if (FUNCTION_WORDS.has(n) || ((n.includes("'") || n.includes("\u2019")) && ELISION.test(n))) return true
    return ACCENTED.test(n) && !english(plain(n))
  }
  /** A plain word English lacks (the kind the word rules propose for). */
  const unknown = (k: number): boolean => {
    const n = tokens[words[k]!]!.n
    return !ACCENTED.test(n) && /^\p{L}+$/u.test(n) && !english(n)
  }
  /** Do words k and k + 1 stand side by side, in one sentence, with nothing but space between? */
  const beside = (k: number) => k >= 0 && k + 1 < words.length && words[k + 1] === words[k]! + 1 && sentence[k] === sentence[k + 1]
  const language = (ks: ReadonlyArray<number>) => {
    for (const k of ks) {
      const n = tokens[words[k]!]!.n
      const l = FUNCTION_WORDS.get(n) ?? (ELISION.test(n) ? "French" : LATIN_IN_ENGLISH.has(n) ? "Latin" : undefined)
      if (l !== undefined) return l
    }
    return null
  }
  const printed = (k: number) => text.slice(tokens[words[k]!]!.start, tokens[words[k]!]!.end)
  const phrase = (from: number, to: number, markers: ReadonlyArray<number>): ForeignPhrase => {
    const shown = markers.map((k) => `“${printed(k)}”`)
    const lang = language(markers)
    const reason =
      markers.length > 1
        ? `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]} mark it as ${lang ?? "foreign"}`
        : accented(markers[0]!)
          ? `${shown[0]} beside it is printed with an accent`
          : `${shown[0]} beside it is a Latin word English keeps for its borrowed phrases`
    return { start: tokens[words[from]!]!.start, end: tokens[words[to]!]!.end, markers: markers.map(printed), language: lang, reason }
  }
  // phrases as [first word, last word, markers], words counted in `words`
  const spans: Array<[number, number, number[]]> = []
  // two markers or more, each within MARKER_GAP words of the last, in one sentence
  let run: number[] = []
  const close = () => {
    if (run.length >= 2) {
      let from = run[0]!
      let to = run[run.length - 1]!
      while (beside(from - 1) && unknown(from - 1)) from--
      while (beside(to) && unknown(to + 1)) to++
      spans.push([from, to, run])
    }
    run = []
  }
  for (let k = 0; k < words.length; k++) {
    if (!strong(k)) continue
    const last = run[run.length - 1]
    if (last !== undefined && (k - last > MARKER_GAP || sentence[k] !== sentence[last])) close()
    run.push(k)
  }
  close()
  // a word English lacks beside an accented word or a Latin word of English's borrowed phrases (found from
  // those words: asking English of every word would cost a look-up per word of the witness)
  const looksForeign = (k: number) => accented(k) || LATIN_IN_ENGLISH.has(tokens[words[k]!]!.n)
  const besideForeign = new Set<number>()
  for (let k = 0; k < words.length; k++) {
    if (!looksForeign(k)) continue
    if (beside(k - 1) && unknown(k - 1)) besideForeign.add(k - 1)
    if (beside(k) && unknown(k + 1)) besideForeign.add(k + 1)
  }
  for (const k of [...besideForeign].sort((a, b) => a - b)) {
    const before = beside(k - 1) && looksForeign(k - 1)
    const after = beside(k) && looksForeign(k + 1)
    spans.push([before ? k - 1 : k, after ? k + 1 : k, [...(before ? [k - 1] : []), ...(after ? [k + 1] : [])]])
  }
  // overlapping ones made one ("prima facie": each word beside the other)
  spans.sort((a, b) => a[0] - b[0])
  const out: ForeignPhrase[] = []
  for (let j = 0; j < spans.length; ) {
    let [from, to, markers] = spans[j++]!
    while (j < spans.length && spans[j]![0] <= to) {
      const [, t, m] = spans[j++]!
      to = Math.max(to, t)
      markers = [...new Set([...markers, ...m])].sort((a, b) => a - b)
    }
    out.push(phrase(from, to, markers))
  }
  return out
}
