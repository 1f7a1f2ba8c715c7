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
