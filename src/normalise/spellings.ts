/**
 * Spellings of British and 19th-century print that the en-US and en-GB Hunspell dictionaries lack, taken
 * as words beside them: without them a newspaper's "gaol" is an unknown word, and its nearest common word
 * ("god", "goal") is proposed in its place (BLN600: eleven such proposals, all wrong). Each is a spelling
 * the historical dictionaries record for British or 19th-century use (gaol, connexion, waggon, despatch,
 * burthen, mediaeval, gipsy, inclose, leant) or a word of 19th-century use (the apothecaries' drachm), not a
 * misspelling. (BLN600's corrected text: leant → lean, drachms → drachma; its OCR, each article alone:
 * serjeant → sergeant 7 times, the spelling of the police and the bar in 19th-century print; bannisters →
 * banisters twice, runner-up barristers; and in its corrected text horsekeeper → housekeeper, forgeman →
 * foreman, destructor → destruction, leathern → leather.)
 */

/** The spellings, in lower case (inflected forms listed: the dictionary's affix rules do not reach them). */
export function historicalSpellings(): ReadonlyArray<string> {
  return [
    "gaol", "gaols", "gaoler", "gaolers", "gaoled",
    "connexion", "connexions",
    "waggon", "waggons", "waggoner", "waggoners",
    "despatch", "despatches", "despatched", "despatching",
    "burthen", "burthens",
    "mediaeval",
    "gipsy", "gipsies",
    "inclose", "inclosed", "inclosure",
    "serjeant", "serjeants",
    "trowsers",
    "leant",
    "drachm", "drachms",
    "bannister", "bannisters",
    // (words of the period's trades and things, in its dictionaries and not in today's: a horse-keeper, a
    // forgeman, a refuse destructor, a leathern bottle)
    "horsekeeper", "horsekeepers", "forgeman", "forgemen", "destructor", "destructors", "leathern"
  ]
}

/**
 * The terms of textual scholarship and literary study that the dictionaries lack, the vocabulary of the
 * editions and studies this tool serves: without them "the recension" was mended to recession, "the stemma" to
 * stems, "focalization" to localization. Inflected forms listed.
 */
export function scholarlyTerms(): ReadonlyArray<string> {
  return [
    "recension", "recensions", "stemma", "stemmata", "stemmatic", "stemmatics", "stemmatology", "hyparchetype",
    "hyparchetypes", "siglum", "sigla", "lemmata", "variorum", "incipit", "incipits", "foliation", "cruces",
    "obelus", "obeli", "obelized", "obelised", "ductus", "codicology", "codicological", "palaeography",
    "palaeographic", "palaeographical", "paleographic", "paleographical", "scholia", "scholium", "glossator",
    "glossators", "incunable", "incunables", "duodecimo", "sextodecimo", "editio", "princeps", "hapax",
    "legomenon", "legomena", "paratext", "paratexts", "paratextual", "intertext", "intertexts", "intertextual",
    "intertextuality", "hypotext", "hypotexts", "diegesis", "diegetic", "extradiegetic", "intradiegetic",
    "homodiegetic", "heterodiegetic", "focalization", "focalisation", "focalizer", "focaliser", "focalized",
    "focalised", "heteroglossia", "ekphrasis", "ekphrastic", "chronotope", "chronotopes"
  ]
}

/** The words taken as dictionary words beside the dictionaries': the historical spellings and the scholarly terms. */
export function extraWords(): ReadonlyArray<string> {
  return [...historicalSpellings(), ...scholarlyTerms()]
}

/**
 * The dictionary check `check` with the extra words (`extraWords`) accepted too, in lower case, capitalised or
 * in capitals (as the dictionary accepts a lower-case word).
 */
export function withExtraWords(check: (w: string) => boolean): (w: string) => boolean {
  const extra = new Set(extraWords())
  return (w) => {
    if (check(w)) return true
    if (extra.has(w)) return true
    const lower = w.toLowerCase()
    if (lower === w || !extra.has(lower)) return false
    return w === w.toUpperCase() || w === lower[0]!.toUpperCase() + lower.slice(1)
  }
}

/**
 * How American and British spelling differ within a word, as [en-US, en-GB] stretches, in two groups told
 * apart because a text may follow one and not the other: the endings that set British print apart from
 * American (honor/honour, center/centre, defense/defence, traveled/travelled, catalog/catalogue,
 * jewelry/jewellery), and -ize/-ise (organize/organise, analyze/analyse), which British print of the
 * Oxford kind writes as American does. Differences the en-GB dictionary draws that British print does not
 * keep are left out: "judgment" (the law's spelling in Britain as in America, 46 to 1 in BLN600's
 * newspapers), "gray", "hemorrhage".
 */
const US_GB: ReadonlyArray<readonly [string, string, number]> = [
  ["or", "our", 0], ["er", "re", 0], ["ense", "ence", 0], ["l", "ll", 0], ["og", "ogue", 0], ["elry", "ellery", 0],
  ["iz", "is", 1], ["yz", "ys", 1]
]

/** The groups of `US_GB`: 0 the British endings, 1 -ise. */
export const SPELLING_GROUPS = 2

/**
 * The same word in the other variety's spelling, with the group of the difference (see `US_GB`): for a
 * word only en-US spells so (`spelling` says US_SPELLING), the word en-GB alone spells with one of the
 * differences ("parlor" → parlour, "organization" → organisation), and the other way round; null when there
 * is none. (Both ends must be one variety's alone: a word both write, "license" beside "licence", or a word
 * of another meaning one change away, is no variant.)
 */
export function otherSpelling(w: string, spelling: (w: string) => number): { readonly word: string; readonly group: number } | null {
  const from = spelling(w)
  if (from === 0) return null
  const want = from === 1 ? 2 : 1
  for (const [us, gb, group] of US_GB) {
    const [a, b] = from === 1 ? [us, gb] : [gb, us]
    for (let at = w.indexOf(a); at >= 0; at = w.indexOf(a, at + 1)) {
      const v = w.slice(0, at) + b + w.slice(at + a.length)
      if (spelling(v) === want) return { word: v, group }
    }
  }
  return null
}
