/** File discovery (fast-glob) as a service, so tests can list files without touching the disk. */
import { Context, Effect, Layer } from "effect"
import fg from "fast-glob"

export class GlobFailed extends Error {
  readonly _tag = "GlobFailed"
}

export interface GlobShape {
  /** Files (not directories) under `cwd` matching `pattern`, relative to `cwd`, sorted. */
  readonly files: (pattern: string, cwd: string) => Effect.Effect<ReadonlyArray<string>, GlobFailed>
}

export class Glob extends Context.Service<Glob, GlobShape>()("lectio/Glob") {
  static readonly layer = Layer.succeed(this, {
    files: (pattern, cwd) =>
      Effect.tryPromise({
        // Everything but folders: a dangling link is listed too, so that reading it reports the problem
        // instead of the file vanishing silently.
        try: () => fg(pattern, { cwd, onlyFiles: false, objectMode: true, dot: false, followSymbolicLinks: true, suppressErrors: false }),
        catch: (e) => new GlobFailed((e as Error).message)
      }).pipe(Effect.map((list) => list.filter((e) => !e.dirent.isDirectory()).map((e) => e.path).sort()))
  })

  /** An in-memory listing: `files` maps a cwd to the relative paths it holds; the pattern filters by suffix. */
  static layerTest(files: Readonly<Record<string, ReadonlyArray<string>>>) {
    return Layer.succeed(this, {
      files: (pattern, cwd) => {
        const list = files[cwd]
        if (list === undefined) return Effect.fail(new GlobFailed(`no such directory: ${cwd}`))
        const re = globToRegExp(pattern)
        return Effect.succeed(list.filter((f) => re.test(f)).sort())
      }
    })
  }
}

/** Minimal glob → RegExp for the test layer (`*`, `**`, `?`, `{a,b}`). */
function globToRegExp(glob: string): RegExp {
  let re = ""
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === "*") {
      if (glob[i + 1] === "*") {
        re += ".*"
        i++
        if (glob[i + 1] === "/") i++
      } else re += "[^/]*"
    } else if (c === "?") re += "[^/]"
    else if (c === "{") re += "(?:"
    else if (c === "}") re += ")"
    else if (c === ",") re += "|"
    else re += c.replace(/[.+^$()|[\]\\]/g, "\\$&")
  }
  return new RegExp(`^${re}$`)
}
