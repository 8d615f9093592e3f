/** Hovers on dates: the ISO value, the weekday, both Gregorian month names, the Hijri date, how a relative date was resolved. */
import type { ArticleAnalysis, DateMention } from '../model';
import { messagesFor, type Messages } from '../l10n';
import { parseIsoDate, toHijri, weekdayOf } from '../dates/calendar';
import { MONTH_DISPLAY } from '../dates/months';

export function dateHover(date: DateMention, analysis: ArticleAnalysis, m: Messages): string {
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
