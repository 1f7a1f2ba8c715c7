/**
 * `node --import tsx scripts/learn-word-confusions.ts [--min N]`: learns from BLN600's tune split (every
 * sample but each fifth: the test split stays held out) how often a scan printed one real word for another
 * ("be" for he, "bad" for had, "lie" for he), and writes src/normalise/wordConfusions.ts, the channel the
 * real-word rule weighs those words by. Not part of lectio itself.
 *
 * Each OCR line is aligned with its ground truth word by word (jsdiff's diffWords); a word replaced by one
 * word is a confusion of the ground truth's word (meant) into the OCR's (seen), counted in lower case when
 * both are words of two letters or more, differ by two edits at most, differ other than in case, and the seen word is a
 * word of the reference or the dictionary (a real-word error: non-words are another rule's). Kept: pairs seen
 * N times or more (default 4: at 3 come the ground truth's own changes, "indicted" made "indicated",
 * "farther" made "further"), 5 or more when the printed word is one of the real-word rule's common words
 * (`COMMON_MIN`), and in 0.5 % of the printed word's occurrences or more (`MIN_SHARE`). With each pair, how often
 * the meant word stands in the ground truth, so that the one over the other estimates P(printed as seen |
 * meant), and how often the OCR prints the seen word.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { diffWords } from "diff"
import { distance } from "fastest-levenshtein"
import { COMMON } from "../src/normalise/detectors/realWord.ts"
import { defaultLexicon } from "../src/normalise/load.ts"
import { bln600File, readBln600 } from "./bln600.ts"

const repoRoot = join(import.meta.dirname, "..")
const args = process.argv.slice(2)
const min = Number(args[args.indexOf("--min") + 1] ?? 4) || 4
const file = bln600File(repoRoot)
if (file === null) {
  console.log("learn-word-confusions: BLN600's train.csv is absent (../shared/corpora/bln600)")
  process.exit(0)
}
const lex = defaultLexicon()
const samples = readBln600(file)
const ids = [...samples.keys()].filter((_, k) => k % 5 !== 4)
const WORD = /^[a-z]+$/
/**
 * The share of the printed word's occurrences a misreading must make (0.5 %): "in" printed for "is" 6 times in
 * the 3,500 times the scans print "in" never wins against the context, and asking costs the time of every
 * "in"; "be" for "he" 54 times in 800 does, and "he" for "be" 28 times in 2,800 ("to he paid": at 1 % it was
 * left out by a hair; BLN600's OCR, tune split, with it: ocr-confusion single proposals closer to / further
 * from the truth 722 / 35 → 732 / 36, test split 210 / 15 → 214 / 15; paired time on BLN600's OCR 1.005).
 */
const MIN_SHARE = 0.005
/**
 * Times a misreading of a common word (reference count `COMMON` or more: its, in, he) must be seen: the rule
 * looks at every occurrence of such a word for it, in every scan. (At 4, "its" for in came, 4 times in 84:
 * BLN600's OCR 4 % slower, paired, and not one proposal more.)
 */
const COMMON_MIN = 5
const pairs = new Map<string, number>()
const meantTotal = new Map<string, number>()
const seenTotal = new Map<string, number>()
for (const id of ids)
  for (const r of samples.get(id)!) {
    for (const w of r.gt.toLowerCase().match(/[a-z]+/g) ?? []) meantTotal.set(w, (meantTotal.get(w) ?? 0) + 1)
    for (const w of r.ocr.toLowerCase().match(/[a-z]+/g) ?? []) seenTotal.set(w, (seenTotal.get(w) ?? 0) + 1)
    const parts = diffWords(r.ocr, r.gt)
    for (let k = 0; k + 1 < parts.length; k++) {
      const a = parts[k]!
      const b = parts[k + 1]!
      if (!a.removed || !b.added) continue
      const seen = a.value.trim()
      const meant = b.value.trim()
      const s = seen.toLowerCase()
      const m = meant.toLowerCase()
      if (!WORD.test(s) || !WORD.test(m) || s.length < 2 || m.length < 2 || s === m || distance(s, m) > 2) continue
      if (lex.unigram(s) === 0 && !lex.isWord(s)) continue
      const key = `${s} ${m}`
      pairs.set(key, (pairs.get(key) ?? 0) + 1)
    }
  }
const rows = [...pairs]
  .map(([key, n]) => {
    const [seen, meant] = key.split(" ") as [string, string]
    return [seen, meant, n, meantTotal.get(meant) ?? 0, seenTotal.get(seen) ?? 0] as const
  })
  .filter(([seenWord, , n, , seen]) => n >= min && n >= MIN_SHARE * seen && (n >= COMMON_MIN || lex.unigram(seenWord) < COMMON))
  .sort((a, b) => b[2] - a[2] || a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]))
const out = `/**
 * Real words a scan prints for other words, learned from BLN600's OCR beside its ground truth (tune split:
 * every sample but each fifth; ${ids.length} samples), by scripts/learn-word-confusions.ts --min ${min}:
 * [seen, meant, times the ground truth's meant word was printed as seen, times the meant word stands in the
 * ground truth, times the OCR prints the seen word]. The third over the fourth estimates P(printed as seen |
 * meant), the channel the real-word rule weighs these candidates by (see realWord.ts); kept when the third
 * is ${min} or more (${COMMON_MIN} or more for a word the reference uses ${COMMON} times or more) and
 * ${MIN_SHARE * 100} % of the fifth or more. Generated: do not edit by hand.
 */
export const WORD_CONFUSIONS: ReadonlyArray<readonly [string, string, number, number, number]> = [
${rows.map((r) => `  ${JSON.stringify(r)}`).join(",\n")}
]
`
writeFileSync(join(repoRoot, "src", "normalise", "wordConfusions.ts"), out)
console.log(`${rows.length} pairs written; the first: ${rows.slice(0, 12).map((r) => `${r[0]}→${r[1]} ${r[2]}/${r[3]} (of ${r[4]})`).join(", ")}`)
