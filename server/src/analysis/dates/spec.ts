/**
 * What the date recogniser reads from a paragraph, before any anchor is known: which day
 * (or month, year, week) an expression names, absolutely or relative to the article's
 * date, with the time of day and the end of an interval. dates/resolve.ts turns these
 * into ISO values.
 */
import type { Calendar } from '../model';

export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  readonly second: number | null;
  readonly grain: 'hour' | 'minute' | 'second';
  /** Whether the text said morning or afternoon (ص/م، صباحا، مساء، AM/PM), so `hour` is on the 24-hour clock. */
  readonly fixed: boolean;
  /** A time zone the text names: "Z" (GMT) or "+03:00" (Mecca), else null. */
  readonly zone: string | null;
}

/** A month, perhaps relative (الشهر القادم) or without its year. */
export interface MonthRef {
  readonly month: number | null;
  readonly monthOffset: number | null;
  readonly year: number | null;
  readonly yearOffset: number | null;
  readonly calendar: Calendar;
}

export type Holiday = 'eid-al-fitr' | 'eid-al-adha' | 'hijri-new-year' | 'mawlid' | 'arafah' | 'ramadan' | 'christmas' | 'new-year' | 'easter';

export type DayRef =
  /** Parts written as numbers or names; missing ones come from the anchor. */
  | { readonly kind: 'date'; readonly year: number | null; readonly month: number | null; readonly day: number | null; readonly calendar: Calendar; readonly yearOffset?: number }
  /** A month part: مطلع (its first day), أوائل (1–10), منتصف (the 15th), أواخر (21 to the end), آخر يوم. */
  | { readonly kind: 'month-part'; readonly part: 'start' | 'early' | 'mid' | 'late' | 'last-day'; readonly month: MonthRef }
  /** اليوم، أمس، غدا، أول أمس، قبل يومين. */
  | { readonly kind: 'offset'; readonly days: number }
  /** A weekday alone (الخميس), or with a direction (الخميس الماضي، القادم) or a week (اثنين الأسبوع الحالي). */
  | { readonly kind: 'weekday'; readonly weekday: number; readonly mode: 'bare' | 'past' | 'next' | 'this'; readonly week: number | null }
  /** قبل أسبوع، قبل ثلاثة أشهر، قبل عامين. */
  | { readonly kind: 'ago'; readonly unit: 'week' | 'month' | 'year'; readonly n: number }
  /** الأسبوع الماضي، الشهر المقبل، العام الحالي; `count` for الأسابيع الثلاثة القادمة، الأيام الثلاثة الماضية. */
  | { readonly kind: 'period'; readonly unit: 'day' | 'week' | 'month' | 'year'; readonly offset: number; readonly count: number }
  /** أول ثلاثاء من أكتوبر, آخر اثنين من آذار (n = -1). */
  | { readonly kind: 'nth-weekday'; readonly n: number; readonly weekday: number; readonly month: MonthRef }
  /** أول أسبوع من أكتوبر, آخر أسبوع في سبتمبر: weeks that lie wholly in the month. */
  | { readonly kind: 'nth-week'; readonly n: number; readonly month: MonthRef }
  | { readonly kind: 'holiday'; readonly holiday: Holiday; readonly year: number | null }
  /** A Hijri year (1438 هـ), which spans two Gregorian years. */
  | { readonly kind: 'hijri-year'; readonly year: number }
  /** الآن. */
  | { readonly kind: 'now' }
  /** A time of day alone. */
  | { readonly kind: 'time-only' };

export interface DateSpec {
  readonly day: DayRef;
  /** The weekday the text names beside the date, if any (0 = Sunday). */
  readonly weekday: number | null;
  readonly time: TimeOfDay | null;
  /** The end of an interval: another day (null: the same one) and perhaps a time. */
  readonly until: { readonly day: DayRef | null; readonly time: TimeOfDay | null } | null;
  /** A second month name given for the same month (حزيران (يونيو)), to check that both agree. */
  readonly pairedMonth: number | null;
  /** Another reading of the same words, taken when the named weekday agrees with it and not with `day`. */
  readonly alternative: DayRef | null;
  /** The same day written in the other calendar after الموافق (١٤٤٥/٠٣/١٥ هـ الموافق ٣٠/٠٩/٢٠٢٣), to check that both agree. */
  readonly paired: DayRef | null;
}

/** What a recogniser rule read at a token: the spec, where it ends, and the clitic before it. */
export interface Match {
  readonly spec: DateSpec;
  /** Token index after the match. */
  readonly next: number;
  /** Characters of a clitic (و ب ل ف) on the first token, not part of the expression. */
  readonly clitic: number;
}

export function dateSpec(day: DayRef, extra: Partial<DateSpec> = {}): DateSpec {
  return { day, weekday: null, time: null, until: null, pairedMonth: null, alternative: null, paired: null, ...extra };
}

export function calendarDate(year: number | null, month: number | null, day: number | null, calendar: Calendar = 'gregorian'): DayRef {
  return { kind: 'date', year, month, day, calendar };
}
