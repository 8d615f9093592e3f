/**
 * Ties dates to the calendar: relative expressions (أمس، الخميس، قبل يومين) are resolved
 * against an anchor, the article's dateline or else the user's reference date.
 */
import type { DateMention, DateResolution } from '../model';
import { addDays, isoDate, parseIsoDate, weekdayOf, type YMD } from './calendar';
import type { RawDate } from './find';

export interface Anchor {
  readonly kind: 'dateline' | 'reference';
  /** ISO value, at least YYYY-MM-DD. */
  readonly value: string;
}

function isoWeek(ymd: YMD): string {
  // ISO 8601 week: the week with the year's first Thursday is week 1.
  const weekday = (weekdayOf(ymd) + 6) % 7;
  const thursday = addDays(ymd, 3 - weekday);
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const week = 1 + Math.floor((Date.UTC(thursday.year, thursday.month - 1, thursday.day) - Date.UTC(jan1.year, 0, 1)) / 604_800_000);
  return `${thursday.year}-W${String(week).padStart(2, '0')}`;
}

function resolveRelative(raw: RawDate, anchorDay: YMD): { value: string; offsetDays: number | null } | null {
  const spec = raw.relative;
  if (!spec) return null;
  switch (spec.unit) {
    case 'day': {
      const day = addDays(anchorDay, spec.offset);
      return { value: raw.time ? `${isoDate(day)}T${raw.time}` : isoDate(day), offsetDays: spec.offset };
    }
    case 'weekday': {
      // News reports the past: the named day on or before the anchor.
      const back = (weekdayOf(anchorDay) - spec.weekday + 7) % 7;
      const day = addDays(anchorDay, -back);
      return { value: raw.time ? `${isoDate(day)}T${raw.time}` : isoDate(day), offsetDays: -back };
    }
    case 'week':
      return { value: isoWeek(addDays(anchorDay, 7 * spec.offset)), offsetDays: null };
    case 'month': {
      const index = anchorDay.year * 12 + anchorDay.month - 1 + spec.offset;
      return { value: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, offsetDays: null };
    }
    case 'year':
      return { value: String(anchorDay.year + spec.offset), offsetDays: null };
  }
}

/** Turns raw dates (offsets already absolute) into mentions, resolving relative ones against `anchor`. */
export function resolveDates(text: string, raws: readonly RawDate[], anchor: Anchor | null): DateMention[] {
  const anchorDay = anchor ? parseIsoDate(anchor.value) : null;
  return raws.map((raw) => {
    const base = { start: raw.start, end: raw.end, text: text.slice(raw.start, raw.end), calendar: raw.calendar, weekday: raw.weekday };
    if (!raw.relative) return { ...base, value: raw.value, relative: false, resolution: null };
    const resolved = anchor && anchorDay ? resolveRelative(raw, anchorDay) : null;
    if (!resolved || !anchor) return { ...base, value: null, relative: true, resolution: null };
    const resolution: DateResolution = { anchor: anchor.kind, anchorValue: anchor.value, offsetDays: resolved.offsetDays };
    return { ...base, value: resolved.value, relative: true, resolution };
  });
}
