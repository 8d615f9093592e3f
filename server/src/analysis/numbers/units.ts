/**
 * What a figure counts: the noun after it (17 قرية → قرية, 750 مقاتلا → مقاتل), and for
 * money, time and measures a canonical unit (USD, month, kg). Plural and dual forms of
 * the known units map to their singular; other nouns are kept as written, without the
 * accusative alef of a counted noun after 11–99.
 */
import type { MeasureKind } from '../model';

export interface UnitInfo {
  readonly singular: string;
  readonly kind: MeasureKind;
  /** Canonical unit: ISO 4217 for currencies where the name says which (USD, EUR, SAR), else a generic name. */
  readonly code: string;
  /** A dual form (يومين، لتران) says "two" by itself. */
  readonly dual?: boolean;
}

type Row = readonly [kind: MeasureKind, code: string, singular: string, forms: readonly string[], duals?: readonly string[]];

/** Folded forms; the singular is written as the press writes it. */
const ROWS: readonly Row[] = [
  ['duration', 'second', 'ثانية', ['ثانيه', 'ثوان', 'ثواني'], ['ثانيتين', 'ثانيتان']],
  ['duration', 'minute', 'دقيقة', ['دقيقه', 'دقائق', 'دقايق'], ['دقيقتين', 'دقيقتان']],
  ['duration', 'hour', 'ساعة', ['ساعه', 'ساعات'], ['ساعتين', 'ساعتان']],
  ['duration', 'day', 'يوم', ['يوم', 'يوما', 'ايام'], ['يومين', 'يومان']],
  ['duration', 'week', 'أسبوع', ['اسبوع', 'اسبوعا', 'اسابيع'], ['اسبوعين', 'اسبوعان']],
  ['duration', 'month', 'شهر', ['شهر', 'شهرا', 'اشهر', 'شهور'], ['شهرين', 'شهران']],
  ['duration', 'year', 'عام', ['عام', 'عاما', 'اعوام'], ['عامين', 'عامان']],
  ['duration', 'year', 'سنة', ['سنه', 'سنوات', 'سنين'], ['سنتين', 'سنتان']],
  ['duration', 'decade', 'عقد', ['عقد', 'عقود'], ['عقدين', 'عقدان']],
  ['duration', 'century', 'قرن', ['قرن', 'قرون'], ['قرنين', 'قرنان']],
  ['money', 'USD', 'دولار', ['دولار', 'دولارا', 'دولارات'], ['دولارين', 'دولاران']],
  ['money', 'cent', 'سنت', ['سنت', 'سنتا', 'سنتات', 'سينت', 'سينتات']],
  ['money', 'EUR', 'يورو', ['يورو', 'اورو']],
  ['money', 'pound', 'جنيه', ['جنيه', 'جنيها', 'جنيهات'], ['جنيهين']],
  ['money', 'riyal', 'ريال', ['ريال', 'ريالا', 'ريالات'], ['ريالين']],
  ['money', 'dirham', 'درهم', ['درهم', 'درهما', 'دراهم'], ['درهمين']],
  ['money', 'dinar', 'دينار', ['دينار', 'دينارا', 'دنانير'], ['دينارين']],
  ['money', 'lira', 'ليرة', ['ليره', 'ليرات'], ['ليرتين']],
  ['money', 'ILS', 'شيكل', ['شيكل', 'شيقل', 'شواقل', 'شيكلات', 'شيقلات']],
  ['money', 'RUB', 'روبل', ['روبل', 'روبلات']],
  ['money', 'CNY', 'يوان', ['يوان']],
  ['money', 'franc', 'فرنك', ['فرنك', 'فرنكا', 'فرنكات'], ['فرنكين']],
  ['money', 'rupee', 'روبية', ['روبيه', 'روبيات']],
  ['money', 'krona', 'كرونة', ['كرونه', 'كرونات']],
  ['money', 'peso', 'بيزو', ['بيزو', 'بيزوات']],
  ['mass', 'g', 'غرام', ['غرام', 'جرام', 'غم', 'جم', 'غرامات', 'جرامات'], ['غرامين', 'جرامين']],
  ['mass', 'kg', 'كيلوغرام', ['كيلوغرام', 'كيلوجرام', 'كغ', 'كلغ', 'كيلوغرامات', 'كيلوجرامات'], ['كيلوغرامين']],
  ['mass', 'mg', 'ملغ', ['ملغ', 'ملج', 'مليغرام', 'مليجرام']],
  ['mass', 't', 'طن', ['طن', 'طنا', 'اطنان'], ['طنين', 'طنان']],
  ['mass', 'oz', 'أونصة', ['اونصه', 'اونصات', 'اوقيه'], ['اونصتين', 'اونصتان']],
  ['length', 'm', 'متر', ['متر', 'مترا', 'امتار'], ['مترين']],
  ['length', 'km', 'كيلومتر', ['كيلومتر', 'كيلومترا', 'كيلومترات', 'كم'], ['كيلومترين']],
  ['length', 'cm', 'سنتيمتر', ['سنتيمتر', 'سنتيمترات', 'سم']],
  ['length', 'mm', 'مليمتر', ['مليمتر', 'ملم', 'مليمترات']],
  ['length', 'mile', 'ميل', ['ميل', 'اميال'], ['ميلين']],
  ['area', 'ha', 'هكتار', ['هكتار', 'هكتارا', 'هكتارات']],
  ['area', 'dunam', 'دونم', ['دونم', 'دونما', 'دونمات']],
  ['area', 'feddan', 'فدان', ['فدان', 'فدانا', 'افدنه']],
  ['volume', 'l', 'لتر', ['لتر', 'ليتر', 'لترا', 'لترات', 'ليترات'], ['لترين', 'لتران']],
  ['volume', 'ml', 'مل', ['مل', 'ميليلتر', 'مليلتر', 'ملليلتر']],
  ['volume', 'gal', 'غالون', ['غالون', 'جالون', 'غالونات', 'جالونات']],
  ['volume', 'hl', 'هكتوليتر', ['هكتوليتر']],
  ['volume', 'barrel', 'برميل', ['برميل', 'براميل'], ['برميلين']],
  ['volume', 'cup', 'كوب', ['كوب', 'اكواب'], ['كوبين']],
  ['temperature', 'degree', 'درجة', ['درجه', 'درجات'], ['درجتين', 'درجتان']],
  ['temperature', 'celsius', 'درجة مئوية', ['سلزيوس', 'سيلزيوس']],
  ['temperature', 'fahrenheit', 'فهرنهايت', ['فهرنهايت']],
];

export const UNIT_WORDS: ReadonlyMap<string, UnitInfo> = new Map(
  ROWS.flatMap(([kind, code, singular, forms, duals = []]) => [
    ...forms.map((f) => [f, { singular, kind, code }] as const),
    ...duals.map((f) => [f, { singular, kind, code, dual: true }] as const),
  ]),
);

/** Currency names made specific by the adjective after them: جنيه مصري، ريال سعودي، ليرة لبنانية. */
const NATIONAL: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  pound: { مصري: 'EGP', مصريه: 'EGP', استرليني: 'GBP', استرلينيه: 'GBP', سوداني: 'SDG' },
  riyal: { سعودي: 'SAR', سعوديه: 'SAR', قطري: 'QAR', قطريه: 'QAR', عماني: 'OMR', يمني: 'YER', ايراني: 'IRR' },
  dirham: { اماراتي: 'AED', مغربي: 'MAD' },
  dinar: { كويتي: 'KWD', اردني: 'JOD', اردنيه: 'JOD', عراقي: 'IQD', بحريني: 'BHD', ليبي: 'LYD', تونسي: 'TND', جزايري: 'DZD' },
  lira: { لبنانيه: 'LBP', سوريه: 'SYP', تركيه: 'TRY' },
  franc: { سويسري: 'CHF' },
  rupee: { هنديه: 'INR', باكستانيه: 'PKR' },
  krona: { سويديه: 'SEK', نرويجيه: 'NOK', دنماركيه: 'DKK' },
  peso: { مكسيكي: 'MXN', ارجنتيني: 'ARS', فلبيني: 'PHP' },
  USD: { امريكي: 'USD', اميركي: 'USD', كندي: 'CAD', استرالي: 'AUD' },
};

/** The code a currency adjective gives (ريال + سعودي → SAR, ريالا + سعوديا in the accusative too), or null. */
export function nationalCode(code: string, adjective: string | undefined): string | null {
  if (!adjective) return null;
  const codes = NATIONAL[code];
  return codes?.[adjective] ?? (adjective.endsWith('يا') ? codes?.[adjective.slice(0, -1)] : undefined) ?? null;
}

/** Currency signs and codes written in Latin letters. */
export const CURRENCY_SIGNS: ReadonlyMap<string, UnitInfo> = new Map<string, UnitInfo>([
  ['$', { singular: 'دولار', kind: 'money', code: 'USD' }],
  ['€', { singular: 'يورو', kind: 'money', code: 'EUR' }],
  ['£', { singular: 'جنيه', kind: 'money', code: 'GBP' }],
  ['¢', { singular: 'سنت', kind: 'money', code: 'cent' }],
  ['°', { singular: 'درجة', kind: 'temperature', code: 'degree' }],
  ['c', { singular: 'سنت', kind: 'money', code: 'cent' }],
  ...['usd', 'eur', 'gbp', 'egp', 'sar', 'qar', 'kwd', 'lbp', 'jod', 'aed', 'omr', 'bhd', 'iqd', 'syp', 'ils', 'try', 'mad', 'tnd', 'dzd', 'lyd'].map(
    (c) => [c, { singular: c.toUpperCase(), kind: 'money' as const, code: c.toUpperCase() }] as const,
  ),
]);

/**
 * Words that are never what a figure counts: particles, prepositions, pronouns, and the
 * time words that belong to dates.
 */
export const NOT_UNITS = new Set([
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'او', 'و', 'ثم', 'حتي', 'بعد', 'قبل', 'منذ', 'خلال', 'الذي', 'التي', 'الذين', 'ان', 'انه', 'انها', 'هو', 'هي',
  'هم', 'كما', 'لكن', 'بين', 'عند', 'الاقل', 'تقريبا', 'فقط', 'لا', 'لم', 'لن', 'قد', 'ما', 'اما', 'اي', 'كل', 'بعض', 'هذا', 'هذه', 'ذلك', 'تلك',
  'امس', 'اليوم', 'غدا', 'الان', 'حاليا', 'نحو', 'حوالي', 'اكثر', 'اقل', 'فيما', 'بينما', 'حيث', 'اذا', 'لو', 'كان', 'كانت', 'يكون', 'تكون', 'وفق',
  'وفقا', 'بحسب', 'حسب', 'لدي', 'عبر', 'ضد', 'دون', 'نفسه', 'ايضا', 'فاكثر', 'فاقل', 'مقابل', 'مقارنه', 'بنسبه', 'نسبه', 'مره', 'مرات', 'تحت', 'فوق',
  // «17 آخرين», «مئات آخرون»: others of what was counted before.
  'اخر', 'اخرون', 'اخرين', 'اخري', 'اخريات', 'منهم', 'منها', 'غيره', 'غيرها', 'غيرهم',
]);

/** Nouns that begin with و and are counted (وزير، وحدة): other words after a figure that begin with و are a following clause. */
const WAW_NOUNS = /^و(?:زير|زرا|حد|لاي|ثي|ثا|ظي|ظا|فا|في|كال|رق|جب|سيل|سائل|سايل|قائع|قايع|دائع|دايع|جه|لد|لاد)/;

export function isCountedNoun(folded: string): boolean {
  if (folded.length < 2 || NOT_UNITS.has(folded) || /^\p{Script=Latin}/u.test(folded)) return false;
  return !folded.startsWith('و') || WAW_NOUNS.test(folded);
}

const TANWEEN_FATH = '\u064b';

/**
 * The noun as a unit: the accusative alef of a counted noun dropped (مقاتلاً، جهادياً, and
 * مقاتلا after 11–99), diacritics removed.
 */
export function unitName(source: string, count: number | null): string {
  const accusative = source.includes(TANWEEN_FATH);
  const bare = source.replace(/[\u0610-\u061a\u064b-\u065f\u0670\u0640]/g, '');
  const afterTens = count !== null && Number.isInteger(count) && count % 100 >= 11 && count % 100 <= 99;
  // Plurals in ايا (ضحايا، قضايا) end in alef of their own.
  if ((accusative || afterTens) && bare.length > 3 && bare.endsWith('ا') && !/(?:ايا|اا)$/.test(bare)) return bare.slice(0, -1);
  return bare;
}
