/**
 * Days and weeks named by their place in a month: مطلع كانون الثاني، أوائل آذار، منتصف
 * آذار، أواخر شهر مارس، آخر يوم من شهر عشرة، أول ثلاثاء من أكتوبر، آخر اثنين من الشهر
 * القادم، الثلاثاء الثالث من أيلول 2014، أول أسبوع من أكتوبر؛ and the parts of a year or a
 * month counted from the anchor (مطلع العام، نهاية الشهر الماضي).
 */
import { lookupWord, wordAt, type Token } from '../text/tokens';
import { ordinalAt } from '../numbers/words';
import { DIRECTIONS, dayWordAt, monthAt, ofAt, weekdayAt, yearAt } from './parts';
import { calendarDate, dateSpec, type DayRef, type Match, type MonthRef } from './spec';

type Part = 'start' | 'early' | 'mid' | 'late';

const PARTS: ReadonlyMap<string, Part> = new Map([
  ['مطلع', 'start'], ['بدايه', 'start'], ['مستهل', 'start'], ['اوايل', 'early'], ['اوائل', 'early'],
  ['منتصف', 'mid'], ['نصف', 'mid'], ['نص', 'mid'], ['اواسط', 'mid'], ['اواخر', 'late'], ['نهايه', 'late'], ['ختام', 'late'],
]);

/** A month with its year after it, if any: [من] [شهر] month [من عام 2014 | السنة القادمة]. */
function monthWithYear(tokens: readonly Token[], i: number): { ref: MonthRef; next: number } | null {
  const month = monthAt(tokens, ofAt(tokens, i), true);
  if (!month) return null;
  const year = yearAt(tokens, month.next);
  const ref: MonthRef = year ? { ...month.ref, year: year.year, yearOffset: year.offset } : month.ref;
  return { ref, next: year?.next ?? month.next };
}

/** مطلع كانون الثاني ٢٠٢٤، أوائل آذار، منتصف شهر 3; مطلع العام، نهاية الشهر الماضي. */
export function monthPartAt(tokens: readonly Token[], i: number): Match | null {
  const word = wordAt(tokens, i);
  if (!word) return null;
  const hit = lookupWord(PARTS, word);
  if (!hit) return null;
  const month = monthWithYear(tokens, i + 1);
  if (month) return { spec: dateSpec({ kind: 'month-part', part: hit.value, month: month.ref }), next: month.next, clitic: hit.clitic };
  // مطلع العام، نهاية الشهر الماضي، مطلع عام 2024
  const unit = wordAt(tokens, i + 1);
  const year = yearAt(tokens, i + 1);
  if (year && year.year !== null && year.marked) return { spec: dateSpec(calendarDate(year.year, null, null)), next: year.next, clitic: hit.clitic };
  const period = unit === 'العام' || unit === 'السنه' ? 'year' : unit === 'الشهر' ? 'month' : null;
  if (!period) return null;
  const dir = DIRECTIONS.get(wordAt(tokens, i + 2) ?? '');
  return { spec: dateSpec({ kind: 'period', unit: period, offset: dir ?? 0, count: 1 }), next: dir === undefined ? i + 2 : i + 3, clitic: hit.clitic };
}

/** آخر يوم بشهر عشرة سنة 2015، اليوم الأخير من شهر عشرة. */
export function lastDayAt(tokens: readonly Token[], i: number): Match | null {
  let j: number;
  if (wordAt(tokens, i) === 'اخر' && wordAt(tokens, i + 1) === 'يوم') j = i + 2;
  else if (wordAt(tokens, i) === 'اليوم' && wordAt(tokens, i + 1) === 'الاخير') j = i + 2;
  else return null;
  const month = monthWithYear(tokens, j);
  return month ? { spec: dateSpec({ kind: 'month-part', part: 'last-day', month: month.ref }), next: month.next, clitic: 0 } : null;
}

/** أول، ثاني، ثالث … (1–5) or آخر (-1) before a weekday or a week. */
function countAt(tokens: readonly Token[], i: number): { n: number; next: number } | null {
  const word = wordAt(tokens, i);
  if (word === 'اخر') return { n: -1, next: i + 1 };
  const ord = ordinalAt(tokens, i);
  return ord && ord.clitic === 0 && ord.value <= 5 ? { n: ord.value, next: ord.next } : null;
}

/** أول ثلاثاء من شهر عشرة، ثالث يوم ثلاثاء بأيلول بعام 2014، آخر اثنين من الشهر القادم. */
export function nthWeekdayAt(tokens: readonly Token[], i: number): Match | null {
  const count = countAt(tokens, i);
  if (!count) return null;
  const dayWord = dayWordAt(tokens, count.next);
  const weekday = weekdayAt(tokens, dayWord >= 0 ? dayWord : count.next, true);
  if (!weekday || weekday.clitic) return null;
  const month = monthWithYear(tokens, weekday.next);
  if (!month) return null;
  return { spec: dateSpec({ kind: 'nth-weekday', n: count.n, weekday: weekday.weekday, month: month.ref }), next: month.next, clitic: 0 };
}

/**
 * After a weekday: الأخير من شهر ثلاثة (the last such day), or an ordinal and a month
 * (الثلاثاء الثالث من أيلول 2014), which news reads as a day of the month and Duckling as
 * the nth such weekday: both readings are kept, and the one the weekday agrees with wins.
 */
export function weekdayOfMonthAt(tokens: readonly Token[], i: number, weekday: number): { nth: DayRef; next: number } | null {
  const word = wordAt(tokens, i);
  const count = word === 'الاخير' || word === 'الاخيره' ? { n: -1, next: i + 1 } : countAt(tokens, i);
  if (!count || (count.n > 0 && !word?.startsWith('ال'))) return null;
  const month = monthWithYear(tokens, count.next);
  if (!month) return null;
  return { nth: { kind: 'nth-weekday', n: count.n, weekday, month: month.ref }, next: month.next };
}

/** أول أسبوع بشهر أكتوبر 2014، الأسبوع الأول من شهر عشرة، آخر أسبوع في سبتمبر لعام 2014. */
export function nthWeekAt(tokens: readonly Token[], i: number): Match | null {
  let n: number | null = null;
  let j = i;
  const count = countAt(tokens, i);
  if (count && wordAt(tokens, count.next) === 'اسبوع') {
    n = count.n;
    j = count.next + 1;
  } else if (wordAt(tokens, i) === 'الاسبوع') {
    const after = wordAt(tokens, i + 1);
    const ord = after === 'الاخير' ? { n: -1, next: i + 2 } : countAt(tokens, i + 1);
    if (!ord || (ord.n > 0 && !after?.startsWith('ال'))) return null;
    n = ord.n;
    j = ord.next;
  } else return null;
  const month = monthWithYear(tokens, j);
  return month ? { spec: dateSpec({ kind: 'nth-week', n, month: month.ref }), next: month.next, clitic: 0 } : null;
}
