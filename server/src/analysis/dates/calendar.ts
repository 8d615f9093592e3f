/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no host time zone leaks in.
 * Hijri dates use the Umm al-Qura calendar of ECMAScript Intl (ICU), in both directions.
 */
import { boundedCache } from '../text/bounded-cache';

export interface YMD {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function isoDate(ymd: YMD): string {
  return `${pad(ymd.year, 4)}-${pad(ymd.month)}-${pad(ymd.day)}`;
}

/** Parses YYYY-MM-DD (a longer ISO value is cut to its date); null when it is not a real day. */
export function parseIsoDate(value: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidGregorian(ymd) ? ymd : null;
}

export function isValidGregorian({ year, month, day }: YMD): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInGregorianMonth(year, month);
}

export function daysInGregorianMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtcMs({ year, month, day }: YMD): number {
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return d.getTime();
}

function fromUtcMs(ms: number): YMD {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(ymd: YMD): number {
  return new Date(toUtcMs(ymd)).getUTCDay();
}

export function addDays(ymd: YMD, days: number): YMD {
  return fromUtcMs(toUtcMs(ymd) + days * DAY_MS);
}

export function daysBetween(from: YMD, to: YMD): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

const hijriFormat = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** Hijri dates already computed: Intl formatting is slow, and an article names few days again and again. */
const hijriCache = boundedCache<number, YMD>(20_000);

/** The Umm al-Qura Hijri date of a Gregorian day. */
export function toHijri(ymd: YMD): YMD {
  return hijriCache((ymd.year * 13 + ymd.month) * 32 + ymd.day, () => {
    const parts = hijriFormat.formatToParts(new Date(toUtcMs(ymd)));
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value.replace(/\D/g, '') ?? NaN);
    return Object.freeze({ year: get('year'), month: get('month'), day: get('day') });
  });
}

const HIJRI_EPOCH_MS = Date.UTC(622, 6, 19);
const HIJRI_YEAR_DAYS = 354.36667;
const HIJRI_MONTH_DAYS = 29.530589;

function hijriOrdinal({ year, month, day }: YMD): number {
  return (year - 1) * HIJRI_YEAR_DAYS + (month - 1) * HIJRI_MONTH_DAYS + day;
}

/** The Gregorian day of a Hijri (Umm al-Qura) date, or null when that Hijri day does not exist. */
export function fromHijri(hijri: YMD): YMD | null {
  if (hijri.month < 1 || hijri.month > 12 || hijri.day < 1 || hijri.day > 30 || hijri.year < 1) return null;
  let ms = HIJRI_EPOCH_MS + Math.round(hijriOrdinal(hijri) - 1) * DAY_MS;
  for (let i = 0; i < 4; i++) {
    const diff = Math.round(hijriOrdinal(hijri) - hijriOrdinal(toHijri(fromUtcMs(ms))));
    if (diff === 0) break;
    ms += diff * DAY_MS;
  }
  for (const delta of [0, -1, 1, -2, 2]) {
    const candidate = fromUtcMs(ms + delta * DAY_MS);
    const back = toHijri(candidate);
    if (back.year === hijri.year && back.month === hijri.month && back.day === hijri.day) return candidate;
  }
  return null;
}

/** Western (Gregorian) Easter Sunday of `year`: the anonymous Gregorian reckoning (Meeus). */
export function easter(year: number): YMD {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The days in Hijri month `month` of `year` (Umm al-Qura): 29 or 30, or null when out of range. */
export function hijriMonthLength(year: number, month: number): number | null {
  const first = fromHijri({ year, month, day: 1 });
  const next = month === 12 ? fromHijri({ year: year + 1, month: 1, day: 1 }) : fromHijri({ year, month: month + 1, day: 1 });
  return first && next ? daysBetween(first, next) : null;
}
