/** Which witness repeats another word for word (a file loaded twice): src/corpus/copies.ts. */
import { describe, expect, it } from "vitest"
import { copiesOf } from "../../src/corpus/copies.ts"
import { witness } from "../normalise/helpers.ts"

describe("copiesOf", () => {
  it("takes the same words as written for a copy, whatever the spacing and line ends; nothing else", () => {
    const ws = [
      witness("a", "The bureau-\ncracy rules;  the workers obey.\n"),
      witness("b", "The bureau-\r\ncracy rules; the workers obey.\r\n\r\n"),
      // (the same normal forms, other words as written: a capital, a line-end hyphen joined, a mark)
      witness("c", "The Bureau-\ncracy rules; the workers obey.\n"),
      witness("d", "The bureaucracy rules; the workers obey.\n"),
      witness("e", "The bureau-\ncracy rules: the workers obey.\n"),
      witness("f", "The bureau-\ncracy rules; the workers obey.")
    ]
    expect([...copiesOf(ws)]).toEqual([-1, 0, -1, -1, -1, 0])
  })
})
