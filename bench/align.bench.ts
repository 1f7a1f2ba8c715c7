/**
 * Align benchmarks, each beside a baseline in the same run.
 *
 * 1. Whole-witness collation of the six Darwin chapter-1 editions (../shared/corpora/darwin-ch1, ~12,000
 *    words each) with `collate`, beside a naive baseline: jsdiff `diffArrays` of the normalised token arrays
 *    of 1859 against each later edition over the whole texts (the baseline only aligns pairs, and gets a
 *    timeout per pair).
 * 2. Passage finding on a generated corpus (deterministic PRNG): filler text from a word-bigram model of
 *    Darwin (or of the seeds when ../shared is absent) with planted quotations (12–60 words, in 2–4
 *    documents each; copies lower-cased, OCR-damaged, or with words omitted). Throughput in MB/s of
 *    scanning + finding, recall of the planted pairs, peak RSS. `LECTIO_BENCH_MB=100` runs 10, 30 and 100 MB
 *    to show growth; the default run is 10 MB. Also the pipeline path (tokenise + findPassages, with
 *    collation and apparatus of every passage) on 5 MB, for comparison.
 */
import { readFileSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { diffArrays } from "diff"
import { collate, findPassages, findShared, wordsFromText } from "../src/align/index.ts"
import { tokenise } from "../src/corpus/tokenise.ts"
import type { TokenisedWitness } from "../src/domain/model.ts"
import { existsSync } from "node:fs"
import { cpus, loadavg } from "node:os"
import { mb, repoRoot, sharedDir as sharedBeside, timeMedian } from "./util.ts"

/** The team's corpora: ../shared beside the repository, or beside the worktree folder. */
const sharedDir = [sharedBeside, join(repoRoot, "..", "..", "shared")].find((d) => existsSync(join(d, "corpora"))) ?? sharedBeside
const hasShared = () => existsSync(join(sharedDir, "corpora"))

const fmt = (x: number, d = 1) => x.toFixed(d)
const rssMB = () => process.memoryUsage().rss / 1024 / 1024

function darwinCollation(): void {
  const dir = join(sharedDir, "corpora", "darwin-ch1")
  if (!hasShared()) {
    console.log("darwin-ch1: ../shared not present, skipped")
    return
  }
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()
  const eds = files.map((f) => ({ id: f.replace(/\.txt$/, ""), tokens: tokenise(readFileSync(join(dir, f), "utf8")) }))
  const words = eds.map((e) => e.tokens.filter((t) => t.kind !== "punct").length)
  let columns = 0
  let entries = 0
  let transp = 0
  const ours = timeMedian(() => {
    const t = collate(eds)
    columns = t.table[0]!.length
    entries = t.apparatus.length
    transp = t.transpositions.length
  }, 5, 1)
  const TIMEOUT = 10_000
  let timedOut = 0
  const t0 = process.hrtime.bigint()
  const base = eds[0]!.tokens.map((t) => t.n)
  for (const e of eds.slice(1)) {
    const r = diffArrays(base, e.tokens.map((t) => t.n), { timeout: TIMEOUT })
    if (r === undefined) timedOut++
  }
  const naive = Number(process.hrtime.bigint() - t0) / 1e6
  console.log(`darwin-ch1: ${eds.length} editions, ${Math.min(...words)}–${Math.max(...words)} words each`)
  console.log(`  lectio collate (6 witnesses, table + apparatus): ${fmt(ours)} ms median of 5 → ${columns} columns, ${entries} variant locations, ${transp} transpositions`)
  console.log(`  naive jsdiff diffArrays, 1859 vs each of 5 (pairs only, ${TIMEOUT / 1000} s timeout each): ${fmt(naive)} ms, ${timedOut} timed out`)
  console.log(`  ratio naive / lectio: ${fmt(naive / ours, 2)}×`)
}

// ---- generated corpus -------------------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Planted quotations come from the seeds, so the filler cannot contain them by chance. */
function quoteText(): string {
  const dir = join(repoRoot, "seeds")
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8")).join("\n\n")
}

function sourceText(): string {
  if (hasShared()) {
    const dir = join(sharedDir, "corpora", "darwin-ch1")
    return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8")).join("\n\n")
  }
  const dir = join(repoRoot, "seeds")
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8")).join("\n\n")
}

interface Planted {
  /** [doc, char start, char end] of each copy */
  readonly copies: Array<[number, number, number]>
}

const OCR: Array<[RegExp, string]> = [[/m/, "rn"], [/rn/, "m"], [/e/, "c"], [/l/, "1"], [/h/, "li"], [/o/, "0"], [/i/, "l"], [/d/, "cl"]]

function damage(words: string[], rnd: () => number): string[] {
  return words.map((w) => {
    if (rnd() >= 0.08) return w
    const [re, by] = OCR[Math.floor(rnd() * OCR.length)]!
    return w.replace(re, by)
  })
}

function generate(targetMB: number, seed: number): { docs: Array<{ id: string; text: string }>; planted: Planted[] } {
  const rnd = mulberry32(seed)
  const src = sourceText().split(/\s+/).filter((w) => w.length > 0)
  // word-bigram model: successors of each word
  const next = new Map<string, string[]>()
  for (let i = 0; i + 1 < src.length; i++) {
    const list = next.get(src[i]!)
    if (list === undefined) next.set(src[i]!, [src[i + 1]!])
    else list.push(src[i + 1]!)
  }
  const target = targetMB * 1024 * 1024
  const docs: string[][] = []
  let size = 0
  let cur = src[0]!
  while (size < target) {
    const nWords = 800 + Math.floor(rnd() * 7000) // ~5–45 KB
    const words: string[] = []
    for (let i = 0; i < nWords; i++) {
      const list = next.get(cur)
      cur = list === undefined || rnd() < 0.5 ? src[Math.floor(rnd() * src.length)]! : list[Math.floor(rnd() * list.length)]!
      words.push(cur)
      size += cur.length + 1
    }
    docs.push(words)
  }
  // plant quotations (from the seeds): about one per 100 KB, each in 2–4 documents
  const qsrc = quoteText().split(/\s+/).filter((w) => w.length > 0)
  const plans: Array<{ quote: string[]; docs: number[] }> = []
  const nPlant = Math.max(10, Math.round(target / 100_000))
  for (let p = 0; p < nPlant; p++) {
    const len = 12 + Math.floor(rnd() * 49)
    const at = Math.floor(rnd() * (qsrc.length - len))
    const k = 2 + Math.floor(rnd() * 3)
    const chosen = new Set<number>()
    while (chosen.size < Math.min(k, docs.length)) chosen.add(Math.floor(rnd() * docs.length))
    plans.push({ quote: qsrc.slice(at, at + len), docs: [...chosen] })
  }
  // insertion points per doc (word index), applied back to front so indices stay valid
  const inserts = new Map<number, Array<{ plan: number; at: number; words: string[] }>>()
  plans.forEach((pl, pi) => {
    pl.docs.forEach((d, ci) => {
      let words = pl.quote
      const r = rnd()
      if (ci > 0) {
        if (r < 0.3) words = words.map((w) => w.toLowerCase())
        else if (r < 0.6) words = damage(words, rnd)
        else if (r < 0.8) {
          const cut = 3 + Math.floor(rnd() * Math.max(1, words.length - 6))
          words = [...words.slice(0, cut), ...words.slice(cut + 1 + Math.floor(rnd() * 3))]
        }
      }
      const list = inserts.get(d) ?? []
      list.push({ plan: pi, at: Math.floor(rnd() * docs[d]!.length), words })
      inserts.set(d, list)
    })
  })
  const planted: Planted[] = plans.map(() => ({ copies: [] }))
  const out = docs.map((words, d) => {
    const ins = (inserts.get(d) ?? []).sort((a, b) => a.at - b.at)
    const parts: string[] = []
    let len = 0
    const add = (s: string) => {
      parts.push(s)
      len += s.length
    }
    let w = 0
    for (const x of ins) {
      if (x.at > w) add(words.slice(w, x.at).join(" ") + " ")
      w = Math.max(w, x.at)
      add("\n\n")
      const start = len
      add(x.words.join(" "))
      planted[x.plan]!.copies.push([d, start, len])
      add("\n\n")
    }
    add(words.slice(w).join(" "))
    // one flat string, as a file read from disk would be
    const text = parts.join("")
    return { id: `doc${String(d).padStart(6, "0")}`, text }
  })
  return { docs: out, planted }
}

export function passageFinding(sizeMB: number, quiet = false): void {
  const { docs, planted } = generate(sizeMB, 42 + sizeMB)
  const chars = docs.reduce((s, d) => s + d.text.length, 0)
  global.gc?.()
  let peak = rssMB()
  const c0 = process.cpuUsage()
  const t0 = process.hrtime.bigint()
  const views = docs.map((d) => wordsFromText(d.id, d.text))
  const t1 = process.hrtime.bigint()
  peak = Math.max(peak, rssMB())
  const found = findShared(views, { minWords: 8 })
  const t2 = process.hrtime.bigint()
  const cpu = process.cpuUsage(c0)
  const cpuMs = (cpu.user + cpu.system) / 1000
  peak = Math.max(peak, rssMB())
  const scanMs = Number(t1 - t0) / 1e6
  const findMs = Number(t2 - t1) / 1e6
  // recall: a planted pair of copies is found when one passage covers both copies
  const byDoc = new Map<number, Array<{ p: number; s: number; e: number }>>()
  found.forEach((f, p) => {
    for (const sp of f.spans) {
      const v = views[sp.doc]!
      const list = byDoc.get(sp.doc) ?? []
      list.push({ p, s: v.starts[sp.start]!, e: v.ends[sp.end - 1]! })
      byDoc.set(sp.doc, list)
    }
  })
  const passagesAt = (d: number, s: number, e: number) => {
    const out = new Set<number>()
    for (const x of byDoc.get(d) ?? []) {
      const overlap = Math.min(e, x.e) - Math.max(s, x.s)
      if (overlap >= (e - s) / 2) out.add(x.p)
    }
    return out
  }
  let pairs = 0
  let hit = 0
  for (const pl of planted) {
    const sets = pl.copies.map(([d, s, e]) => passagesAt(d, s, e))
    for (let a = 0; a < sets.length; a++) {
      for (let b = a + 1; b < sets.length; b++) {
        pairs++
        if ([...sets[a]!].some((p) => sets[b]!.has(p))) hit++
        else if (process.env["LECTIO_DEBUG_MISS"]) {
          const [da, sa, ea] = pl.copies[a]!
          const [db, sb, eb] = pl.copies[b]!
          console.error("MISS", JSON.stringify(docs[da]!.text.slice(sa, ea)), "\n    ", JSON.stringify(docs[db]!.text.slice(sb, eb)), [...sets[a]!], [...sets[b]!])
        }
      }
    }
  }
  const total = scanMs + findMs
  if (quiet) return
  console.log(
    `  ${fmt(mb(chars), 0).padStart(4)} MB, ${docs.length} docs: scan ${fmt(scanMs, 0)} ms + find ${fmt(findMs, 0)} ms = ${fmt(total, 0)} ms wall → ${fmt(mb(chars) / (total / 1000))} MB/s; CPU ${fmt(cpuMs, 0)} ms → ${fmt(mb(chars) / (cpuMs / 1000))} MB/s; ` +
      `${found.length} passages; recall ${hit}/${pairs} = ${fmt((100 * hit) / pairs, 2)} %; peak RSS ${fmt(peak, 0)} MB`
  )
}

function pipelinePath(sizeMB: number): void {
  const { docs } = generate(sizeMB, 7)
  const chars = docs.reduce((s, d) => s + d.text.length, 0)
  const t0 = process.hrtime.bigint()
  const witnesses: TokenisedWitness[] = docs.map((d, i) => ({
    witness: { id: d.id, siglum: String(i), path: d.id, author: null, title: null, date: null, source: null, encoding: "utf-8", chars: d.text.length, words: 0, text: d.text },
    tokens: tokenise(d.text)
  }))
  const t1 = process.hrtime.bigint()
  const passages = findPassages(witnesses)
  const t2 = process.hrtime.bigint()
  const tok = Number(t1 - t0) / 1e6
  const find = Number(t2 - t1) / 1e6
  console.log(
    `  pipeline path on ${fmt(mb(chars), 0)} MB: tokenise ${fmt(tok, 0)} ms + findPassages (with collation/apparatus of ${passages.length} passages) ${fmt(find, 0)} ms → ${fmt(mb(chars) / ((tok + find) / 1000))} MB/s; RSS ${fmt(rssMB(), 0)} MB`
  )
}

export default async function run(): Promise<void> {
  const load = loadavg()
  console.log(`(load average ${load.map((x) => x.toFixed(2)).join(" ")} on ${cpus().length} cores: wall times include waiting for the processor; CPU times do not)`)
  darwinCollation()
  const top = Number(process.env["LECTIO_BENCH_MB"] ?? "10")
  const sizes = top >= 100 ? [10, 30, top] : [top]
  console.log(`passage finding, generated corpus (filler from a bigram model of ${hasShared() ? "Darwin ch. 1" : "the seeds"}, min-words 8):`)
  passageFinding(2, true) // warm-up (JIT), not reported
  for (const s of sizes) passageFinding(s)
  pipelinePath(5)
}
