/**
 * Is a witness running text at all? A file of encoded data or a dump saved as .txt (base64, hexadecimal, a
 * minified script) loads as text, and every command then analyses it: its "words" are fragments of the data,
 * and the normaliser proposes inside them ("iT" → it, "t3" → to). Running text in any language written with
 * spaces has one space or line break in every five to eight characters; such data has none, or next to none.
 * (Chinese, Japanese and Thai are written without spaces: a witness in them is not judged so.) Pure.
 */

/** Characters a witness must have before its spaces are judged (a short one may be a list, a title). */
const LEAST_CHARS = 10_000
/** The share of whitespace below which a long witness is no running text (prose: 12–20 %). */
const LEAST_SPACE_SHARE = 0.01

/** The witness's characters and whitespace when it is long and next to no whitespace is in it; null otherwise. */
export function notRunningText(text: string): { readonly chars: number; readonly spaces: number } | null {
  if (text.length < LEAST_CHARS) return null
  let spaces = 0
  let unspaced = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x3000) spaces++
    // (kana, CJK ideographs, Thai)
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0x0e00 && c <= 0x0e7f)) unspaced++
  }
  return spaces < LEAST_SPACE_SHARE * text.length && unspaced < LEAST_SPACE_SHARE * text.length ? { chars: text.length, spaces } : null
}
