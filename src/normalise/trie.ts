/**
 * A trie of the known words, for finding the words one plain edit or one OCR confusion away from a string
 * without building and looking up every edited string (a word of n letters has about 54·n plain edits and
 * a double confusion search tries about a hundred strings per word, nearly all unknown). The walks leave a
 * branch as soon as no known word starts with what has been read, and report only the strings that are
 * words. A trie built with its backward trie (the same words written backwards) also knows which words
 * end with what is left to read: an edit is then tried only where some word ends with the rest of the
 * string, with only the letters that may precede that ending. Pure; built once per Lexicon.
 *
 * Layout: nodes numbered breadth first, so that the children of a node are consecutive and sorted by their
 * character (UTF-16 code unit): `first[n]` is the first child of n, `count[n]` how many, `label[c]` the
 * character leading to c; `end[c]` is 0 unless the path to c spells a word, and then 1 plus the word's tags
 * (bits 1–7, given by the builder: what the Lexicon knows of the word, so that a walk's caller can judge
 * the words it is told of without looking them up again); `below[n]` and `before[n]` index a node's
 * letters, so that the child for a letter is found without a search (see `letterIndex`). 15 bytes a node.
 */

export interface WordTrie {
  readonly arrays: TrieArrays
  /**
   * The trie of the same words written backwards, when built with it (`buildTrie`'s `backward`): the walks
   * then know, before trying a letter at a position, whether any word ends with what stands after it, and
   * which letters may precede that ending (the same words reported, in the same order, far fewer tried).
   */
  readonly backward?: TrieArrays
  /** Is `w` one of the words? */
  has(w: string): boolean
  /** 0 when `w` is none of the words, else 1 + its tags (see `buildTrieArrays`). */
  find(w: string): number
  /**
   * Does a word start with s and go on for at least `more` letters after it? (`reversed`: with s read from
   * its end, as a trie of words written backwards asks whether a word ends with s.)
   */
  continues(s: string, more: number, reversed?: boolean): boolean
  /** Each k from 1 to s.length at which s[0..k) is a word, in order, with that word's tags. */
  prefixes(s: string, emit: (k: number, tags: number) => void): void
  /**
   * Every word of the trie one plain edit (deletion, adjacent transposition, insertion or substitution of a
   * letter of `alphabet`) away from `s`, in the order of the edits: by position, then deletion,
   * transposition, and per letter insertion then substitution (`alphabet` must be sorted). A string reached
   * by two edits is reported twice (as the edits are); `s` itself is reported when a transposition of two
   * equal letters gives it.
   */
  oneEdit(s: string, alphabet: string, emit: (word: string, kind: EditKind, at: number, ch: string, tags: number) => void): void
  /**
   * May a word of the trie lie one plain edit away from s with s[at, at + length) read as `to`? False only
   * when none can: when the longest start of that string that starts a word and the longest end of it that
   * ends one leave more than two letters between them, which one edit cannot bridge. (Asked without making
   * the string; always true without a backward trie.)
   */
  oneEditMay(s: string, at: number, length: number, to: string): boolean
  /**
   * For each variant of `s` (in order: a string `form` that reads as s up to `at` and differs from there,
   * s with a stretch at `at` replaced), every word of the trie one plain edit away from the variant, as
   * `oneEdit` of the form reports them (the same words, edits, positions and tags), with the variant's
   * index f; in no particular order. Cheaper than a walk per variant: an edit before the point where a
   * variant parts from s is tried once for all the variants, which read the same letters up to there.
   */
  confusedEdits(
    s: string,
    variants: ReadonlyArray<{ readonly at: number; readonly form: string }>,
    alphabet: string,
    emit: (f: number, word: string, kind: EditKind, at: number, ch: string, tags: number) => void
  ): void
  /**
   * Every word of the trie that one replacement of `rules` (k: `rules[k][0]` read as `rules[k][1]`) turns
   * `s` into, with k and the position replaced: by position, then by k. A word reached twice is reported twice.
   * (Both walks also pass the word's tags: see `buildTrieArrays`.)
   */
  replacements(s: string, rules: ReplacementRules, emit: (word: string, k: number, at: number, tags: number) => void): void
  /**
   * Every word of the trie that two successive replacements make of `s`: rule k1 at a1 in s, then rule k2
   * at b in the result, as `replacements` of each one-replacement string would report them (each (k1, a1,
   * k2, b) once), in no particular order. Cheaper than a walk per one-replacement string: two replacements
   * apart from each other are found once, by one walk along s (and reported in both orders), and only those
   * that touch each other are looked for per string.
   */
  twoReplacements(s: string, rules: ReplacementRules, emit: (word: string, k1: number, a1: number, k2: number, b: number, tags: number) => void): void
}

/** deletion of s[at], transposition of s[at] and s[at+1], insertion of ch before s[at], substitution of s[at] by ch. */
export type EditKind = "del" | "swap" | "ins" | "sub"

/** s with the edit applied. */
export function editedWord(s: string, kind: EditKind, at: number, ch: string): string {
  if (kind === "del") return s.slice(0, at) + s.slice(at + 1)
  if (kind === "swap") return s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2)
  if (kind === "ins") return s.slice(0, at) + ch + s.slice(at)
  return s.slice(0, at) + ch + s.slice(at + 1)
}

/**
 * The order in which `oneEdit` reports the edits at one position: deletion, transposition, then per letter
 * (in code order) insertion and substitution. Sorting by (at, editOrder) gives its order over a whole walk.
 */
export function editOrder(kind: EditKind, ch: string): number {
  return kind === "del" ? 0 : kind === "swap" ? 1 : 2 * ch.charCodeAt(0) + (kind === "ins" ? 2 : 3)
}

/** Replacement rules ([from, to] pairs) indexed by the first character of `from`, for `replacements`. */
export interface ReplacementRules {
  readonly pairs: ReadonlyArray<readonly [string, string]>
  /**
   * By character code (up to the highest that starts a `from`): the indices k of the rules whose `from`
   * starts with it, ascending (see `rulesStartingWith`)
   */
  readonly byFirst: ReadonlyArray<ReadonlyArray<number>>
  /** The length of the longest `from`. */
  readonly longest: number
  /**
   * Per rule k1, the rules k2 that may apply right after it so as to take letters of its result: pairs
   * [d, k2] for k2 placed d places after where k1 was applied (d < 0: before it), its `from` overlapping
   * k1's `to` and agreeing with it there (the letters outside `to` are the string's, to be checked).
   */
  readonly overlaps: ReadonlyArray<ReadonlyArray<readonly [number, number]>>
}

const NO_RULES: ReadonlyArray<number> = []

/** The rules whose `from` starts with the character code c. */
export function rulesStartingWith(rules: ReplacementRules, c: number): ReadonlyArray<number> {
  return c < rules.byFirst.length ? rules.byFirst[c]! : NO_RULES
}

export function replacementRules(pairs: ReadonlyArray<readonly [string, string]>): ReplacementRules {
  let highest = -1
  for (const [from] of pairs) highest = Math.max(highest, from.charCodeAt(0))
  const byFirst: number[][] = Array.from({ length: highest + 1 }, () => [])
  pairs.forEach(([from], k) => byFirst[from.charCodeAt(0)]!.push(k))
  const longest = pairs.reduce((m, [from]) => Math.max(m, from.length), 0)
  const overlaps = pairs.map(([, to1]) => {
    const list: Array<readonly [number, number]> = []
    for (let d = 1 - longest; d < to1.length; d++)
      pairs.forEach(([from2], k2) => {
        if (d + from2.length <= 0) return
        for (let c = 0; c < from2.length; c++) if (d + c >= 0 && d + c < to1.length && from2[c] !== to1[d + c]) return
        list.push([d, k2])
      })
    return list
  })
  return { pairs, byFirst, longest, overlaps }
}

/** The code unit at x of s with a replacement by `to` at i (the string then longer by `shift`), without making it. */
function replacedAt(s: string, i: number, to: string, shift: number, x: number): number {
  return x < i ? s.charCodeAt(x) : x < i + to.length ? to.charCodeAt(x - i) : s.charCodeAt(x - shift)
}

/** The arrays of a trie (see the layout above), to store and to load without building it again. */
export interface TrieArrays {
  readonly first: Int32Array
  readonly count: Uint16Array
  readonly label: Uint16Array
  readonly end: Uint8Array
  /** The letters a–z among each node's children, as a bit set (bit 0 for "a"). */
  readonly below: Int32Array
  /** How many of each node's children come before its letters (labels below "a": apostrophes, digits). */
  readonly before: Uint16Array
}

/**
 * `below` and `before` of the trie whose children are given by first, count and label: a lookup of a
 * letter's child tests one bit and counts the bits below it instead of searching the children (see
 * `trieOf`). Made with the trie and kept with it (a fresh process would spend more computing them than
 * reading them).
 */
function letterIndex(first: Int32Array, count: Uint16Array, label: Uint16Array): { below: Int32Array; before: Uint16Array } {
  const below = new Int32Array(first.length)
  const before = new Uint16Array(first.length)
  for (let n = 0; n < first.length; n++) {
    const hi = first[n]! + count[n]!
    let bits = 0
    let lower = 0
    for (let c = first[n]!; c < hi; c++) {
      const l = label[c]!
      if (l >= 97 && l <= 122) bits |= 1 << (l - 97)
      else if (l < 97) lower++
    }
    below[n] = bits
    before[n] = lower
  }
  return { below, before }
}

/** The trie of `words`; with `backward`, also the trie of the words written backwards (see `WordTrie.backward`). */
export function buildTrie(words: Iterable<string>, tagsOf?: (w: string) => number, options?: { readonly backward?: boolean }): WordTrie {
  const list = [...words]
  return trieOf(buildTrieArrays(list, tagsOf), options?.backward === true ? buildTrieArrays(list.map(backwards)) : undefined)
}

/** s written backwards, by code unit (the words of a backward trie, and the strings asked of it). */
export function backwards(s: string): string {
  let r = ""
  for (let i = s.length - 1; i >= 0; i--) r += s[i]
  return r
}

/**
 * The arrays of the trie of `words`; `tagsOf`, when given, tags each word (even numbers below 256: bit 0
 * marks a word), and the walks pass a word's tags to their callers.
 */
export function buildTrieArrays(words: Iterable<string>, tagsOf?: (w: string) => number): TrieArrays {
  const sorted = [...new Set(words)].filter((w) => w.length > 0).sort()
  // 1. a trie in preorder from the sorted words: parent and label of each node, its children linked in order
  let size = 1
  for (let k = 0; k < sorted.length; k++) size += sorted[k]!.length
  const parentOf = new Int32Array(size)
  const labelOf = new Uint16Array(size)
  const isEnd = new Uint8Array(size)
  const firstChild = new Int32Array(size).fill(-1)
  const lastChild = new Int32Array(size).fill(-1)
  const nextSibling = new Int32Array(size).fill(-1)
  let nodes = 1
  const path: number[] = [0]
  let prev = ""
  for (const w of sorted) {
    let common = 0
    while (common < w.length && common < prev.length && w.charCodeAt(common) === prev.charCodeAt(common)) common++
    path.length = common + 1
    for (let i = common; i < w.length; i++) {
      const p = path[i]!
      const c = nodes++
      parentOf[c] = p
      labelOf[c] = w.charCodeAt(i)
      if (firstChild[p] === -1) firstChild[p] = c
      else nextSibling[lastChild[p]!] = c
      lastChild[p] = c
      path.push(c)
    }
    const tags = tagsOf === undefined ? 0 : tagsOf(w)
    if ((tags & ~0xfe) !== 0) throw new Error(`tags of ${JSON.stringify(w)} out of range: ${tags}`)
    isEnd[path[w.length]!] = 1 | tags
    prev = w
  }
  // 2. renumbered breadth first: the children of each node consecutive
  const order = new Int32Array(nodes)
  const first = new Int32Array(nodes)
  const count = new Uint16Array(nodes)
  const label = new Uint16Array(nodes)
  const end = new Uint8Array(nodes)
  let head = 0
  let tail = 1
  order[0] = 0
  while (head < tail) {
    const old = order[head]!
    const n = head++
    end[n] = isEnd[old]!
    first[n] = tail
    for (let c = firstChild[old]!; c !== -1; c = nextSibling[c]!) {
      label[tail] = labelOf[c]!
      order[tail++] = c
      count[n] = count[n]! + 1
    }
  }
  return { first, count, label, end, ...letterIndex(first, count, label) }
}

/**
 * The function that finds a node's child for a character code in a trie's arrays, or -1 (for a node below
 * 0 as well). A letter's child is found at its rank among the node's letters, after the children below
 * "a": siblings are consecutive and sorted; most look-ups fail, answered by the bit set alone.
 */
function childFinder(arrays: TrieArrays): (n: number, code: number) => number {
  const { first, count, label, below } = arrays
  return (n, code) => {
    if (n < 0) return -1
    if (code >= 97 && code <= 122) {
      const bit = 1 << (code - 97)
      return (below[n]! & bit) === 0 ? -1 : childByBit(arrays, n, bit)
    }
    let lo = first[n]!
    const k = count[n]!
    if (k > 6) {
      // (a wide node, near the root: binary search)
      let hi = lo + k - 1
      while (lo <= hi) {
        const mid = (lo + hi) >> 1
        const l = label[mid]!
        if (l === code) return mid
        if (l < code) lo = mid + 1
        else hi = mid - 1
      }
      return -1
    }
    const hi = lo + k
    for (; lo < hi; lo++) {
      const l = label[lo]!
      if (l === code) return lo
      if (l > code) return -1
    }
    return -1
  }
}

/** The child of node n for the letter of the single bit `bit` (see `TrieArrays.below`), which n must have. */
function childByBit(arrays: TrieArrays, n: number, bit: number): number {
  return arrays.first[n]! + arrays.before[n]! + bitsBelow(arrays.below[n]!, bit)
}

/** The letter a–z of the single bit `bit` (bit 0: "a"). */
function letterOfBit(bit: number): string {
  return String.fromCharCode(97 + 31 - Math.clz32(bit))
}

/** The letters of `bits` but the character `code` (when it is one of a–z). */
function withoutLetter(bits: number, code: number): number {
  return code >= 97 && code <= 122 ? bits & ~(1 << (code - 97)) : bits
}

/** How many bits of `bits` are below the single bit `bit` (a population count). */
function bitsBelow(bits: number, bit: number): number {
  let x = bits & (bit - 1)
  x = x - ((x >>> 1) & 0x55555555)
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  x = (x + (x >>> 4)) & 0x0f0f0f0f
  return Math.imul(x, 0x01010101) >>> 24
}

/** The bit of each letter a–z of `alphabet` (bit 0 for "a"), or -1 when it has another character. */
function letterBits(alphabet: string): number {
  let bits = 0
  for (let a = 0; a < alphabet.length; a++) {
    const code = alphabet.charCodeAt(a)
    if (code < 97 || code > 122) return -1
    bits |= 1 << (code - 97)
  }
  return bits
}

/**
 * The trie over its arrays; `backward`, when given, must be the trie of the same words written backwards
 * (see `WordTrie.backward`).
 */
export function trieOf(arrays: TrieArrays, backward?: TrieArrays): WordTrie {
  const { first, count, label, end, below } = arrays
  const child = childFinder(arrays)
  const childBack = backward === undefined ? undefined : childFinder(backward)
  const belowBack = backward?.below
  /** Is there a node `levels` levels below m? (Every node lies on the way to a word.) */
  const down = (m: number, levels: number): boolean => {
    if (levels === 0) return true
    for (let c = first[m]!, hi = first[m]! + count[m]!; c < hi; c++) if (down(c, levels - 1)) return true
    return false
  }
  /** The node reached from n by the letters of t before `upTo`, or -1. */
  const along = (n: number, t: string, upTo = t.length): number => {
    for (let j = 0; j < upTo && n >= 0; j++) n = child(n, t.charCodeAt(j))
    return n
  }
  /** Does s[from..] lead from node n to the end of a word? Its `end` value (1 + tags), else 0. */
  const rest = (n: number, s: string, from: number): number => {
    for (let i = from; i < s.length && n >= 0; i++) n = child(n, s.charCodeAt(i))
    return n >= 0 ? end[n]! : 0
  }
  /**
   * The endings of s in the backward trie, into `into` from `base`: at base + j the node of s[j..) read
   * backwards (-1 when no word ends with it), for j from 0 to s.length. Only with a backward trie.
   */
  const endingsOf = (s: string, into: Int32Array, base: number) => {
    let n = 0
    into[base + s.length] = 0
    for (let j = s.length - 1; j >= 0; j--) into[base + j] = n = childBack!(n, s.charCodeAt(j))
  }
  /**
   * The endings of s (see `endingsOf`) in the scratch space, or undefined without a backward trie. (The
   * searches of one word ask for them several times: kept until the scratch space is used otherwise.)
   */
  const endings = (s: string): Int32Array | undefined => {
    if (childBack === undefined) return undefined
    if (endsOf === s) return scratch
    const ends = room(s.length + 1)
    endingsOf(s, ends, 0)
    endsOf = s
    return ends
  }
  /** The string whose endings the scratch space holds from 0, if any. */
  let endsOf: string | undefined
  /**
   * May some word end with `to` followed by s[j..) (`ends`: the endings of s)? Without a backward trie,
   * always: the walk finds out. (Asks the backward trie for the ending and the last letter of `to`.)
   */
  const mayEnd = (ends: Int32Array | undefined, j: number, to: string): boolean => {
    if (ends === undefined) return true
    const x = ends[j]!
    return x >= 0 && (to.length === 0 || childBack!(x, to.charCodeAt(to.length - 1)) >= 0)
  }
  /** Scratch space for `endingsOf` (walks are not re-entered: their callers' callbacks do not walk). */
  let scratch = new Int32Array(64)
  const room = (size: number) => {
    endsOf = undefined
    if (scratch.length < size) scratch = new Int32Array(2 * size)
    return scratch
  }
  /** Scratch space for the variant lists of `confusedEdits`. */
  let listScratch = new Int32Array(64)
  const listRoom = (size: number) => {
    if (listScratch.length < size) listScratch = new Int32Array(2 * size)
    return listScratch
  }
  /** alphabet → its letters as bits (see `letterBits`) */
  const masks = new Map<string, number>()
  const maskOf = (alphabet: string): number => {
    let m = masks.get(alphabet)
    if (m === undefined) masks.set(alphabet, (m = letterBits(alphabet)))
    return m
  }
  /** alphabet → its letters' codes marked (for `oneEdit`) */
  const alphabets = new Map<string, Uint8Array>()
  const lettersOf = (alphabet: string): Uint8Array => {
    let letters = alphabets.get(alphabet)
    if (letters === undefined) {
      let highest = 0
      for (let a = 0; a < alphabet.length; a++) highest = Math.max(highest, alphabet.charCodeAt(a))
      letters = new Uint8Array(highest + 1)
      for (let a = 0; a < alphabet.length; a++) letters[alphabet.charCodeAt(a)] = 1
      alphabets.set(alphabet, letters)
    }
    return letters
  }
  /**
   * The walk of `oneEdit` over the edits at positions from `from` on (and the transposition at from − 1),
   * the prefix before them only followed (from node `start`, that of s[0..from − 1), when given); each
   * word reported with `f` (the variant's index for `confusedEdits`).
   * With a backward trie (`ends`: the endings of s from `base`, see `endingsOf`; `mask`: the alphabet's
   * letters, see `letterBits`), an edit is tried only where some word ends with what follows it, and a
   * letter only if such an ending may follow it: the same words, found with far fewer look-ups.
   */
  const editsFrom = (
    s: string,
    letters: Uint8Array,
    from: number,
    f: number,
    emit: (f: number, word: string, kind: EditKind, at: number, ch: string, tags: number) => void,
    mask = -1,
    ends?: Int32Array,
    base = 0,
    start = -1
  ) => {
    const len = s.length
    let i0 = 0
    let p = 0 // the node of s[0..i)
    if (start >= 0 && from >= 1) {
      i0 = from - 1
      p = start
    }
    for (let i = i0; i <= len; i++) {
      if (i > i0) {
        p = child(p, s.charCodeAt(i - 1))
        // no word starts with s[0..i): no edit at i or later can reach one
        if (p < 0) return
      }
      if (i < from - 1) continue
      let e = 0
      if (ends !== undefined && mask >= 0) {
        // (whether a word ends with s[j..): ends[base + j] ≥ 0)
        if (i >= from) {
          e = i < len && ends[base + i + 1]! >= 0 ? rest(p, s, i + 1) : 0
          if (e !== 0) emit(f, editedWord(s, "del", i, ""), "del", i, "", e - 1)
        }
        e = i < len - 1 && ends[base + i + 2]! >= 0 ? rest(child(child(p, s.charCodeAt(i + 1)), s.charCodeAt(i)), s, i + 2) : 0
        if (e !== 0) emit(f, editedWord(s, "swap", i, ""), "swap", i, "", e - 1)
        if (i < from) continue
        // the letters that may stand at i: children of p that may precede an ending of s
        const here = below[p]! & mask
        const afterIns = ends[base + i]!
        const afterSub = i < len ? ends[base + i + 1]! : -1
        const own = i < len ? s.charCodeAt(i) : -1
        const ins = afterIns >= 0 ? here & belowBack![afterIns]! : 0
        const sub = afterSub >= 0 ? withoutLetter(here & belowBack![afterSub]!, own) : 0
        for (let todo = ins | sub; todo !== 0; todo &= todo - 1) {
          const bit = todo & -todo
          const c = childByBit(arrays, p, bit)
          const ch = letterOfBit(bit)
          e = (ins & bit) !== 0 ? rest(c, s, i) : 0
          if (e !== 0) emit(f, editedWord(s, "ins", i, ch), "ins", i, ch, e - 1)
          e = (sub & bit) !== 0 ? rest(c, s, i + 1) : 0
          if (e !== 0) emit(f, editedWord(s, "sub", i, ch), "sub", i, ch, e - 1)
        }
        continue
      }
      if (i >= from) {
        e = i < len ? rest(p, s, i + 1) : 0
        if (e !== 0) emit(f, editedWord(s, "del", i, ""), "del", i, "", e - 1)
      }
      e = i < len - 1 ? rest(child(child(p, s.charCodeAt(i + 1)), s.charCodeAt(i)), s, i + 2) : 0
      if (e !== 0) emit(f, editedWord(s, "swap", i, ""), "swap", i, "", e - 1)
      if (i < from) continue
      const own = i < len ? s.charCodeAt(i) : -1
      // (the children of p in order are the letters to insert or substitute: those of the alphabet)
      const hi = first[p]! + count[p]!
      for (let c = first[p]!; c < hi; c++) {
        const code = label[c]!
        if (code >= letters.length) break
        if (letters[code] !== 1) continue
        const ch = String.fromCharCode(code)
        e = rest(c, s, i)
        if (e !== 0) emit(f, editedWord(s, "ins", i, ch), "ins", i, ch, e - 1)
        e = i < len && code !== own ? rest(c, s, i + 1) : 0
        if (e !== 0) emit(f, editedWord(s, "sub", i, ch), "sub", i, ch, e - 1)
      }
    }
  }
  return {
    arrays,
    ...(backward === undefined ? {} : { backward }),
    has: (w) => w.length > 0 && rest(0, w, 0) !== 0,
    find: (w) => (w.length > 0 ? rest(0, w, 0) : 0),
    oneEditMay: (s, at, length, to) => {
      if (childBack === undefined) return true
      const size = s.length - length + to.length
      // the longest start that starts a word: s's letters before `at`, then `to`, then s's after the stretch
      let p = 0
      let n = 0
      for (let j = 0; j < at && n >= 0; j++) if ((n = child(n, s.charCodeAt(j))) >= 0) p++
      for (let j = 0; j < to.length && n >= 0; j++) if ((n = child(n, to.charCodeAt(j))) >= 0) p++
      for (let j = at + length; j < s.length && n >= 0; j++) if ((n = child(n, s.charCodeAt(j))) >= 0) p++
      if (n >= 0) return true
      // the longest end that ends one, read backwards in the same way (from the endings of s)
      const ends = endings(s)!
      let e = 0
      n = 0
      for (let j = s.length - 1; j >= at + length && n >= 0; j--) if ((n = ends[j]!) >= 0) e++
      for (let j = to.length - 1; j >= 0 && n >= 0; j--) if ((n = childBack(n, to.charCodeAt(j))) >= 0) e++
      for (let j = at - 1; j >= 0 && n >= 0; j--) if ((n = childBack(n, s.charCodeAt(j))) >= 0) e++
      return p + e >= size - 2
    },
    continues: (s, more, reversed = false) => {
      let n = 0
      if (!reversed) n = along(0, s)
      else for (let j = s.length - 1; j >= 0 && n >= 0; j--) n = child(n, s.charCodeAt(j))
      return n >= 0 && down(n, more)
    },
    prefixes: (s, emit) => {
      let n = 0
      for (let i = 0; i < s.length; i++) {
        n = child(n, s.charCodeAt(i))
        if (n < 0) return
        if (end[n] !== 0) emit(i + 1, end[n]! - 1)
      }
    },
    oneEdit: (s, alphabet, emit) => {
      const mask = childBack === undefined ? -1 : maskOf(alphabet)
      const report = (_f: number, word: string, kind: EditKind, at: number, ch: string, tags: number) => emit(word, kind, at, ch, tags)
      if (mask < 0) return editsFrom(s, lettersOf(alphabet), 0, -1, report)
      editsFrom(s, lettersOf(alphabet), 0, -1, report, mask, endings(s))
    },
    confusedEdits: (s, variants, alphabet, emit) => {
      const letters = lettersOf(alphabet)
      const mask = childBack === undefined ? -1 : maskOf(alphabet)
      const len = s.length
      // the variants by the position where they part from s: a list per position, its first variant at
      // lists[at] (-1: none) and each one's next at lists[len + 1 + f] (in the scratch space of lists)
      let lastAt = -1
      let longest = len
      const lists = listRoom(len + 1 + variants.length)
      lists.fill(-1, 0, len + 1)
      for (let f = variants.length - 1; f >= 0; f--) {
        const v = variants[f]!
        lists[len + 1 + f] = lists[v.at]!
        lists[v.at] = f
        if (v.at > lastAt) lastAt = v.at
        if (v.form.length > longest) longest = v.form.length
      }
      // with a backward trie: the endings of each variant (from f · stride), and the nodes of s's prefixes
      // (from `paths`: that of s[0..j) at paths + j)
      const stride = longest + 1
      const paths = variants.length * stride
      const ends = mask < 0 ? undefined : room(paths + len + 1)
      if (ends !== undefined) {
        for (let f = 0; f < variants.length; f++) endingsOf(variants[f]!.form, ends, f * stride)
        let n = 0
        ends[paths] = 0
        for (let j = 1; j <= len; j++) ends[paths + j] = n = child(n, s.charCodeAt(j - 1))
      }
      /**
       * From node n, having read (with the edit `kind` at `at`, letter `ch`) what stands before position q
       * of s: read on in s, and at each position k ≥ minAt where variants part from s, read each variant's
       * rest from there (for those variants, s and the variant agree up to k), and report the words reached.
       * With a backward trie, a variant is read only if a word ends with its letters from `need` on, and
       * they may follow `bit`, the letter inserted or substituted (0: none).
       * (No callback: a closure per edit tried would be most of the walk's garbage.)
       */
      const branch = (n: number, q: number, minAt: number, kind: EditKind, at: number, ch: string, need: number, bit: number) => {
        for (let k = q; k <= lastAt; k++) {
          if (k >= minAt)
            for (let f = lists[k]!; f >= 0; f = lists[len + 1 + f]!) {
              if (ends !== undefined) {
                const x = ends[f * stride + need]!
                if (x < 0 || (bit !== 0 && (belowBack![x]! & bit) === 0)) continue
              }
              const v = variants[f]!.form
              const e = rest(n, v, k)
              if (e !== 0) emit(f, editedWord(v, kind, at, ch), kind, at, ch, e - 1)
            }
          n = child(n, s.charCodeAt(k))
          if (n < 0) return
        }
      }
      // edits at i before the stretch a variant replaces (at > i; a transposition, at > i + 1): shared
      let p = 0 // the node of s[0..i)
      for (let i = 0; i < lastAt; i++) {
        if (i > 0) {
          p = child(p, s.charCodeAt(i - 1))
          if (p < 0) break
        }
        const own = s.charCodeAt(i)
        if (ends !== undefined) {
          // (the letters that may be inserted or substituted at i: those that may precede an ending of a
          // variant that parts from s after i; the deletion and the transposition only if some ending fits)
          let ins = 0
          let sub = 0
          let del = false
          let swap = false
          for (let f = 0; f < variants.length; f++) {
            const at = variants[f]!.at
            if (at <= i) continue
            const base = f * stride
            const x = ends[base + i]!
            const y = ends[base + i + 1]!
            if (x >= 0) ins |= belowBack![x]!
            if (y >= 0) {
              sub |= belowBack![y]!
              del = true
            }
            if (at > i + 1 && ends[base + i + 2]! >= 0) swap = true
          }
          if (del) branch(p, i + 1, i + 1, "del", i, "", i + 1, 0)
          if (swap && i < len - 1) branch(child(child(p, s.charCodeAt(i + 1)), s.charCodeAt(i)), i + 2, i + 2, "swap", i, "", i + 2, 0)
          const here = below[p]! & mask
          ins &= here
          sub = withoutLetter(sub & here, own)
          for (let todo = ins | sub; todo !== 0; todo &= todo - 1) {
            const bit = todo & -todo
            const c = childByBit(arrays, p, bit)
            const ch = letterOfBit(bit)
            if ((ins & bit) !== 0) branch(c, i, i + 1, "ins", i, ch, i, bit)
            if ((sub & bit) !== 0) branch(c, i + 1, i + 1, "sub", i, ch, i + 1, bit)
          }
          continue
        }
        branch(p, i + 1, i + 1, "del", i, "", 0, 0)
        if (i < len - 1) branch(child(child(p, s.charCodeAt(i + 1)), s.charCodeAt(i)), i + 2, i + 2, "swap", i, "", 0, 0)
        const hi = first[p]! + count[p]!
        for (let c = first[p]!; c < hi; c++) {
          const code = label[c]!
          if (code >= letters.length || letters[code] !== 1) continue
          const ch = String.fromCharCode(code)
          branch(c, i, i + 1, "ins", i, ch, 0, 0)
          if (code !== own) branch(c, i + 1, i + 1, "sub", i, ch, 0, 0)
        }
      }
      // edits at or after the stretch (and the transposition that takes its first letter): per variant
      // (with a backward trie, from the node of the prefix the variant shares with s)
      for (let f = 0; f < variants.length; f++) {
        const v = variants[f]!
        if (ends === undefined) editsFrom(v.form, letters, v.at, f, emit)
        else if (v.at === 0) editsFrom(v.form, letters, 0, f, emit, mask, ends, f * stride)
        else if (ends[paths + v.at - 1]! >= 0) editsFrom(v.form, letters, v.at, f, emit, mask, ends, f * stride, ends[paths + v.at - 1]!)
      }
    },
    replacements: (s, rules, emit) => {
      const len = s.length
      const ends = endings(s)
      let p = 0 // the node of s[0..i)
      for (let i = 0; i < len; i++) {
        if (i > 0) {
          p = child(p, s.charCodeAt(i - 1))
          if (p < 0) return
        }
        const ks = rulesStartingWith(rules, s.charCodeAt(i))
        for (const k of ks) {
          const [from, to] = rules.pairs[k]!
          if (!s.startsWith(from, i) || !mayEnd(ends, i + from.length, to)) continue
          const e = rest(along(p, to), s, i + from.length)
          if (e !== 0) emit(s.slice(0, i) + to + s.slice(i + from.length), k, i, e - 1)
        }
      }
    },
    twoReplacements: (s, rules, emit) => {
      const { pairs, longest, overlaps } = rules
      const len = s.length
      const ends = endings(s)
      /**
       * The second replacement after the first (rule k1 at a1, read up to node n), apart from it: at each
       * position j of s from j0 on, every rule that applies there; the word is reported in both orders.
       */
      const after = (n: number, j0: number, k1: number, a1: number) => {
        const [from1, to1] = pairs[k1]!
        for (let j = j0; j < len; j++) {
          const ks = rulesStartingWith(rules, s.charCodeAt(j))
          for (const k2 of ks) {
            const [from2, to2] = pairs[k2]!
            if (!s.startsWith(from2, j) || !mayEnd(ends, j + from2.length, to2)) continue
            const e = rest(along(n, to2), s, j + from2.length)
            if (e === 0) continue
            const word = s.slice(0, a1) + to1 + s.slice(a1 + from1.length, j) + to2 + s.slice(j + from2.length)
            emit(word, k1, a1, k2, j + to1.length - from1.length, e - 1)
            emit(word, k2, j, k1, a1, e - 1)
          }
          n = child(n, s.charCodeAt(j))
          if (n < 0) return
        }
      }
      // the nodes of the prefixes of s (path[i]: the node of s[0..i), -1 past the longest that is a trie
      // prefix, `live`); a first replacement beyond it can still make a word with a second one that starts
      // at or before it and takes its letters
      const path: number[] = [0]
      let live = len
      for (let i = 0; i < len && i <= live + longest - 1; i++) {
        const p = path[i]!
        const ks = rulesStartingWith(rules, s.charCodeAt(i))
        for (const k1 of ks) {
          const [from1, to1] = pairs[k1]!
          if (!s.startsWith(from1, i)) continue
          const q = p < 0 ? -1 : along(p, to1)
          if (q >= 0) after(q, i + from1.length, k1, i)
          // a second replacement that takes letters of the first's result: per one-replacement string w1
          // (only the rules that agree with the first's letters; the string's letters around them checked
          // without making w1, until a rule applies)
          const shift = to1.length - from1.length
          let w1: string | undefined
          for (const [d, k2] of overlaps[k1]!) {
            const b = i + d
            const [from2, to2] = pairs[k2]!
            if (b < 0 || b + from2.length > len + shift) continue
            // (what follows the second replacement, when past the first's letters, is s's from there on)
            const y = b + from2.length
            const past = y >= i + to1.length
            if (past && !mayEnd(ends, y - shift, to2)) continue
            let match = true
            for (let c = 0; c < from2.length && match; c++) {
              const x = d + c
              if (x < 0 || x >= to1.length) match = replacedAt(s, i, to1, shift, b + c) === from2.charCodeAt(c)
            }
            if (!match) continue
            const nb = b <= i ? path[b]! : p < 0 ? -1 : along(p, to1, b - i)
            if (nb < 0) continue
            // (the rest of w1 after the second replacement, read without making w1: the first's letters
            // left, then s's)
            let n2 = along(nb, to2)
            let e = 0
            if (past) e = rest(n2, s, y - shift)
            else {
              for (let c = y - i; c < to1.length && n2 >= 0; c++) n2 = child(n2, to1.charCodeAt(c))
              e = rest(n2, s, i + from1.length)
            }
            if (e === 0) continue
            w1 ??= s.slice(0, i) + to1 + s.slice(i + from1.length)
            emit(w1.slice(0, b) + to2 + w1.slice(y), k1, i, k2, b, e - 1)
          }
        }
        const next = p < 0 ? -1 : child(p, s.charCodeAt(i))
        if (next < 0 && live === len) live = i
        path.push(next)
      }
    }
  }
}

/** Bytes a node takes in `encodeTrie`. */
const BYTES_PER_NODE = 4 + 4 + 2 + 2 + 2 + 1

/** A trie's arrays as bytes: Int32 node count, then first, below, count, label, before and end in turn (aligned as read). */
export function encodeTrie(t: TrieArrays): Buffer {
  const n = t.first.length
  const out = Buffer.alloc(4 + n * BYTES_PER_NODE)
  out.writeInt32LE(n, 0)
  let at = 4
  for (const a of [t.first, t.below, t.count, t.label, t.before, t.end]) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at)
    at += a.byteLength
  }
  return out
}

export function decodeTrie(b: Buffer): TrieArrays {
  const n = b.readInt32LE(0)
  if (b.length !== 4 + n * BYTES_PER_NODE) throw new Error("a damaged cache")
  // (read in place when the bytes start on a multiple of 4, as a file read whole does: every part then
  // starts where its typed array may; else copied into fresh buffers)
  const aligned = b.byteOffset % 4 === 0
  const part = (from: number, bytes: number): [ArrayBuffer, number] => {
    if (aligned) return [b.buffer as ArrayBuffer, b.byteOffset + from]
    const copy = new Uint8Array(bytes)
    copy.set(b.subarray(from, from + bytes))
    return [copy.buffer, 0]
  }
  let at = 4
  const first = new Int32Array(...part(at, n * 4), n)
  const below = new Int32Array(...part((at += n * 4), n * 4), n)
  const count = new Uint16Array(...part((at += n * 4), n * 2), n)
  const label = new Uint16Array(...part((at += n * 2), n * 2), n)
  const before = new Uint16Array(...part((at += n * 2), n * 2), n)
  const end = new Uint8Array(...part((at += n * 2), n), n)
  return { first, count, label, end, below, before }
}
