/**
 * Sentences of a paragraph, for selection ranges and for keeping a speaker within the
 * sentence that names them. A sentence ends at . ! ? ؟ … or .. followed by white space
 * (and any closing marks), but not inside a quotation, not in a figure (2.4) and not
 * after a one-letter abbreviation (د. ، أ.).
 */
import type { Span } from '../model';
import type { QuotedSpan } from './quote-marks';

const TERMINATOR = /[.!?؟…]+["»”’)\]]*(?=\s|$)/g;

/** Whether a terminator [at, end) lies inside a quotation; one that ends with the closing mark ends the sentence too. */
function insideQuote(at: number, end: number, quoted: readonly QuotedSpan[]): boolean {
  return quoted.some((q) => q.start < at && end < q.end);
}

/** A one-letter word before the dot (د. سامر), or a dot between digits. */
function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.' || text[dot + 1] === '.') return false;
  return /(?:^|[\s(«"])\p{L}$/u.test(text.slice(Math.max(0, dot - 2), dot));
}

export function sentenceSpans(text: string, quoted: readonly QuotedSpan[]): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (const m of text.matchAll(TERMINATOR)) {
    const at = m.index;
    const end = at + m[0].length;
    if (insideQuote(at, end, quoted) || isAbbreviation(text, at)) continue;
    push(end);
    start = end;
  }
  push(text.length);
  return spans;
}
