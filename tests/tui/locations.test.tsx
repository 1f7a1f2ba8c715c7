/**
 * The review UI marks each reading where the entry's `locations` put it, not where a search for its text
 * lands first: on the aligner's own B/E queue passage the first "is" of the passage is "rule is", and the
 * variant is "When there is enough goods".
 */
import { render } from "ink-testing-library"
import { describe, expect, it } from "vitest"
import { findPassages } from "../../src/align/index.ts"
import { tokenise } from "../../src/corpus/tokenise.ts"
import { replay } from "../../src/review/replay.ts"
import { buildModel } from "../../src/tui/model.ts"
import { init } from "../../src/tui/state.ts"
import { Passages } from "../../src/tui/views/Passages.tsx"
import { seedWitnesses } from "../fixtures/review/fixtures.ts"

const witnesses = seedWitnesses()
const passages = findPassages(witnesses.map((w) => ({ witness: w, tokens: tokenise(w.text) })))
const model = buildModel({ edition: "seeds", title: "Seeds", witnesses, proposals: [], passages })
const B = witnesses.find((w) => w.siglum === "B")!
const E = witnesses.find((w) => w.siglum === "E")!
const item = (lemma: string) => model.variants.find((v) => v.entry.lemma === lemma)!

describe("review model: readings located from the entries' offsets", () => {
  it('"is" (is/are) is located at "When there is enough goods" in B and at "are" in E', () => {
    const passage = item("is").passage
    const occB = passage.occurrences.find((o) => o.witness === B.id)!
    expect(occB.text.startsWith("The basis of bureaucratic rule is")).toBe(true)
    const is = item("is").located.get(B.id)!
    expect(B.text.slice(is.start - 11, is.end + 13)).toBe("When there is enough goods")
    const are = item("is").located.get(E.id)!
    expect(E.text.slice(are.start - 11, are.end + 13)).toBe("When there are enough goods")
  })

  it("an omission is located as a zero-width span between the words around the gap", () => {
    const om = item("the power of").located.get(E.id)!
    expect(om.end).toBe(om.start)
    expect(E.text.slice(om.start - 17, om.start + 11)).toBe("starting point of the Soviet")
  })

  it("every reading of every entry is located, at the entry's own offsets", () => {
    for (const v of model.variants) {
      for (const o of v.passage.occurrences) {
        const l = v.entry.locations!.find((x) => x.witness === o.witness)!
        expect(v.located.get(o.witness)).toEqual({ start: l.start, end: l.end })
      }
    }
  })
})

describe("Passages view", () => {
  it("marks “is” at “When there is enough”, not at “rule is”", () => {
    const s0 = init(model, replay([]), { width: 100, height: 30 })
    expect(s0.view).toBe("passages")
    const r = render(<Passages s={s0} />)
    try {
      const frame = (r.lastFrame() ?? "").replace(/\s+/g, " ")
      expect(frame).toContain("is B] are E")
      expect(frame).toContain("there ⟦is⟧ enough")
      expect(frame).not.toContain("rule ⟦is⟧")
    } finally {
      r.unmount()
    }
  })
})
