/** Small non-cryptographic hashes used by the index and for stable ids. Pure. */

/** FNV-1a, 32 bits, over UTF-16 code units. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** A 64-bit hex digest (two independent FNV-1a passes): enough for ids that must not collide in practice. */
export function stableId(prefix: string, s: string): string {
  const a = fnv1a(s)
  const b = fnv1a(s, 0x2b992ddf)
  return `${prefix}${a.toString(16).padStart(8, "0")}${b.toString(16).padStart(8, "0")}`
}

/** Mix two 32-bit values (used to roll word hashes into n-gram hashes). */
export function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1)
  return (h ^ (h >>> 15)) >>> 0
}
