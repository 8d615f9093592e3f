/**
 * Quotation marks and how they pair. News text mixes «…», “…”, "…" and ‘‘…‘‘, and scraped
 * pages often use the same curly mark to open and to close (:” … ”), so double marks of
 * every shape toggle, while guillemets nest. Unclosed marks pair with nothing.
 */

export interface QuotedSpan {
  /** The opening mark. */
  readonly start: number;
  /** Just past the closing mark. */
  readonly end: number;
  /** The words inside the marks, without the white space next to them. */
  readonly contentStart: number;
  readonly contentEnd: number;
}

const DOUBLE = new Set(['"', '“', '”', '„', '‟', '″']);
/** Two single marks written for one double mark (‘‘داعش‘‘). */
const DOUBLED_SINGLE = /^(?:‘‘|’’|''|‛‛)/;

interface Mark {
  readonly kind: 'guillemet-open' | 'guillemet-close' | 'double';
  readonly at: number;
  readonly length: number;
}

function marksOf(text: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '«') marks.push({ kind: 'guillemet-open', at: i, length: 1 });
    else if (ch === '»') marks.push({ kind: 'guillemet-close', at: i, length: 1 });
    else if (DOUBLE.has(ch)) marks.push({ kind: 'double', at: i, length: 1 });
    else if (DOUBLED_SINGLE.test(text.slice(i, i + 2))) {
      marks.push({ kind: 'double', at: i, length: 2 });
      i++;
    }
  }
  return marks;
}

function span(text: string, open: Mark, close: Mark): QuotedSpan | null {
  let contentStart = open.at + open.length;
  let contentEnd = close.at;
  while (contentStart < contentEnd && /\s/.test(text[contentStart])) contentStart++;
  while (contentEnd > contentStart && /\s/.test(text[contentEnd - 1])) contentEnd--;
  if (contentEnd <= contentStart) return null;
  return { start: open.at, end: close.at + close.length, contentStart, contentEnd };
}

/** Every paired quotation in `text`, outermost and innermost alike, in order of their opening marks. */
export function quotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const stack: Mark[] = [];
  for (const mark of marksOf(text)) {
    if (mark.kind === 'guillemet-open') stack.push(mark);
    else if (mark.kind === 'guillemet-close') {
      // Close the nearest «; double marks left open inside it pair with nothing.
      let i = stack.length - 1;
      while (i >= 0 && stack[i].kind !== 'guillemet-open') i--;
      if (i < 0) continue;
      const open = stack[i];
      stack.length = i;
      const s = span(text, open, mark);
      if (s) spans.push(s);
    } else if (stack.length > 0 && stack[stack.length - 1].kind === 'double') {
      const open = stack.pop() as Mark;
      const s = span(text, open, mark);
      if (s) spans.push(s);
    } else stack.push(mark);
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}
