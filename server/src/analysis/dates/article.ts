/**
 * Dates at the article level: the dateline, and every date with relative expressions
 * resolved against it (or against the reference date in the options), and the checks
 * an editor wants on them (dates/checks.ts).
 */
import type { ArticleContext } from '../context';
import { shift } from '../context';
import type { DraftFinding } from '../finding';
import type { DateMention, Dateline } from '../model';
import { dateFindings } from './checks';
import { resolveDates, type Anchor, type PlacedSpec } from './resolve';

export interface ArticleDates {
  readonly dateline: Dateline | null;
  readonly dates: DateMention[];
  readonly findings: DraftFinding[];
}

export function datelineOf(ctx: ArticleContext): Dateline | null {
  const found = ctx.structure.dateline;
  if (!found || !found.date.value) return null;
  const block = ctx.blocks[found.block];
  return { start: block.start + found.date.start, end: block.start + found.date.end, value: found.date.value };
}

/** What relative dates resolve against: the dateline, else the reference date, else nothing. */
export function anchorOf(ctx: ArticleContext, dateline: Dateline | null): Anchor | null {
  if (dateline) return { kind: 'dateline', value: dateline.value };
  return ctx.options.referenceDate ? { kind: 'reference', value: ctx.options.referenceDate } : null;
}

export function articleDates(ctx: ArticleContext): ArticleDates {
  const dateline = datelineOf(ctx);
  const anchor = anchorOf(ctx, dateline);
  const raw: PlacedSpec[] = [];
  // Page chrome (a ticker, the page's header date) is not dated by the article: its relative dates stay open.
  const own: boolean[] = [];
  ctx.blocks.forEach((b, i) => {
    for (const d of shift(ctx.facts[i].dates, b.start)) {
      raw.push(d);
      own.push(ctx.structure.kinds[i] !== 'boilerplate');
    }
  });
  const dates = resolveDates(ctx.text, raw, (k) => (own[k] ? anchor : null));
  return { dateline, dates, findings: dateFindings(ctx, raw, dates, anchor) };
}
