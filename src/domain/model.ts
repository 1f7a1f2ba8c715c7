/**
 * The data every pipeline stage shares. Plain readonly interfaces: the algorithm modules are pure
 * functions over these, and the `--json` outputs are these objects (see DESIGN.md, "Data contracts").
 *
 * Offsets (`start`, `end`) are JavaScript string indices (UTF-16 code units) into the witness text as
 * decoded: the byte-order mark removed, nothing else changed. `end` is exclusive.
 */

/** Encodings the loader recognises and reports. */
export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252"

/** Metadata of one witness, as `lectio corpus --json` prints it. */
export interface WitnessInfo {
  /** Stable identifier: slug of the file name without extension. */
  readonly id: string
  /** Short siglum (A, B, C… in sorted order unless a corpus manifest names them). */
  readonly siglum: string
  /** Path as given on the command line joined with the file name (relative when the corpus dir was). */
  readonly path: string
  readonly author: string | null
  readonly title: string | null
  readonly date: string | null
  /** Where the metadata came from: the corpus manifest, or guessed from the text. */
  readonly source: string | null
  readonly encoding: Encoding
  /** Length of the decoded text in UTF-16 code units. */
  readonly chars: number
  /** Number of word and number tokens. */
  readonly words: number
}

/** A witness with its decoded text. */
export interface Witness extends WitnessInfo {
  readonly text: string
}

export type TokenKind = "word" | "number" | "punct"

/**
 * A token, as in CollateX: `t` is the text as written with its trailing whitespace, `n` the normalised form
 * used for matching. `start`/`end` delimit the token proper (without the trailing whitespace), so
 * `text.slice(start, end) === t.trimEnd()` and `text.slice(start, start + t.length) === t`.
 */
export interface Token {
  readonly t: string
  readonly n: string
  readonly start: number
  readonly end: number
  readonly kind: TokenKind
}

/** A witness with its tokens: the input of normalise and align. */
export interface TokenisedWitness {
  readonly witness: Witness
  readonly tokens: ReadonlyArray<Token>
}

/** The artifact classes of the normaliser. */
export type ProposalClass =
  | "real-word-error"
  | "stray-fragment"
  | "non-word"
  | "punctuation"
  | "quotes"
  | "spacing"
  | "residue"
  | "hyphenation"
  | "case"

/** A suggested correction of a witness (`lectio normalise --json`). */
export interface Proposal {
  /** Stable: derived from witness, rule, original, replacement and nearby context, never from offsets alone. */
  readonly id: string
  /** Witness id. */
  readonly witness: string
  readonly start: number
  readonly end: number
  /** `text.slice(start, end)`. */
  readonly original: string
  /** The replacement; "" deletes the span. */
  readonly replacement: string
  readonly rule: string
  readonly class: ProposalClass
  /** 0..1 */
  readonly confidence: number
  /** Proposals an editor would review together (e.g. every case restoration in one witness), or null. */
  readonly group: string | null
  /** One line a scholar understands. */
  readonly explanation: string
  /** Rule-specific evidence: corpus counts, the confusion pattern, the runner-up candidate. */
  readonly evidence: Readonly<Record<string, unknown>>
}

/**
 * A proposal held back (`lectio normalise --json`, `withheld`): where, what it would have done, its
 * explanation followed by why not ("…; withheld: B reads “…” as this witness does here", "…; withheld: it
 * stands in a foreign phrase, …"), and what each other witness that prints the place reads there (none
 * where the witness itself says to leave the word as printed: a foreign phrase, [sic], a paragraph in
 * another English; see src/normalise/asPrinted.ts).
 */
export interface WithheldProposal extends Pick<Proposal, "witness" | "start" | "end" | "original" | "replacement" | "rule" | "explanation"> {
  readonly otherWitnesses: Readonly<Record<string, string>>
}

/** Where a passage occurs in one witness. */
export interface Occurrence {
  readonly witness: string
  readonly start: number
  readonly end: number
  readonly text: string
}

export type VariantKind =
  | "case"
  | "punctuation"
  | "spelling"
  | "substantive"
  | "omission"
  | "addition"
  | "transposition"

export interface Reading {
  /** The reading as written ("" for an omission). */
  readonly text: string
  /** Witness ids that agree on this reading. */
  readonly witnesses: ReadonlyArray<string>
}

/**
 * Where one witness's reading of a variant location stands in that witness (added by the offsets branch).
 *
 * `witness` is the id as the entry's readings name it (for a passage quoted twice in one witness, the second
 * occurrence is `id@start`, as in the readings). `start`/`end` are offsets into the witness text, as tokens'
 * are: from the start of the reading's first token to the end of its last token, so
 * `text.slice(start, end)` with whitespace runs collapsed to one space is the reading's `text`. An omission is
 * a zero-width span (`start === end`) where the reading would stand: at the end of the witness's token before
 * the gap (or the start of the token after it when the gap opens the passage). A transposition's span covers
 * the witness's whole reading of the location, which holds the moved words wherever that witness has them.
 */
export interface VariantLocation {
  readonly witness: string
  readonly start: number
  readonly end: number
}

/** One variant location of the apparatus. */
export interface ApparatusEntry {
  readonly id: string
  /** The default lemma (the editor may choose another reading). */
  readonly lemma: string
  readonly readings: ReadonlyArray<Reading>
  readonly kind: VariantKind
  /**
   * Additive: where each witness's reading stands, one per witness of the readings, in the order of the
   * alignment's rows. Absent on entries made before it existed (consumers then locate readings by search).
   */
  readonly locations?: ReadonlyArray<VariantLocation>
}

/** A stretch of text found in two or more witnesses (`lectio align --json`). */
export interface Passage {
  readonly id: string
  readonly occurrences: ReadonlyArray<Occurrence>
  readonly apparatus: ReadonlyArray<ApparatusEntry>
}

/** A cell of a CollateX alignment table: the tokens of one witness at one column, or null for a gap. */
export type TableCell = ReadonlyArray<{ readonly t: string; readonly n: string }> | null

/** The CollateX alignment table of `lectio collate --json` (plus lectio's own fields). */
export interface AlignmentTable {
  /** Witness ids (or sigla for CollateX input), one per row. */
  readonly witnesses: ReadonlyArray<string>
  /** One row per witness, the same number of cells in every row. */
  readonly table: ReadonlyArray<ReadonlyArray<TableCell>>
  readonly transpositions: ReadonlyArray<unknown>
  readonly apparatus: ReadonlyArray<ApparatusEntry>
}

// ---------------------------------------------------------------------------------------------------------
// Decisions (the ledger, editions/NAME/decisions.jsonl) and what export consumes.

/** What a decision is about: a normaliser proposal or a variant location of the apparatus. */
export type TargetKind = "proposal" | "variant"

export type DecisionAction = "approve" | "reject" | "edit" | "lemma" | "undo"

/**
 * Where a decision applies, recorded so it can be re-anchored if the witness text changes: the witness,
 * the original text, some context before and after, the offsets when decided, and a hash of the whole
 * witness text at that time.
 */
export interface Anchor {
  readonly witness: string
  readonly start: number
  readonly end: number
  readonly original: string
  readonly before: string
  readonly after: string
  /** sha256 (hex) of the witness text when the decision was made. */
  readonly textHash: string
}

/** One line of decisions.jsonl. */
export interface DecisionEvent {
  /** Format version of the line. */
  readonly v: 1
  /** 1, 2, 3… in file order. */
  readonly seq: number
  /** ISO 8601 time of the decision. */
  readonly at: string
  readonly action: DecisionAction
  readonly targetKind: TargetKind
  /** Proposal id or variant-location id. */
  readonly target: string
  /** edit: the replacement text; lemma: the chosen reading's text. */
  readonly text?: string
  /** undo: the seq of the event it undoes. */
  readonly undoes?: number
  /** For proposals: where it applies. For variant locations: the passage id goes in `passage`. */
  readonly anchor?: Anchor
  readonly passage?: string
  /** Who decided (an editor's name or initials), when known. */
  readonly resp?: string
  /**
   * approve of a proposal: the replacement approved, so the decision can still be applied (re-anchored) when
   * the normaliser no longer raises the proposal. Added by the review branch (additive).
   */
  readonly replacement?: string
  /** The proposal's rule when decided (for corrections.csv when the proposal is gone). */
  readonly rule?: string
  /** Decisions recorded together (approve a whole rule/group) share the seq of the first one: undo undoes the batch. */
  readonly batch?: number
}

/**
 * A correction as export applies it: an approved (or edited) proposal resolved to offsets in the current
 * witness text.
 */
export interface Correction {
  readonly proposal: string
  readonly witness: string
  readonly start: number
  readonly end: number
  readonly original: string
  /** The approved replacement, or the editor's edited text. */
  readonly replacement: string
  readonly rule: string
  readonly class: ProposalClass | null
  readonly confidence: number | null
  readonly decision: "approve" | "edit"
  readonly decidedAt: string
  readonly resp: string | null
}
