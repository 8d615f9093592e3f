/**
 * From folded characters back to the original text inside one token: folding drops
 * diacritics and tatweel, so the n-th folded character is not the n-th original one.
 */
import { fold } from '../text/normalize';
import type { Token } from './tokens';

/** The paragraph offset just past the first `count` folded characters of `token`, before any marks that follow them. */
export function foldedPrefixEnd(paragraph: string, token: Token, count: number): number {
  if (count <= 0) return token.start;
  let seen = 0;
  for (let i = token.start; i < token.end; i++) {
    seen += fold(paragraph[i]).length;
    if (seen >= count) {
      // Marks after the last clitic letter (وَ) belong to it, not to the name.
      let j = i + 1;
      while (j < token.end && fold(paragraph[j]).length === 0) j++;
      return j;
    }
  }
  return token.end;
}
