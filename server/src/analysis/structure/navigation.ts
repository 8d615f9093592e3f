/**
 * Moving through an article by its structure: the folding ranges that follow the
 * outline (sections, boilerplate blocks, paragraphs wrapped over several lines) and the
 * selection ranges that grow from a quotation to its sentence, its paragraph, its section
 * and the whole article. Both are computed from an analysis and its text alone.
 */
import type { ArticleAnalysis, FoldSpan, OutlineNode, Span } from '../model';
import { quotedSpans } from './quote-marks';
import { sentenceSpans } from './sentences';

const STRUCTURE: ReadonlySet<OutlineNode['kind']> = new Set(['headline', 'dateline', 'byline', 'section', 'paragraph', 'quote', 'boilerplate']);

export function foldingSpans(outline: readonly OutlineNode[]): FoldSpan[] {
  const spans: FoldSpan[] = [];
  const visit = (nodes: readonly OutlineNode[]): void => {
    for (const n of nodes) {
      if (n.kind === 'section' || n.kind === 'paragraph') spans.push({ start: n.start, end: n.end, kind: 'region' });
      else if (n.kind === 'boilerplate') spans.push({ start: n.start, end: n.end, kind: 'comment' });
      visit(n.children);
    }
  };
  visit(outline);
  return spans;
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** The chain of structural outline nodes holding `offset`, outermost first. */
function enclosingNodes(outline: readonly OutlineNode[], offset: number): OutlineNode[] {
  const chain: OutlineNode[] = [];
  let level = outline;
  for (;;) {
    const next = level.find((n) => STRUCTURE.has(n.kind) && n.end > n.start && contains(n, offset));
    if (!next) return chain;
    chain.push(next);
    level = next.children;
  }
}

/**
 * The spans to select at `offset`, innermost first, each containing the one before:
 * the words of a quotation, the quotation with its marks, the sentence, the paragraph,
 * the section, the whole text.
 */
export function selectionSpans(analysis: ArticleAnalysis, text: string, offset: number): Span[] {
  const spans: Span[] = [];
  const add = (span: Span): void => {
    const inner = spans[spans.length - 1];
    if (span.end <= span.start || !contains(span, offset)) return;
    if (inner && (span.start > inner.start || span.end < inner.end || (span.start === inner.start && span.end === inner.end))) return;
    spans.push({ start: span.start, end: span.end });
  };
  const quote = analysis.quotes.find((q) => contains(q, offset));
  if (quote) {
    add(quote.content);
    add(quote);
  }
  const paragraph = analysis.paragraphs.find((p) => contains(p, offset));
  if (paragraph) {
    const own = text.slice(paragraph.start, paragraph.end);
    const sentence = sentenceSpans(own, quotedSpans(own)).find((s) => contains(s, offset - paragraph.start));
    if (sentence) add({ start: sentence.start + paragraph.start, end: sentence.end + paragraph.start });
    add(paragraph);
  }
  for (const node of enclosingNodes(analysis.outline, offset).reverse()) if (node.kind !== 'quote') add(node);
  add({ start: 0, end: text.length });
  return spans;
}
