/**
 * Figures at the article level: the claims of the article's own text (headline, body,
 * subheadings), not figures in a ticker, a byline or a dateline.
 */
import type { ArticleContext } from '../context';
import { shift } from '../context';
import type { DraftFinding } from '../finding';
import type { NumberMention, Span } from '../model';
import { mixedDigitFindings } from './digit-systems';

export interface ArticleNumbers {
  readonly numbers: NumberMention[];
  readonly findings: DraftFinding[];
}

export function articleNumbers(ctx: ArticleContext): ArticleNumbers {
  const kinds = ctx.structure.kinds;
  const own = (i: number): boolean => kinds[i] === 'body' || kinds[i] === 'headline' || kinds[i] === 'section';
  const numbers = ctx.blocks.flatMap((b, i) => (own(i) ? shift(ctx.facts[i].numbers, b.start).map((n) => ({ ...n, text: ctx.text.slice(n.start, n.end) })) : []));
  // The digit systems of the article's own figures and dates.
  const written: Span[] = ctx.blocks.flatMap((b, i) => (own(i) ? [...shift(ctx.facts[i].numbers, b.start), ...shift(ctx.facts[i].dates, b.start)] : [])).sort((a, b) => a.start - b.start);
  return { numbers, findings: mixedDigitFindings(ctx, written) };
}
