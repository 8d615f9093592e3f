/**
 * Figures at the article level: the claims of the article's own text (headline, body,
 * subheadings), not figures in a ticker, a byline or a dateline.
 */
import type { ArticleContext } from '../context';
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
  const numbers: NumberMention[] = [];
  const dates: Span[] = [];
  ctx.blocks.forEach((b, i) => {
    if (!own(i)) return;
    for (const n of ctx.facts[i].numbers) numbers.push({ ...n, start: n.start + b.start, end: n.end + b.start, text: ctx.text.slice(n.start + b.start, n.end + b.start) });
    for (const d of ctx.facts[i].dates) dates.push({ start: d.start + b.start, end: d.end + b.start });
  });
  // The digit systems of the article's own figures and dates.
  const written: Span[] = [...numbers, ...dates].sort((a, b) => a.start - b.start);
  return { numbers, findings: mixedDigitFindings(ctx, written) };
}
