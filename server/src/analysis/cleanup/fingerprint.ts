/**
 * A paragraph's fingerprint for duplicate detection: its comparison key (exact copies
 * share it) and the set of its word pairs (shingles) as sorted 32-bit hashes, which near
 * copies mostly share. It depends on the paragraph's text alone, so it is a paragraph fact
 * and cached with the others.
 */
import { comparisonKey } from '../text/normalize';

export interface Fingerprint {
  /** Folded, without punctuation, white space collapsed: equal for exact copies. */
  readonly key: string;
  readonly words: number;
  /** Hashes of consecutive word pairs, sorted ascending, without repeats. */
  readonly shingles: Uint32Array;
}

export const EMPTY_FINGERPRINT: Fingerprint = Object.freeze({ key: '', words: 0, shingles: new Uint32Array(0) });

/**
 * Word pairs are robust to the small edits of a restated paragraph (each changed word
 * spoils two pairs) yet specific enough that unrelated paragraphs share few of them.
 */
const SHINGLE_WORDS = 2;

/** FNV-1a over UTF-16 code units. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The conjunction و is written joined to the next word and comes and goes when a sentence
 * is restated («وقال» / «قال»), so it is dropped from words long enough to carry it.
 */
function stem(word: string): string {
  return word.length >= 4 && word.charCodeAt(0) === 0x648 ? word.slice(1) : word;
}

/** The hashes of a key's word pairs, in the order they stand. */
function pairs(key: string): Uint32Array {
  const words = key.split(' ');
  const wordHashes = words.map((w) => hash(stem(w)));
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    // A pair's hash mixes its words' hashes in order; a one-word paragraph is its word.
    let h = wordHashes[i];
    for (let k = 1; k < SHINGLE_WORDS && i + k < words.length; k++) h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ wordHashes[i + k];
    out[i] = h >>> 0;
  }
  return out;
}

/** A paragraph's word pairs in text order (for the longest passage two paragraphs share). */
export function pairSequence(text: string): Uint32Array {
  const key = comparisonKey(text);
  return key === '' ? new Uint32Array(0) : pairs(key);
}

export function fingerprint(text: string): Fingerprint {
  const key = comparisonKey(text);
  if (key === '') return EMPTY_FINGERPRINT;
  const words = key.split(' ');
  const sorted = pairs(key).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
  return { key, words: words.length, shingles: sorted.slice(0, n) };
}

/** How many shingles two sorted sets share. */
export function sharedShingles(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}
