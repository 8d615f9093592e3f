/**
 * 32-bit hashing for model features. Features are never built as strings at run time: each
 * token's strings are hashed once and templates combine those hashes with integer mixing,
 * which keeps the recogniser fast. Training uses the same functions, so the hashes in the
 * trained model mean the same thing here.
 */

/** FNV-1a over the UTF-16 code units of `s`, started from `seed`. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two 32-bit values (murmur3's finaliser over a xor-multiply). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Combines three values; the order matters. */
export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
