import { NodeServices } from "@effect/platform-node"
import { Effect, Layer } from "effect"
import { spawn } from "node:child_process"
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { parseLedger } from "../../src/review/format.ts"
import { Ledger, type DecisionDraft } from "../../src/review/Ledger.ts"

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})
function tmp() {
  const d = mkdtempSync(join(tmpdir(), "lectio-ledger-"))
  dirs.push(d)
  return d
}
const run = <A, E>(root: string, f: (l: Ledger["Service"]) => Effect.Effect<A, E>) =>
  Effect.runPromise(Effect.gen(function* () { return yield* f(yield* Ledger) }).pipe(Effect.provide(Ledger.layerAt(root).pipe(Layer.provide(NodeServices.layer)))))
const runFail = <A, E>(root: string, f: (l: Ledger["Service"]) => Effect.Effect<A, E>) =>
  Effect.runPromise(Effect.flip(Effect.gen(function* () { return yield* f(yield* Ledger) })).pipe(Effect.provide(Ledger.layerAt(root).pipe(Layer.provide(NodeServices.layer)))))

const approve = (target: string): DecisionDraft => ({ action: "approve", targetKind: "proposal", target })

describe("Ledger (real file system)", () => {
  it("appends numbered lines, reads them back, batches multi-event appends", async () => {
    const root = tmp()
    await run(root, (l) => l.append("seeds", [approve("p1")]))
    const two = await run(root, (l) => l.append("seeds", [approve("p2"), approve("p3")]))
    expect(two.map((e) => [e.seq, e.batch])).toEqual([[2, 2], [3, 2]])
    const c = await run(root, (l) => l.read("seeds"))
    expect(c.events.map((e) => e.target)).toEqual(["p1", "p2", "p3"])
    expect(c.torn).toBeNull()
    expect(readFileSync(join(root, "seeds", "decisions.jsonl"), "utf8").split("\n")).toHaveLength(4)
    expect(existsSync(join(root, "seeds", "decisions.jsonl.lock"))).toBe(false)
  })

  it("an absent ledger reads as empty; a bad edition name is refused", async () => {
    const root = tmp()
    expect((await run(root, (l) => l.read("new"))).events).toEqual([])
    const e = await runFail(root, (l) => l.append("../escape", [approve("p")]))
    expect(e._tag).toBe("BadEditionName")
  })

  it("a torn last line is reported, blocks appends, and repair moves it to .corrupt", async () => {
    const root = tmp()
    await run(root, (l) => l.append("ed", [approve("p1"), approve("p2")]))
    const file = join(root, "ed", "decisions.jsonl")
    appendFileSync(file, '{"v":1,"seq":3,"at":"2026-')
    const c = await run(root, (l) => l.read("ed"))
    expect(c.events).toHaveLength(2)
    expect(c.torn).toMatchObject({ line: 3, fragment: '{"v":1,"seq":3,"at":"2026-' })
    const err = await runFail(root, (l) => l.append("ed", [approve("p3")]))
    expect(err._tag).toBe("LedgerTorn")
    expect(err.message).toContain("decisions.jsonl:3")
    const r = await run(root, (l) => l.repair("ed"))
    expect(r.moved?.line).toBe(3)
    expect(readFileSync(file + ".corrupt", "utf8")).toContain('\\"seq\\":3,\\"at\\":\\"2026-')
    const after = await run(root, (l) => l.append("ed", [approve("p3")]))
    expect(after[0]!.seq).toBe(3)
    expect((await run(root, (l) => l.read("ed"))).events.map((e) => e.target)).toEqual(["p1", "p2", "p3"])
  })

  it("a corrupt line in the middle is an error naming the line", async () => {
    const root = tmp()
    await run(root, (l) => l.append("ed", [approve("p1"), approve("p2"), approve("p3")]))
    const file = join(root, "ed", "decisions.jsonl")
    const lines = readFileSync(file, "utf8").split("\n")
    lines[1] = lines[1]!.slice(0, 10) + "}"
    writeFileSync(file, lines.join("\n"))
    const err = await runFail(root, (l) => l.read("ed"))
    expect(err._tag).toBe("LedgerCorrupt")
    expect(err.message).toContain("decisions.jsonl:2")
  })

  it("a lock held by a live process is waited for, then reported with its holder", async () => {
    const root = tmp()
    await run(root, (l) => l.append("ed", [approve("p1")]))
    const { hostname } = await import("node:os")
    const lock = join(root, "ed", "decisions.jsonl.lock")
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), at: "2026-01-01T00:00:00Z" }))
    const layer = Ledger.layerAt(root, { lockWaitMs: 300 }).pipe(Layer.provide(NodeServices.layer))
    const err = await Effect.runPromise(Effect.flip(Effect.gen(function* () { return yield* (yield* Ledger).append("ed", [approve("p2")]) })).pipe(Effect.provide(layer)))
    expect(err._tag).toBe("LedgerLocked")
    expect(err.message).toContain(`pid ${process.pid}`)
    // released by its holder: the next append goes through
    rmSync(lock)
    const e = await run(root, (l) => l.append("ed", [approve("p2")]))
    expect(e[0]!.seq).toBe(2)
  })

  it("a stale lock left by a dead process is taken over", async () => {
    const root = tmp()
    await run(root, (l) => l.append("ed", [approve("p1")]))
    const { hostname } = await import("node:os")
    // pid 2^22 - 1 is above Linux's default pid_max range in use here: not alive.
    writeFileSync(join(root, "ed", "decisions.jsonl.lock"), JSON.stringify({ pid: 4194303, host: hostname(), at: "2020-01-01T00:00:00Z" }))
    const e = await run(root, (l) => l.append("ed", [approve("p2")]))
    expect(e[0]!.seq).toBe(2)
  })
})

function spawnWriter(root: string, edition: string, tag: string, count: number) {
  const child = spawn(process.execPath, ["--import", "tsx", join(__dirname, "ledger-child.ts"), root, edition, tag, String(count)], {
    stdio: ["ignore", "pipe", "pipe"]
  })
  const acks: string[] = []
  let buf = ""
  let err = ""
  child.stdout.on("data", (d: Buffer) => {
    buf += d.toString()
    const lines = buf.split("\n")
    buf = lines.pop()!
    acks.push(...lines.filter((l) => l.startsWith("ack ")))
  })
  child.stderr.on("data", (d: Buffer) => (err += d.toString()))
  const done = new Promise<number | null>((res) => child.on("close", (code) => res(code)))
  return { child, acks, done, stderr: () => err }
}

describe("Ledger under real processes", { timeout: 120_000 }, () => {
  it("a writer killed mid-write loses no acknowledged line; a torn tail is detected", async () => {
    const root = tmp()
    const w = spawnWriter(root, "ed", "k", 0)
    while (w.acks.length < 40) await new Promise((r) => setTimeout(r, 20))
    w.child.kill("SIGKILL")
    await w.done
    const file = join(root, "ed", "decisions.jsonl")
    const content = readFileSync(file, "utf8")
    const parsed = parseLedger(content)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const onDisk = new Set(parsed.events.map((e) => e.target))
    for (const a of w.acks) expect(onDisk.has(a.split(" ")[2]!)).toBe(true)
    // Whatever the kill left, a crash mid-line is caught: cut the file inside its last line as a torn
    // write would, and the reader reports the fragment instead of dropping it.
    const lastNl = content.lastIndexOf("\n", content.length - 2)
    truncateSync(file, Buffer.byteLength(content.slice(0, lastNl + 30)))
    const c = await run(root, (l) => l.read("ed"))
    expect(c.torn).not.toBeNull()
    expect(c.events.length).toBe(parsed.torn === null ? parsed.events.length - 1 : parsed.events.length)
  })

  it("two concurrent writers never interleave and lose nothing", async () => {
    const root = tmp()
    const a = spawnWriter(root, "ed", "a", 60)
    const b = spawnWriter(root, "ed", "b", 60)
    const [ca, cb] = await Promise.all([a.done, b.done])
    expect([ca, cb, a.stderr(), b.stderr()]).toEqual([0, 0, "", ""])
    const parsed = parseLedger(readFileSync(join(root, "ed", "decisions.jsonl"), "utf8"))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.torn).toBeNull()
    expect(parsed.events.map((e) => e.seq)).toEqual(Array.from({ length: 120 }, (_, k) => k + 1))
    const targets = new Set(parsed.events.map((e) => e.target))
    for (let k = 0; k < 60; k++) expect(targets.has(`a-${k}`) && targets.has(`b-${k}`)).toBe(true)
    for (const e of parsed.events) expect(e.text!.startsWith(e.target.replace("-", ":") + ":")).toBe(true)
  })
})
