/**
 * A trie of the reference vocabulary, for finding the words one plain edit away from a string without
 * building and looking up every edited string (a word of n letters has about 54·n of them, nearly all
 * unknown). Walks the edits in the very order `oneEdit` in confusions.ts generates them, so the words found
 * come in that order with the same weights and patterns. Pure; built once per Lexicon.
 */

export interface WordTrie {
  /** Is `w` one of the words? */
  has(w: string): boolean
  /**
   * Every word of the trie one plain edit (deletion, adjacent transposition, insertion or substitution of a
   * letter of `alphabet`) away from `s`, in the order of the edits: by position, then deletion,
   * transposition, and per letter insertion then substitution. A string reached by two edits is reported
   * twice (as the edits are); `s` itself is reported when a transposition of two equal letters gives it.
   */
  oneEdit(s: string, alphabet: string, emit: (word: string, kind: EditKind, at: number, ch: string) => void): void
}

/** deletion of s[at], transposition of s[at] and s[at+1], insertion of ch before s[at], substitution of s[at] by ch. */
export type EditKind = "del" | "swap" | "ins" | "sub"

/** Child slots per node: the letters a–z directly; other characters through a map. */
const SLOTS = 26

export function buildTrie(words: Iterable<string>): WordTrie {
  // node 0 is the root; letters[n * 26 + (code - 97)] = child + 1 (0: none); other edges in `others`
  let letters = new Int32Array(SLOTS * 4096)
  const others = new Map<string, number>()
  const ends: boolean[] = [false]
  for (const w of words) {
    let n = 0
    for (let i = 0; i < w.length; i++) {
      const code = w.charCodeAt(i)
      let c: number
      if (code >= 97 && code <= 122) {
        const k = n * SLOTS + code - 97
        c = letters[k]! - 1
        if (c < 0) {
          c = ends.length
          ends.push(false)
          if ((c + 1) * SLOTS > letters.length) {
            const grown = new Int32Array(letters.length * 2)
            grown.set(letters)
            letters = grown
          }
          letters[k] = c + 1
        }
      } else {
        const k = `${n}:${code}`
        c = others.get(k) ?? -1
        if (c < 0) {
          c = ends.length
          ends.push(false)
          if ((c + 1) * SLOTS > letters.length) {
            const grown = new Int32Array(letters.length * 2)
            grown.set(letters)
            letters = grown
          }
          others.set(k, c)
        }
      }
      n = c
    }
    ends[n] = true
  }
  const table = letters
  const child = (n: number, code: number): number => {
    if (n < 0) return -1
    if (code >= 97 && code <= 122) return table[n * SLOTS + code - 97]! - 1
    return others.get(`${n}:${code}`) ?? -1
  }
  /** Does s[from..] lead from node n to the end of a word? */
  const rest = (n: number, s: string, from: number): boolean => {
    for (let i = from; i < s.length && n >= 0; i++) n = child(n, s.charCodeAt(i))
    return n >= 0 && ends[n] === true
  }
  return {
    has: (w) => rest(0, w, 0),
    oneEdit: (s, alphabet, emit) => {
      const len = s.length
      let p = 0 // the node of s[0..i)
      for (let i = 0; i <= len; i++) {
        if (i > 0) {
          p = child(p, s.charCodeAt(i - 1))
          // no word starts with s[0..i): no edit at i or later can reach one
          if (p < 0) return
        }
        if (i < len && rest(p, s, i + 1)) emit(s.slice(0, i) + s.slice(i + 1), "del", i, "")
        if (i < len - 1 && rest(child(child(p, s.charCodeAt(i + 1)), s.charCodeAt(i)), s, i + 2))
          emit(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2), "swap", i, "")
        const own = i < len ? s.charCodeAt(i) : -1
        for (let a = 0; a < alphabet.length; a++) {
          const code = alphabet.charCodeAt(a)
          const c = child(p, code)
          if (c < 0) continue
          const ch = alphabet[a]!
          if (rest(c, s, i)) emit(s.slice(0, i) + ch + s.slice(i), "ins", i, ch)
          if (i < len && code !== own && rest(c, s, i + 1)) emit(s.slice(0, i) + ch + s.slice(i + 1), "sub", i, ch)
        }
      }
    }
  }
}
