/**
 * Month and weekday names as the Arabic press writes them, in folded form (see
 * text/normalize.ts). Gregorian months come in two series: the Egyptian and Gulf one
 * (يناير … ديسمبر, with the Maghreb forms جانفي، أفريل، جوان، شتنبر …) and the Levantine and
 * Iraqi one (كانون الثاني … كانون الأول). Hijri months are written with هـ or without.
 */
import { lookupWord, wordAt, type Token } from '../text/tokens';

export type Series = 'egyptian' | 'levantine' | 'maghreb' | 'hijri';

export interface MonthName {
  readonly folded: string;
  readonly month: number;
  readonly calendar: 'gregorian' | 'hijri';
  readonly series: Series;
  /** Names that are also common words (آب "father", مارس "practised", صفر "zero", رجب and رمضان as names) count only next to a day or a year. */
  readonly ambiguous: boolean;
}

type Row = readonly [number, Series, readonly string[]];

const GREGORIAN: readonly Row[] = [
  [1, 'egyptian', ['يناير']], [1, 'levantine', ['كانون الثاني', 'كانون ثاني']], [1, 'maghreb', ['جانفي', 'جانفيه']],
  [2, 'egyptian', ['فبراير', 'فبرير']], [2, 'levantine', ['شباط']], [2, 'maghreb', ['فيفري']],
  [3, 'egyptian', ['مارس']], [3, 'levantine', ['اذار']],
  [4, 'egyptian', ['ابريل']], [4, 'levantine', ['نيسان']], [4, 'maghreb', ['افريل']],
  [5, 'egyptian', ['مايو']], [5, 'levantine', ['ايار']], [5, 'maghreb', ['ماي']],
  [6, 'egyptian', ['يونيو', 'يونيه']], [6, 'levantine', ['حزيران']], [6, 'maghreb', ['جوان']],
  [7, 'egyptian', ['يوليو', 'يوليه']], [7, 'levantine', ['تموز']], [7, 'maghreb', ['جويليه', 'يوليوز']],
  [8, 'egyptian', ['اغسطس', 'اغسطوس']], [8, 'levantine', ['اب']], [8, 'maghreb', ['اوت', 'غشت']],
  [9, 'egyptian', ['سبتمبر']], [9, 'levantine', ['ايلول']], [9, 'maghreb', ['شتنبر']],
  [10, 'egyptian', ['اكتوبر']], [10, 'levantine', ['تشرين الاول', 'تشرين اول']],
  [11, 'egyptian', ['نوفمبر']], [11, 'levantine', ['تشرين الثاني', 'تشرين ثاني']], [11, 'maghreb', ['نونبر']],
  [12, 'egyptian', ['ديسمبر']], [12, 'levantine', ['كانون الاول', 'كانون اول']], [12, 'maghreb', ['دجنبر']],
];

const HIJRI: readonly Row[] = [
  [1, 'hijri', ['محرم']],
  [2, 'hijri', ['صفر']],
  [3, 'hijri', ['ربيع الاول', 'ربيع اول']],
  [4, 'hijri', ['ربيع الثاني', 'ربيع الاخر', 'ربيع ثاني']],
  [5, 'hijri', ['جمادي الاولي', 'جمادي الاول', 'جماد الاول']],
  [6, 'hijri', ['جمادي الاخره', 'جمادي الثانيه', 'جمادي الاخر', 'جمادي الثاني', 'جماد الثاني']],
  [7, 'hijri', ['رجب']],
  [8, 'hijri', ['شعبان']],
  [9, 'hijri', ['رمضان']],
  [10, 'hijri', ['شوال']],
  [11, 'hijri', ['ذو القعده', 'ذي القعده', 'ذا القعده']],
  [12, 'hijri', ['ذو الحجه', 'ذي الحجه', 'ذا الحجه']],
];

const AMBIGUOUS = new Set(['اب', 'ماي', 'مارس', 'محرم', 'صفر', 'رجب', 'شعبان', 'رمضان']);

export const MONTH_NAMES: readonly MonthName[] = [...GREGORIAN, ...HIJRI].flatMap(([month, series, names]) =>
  names.map((folded) => ({ folded, month, calendar: series === 'hijri' ? ('hijri' as const) : ('gregorian' as const), series, ambiguous: AMBIGUOUS.has(folded) })),
);

/** Names by their first word, each list longest first. */
const BY_FIRST_WORD: ReadonlyMap<string, readonly MonthName[]> = (() => {
  const map = new Map<string, MonthName[]>();
  for (const name of MONTH_NAMES) {
    const first = name.folded.split(' ')[0];
    map.set(first, [...(map.get(first) ?? []), name].sort((a, b) => b.folded.length - a.folded.length));
  }
  return map;
})();

export interface MonthMatch {
  readonly name: MonthName;
  readonly next: number;
  /** Characters of a clitic on the first word (بأيلول). */
  readonly clitic: number;
}

/** A month name at token `i` (one or two words), the first word perhaps with a clitic. */
export function monthNameAt(tokens: readonly Token[], i: number): MonthMatch | null {
  const word = wordAt(tokens, i);
  if (!word) return null;
  const hit = lookupWord(BY_FIRST_WORD, word);
  if (!hit) return null;
  for (const name of hit.value) {
    const rest = name.folded.split(' ').slice(1);
    if (rest.every((w, k) => wordAt(tokens, i + 1 + k) === w)) return { name, next: i + 1 + rest.length, clitic: hit.clitic };
  }
  return null;
}

/** Folded weekday names, Sunday first (0), as Date.getUTCDay() counts; with ال and without. */
const WEEKDAY_FORMS: ReadonlyArray<readonly string[]> = [
  ['الاحد', 'احد'],
  ['الاثنين', 'اثنين', 'الاتنين', 'اتنين'],
  ['الثلاثاء', 'الثلاثا', 'ثلاثاء', 'ثلاثا'],
  ['الاربعاء', 'الاربعا', 'اربعاء', 'اربعا'],
  ['الخميس', 'خميس'],
  ['الجمعه', 'جمعه'],
  ['السبت', 'سبت'],
];

export const WEEKDAYS: ReadonlyMap<string, number> = new Map(WEEKDAY_FORMS.flatMap((forms, day) => forms.filter((f) => f.startsWith('ال')).map((f) => [f, day] as const)));
/** Weekdays without the article (احد، اثنين): only where the context says they are days (يوم الاثنين، أول ثلاثاء، اثنين الأسبوع). */
export const BARE_WEEKDAYS: ReadonlyMap<string, number> = new Map(WEEKDAY_FORMS.flatMap((forms, day) => forms.filter((f) => !f.startsWith('ال')).map((f) => [f, day] as const)));

/** Display names for hovers: both Gregorian series and the Hijri months, by month number. */
export const MONTH_DISPLAY = {
  egyptian: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  levantine: ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
  english: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  hijri: ['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة'],
  hijriEnglish: ['Muharram', 'Safar', 'Rabi al-Awwal', 'Rabi al-Thani', 'Jumada al-Ula', 'Jumada al-Akhira', 'Rajab', 'Shaban', 'Ramadan', 'Shawwal', 'Dhu al-Qada', 'Dhu al-Hijja'],
} as const;

/** Weekday names with the article, for fixes: الأحد … السبت. */
export const WEEKDAY_DISPLAY = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'] as const;
