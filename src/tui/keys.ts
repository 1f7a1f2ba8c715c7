/**
 * Keys → intents, pure. The same key means different things in the normal mode and while typing a search
 * or an edit; the App passes the current mode. Control characters typed into a text field are dropped.
 */
import type { Intent, Mode } from "./state.ts"

/** The subset of Ink's `Key` we read. */
export interface KeyInfo {
  readonly upArrow?: boolean
  readonly downArrow?: boolean
  readonly leftArrow?: boolean
  readonly rightArrow?: boolean
  readonly pageUp?: boolean
  readonly pageDown?: boolean
  readonly home?: boolean
  readonly end?: boolean
  readonly return?: boolean
  readonly escape?: boolean
  readonly ctrl?: boolean
  readonly shift?: boolean
  readonly tab?: boolean
  readonly backspace?: boolean
  readonly delete?: boolean
  readonly meta?: boolean
}

// Printable text only: no C0/C1 controls, no DEL, no bidi overrides.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

export function keyToIntent(input: string, key: KeyInfo, mode: Mode): Intent | null {
  if (key.ctrl && input === "c") return { type: "quit" }
  if (mode.t === "search" || mode.t === "edit") {
    if (key.return) return { type: "submit" }
    if (key.escape) return { type: "cancel" }
    if (key.backspace || key.delete) return { type: "backspace" }
    if (key.ctrl || key.meta || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab) return null
    const text = input.replace(UNPRINTABLE, "")
    return text === "" ? null : { type: "type", text }
  }
  if (mode.t === "help") return input === "q" ? { type: "quit" } : { type: "cancel" }
  if (mode.t === "filter") {
    if (key.upArrow || input === "k") return { type: "filterField", by: -1 }
    if (key.downArrow || input === "j" || key.tab) return { type: "filterField", by: 1 }
    if (key.leftArrow || input === "h") return { type: "filterValue", by: -1 }
    if (key.rightArrow || input === "l" || input === " ") return { type: "filterValue", by: 1 }
    if (input === "x") return { type: "filterClear" }
    if (key.return || key.escape || input === "f") return { type: "submit" }
    if (input === "q") return { type: "quit" }
    return null
  }
  if (key.upArrow) return { type: "move", by: -1 }
  if (key.downArrow) return { type: "move", by: 1 }
  if (key.pageUp) return { type: "page", by: -1 }
  if (key.pageDown) return { type: "page", by: 1 }
  if (key.home) return { type: "home" }
  if (key.end) return { type: "end" }
  if (key.tab) return { type: "view", by: key.shift ? -1 : 1 }
  if (key.leftArrow) return { type: "view", by: -1 }
  if (key.rightArrow) return { type: "view", by: 1 }
  if (key.escape) return { type: "cancel" }
  switch (input) {
    case "j":
      return { type: "move", by: 1 }
    case "k":
      return { type: "move", by: -1 }
    case "g":
      return { type: "home" }
    case "G":
      return { type: "end" }
    case " ":
      return { type: "page", by: 1 }
    case "a":
      return { type: "decide", action: "approve" }
    case "r":
      return { type: "decide", action: "reject" }
    case "A":
      return { type: "bulk", action: "approve", scope: "rule" }
    case "R":
      return { type: "bulk", action: "reject", scope: "rule" }
    case "P":
      return { type: "bulk", action: "approve", scope: "group" }
    case "X":
      return { type: "bulk", action: "reject", scope: "group" }
    case "e":
      return { type: "editStart" }
    case "u":
      return { type: "undo" }
    case "/":
      return { type: "searchStart" }
    case "n":
      return { type: "searchNext", by: 1 }
    case "N":
      return { type: "searchNext", by: -1 }
    case "f":
      return { type: "filterOpen" }
    case "F":
      return { type: "filterClear" }
    case "?":
      return { type: "help" }
    case "q":
      return { type: "quit" }
  }
  if (/^[1-9]$/.test(input)) return { type: "lemma", reading: Number(input) - 1 }
  return null
}

/** The help overlay's lines: key, what it does. */
export const HELP: ReadonlyArray<readonly [string, string]> = [
  ["↑ ↓ j k", "move"],
  ["PgUp PgDn space", "page"],
  ["Home End g G", "first / last"],
  ["tab ← →", "switch view (Corrections, Passages, Witnesses)"],
  ["a / r", "approve / reject the proposal (Passages: a keeps the default lemma)"],
  ["e", "edit the replacement (Enter saves, Esc cancels)"],
  ["A / R", "approve / reject every undecided proposal of this rule (in the filter)"],
  ["P / X", "approve / reject every undecided proposal of this group"],
  ["1–9", "Passages: choose reading N as the lemma"],
  ["u", "undo the last decision (a whole rule/group at once)"],
  ["/  n N", "search original, replacement and context; next / previous match"],
  ["f  F", "filter by witness, rule, kind, status (← → change, Enter closes); clear filters"],
  ["?", "this help"],
  ["q", "quit (every decision is already saved)"]
]
