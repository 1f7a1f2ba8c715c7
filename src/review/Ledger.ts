/**
 * The Ledger service: editions/NAME/decisions.jsonl, the append-only record of the editor's decisions.
 *
 * Guarantees
 *  - `append` returns only once the events are on disk: one write of whole lines, then fsync.
 *  - Two processes never interleave: every append holds editions/NAME/decisions.jsonl.lock, created with
 *    O_EXCL ("wx") and holding {pid, host, at}. A lock whose pid is dead on this host (or that stayed empty
 *    for over 10 s) is stale and taken over; a live holder is waited for (up to 10 s, then LedgerLocked).
 *    Sequence numbers are assigned under the lock, so they stay increasing across processes.
 *  - A half-written last line (a crash during a write) is reported by `read` as `torn` (the complete
 *    events are still returned) and makes `append` fail with LedgerTorn: nothing is appended after a
 *    fragment. `repair` appends the fragment to decisions.jsonl.corrupt and rewrites the ledger without it
 *    (temp file + fsync + rename), under the lock.
 *  - A bad line anywhere else is LedgerCorrupt naming the line; the file is never rewritten automatically.
 */
import { Context, Effect, FileSystem, Layer, Path } from "effect"
import { hostname } from "node:os"
import type { DecisionEvent } from "../domain/model.ts"
import { BadEditionName, LedgerCorrupt, LedgerIOError, LedgerLocked, LedgerTorn, type LedgerError } from "./errors.ts"
import { parseLedger, serialise, type TornLine } from "./format.ts"

export const LEDGER_FILE = "decisions.jsonl"
export const DEFAULT_EDITIONS_DIR = "editions"
const LOCK_WAIT_MS = 10_000
const EMPTY_LOCK_STALE_MS = 10_000

/** An event before the ledger numbers and dates it. */
export type DecisionDraft = Omit<DecisionEvent, "v" | "seq" | "at" | "batch"> & { readonly at?: string }

export interface LedgerContents {
  readonly path: string
  readonly events: ReadonlyArray<DecisionEvent>
  /** A half-written last line left by a crash, or null. Never applied; see `repair`. */
  readonly torn: TornLine | null
}

export interface RepairReport {
  readonly path: string
  /** The fragment moved aside, or null when the ledger was whole. */
  readonly moved: TornLine | null
  readonly corruptFile: string | null
}

export interface LedgerShape {
  /** The path of the edition's ledger file. */
  readonly pathOf: (edition: string) => Effect.Effect<string, BadEditionName>
  /** All complete events in file order (an absent ledger is empty). */
  readonly read: (edition: string) => Effect.Effect<LedgerContents, LedgerError>
  /** Append events (numbered, dated, batched when more than one) and fsync; returns them as written. */
  readonly append: (edition: string, drafts: ReadonlyArray<DecisionDraft>) => Effect.Effect<ReadonlyArray<DecisionEvent>, LedgerError>
  /** Move a torn last line to decisions.jsonl.corrupt and keep the complete events. */
  readonly repair: (edition: string) => Effect.Effect<RepairReport, LedgerError>
}

const EDITION = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/

export function checkEdition(name: string): Effect.Effect<string, BadEditionName> {
  return EDITION.test(name) && name !== "." && name !== ".." ? Effect.succeed(name) : Effect.fail(new BadEditionName({ name }))
}

/** Number, date and batch drafts after `lastSeq`. */
export function numberDrafts(drafts: ReadonlyArray<DecisionDraft>, lastSeq: number, now: string): DecisionEvent[] {
  const batch = drafts.length > 1 ? lastSeq + 1 : undefined
  return drafts.map((d, k) => {
    const { at, ...rest } = d
    const e: DecisionEvent = { v: 1, seq: lastSeq + 1 + k, at: at ?? now, ...rest, ...(batch === undefined ? {} : { batch }) }
    return e
  })
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"
  }
}

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e))

export interface LedgerOptions {
  /** How long an append waits for a live lock holder before failing with LedgerLocked (default 10 s). */
  readonly lockWaitMs?: number
}

const makeReal = (root: string, options: LedgerOptions = {}) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const encoder = new TextEncoder()
    const host = hostname()
    /**
     * Per ledger path: size, mtime and last seq after our own last append, so an append does not re-read a file
     * nobody else touched (other writers change the size; a repair followed by an append of exactly the same
     * length would also change the mtime).
     */
    const cache = new Map<string, { size: number; mtime: number; lastSeq: number }>()

    const pathOf = (edition: string) => checkEdition(edition).pipe(Effect.map((e) => path.join(root, e, LEDGER_FILE)))
    const io = (file: string) => (e: unknown) => new LedgerIOError({ path: file, reason: describe(e) })

    const readContents = (file: string): Effect.Effect<LedgerContents & { size: number }, LedgerError> =>
      Effect.gen(function* () {
        const exists = yield* fs.exists(file).pipe(Effect.mapError(io(file)))
        if (!exists) return { path: file, events: [], torn: null, size: 0 }
        const bytes = yield* fs.readFile(file).pipe(Effect.mapError(io(file)))
        const parsed = parseLedger(new TextDecoder("utf-8").decode(bytes))
        if (!parsed.ok) return yield* new LedgerCorrupt({ path: file, line: parsed.line, reason: parsed.reason })
        return { path: file, events: parsed.events, torn: parsed.torn, size: bytes.length }
      })

    const acquire = (lock: string): Effect.Effect<string, LedgerError> =>
      Effect.gen(function* () {
        const token = `${process.pid}-${Math.random().toString(36).slice(2)}`
        const body = encoder.encode(JSON.stringify({ pid: process.pid, host, at: new Date().toISOString(), token }) + "\n")
        const deadline = Date.now() + (options.lockWaitMs ?? LOCK_WAIT_MS)
        let holder = "another process"
        let wait = 2
        while (true) {
          const created = yield* Effect.scoped(
            Effect.gen(function* () {
              const f = yield* fs.open(lock, { flag: "wx" })
              yield* f.writeAll(body)
              yield* f.sync
            })
          ).pipe(
            Effect.as(true),
            Effect.catch((e) =>
              e.reason._tag === "AlreadyExists" ? Effect.succeed(false) : Effect.fail(new LedgerIOError({ path: lock, reason: e.message }))
            )
          )
          if (created) return token
          // Held: stale (dead pid on this host, or empty for too long)? Then take it over.
          const info = yield* fs.readFileString(lock).pipe(Effect.orElseSucceed(() => null))
          if (info !== null) {
            let stale = false
            try {
              const h = JSON.parse(info) as { pid: number; host: string; at: string }
              holder = `pid ${h.pid} on ${h.host} since ${h.at}`
              stale = h.host === host && !isAlive(h.pid)
            } catch {
              const st = yield* fs.stat(lock).pipe(Effect.orElseSucceed(() => null))
              const mtime = st?.mtime._tag === "Some" ? st.mtime.value.getTime() : Date.now()
              stale = Date.now() - mtime > EMPTY_LOCK_STALE_MS
            }
            if (stale) {
              // Re-check right before removing so a lock that was just re-created is not removed.
              const again = yield* fs.readFileString(lock).pipe(Effect.orElseSucceed(() => null))
              if (again === info) yield* fs.remove(lock).pipe(Effect.ignore)
              continue
            }
          }
          if (Date.now() > deadline) return yield* new LedgerLocked({ path: lock, holder })
          yield* Effect.sleep(wait)
          wait = Math.min(50, wait * 2)
        }
      })

    const release = (lock: string, token: string) =>
      fs.readFileString(lock).pipe(
        Effect.flatMap((s) => (s.includes(token) ? fs.remove(lock) : Effect.void)),
        Effect.ignore
      )

    const locked = <A>(file: string, body: Effect.Effect<A, LedgerError>): Effect.Effect<A, LedgerError> =>
      Effect.gen(function* () {
        yield* fs.makeDirectory(path.dirname(file), { recursive: true }).pipe(Effect.mapError(io(file)))
        const lock = `${file}.lock`
        return yield* Effect.acquireUseRelease(
          acquire(lock),
          () => body,
          (token) => release(lock, token)
        )
      })

    const read = (edition: string): Effect.Effect<LedgerContents, LedgerError> =>
      pathOf(edition).pipe(
        Effect.flatMap(readContents),
        Effect.map(({ path: p, events, torn }) => ({ path: p, events, torn }))
      )

    const append = (edition: string, drafts: ReadonlyArray<DecisionDraft>) =>
      Effect.gen(function* () {
        const file = yield* pathOf(edition)
        if (drafts.length === 0) return [] as ReadonlyArray<DecisionEvent>
        return yield* locked(
          file,
          Effect.gen(function* () {
            const mtimeOf = (s: FileSystem.File.Info) => (s.mtime._tag === "Some" ? s.mtime.value.getTime() : -1)
            const before = yield* fs.stat(file).pipe(
              Effect.map((s) => ({ size: Number(s.size), mtime: mtimeOf(s) })),
              Effect.orElseSucceed(() => ({ size: 0, mtime: -1 }))
            )
            let lastSeq: number
            const known = cache.get(file)
            if (known !== undefined && known.size === before.size && known.mtime === before.mtime) lastSeq = known.lastSeq
            else {
              const c = yield* readContents(file)
              if (c.torn !== null) return yield* new LedgerTorn({ path: file, line: c.torn.line, bytes: Buffer.byteLength(c.torn.fragment) })
              lastSeq = c.events[c.events.length - 1]?.seq ?? 0
            }
            const events = numberDrafts(drafts, lastSeq, new Date().toISOString())
            const bytes = encoder.encode(events.map(serialise).join(""))
            yield* Effect.scoped(
              Effect.gen(function* () {
                const f = yield* fs.open(file, { flag: "a" })
                yield* f.writeAll(bytes)
                yield* f.sync
              })
            ).pipe(Effect.mapError(io(file)))
            const after = yield* fs.stat(file).pipe(Effect.mapError(io(file)))
            cache.set(file, { size: Number(after.size), mtime: mtimeOf(after), lastSeq: events[events.length - 1]!.seq })
            return events as ReadonlyArray<DecisionEvent>
          })
        )
      })

    const repair = (edition: string) =>
      Effect.gen(function* () {
        const file = yield* pathOf(edition)
        return yield* locked(
          file,
          Effect.gen(function* () {
            const c = yield* readContents(file)
            if (c.torn === null) return { path: file, moved: null, corruptFile: null } satisfies RepairReport
            const corruptFile = `${file}.corrupt`
            const note = JSON.stringify({ movedAt: new Date().toISOString(), line: c.torn.line, fragment: c.torn.fragment }) + "\n"
            yield* Effect.scoped(
              Effect.gen(function* () {
                const f = yield* fs.open(corruptFile, { flag: "a" })
                yield* f.writeAll(encoder.encode(note))
                yield* f.sync
              })
            ).pipe(Effect.mapError(io(corruptFile)))
            const bytes = yield* fs.readFile(file).pipe(Effect.mapError(io(file)))
            const tmp = `${file}.tmp-${process.pid}`
            yield* Effect.scoped(
              Effect.gen(function* () {
                const f = yield* fs.open(tmp, { flag: "w" })
                yield* f.writeAll(bytes.subarray(0, c.torn!.offset))
                yield* f.sync
              })
            ).pipe(Effect.mapError(io(tmp)))
            yield* fs.rename(tmp, file).pipe(Effect.mapError(io(file)))
            cache.delete(file)
            return { path: file, moved: c.torn, corruptFile } satisfies RepairReport
          })
        )
      })

    return { pathOf, read, append, repair } satisfies LedgerShape
  })

/** In memory, same format and the same torn-line rules (for tests). `files` maps ledger paths to content. */
export function makeMemory(files: Map<string, string>, root = DEFAULT_EDITIONS_DIR): LedgerShape {
  const pathOf = (edition: string) => checkEdition(edition).pipe(Effect.map((e) => `${root}/${e}/${LEDGER_FILE}`))
  const contents = (file: string): Effect.Effect<LedgerContents, LedgerError> => {
    const parsed = parseLedger(files.get(file) ?? "")
    return parsed.ok
      ? Effect.succeed({ path: file, events: parsed.events, torn: parsed.torn })
      : Effect.fail(new LedgerCorrupt({ path: file, line: parsed.line, reason: parsed.reason }))
  }
  return {
    pathOf,
    read: (edition) => pathOf(edition).pipe(Effect.flatMap(contents)),
    append: (edition, drafts) =>
      Effect.gen(function* () {
        const file = yield* pathOf(edition)
        const c = yield* contents(file)
        if (c.torn !== null) return yield* new LedgerTorn({ path: file, line: c.torn.line, bytes: c.torn.fragment.length })
        const events = numberDrafts(drafts, c.events[c.events.length - 1]?.seq ?? 0, new Date().toISOString())
        files.set(file, (files.get(file) ?? "") + events.map(serialise).join(""))
        return events
      }),
    repair: (edition) =>
      Effect.gen(function* () {
        const file = yield* pathOf(edition)
        const c = yield* contents(file)
        if (c.torn === null) return { path: file, moved: null, corruptFile: null }
        const text = files.get(file) ?? ""
        const cut = text.length - c.torn.fragment.length
        files.set(`${file}.corrupt`, (files.get(`${file}.corrupt`) ?? "") + JSON.stringify({ line: c.torn.line, fragment: c.torn.fragment }) + "\n")
        files.set(file, text.slice(0, cut))
        return { path: file, moved: c.torn, corruptFile: `${file}.corrupt` }
      })
  }
}

export class Ledger extends Context.Service<Ledger, LedgerShape>()("lectio/Ledger") {
  /** Over the real file system, ledgers under ./editions. */
  static readonly layer = Layer.effect(this, makeReal(DEFAULT_EDITIONS_DIR))
  /** Over the real file system, ledgers under `root` (tests use a temporary folder). */
  static layerAt(root: string, options: LedgerOptions = {}) {
    return Layer.effect(this, makeReal(root, options))
  }
  /** In memory; pass the map to inspect or pre-fill ledger files by path (`editions/NAME/decisions.jsonl`). */
  static layerTest(files: Map<string, string> = new Map()) {
    return Layer.succeed(this, makeMemory(files))
  }
}
