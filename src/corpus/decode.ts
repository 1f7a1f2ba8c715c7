/**
 * Bytes → text, pure. Recognises UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and falls back to
 * Windows-1252 (a superset of Latin-1's printable range) when the bytes are not valid UTF-8.
 * Refuses binary files (NUL bytes outside UTF-16).
 */
import iconv from "iconv-lite"
import type { Encoding } from "../domain/model.ts"

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: Encoding }
  | { readonly ok: false; readonly problem: "binary" | "bad-encoding"; readonly detail: string }

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })

/** How many bytes to scan for NULs when deciding that a file is binary. */
const BINARY_SCAN = 64 * 1024

export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decodeUtf16(bytes.subarray(2), "utf-16le")
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeUtf16(bytes.subarray(2), "utf-16be")
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = hasBom ? bytes.subarray(3) : bytes
  const nul = body.subarray(0, BINARY_SCAN).indexOf(0)
  if (nul >= 0) {
    return {
      ok: false,
      problem: "binary",
      detail: `looks binary (NUL byte at offset ${nul + (hasBom ? 3 : 0)}); not a text witness`
    }
  }
  try {
    return { ok: true, text: utf8.decode(body), encoding: hasBom ? "utf-8-bom" : "utf-8" }
  } catch {
    if (hasBom) {
      return { ok: false, problem: "bad-encoding", detail: "starts with a UTF-8 byte-order mark but is not valid UTF-8" }
    }
    return { ok: true, text: iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), "win1252"), encoding: "windows-1252" }
  }
}

function decodeUtf16(body: Uint8Array, encoding: "utf-16le" | "utf-16be"): DecodeResult {
  if (body.length % 2 !== 0) {
    return { ok: false, problem: "bad-encoding", detail: `${encoding.toUpperCase()} byte-order mark but an odd number of bytes` }
  }
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body)
    if (text.includes("\u0000")) {
      return { ok: false, problem: "binary", detail: `${encoding.toUpperCase()} text contains NUL characters; not a text witness` }
    }
    return { ok: true, text, encoding }
  } catch {
    return { ok: false, problem: "bad-encoding", detail: `${encoding.toUpperCase()} byte-order mark but the text is not valid ${encoding.toUpperCase()}` }
  }
}
