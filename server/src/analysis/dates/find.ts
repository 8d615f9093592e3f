/**
 * Finds date and time expressions in one paragraph. Works on the folded text (see
 * text/normalize.ts) and maps every match back to the paragraph's own offsets.
 * Relative expressions are returned unresolved; dates/resolve.ts ties them to a day.
 */
import { foldWithMap, unfoldSpan } from '../text/normalize';
import { fromHijri, isoDate, isValidGregorian, type YMD } from './calendar';
import { MONTH_NAMES, WEEKDAYS_FOLDED, monthByFoldedName } from './months';

export type RelativeSpec =
  | { readonly unit: 'day'; readonly offset: number }
  | { readonly unit: 'weekday'; readonly weekday: number }
  | { readonly unit: 'week' | 'month' | 'year'; readonly offset: number };

export interface RawDate {
  /** Offsets into the paragraph. */
  readonly start: number;
  readonly end: number;
  /** Absolute ISO value when the text gives one. */
  readonly value: string | null;
  readonly calendar: 'gregorian' | 'hijri';
  readonly weekday: number | null;
  readonly relative: RelativeSpec | null;
  /** The time of day as written, "HH:MM" or "HH:MM:SS" (24-hour), added to resolved relative dates. */
  readonly time: string | null;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MONTH = `(${MONTH_NAMES.map((m) => esc(m.folded)).join('|')})`;
const WEEKDAY = `(${WEEKDAYS_FOLDED.map((w) => `${esc(w)}`).join('|')})`;
const TIME = '(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*(am|pm|ص|م|صباحا|مساء|ظهرا|عصرا|ليلا)' + E + ')?';
const TIME_TAIL = `(?:\\s*(?:-|–|،|,|الساعه)?\\s*${TIME})?`;
const WEEKDAY_HEAD = `(?:(?:يوم\\s+)?${WEEKDAY}\\s*[،,]?\\s*)?`;
const PART_OF_DAY = '(?:(?:صباح|مساء|ليل|ليله|ظهر|فجر|عصر|منتصف ليل)\\s+)?';
const CLITIC = '(?:و|ف|ب|ل)?';

interface Matcher {
  readonly re: RegExp;
  readonly build: (m: RegExpExecArray) => Omit<RawDate, 'start' | 'end'> | null;
}

function weekdayIndex(folded: string | undefined): number | null {
  if (!folded) return null;
  const i = (WEEKDAYS_FOLDED as readonly string[]).indexOf(folded);
  return i < 0 ? null : i;
}

function to24h(hour: number, marker: string | undefined): number {
  if (!marker) return hour;
  const pm = marker === 'pm' || marker === 'م' || marker === 'مساء' || marker === 'عصرا' || marker === 'ليلا' || (marker === 'ظهرا' && hour < 11);
  if (pm && hour < 12) return hour + 12;
  if (!pm && hour === 12 && (marker === 'am' || marker === 'ص' || marker === 'صباحا')) return 0;
  return hour;
}

/** "HH:MM[:SS]" from regex groups hour, minute, second, marker; null when absent or impossible. */
function timeOf(h?: string, min?: string, s?: string, marker?: string): string | null {
  if (h === undefined || min === undefined) return null;
  const hour = to24h(Number(h), marker);
  if (hour > 23 || Number(min) > 59 || (s !== undefined && Number(s) > 59)) return null;
  return `${String(hour).padStart(2, '0')}:${min}${s !== undefined ? `:${s}` : ''}`;
}

function withTime(date: string, time: string | null): string {
  return time ? `${date}T${time}` : date;
}

function gregorian(ymd: YMD, time: string | null, weekday: number | null): Omit<RawDate, 'start' | 'end'> | null {
  if (!isValidGregorian(ymd)) return null;
  return { value: withTime(isoDate(ymd), time), calendar: 'gregorian', weekday, relative: null, time };
}

const MATCHERS: readonly Matcher[] = [
  // 2017-07-01 08:31:47 AM
  {
    re: new RegExp(`${B}${WEEKDAY_HEAD}(\\d{4})-(\\d{1,2})-(\\d{1,2})${E}${TIME_TAIL}`, 'gu'),
    build: (m) => gregorian({ year: +m[2], month: +m[3], day: +m[4] }, timeOf(m[5], m[6], m[7], m[8]), weekdayIndex(m[1])),
  },
  // 14-10-2017, 30/6/2017, ٣٠/٦/٢٠١٧
  {
    re: new RegExp(`${B}${WEEKDAY_HEAD}(\\d{1,2})([/\\-.])(\\d{1,2})\\3(\\d{4})${E}${TIME_TAIL}`, 'gu'),
    build: (m) => gregorian({ year: +m[5], month: +m[4], day: +m[2] }, timeOf(m[6], m[7], m[8], m[9]), weekdayIndex(m[1])),
  },
  // 30/يونيو/2017 - 02:53 م, 29 حزيران (يونيو) 2017, 12 حزيران, 1 شوال 1438 هـ
  {
    re: new RegExp(
      `${B}${WEEKDAY_HEAD}(\\d{1,2})\\s*[/\\-]?\\s*${MONTH}${E}(?:\\s*[(/]\\s*${MONTH}\\s*\\)?)?(?:\\s*[/\\-]?\\s*(?:من\\s+)?(?:العام\\s+|عام\\s+)?(\\d{4})${E}(?:\\s*(?:هـ|ه|هجريه|للهجره|م|ميلاديه)${E})?)?${TIME_TAIL}`,
      'gu',
    ),
    build: (m) => {
      const month = monthByFoldedName(m[3]);
      if (!month) return null;
      const day = +m[2];
      const time = timeOf(m[6], m[7], m[8], m[9]);
      const weekday = weekdayIndex(m[1]);
      if (!m[5]) {
        if (month.calendar === 'hijri' || day < 1 || day > 31) return null;
        return { value: `--${String(month.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, calendar: 'gregorian', weekday, relative: null, time };
      }
      if (month.calendar === 'hijri') {
        const g = fromHijri({ year: +m[5], month: month.month, day });
        if (!g) return null;
        return { value: withTime(isoDate(g), time), calendar: 'hijri', weekday, relative: null, time };
      }
      return gregorian({ year: +m[5], month: month.month, day }, time, weekday);
    },
  },
  // حزيران 2017, سبتمبر/أيلول 2017
  {
    re: new RegExp(`${B}${MONTH}(?:\\s*[(/]\\s*${MONTH}\\s*\\)?)?\\s+(?:من\\s+)?(?:العام\\s+|عام\\s+)?(\\d{4})${E}`, 'gu'),
    build: (m) => {
      const month = monthByFoldedName(m[1]);
      if (!month || month.calendar === 'hijri') return null;
      return { value: `${m[3]}-${String(month.month).padStart(2, '0')}`, calendar: 'gregorian', weekday: null, relative: null, time: null };
    },
  },
  // منذ سبتمبر/أيلول, في حزيران
  {
    re: new RegExp(`(?<=(?:في|منذ|خلال|شهر|حتي|مطلع|اواخر|اوائل|نهايه|بدايه|منتصف)\\s)${MONTH}${E}(?:\\s*[(/]\\s*${MONTH}${E}\\s*\\)?)?`, 'gu'),
    build: (m) => {
      const month = monthByFoldedName(m[1]);
      if (!month || month.ambiguous || month.calendar === 'hijri') return null;
      return { value: `--${String(month.month).padStart(2, '0')}`, calendar: 'gregorian', weekday: null, relative: null, time: null };
    },
  },
  // العام 2014, عام 2013
  {
    re: new RegExp(`${B}${CLITIC}(?:العام|عام|سنه|السنه)\\s+(\\d{4})${E}`, 'gu'),
    build: (m) => ({ value: m[1], calendar: 'gregorian', weekday: null, relative: null, time: null }),
  },
  // مساء أمس الخميس, أول أمس, اليوم الجمعة, غدا
  {
    re: new RegExp(
      `${B}${CLITIC}${PART_OF_DAY}(اول امس|امس الاول|امس|البارحه|اليوم|غدا|بعد غد)(?:\\s+${WEEKDAY})?${E}(?!\\s+(?:الذي|التي|التالي|السابق|الوطني|العالمي|الاول|الاخير))`,
      'gu',
    ),
    build: (m) => {
      const offsets: Record<string, number> = { 'اول امس': -2, 'امس الاول': -2, امس: -1, البارحه: -1, اليوم: 0, غدا: 1, 'بعد غد': 2 };
      return { value: null, calendar: 'gregorian', weekday: weekdayIndex(m[2]), relative: { unit: 'day', offset: offsets[m[1]] }, time: null };
    },
  },
  // الخميس, يوم الجمعة, ليل الجمعة
  {
    re: new RegExp(`${B}${CLITIC}${PART_OF_DAY}(?:يوم\\s+)?${WEEKDAY}${E}`, 'gu'),
    build: (m) => {
      const weekday = weekdayIndex(m[1]);
      return weekday === null ? null : { value: null, calendar: 'gregorian', weekday, relative: { unit: 'weekday', weekday }, time: null };
    },
  },
  // قبل يومين, قبل ثلاثة أيام
  {
    re: /(?<![\p{L}\p{N}])قبل\s+(يومين|(\d{1,2}|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره)\s+ايام)(?![\p{L}\p{N}])/gu,
    build: (m) => {
      const words: Record<string, number> = { ثلاثه: 3, اربعه: 4, خمسه: 5, سته: 6, سبعه: 7, ثمانيه: 8, تسعه: 9, عشره: 10 };
      const n = m[1] === 'يومين' ? 2 : (words[m[2]] ?? Number(m[2]));
      return { value: null, calendar: 'gregorian', weekday: null, relative: { unit: 'day', offset: -n }, time: null };
    },
  },
  // الأسبوع الماضي, العام الماضي, الشهر المقبل
  {
    re: /(?<![\p{L}\p{N}])(?:و|ف|ب|ل)?(الاسبوع|الشهر|العام|السنه)\s+(الماضي|المنصرم|الفائت|المقبل|القادم|الحالي|الجاري)(?![\p{L}\p{N}])/gu,
    build: (m) => {
      const unit = m[1] === 'الاسبوع' ? 'week' : m[1] === 'الشهر' ? 'month' : 'year';
      const offset = /الماضي|المنصرم|الفائت/.test(m[2]) ? -1 : /المقبل|القادم/.test(m[2]) ? 1 : 0;
      return { value: null, calendar: 'gregorian', weekday: null, relative: { unit, offset }, time: null };
    },
  },
];

/** Date and time expressions in `paragraph`, in text order, without overlaps. */
export function findDates(paragraph: string): RawDate[] {
  const folded = foldWithMap(paragraph);
  const found: RawDate[] = [];
  for (const matcher of MATCHERS) {
    matcher.re.lastIndex = 0;
    for (let m = matcher.re.exec(folded.text); m; m = matcher.re.exec(folded.text)) {
      if (m[0].length === 0) {
        matcher.re.lastIndex++;
        continue;
      }
      const built = matcher.build(m);
      if (!built) continue;
      let start = m.index;
      const end = m.index + m[0].trimEnd().length;
      // A leading clitic (و ب ل ف) is not part of the expression.
      if (/^[وفبل](?=ال|امس|اليوم|غدا|يوم|صباح|مساء|ليل|ظهر|فجر|عصر|منتصف|عام|سنه)/.test(m[0])) start++;
      const span = unfoldSpan(paragraph, folded, start, end);
      if (found.some((d) => d.start < span.end && span.start < d.end)) continue;
      found.push({ ...built, start: span.start, end: span.end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
