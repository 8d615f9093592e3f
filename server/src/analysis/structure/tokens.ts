/**
 * Words of a paragraph with their offsets, each with a folded core (the word without the
 * punctuation and quotation marks around it) for matching against word lists.
 */
import { fold } from '../text/normalize';

export interface Token {
  /** The word as written, punctuation included: [start, end) in the paragraph. */
  readonly start: number;
  readonly end: number;
  /** The word without the punctuation around it: [coreStart, coreEnd). */
  readonly coreStart: number;
  readonly coreEnd: number;
  /** The folded core, for matching. */
  readonly folded: string;
  /** Punctuation written before and after the core ("«", "،", ":" …). */
  readonly before: string;
  readonly after: string;
}

const EDGE = /[\p{P}\p{S}]/u;
/** Tatweel and the marks that belong to the letter before them are part of a word, never punctuation. */
const WORD_MARK = /[\u0640\u064b-\u065f\u0670]/;

function isEdge(ch: string): boolean {
  return EDGE.test(ch) && !WORD_MARK.test(ch);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[^\s\u00a0\u200f\u200e]+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    let coreStart = start;
    let coreEnd = end;
    while (coreStart < coreEnd && isEdge(text[coreStart])) coreStart++;
    while (coreEnd > coreStart && isEdge(text[coreEnd - 1])) coreEnd--;
    tokens.push({
      start,
      end,
      coreStart,
      coreEnd,
      folded: fold(text.slice(coreStart, coreEnd)),
      before: text.slice(start, coreStart),
      after: text.slice(coreEnd, end),
    });
  }
  return tokens;
}
