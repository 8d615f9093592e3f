/**
 * Inlay hints: short values shown beside the text, where reading it takes work: the ISO
 * date beside a date written in Arabic (٣٠/٦/٢٠١٧، مساء أمس الخميس، 6 شوال 1438 هـ) and
 * the value beside a figure written in words (ثلاثة آلاف → 3,000؛ بين 80 و95 ألف →
 * 80,000–95,000). Nothing beside what is already plain (2017-07-01، 1,500، 60 %).
 */
import type { ArticleAnalysis, DateMention, InlayHintInfo, Locale, NumberMention } from './model';
import { messagesFor } from './l10n';
import { digitValue } from './numbers/digits';
import { formatNumber } from './hover/numbers';
import { fold } from './text/normalize';

function dateLabel(d: DateMention): string | null {
  if (!d.value || d.value.startsWith('--')) return null;
  // Already plain: the text holds the value's digits in the same order, in Western digits (2017-07-01 08:31:47, العام 2014, 10:50).
  const digits = (s: string): string => (s.match(/\d/g) ?? []).join('');
  if (!/[٠-٩۰-۹]/.test(d.text) && digits(d.text) === digits(d.value) && !d.until) return null;
  const shown = (v: string): string => v.replace('T', ' ');
  return d.until ? `${shown(d.value)} → ${shown(d.until)}` : shown(d.value);
}

const BOUND_SIGNS = { 'more-than': '>', 'less-than': '<', 'at-least': '≥', 'at-most': '≤' } as const;

function numberLabel(n: NumberMention, locale: Locale): string | null {
  if (n.min === null || n.max === null) return null;
  if (n.ordinal) return n.min >= 11 ? messagesFor(locale).inlay.ordinal(n.min) : null;
  // Plain when every value is written in digits as it is.
  const written = (fold(n.text).match(/\d+(?:[.,٫٬]\d+)*/g) ?? []).map(digitValue);
  if ([n.min, n.max].every((v) => written.includes(v))) return null;
  const value = n.min === n.max ? formatNumber(n.min) : `${formatNumber(n.min)}–${formatNumber(n.max)}`;
  const sign = n.bound ? `${BOUND_SIGNS[n.bound]} ` : n.approximate || n.vague ? '≈ ' : '';
  return `${sign}${value}${n.percent ? ' %' : ''}`;
}

/** The hints for an analysed article, in text order. */
export function inlayHints(analysis: ArticleAnalysis, locale: Locale): InlayHintInfo[] {
  const hints: InlayHintInfo[] = [];
  for (const d of analysis.dates) {
    const label = dateLabel(d);
    if (label) hints.push({ offset: d.end, label, kind: 'date' });
  }
  for (const n of analysis.numbers) {
    const label = numberLabel(n, locale);
    if (label) hints.push({ offset: n.end, label, kind: 'number' });
  }
  return hints.sort((a, b) => a.offset - b.offset);
}
