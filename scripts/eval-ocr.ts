/**
 * `npm run eval:ocr`: the normaliser on BLN600 (19th-century newspaper OCR beside its correction).
 *
 * Each sample (article) is one witness: its sentences joined by blank lines. Proposals at or above the
 * threshold are applied; the character error rate (Levenshtein distance / length of the ground truth) is
 * reported before and after, as the mean over sentences and over all characters, with the sentences made
 * better and worse, and per rule how many single proposals moved a sentence closer to or further from the
 * ground truth.
 *
 * Split (deterministic): every 5th sample in file order is the held-out test split; the others are for
 * tuning. Options: --split test|tune|all (default test), --threshold X (default 0.6, chosen on the tune split), --show N (print N
 * sentences made worse and N proposals that hurt), --file PATH.
 * --beside-truth: each article's OCR is normalised beside its ground truth as a second witness of the
 * corpus (as an editor's scan beside a clean copy of the same text), so that the other witnesses speak: the
 * check of each proposal against them (witnesses.ts) and the misreadings they show (detectors/collated.ts).
 * The CER is of the OCR as before; it says in addition how many proposals cite the ground truth's reading
 * and how many the collation made.
 * --one-corpus: the split's articles are normalised together, as one corpus of witnesses (as an editor who
 * loads the whole collection): what one scan prints, and how often, speaks for the others (a compound the
 * collection writes with its hyphen, a word only the scans use, the pairs of words the collection writes).
 * Not with --beside-truth.
 * Skips with a message when the file is absent.
 */
import { existsSync } from "node:fs"
import { join } from "node:path"
import { distance } from "fastest-levenshtein"
import { tokenise } from "../src/corpus/tokenise.ts"
import type { Proposal, TokenisedWitness, Witness } from "../src/domain/model.ts"
import { normalise } from "../src/normalise/index.ts"
import { defaultLexicon } from "../src/normalise/load.ts"
import { bln600File, readBln600 } from "./bln600.ts"

const args = process.argv.slice(2)
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : dflt
}
const repoRoot = join(import.meta.dirname, "..")
const defaultFile = bln600File(repoRoot) ?? join(repoRoot, "..", "shared", "corpora", "bln600", "train.csv")
const file = opt("file", defaultFile)
const split = opt("split", "test")
const threshold = Number(opt("threshold", "0.6"))
const show = Number(opt("show", "0"))
const besideTruth = args.includes("--beside-truth")
const oneCorpus = args.includes("--one-corpus")
if (oneCorpus && besideTruth) {
  console.error("eval:ocr: --one-corpus and --beside-truth do not go together")
  process.exit(2)
}
let citing = 0
let collated = 0
let proposals = 0
/** --sweep a,b,c: the figures at each of these thresholds too (proposals computed once, at the lowest). */
const sweep = opt("sweep", "").split(",").filter((x) => x !== "").map(Number)

if (!existsSync(file)) {
  console.log(`eval:ocr skipped: ${file} is absent (BLN600 train.csv from the team's shared corpora)`)
  process.exit(0)
}

const samples = readBln600(file)
const ids = [...samples.keys()].filter((_, k) => (split === "all" ? true : split === "test" ? k % 5 === 4 : k % 5 !== 4))

const lexicon = defaultLexicon()
const cer = (a: string, gt: string) => distance(a, gt) / Math.max(1, gt.length)

function apply(text: string, ps: ReadonlyArray<Proposal>, from: number, to: number): string {
  let out = text.slice(from, to)
  for (const p of [...ps].sort((a, b) => b.start - a.start)) {
    if (p.start < from || p.end > to) continue
    out = out.slice(0, p.start - from) + p.replacement + out.slice(p.end - from)
  }
  return out
}

let before = 0
let after = 0
let distBefore = 0
let distAfter = 0
let chars = 0
let n = 0
let improved = 0
let worsened = 0
const perRule = new Map<string, { better: number; worse: number; same: number }>()
const worse: string[] = []
const hurt: string[] = []
let textChars = 0
const rowsSeen: Array<{ ocr: string; gt: string; text: string; from: number; to: number; ps: Proposal[] }> = []
let ms = 0

/** Each article's OCR as a witness. */
const scanOf = (id: string): TokenisedWitness => {
  const text = samples.get(id)!.map((r) => r.ocr).join("\n\n")
  const witness: Witness = {
    id: `bln-${id}`, siglum: id, path: `${id}.txt`, author: null, title: null, date: null, source: null,
    encoding: "utf-8", chars: text.length, words: 0, text
  }
  return { witness, tokens: tokenise(text) }
}
const minConfidence = Math.min(threshold, ...sweep)
/** With --one-corpus, the proposals of every article, made by one call. */
const together = new Map<string, Proposal[]>()
if (oneCorpus) {
  const ws = ids.map(scanOf)
  const t0 = performance.now()
  for (const p of normalise(ws, { lexicon, minConfidence })) {
    const list = together.get(p.witness)
    if (list === undefined) together.set(p.witness, [p])
    else list.push(p)
  }
  ms += performance.now() - t0
}

for (const id of ids) {
  const rs = samples.get(id)!
  const tw = scanOf(id)
  const { witness } = tw
  const { text } = witness
  textChars += text.length
  let ps: Proposal[]
  if (oneCorpus) ps = together.get(witness.id) ?? []
  else {
    const ws = [tw]
    if (besideTruth) {
      const truth = rs.map((r) => r.gt).join("\n\n")
      ws.push({ witness: { ...witness, id: "truth", siglum: "T", path: `${id}-truth.txt`, chars: truth.length, text: truth }, tokens: tokenise(truth) })
    }
    const t0 = performance.now()
    ps = normalise(ws, { lexicon, minConfidence }).filter((p) => p.witness === witness.id)
    ms += performance.now() - t0
  }
  for (const p of ps) {
    if (p.confidence < threshold) continue
    proposals++
    if (p.evidence["otherWitnesses"] !== undefined) citing++
    if (typeof p.evidence["shownBy"] === "string") collated++
  }
  let at = 0
  for (const r of rs) {
    const from = at
    const to = at + r.ocr.length
    at = to + 2
    const all = ps.filter((p) => p.start >= from && p.end <= to)
    rowsSeen.push({ ocr: r.ocr, gt: r.gt, text, from, to, ps: all })
    const mine = all.filter((p) => p.confidence >= threshold)
    const fixed = apply(text, mine, from, to)
    const c0 = cer(r.ocr, r.gt)
    const c1 = cer(fixed, r.gt)
    before += c0
    after += c1
    distBefore += distance(r.ocr, r.gt)
    distAfter += distance(fixed, r.gt)
    chars += r.gt.length
    n++
    if (c1 < c0 - 1e-12) improved++
    else if (c1 > c0 + 1e-12) {
      worsened++
      if (worse.length < show) worse.push(`  OCR: ${r.ocr}\n  NEW: ${fixed}\n  GT:  ${r.gt}`)
    }
    const d0 = distance(r.ocr, r.gt)
    for (const p of mine) {
      const one = apply(text, [p], from, to)
      const d1 = distance(one, r.gt)
      const key = process.env["EVAL_BY_LENGTH"] ? `${p.rule}:${Math.min(p.original.length, 5)}` : p.rule
      const s = perRule.get(key) ?? { better: 0, worse: 0, same: 0 }
      if (d1 < d0) s.better++
      else if (d1 > d0) {
        s.worse++
        if (hurt.length < show) hurt.push(`  ${p.rule} ${p.confidence} ${JSON.stringify(p.original)}→${JSON.stringify(p.replacement)} · ${p.explanation}\n    GT: ${r.gt.slice(Math.max(0, p.start - from - 40), p.start - from + 40)}`)
      } else s.same++
      perRule.set(key, s)
    }
  }
}

const pct = (x: number) => `${(100 * x).toFixed(2)} %`
console.log(`BLN600 ${split} split: ${ids.length} samples, ${n} sentences, threshold ${threshold}${besideTruth ? ", each beside its ground truth as a second witness" : oneCorpus ? ", all as one corpus" : ""}`)
console.log(`mean sentence CER: ${pct(before / n)} → ${pct(after / n)} (${pct((after - before) / before)} relative)`)
console.log(`character CER:     ${pct(distBefore / chars)} → ${pct(distAfter / chars)} (${pct((distAfter - distBefore) / distBefore)} relative)`)
console.log(`sentences improved ${improved}, made worse ${worsened} (${worsened === 0 ? "∞" : (improved / worsened).toFixed(1)} : 1)`)
if (besideTruth) console.log(`proposals ${proposals}: ${citing} cite the ground truth's reading; ${collated} made by the collation (a misreading the ground truth shows)`)
console.log(`normalise time ${ms.toFixed(0)} ms for ${(textChars / 1e6).toFixed(2)} MB (lexicon prepared beforehand)`)
console.log("per rule (single proposals: closer to / further from the ground truth / no change):")
for (const [rule, s] of [...perRule].sort((a, b) => b[1].better + b[1].worse - (a[1].better + a[1].worse))) {
  console.log(`  ${rule.padEnd(20)} ${String(s.better).padStart(5)} ${String(s.worse).padStart(5)} ${String(s.same).padStart(5)}`)
}
for (const th of sweep) {
  let d0 = 0
  let d1 = 0
  let len = 0
  let up = 0
  let down = 0
  for (const r of rowsSeen) {
    const fixed = apply(r.text, r.ps.filter((p) => p.confidence >= th), r.from, r.to)
    const a = distance(r.ocr, r.gt)
    const b = distance(fixed, r.gt)
    d0 += a
    d1 += b
    len += r.gt.length
    if (b < a) up++
    else if (b > a) down++
  }
  console.log(`threshold ${th.toFixed(2)}: character CER ${pct(d0 / len)} → ${pct(d1 / len)} (${pct((d1 - d0) / d0)}), improved ${up}, worse ${down} (${(up / Math.max(1, down)).toFixed(1)} : 1)`)
}
if (show > 0) {
  console.log("\nsentences made worse:\n" + worse.join("\n\n"))
  console.log("\nproposals that hurt:\n" + hurt.join("\n"))
}
