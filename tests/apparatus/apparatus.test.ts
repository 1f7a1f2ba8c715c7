import { describe, expect, it } from "vitest"
import { classify, renderEntry } from "../../src/apparatus/index.ts"

describe("classify", () => {
  it("tells the kinds apart", () => {
    expect(classify("Soviet", "soviet")).toBe("case")
    expect(classify("country.", "country")).toBe("punctuation")
    expect(classify("honour", "honor")).toBe("spelling")
    expect(classify("whenever", "when")).toBe("substantive")
    expect(classify("great", "greater")).toBe("substantive")
    expect(classify("organise", "organize")).toBe("spelling")
    expect(classify("the power of", "")).toBe("omission")
    expect(classify("", "It knows")).toBe("addition")
    // (an editor's bracketed letter changes the case alone: Callinicos's "[t]he" for Trotsky's "The")
    expect(classify("The Thermidor", "[t]he Thermidor")).toBe("case")
    expect(classify("[t]he Thermidor", "The Thermidor")).toBe("case")
    expect(classify("The", "[T]he")).toBe("punctuation")
  })
})

describe("renderEntry", () => {
  const sig = (id: string) => ({ callinicos: "B", "study-guide": "E", deutscher: "D" })[id] ?? id
  it("writes lemma] reading SIGLA, om. for an omission", () => {
    expect(
      renderEntry({ id: "v1", lemma: "whenever", kind: "substantive", readings: [{ text: "whenever", witnesses: ["callinicos"] }, { text: "when", witnesses: ["study-guide"] }] }, sig)
    ).toBe("whenever B] when E")
    expect(
      renderEntry({ id: "v2", lemma: "the power of", kind: "omission", readings: [{ text: "the power of", witnesses: ["callinicos", "deutscher"] }, { text: "", witnesses: ["study-guide"] }] }, sig)
    ).toBe("the power of BD] om. E")
    expect(renderEntry({ id: "v3", lemma: "", kind: "addition", readings: [{ text: "", witnesses: ["callinicos"] }, { text: "It knows", witnesses: ["study-guide"] }] }, sig)).toBe(
      "om. B] It knows E"
    )
  })
})
