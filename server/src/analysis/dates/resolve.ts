/**
 * Ties dates to the calendar: every recognised expression becomes an ISO 8601 value with
 * only the parts it knows, its grain, the end of an interval, and, for relative
 * expressions (أمس، الخميس، قبل يومين، 12 حزيران without a year), how it was resolved
 * against the anchor: the article's dateline, or else the user's reference date.
 */
import type { DateGrain, DateMention, DateResolution } from '../model';
import { addDays, daysBetween, isoDate, parseIsoDate, toHijri, weekdayOf, type YMD } from './calendar';
import { mondayOf, needsAnchor, resolveDay, type Convention, type Resolved } from './compute';
import type { DateSpec, DayRef, TimeOfDay } from './spec';

export type { Convention } from './compute';

export interface Anchor {
  readonly kind: 'dateline' | 'reference';
  /** ISO value, at least YYYY-MM-DD, perhaps with a time. */
  readonly value: string;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isoWeek(ymd: YMD): string {
  // ISO 8601 week: the week with the year's first Thursday is week 1.
  const thursday = addDays(ymd, 3 - ((weekdayOf(ymd) + 6) % 7));
  const week = 1 + Math.floor(daysBetween({ year: thursday.year, month: 1, day: 1 }, thursday) / 7);
  return `${pad(thursday.year, 4)}-W${pad(week)}`;
}

function timeText(t: TimeOfDay): string {
  return `T${pad(t.hour)}:${pad(t.minute)}${t.second !== null ? `:${pad(t.second)}` : ''}${t.zone ?? ''}`;
}

function text(r: Resolved): string | null {
  switch (r.kind) {
    case 'day':
      return isoDate(r.ymd);
    case 'week':
      return isoWeek(r.monday);
    case 'month':
      return `${pad(r.year, 4)}-${pad(r.month)}`;
    case 'year':
      return pad(r.year, 4);
    case 'partial':
      return r.day === null ? `--${pad(r.month)}` : `--${pad(r.month)}-${pad(r.day)}`;
    case 'interval':
      return text(r.from);
    case 'impossible':
      return null;
  }
}

function grainOf(r: Resolved): DateGrain {
  switch (r.kind) {
    case 'week':
      return 'week';
    case 'month':
      return 'month';
    case 'year':
      return 'year';
    case 'interval':
      return grainOf(r.from);
    case 'partial':
      return r.day === null ? 'month' : 'day';
    default:
      return 'day';
  }
}

/** The anchor as a day and a time of day (minutes since midnight, or null). */
function parseAnchor(anchor: Anchor | null): { day: YMD; minutes: number | null } | null {
  const day = anchor ? parseIsoDate(anchor.value) : null;
  if (!anchor || !day) return null;
  const t = /T(\d{2}):(\d{2})/.exec(anchor.value);
  return { day, minutes: t ? Number(t[1]) * 60 + Number(t[2]) : null };
}

/**
 * Under Duckling's convention a time without morning or afternoon on the anchor's own day
 * is the next such time after the anchor (at 04:30, «الساعة 3» is 15:00).
 */
function nextOccurrence(time: TimeOfDay, anchorMinutes: number | null): TimeOfDay {
  if (time.fixed || anchorMinutes === null || time.hour > 12) return time;
  const morning = (time.hour % 12) * 60 + time.minute;
  if (morning >= anchorMinutes) return { ...time, hour: time.hour % 12 };
  return morning + 12 * 60 >= anchorMinutes ? { ...time, hour: (time.hour % 12) + 12 } : time;
}

export interface ResolvedValue {
  readonly value: string | null;
  readonly until: string | null;
  readonly grain: DateGrain;
  readonly relative: boolean;
  readonly resolution: DateResolution | null;
  /** The text names a day that does not exist (31 شباط). */
  readonly impossible: boolean;
}

function mainDay(spec: DateSpec, anchorDay: YMD | null, convention: Convention): Resolved | null {
  // One day written in two calendars: the Gregorian form is the value.
  const gregorian = spec.paired?.kind === 'date' && spec.paired.calendar === 'gregorian' && spec.day.kind === 'date' && spec.day.calendar === 'hijri';
  const main = resolveDay(gregorian ? (spec.paired as DayRef) : spec.day, anchorDay, convention, spec.weekday);
  if (spec.weekday === null || !spec.alternative || main?.kind !== 'day' || weekdayOf(main.ymd) === spec.weekday) return main;
  const other = resolveDay(spec.alternative, anchorDay, convention, spec.weekday);
  return other?.kind === 'day' && weekdayOf(other.ymd) === spec.weekday ? other : main;
}

/** Resolves one spec. `anchor` may be null; `convention` says which way open references go. */
export function resolveSpec(spec: DateSpec, anchor: Anchor | null, convention: Convention = 'news'): ResolvedValue {
  const a = parseAnchor(anchor);
  const relative = needsAnchor(spec.day);
  const timeOnly = spec.day.kind === 'time-only';
  const useAnchor = relative || (timeOnly && convention === 'future') || spec.day.kind === 'now';
  const r = timeOnly && convention === 'news' ? null : mainDay(spec, useAnchor ? (a?.day ?? null) : null, convention);
  const onAnchorDay = r?.kind === 'day' && a !== null && daysBetween(a.day, r.ymd) === 0;
  const fit = (t: TimeOfDay | null): TimeOfDay | null => (t && convention === 'future' && onAnchorDay ? nextOccurrence(t, a?.minutes ?? null) : t);
  const time = spec.day.kind === 'now' && anchor && /T\d{2}:\d{2}/.test(anchor.value) ? null : fit(spec.time);
  const impossible = r?.kind === 'impossible';
  let value: string | null;
  let grain: DateGrain;
  if (spec.day.kind === 'now' && anchor && a && r) {
    value = anchor.value.includes('T') ? anchor.value : text(r);
    grain = anchor.value.includes('T') ? 'second' : 'day';
  } else if (timeOnly && !r) {
    value = time ? timeText(time) : null;
    grain = time?.grain ?? 'minute';
  } else if (r && time && r.kind === 'day') {
    value = `${text(r)}${timeText(time)}`;
    grain = time.grain;
  } else {
    value = r ? text(r) : null;
    grain = r ? grainOf(r) : 'day';
  }
  const until = untilOf(spec, r, a?.day ?? null, useAnchor, convention, fit);
  const resolved = relative && a !== null && r !== null && r.kind !== 'partial' && !impossible;
  const resolution: DateResolution | null = resolved && anchor ? { anchor: anchor.kind, anchorValue: anchor.value, offsetDays: r?.kind === 'day' && a ? daysBetween(a.day, r.ymd) : null } : null;
  return { value: impossible ? null : value, until: impossible ? null : until, grain, relative, resolution, impossible };
}

function untilOf(spec: DateSpec, r: Resolved | null, anchorDay: YMD | null, useAnchor: boolean, convention: Convention, fit: (t: TimeOfDay | null) => TimeOfDay | null): string | null {
  if (spec.until) {
    const end = spec.until.day ? resolveDay(spec.until.day, useAnchor ? anchorDay : null, convention, null) : r?.kind === 'interval' ? r.to : r;
    const time = fit(spec.until.time);
    if (!end) return time && spec.day.kind === 'time-only' ? timeText(time) : null;
    const base = text(end.kind === 'interval' ? end.to : end);
    return base !== null && time && end.kind === 'day' ? `${base}${timeText(time)}` : base;
  }
  return r?.kind === 'interval' ? text(r.to) : null;
}

/** The absolute value a paragraph's own text gives (no anchor), as the dateline needs it. */
export function absoluteValue(spec: DateSpec): string | null {
  if (needsAnchor(spec.day) || spec.day.kind !== 'date' || spec.day.day === null) return null;
  const v = resolveSpec(spec, null).value;
  return v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v : null;
}

/** The Umm al-Qura date (YYYY-MM-DD) of a day value, else null. */
export function hijriOf(value: string | null): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const ymd = parseIsoDate(value);
  if (!ymd) return null;
  const h = toHijri(ymd);
  return Number.isFinite(h.day) ? `${pad(h.year, 4)}-${pad(h.month)}-${pad(h.day)}` : null;
}

/** A raw date from a paragraph with article offsets. */
export type PlacedSpec = DateSpec & { readonly start: number; readonly end: number };

/** Turns raw dates (offsets already absolute) into mentions, resolving relative ones against `anchor`. */
export function resolveDates(text: string, raws: readonly PlacedSpec[], anchor: Anchor | null | ((index: number) => Anchor | null), convention: Convention = 'news'): DateMention[] {
  return raws.map((raw, index) => {
    const r = resolveSpec(raw, typeof anchor === 'function' ? anchor(index) : anchor, convention);
    const calendar = (raw.day.kind === 'date' && raw.day.calendar === 'hijri') || raw.day.kind === 'hijri-year' ? 'hijri' : 'gregorian';
    return {
      start: raw.start,
      end: raw.end,
      text: text.slice(raw.start, raw.end),
      value: r.value,
      calendar,
      relative: r.relative,
      weekday: raw.weekday,
      resolution: r.resolution,
      grain: r.grain,
      until: r.until,
      hijri: r.grain === 'day' || /T/.test(r.value ?? '') ? hijriOf(r.value) : null,
    };
  });
}

export { mondayOf };
