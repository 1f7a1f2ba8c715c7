/**
 * How the cost grows with the input, on generated witnesses of the shapes that once cost the square of their
 * size: a long run of residue lines, many quotation marks in one paragraph, a witness of many proposals (the
 * normaliser's listing of them, and decisions on all of them resolved into corrections); beside ordinary
 * text (the seeds, repeated) as the baseline. Each figure is the time at four times the size over the time
 * at the size (medians of three): about 4 when the cost grows with the input, 16 when with its square. A
 * ratio above 8 is flagged.
 */
import { normaliseListing } from "../src/cli/normalise.ts"
import type { DecisionEvent, Proposal } from "../src/domain/model.ts"
import { normalise } from "../src/normalise/index.ts"
import { defaultLexicon } from "../src/normalise/load.ts"
import { makeAnchor, resolveCorrections } from "../src/review/index.ts"
import { benchInputs, witnessesOf } from "./normalise-inputs.ts"
import { timeMedian } from "./util.ts"

const SIZE = 25_000
const FLAG = 8

const witness = (id: string, text: string) => witnessesOf([[id, text]])[0]!

/** `unit` repeated to `size` characters. */
const repeated = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

/**
 * `size` characters of sentences naming distinct people, each name written three times and once misread (its third
 * letter read as "c" for "e", or "e" for anything else: one OCR confusion), the names made from their number.
 */
function namesText(size: number): string {
  const letters = "abdfghiklmnoprstuvw"
  const parts: string[] = []
  let length = 0
  for (let k = 0; length < size; k++) {
    // (letters drawn from the number by a multiplicative hash: names vary at both ends, as names do)
    let n = (k + 1) * 2654435761
    let name = "BCDFGHKLMNPRSTW"[k % 15]!
    for (let j = 0; j < 6; j++) {
      n = (n * 1103515245 + 12345) % 2147483648
      name += letters[Math.floor(n / 65536) % letters.length]!
    }
    const misread = name.slice(0, 2) + (name[2] === "e" ? "c" : "e") + name.slice(3)
    const part = `The witness said that Mr. ${name} was there, and ${name} went home with ${name}; ${misread} had left the court. `
    parts.push(part)
    length += part.length
  }
  return parts.join("").slice(0, size)
}

function report(name: string, at: (scale: number) => () => unknown) {
  const small = timeMedian(at(1), 3)
  const large = timeMedian(at(4), 3)
  const ratio = large / small
  console.log(`  ${name.padEnd(44)} ${small.toFixed(1).padStart(8)} ms → ${large.toFixed(1).padStart(8)} ms   ×${ratio.toFixed(1)}${ratio > FLAG ? "   grows faster than the input" : ""}`)
}

export default function run() {
  const lexicon = defaultLexicon()
  const seeds = benchInputs("seeds")[0]!.texts.map(([, t]) => t).join("\n\n")
  console.log(`time at ${SIZE / 1000} kB (or ${SIZE} proposals) → at four times that, and the ratio (4 if it grows with the input, 16 with its square)`)
  const normaliseOf = (unit: string) => (scale: number) => {
    const w = witness("w", unit === "" ? repeated(seeds, SIZE * scale) : repeated(unit, SIZE * scale))
    return () => normalise([w], { lexicon })
  }
  report("normalise: the seeds repeated (baseline)", normaliseOf(""))
  report("normalise: a run of running heads", normaliseOf("THE REVOLUTION BETRAYED\n"))
  report("normalise: line-end hyphens", normaliseOf("commu-\nnism and "))
  report("normalise: straight quotes in one paragraph", normaliseOf("he said 'yes and "))
  report("normalise: “… .’ in one paragraph", normaliseOf("“The end.’ "))
  report("normalise: a proposal every 3 characters", normaliseOf("[] "))
  report("normalise: “… s’ the” with no sentence's end", normaliseOf("“the workers’ the farmers’ the” "))
  report("normalise: specks glued to words, none closed", normaliseOf("the *man went _home "))
  // (a long book's many names, each misread once: the misread-name rule once asked every name for every word)
  report("normalise: many names, each misread once", (scale) => {
    const w = witness("w", namesText(SIZE * scale))
    return () => normalise([w], { lexicon })
  })

  // many proposals: the listing, and decisions on all of them resolved
  const text = repeated("[] ", SIZE * 4 * 3)
  const big = witness("w", text)
  const all = normalise([big], { lexicon })
  const proposalsOf = (scale: number) => all.slice(0, SIZE * scale)
  const loaded = { dir: "bench", title: null, witnesses: [big], problems: [] }
  report("listing of the proposals (lectio normalise)", (scale) => {
    const ps = proposalsOf(scale)
    return () => normaliseListing(loaded, ps, 8)
  })
  report("decisions resolved into corrections", (scale) => {
    const ps: Proposal[] = proposalsOf(scale)
    const events: DecisionEvent[] = ps.map((p, k) => ({
      v: 1, seq: k + 1, at: "2026-01-01T00:00:00.000Z", action: "approve", targetKind: "proposal", target: p.id,
      replacement: p.replacement, rule: p.rule, anchor: makeAnchor(p.witness, text, p.start, p.end)
    }))
    return () => resolveCorrections(ps, events, [big.witness])
  })
}
