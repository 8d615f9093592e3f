/**
 * Hovers: what a date, a figure or a name under the cursor means, as Markdown.
 */
import type { ArticleAnalysis, DateMention, Entity, HoverInfo, Locale, NumberMention, Span } from './model';
import { messagesFor, type Messages } from './l10n';
import { LineIndex } from './text/lines';
import { parseIsoDate, toHijri, weekdayOf } from './dates/calendar';
import { MONTH_DISPLAY } from './dates/months';

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

function dateHover(date: DateMention, analysis: ArticleAnalysis, m: Messages): string {
  const lines: string[] = [];
  const title = date.relative ? m.hover.relativeDate : m.hover.date;
  lines.push(`**${title}** · \`${date.value ?? '?'}\``);
  if (analysis.dateline && analysis.dateline.start === date.start) lines.push(m.hover.dateline);
  const ymd = date.value ? parseIsoDate(date.value) : null;
  if (ymd) {
    const weekday = weekdayOf(ymd);
    lines.push(`${m.hover.weekday}: ${m.weekdays[weekday]}${m.locale === 'en' ? ` (${messagesFor('ar').weekdays[weekday]})` : ''}`);
    const i = ymd.month - 1;
    lines.push(`${m.hover.gregorianMonths}: ${MONTH_DISPLAY.egyptian[i]} / ${MONTH_DISPLAY.levantine[i]}${m.locale === 'en' ? ` (${MONTH_DISPLAY.english[i]})` : ''}`);
    const hijri = toHijri(ymd);
    if (Number.isFinite(hijri.day)) lines.push(`${m.hover.hijri}: ${hijri.day} ${MONTH_DISPLAY.hijri[hijri.month - 1]} ${hijri.year} هـ`);
  } else if (date.value && /^\d{4}-\d{2}$/.test(date.value)) {
    const i = Number(date.value.slice(5, 7)) - 1;
    lines.push(`${m.hover.gregorianMonths}: ${MONTH_DISPLAY.egyptian[i]} / ${MONTH_DISPLAY.levantine[i]}`);
  }
  if (date.relative) lines.push(date.resolution ? m.hover.resolvedAgainst(date.resolution.anchor, date.resolution.anchorValue, date.resolution.offsetDays) : m.hover.unresolved);
  return lines.join('\n\n');
}

function sameFigure(a: NumberMention, b: NumberMention): boolean {
  return a.min === b.min && a.max === b.max && a.percent === b.percent;
}

function numberHover(num: NumberMention, analysis: ArticleAnalysis, index: LineIndex, m: Messages): string {
  const parts: string[] = [];
  const value = num.value !== null ? formatNumber(num.value) : `${formatNumber(num.min ?? NaN)}–${formatNumber(num.max ?? NaN)}`;
  parts.push(`**${m.hover.figure}** · ${num.value !== null ? m.hover.value : m.hover.range}: \`${value}${num.percent ? ' %' : ''}\``);
  const notes: string[] = [];
  if (num.bound) notes.push(m.hover.bounds[num.bound]);
  if (num.approximate) notes.push(m.hover.approximate);
  if (num.percent) notes.push(m.hover.percent);
  if (notes.length) parts.push(notes.join(' · '));
  if (num.unit) parts.push(`${m.hover.unit}: ${num.unit}`);
  const others = analysis.numbers.filter((o) => o !== num && o.start !== num.start && sameFigure(o, num)).map((o) => index.lineAt(o.start) + 1);
  if (others.length) parts.push(m.hover.sameFigureElsewhere([...new Set(others)]));
  return parts.join('\n\n');
}

function entityHover(entity: Entity, analysis: ArticleAnalysis, index: LineIndex, m: Messages): string {
  const mentions = analysis.entities.filter((e) => e.canonical === entity.canonical && e.type === entity.type);
  const variants = [...new Set(mentions.map((e) => e.text))];
  const lines = [...new Set(mentions.map((e) => index.lineAt(e.start) + 1))];
  const parts = [`**${m.entityTypes[entity.type]}** · ${entity.canonical}`];
  if (variants.length > 1 || variants[0] !== entity.canonical) parts.push(`${m.hover.variants}: ${variants.join('، ')}`);
  parts.push(m.hover.mentions(mentions.length, lines));
  return parts.join('\n\n');
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
  return undefined;
}
