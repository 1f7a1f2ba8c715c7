/**
 * The Corpus service: discover witness files (Glob), read them (FileSystem), decode, tokenise, and attach
 * metadata from the manifest or the text. One bad file is reported and the rest still load, unless
 * `strict` is set.
 */
import { Context, Effect, FileSystem, Layer, Path } from "effect"
import { CorpusNotFound, CorpusTooLarge, EmptyCorpus, ManifestError, NothingLoaded, StrictLoadFailed, WitnessLoadError } from "../domain/errors.ts"
import type { TokenisedWitness, Witness } from "../domain/model.ts"
import { Glob } from "../services/Glob.ts"
import { decode } from "./decode.ts"
import { memoryShortfall } from "./memory.ts"
import { MANIFEST_FILE, assignSigla, guessMetadata, parseManifest, slugify, uniqueIds, type Manifest } from "./manifest.ts"
import { countWords, tokenise } from "./tokenise.ts"

export const DEFAULT_INCLUDE = "*.txt"
/** Default limit on one witness file: 64 MiB. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024

export interface LoadOptions {
  readonly dir: string
  readonly include?: string
  readonly maxBytes?: number
  readonly strict?: boolean
  /**
   * Bytes of memory the analysis may use (the process's heap limit): when given, witnesses whose analysis
   * would take more (corpus/memory.ts) fail the load with `CorpusTooLarge`, before they are tokenised.
   */
  readonly memoryLimit?: number
}

export interface LoadedCorpus {
  readonly dir: string
  readonly title: string | null
  readonly witnesses: ReadonlyArray<TokenisedWitness>
  /** Files that could not be loaded (never empty under `strict`: the load fails instead). */
  readonly problems: ReadonlyArray<WitnessLoadError>
}

export type LoadError = CorpusNotFound | EmptyCorpus | ManifestError | StrictLoadFailed | NothingLoaded | CorpusTooLarge

export interface CorpusShape {
  readonly load: (options: LoadOptions) => Effect.Effect<LoadedCorpus, LoadError>
}

const make = Effect.gen(function* () {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  const glob = yield* Glob

  const readManifest = (dir: string): Effect.Effect<Manifest | null, ManifestError> => {
    const file = path.join(dir, MANIFEST_FILE)
    return fs.exists(file).pipe(
      Effect.orElseSucceed(() => false),
      Effect.flatMap((exists) =>
        exists
          ? fs.readFileString(file).pipe(
              Effect.mapError((e) => new ManifestError({ path: file, reason: e.message })),
              Effect.flatMap((json) => {
                const r = parseManifest(json)
                return r.ok ? Effect.succeed(r.manifest) : Effect.fail(new ManifestError({ path: file, reason: r.reason }))
              })
            )
          : Effect.succeed(null)
      )
    )
  }

  const loadOne = (
    file: string,
    full: string,
    maxBytes: number
  ): Effect.Effect<{ text: string; encoding: Witness["encoding"] }, WitnessLoadError> =>
    Effect.gen(function* () {
      const info = yield* fs
        .stat(full)
        .pipe(Effect.mapError((e) => new WitnessLoadError({ path: full, problem: "unreadable", detail: `cannot read: ${describe(e)}` })))
      if (info.type === "Directory") {
        return yield* new WitnessLoadError({ path: full, problem: "unreadable", detail: "is a folder, not a text file" })
      }
      const size = Number(info.size)
      if (size > maxBytes) {
        return yield* new WitnessLoadError({
          path: full,
          problem: "too-large",
          detail: `${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit (raise it with --max-size MB)`
        })
      }
      const bytes = yield* fs
        .readFile(full)
        .pipe(Effect.mapError((e) => new WitnessLoadError({ path: full, problem: "unreadable", detail: `cannot read: ${describe(e)}` })))
      const decoded = decode(bytes)
      if (!decoded.ok) return yield* new WitnessLoadError({ path: full, problem: decoded.problem, detail: decoded.detail })
      if (decoded.text.trim().length === 0) {
        return yield* new WitnessLoadError({ path: full, problem: "empty", detail: "is empty (no text to collate)" })
      }
      void file
      return { text: decoded.text, encoding: decoded.encoding }
    })

  const load = (options: LoadOptions): Effect.Effect<LoadedCorpus, LoadError> =>
    Effect.gen(function* () {
      const dir = options.dir
      const include = options.include ?? DEFAULT_INCLUDE
      const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
      const info = yield* fs
        .stat(dir)
        .pipe(Effect.mapError((e) => new CorpusNotFound({ dir, reason: describe(e) })))
      if (info.type !== "Directory") return yield* new CorpusNotFound({ dir, reason: "is not a folder" })
      const files = (yield* glob.files(include, dir).pipe(
        Effect.mapError((e) => new CorpusNotFound({ dir, reason: e.message }))
      )).filter((f) => f !== MANIFEST_FILE)
      if (files.length === 0) return yield* new EmptyCorpus({ dir, include })
      const manifest = yield* readManifest(dir)
      const byFile = new Map(manifest?.witnesses.map((w) => [w.file, w]) ?? [])

      const results = yield* Effect.forEach(files, (f) => Effect.result(loadOne(f, path.join(dir, f), maxBytes)), {
        concurrency: 4
      })
      const loaded: Array<{ file: string; text: string; encoding: Witness["encoding"] }> = []
      const problems: WitnessLoadError[] = []
      results.forEach((r, k) => {
        if (r._tag === "Success") loaded.push({ file: files[k]!, ...r.success })
        else problems.push(r.failure)
      })
      if (options.strict && problems.length > 0) {
        return yield* new StrictLoadFailed({ count: problems.length, first: problems[0]!.message })
      }
      // (every file failed: there is nothing to go on with)
      if (loaded.length === 0) return yield* new NothingLoaded({ dir, count: problems.length, first: problems[0]!.message })
      // Manifest order first (the editor's order of sigla), then the other files in sorted order.
      const rank = new Map(manifest?.witnesses.map((w, k) => [w.file, k]) ?? [])
      loaded.sort((a, b) => (rank.get(a.file) ?? Infinity) - (rank.get(b.file) ?? Infinity) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
      if (options.memoryLimit !== undefined) {
        let chars = 0
        for (const l of loaded) chars += l.text.length
        const short = memoryShortfall(chars, options.memoryLimit)
        if (short !== null) return yield* new CorpusTooLarge({ chars, needed: short.needed, limit: short.limit })
      }
      const loadedFiles = loaded.map((l) => l.file)
      const sigla = assignSigla(loadedFiles, manifest)
      const ids = uniqueIds(loadedFiles.map(slugify))
      const witnesses = loaded.map((l, k): TokenisedWitness => {
        const entry = byFile.get(l.file)
        const guessed = guessMetadata(l.text, l.file)
        const tokens = tokenise(l.text)
        const witness: Witness = {
          id: ids[k]!,
          siglum: sigla[k]!,
          path: path.join(dir, l.file),
          author: entry?.author ?? null,
          title: entry?.title ?? guessed.title,
          date: entry?.date ?? guessed.date,
          source: entry?.source ?? null,
          encoding: l.encoding,
          chars: l.text.length,
          words: countWords(tokens),
          text: l.text
        }
        return { witness, tokens }
      })
      return { dir, title: manifest?.title ?? null, witnesses, problems }
    })

  return { load } satisfies CorpusShape
})

export class Corpus extends Context.Service<Corpus, CorpusShape>()("lectio/Corpus") {
  /** Needs FileSystem, Path and Glob (NodeServices.layer + Glob.layer in the CLI). */
  static readonly layer = Layer.effect(this, make)

  /**
   * An in-memory corpus: `files` maps "dir/name" to its bytes (or text, stored as UTF-8). Uses the same
   * loading code as the real layer over an in-memory file system.
   */
  static layerTest(files: Readonly<Record<string, Uint8Array | string>>) {
    return Layer.effect(this, make).pipe(Layer.provide(memoryFileSystemLayer(files)))
  }
}

/** FileSystem + Path + Glob over an in-memory map of "dir/name" → contents (for tests). */
export function memoryFileSystemLayer(files: Readonly<Record<string, Uint8Array | string>>) {
  const bytes = new Map<string, Uint8Array>()
  for (const [k, v] of Object.entries(files)) bytes.set(k, typeof v === "string" ? new TextEncoder().encode(v) : v)
  const dirs = new Map<string, string[]>()
  for (const k of bytes.keys()) {
    const slash = k.lastIndexOf("/")
    const dir = slash < 0 ? "." : k.slice(0, slash)
    const list = dirs.get(dir) ?? []
    list.push(k.slice(slash + 1))
    dirs.set(dir, list)
  }
  const notFound = (p: string) =>
    Effect.fail(
      new (class extends Error {
        readonly _tag = "PlatformError"
      })(`ENOENT: no such file or directory, ${p}`)
    ) as never
  const fsLayer = FileSystem.layerNoop({
    stat: (p: string) =>
      dirs.has(p)
        ? Effect.succeed({ type: "Directory", size: 0n } as unknown as FileSystem.File.Info)
        : bytes.has(p)
          ? Effect.succeed({ type: "File", size: BigInt(bytes.get(p)!.length) } as unknown as FileSystem.File.Info)
          : notFound(p),
    exists: (p: string) => Effect.succeed(bytes.has(p) || dirs.has(p)),
    readFile: (p: string) => (bytes.has(p) ? Effect.succeed(bytes.get(p)!) : notFound(p)),
    readFileString: (p: string) => (bytes.has(p) ? Effect.succeed(new TextDecoder().decode(bytes.get(p)!)) : notFound(p))
  })
  return Layer.mergeAll(fsLayer, Path.layer, Glob.layerTest(Object.fromEntries(dirs)))
}

function describe(e: unknown): string {
  const err = e as { reason?: { _tag?: string; description?: string; module?: string }; message?: string }
  const tag = err.reason?._tag
  const msg = err.reason?.description ?? err.message ?? String(e)
  if (tag === "NotFound" || /ENOENT|NotFound/.test(msg)) return "no such file or folder"
  if (tag === "PermissionDenied" || /EACCES|EPERM/.test(msg)) return "permission denied"
  return msg
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`
  return `${n} bytes`
}
