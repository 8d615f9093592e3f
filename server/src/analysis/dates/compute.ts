/**
 * Calendar arithmetic for resolution: which day, week, month or year a DayRef names,
 * given the anchor day and a convention for what is left open. News reports look back:
 * a bare weekday is the last such day on or before the anchor, and a date without its
 * year is the nearest such date. Duckling's convention (for its corpora) looks ahead.
 */
import { addDays, daysBetween, daysInGregorianMonth, easter, fromHijri, hijriMonthLength, isValidGregorian, toHijri, weekdayOf, type YMD } from './calendar';
import type { DayRef, Holiday, MonthRef } from './spec';

export type Convention = 'news' | 'future';

export type Resolved =
  | { readonly kind: 'day'; readonly ymd: YMD }
  | { readonly kind: 'week'; readonly monday: YMD }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'interval'; readonly from: Resolved; readonly to: Resolved }
  /** Parts known without a year (--06-12, --09): there is no anchor to give the rest. */
  | { readonly kind: 'partial'; readonly month: number; readonly day: number | null }
  | { readonly kind: 'impossible' };

const day = (ymd: YMD): Resolved => ({ kind: 'day', ymd });

/** Monday of the ISO week holding `ymd`. */
export function mondayOf(ymd: YMD): YMD {
  return addDays(ymd, -((weekdayOf(ymd) + 6) % 7));
}

/** Candidate years around the anchor, nearest first under the convention. */
function yearsFor(anchor: YMD, month: number, convention: Convention): number[] {
  if (convention === 'future') return month >= anchor.month ? [anchor.year, anchor.year + 1] : [anchor.year + 1, anchor.year + 2];
  return [anchor.year, anchor.year - 1, anchor.year + 1];
}

/** Picks the candidate day nearest the anchor (news) or the first (future), preferring one whose weekday is `weekday`. */
function pick(candidates: readonly YMD[], anchor: YMD, convention: Convention, weekday: number | null): YMD | null {
  if (candidates.length === 0) return null;
  const ranked = convention === 'future' ? [...candidates] : [...candidates].sort((a, b) => Math.abs(daysBetween(anchor, a)) - Math.abs(daysBetween(anchor, b)));
  return (weekday !== null ? ranked.find((c) => weekdayOf(c) === weekday) : undefined) ?? ranked[0];
}

function gregorianDay(year: number, month: number, d: number): YMD | null {
  const ymd = { year, month, day: d };
  return isValidGregorian(ymd) ? ymd : null;
}

/** A Hijri day; a 30th that the Umm al-Qura month lacks is taken as the day after the 29th. */
function hijriDay(year: number, month: number, d: number): YMD | null {
  const g = fromHijri({ year, month, day: d });
  if (g || d !== 30) return g;
  const eve = fromHijri({ year, month, day: 29 });
  return eve ? addDays(eve, 1) : null;
}

function resolveDate(ref: Extract<DayRef, { kind: 'date' }>, anchor: YMD | null, convention: Convention, weekday: number | null): Resolved | null {
  const { month, day: d, calendar } = ref;
  const year = ref.year ?? (ref.yearOffset !== undefined && anchor ? anchor.year + ref.yearOffset : null);
  if (ref.year === null && ref.yearOffset !== undefined && !anchor) return null;
  if (calendar === 'hijri') {
    if (month === null || d === null) return year !== null ? hijriYear(year) : null;
    if (year !== null) return orImpossible(hijriDay(year, month, d));
    if (!anchor) return null;
    const h = toHijri(anchor).year;
    const years = convention === 'future' ? [h, h + 1] : [h, h - 1, h + 1];
    const days = years.map((y) => hijriDay(y, month, d)).filter((x): x is YMD => x !== null);
    const future = days.filter((x) => daysBetween(anchor, x) >= 0);
    const chosen = pick(convention === 'future' ? future : days, anchor, convention, weekday);
    return chosen ? day(chosen) : null;
  }
  if (month === null) {
    if (year !== null) return { kind: 'year', year };
    if (d === null || !anchor) return null;
    // A day of the month alone (السبت السادس عشر): in the anchor's month, or the one before or after.
    const months = convention === 'future' ? [0, 1] : [0, -1, 1];
    const days = months.map((o) => ({ year: anchor.year + Math.floor((anchor.month - 1 + o) / 12), month: ((anchor.month - 1 + o + 12) % 12) + 1 })).map((m) => gregorianDay(m.year, m.month, d)).filter((x): x is YMD => x !== null);
    const chosen = pick(days, anchor, convention, weekday);
    return chosen ? day(chosen) : null;
  }
  if (d === null) {
    if (year !== null) return { kind: 'month', year, month };
    if (!anchor) return { kind: 'partial', month, day: null };
    return { kind: 'month', year: yearsFor(anchor, month, convention)[0], month };
  }
  if (year !== null) return orImpossible(gregorianDay(year, month, d));
  // No year: 31 شباط is impossible in any year, 29 شباط only in some.
  if (d > daysInGregorianMonth(2000, month)) return { kind: 'impossible' };
  if (!anchor) return { kind: 'partial', month, day: d };
  const days = yearsFor(anchor, month, convention).map((y) => gregorianDay(y, month, d)).filter((x): x is YMD => x !== null);
  const chosen = pick(days, anchor, convention, weekday);
  return chosen ? day(chosen) : null;
}

function orImpossible(ymd: YMD | null): Resolved {
  return ymd ? day(ymd) : { kind: 'impossible' };
}

function hijriYear(year: number): Resolved | null {
  const first = fromHijri({ year, month: 1, day: 1 });
  const next = fromHijri({ year: year + 1, month: 1, day: 1 });
  return first && next ? { kind: 'interval', from: day(first), to: day(addDays(next, -1)) } : null;
}

/** The month a MonthRef names, as year and month (Gregorian), or null without an anchor to complete it. */
export function resolveMonth(ref: MonthRef, anchor: YMD | null, convention: Convention): { year: number; month: number } | null {
  if (ref.month === null) {
    if (!anchor || ref.monthOffset === null) return null;
    const index = anchor.year * 12 + anchor.month - 1 + ref.monthOffset;
    return { year: Math.floor(index / 12), month: (index % 12) + 1 };
  }
  if (ref.year !== null) return { year: ref.year, month: ref.month };
  if (!anchor) return null;
  if (ref.yearOffset !== null) return { year: anchor.year + ref.yearOffset, month: ref.month };
  if (convention === 'future') return { year: yearsFor(anchor, ref.month, convention)[0], month: ref.month };
  const years = [anchor.year, anchor.year - 1, anchor.year + 1];
  const mid = (y: number): number => Math.abs(daysBetween(anchor, { year: y, month: ref.month as number, day: 15 }));
  return { year: years.sort((a, b) => mid(a) - mid(b))[0], month: ref.month };
}

function monthPart(part: 'start' | 'early' | 'mid' | 'late' | 'last-day', ref: MonthRef, anchor: YMD | null, convention: Convention): Resolved | null {
  const m = resolveMonth(ref, anchor, convention);
  if (!m) return ref.month !== null ? { kind: 'partial', month: ref.month, day: part === 'mid' ? 15 : part === 'start' || part === 'early' ? 1 : null } : null;
  const last = daysInGregorianMonth(m.year, m.month);
  const at = (d: number): Resolved => day({ year: m.year, month: m.month, day: d });
  switch (part) {
    case 'start':
      return at(1);
    case 'mid':
      return at(15);
    case 'early':
      return { kind: 'interval', from: at(1), to: at(10) };
    case 'late':
      return { kind: 'interval', from: at(21), to: at(last) };
    case 'last-day':
      return at(last);
  }
}

function nthWeekday(n: number, weekday: number, ref: MonthRef, anchor: YMD | null, convention: Convention): Resolved | null {
  const m = resolveMonth(ref, anchor, convention);
  if (!m) return null;
  if (n > 0) {
    const first = { year: m.year, month: m.month, day: 1 };
    const d = addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
    return d.month === m.month ? day(d) : { kind: 'impossible' };
  }
  const last = { year: m.year, month: m.month, day: daysInGregorianMonth(m.year, m.month) };
  return day(addDays(last, -((weekdayOf(last) - weekday + 7) % 7)));
}

/** The first or last week (Monday to Sunday) that lies wholly in the month. */
function nthWeek(n: number, ref: MonthRef, anchor: YMD | null, convention: Convention): Resolved | null {
  const m = resolveMonth(ref, anchor, convention);
  if (!m) return null;
  if (n > 0) {
    const first = { year: m.year, month: m.month, day: 1 };
    return { kind: 'week', monday: addDays(first, ((1 - weekdayOf(first) + 7) % 7) + 7 * (n - 1)) };
  }
  const last = { year: m.year, month: m.month, day: daysInGregorianMonth(m.year, m.month) };
  return { kind: 'week', monday: addDays(last, -((weekdayOf(last) + 7) % 7) - 6) };
}

const HIJRI_FEASTS: Partial<Record<Holiday, readonly [number, number]>> = {
  'eid-al-fitr': [10, 1], 'eid-al-adha': [12, 10], 'hijri-new-year': [1, 1], mawlid: [3, 12], arafah: [12, 9], ramadan: [9, 1],
};

/** The days of a feast in Gregorian year `year`. */
function feastsIn(holiday: Holiday, year: number): Resolved[] {
  if (holiday === 'christmas') return [day({ year, month: 12, day: 25 })];
  if (holiday === 'new-year') return [day({ year, month: 1, day: 1 })];
  if (holiday === 'easter') return [day(easter(year))];
  const [month, d] = HIJRI_FEASTS[holiday] as readonly [number, number];
  const h = toHijri({ year, month: 1, day: 1 }).year;
  const out: Resolved[] = [];
  for (const hy of [h, h + 1]) {
    const g = fromHijri({ year: hy, month, day: d });
    if (!g || g.year !== year) continue;
    const length = holiday === 'ramadan' ? hijriMonthLength(hy, 9) : null;
    out.push(length ? { kind: 'interval', from: day(g), to: day(addDays(g, length - 1)) } : day(g));
  }
  return out;
}

function firstDay(r: Resolved): YMD | null {
  return r.kind === 'day' ? r.ymd : r.kind === 'interval' ? firstDay(r.from) : null;
}

function holiday(h: Holiday, year: number | null, anchor: YMD | null, convention: Convention): Resolved | null {
  if (year !== null) return feastsIn(h, year)[0] ?? null;
  if (!anchor) return null;
  const all = [anchor.year - 1, anchor.year, anchor.year + 1].flatMap((y) => feastsIn(h, y));
  const dated = all.map((r) => ({ r, d: firstDay(r) as YMD })).filter((x) => x.d);
  if (convention === 'future') return dated.find((x) => daysBetween(anchor, x.d) >= 0)?.r ?? null;
  return dated.sort((a, b) => Math.abs(daysBetween(anchor, a.d)) - Math.abs(daysBetween(anchor, b.d)))[0]?.r ?? null;
}

function weekdayFrom(ref: Extract<DayRef, { kind: 'weekday' }>, anchor: YMD, convention: Convention): YMD {
  const wd = weekdayOf(anchor);
  if (ref.week !== null) return addDays(mondayOf(anchor), 7 * ref.week + ((ref.weekday + 6) % 7));
  const back = (wd - ref.weekday + 7) % 7;
  const ahead = (ref.weekday - wd + 7) % 7;
  const mode = ref.mode === 'bare' ? (convention === 'future' ? 'next' : 'on-or-before') : ref.mode;
  switch (mode) {
    case 'on-or-before':
      return addDays(anchor, -back);
    case 'past':
      return addDays(anchor, -(back || 7));
    case 'next':
      return addDays(anchor, ahead || 7);
    case 'this':
      return addDays(anchor, ahead);
  }
}

function period(ref: Extract<DayRef, { kind: 'period' }>, anchor: YMD): Resolved {
  const { unit, offset, count } = ref;
  const one = (k: number): Resolved => {
    if (unit === 'day') return day(addDays(anchor, k));
    if (unit === 'week') return { kind: 'week', monday: addDays(mondayOf(anchor), 7 * k) };
    if (unit === 'month') {
      const index = anchor.year * 12 + anchor.month - 1 + k;
      return { kind: 'month', year: Math.floor(index / 12), month: (index % 12) + 1 };
    }
    return { kind: 'year', year: anchor.year + k };
  };
  if (count <= 1) return one(offset);
  return offset < 0 ? { kind: 'interval', from: one(-count), to: one(-1) } : { kind: 'interval', from: one(1), to: one(count) };
}

/** What `ref` names. `weekday`: the weekday the text gives beside it, which picks the year of a date without one. */
export function resolveDay(ref: DayRef, anchor: YMD | null, convention: Convention, weekday: number | null): Resolved | null {
  switch (ref.kind) {
    case 'date':
      return resolveDate(ref, anchor, convention, weekday);
    case 'month-part':
      return monthPart(ref.part, ref.month, anchor, convention);
    case 'nth-weekday':
      return nthWeekday(ref.n, ref.weekday, ref.month, anchor, convention);
    case 'nth-week':
      return nthWeek(ref.n, ref.month, anchor, convention);
    case 'holiday':
      return holiday(ref.holiday, ref.year, anchor, convention);
    case 'hijri-year':
      return hijriYear(ref.year);
    case 'now':
    case 'time-only':
      return anchor ? day(anchor) : null;
  }
  if (!anchor) return null;
  switch (ref.kind) {
    case 'offset':
      return day(addDays(anchor, ref.days));
    case 'weekday':
      return day(weekdayFrom(ref, anchor, convention));
    case 'ago':
      if (ref.unit === 'week') return day(addDays(anchor, -7 * ref.n));
      if (ref.unit === 'month') return period({ kind: 'period', unit: 'month', offset: -ref.n, count: 1 }, anchor);
      return { kind: 'year', year: anchor.year - ref.n };
    case 'period':
      return period(ref, anchor);
  }
}

/** Whether the value of `ref` depends on an anchor. */
export function needsAnchor(ref: DayRef): boolean {
  switch (ref.kind) {
    case 'date':
      return ref.year === null;
    case 'month-part':
    case 'nth-weekday':
    case 'nth-week':
      return ref.month.year === null;
    case 'holiday':
      return ref.year === null;
    case 'hijri-year':
    case 'time-only':
      return false;
    default:
      return true;
  }
}
