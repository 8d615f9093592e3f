/**
 * Number words in folded form (see text/normalize.ts: أ إ آ → ا, ى ئ → ي, ة → ه), as the
 * press writes them in Modern Standard Arabic, with the Egyptian forms Duckling's
 * corpus uses (تلاتة، متين، تلتمية، حداشر). Values only; the parsers are in words.ts.
 */

const entries = (pairs: ReadonlyArray<readonly [number, string]>): ReadonlyMap<string, number> => new Map(pairs.map(([v, w]) => [w, v]));

/** 0–10 in every gender and case. Forms that are also common words are in AMBIGUOUS_UNITS. */
export const UNITS = entries([
  [0, 'صفر'],
  [1, 'واحد'], [1, 'واحده'],
  [2, 'اثنان'], [2, 'اثنين'], [2, 'اثنتان'], [2, 'اثنتين'], [2, 'اتنين'], [2, 'اتنان'],
  [3, 'ثلاث'], [3, 'ثلاثه'], [3, 'تلات'], [3, 'تلاته'],
  [4, 'اربع'], [4, 'اربعه'],
  [5, 'خمس'], [5, 'خمسه'],
  [6, 'ست'], [6, 'سته'],
  [7, 'سبع'], [7, 'سبعه'],
  [8, 'ثمان'], [8, 'ثماني'], [8, 'ثمانيه'], [8, 'تمن'], [8, 'تماني'], [8, 'تمانيه'],
  [9, 'تسع'], [9, 'تسعه'],
  [10, 'عشر'], [10, 'عشره'],
]);

/**
 * Unit forms that are also ordinary words (zero/a Hijri month, one as an adjective, six/lady,
 * seven/lion, five/a fifth, ten/a tenth, nine/a ninth): alone they are figures only before
 * what they count.
 */
export const AMBIGUOUS_UNITS = new Set(['صفر', 'واحد', 'واحده', 'ست', 'سبع', 'خمس', 'عشر', 'تسع', 'تمن']);

/** First words of 11–19 (احد عشر، إحدى عشرة، اثنا عشر، اثني عشر …). */
export const TEEN_HEADS = entries([
  [1, 'احد'], [1, 'احدي'], [1, 'حادي'], [1, 'واحد'], [1, 'واحده'],
  [2, 'اثنا'], [2, 'اثني'], [2, 'اثنتا'], [2, 'اثنتي'], [2, 'اتنا'], [2, 'اتني'],
  [3, 'ثلاث'], [3, 'ثلاثه'], [3, 'تلات'], [3, 'تلاته'],
  [4, 'اربع'], [4, 'اربعه'],
  [5, 'خمس'], [5, 'خمسه'],
  [6, 'ست'], [6, 'سته'],
  [7, 'سبع'], [7, 'سبعه'],
  [8, 'ثمان'], [8, 'ثماني'], [8, 'ثمانيه'], [8, 'تمن'], [8, 'تماني'],
  [9, 'تسع'], [9, 'تسعه'],
]);

export const TEN_WORDS = new Set(['عشر', 'عشره']);

/** 11–19 written as one word (Egyptian). */
export const ONE_WORD_TEENS = entries([
  [11, 'حداشر'], [12, 'اتناشر'], [12, 'اطناشر'], [13, 'تلتاشر'], [13, 'تلطاشر'], [14, 'اربعتاشر'], [14, 'اربعطاشر'],
  [15, 'خمستاشر'], [15, 'خمسطاشر'], [16, 'ستاشر'], [16, 'سطاشر'], [17, 'سبعتاشر'], [17, 'سبعطاشر'],
  [18, 'تمنتاشر'], [18, 'تمنطاشر'], [19, 'تسعتاشر'], [19, 'تسعطاشر'],
]);

export const TENS = entries([
  [20, 'عشرون'], [20, 'عشرين'],
  [30, 'ثلاثون'], [30, 'ثلاثين'], [30, 'تلاتين'],
  [40, 'اربعون'], [40, 'اربعين'],
  [50, 'خمسون'], [50, 'خمسين'],
  [60, 'ستون'], [60, 'ستين'],
  [70, 'سبعون'], [70, 'سبعين'],
  [80, 'ثمانون'], [80, 'ثمانين'], [80, 'تمانين'],
  [90, 'تسعون'], [90, 'تسعين'],
]);

/** مئة، مائة، مية and the duals مئتان، مائتين، متين (folded: ئ → ي, ة → ه). */
export const HUNDRED_WORDS = entries([
  [100, 'ميه'], [100, 'مايه'],
  [200, 'ميتان'], [200, 'ميتين'], [200, 'مايتان'], [200, 'مايتين'], [200, 'متين'], [200, 'ميتا'], [200, 'ميتي'], [200, 'مايتا'], [200, 'مايتي'],
]);

/** Heads of the one-word hundreds: ثلاثمائة، ثلاثمئة، خمسمية، تلتمية، ربعمية … */
export const HUNDRED_HEADS = entries([
  [3, 'ثلاث'], [3, 'تلت'], [3, 'ثلاثه'], [4, 'اربع'], [4, 'ربع'], [5, 'خمس'], [6, 'ست'], [6, 'ستت'], [7, 'سبع'],
  [8, 'ثمان'], [8, 'ثماني'], [8, 'تمن'], [9, 'تسع'],
]);

export interface Scale {
  readonly value: number;
  /** How many of the scale the word itself says: 1 (ألف), 2 (ألفان), or 0 for a plural that needs a count (آلاف). */
  readonly count: 0 | 1 | 2;
}

const scale = (value: number, count: 0 | 1 | 2): Scale => ({ value, count });

export const SCALES: ReadonlyMap<string, Scale> = new Map([
  ['الف', scale(1e3, 1)], ['الفا', scale(1e3, 1)], ['الفان', scale(1e3, 2)], ['الفين', scale(1e3, 2)], ['الاف', scale(1e3, 0)], ['الوف', scale(1e3, 0)],
  ['مليون', scale(1e6, 1)], ['مليونا', scale(1e6, 1)], ['مليونان', scale(1e6, 2)], ['مليونين', scale(1e6, 2)], ['ملايين', scale(1e6, 0)],
  ['مليار', scale(1e9, 1)], ['مليارا', scale(1e9, 1)], ['ملياران', scale(1e9, 2)], ['مليارين', scale(1e9, 2)], ['مليارات', scale(1e9, 0)],
  ['بليون', scale(1e9, 1)], ['بليونا', scale(1e9, 1)], ['بلايين', scale(1e9, 0)],
  ['تريليون', scale(1e12, 1)], ['تريليونا', scale(1e12, 1)], ['تريليونان', scale(1e12, 2)], ['تريليونين', scale(1e12, 2)], ['تريليونات', scale(1e12, 0)],
]);

export const FRACTIONS = entries([
  [0.5, 'نصف'], [0.5, 'نص'], [0.25, 'ربع'], [1 / 3, 'ثلث'], [2 / 3, 'ثلثي'], [2 / 3, 'ثلثا'],
]);

/** Ordinals 1–10, masculine and feminine, with and without the article, and the forms compounds use. */
export const ORDINAL_UNITS = entries([
  [1, 'اول'], [1, 'اولي'], [1, 'الاول'], [1, 'الاولي'], [1, 'حادي'], [1, 'الحادي'], [1, 'حاديه'], [1, 'الحاديه'],
  [2, 'ثاني'], [2, 'الثاني'], [2, 'ثانيه'], [2, 'الثانيه'], [2, 'ثان'], [2, 'الثان'],
  [3, 'ثالث'], [3, 'الثالث'], [3, 'ثالثه'], [3, 'الثالثه'],
  [4, 'رابع'], [4, 'الرابع'], [4, 'رابعه'], [4, 'الرابعه'],
  [5, 'خامس'], [5, 'الخامس'], [5, 'خامسه'], [5, 'الخامسه'],
  [6, 'سادس'], [6, 'السادس'], [6, 'سادسه'], [6, 'السادسه'],
  [7, 'سابع'], [7, 'السابع'], [7, 'سابعه'], [7, 'السابعه'],
  [8, 'ثامن'], [8, 'الثامن'], [8, 'ثامنه'], [8, 'الثامنه'],
  [9, 'تاسع'], [9, 'التاسع'], [9, 'تاسعه'], [9, 'التاسعه'],
  [10, 'عاشر'], [10, 'العاشر'], [10, 'عاشره'], [10, 'العاشره'],
]);

/** Heads that only occur inside compound ordinals: الأحد عشر، الإحدى عشرة، الاثنا عشر، الواحد والعشرون. */
export const ORDINAL_COMPOUND_HEADS = entries([
  [1, 'الاحد'], [1, 'الاحدي'], [1, 'الواحد'], [1, 'الواحده'], [2, 'الاثنا'], [2, 'الاثني'], [2, 'الاثنتا'], [2, 'الاثنتي'],
]);

/** Definite tens, which are ordinals (العشرون، التسعين) in compounds and alone. */
export const ORDINAL_TENS = entries([...TENS].map(([w, v]) => [v, `ال${w}`] as const));

/** Words that may carry a leading conjunction و in a compound number (وعشرون، وخمسمائة). */
export function withoutWaw(word: string): string | null {
  return word.length > 2 && word.startsWith('و') ? word.slice(1) : null;
}
