/**
 * Figures at the article level: the claims of the article's own text (headline, body,
 * subheadings), not figures in a ticker, a byline or a dateline.
 */
import type { ArticleContext } from '../context';
import { shift } from '../context';
import type { DraftFinding } from '../finding';
import type { NumberMention } from '../model';

export interface ArticleNumbers {
  readonly numbers: NumberMention[];
  readonly findings: DraftFinding[];
}

export function articleNumbers(ctx: ArticleContext): ArticleNumbers {
  const kinds = ctx.structure.kinds;
  const numbers = ctx.blocks.flatMap((b, i) =>
    kinds[i] === 'body' || kinds[i] === 'headline' || kinds[i] === 'section' ? shift(ctx.facts[i].numbers, b.start).map((n) => ({ ...n, text: ctx.text.slice(n.start, n.end) })) : [],
  );
  return { numbers, findings: [] };
}
