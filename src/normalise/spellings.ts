/**
 * Spellings of British and 19th-century print that the en-US and en-GB Hunspell dictionaries lack, taken
 * as words beside them: without them a newspaper's "gaol" is an unknown word, and its nearest common word
 * ("god", "goal") is proposed in its place (BLN600: eleven such proposals, all wrong). Each is a spelling
 * the historical dictionaries record for British or 19th-century use (gaol, connexion, waggon, despatch,
 * burthen, mediaeval, gipsy, inclose, leant) or a word of 19th-century use (the apothecaries' drachm), not a
 * misspelling. (BLN600's corrected text: leant → lean, drachms → drachma; its OCR, each article alone:
 * serjeant → sergeant 7 times, the spelling of the police and the bar in 19th-century print.)
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
    "drachm", "drachms"
  ]
}

/**
 * The dictionary check `check` with the historical spellings accepted too, in lower case, capitalised or in
 * capitals (as the dictionary accepts a lower-case word).
 */
export function withHistoricalSpellings(check: (w: string) => boolean): (w: string) => boolean {
  const extra = new Set(historicalSpellings())
  return (w) => {
    if (check(w)) return true
    if (extra.has(w)) return true
    const lower = w.toLowerCase()
    if (lower === w || !extra.has(lower)) return false
    return w === w.toUpperCase() || w === lower[0]!.toUpperCase() + lower.slice(1)
  }
}
