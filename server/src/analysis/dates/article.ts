/**
 * Dates at the article level: the dateline, and every date with relative expressions
 * resolved against it (or against the reference date in the options).
 */
import type { ArticleContext } from '../context';
import { shift } from '../context';
import type { DraftFinding } from '../finding';
import type { DateMention, Dateline } from '../model';
import { resolveDates, type Anchor } from './resolve';

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

export function articleDates(ctx: ArticleContext): ArticleDates {
  const dateline = datelineOf(ctx);
  const anchor: Anchor | null = dateline ? { kind: 'dateline', value: dateline.value } : ctx.options.referenceDate ? { kind: 'reference', value: ctx.options.referenceDate } : null;
  const raw = ctx.blocks.flatMap((b, i) => shift(ctx.facts[i].dates, b.start));
  return { dateline, dates: resolveDates(ctx.text, raw, anchor), findings: [] };
}
