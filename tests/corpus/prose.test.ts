/** Whether a witness is running text at all (src/corpus/prose.ts). */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { notRunningText } from "../../src/corpus/prose.ts"

const root = join(import.meta.dirname, "..", "..")

describe("notRunningText", () => {
  it("says so of a long witness with next to no space in it: encoded data, a line of letters", () => {
    const blob = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODkrLw==".repeat(200)
    expect(notRunningText(blob)).toEqual({ chars: blob.length, spaces: 0 })
    expect(notRunningText(`${"a".repeat(200_000)} the end of it.`)).toEqual({ chars: 200_015, spaces: 4 })
  })

  it("never of prose, a short witness, or a language written without spaces", () => {
    for (const f of ["deutscher-1957-russia-in-transition.txt", "trotsky-1936-revolution-betrayed-ch11.txt"]) {
      expect(notRunningText(readFileSync(join(root, "seeds", f), "utf8"))).toBeNull()
    }
    expect(notRunningText("x".repeat(9_999))).toBeNull()
    expect(notRunningText("这是一个测试。我们在这里写中文，没有空格。".repeat(1000))).toBeNull()
  })
})
