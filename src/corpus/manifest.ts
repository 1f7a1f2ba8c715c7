/**
 * The corpus manifest (`lectio.json` in the corpus folder) and, without one, metadata guessed from the
 * files themselves. Pure.
 *
 * Manifest layout:
 * ```json
 * { "title": "…", "witnesses": [ { "file": "x.txt", "siglum": "A", "author": "…", "title": "…",
 *     "date": "1953", "source": "…" } ] }
 * ```
 * Files the manifest does not list get the next free sigla in sorted order.
 */

export interface ManifestEntry {
  readonly file: string
  readonly siglum?: string
  readonly author?: string
  readonly title?: string
  readonly date?: string
  readonly source?: string
}

export interface Manifest {
  readonly title?: string
  readonly witnesses: ReadonlyArray<ManifestEntry>
}

export const MANIFEST_FILE = "lectio.json"

/** Parse and check a manifest; returns the reason on failure. */
export function parseManifest(json: string): { ok: true; manifest: Manifest } | { ok: false; reason: string } {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (e) {
    return { ok: false, reason: `not valid JSON (${(e as Error).message})` }
  }
  if (typeof value !== "object" || value === null || !Array.isArray((value as { witnesses?: unknown }).witnesses)) {
    return { ok: false, reason: `expected an object with a "witnesses" array` }
  }
  const v = value as { title?: unknown; witnesses: unknown[] }
  const witnesses: ManifestEntry[] = []
  const sigla = new Set<string>()
  for (const [k, w] of v.witnesses.entries()) {
    if (typeof w !== "object" || w === null || typeof (w as { file?: unknown }).file !== "string") {
      return { ok: false, reason: `witnesses[${k}] needs a "file" string` }
    }
    const e = { ...(w as Record<string, unknown>) }
    for (const key of ["siglum", "author", "title", "date", "source"]) {
      if (e[key] === null) delete e[key]
      else if (e[key] !== undefined && typeof e[key] !== "string") {
        return { ok: false, reason: `witnesses[${k}].${key} must be a string or null` }
      }
    }
    const siglum = e.siglum as string | undefined
    if (siglum !== undefined) {
      if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,15}$/u.test(siglum)) {
        return { ok: false, reason: `witnesses[${k}].siglum "${siglum}" must be 1–16 letters or digits` }
      }
      if (sigla.has(siglum)) return { ok: false, reason: `siglum "${siglum}" is used twice` }
      sigla.add(siglum)
    }
    witnesses.push(e as unknown as ManifestEntry)
  }
  return { ok: true, manifest: { ...(typeof v.title === "string" ? { title: v.title } : {}), witnesses } }
}

/** A, B, … Z, AA, AB, … */
export function siglumFor(index: number): string {
  let s = ""
  let n = index
  do {
    s = String.fromCharCode(65 + (n % 26)) + s
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return s
}

/** Slug of a file name without its extension: lower-case ASCII letters, digits and hyphens. */
export function slugify(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "")
  const slug = base
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
  return slug.length > 0 ? slug.slice(0, 120) : "witness"
}

/** Make ids unique by suffixing -2, -3… in order. */
export function uniqueIds(ids: ReadonlyArray<string>): string[] {
  const seen = new Map<string, number>()
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1
    seen.set(id, n)
    return n === 1 ? id : `${id}-${n}`
  })
}

export interface GuessedMetadata {
  readonly title: string | null
  readonly date: string | null
}

/**
 * What the text itself offers: its first non-empty line as a title and the first year (1500–2099) in its
 * opening lines or, failing that, in the file name.
 */
export function guessMetadata(text: string, fileName: string): GuessedMetadata {
  const head = text.slice(0, 2000)
  const firstLine = head.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? null
  const title = firstLine === null ? null : firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine
  const year = /(?<![\d])(1[5-9]\d\d|20\d\d)(?![\d])/
  const date = year.exec(head.slice(0, 600))?.[1] ?? year.exec(fileName)?.[1] ?? null
  return { title, date }
}

/** Assign sigla: manifest sigla first, then the next unused letters in sorted file order. */
export function assignSigla(files: ReadonlyArray<string>, manifest: Manifest | null): string[] {
  const byFile = new Map(manifest?.witnesses.map((w) => [w.file, w]) ?? [])
  const used = new Set<string>()
  for (const f of files) {
    const s = byFile.get(f)?.siglum
    if (s !== undefined) used.add(s)
  }
  let next = 0
  return files.map((f) => {
    const s = byFile.get(f)?.siglum
    if (s !== undefined) return s
    while (used.has(siglumFor(next))) next++
    const fresh = siglumFor(next)
    used.add(fresh)
    return fresh
  })
}
