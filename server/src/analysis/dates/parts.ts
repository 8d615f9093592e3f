/**
 * The pieces dates are made of, read from tokens: a weekday, a day of the month (in
 * digits or as an ordinal), a month (by name in any series, or as شهر 3 / الشهر الثامن
 * where the context allows), a year with its era (هـ، م), and the words that move a day,
 * a week or a month (الماضي، القادم، الحالي).
 */
import { lookupWord, wordAt, type Token } from '../text/tokens';
import { cardinalAt, ordinalAt } from '../numbers/words';
import { BARE_WEEKDAYS, WEEKDAYS, monthNameAt } from './months';
import type { MonthRef } from './spec';

export const isSymbol = (t: Token | undefined, chars: string): boolean => t !== undefined && t.kind === 'symbol' && chars.includes(t.text);

/** A weekday at `i` (الخميس، والجمعة, and with `bare` also خميس). Not الأحد عشر (the eleventh). */
export function weekdayAt(tokens: readonly Token[], i: number, bare = false): { weekday: number; next: number; clitic: number } | null {
  const word = wordAt(tokens, i);
  if (!word) return null;
  // Forms without the article take no clitic: واحد is "one", not و + احد.
  const plain = bare ? BARE_WEEKDAYS.get(word) : undefined;
  const hit = lookupWord(WEEKDAYS, word) ?? (plain !== undefined ? { value: plain, clitic: 0 } : null);
  if (!hit) return null;
  const after = wordAt(tokens, i + 1);
  if ((hit.value === 0 || hit.value === 1) && (after === 'عشر' || after === 'عشره')) return null;
  return { weekday: hit.value, next: i + 1, clitic: hit.clitic };
}

/** «يوم» before a weekday or a day, with its clitic (ويوم، في يوم). */
export function dayWordAt(tokens: readonly Token[], i: number): number {
  const word = wordAt(tokens, i);
  return word !== undefined && /^[وفبل]?يوم$/.test(word) ? i + 1 : -1;
}

/** Words that move a period: back (-1), the current one (0), forward (1). */
export const DIRECTIONS: ReadonlyMap<string, number> = new Map([
  ...['الماضي', 'الماض', 'الماضيه', 'المنصرم', 'المنصرمه', 'الفايت', 'الفايته', 'السابق', 'السابقه', 'الفاءت'].map((w) => [w, -1] as const),
  ...['الحالي', 'الحاليه', 'الجاري', 'الجاريه'].map((w) => [w, 0] as const),
  ...['القادم', 'القادمه', 'المقبل', 'المقبله', 'التالي', 'التاليه', 'الجاي', 'الجايه'].map((w) => [w, 1] as const),
]);

/** A day of the month in digits (1–31). Days past the month's end are kept, to be reported as impossible. */
export function dayNumberAt(tokens: readonly Token[], i: number): { day: number; next: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'number' || !/^\d{1,2}$/.test(t.text)) return null;
  const day = Number(t.text);
  return day >= 1 && day <= 31 ? { day, next: i + 1 } : null;
}

/** A day of the month as an ordinal (الأول، الثالث عشر، الحادي والعشرين), 1–31. */
export function dayOrdinalAt(tokens: readonly Token[], i: number): { day: number; next: number; clitic: number } | null {
  const ord = ordinalAt(tokens, i);
  return ord && ord.value >= 1 && ord.value <= 31 ? { day: ord.value, next: ord.next, clitic: ord.clitic } : null;
}

export interface MonthPart {
  readonly ref: MonthRef;
  readonly next: number;
  readonly clitic: number;
  readonly ambiguous: boolean;
  /** A second name given for the same month: حزيران (يونيو)، سبتمبر/أيلول. */
  readonly paired: number | null;
}

/** حزيران (يونيو), سبتمبر/أيلول, يونيو (حزيران): the second name after a month. */
function pairAfter(tokens: readonly Token[], i: number): { month: number; next: number } | null {
  const open = isSymbol(tokens[i], '(/');
  if (!open) return null;
  const name = monthNameAt(tokens, i + 1);
  if (!name || name.name.calendar !== 'gregorian') return null;
  const close = tokens[i].text === '(' ? (isSymbol(tokens[name.next], ')') ? name.next + 1 : -1) : name.next;
  return close < 0 ? null : { month: name.name.month, next: close };
}

/**
 * A month at `i`: a name (optionally after شهر), or, when `numeric`, شهر 3, شهر عشرة،
 * الشهر الثامن, and الشهر القادم. The year is left to the caller.
 */
export function monthAt(tokens: readonly Token[], i: number, numeric = false): MonthPart | null {
  let j = i;
  let clitic = 0;
  const first = wordAt(tokens, j);
  const shahr = first !== undefined && /^[وفبل]?شهر$/.test(first) ? first.length - 3 : -1;
  if (shahr >= 0) {
    clitic = shahr;
    j++;
  }
  const name = monthNameAt(tokens, j);
  if (name) {
    const pair = pairAfter(tokens, name.next);
    const ref: MonthRef = { month: name.name.month, monthOffset: null, year: null, yearOffset: null, calendar: name.name.calendar };
    return { ref, next: pair?.next ?? name.next, clitic: shahr >= 0 ? clitic : name.clitic, ambiguous: name.name.ambiguous && shahr < 0, paired: pair?.month ?? null };
  }
  if (!numeric) return null;
  if (shahr >= 0) {
    const t = tokens[j];
    const n = t?.kind === 'number' ? Number(t.text) : cardinalAt(tokens, j)?.value;
    const next = t?.kind === 'number' ? j + 1 : (cardinalAt(tokens, j)?.next ?? -1);
    if (n !== undefined && Number.isInteger(n) && n >= 1 && n <= 12) return { ref: { month: n, monthOffset: null, year: null, yearOffset: null, calendar: 'gregorian' }, next, clitic, ambiguous: false, paired: null };
    return null;
  }
  // الشهر الثامن، بالشهر القادم
  const word = wordAt(tokens, j);
  if (word === undefined || !/^[وفبل]?الشهر$/.test(word)) return null;
  const ord = ordinalAt(tokens, j + 1);
  if (ord && ord.clitic === 0 && ord.value >= 1 && ord.value <= 12) return { ref: { month: ord.value, monthOffset: null, year: null, yearOffset: null, calendar: 'gregorian' }, next: ord.next, clitic: word.length - 5, ambiguous: false, paired: null };
  const dir = DIRECTIONS.get(wordAt(tokens, j + 1) ?? '');
  if (dir !== undefined) return { ref: { month: null, monthOffset: dir, year: null, yearOffset: null, calendar: 'gregorian' }, next: j + 2, clitic: word.length - 5, ambiguous: false, paired: null };
  return null;
}

export interface YearPart {
  readonly year: number | null;
  /** السنة القادمة: relative to the anchor's year. */
  readonly offset: number | null;
  readonly calendar: 'gregorian' | 'hijri' | null;
  readonly next: number;
  readonly clitic: number;
  /** Whether a word (عام، سنة) or an era (هـ، م) says it is a year. */
  readonly marked: boolean;
}

const YEAR_WORD = /^(?:[وفب]?(?:ال)?|لل?)(?:عام|سنه|عامي)$/;
const HIJRI_ERA = new Set(['ه', 'هجري', 'هجريه', 'للهجره', 'هجريا']);
const GREGORIAN_ERA = new Set(['م', 'ميلادي', 'ميلاديه', 'للميلاد', 'ميلاديا']);

/** The era after a year (هـ، هجرية، م، ميلادي). */
function eraAt(tokens: readonly Token[], i: number): { calendar: 'gregorian' | 'hijri'; next: number } | null {
  const word = wordAt(tokens, i);
  if (!word) return null;
  if (HIJRI_ERA.has(word)) return { calendar: 'hijri', next: i + 1 };
  if (GREGORIAN_ERA.has(word)) return { calendar: 'gregorian', next: i + 1 };
  return null;
}

/** A four-digit year at `i`, perhaps after (من|في|ل)?(ال)?عام / سنة, perhaps with its era; or السنة القادمة. */
export function yearAt(tokens: readonly Token[], i: number): YearPart | null {
  let j = i;
  let clitic = 0;
  let marked = false;
  const word = wordAt(tokens, j);
  if (word === 'من' || word === 'في') j++;
  const yearWord = wordAt(tokens, j);
  if (yearWord !== undefined && YEAR_WORD.test(yearWord)) {
    marked = true;
    if (j === i) clitic = yearWord.replace(/(?:ال)?(?:عام|سنه|عامي)$/, '').length;
    const dir = DIRECTIONS.get(wordAt(tokens, j + 1) ?? '');
    if (dir !== undefined && /ال(?:عام|سنه)$/.test(yearWord)) return { year: null, offset: dir, calendar: null, next: j + 2, clitic, marked };
    j++;
  } else if (j !== i) return null;
  const t = tokens[j];
  if (!t || t.kind !== 'number' || !/^\d{4}$/.test(t.text)) return null;
  const year = Number(t.text);
  if (year < 1000 || year > 2999) return null;
  const era = eraAt(tokens, j + 1);
  return { year, offset: null, calendar: era?.calendar ?? null, next: era?.next ?? j + 1, clitic, marked: marked || era !== null };
}

/** «من» or «في» or «ب» before the month in «الأول من شباط»; the token after it. */
export function ofAt(tokens: readonly Token[], i: number): number {
  const word = wordAt(tokens, i);
  return word === 'من' || word === 'في' ? i + 1 : i;
}
