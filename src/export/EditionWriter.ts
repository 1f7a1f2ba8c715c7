/**
 * The EditionWriter service: puts the rendered files of an edition in editions/NAME/.
 *
 * - Every file is written atomically: to `.lectio-tmp-…` beside it, then renamed over the target, so a
 *   reader (or a crash) never sees half a file.
 * - Re-running replaces the edition: new files are all written first, then the stale ones are removed (files
 *   in a folder the export owns, `text/`, that this run did not write — e.g. a witness removed from the
 *   corpus — and temp files left by an interrupted run).
 * - decisions.jsonl (the ledger) is never written, replaced or removed; nor is any other file of the folder.
 * - Nothing is written outside editions/: the edition name and every path segment must be a plain name
 *   (no `..`, slash, absolute path), and the edition folder must not resolve (through a link) outside the
 *   editions folder.
 */
import { Context, Effect, FileSystem, Layer, Path } from "effect"
import type { EditionFiles } from "./edition.ts"
import { LEDGER_FILE } from "./edition.ts"
import { EditionWriteError, UnsafeName } from "./errors.ts"
import { unsafeNameReason } from "./model.ts"

export interface WriteReport {
  /** editions/NAME as given (root joined with name). */
  readonly dir: string
  /** Relative paths written, sorted. */
  readonly written: ReadonlyArray<string>
  /** Relative paths removed as stale, sorted. */
  readonly removed: ReadonlyArray<string>
}

export type EditionOutput = Pick<EditionFiles, "files" | "ownedDirs">

export interface EditionWriterShape {
  /** Write `edition` into `root/name/`, replacing a previous export of it. */
  readonly write: (root: string, name: string, edition: EditionOutput) => Effect.Effect<WriteReport, EditionWriteError | UnsafeName>
}

export const TEMP_PREFIX = ".lectio-tmp-"

/** Check the edition name and every relative path; the ledger is refused as a target. */
export function checkPaths(name: string, edition: EditionOutput): UnsafeName | null {
  const n = unsafeNameReason(name)
  if (n !== null) return new UnsafeName({ what: "edition name", value: name, reason: n })
  for (const p of [...edition.files.map((f) => f.path), ...edition.ownedDirs]) {
    if (p.startsWith("/") || /^[A-Za-z]:/.test(p)) return new UnsafeName({ what: "file", value: p, reason: "is an absolute path" })
    for (const seg of p.split("/")) {
      const r = unsafeNameReason(seg)
      if (r !== null) return new UnsafeName({ what: "file", value: p, reason: r })
    }
    if (p === LEDGER_FILE || p.startsWith(TEMP_PREFIX)) return new UnsafeName({ what: "file", value: p, reason: "is reserved (the ledger is never written by export)" })
  }
  return null
}

/** Files of an owned folder (names as listed) that this run did not write: the stale ones. */
export function staleIn(dir: string, listed: ReadonlyArray<string>, edition: EditionOutput): string[] {
  const keep = new Set(edition.files.map((f) => f.path))
  return listed
    .map((f) => `${dir}/${f}`)
    .filter((p) => !keep.has(p))
    .sort()
}

const make = Effect.gen(function* () {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  let counter = 0

  const fail = (p: string) => (e: { message: string }) => new EditionWriteError({ path: p, reason: e.message })

  const write = (root: string, name: string, edition: EditionOutput) =>
    Effect.gen(function* () {
      const unsafe = checkPaths(name, edition)
      if (unsafe !== null) return yield* unsafe
      const dir = path.join(root, name)
      yield* fs.makeDirectory(dir, { recursive: true }).pipe(Effect.mapError(fail(dir)))
      const realRoot = yield* fs.realPath(root).pipe(Effect.mapError(fail(root)))
      const realDir = yield* fs.realPath(dir).pipe(Effect.mapError(fail(dir)))
      if (path.dirname(realDir) !== realRoot) {
        return yield* new UnsafeName({ what: "edition folder", value: dir, reason: `resolves to ${realDir}, outside ${realRoot}` })
      }
      const dirs = new Set([...edition.ownedDirs, ...edition.files.map((f) => f.path.split("/").slice(0, -1).join("/")).filter((d) => d !== "")])
      for (const d of [...dirs].sort()) {
        const full = path.join(dir, ...d.split("/"))
        yield* fs.makeDirectory(full, { recursive: true }).pipe(Effect.mapError(fail(full)))
        const info = yield* fs.lstat(full).pipe(Effect.mapError(fail(full)))
        if (info.type !== "Directory") return yield* new UnsafeName({ what: "folder", value: full, reason: "is not a plain folder (a link?)" })
      }
      const written: string[] = []
      for (const f of edition.files) {
        const target = path.join(dir, ...f.path.split("/"))
        const tmp = path.join(path.dirname(target), `${TEMP_PREFIX}${path.basename(target)}-${process.pid}-${++counter}`)
        yield* fs.writeFileString(tmp, f.content, { flag: "wx" }).pipe(
          Effect.flatMap(() => fs.rename(tmp, target)),
          Effect.mapError(fail(target)),
          Effect.tapError(() => fs.remove(tmp, { force: true }).pipe(Effect.ignore))
        )
        written.push(f.path)
      }
      const removed: string[] = []
      for (const d of [...edition.ownedDirs].sort()) {
        const full = path.join(dir, ...d.split("/"))
        const listed = yield* fs.readDirectory(full).pipe(Effect.mapError(fail(full)))
        for (const rel of staleIn(d, listed, edition)) {
          const p = path.join(dir, ...rel.split("/"))
          const info = yield* fs.lstat(p).pipe(Effect.mapError(fail(p)))
          if (info.type === "Directory") continue
          yield* fs.remove(p).pipe(Effect.mapError(fail(p)))
          removed.push(rel)
        }
      }
      // Temp files an interrupted run left at the top of the edition folder.
      const top = yield* fs.readDirectory(dir).pipe(Effect.mapError(fail(dir)))
      for (const f of top.filter((f) => f.startsWith(TEMP_PREFIX)).sort()) {
        yield* fs.remove(path.join(dir, f), { force: true }).pipe(Effect.mapError(fail(path.join(dir, f))))
        removed.push(f)
      }
      return { dir, written: [...written].sort(), removed: removed.sort() } satisfies WriteReport
    })

  return { write } satisfies EditionWriterShape
})

export class EditionWriter extends Context.Service<EditionWriter, EditionWriterShape>()("lectio/EditionWriter") {
  /** Needs FileSystem and Path (NodeServices.layer in the CLI). */
  static readonly layer = Layer.effect(this, make)

  /**
   * In memory: `store` maps "root/name/relative/path" → contents and is updated as the real layer updates
   * the disk (files written, stale files of owned folders removed, everything else — the ledger — left).
   */
  static layerTest(store: Map<string, string>) {
    return Layer.succeed(this, {
      write: (root, name, edition) =>
        Effect.gen(function* () {
          const unsafe = checkPaths(name, edition)
          if (unsafe !== null) return yield* unsafe
          const dir = `${root.replace(/\/+$/, "")}/${name}`
          for (const f of edition.files) store.set(`${dir}/${f.path}`, f.content)
          const removed: string[] = []
          for (const d of edition.ownedDirs) {
            const prefix = `${dir}/${d}/`
            const listed = [...store.keys()].filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes("/")).map((k) => k.slice(prefix.length))
            for (const rel of staleIn(d, listed, edition)) {
              store.delete(`${dir}/${rel}`)
              removed.push(rel)
            }
          }
          return { dir, written: edition.files.map((f) => f.path).sort(), removed: removed.sort() }
        })
    })
  }
}
