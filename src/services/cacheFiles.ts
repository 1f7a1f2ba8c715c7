/**
 * Housekeeping of the cache folder (node_modules/.cache/lectio/): each cache file is named by a hash of what
 * it was made from, so a new version of the code or of a package makes a new file and the old one is never
 * read again. `readCache` and `writeCache` are how the caches read and write their files: a read marks the
 * file used, a write is atomic (temporary file + rename) and then deletes all but the most recently used
 * files of its kind (`keepNewest`). Failures are ignored: a cache is an optimisation, never a reason to stop.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"

/** The content of a cache file, marked used; null when it is missing or unreadable. */
export function readCache(file: string): Buffer | null {
  try {
    const content = readFileSync(file)
    markUsed(file)
    return content
  } catch {
    return null
  }
}

/**
 * Write a cache file atomically, then delete the files of its folder matching `kind` (its own kind) but the
 * `keep` most recently used. A read-only install writes nothing: the caller just recomputes next time.
 */
export function writeCache(file: string, content: string | Buffer, kind: RegExp, keep: number): void {
  try {
    mkdirSync(dirname(file), { recursive: true })
    const tmp = `${file}.${process.pid}.tmp`
    writeFileSync(tmp, content)
    renameSync(tmp, file)
    keepNewest(dirname(file), kind, keep)
  } catch {
    // a read-only install
  }
}

/** Record that a cache file was just used (its modification time), so that `keepNewest` keeps it. */
export function markUsed(file: string): void {
  try {
    const now = new Date()
    utimesSync(file, now, now)
  } catch {
    // a read-only install: nothing is pruned there either
  }
}

/**
 * Delete the files of `dir` whose names match `pattern`, except the `keep` most recently used (modification
 * time, newest first). Returns the names deleted.
 */
export function keepNewest(dir: string, pattern: RegExp, keep: number): string[] {
  try {
    const files = readdirSync(dir)
      .filter((f) => pattern.test(f))
      .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t || (a.f < b.f ? -1 : 1))
    const gone: string[] = []
    for (const { f } of files.slice(keep)) {
      try {
        unlinkSync(join(dir, f))
        gone.push(f)
      } catch {
        // in use elsewhere or already gone
      }
    }
    return gone
  } catch {
    return []
  }
}
