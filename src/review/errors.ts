/** Ledger failures, each with a one-line message naming the file (printed as is by the CLI). */
import { Schema } from "effect"

/** A line in the middle of decisions.jsonl does not parse: the ledger is not used until someone looks. */
export class LedgerCorrupt extends Schema.TaggedError<LedgerCorrupt>()("LedgerCorrupt", {
  path: Schema.String,
  line: Schema.Number,
  reason: Schema.String
}) {
  override get message() {
    return `${this.path}:${this.line}: corrupt ledger line: ${this.reason} (fix or remove that line by hand; nothing was changed)`
  }
}

/** The last line was half-written by a crash; appending is refused until `lectio decisions --repair`. */
export class LedgerTorn extends Schema.TaggedError<LedgerTorn>()("LedgerTorn", {
  path: Schema.String,
  line: Schema.Number,
  bytes: Schema.Number
}) {
  override get message() {
    return `${this.path}:${this.line}: the last line is half-written (${this.bytes} bytes, a crash during a write); run \`lectio decisions --repair\` to move it to ${this.path}.corrupt`
  }
}

/** Another process holds the ledger lock for longer than we wait. */
export class LedgerLocked extends Schema.TaggedError<LedgerLocked>()("LedgerLocked", {
  path: Schema.String,
  holder: Schema.String
}) {
  override get message() {
    return `${this.path} is locked by ${this.holder}; if that process is gone from another machine, remove the lock file`
  }
}

export class LedgerIOError extends Schema.TaggedError<LedgerIOError>()("LedgerIOError", {
  path: Schema.String,
  reason: Schema.String
}) {
  override get message() {
    return `${this.path}: ${this.reason}`
  }
}

export class BadEditionName extends Schema.TaggedError<BadEditionName>()("BadEditionName", {
  name: Schema.String
}) {
  override get message() {
    return `edition name ${JSON.stringify(this.name)} is not allowed (letters, digits, '.', '_' and '-' only)`
  }
}

export type LedgerError = LedgerCorrupt | LedgerTorn | LedgerLocked | LedgerIOError | BadEditionName
