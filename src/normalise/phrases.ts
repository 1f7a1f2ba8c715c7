/**
 * Latin phrases of the law and of learning, and French phrases English has borrowed whole, that English print
 * quotes as they are: "a prima facie case",
 * "the mens rea", "a writ of fieri facias", "sued in forma pauperis", "the post mortem examination". Their
 * words are in neither English dictionary, and most are a letter or two from an English word (prima → prime,
 * rea → real, fieri → hen, scire → score, pauperis → paupers), so that a witness quoting one once was
 * "corrected" into nonsense; they are foreign phrases, which the normaliser leaves alone. (BLN600's
 * nineteenth-century court reports print post mortem, prima facie, nisi prius, habeas corpus, ex parte,
 * sine die, certiorari, mandamus.) So with French: "the Entente cordiale" is no "cordial", "a fait accompli" no
 * "accomplice". A word is one of a phrase only beside the phrase's other words.
 */
const LOAN_PHRASES = [
  "post mortem", "prima facie", "mens rea", "nisi prius", "habeas corpus", "in forma pauperis", "fieri facias",
  "scire facias", "venire facias", "capias ad satisfaciendum", "ex parte", "sine die", "ad valorem", "bona fide",
  "bona fides", "mala fide", "viva voce", "sub judice", "locum tenens", "non compos mentis", "obiter dictum",
  "obiter dicta", "amicus curiae", "felo de se", "ultra vires", "in loco parentis", "res gestae", "corpus delicti",
  "nolle prosequi", "inter alia", "quid pro quo", "de novo", "ex officio", "pro forma", "a fortiori", "in extremis",
  "ad interim", "in camera", "per se", "ipso facto", "sub poena", "vice versa", "pro rata", "per annum", "per diem",
  "in situ", "status quo", "sui generis", "in toto", "pari passu", "ad libitum", "ad nauseam", "terra incognita",
  "non sequitur", "sine qua non", "lex talionis", "caveat emptor", "mutatis mutandis", "ceteris paribus",
  "ex cathedra", "ex post facto", "pro bono publico", "in propria persona", "in re", "nunc pro tunc",
  "pendente lite", "de bene esse", "lis pendens", "cestui que trust", "in pari delicto", "onus probandi",
  "animus furandi", "in flagrante delicto", "ad hominem", "ad infinitum", "alma mater", "magna charta",
  "magna carta", "vox populi", "deus ex machina", "memento mori", "mea culpa", "modus operandi", "modus vivendi",
  "persona non grata", "post obit", "primus inter pares", "quo warranto", "ne exeat regno", "rigor mortis",
  // French (unaccented: a phrase printed with its accents is the foreign-phrase rule's, which says so: see foreign.ts)
  "entente cordiale", "esprit de corps", "fait accompli", "coup d'etat", "raison d'etre", "cause celebre",
  "bete noire", "carte blanche", "double entendre", "enfant terrible", "laissez faire", "laisser faire",
  "noblesse oblige", "nom de plume", "nom de guerre", "savoir faire", "savoir vivre", "sang froid", "sang-froid",
  "amour propre", "belles lettres", "bon vivant", "bon mot", "fin de siecle", "idee fixe", "coup de grace",
  "mot juste", "nouveau riche", "nouveaux riches", "par excellence", "piece de resistance", "femme fatale",
  "joie de vivre", "je ne sais quoi", "table d'hote", "ancien regime", "agent provocateur", "cordon sanitaire",
  "tour de force", "force majeure", "hors de combat", "de rigueur", "en famille", "en passant", "en masse",
  "en route", "en rapport", "au courant", "au fait", "au revoir", "comme il faut", "corps diplomatique",
  "droit de seigneur", "haute couture", "lese majesty", "mise en scene", "objet d'art", "papier mache",
  "plat du jour", "pour encourager les autres", "sauve qui peut", "soi-disant", "vin ordinaire", "trompe l'oeil"
].map((p) => p.split(" "))

/** For each word of a phrase, the phrases it is in and where. */
const BY_WORD = new Map<string, Array<{ readonly words: ReadonlyArray<string>; readonly at: number }>>()
for (const words of LOAN_PHRASES)
  words.forEach((w, at) => {
    const list = BY_WORD.get(w)
    if (list === undefined) BY_WORD.set(w, [{ words, at }])
    else list.push({ words, at })
  })

/**
 * Is the word `w` one of a phrase of `LOAN_PHRASES` with the words around it? `wordAt(d)` is the
 * (lower-case) word d places after it (d < 0: before), undefined past the sentence's words.
 */
export function inLoanPhrase(w: string, wordAt: (d: number) => string | undefined): boolean {
  const list = BY_WORD.get(w)
  if (list === undefined) return false
  for (const { words, at } of list) {
    let all = true
    for (let k = 0; k < words.length && all; k++) if (k !== at && wordAt(k - at) !== words[k]) all = false
    if (all) return true
  }
  return false
}
