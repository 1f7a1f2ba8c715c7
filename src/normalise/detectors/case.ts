/**
 * Case restoration for a witness transcribed wholly in lower case: sentence starts, the pronoun "I", and
 * proper names, learned from how the other witnesses write each word away from a sentence start, and
 * failing that from the reference corpus and the dictionary (stalin → Stalin, pravda → Pravda). All the
 * proposals of one witness share a group, so an editor can accept them together and still inspect each.
 */
import type { Token } from "../../domain/model.ts"
import type { Draft } from "../proposal.ts"
import { sentenceInitial } from "../context.ts"
import { perCall, q, type DetectorInput } from "./shared.ts"

/** Abbreviations whose period does not end a sentence. */
const ABBREV = new Set(["etc", "i.e", "e.g", "cf", "viz", "vol", "vols", "p", "pp", "no", "mr", "mrs", "dr", "st", "ch", "ed", "eds", "tr", "op", "cit", "ibid"])

const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1)

/** Plural endings: a plural is written with the capital of its singular. */
const PLURALS = ["s", "es"]

/**
 * Reference count of capitals that marks a word the dictionary also takes in lower case as a name wherever it
 * stands (catholic 82×, roman 58×, providence 75×); fewer (fascism 3×, protestants 14×, victor 19×), only
 * beside another name (victor serge). In the seeds' lower-case Trotsky, the editor rejected fascism →
 * Fascism (4×) and protestants → Protestants ("martyrs and protestants": those who protest).
 */
const MANY_CAPITALS = 20

const ROMAN = new Set(["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"])

export interface NameForm {
  readonly form: string
  readonly evidence: Record<string, unknown>
  readonly confidence: number
  readonly source: string
  /** The reference corpus writes the word mostly in lower case: accept only beside another name ("soviet union"). */
  readonly ambiguous: boolean
}

/** How a word should be capitalised away from a sentence start, with the evidence; null when lower case. */
export function properForm(input: DetectorInput, word: string): NameForm | null {
  const { model } = input
  const base = word.endsWith("'s") ? word.slice(0, -2) : word
  const { ids, lowerCounts, capitalCounts } = model.corpus
  /** How often the other witnesses write w capitalised and in lower case away from sentence starts. */
  const written = (w: string): readonly [number, number] => {
    const id = ids.get(w)
    return id === undefined || capitalCounts === null || lowerCounts === null ? [0, 0] : [capitalCounts[id]!, lowerCounts[id]!]
  }
  const [upper, lower] = written(base)
  if (ROMAN.has(base) && upper >= 1) {
    return { form: word.toUpperCase(), evidence: { witnessesCapital: upper }, confidence: 0.9, source: "a roman numeral", ambiguous: false }
  }
  // (the reference asked only where the witnesses leave it open: most words they write in lower case)
  if (upper + lower >= 1) {
    const strong = upper >= 2 && upper > 4 * lower
    if (!strong && !(upper === 1 && lower === 0)) return null
    const r = model.lexicon.caseOf(base)
    // (written so once: where the reference writes it capitalised as often as not, or the dictionary lists it so)
    if (!strong && r.capital < r.lower && r.dictProper === null) return null
    const refLowerCase = r.lower > r.capital && r.lower >= 5
    return {
      form: capitalise(word),
      evidence: { witnessesCapital: upper, witnessesLower: lower, referenceCapital: r.capital, referenceLower: r.lower, dictionary: r.dictProper },
      confidence: Math.min(0.97, 0.75 + 0.04 * upper),
      source: `the other witnesses write it so ${upper}×${lower > 0 ? ` (lower case ${lower}×)` : ""}`,
      // the witnesses write it both ways (Soviet Union, trade union): only beside another name
      ambiguous: refLowerCase || lower > 0
    }
  }
  const r = model.lexicon.caseOf(base)
  // a plural the others never write, whose singular they write capitalised ("thermidorians": Thermidorian
  // 5×; once, where the reference never writes it in lower case), and the reference does not write in lower case
  if (r.lower === 0 && r.capital === 0 && r.dictProper === null && base === word) {
    for (const ending of PLURALS) {
      if (word.length <= ending.length + 3 || !word.endsWith(ending)) continue
      const [sUpper, sLower] = written(word.slice(0, -ending.length))
      // (a singular written capitalised once is enough when the reference never writes it in lower case, as
      // for a word itself: "trotskyists", Deutscher's "Trotskyist" once)
      if ((sUpper >= 2 || (sUpper === 1 && model.lexicon.caseOf(word.slice(0, -ending.length)).lower === 0)) && sLower === 0) {
        const singular = capitalise(word.slice(0, -ending.length))
        return {
          form: capitalise(word),
          evidence: { singular, witnessesCapital: sUpper, witnessesLower: sLower },
          confidence: Math.min(0.9, 0.7 + 0.04 * sUpper),
          source: `the other witnesses write its singular ${q(singular)} so ${sUpper}×`,
          ambiguous: false
        }
      }
    }
  }
  // (a word the dictionary also takes in lower case is a common word too, "fascism", "protestants": the
  // reference's capitals speak for the name only when they are many, or beside another name)
  const common = model.lexicon.isWord(base)
  if (r.capital >= 3 && r.capital >= 9 * r.lower) {
    return { form: capitalise(word), evidence: { referenceCapital: r.capital, referenceLower: r.lower, dictionary: r.dictProper }, confidence: 0.85, source: `the reference corpus writes it so ${r.capital}×${r.lower > 0 ? ` (lower case ${r.lower}×)` : ""}`, ambiguous: common && r.capital < MANY_CAPITALS }
  }
  // (the dictionary's capitals say so only when it lists no lower-case word of that spelling: "Furies"
  // beside fury's plural "furies")
  if (r.dictProper !== null && r.lower === 0 && r.capital >= 1 && !common) {
    return { form: capitalise(word), evidence: { referenceCapital: r.capital, referenceLower: r.lower, dictionary: r.dictProper }, confidence: 0.8, source: `the dictionary lists only ${q(r.dictProper)}`, ambiguous: false }
  }
  return null
}

/**
 * A hyphenated word of a witness in lower case with a name among its parts, each such part a name the other
 * witnesses or the reference write capitalised (`properForm`, not one they also write in lower case): the
 * word with its names capitalised ("trotskyist-zinovievist" → Trotskyist-Zinovievist: Deutscher writes
 * "Trotskyist, Zinovievist"; "anti-stalinist" → anti-Stalinist, "stalin-era" → Stalin-era). Null when no part
 * is a name ("counter-revolutionary", "self-defense"), or when a part that is none is no word either.
 */
export function compoundName(input: DetectorInput, word: string): { form: string; confidence: number; sources: string[]; parts: Array<Record<string, unknown>> } | null {
  const parts = word.split("-")
  if (parts.length < 2 || parts.some((x) => x.length === 0)) return null
  let confidence = 1
  const sources: string[] = []
  const evidence: Array<Record<string, unknown>> = []
  const lex = input.model.lexicon
  let unknown = false
  const out = parts.map((part) => {
    const p = properForm(input, part)
    if (p === null || p.ambiguous || p.form.toUpperCase() === p.form) {
      // (a part no dictionary knows may be a name with too little evidence: "trotskyist-zinovievists", whose
      // plural the others never write, is left whole rather than half capitalised)
      if (lex.unigram(part) === 0 && !lex.isWord(part)) unknown = true
      return part
    }
    confidence = Math.min(confidence, p.confidence)
    sources.push(`${q(capitalise(part))}: ${p.source}`)
    evidence.push({ part, ...p.evidence })
    return capitalise(part)
  })
  return sources.length === 0 || unknown ? null : { form: out.join("-"), confidence, sources, parts: evidence }
}

/** Two words beside each other, apart by a single space. */
function pairAt(tokens: ReadonlyArray<Token>, i: number, text: string): boolean {
  const a = tokens[i]
  const b = tokens[i + 1]
  return a !== undefined && b !== undefined && a.kind === "word" && b.kind === "word" && b.start === a.end + 1 && text.charCodeAt(a.end) === 0x20
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u
const LONG_WORD = /\p{L}{4,}/gu

/**
 * Is the line of text[at] written in title case, a heading ("5. The Exhaustion of Soviet Democracy"): two words
 * of four letters or more, every one capitalised? (Asked per line once: `seen` by the line's start.)
 */
function titleLine(text: string, at: number, seen: Map<number, boolean>): boolean {
  const start = text.lastIndexOf("\n", at) + 1
  let r = seen.get(start)
  if (r === undefined) {
    // (word by word, leaving at the first one in small letters: most lines are prose)
    const end = text.indexOf("\n", at)
    LONG_WORD.lastIndex = start
    let words = 0
    let m: RegExpExecArray | null
    r = true
    while ((m = LONG_WORD.exec(text)) !== null && (end < 0 || m.index < end)) {
      if (!CAPITALISED.test(m[0])) {
        r = false
        break
      }
      words++
    }
    r = r && words >= 2
    seen.set(start, r)
  }
  return r
}

/** Does text[at] begin a capitalised word: a capital, then a small letter (ASCII tested in place)? */
function capitalisedAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  const d = text.charCodeAt(at + 1)
  if (c < 0x80 && d < 0x80) return c >= 0x41 && c <= 0x5a && d >= 0x61 && d <= 0x7a
  return CAPITALISED.test(text.slice(at, at + 2))
}

/** Counts of a name of two words: written capitalised away from sentence starts and headings, and otherwise. */
interface NameCounts {
  capital: number
  other: number
}

/**
 * Names of two words as the witnesses not in lower case write them ("Fourth International", "Left
 * Opposition", "Central Committee"), each with how often it is so written away from a sentence start or a
 * heading (a file loaded twice counted once), and how often the same two words are written otherwise ("October revolution"): by the corpus id of
 * the first word, then of the second. Two passes over those witnesses: the capitalised pairs, then the
 * others of the same words (only at a first word of one: a flag by id).
 */
function twoWordNames(input: DetectorInput): Map<number, Map<number, NameCounts>> {
  const { model } = input
  return perCall(model, "case-two-word-names", () => {
    const { corpus } = model
    const names = new Map<number, Map<number, NameCounts>>()
    const first = new Uint8Array(corpus.words.length)
    const written = corpus.witnesses.map((w, k) => [w, corpus.tokenIds[k]!] as const).filter((_, k) => !corpus.lowerCase[k] && corpus.copies[k]! < 0)
    for (const [w, ids] of written) {
      const text = w.witness.text
      const titles = new Map<number, boolean>()
      const tokens = w.tokens
      for (let i = 0; i + 1 < tokens.length; i++) {
        if (!capitalisedAt(text, tokens[i]!.start) || !pairAt(tokens, i, text) || !capitalisedAt(text, tokens[i + 1]!.start)) continue
        if (sentenceInitial(tokens, i, text) || titleLine(text, tokens[i]!.start, titles)) continue
        let seconds = names.get(ids[i]!)
        if (seconds === undefined) names.set(ids[i]!, (seconds = new Map()))
        first[ids[i]!] = 1
        const e = seconds.get(ids[i + 1]!)
        if (e === undefined) seconds.set(ids[i + 1]!, { capital: 1, other: 0 })
        else e.capital++
      }
    }
    for (const [w, ids] of written) {
      const text = w.witness.text
      const tokens = w.tokens
      for (let i = 0; i + 1 < tokens.length; i++) {
        if (first[ids[i]!] === 0 || !pairAt(tokens, i, text)) continue
        const e = names.get(ids[i]!)!.get(ids[i + 1]!)
        if (e !== undefined && !(capitalisedAt(text, tokens[i]!.start) && capitalisedAt(text, tokens[i + 1]!.start))) e.other++
      }
    }
    return names
  })
}

/** Does token i follow an ellipsis ("…", "...", ". . .") on the same line? */
function afterEllipsis(tokens: ReadonlyArray<Token>, i: number, text: string): boolean {
  const p = tokens[i - 1]
  if (p === undefined || text.slice(p.end, tokens[i]!.start).includes("\n")) return false
  if (p.n === "\u2026") return true
  const q2 = tokens[i - 2]
  const q3 = tokens[i - 3]
  return p.n === "." && q2?.n === "." && q3?.n === "." && !text.slice(q3.end, p.start).includes("\n")
}

export function detectCase(input: DetectorInput): Draft[] {
  if (!input.lowerCase) return []
  const { text, id } = input.witness.witness
  const tokens = input.witness.tokens
  const group = `case:${id}`
  const out: Draft[] = []
  const ids = input.model.corpus.tokenIds[input.index]!
  // (the proper form of each word, by its corpus id: asked once per word)
  const names = new Array<NameForm | null | undefined>(input.model.corpus.words.length)
  const nameAt = (j: number): NameForm | null => {
    const u = tokens[j]
    if (u === undefined || u.kind !== "word") return null
    const c0 = text.charCodeAt(u.start)
    if (c0 < 0x61 || c0 > 0x7a) return null
    const id = ids[j]!
    let p = names[id]
    if (p === undefined) names[id] = p = u.n.includes("-") ? null : properForm(input, u.n)
    return p
  }
  const pairNames = twoWordNames(input)
  /** The name of two words tokens j and j + 1 make, as the other witnesses write it (see `twoWordNames`). */
  const twoWordName = (j: number): { name: string; capital: number } | null => {
    if (j < 0 || !pairAt(tokens, j, text)) return null
    const a = tokens[j]!
    const b = tokens[j + 1]!
    const e = pairNames.get(ids[j]!)?.get(ids[j + 1]!)
    if (e === undefined || e.capital === 0 || e.other > 0) return null
    return { name: `${capitalise(text.slice(a.start, a.end))} ${capitalise(text.slice(b.start, b.end))}`, capital: e.capital }
  }
  const isStrongName = (j: number) => {
    const p = nameAt(j)
    return p !== null && !p.ambiguous
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind !== "word") continue
    const c0 = text.charCodeAt(t.start)
    if (c0 < 0x61 || c0 > 0x7a) continue
    const raw = text.slice(t.start, t.end)
    let initial = sentenceInitial(tokens, i, text)
    if (initial && i >= 2 && tokens[i - 1]!.n === "." && ABBREV.has(tokens[i - 2]!.n) && !text.slice(tokens[i - 1]!.end, t.start).includes("\n")) initial = false
    if (initial && i >= 1 && tokens[i - 1]!.n === ":") initial = false
    // (after an ellipsis a sentence may go on or a new one begin: the cased witnesses of the seeds write "… It"
    // as often as "… the Petrograd"; a word there is left as it is, unless a paragraph begins)
    if (initial && afterEllipsis(tokens, i, text)) initial = false
    if (raw === "i" || raw.startsWith("i'") || raw.startsWith("i’")) {
      out.push({ start: t.start, end: t.start + 1, replacement: "I", rule: "case-pronoun", class: "case", confidence: 0.97, group, explanation: "the pronoun “I” is written in capitals", evidence: { word: raw } })
      continue
    }
    // a compound with names among its parts ("trotskyist-zinovievist": Trotskyist, Zinovievist), each name in its capital
    if (raw.includes("-")) {
      const compound = compoundName(input, raw)
      if (compound !== null) {
        out.push({
          start: t.start, end: t.end, replacement: compound.form, rule: "case-name", class: "case", confidence: compound.confidence, group,
          explanation: `${q(compound.form)}: ${compound.sources.length > 1 ? "a compound of proper names" : "a compound of a proper name"}; ${compound.sources.join("; ")}`,
          evidence: { word: raw, form: compound.form, parts: compound.parts }
        })
        continue
      }
    }
    const p = nameAt(i)
    if (p !== null && (!p.ambiguous || isStrongName(i - 1) || isStrongName(i + 1))) {
      const whole = p.form.toUpperCase() === p.form
      out.push({
        start: t.start, end: t.end, replacement: whole ? p.form : capitalise(raw), rule: "case-name", class: "case", confidence: p.confidence, group,
        explanation: `${q(p.form)}: ${whole ? "" : "a proper name; "}${p.source}${p.ambiguous ? ", and it stands beside another name" : ""}`,
        evidence: { word: raw, form: p.form, ...p.evidence }
      })
      continue
    }
    // a word of a name of two words that the other witnesses write capitalised, and never otherwise
    const phrase = twoWordName(i - 1) ?? twoWordName(i)
    if (phrase !== null) {
      out.push({
        start: t.start, end: t.end, replacement: capitalise(raw), rule: "case-name", class: "case", confidence: Math.min(0.95, 0.8 + 0.05 * phrase.capital), group,
        explanation: `${q(capitalise(raw))}: part of the name ${q(phrase.name)}; the other witnesses write it so ${phrase.capital}×`,
        evidence: { word: raw, name: phrase.name, witnessesCapital: phrase.capital }
      })
      continue
    }
    if (initial) {
      out.push({ start: t.start, end: t.end, replacement: capitalise(raw), rule: "case-sentence", class: "case", confidence: 0.95, group, explanation: `${q(capitalise(raw))}: the first word of a sentence`, evidence: { word: raw } })
    }
  }
  return out
}
