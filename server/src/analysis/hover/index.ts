/**
 * Hovers: what a date, a figure, a name or a quotation under the cursor means, as
 * Markdown. Each kind of hover lives in its own file; this one picks the item under the
 * cursor.
 */
import type { ArticleAnalysis, HoverInfo, Locale, Span } from '../model';
import { messagesFor } from '../l10n';
import { LineIndex } from '../text/lines';
import { dateHover } from './dates';
import { entityHover } from './entities';
import { numberHover } from './numbers';
import { quoteHover } from './quotes';

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

/** The hover for `offset` in `text`, or undefined when nothing there needs explaining. */
export function hoverAt(analysis: ArticleAnalysis, text: string, offset: number, locale: Locale): HoverInfo | undefined {
  const m = messagesFor(locale);
  const date = analysis.dates.find((d) => contains(d, offset));
  if (date) return { start: date.start, end: date.end, markdown: dateHover(date, analysis, m) };
  const index = new LineIndex(text);
  const num = analysis.numbers.find((n) => contains(n, offset));
  if (num) return { start: num.start, end: num.end, markdown: numberHover(num, analysis, index, m) };
  const entity = analysis.entities.find((e) => contains(e, offset));
  if (entity) return { start: entity.start, end: entity.end, markdown: entityHover(entity, analysis, index, m) };
  // A quotation explains itself last: the dates, figures and names inside it come first.
  const quote = analysis.quotes.find((q) => contains(q, offset));
  if (quote) return { start: quote.start, end: quote.end, markdown: quoteHover(quote, m) };
  return undefined;
}
