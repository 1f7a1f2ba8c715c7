/**
 * The dictionary check as plain data: every word form of one or more Hunspell dictionaries (the stems with
 * their affixes applied, as nspell expands them) with the few flags that decide acceptance, and the rules of
 * nspell's `correct` applied to that table. The answers are nspell's own (tests compare them on real text),
 * at the price of one Map look-up instead of nspell's property look-ups, conversions and compound-rule
 * regular expressions, and the table loads from a cache file in a fraction of the time nspell needs to
 * parse and expand the .dic/.aff pair. Pure: load.ts builds the data (from nspell) and caches it.
 */

/** Flags of a form in one dictionary: bit 0 listed, 1 forbidden, 2 only inside compounds, 3 keep case. */
export const LISTED = 1
export const FORBIDDEN = 2
export const ONLY_IN_COMPOUND = 4
export const KEEP_CASE = 8
/** Bits per dictionary in `DictionaryData.forms`: dictionary k's flags are (bits >> (4 * k)) & 15. */
const WIDTH = 4

/** What `correct` needs of one dictionary besides its forms. */
export interface DictionaryRules {
  /** Input conversions (ICONV): pattern source, pattern flags, replacement. */
  readonly conversions: ReadonlyArray<readonly [string, string, string]>
  /** Compound rules as nspell compiles them (sources of unanchored, case-insensitive patterns). */
  readonly compounds: ReadonlyArray<string>
  /** COMPOUNDMIN: shorter strings are never compounds. */
  readonly compoundMin: number
  /**
   * Characters of which every compound-rule match holds at least one (the rules join listed words that all
   * contain one, e.g. the digits of "21st"); a string with none of them is not tested. Empty: always test.
   */
  readonly compoundNeeds: string
}

export interface DictionaryData {
  /** form → flags of each dictionary (see WIDTH). */
  readonly forms: ReadonlyMap<string, number>
  /** One entry per dictionary, in the order of the bits. */
  readonly rules: ReadonlyArray<DictionaryRules>
}

interface Compiled {
  readonly shift: number
  readonly conversions: ReadonlyArray<readonly [RegExp, string, string]>
  readonly compounds: ReadonlyArray<RegExp>
  readonly compoundMin: number
  readonly needs: string
}

/**
 * The check "does any of the dictionaries accept `value`?", answering as nspell's `correct` does for each:
 * the form as written (unless forbidden), else for an all-capitals form its sentence case, else its lower
 * case (either refused outright when that form is forbidden or keeps its case).
 */
export function dictionaryCheck(data: DictionaryData): (value: string) => boolean {
  const forms = data.forms
  const dicts: Compiled[] = data.rules.map((r, k) => ({
    shift: k * WIDTH,
    conversions: r.conversions.map(([s, f, to]) => [new RegExp(s, f), to, s] as const),
    compounds: r.compounds.map((s) => new RegExp(s, "i")),
    compoundMin: r.compoundMin,
    needs: r.compoundNeeds
  }))
  const flags = (d: Compiled, w: string) => ((forms.get(w) ?? 0) >> d.shift) & 15
  const exact = (d: Compiled, w: string): boolean => {
    const f = flags(d, w)
    if ((f & LISTED) !== 0) return (f & ONLY_IN_COMPOUND) === 0
    if (w.length < d.compoundMin || d.compounds.length === 0) return false
    if (d.needs !== "") {
      let any = false
      for (let i = 0; i < w.length && !any; i++) if (d.needs.includes(w[i]!)) any = true
      if (!any) return false
    }
    for (const re of d.compounds) if (re.test(w)) return true
    return false
  }
  const refused = (d: Compiled, w: string) => (flags(d, w) & (KEEP_CASE | FORBIDDEN)) !== 0
  const correct = (d: Compiled, value: string): boolean => {
    let normal = value.trim()
    if (normal === "") return false
    for (const [re, to] of d.conversions) normal = normal.replace(re, to)
    if (exact(d, normal)) return (flags(d, normal) & FORBIDDEN) === 0
    if (normal.toUpperCase() === normal) {
      const alt = normal.charAt(0) + normal.slice(1).toLowerCase()
      if (refused(d, alt)) return false
      if (exact(d, alt)) return true
    }
    const lower = normal.toLowerCase()
    if (lower !== normal) {
      if (refused(d, lower)) return false
      if (exact(d, lower)) return true
    }
    return false
  }
  // (the common question, a lower-case word of a–z and apostrophes: `correct` comes down to one look-up,
  // since such a string is no compound, needs no conversion and has no other case to try)
  const simple = dicts.every((d) => d.needs !== "" && d.conversions.every(([, , source]) => !/[a-z'\\]/i.test(source)))
  const accepted = dicts.reduce((m, d) => m | (LISTED << d.shift), 0)
  // (the next commonest, a string in lower case that is not plain, "c0mmittee", "1859", "well-known": with
  // conversions of literal strings none of which it holds, `correct` comes down to `exact` of the string
  // itself, since its other cases are itself or fail as it did; dictionaries with the same compound rules
  // test them once)
  const literal = dicts.every((d) => d.conversions.every(([, , source]) => !/[\\^$.|?*+()[\]{}]/.test(source)))
  const sources = dicts.flatMap((d) => d.conversions.map(([, , source]) => source))
  const sameCompounds = dicts.every((d) => d.compounds.map(String).join("\n") === dicts[0]!.compounds.map(String).join("\n") && d.compoundMin === dicts[0]!.compoundMin && d.needs === dicts[0]!.needs)
  const lowerExact = (value: string): boolean => {
    let compound: boolean | undefined
    for (const d of dicts) {
      const f = flags(d, value)
      if ((f & LISTED) !== 0) {
        if ((f & (ONLY_IN_COMPOUND | FORBIDDEN)) === 0) return true
        continue
      }
      if (!sameCompounds || compound === undefined) compound = exact(d, value)
      if (compound && (f & FORBIDDEN) === 0) return true
    }
    return false
  }
  // (a word of a–z, A–Z and apostrophes not in lower case, "Kaiser", "TBE", "iPhone": with conversions of
  // literal strings none of which it can hold, `correct` comes down to the flags of the word as written,
  // of its sentence case when in capitals, and of its lower case, each looked up once for all the
  // dictionaries; it is no compound, having no digit)
  const cased = simple && literal
  const listed = (f: number) => (f & LISTED) !== 0 && (f & ONLY_IN_COMPOUND) === 0
  const casedExact = (value: string): boolean => {
    const f = forms.get(value) ?? 0
    const upper = value.toUpperCase() === value
    const alt = upper ? value.charAt(0) + value.slice(1).toLowerCase() : value
    const fa = alt === value ? f : (forms.get(alt) ?? 0)
    const lower = value.toLowerCase()
    const fl = lower === value ? f : (forms.get(lower) ?? 0)
    for (const d of dicts) {
      const c = (f >> d.shift) & 15
      if (listed(c)) {
        if ((c & FORBIDDEN) === 0) return true
        continue
      }
      if (upper) {
        const a = (fa >> d.shift) & 15
        if ((a & (KEEP_CASE | FORBIDDEN)) !== 0) continue
        if (listed(a)) return true
      }
      if (lower !== value) {
        const l = (fl >> d.shift) & 15
        if ((l & (KEEP_CASE | FORBIDDEN)) !== 0) continue
        if (listed(l)) return true
      }
    }
    return false
  }
  return (value) => {
    if (simple && isPlainWord(value)) {
      const f = forms.get(value) ?? 0
      if ((f & accepted) === 0) return false
      for (const d of dicts) if (((f >> d.shift) & (LISTED | ONLY_IN_COMPOUND | FORBIDDEN)) === LISTED) return true
      return false
    }
    if (cased && LATIN.test(value)) return casedExact(value)
    if (literal && value !== "" && value === value.toLowerCase() && value === value.trim() && !sources.some((x) => value.includes(x))) return lowerExact(value)
    for (const d of dicts) if (correct(d, value)) return true
    return false
  }
}

/**
 * A lower-case word: a–z and apostrophes, at least one letter (the Lexicon's vocabulary trie holds every
 * such word the check accepts).
 */
const PLAIN = /^'*[a-z][a-z']*$/
export const isPlainWord = (w: string): boolean => PLAIN.test(w)
/** A word of a–z, A–Z and apostrophes. */
const LATIN = /^[A-Za-z']+$/

/** The flag bits of one form (for building `DictionaryData.forms`): `flags` of dictionary `k`. */
export const formBits = (k: number, flags: number) => flags << (k * WIDTH)

/**
 * The characters every compound-rule match must contain: when every word that a compound rule may join
 * holds one of a set of characters (the digits, in the English dictionaries), a match, which joins at least
 * one such word, holds one too. "" when no such set is found (then every string is tested).
 */
export function compoundNeeds(ruleWords: ReadonlyArray<string>, rules: ReadonlyArray<RegExp>): string {
  const digits = "0123456789"
  // (a rule that matches the empty string matches every string: then there is nothing to skip)
  if (rules.some((re) => re.test(""))) return ""
  if (ruleWords.length > 0 && ruleWords.every((w) => [...w].some((c) => digits.includes(c)))) return digits
  return ""
}
