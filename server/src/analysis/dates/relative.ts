/**
 * Dates relative to the article's own date: اليوم، أمس، أول أمس، غدا، مساء أمس الخميس،
 * الخميس الماضي، احد الأسبوع الماضي، قبل يومين، قبل ثلاثة أعوام، الأسبوع الماضي، العام
 * المقبل، الأسابيع الثلاثة القادمة، الآن، الليلة. Resolution happens in resolve.ts.
 */
import { longestPhraseAt, lookupWord, wordAt, type Token } from '../text/tokens';
import { cardinalAt } from '../numbers/words';
import { UNIT_WORDS } from '../numbers/units';
import { DIRECTIONS, weekdayAt } from './parts';
import { monthNameAt } from './months';
import { dateSpec, type Match } from './spec';

const OFFSETS: ReadonlyArray<readonly [string, number]> = [
  ['اليوم', 0], ['هذا اليوم', 0],
  ['امس', -1], ['البارحه', -1], ['يوم امس', -1], ['امبارح', -1], ['اليوم الماضي', -1], ['اليوم المنصرم', -1],
  ['اول امس', -2], ['امس الاول', -2], ['اول من امس', -2], ['يوم قبل امس', -2], ['اليوم القبل البارحه', -2], ['اليوم الي قبل امبارح', -2], ['قبل امس', -2],
  ['غدا', 1], ['يوم غد', 1], ['بكره', 1], ['بكرا', 1], ['الغد', 1],
  ['بعد غد', 2], ['يوم بعد غد', 2], ['اليوم الذي بعد الغد', 2], ['اليوم الي بعد بكره', 2], ['بعد بكره', 2],
];
const OFFSET_PHRASES = OFFSETS.map(([p]) => p.split(' '));
const OFFSET_FIRST: ReadonlyMap<string, true> = new Map(OFFSET_PHRASES.map((p) => [p[0], true]));

/** After «اليوم», words that make it "the day" of something rather than today. */
const NOT_TODAY = new Set(['الذي', 'التي', 'التالي', 'السابق', 'الوطني', 'العالمي', 'الدولي', 'الاول', 'الاخير', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'نفسه', 'ذاته', 'الموعود', 'المحدد', 'الاولي']);

/** Parts of a day before a relative day or a weekday: صباح أمس، مساء أمس الخميس، ليل الجمعة. */
const PARTS_OF_DAY: ReadonlyMap<string, true> = new Map(['صباح', 'مساء', 'ليل', 'ليله', 'ظهر', 'فجر', 'عصر', 'ظهيره', 'صبيحه', 'عشيه', 'منتصف'].map((w) => [w, true]));

/** صباح، مساء … (with a clitic: ومساء) before a day; the token after it and the clitic. */
export function partOfDayAt(tokens: readonly Token[], i: number): { next: number; clitic: number } | null {
  const word = wordAt(tokens, i);
  const hit = word ? lookupWord(PARTS_OF_DAY, word) : null;
  if (!hit) return null;
  // منتصف ليل / منتصف الليل
  if (word?.endsWith('منتصف')) return /^(?:ال)?ليل$/.test(wordAt(tokens, i + 1) ?? '') ? { next: i + 2, clitic: hit.clitic } : null;
  return { next: i + 1, clitic: hit.clitic };
}

/** اليوم، أمس، أول أمس، غدا … with the weekday that may follow (أمس الخميس). */
export function dayOffsetAt(tokens: readonly Token[], i: number): Match | null {
  const word = wordAt(tokens, i);
  if (!word) return null;
  const first = lookupWord(OFFSET_FIRST, word);
  if (!first) return null;
  const hit = longestPhraseAt(tokens, i, OFFSET_PHRASES, word.slice(first.clitic));
  if (!hit) return null;
  const next = hit.next;
  const phrase = OFFSETS[hit.index][0];
  if (phrase === 'اليوم' && NOT_TODAY.has(wordAt(tokens, next) ?? '')) return null;
  if (phrase === 'الغد' && first.clitic === 0) return null;
  // باول أمس is Powell, then yesterday: أول أمس takes و or ف only.
  if (phrase.startsWith('اول') && /[بلك]/.test(word.slice(0, first.clitic))) return null;
  const weekday = weekdayAt(tokens, next);
  const spec = dateSpec({ kind: 'offset', days: OFFSETS[hit.index][1] }, { weekday: weekday?.weekday ?? null });
  return { spec, next: weekday && !weekday.clitic ? weekday.next : next, clitic: first.clitic };
}

/** What may follow a weekday: الماضي، القادم; من هذا الأسبوع، من الأسبوع الماضي. Returns the mode, the week and the token after. */
export function weekdayModifierAt(tokens: readonly Token[], i: number): { mode: 'past' | 'next' | 'this' | 'bare'; week: number | null; next: number } | null {
  const dir = DIRECTIONS.get(wordAt(tokens, i) ?? '');
  if (dir !== undefined) return { mode: dir < 0 ? 'past' : dir > 0 ? 'next' : 'this', week: null, next: i + 1 };
  const j = wordAt(tokens, i) === 'من' ? i + 1 : i;
  const week = weekAt(tokens, j);
  return week ? { mode: 'bare', week: week.offset, next: week.next } : null;
}

/** هذا الأسبوع، الأسبوع الماضي، الأسبوع الحالي: which week, counted from the anchor's. */
function weekAt(tokens: readonly Token[], i: number): { offset: number; next: number } | null {
  if (wordAt(tokens, i) === 'هذا' && wordAt(tokens, i + 1) === 'الاسبوع') return { offset: 0, next: i + 2 };
  if (wordAt(tokens, i) !== 'الاسبوع') return null;
  const dir = DIRECTIONS.get(wordAt(tokens, i + 1) ?? '');
  return dir === undefined ? null : { offset: dir, next: i + 2 };
}

/** احد الأسبوع الماضي، ثلاثاء الأسبوع الفائت، اثنين الأسبوع الحالي, and هذا الاثنين. */
export function weekdayOfWeekAt(tokens: readonly Token[], i: number): Match | null {
  if (wordAt(tokens, i) === 'هذا') {
    const w = weekdayAt(tokens, i + 1);
    return w && !w.clitic ? { spec: dateSpec({ kind: 'weekday', weekday: w.weekday, mode: 'this', week: null }), next: w.next, clitic: 0 } : null;
  }
  const w = weekdayAt(tokens, i, true);
  if (!w || (wordAt(tokens, i)?.slice(w.clitic).startsWith('ال') ?? true)) return null;
  const week = weekAt(tokens, w.next);
  return week ? { spec: dateSpec({ kind: 'weekday', weekday: w.weekday, mode: 'bare', week: week.offset }), next: week.next, clitic: w.clitic } : null;
}

const PERIOD_UNITS: ReadonlyMap<string, 'week' | 'month' | 'year'> = new Map([
  ['الاسبوع', 'week'], ['الشهر', 'month'], ['العام', 'year'], ['السنه', 'year'],
]);
const PLURAL_UNITS: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'> = new Map([
  ['الايام', 'day'], ['الاسابيع', 'week'], ['الاشهر', 'month'], ['الشهور', 'month'], ['الاعوام', 'year'], ['السنوات', 'year'], ['السنين', 'year'],
]);

/** الأسبوع الماضي، الشهر المقبل، العام الحالي، هذه السنة، الأسابيع الثلاثة القادمة، الأيام الثلاثة الماضية. */
export function periodAt(tokens: readonly Token[], i: number): Match | null {
  const word = wordAt(tokens, i);
  if (!word) return null;
  if (word === 'هذا' || word === 'هذه') {
    const unit = PERIOD_UNITS.get(wordAt(tokens, i + 1) ?? '');
    return unit ? { spec: dateSpec({ kind: 'period', unit, offset: 0, count: 1 }), next: i + 2, clitic: 0 } : null;
  }
  const { bare, clitic } = definite(word);
  const unit = PERIOD_UNITS.get(bare);
  if (unit) {
    const dir = DIRECTIONS.get(wordAt(tokens, i + 1) ?? '');
    return dir === undefined ? null : { spec: dateSpec({ kind: 'period', unit, offset: dir, count: 1 }), next: i + 2, clitic };
  }
  const plural = PLURAL_UNITS.get(bare);
  if (!plural) return null;
  const number = wordAt(tokens, i + 1);
  const count = number?.startsWith('ال') ? cardinalAt([{ ...tokens[i + 1], text: number.slice(2) }], 0) : null;
  const dir = DIRECTIONS.get(wordAt(tokens, i + 2) ?? '');
  if (!count || count.next !== 1 || dir === undefined || dir === 0 || count.value < 2 || !Number.isInteger(count.value)) return null;
  return { spec: dateSpec({ kind: 'period', unit: plural, offset: dir, count: count.value }), next: i + 3, clitic };
}

/** A definite word without its clitics: والعام → العام (clitic 1), للعام → العام (clitic 1: the text keeps لعام). */
function definite(word: string): { bare: string; clitic: number } {
  const m = /^([وفب]?)(لل|ال)/.exec(word);
  if (!m) return { bare: word, clitic: 0 };
  if (m[2] === 'لل') return { bare: `ال${word.slice(m[0].length)}`, clitic: m[1].length + 1 };
  return { bare: word.slice(m[1].length), clitic: m[1].length };
}

/** قبل يومين، قبل ثلاثة أيام، قبل نحو 3 سنوات، قبل أسبوع، قبل عامين. */
export function agoAt(tokens: readonly Token[], i: number): Match | null {
  const word = wordAt(tokens, i);
  if (word !== 'قبل' && word !== 'وقبل') return null;
  const clitic = word.length - 3;
  let j = i + 1;
  if (wordAt(tokens, j) === 'نحو' || wordAt(tokens, j) === 'حوالي') j++;
  let n = 1;
  const figure = cardinalAt(tokens, j);
  if (figure && Number.isInteger(figure.value) && figure.value >= 1) {
    n = figure.value;
    j = figure.next;
  }
  const unit = UNIT_WORDS.get(wordAt(tokens, j) ?? '');
  if (!unit || unit.kind !== 'duration' || !['day', 'week', 'month', 'year'].includes(unit.code)) return null;
  if (unit.dual) n = figure ? n : 2;
  else if (!figure) {
    // قبل عام 2014، قبل شهر رمضان، قبل يوم الجمعة: a construct, not a length of time.
    const after = tokens[j + 1];
    if (after && (after.kind === 'number' || /^ال/.test(after.text) || monthNameAt(tokens, j + 1) || weekdayAt(tokens, j + 1))) return null;
  }
  const next = j + 1;
  if (unit.code === 'day') return { spec: dateSpec({ kind: 'offset', days: -n }), next, clitic };
  return { spec: dateSpec({ kind: 'ago', unit: unit.code as 'week' | 'month' | 'year', n }), next, clitic };
}

/** الآن، حالا، في هذه اللحظة. */
export function nowAt(tokens: readonly Token[], i: number): Match | null {
  const word = wordAt(tokens, i);
  if (word === 'الان' || word === 'حالا' || word === 'والان') return { spec: dateSpec({ kind: 'now' }), next: i + 1, clitic: word === 'والان' ? 1 : 0 };
  if (word === 'في' && wordAt(tokens, i + 1) === 'هذه' && wordAt(tokens, i + 2) === 'اللحظه') return { spec: dateSpec({ kind: 'now' }), next: i + 3, clitic: 0 };
  return null;
}

const EVENING = { hour: 18, minute: 0, second: null, grain: 'hour' as const, fixed: true, zone: null };
const MIDNIGHT_HOUR = { ...EVENING, hour: 23 };

/** الليلة، هذه الليلة (from 18:00 to midnight), الليلة الماضية، ليلة أمس (the night before). */
export function tonightAt(tokens: readonly Token[], i: number): Match | null {
  const word = wordAt(tokens, i);
  let j = word === 'هذه' ? i + 1 : i;
  if (wordAt(tokens, j) === 'ليله' && /^[وفبل]?امس$/.test(wordAt(tokens, j + 1) ?? '')) j += 2;
  else if (wordAt(tokens, j) === 'الليله') j++;
  else return null;
  let days = j - i === 2 && wordAt(tokens, i) === 'ليله' ? -1 : 0;
  const after = wordAt(tokens, j);
  if (days === 0 && (after === 'الماضيه' || after === 'المنصرمه' || after === 'الفايته')) {
    days = -1;
    j++;
  } else if (days === 0 && (after === 'نفسها' || after === 'ذاتها' || after === 'التي' || after === 'الاولي')) return null;
  return { spec: dateSpec({ kind: 'offset', days }, { time: EVENING, until: { day: null, time: MIDNIGHT_HOUR } }), next: j, clitic: 0 };
}
