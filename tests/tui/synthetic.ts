/** A synthetic review of N proposals over a generated witness (benchmarks and windowing tests). */
import type { Proposal, Witness } from "../../src/domain/model.ts"
import { replay } from "../../src/review/replay.ts"
import { buildModel } from "../../src/tui/model.ts"
import { init } from "../../src/tui/state.ts"

export function syntheticState(n: number, size = { width: 100, height: 30 }) {
  const words = ["the", "bureaucracy", "anti", "stalin", "workers", "state", "rn", "tbe", "soviet", "power"]
  const parts: string[] = []
  for (let k = 0; k < n * 3; k++) parts.push(words[(k * 7) % words.length]!)
  const text = parts.join(" ")
  const witness: Witness = {
    id: "synthetic", siglum: "S", path: "synthetic.txt", author: null, title: null, date: null, source: null,
    encoding: "utf-8", chars: text.length, words: parts.length, text
  }
  const proposals: Proposal[] = []
  let pos = 0
  for (let k = 0; k < n; k++) {
    const start = text.indexOf(" ", pos + 1) + 1
    const end = text.indexOf(" ", start)
    pos = end + 1 + ((k * 13) % 20)
    const original = text.slice(start, end)
    proposals.push({
      id: `s${k}`, witness: "synthetic", start, end, original, replacement: original.toUpperCase(),
      rule: ["case-restore", "ocr-confusion", "spacing"][k % 3]!, class: "case", confidence: 0.9, group: null,
      explanation: `synthetic ${k}`, evidence: { k }
    })
  }
  const model = buildModel({ edition: "bench", title: "synthetic", witnesses: [witness], proposals, passages: [] })
  return init(model, replay([]), { ...size, now: () => "2026-01-01T00:00:00.000Z" })
}
