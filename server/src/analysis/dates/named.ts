/**
 * Dates with a month name: 29 حزيران (يونيو) 2014, 30/يونيو/2017, 6 شوال 1438 هـ, الأول
 * من شباط, الثالث عشر من شهر شباط 2013, 13 إلى 15 تموز, من 13 تموز إلى 15 تموز, يوليو
 * 13-15, حزيران 2017, منذ سبتمبر/أيلول, and a day alone after a weekday (السبت السادس عشر).
 */
import { wordAt, type Token } from '../text/tokens';
import { dayNumberAt, dayOrdinalAt, isSymbol, monthAt, ofAt, yearAt, type MonthPart, type YearPart } from './parts';
import { calendarDate, dateSpec, type DayRef, type Match } from './spec';

interface Day {
  readonly day: number;
  readonly next: number;
  readonly clitic: number;
  readonly ordinal: boolean;
}

/** A day of the month at `i`: 29, الأول, اليوم الثالث, ثالث يوم. */
function dayAt(tokens: readonly Token[], i: number): Day | null {
  const num = dayNumberAt(tokens, i);
  if (num) return { day: num.day, next: num.next, clitic: 0, ordinal: false };
  // اليوم الثالث من اكتوبر
  const lead = wordAt(tokens, i) === 'اليوم' ? i + 1 : i;
  const ord = dayOrdinalAt(tokens, lead);
  if (!ord) return null;
  // ثالث يوم من شهر عشرة
  const next = lead === i && wordAt(tokens, ord.next) === 'يوم' ? ord.next + 1 : ord.next;
  return { day: ord.day, next, clitic: lead === i ? ord.clitic : 0, ordinal: true };
}

/** The end of a range of days: -15, إلى 15, وحتى السادس والعشرين. */
function untilDayAt(tokens: readonly Token[], i: number): { day: number; next: number } | null {
  const t = tokens[i];
  const word = wordAt(tokens, i);
  const isConn = isSymbol(t, '-–') || word === 'الي' || word === 'حتي' || word === 'وحتي' || word === 'و';
  if (!isConn) return null;
  const day = dayAt(tokens, i + 1);
  return day ? { day: day.day, next: day.next } : null;
}

/** A year after a month: 2017, ، 2017, /2017, من العام 2014, لعام 2014, 1438 هـ. */
function yearAfter(tokens: readonly Token[], i: number): YearPart | null {
  const j = isSymbol(tokens[i], '،,/-') ? i + 1 : i;
  const year = yearAt(tokens, j);
  return year && (year.year !== null || year.offset !== null) ? year : null;
}

function withYear(ref: DayRef, year: YearPart | null): DayRef {
  if (ref.kind !== 'date' || !year) return ref;
  // حزيران من العام الماضي
  return year.year === null && year.offset !== null ? { ...ref, yearOffset: year.offset } : { ...ref, year: year.year };
}

/** day [-day] [من] [شهر] month [(pair)] [year]. `weekday`: a weekday came first, so a day alone will do. */
export function namedDateAt(tokens: readonly Token[], i: number, weekday = false): Match | null {
  const from = dayAt(tokens, i);
  if (!from) return null;
  let j = from.next;
  const found = untilDayAt(tokens, j);
  const range = found && found.day > from.day ? found : null;
  if (range) j = range.next;
  const slash = isSymbol(tokens[j], '/-') && !range;
  if (slash) j++;
  const of = ofAt(tokens, j);
  const month = monthAt(tokens, of, of > j || from.ordinal || wordAt(tokens, of) === 'شهر' || /شهر$/.test(wordAt(tokens, of) ?? ''));
  if (!month) {
    // السبت السادس عشر، الثلاثاء التاسع عشر من هذا الشهر
    if (!weekday || !from.ordinal || range) return null;
    const thisMonth = wordAt(tokens, of) === 'هذا' && wordAt(tokens, of + 1) === 'الشهر' ? of + 2 : from.next;
    return { spec: dateSpec(calendarDate(null, null, from.day)), next: thisMonth, clitic: from.clitic };
  }
  if (month.ref.month === null) return monthRelative(from, range, month);
  const year = yearAfter(tokens, month.next);
  if (month.ambiguous && !year && from.ordinal && of === j) return null;
  const calendar = month.ref.calendar;
  const day = withYear(calendarDate(month.ref.year, month.ref.month, from.day, calendar), year);
  const until = range ? { day: withYear(calendarDate(month.ref.year, month.ref.month, range.day, calendar), year), time: null } : null;
  return { spec: dateSpec(day, { until, pairedMonth: month.paired }), next: year?.next ?? month.next, clitic: from.clitic };
}

/** الأول من الشهر القادم: a day of a month counted from the anchor. */
function monthRelative(from: Day, range: { day: number } | null, month: MonthPart): Match | null {
  if (range) return null;
  const ref = { ...month.ref, month: null };
  return { spec: dateSpec({ kind: 'month-part', part: 'start', month: ref }), next: month.next, clitic: from.clitic };
}

/** month [(pair)] day[-day] [year], or month year: يوليو 13-15, تموز 13 الى 15, حزيران 2017, كانون الثاني ٢٠٢٤. */
export function monthFirstAt(tokens: readonly Token[], i: number): Match | null {
  const month = monthAt(tokens, i);
  if (!month || month.ref.month === null) return null;
  const day = month.ambiguous ? null : dayNumberAt(tokens, month.next);
  const found = day ? untilDayAt(tokens, day.next) : null;
  const range = found && day && found.day > day.day ? found : null;
  const year = yearAfter(tokens, range?.next ?? day?.next ?? month.next);
  if (!day && !year) return null;
  // رمضان 2019: a Hijri month in a Gregorian year is a feast's month (holidays.ts).
  if (month.ref.calendar === 'hijri' && year && year.calendar !== 'hijri' && (year.year ?? 0) >= 1700) return null;
  const calendar = month.ref.calendar;
  const ref = withYear(calendarDate(null, month.ref.month, day?.day ?? null, calendar), year);
  const until = range ? { day: withYear(calendarDate(null, month.ref.month, range.day, calendar), year), time: null } : null;
  return { spec: dateSpec(ref, { until, pairedMonth: month.paired }), next: year?.next ?? range?.next ?? (day as { next: number }).next, clitic: month.clitic };
}

/** Words after which a month name alone is a month: في حزيران، منذ سبتمبر/أيلول، خلال آب. */
const MONTH_CONTEXT = /^(?:[وفبل]?(?:في|منذ|خلال|حتي|قبل|بعد|شهر|مطلع|اوائل|اواخر|منتصف|نهايه|بدايه|مستهل)|الماضي|المقبل)$/;

/** A month name alone after a word that introduces a time (في، منذ، خلال); ambiguous names (آب، مارس) are left out. */
export function monthAloneAt(tokens: readonly Token[], i: number): Match | null {
  const before = wordAt(tokens, i - 1);
  if (before === undefined || !MONTH_CONTEXT.test(before)) return null;
  const month = monthAt(tokens, i);
  if (!month || month.ambiguous || month.ref.month === null || month.ref.calendar === 'hijri') return null;
  // في حزيران من العام الماضي، في حزيران من عام 2014
  const year = yearAt(tokens, month.next);
  const ref = withYear(calendarDate(null, month.ref.month, null), year && year.marked && (year.year !== null || year.offset !== null) ? year : null);
  return { spec: dateSpec(ref, { pairedMonth: month.paired }), next: ref !== null && year && year.marked ? year.next : month.next, clitic: month.clitic };
}

/** من 13 تموز الى 15 تموز: two full dates joined as an interval. */
export function dateToDateAt(tokens: readonly Token[], i: number): Match | null {
  const lead = wordAt(tokens, i);
  if (lead !== 'من' && lead !== 'بين') return null;
  const a = namedDateAt(tokens, i + 1);
  if (!a || a.spec.until) return null;
  const conn = wordAt(tokens, a.next);
  if (conn !== 'الي' && conn !== 'حتي' && conn !== 'وحتي' && !(lead === 'بين' && conn === 'و')) return null;
  const b = namedDateAt(tokens, a.next + 1);
  if (!b || b.spec.until || a.spec.day.kind !== 'date' || b.spec.day.kind !== 'date') return null;
  const year = a.spec.day.year ?? b.spec.day.year;
  const from = { ...a.spec.day, year };
  return { spec: dateSpec(from, { until: { day: b.spec.day, time: null } }), next: b.next, clitic: 0 };
}
