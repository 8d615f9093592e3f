/** Hovers on figures: value or range, approximation and bounds, percentage, what is counted, the measure, other places citing it. */
import type { ArticleAnalysis, NumberMention } from '../model';
import type { Messages } from '../l10n';
import type { LineIndex } from '../text/lines';
import { ltr, rtl } from './bidi';

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

/** Two mentions cite the same figure: the same value or range, both percentages or neither, and no two different units. */
export function sameFigure(a: NumberMention, b: NumberMention): boolean {
  return !a.vague && !b.vague && a.min === b.min && a.max === b.max && a.percent === b.percent && a.ordinal === b.ordinal && (a.unit === null || b.unit === null || a.unit === b.unit);
}

export function numberHover(num: NumberMention, analysis: ArticleAnalysis, index: LineIndex, m: Messages): string {
  const parts: string[] = [];
  const value = num.value !== null ? formatNumber(num.value) : `${formatNumber(num.min ?? NaN)}–${formatNumber(num.max ?? NaN)}`;
  const label = num.ordinal ? m.hover.ordinal : num.vague ? m.hover.vague : num.value !== null ? m.hover.value : m.hover.range;
  parts.push(`**${m.hover.figure}** · ${label}: ${ltr(`\`${value}${num.percent ? ' %' : ''}\``)}`);
  const notes: string[] = [];
  if (num.bound) notes.push(m.hover.bounds[num.bound]);
  if (num.approximate) notes.push(m.hover.approximate);
  if (num.percent) notes.push(m.hover.percent);
  if (notes.length) parts.push(notes.join(' · '));
  if (num.unit) parts.push(`${m.hover.unit}: ${rtl(num.unit)}`);
  if (num.measure) parts.push(`${m.hover.measureKinds[num.measure.kind]}: ${ltr(`\`${num.measure.unit}\``)}`);
  const others = analysis.numbers.filter((o) => o !== num && o.start !== num.start && sameFigure(o, num)).map((o) => index.lineAt(o.start) + 1);
  if (others.length) parts.push(m.hover.sameFigureElsewhere([...new Set(others)]));
  return parts.join('\n\n');
}
