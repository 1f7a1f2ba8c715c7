/** Export failures, each with a one-line message the CLI prints as is. */
import { Schema } from "effect"

/** An edition name, witness id or file path that could write outside editions/NAME/. */
export class UnsafeName extends Schema.TaggedError<UnsafeName>()("UnsafeName", {
  what: Schema.String,
  value: Schema.String,
  reason: Schema.String
}) {
  override get message() {
    return `${this.what} ${JSON.stringify(this.value)} ${this.reason}: it must be a plain name, so that nothing is written outside editions/`
  }
}


/** Writing the edition failed (permissions, disk full, a folder in the way). */
export class EditionWriteError extends Schema.TaggedError<EditionWriteError>()("EditionWriteError", {
  path: Schema.String,
  reason: Schema.String
}) {
  override get message() {
    return `cannot write ${this.path}: ${this.reason}`
  }
}
