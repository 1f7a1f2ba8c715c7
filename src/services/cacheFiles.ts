/**
 * Housekeeping of the cache folder (node_modules/.cache/lectio/): each cache file is named by a hash of what
 * it was made from, so a new version of the code or of a package makes a new file and the old one is never
 * read again. `keepNewest` deletes all but the most recently used files of one kind; `markUsed` records a
 * use. Failures are ignored: a cache is an optimisation, never a reason to stop.
 */
import { readdirSync, statSync, unlinkSync, utimesSync } from "node:fs"
import { join } from "node:path"

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
