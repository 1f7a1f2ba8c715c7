/**
 * User-facing failures. Each is a tagged error with a one-line `message` the CLI prints as is
 * (no stack trace). They name the file or the thing that failed.
 */
import { Schema } from "effect"

/** The corpus folder does not exist or cannot be listed. */
export class CorpusNotFound extends Schema.TaggedError<CorpusNotFound>()("CorpusNotFound", {
  dir: Schema.String,
  reason: Schema.String
}) {
  override get message() {
    return `corpus folder ${this.dir}: ${this.reason}`
  }
}

/** The corpus folder holds no file matching the include pattern. */
export class EmptyCorpus extends Schema.TaggedError<EmptyCorpus>()("EmptyCorpus", {
  dir: Schema.String,
  include: Schema.String
}) {
  override get message() {
    return `no witness in ${this.dir} matches ${this.include} (use --include GLOB for other files)`
  }
}

/** Why one file could not be loaded as a witness. */
export type WitnessProblem = "unreadable" | "binary" | "too-large" | "bad-encoding" | "empty"

/** One file that could not be loaded; the others still load unless --strict. */
export class WitnessLoadError extends Schema.TaggedError<WitnessLoadError>()("WitnessLoadError", {
  path: Schema.String,
  problem: Schema.Literals(["unreadable", "binary", "too-large", "bad-encoding", "empty"]),
  detail: Schema.String
}) {
  override get message() {
    return `${this.path}: ${this.detail}`
  }
}

/** --strict was given and at least one file failed to load. */
export class StrictLoadFailed extends Schema.TaggedError<StrictLoadFailed>()("StrictLoadFailed", {
  count: Schema.Number,
  first: Schema.String
}) {
  override get message() {
    return this.count === 1
      ? `--strict: ${this.first}`
      : `--strict: ${this.count} files could not be loaded; first: ${this.first}`
  }
}

/** Not one of the corpus's files could be loaded (without --strict the others would have gone on). */
export class NothingLoaded extends Schema.TaggedError<NothingLoaded>()("NothingLoaded", {
  dir: Schema.String,
  count: Schema.Number,
  first: Schema.String
}) {
  override get message() {
    return this.count === 1 ? `no witness could be loaded from ${this.dir}: ${this.first}` : `none of the ${this.count} files in ${this.dir} could be loaded; first: ${this.first}`
  }
}

/** The witnesses are too large to analyse in the memory this process may use (see corpus/memory.ts). */
export class CorpusTooLarge extends Schema.TaggedError<CorpusTooLarge>()("CorpusTooLarge", {
  chars: Schema.Number,
  needed: Schema.Number,
  limit: Schema.Number
}) {
  override get message() {
    const mb = (n: number) => `${Math.ceil(n / (1024 * 1024))} MB`
    return (
      `the witnesses hold ${(this.chars / 1e6).toFixed(1)} million characters of text; analysing them takes about ${mb(this.needed)} of memory, ` +
      `more than the ${mb(this.limit)} this process may use: load fewer or smaller witnesses (--include, --max-size), ` +
      `or let Node use more (NODE_OPTIONS=--max-old-space-size=${Math.ceil((this.needed * 1.25) / (1024 * 1024))})`
    )
  }
}

/** The corpus manifest (lectio.json) is present but malformed. */
export class ManifestError extends Schema.TaggedError<ManifestError>()("ManifestError", {
  path: Schema.String,
  reason: Schema.String
}) {
  override get message() {
    return `corpus manifest ${this.path}: ${this.reason}`
  }
}

/** A user-input problem detected by a command (bad argument combination, unknown id…). */
export class UsageError extends Schema.TaggedError<UsageError>()("UsageError", {
  reason: Schema.String
}) {
  override get message() {
    return this.reason
  }
}
