/**
 * Hovers on dates: the normalised value, the weekday, both Gregorian month names, the
 * Hijri (Umm al-Qura) date, the end of an interval, and how a relative date was resolved.
 */
import type { ArticleAnalysis, DateMention } from '../model';
import { messagesFor, type Messages } from '../l10n';
import { addDays, parseIsoDate, toHijri, weekdayOf } from '../dates/calendar';
import { MONTH_DISPLAY } from '../dates/months';
import { ltr, rtl } from './bidi';

function weekdayLine(value: string, m: Messages): string | null {
  const ymd = parseIsoDate(value);
  if (!ymd) return null;
  const w = weekdayOf(ymd);
  return `${m.hover.weekday}: ${m.weekdays[w]}${m.locale === 'en' ? ` (${rtl(messagesFor('ar').weekdays[w])})` : ''}`;
}

function monthLine(month: number, m: Messages): string {
  const i = month - 1;
  const names = rtl(`${MONTH_DISPLAY.egyptian[i]} / ${MONTH_DISPLAY.levantine[i]}`);
  return `${m.hover.gregorianMonths}: ${m.locale === 'en' ? `${MONTH_DISPLAY.english[i]} — ${names}` : names}`;
}

function hijriLine(value: string, m: Messages): string | null {
  const ymd = parseIsoDate(value);
  if (!ymd) return null;
  const h = toHijri(ymd);
  if (!Number.isFinite(h.day)) return null;
  const arabic = rtl(`${h.day} ${MONTH_DISPLAY.hijri[h.month - 1]} ${h.year} هـ`);
  return `${m.hover.hijri}: ${arabic}${m.locale === 'en' ? ` (${h.day} ${MONTH_DISPLAY.hijriEnglish[h.month - 1]} ${h.year} AH)` : ''}`;
}

/** The days a week value (2017-W25) runs over. */
function weekLine(value: string, m: Messages): string | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!match) return null;
  const jan4 = { year: Number(match[1]), month: 1, day: 4 };
  const monday = addDays(jan4, -((weekdayOf(jan4) + 6) % 7) + 7 * (Number(match[2]) - 1));
  const sunday = addDays(monday, 6);
  const iso = (d: typeof monday): string => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return `${m.hover.week}: ${ltr(`${iso(monday)} – ${iso(sunday)}`)}`;
}

function title(date: DateMention, analysis: ArticleAnalysis, m: Messages): string {
  if (analysis.findings.some((f) => f.rule === 'date.impossible' && f.start === date.start)) return m.hover.impossible;
  if (date.value?.startsWith('T')) return m.hover.time;
  return date.relative ? m.hover.relativeDate : m.hover.date;
}

export function dateHover(date: DateMention, analysis: ArticleAnalysis, m: Messages): string {
  const lines: string[] = [];
  const shown = date.until ? `${date.value ?? '?'} → ${date.until}` : (date.value ?? '?');
  lines.push(`**${title(date, analysis, m)}** · ${ltr(`\`${shown}\``)}`);
  if (analysis.dateline && analysis.dateline.start === date.start) lines.push(m.hover.dateline);
  const value = date.value ?? '';
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const weekday = weekdayLine(value, m);
    if (weekday) lines.push(weekday);
    lines.push(monthLine(Number(value.slice(5, 7)), m));
    const hijri = hijriLine(value, m);
    if (hijri) lines.push(hijri);
  } else if (/^\d{4}-\d{2}$/.test(value) || /^--\d{2}/.test(value)) {
    lines.push(monthLine(Number(value.replace(/^--/, '').slice(value.startsWith('--') ? 0 : 5, value.startsWith('--') ? 2 : 7)), m));
  } else if (/-W\d{2}$/.test(value)) {
    const week = weekLine(value, m);
    if (week) lines.push(week);
  }
  if (date.until && /^\d{4}-\d{2}-\d{2}/.test(date.until)) {
    const hijri = hijriLine(date.until, m);
    lines.push(`${m.hover.until}: ${ltr(`\`${date.until}\``)}${hijri ? ` · ${hijri.slice(hijri.indexOf(':') + 2)}` : ''}`);
  }
  if (date.calendar === 'hijri') lines.push(m.hover.writtenHijri);
  if (date.relative) {
    if (date.resolution) lines.push(m.hover.resolvedAgainst(date.resolution.anchor, date.resolution.anchorValue, date.resolution.offsetDays));
    else lines.push(value.startsWith('--') ? m.hover.unresolvedPartial : m.hover.unresolved);
  }
  return lines.join('\n\n');
}
