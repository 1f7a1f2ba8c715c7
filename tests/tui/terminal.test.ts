/**
 * Real-terminal smoke test under tmux: start `lectio review` in a detached tmux session, send keys, read the
 * screen back with capture-pane, check the ledger, resize the window. Skips (with a message) without tmux.
 */
import { execFileSync, spawnSync } from "node:child_process"
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { repoRoot } from "../fixtures/review/fixtures.ts"

const hasTmux = spawnSync("tmux", ["-V"], { encoding: "utf8" }).status === 0
if (!hasTmux) console.warn("tmux not found: skipping the real-terminal smoke test")

const socket = `lectio-test-${process.pid}`
const tmux = (...args: string[]) => execFileSync("tmux", ["-L", socket, ...args], { encoding: "utf8" })
const screen = () => tmux("capture-pane", "-p", "-t", "review")
async function until(pred: (s: string) => boolean, what: string, timeoutMs = 20_000) {
  const t0 = Date.now()
  let last = ""
  while (Date.now() - t0 < timeoutMs) {
    try {
      last = screen()
    } catch {
      last = ""
    }
    if (pred(last)) return last
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`timed out waiting for ${what}; screen:\n${last}`)
}

describe.skipIf(!hasTmux)("lectio review in a real terminal (tmux)", { timeout: 120_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), "lectio-tmux-"))
  afterAll(() => {
    try {
      tmux("kill-server")
    } catch {
      /* already gone */
    }
    rmSync(work, { recursive: true, force: true })
  })

  it("shows the first frame, records a key to the ledger, follows a resize, quits cleanly", async () => {
    cpSync(join(repoRoot, "seeds"), join(work, "seeds"), { recursive: true })
    const analysis = join(repoRoot, "tests/fixtures/review/seeds-analysis.json")
    const cmd = `node ${join(repoRoot, "bin/lectio.mjs")} review --analysis ${analysis}; echo EXIT=$?; sleep 30`
    tmux("new-session", "-d", "-s", "review", "-x", "120", "-y", "30", "-c", work, cmd)
    const first = await until((s) => s.includes("anti → and"), "first frame")
    expect(first).toContain("0/12 decided")
    expect(first).toContain("[anti→and]")
    tmux("send-keys", "-t", "review", "a")
    await until((s) => s.includes("1/12 decided"), "approve recorded")
    const ledger = readFileSync(join(work, "editions/seeds/decisions.jsonl"), "utf8").trim().split("\n")
    expect(ledger).toHaveLength(1)
    expect(JSON.parse(ledger[0]!)).toMatchObject({ action: "approve", replacement: "and" })
    tmux("resize-window", "-t", "review", "-x", "90", "-y", "26")
    await until((s) => s.split("\n").some((l) => /^─+$/.test(l.trimEnd()) && l.trimEnd().length === 90), "separator at the new width")
    tmux("send-keys", "-t", "review", "?")
    await until((s) => s.includes("any key closes this help"), "help overlay")
    tmux("send-keys", "-t", "review", "Escape")
    await until((s) => !s.includes("any key closes"), "help closed")
    tmux("send-keys", "-t", "review", "q")
    const end = await until((s) => s.includes("EXIT="), "exit")
    expect(end).toContain("EXIT=0")
    expect(end).toContain("1 decisions in force · 1 events in editions/seeds/decisions.jsonl")
    expect(existsSync(join(work, "editions/seeds/decisions.jsonl.lock"))).toBe(false)
  })

  it("lectio start on a terminal opens the review on the seeds", async () => {
    tmux("kill-session", "-t", "review")
    tmux("new-session", "-d", "-s", "review", "-x", "100", "-y", "24", "-c", work, `node ${join(repoRoot, "bin/lectio.mjs")} start; echo EXIT=$?; sleep 30`)
    const first = await until((s) => s.includes("decided"), "review frame")
    expect(first).toContain("lectio · seeds · 5 witnesses")
    expect(first).toContain("Witnesses (5)")
    tmux("send-keys", "-t", "review", "q")
    expect(await until((s) => s.includes("EXIT="), "exit")).toContain("EXIT=0")
  })
})
