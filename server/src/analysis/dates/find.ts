/**
 * Finds date and time expressions in one paragraph. Works on tokens of the folded text
 * (see text/normalize.ts, text/tokens.ts): at each token every rule is tried and the
 * longest match wins; a weekday before a date and a time after it join the same
 * expression. Relative expressions are returned unresolved; dates/resolve.ts ties them
 * to a day. Offsets are the paragraph's own.
 */
import { unfoldSpan } from '../text/normalize';
import { prepare, startsWithin, wordAt, type Prepared, type Token } from '../text/tokens';
import { ORDINAL_COMPOUND_HEADS, ORDINAL_TENS, ORDINAL_UNITS } from '../numbers/lexicon';
import { BARE_WEEKDAYS, MONTH_NAMES, WEEKDAYS } from './months';
import { holidayAt } from './holidays';
import { lastDayAt, monthPartAt, nthWeekAt, nthWeekdayAt, weekdayOfMonthAt } from './month-parts';
import { dateToDateAt, monthAloneAt, monthFirstAt, namedDateAt } from './named';
import { numericDateAt } from './numeric';
import { dayWordAt, isSymbol, weekdayAt } from './parts';
import { agoAt, dayOffsetAt, nowAt, partOfDayAt, periodAt, tonightAt, weekdayModifierAt, weekdayOfWeekAt } from './relative';
import { dateSpec, type DateSpec, type Match } from './spec';
import { absoluteValue } from './resolve';
import { timeAt, timeIntervalAt } from './times';
import { yearRuleAt } from './years';

export interface RawDate extends DateSpec {
  /** Offsets into the paragraph. */
  readonly start: number;
  readonly end: number;
  /** The ISO value when the text alone gives a whole day (the dateline needs no anchor), else null. */
  readonly value: string | null;
}

type Rule = (tokens: readonly Token[], i: number) => Match | null;

const RULES: readonly Rule[] = [
  (t, i) => numericDateAt(t, i, wordAt(t, i - 1) === 'بتاريخ' || wordAt(t, i - 1) === 'تاريخ'),
  namedDateAt,
  dateToDateAt,
  monthFirstAt,
  monthAloneAt,
  monthPartAt,
  lastDayAt,
  nthWeekdayAt,
  nthWeekAt,
  yearRuleAt,
  holidayAt,
  dayOffsetAt,
  weekdayOfWeekAt,
  weekdayLedAt,
  periodAt,
  agoAt,
  nowAt,
  tonightAt,
  partOfDayLedAt,
];

/** [يوم] weekday [،] [الموافق] then a date, a place in the month, a direction, or nothing. */
function weekdayLedAt(tokens: readonly Token[], i: number): Match | null {
  const dayWord = dayWordAt(tokens, i);
  const w = weekdayAt(tokens, dayWord >= 0 ? dayWord : i, dayWord >= 0);
  if (!w) return null;
  const clitic = dayWord >= 0 ? (wordAt(tokens, i)?.length ?? 3) - 3 : w.clitic;
  let j = w.next;
  if (isSymbol(tokens[j], '،,')) j++;
  if (wordAt(tokens, j) === 'الموافق' || wordAt(tokens, j) === 'في') j++;
  const date = numericDateAt(tokens, j, true) ?? namedDateAt(tokens, j, true) ?? monthFirstAt(tokens, j);
  if (date && date.clitic === 0 && date.spec.day.kind === 'date') {
    const nth = weekdayOfMonthAt(tokens, j, w.weekday);
    const alternative = nth && nth.next === date.next ? nth.nth : null;
    return { spec: { ...date.spec, weekday: w.weekday, alternative }, next: date.next, clitic };
  }
  const nth = weekdayOfMonthAt(tokens, w.next, w.weekday);
  if (nth) return { spec: dateSpec(nth.nth, { weekday: w.weekday }), next: nth.next, clitic };
  const mod = weekdayModifierAt(tokens, w.next);
  const spec = dateSpec({ kind: 'weekday', weekday: w.weekday, mode: mod?.mode ?? 'bare', week: mod?.week ?? null }, { weekday: w.weekday });
  return { spec, next: mod?.next ?? w.next, clitic };
}

/** صباح أمس، مساء أمس الخميس، ليل الجمعة، فجر السبت. */
function partOfDayLedAt(tokens: readonly Token[], i: number): Match | null {
  const part = partOfDayAt(tokens, i);
  if (!part) return null;
  const inner = dayOffsetAt(tokens, part.next) ?? weekdayLedAt(tokens, part.next);
  return inner && inner.clitic === 0 ? { ...inner, clitic: part.clitic } : null;
}

/** A time after a date: - 02:53 م, 08:31:47 AM, الساعة 8 بتوقيت غرينتش, من الساعة 3 إلى الساعة 4. */
function withTime(tokens: readonly Token[], match: Match): Match {
  if (match.spec.time || match.spec.until?.time) return match;
  let j = match.next;
  if (isSymbol(tokens[j], '-–،,')) j++;
  if (wordAt(tokens, j) === 'في' || wordAt(tokens, j) === 'عند') j++;
  const interval = timeIntervalAt(tokens, j);
  if (interval) return { ...match, spec: { ...match.spec, time: interval.from, until: { day: match.spec.until?.day ?? null, time: interval.to } }, next: interval.next };
  const time = timeAt(tokens, j);
  return time && time.clitic === 0 ? { ...match, spec: { ...match.spec, time: time.time }, next: time.next } : match;
}

function timeOnlyAt(tokens: readonly Token[], i: number): Match | null {
  const interval = timeIntervalAt(tokens, i);
  if (interval) return { spec: dateSpec({ kind: 'time-only' }, { time: interval.from, until: { day: null, time: interval.to } }), next: interval.next, clitic: 0 };
  const loose = wordAt(tokens, i - 1) === 'عند';
  const time = timeAt(tokens, i, loose);
  return time ? { spec: dateSpec({ kind: 'time-only' }, { time: time.time }), next: time.next, clitic: time.clitic } : null;
}

/** The same day in the other calendar after it: ١٤٤٥/٠٣/١٥ هـ الموافق ٣٠/٠٩/٢٠٢٣، 6 شوال 1438 (30 حزيران 2017). */
function withPair(tokens: readonly Token[], match: Match): Match {
  if (match.spec.day.kind !== 'date' || match.spec.day.day === null || match.spec.day.year === null) return match;
  let j = match.next;
  const paren = isSymbol(tokens[j], '(');
  if (paren) j++;
  else if (isSymbol(tokens[j], '-–،,')) j++;
  const word = wordAt(tokens, j);
  if (word === 'الموافق' || word === 'الموافقه') j++;
  else if (!paren) return match;
  if (wordAt(tokens, j) === 'ل') j++;
  const other = numericDateAt(tokens, j, false) ?? namedDateAt(tokens, j);
  if (!other || other.clitic || other.spec.day.kind !== 'date' || other.spec.day.year === null || other.spec.day.calendar === match.spec.day.calendar) return match;
  const next = paren ? (isSymbol(tokens[other.next], ')') ? other.next + 1 : -1) : other.next;
  if (next < 0) return match;
  return { ...match, spec: { ...match.spec, paired: other.spec.day }, next };
}

function bestAt(tokens: readonly Token[], i: number): Match | null {
  let best: Match | null = null;
  for (const rule of RULES) {
    const m = rule(tokens, i);
    if (m && m.next > i && (!best || m.next > best.next)) best = m;
  }
  if (best) return withTime(tokens, withPair(tokens, best));
  return timeOnlyAt(tokens, i);
}

/**
 * Words a date or a time can begin with (without their clitics). Rules run only at these
 * tokens and at numbers, which keeps the recogniser fast on long reports.
 */
const STARTS: ReadonlySet<string> = new Set([
  ...WEEKDAYS.keys(), ...BARE_WEEKDAYS.keys(), ...MONTH_NAMES.map((m) => m.folded.split(' ')[0]),
  ...ORDINAL_UNITS.keys(), ...ORDINAL_COMPOUND_HEADS.keys(), ...ORDINAL_TENS.keys(),
  ...'شهر الشهر اليوم يوم امس البارحه امبارح اول غدا الغد بكره بكرا بعد قبل اخر الاسبوع العام السنه عام سنه عامي هذا هذه من بين في الان حالا الساعه تمام ليله الليله الايام الاسابيع الاشهر الشهور الاعوام السنوات السنين'.split(' '),
  ...'صباح مساء ليل ظهر فجر عصر ظهيره صبيحه عشيه منتصف مطلع بدايه مستهل اوايل اوائل نصف نص اواسط اواخر نهايه ختام'.split(' '),
  ...'عيد راس المولد وقفه رمضان'.split(' '),
]);

/** Date and time expressions in `paragraph`, in text order, without overlaps. */
export function findDates(paragraph: string, prepared: Prepared = prepare(paragraph)): RawDate[] {
  const { folded, tokens } = prepared;
  const found: RawDate[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = startsWithin(tokens, i, STARTS) ? bestAt(tokens, i) : null;
    if (!m) {
      i++;
      continue;
    }
    const span = unfoldSpan(paragraph, folded, tokens[i].start + m.clitic, tokens[m.next - 1].end);
    // آلان is the name Alain or Alan, which folds as الآن (now) does.
    if (m.spec.day.kind === 'now' && paragraph[span.start] === 'آ') {
      i++;
      continue;
    }
    found.push({ ...m.spec, start: span.start, end: span.end, value: absoluteValue(m.spec) });
    i = m.next;
  }
  return found;
}
