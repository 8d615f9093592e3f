/**
 * Month and weekday names as the Arabic press writes them, in folded form (see
 * text/normalize.ts). Gregorian months come in two series: the Egyptian and Gulf one
 * (يناير … ديسمبر) and the Levantine and Iraqi one (كانون الثاني … كانون الأول).
 */

export interface MonthName {
  readonly folded: string;
  readonly month: number;
  readonly calendar: 'gregorian' | 'hijri';
  /** Names that are also common words (آب "father") count only next to a day or a year. */
  readonly ambiguous?: boolean;
}

const GREGORIAN: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['يناير', 'كانون الثاني', 'كانون ثاني', 'جانفي']],
  [2, ['فبراير', 'شباط', 'فيفري']],
  [3, ['مارس', 'اذار']],
  [4, ['ابريل', 'نيسان', 'افريل']],
  [5, ['مايو', 'ايار', 'ماي']],
  [6, ['يونيو', 'يونيه', 'حزيران', 'جوان']],
  [7, ['يوليو', 'يوليه', 'تموز', 'جويليه']],
  [8, ['اغسطس', 'اب', 'اوت', 'غشت']],
  [9, ['سبتمبر', 'ايلول', 'شتنبر']],
  [10, ['اكتوبر', 'تشرين الاول', 'تشرين اول']],
  [11, ['نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'نونبر']],
  [12, ['ديسمبر', 'كانون الاول', 'كانون اول', 'دجنبر']],
];

const HIJRI: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['محرم']],
  [2, ['صفر']],
  [3, ['ربيع الاول', 'ربيع اول']],
  [4, ['ربيع الثاني', 'ربيع الاخر', 'ربيع ثاني']],
  [5, ['جمادي الاولي', 'جمادي الاول']],
  [6, ['جمادي الاخره', 'جمادي الثانيه', 'جمادي الاخر']],
  [7, ['رجب']],
  [8, ['شعبان']],
  [9, ['رمضان']],
  [10, ['شوال']],
  [11, ['ذو القعده', 'ذي القعده']],
  [12, ['ذو الحجه', 'ذي الحجه']],
];

const AMBIGUOUS = new Set(['اب', 'ماي', 'صفر', 'رجب', 'رمضان', 'مارس']);

export const MONTH_NAMES: readonly MonthName[] = [
  ...GREGORIAN.flatMap(([month, names]) => names.map((folded) => ({ folded, month, calendar: 'gregorian' as const, ambiguous: AMBIGUOUS.has(folded) }))),
  ...HIJRI.flatMap(([month, names]) => names.map((folded) => ({ folded, month, calendar: 'hijri' as const, ambiguous: AMBIGUOUS.has(folded) }))),
].sort((a, b) => b.folded.length - a.folded.length);

export function monthByFoldedName(folded: string): MonthName | undefined {
  return MONTH_NAMES.find((m) => m.folded === folded);
}

/** Folded weekday names, Sunday first (0), as Date.getUTCDay() counts. */
export const WEEKDAYS_FOLDED = ['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت'] as const;

/** Display names for hovers: both Gregorian series and the Hijri months, by month number. */
export const MONTH_DISPLAY = {
  egyptian: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  levantine: ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
  english: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  hijri: ['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة'],
} as const;
