/** The detectors, with every rule each may raise (for `--rule`: a detector runs when one of its rules is asked for). */
import { detectCase } from "./case.ts"
import { detectCollated } from "./collated.ts"
import { detectMixedCase } from "./mixedCase.ts"
import { detectLongS } from "./longS.ts"
import { detectMisreadNames } from "./names.ts"
import { detectMisreadDigits } from "./numbers.ts"
import { detectNonWords } from "./nonWord.ts"
import { detectPunctuation } from "./punctuation.ts"
import { detectQuotes } from "./quotes.ts"
import { detectRealWords } from "./realWord.ts"
import { detectResidue } from "./residue.ts"
import type { ProposalClass } from "../../domain/model.ts"
import type { Detector } from "./shared.ts"
import { detectSpacing } from "./spacing.ts"
import { detectStray } from "./stray.ts"
import { detectTitles } from "./titles.ts"

export interface DetectorEntry {
  readonly name: string
  readonly rules: ReadonlyArray<string>
  readonly detect: Detector
}

export const DETECTORS: ReadonlyArray<DetectorEntry> = [
  { name: "residue", rules: ["web-residue", "page-number", "running-head", "empty-brackets", "soft-hyphen", "ligature", "mojibake", "replacement-char", "stray-mark", "line-end-hyphen"], detect: detectResidue },
  { name: "punctuation", rules: ["digit-dash", "spaced-hyphen", "hyphen-dash", "spurious-hyphen", "broken-word", "doubled-punctuation", "stray-punctuation", "apostrophe-comma", "possessive-apostrophe", "pound-digit", "paragraph-end", "stop-comma", "stray-stop", "glued-stop", "glued-apostrophe", "glued-comma"], detect: detectPunctuation },
  { name: "quotes", rules: ["straight-quote", "quote-direction", "unbalanced-quote"], detect: detectQuotes },
  { name: "spacing", rules: ["double-space", "no-break-space", "space-before-mark", "spaced-quote"], detect: detectSpacing },
  { name: "stray", rules: ["stray-fragment", "split-word", "doubled-word"], detect: detectStray },
  { name: "real-word", rules: ["ocr-confusion"], detect: detectRealWords },
  { name: "non-word", rules: ["non-word", "split-word"], detect: detectNonWords },
  { name: "names", rules: ["misread-name"], detect: detectMisreadNames },
  { name: "long-s", rules: ["long-s"], detect: detectLongS },
  { name: "numbers", rules: ["misread-digit"], detect: detectMisreadDigits },
  { name: "titles", rules: ["title", "abbreviation-stop"], detect: detectTitles },
  { name: "case", rules: ["case-sentence", "case-pronoun", "case-name"], detect: detectCase },
  { name: "mixed-case", rules: ["case-mixed", "case-midsentence"], detect: detectMixedCase },
  { name: "collated", rules: ["ocr-confusion", "non-word", "split-word", "misread-name", "lost-dash"], detect: detectCollated }
]

/** Every rule, once (two detectors may raise one: "split-word" joins a letter to its word, or two parts of one). */
export const RULES: ReadonlyArray<string> = [...new Set(DETECTORS.flatMap((d) => d.rules))]

/** The artifact class of each rule's proposals. */
export const RULE_CLASS: Readonly<Record<string, ProposalClass>> = {
  "web-residue": "residue", "page-number": "residue", "running-head": "residue", "empty-brackets": "residue",
  "soft-hyphen": "residue", ligature: "residue", mojibake: "residue", "replacement-char": "residue", "stray-mark": "residue", "line-end-hyphen": "hyphenation",
  "digit-dash": "punctuation", "lost-dash": "punctuation", "spaced-hyphen": "punctuation", "hyphen-dash": "punctuation", "spurious-hyphen": "punctuation", "broken-word": "hyphenation",
  "doubled-punctuation": "punctuation", "stray-punctuation": "punctuation", "pound-digit": "punctuation", "paragraph-end": "punctuation", "stop-comma": "punctuation", "stray-stop": "punctuation", "glued-stop": "punctuation", "glued-apostrophe": "punctuation", "glued-comma": "spacing", "apostrophe-comma": "punctuation", "possessive-apostrophe": "punctuation", "straight-quote": "quotes", "quote-direction": "quotes", "unbalanced-quote": "quotes",
  "double-space": "spacing", "no-break-space": "spacing", "space-before-mark": "spacing", "spaced-quote": "spacing", "stray-fragment": "stray-fragment", "doubled-word": "stray-fragment", "split-word": "spacing", "ocr-confusion": "real-word-error",
  "non-word": "non-word", "misread-name": "non-word", "long-s": "non-word", "misread-digit": "non-word", title: "non-word", "abbreviation-stop": "punctuation", "case-sentence": "case", "case-pronoun": "case", "case-name": "case", "case-mixed": "case", "case-midsentence": "case"
}

export const CLASSES: ReadonlyArray<ProposalClass> = [...new Set(Object.values(RULE_CLASS))]
