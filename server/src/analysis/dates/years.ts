/**
 * Years: العام 2014، عام 2013، لعام 2014، سنة 2015، 2017م، 1438 هـ (a Hijri year, which
 * spans two Gregorian ones), في 2014 (a bare year after a preposition), and عامي 2011
 * و2014 / من عام 2011 إلى عام 2014 (an interval of years).
 */
import { wordAt, type Token } from '../text/tokens';
import { yearAt } from './parts';
import { calendarDate, dateSpec, type Match } from './spec';

/** Words after which a bare four-digit number is a year: في 2014، منذ 2011، حتى 2030. */
const YEAR_CONTEXT = /^(?:[وف]?(?:في|منذ|حتي|خلال|قبل|بعد|مطلع|اواخر|اوائل|نهايه|بدايه|منتصف)|[وف]?ب?(?:عامي))$/;

/** What may follow a bare year: nothing, punctuation, or a word that begins a new phrase. */
function endsPhrase(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind === 'symbol') return true;
  if (t.kind !== 'word') return false;
  return /^(?:و.{2,}|في|من|الي|علي|عندما|حين|حيث|ثم|كما|قبل|بعد|حتي|و|لكن|بينما|فيما)$/.test(t.text);
}

export function yearRuleAt(tokens: readonly Token[], i: number): Match | null {
  const first = wordAt(tokens, i);
  if (first === 'من' || first === 'في') return yearToYearAt(tokens, i);
  const year = yearAt(tokens, i);
  if (!year || year.year === null) return null;
  const bare = !year.marked;
  if (bare && !(YEAR_CONTEXT.test(wordAt(tokens, i - 1) ?? '') && year.year >= 1900 && year.year <= 2100 && endsPhrase(tokens, year.next))) return null;
  if (year.calendar === 'hijri') return { spec: dateSpec({ kind: 'hijri-year', year: year.year }), next: year.next, clitic: year.clitic };
  // عامي 2011 و2014
  const conn = wordAt(tokens, year.next);
  const second = tokens[year.next + 1];
  if ((conn === 'و' || conn === 'الي' || conn === 'حتي') && second?.kind === 'number' && /^\d{4}$/.test(second.text) && Number(second.text) > year.year) {
    return { spec: dateSpec(calendarDate(year.year, null, null), { until: { day: calendarDate(Number(second.text), null, null), time: null } }), next: year.next + 2, clitic: year.clitic };
  }
  return { spec: dateSpec(calendarDate(year.year, null, null)), next: year.next, clitic: year.clitic };
}

/** من عام 2011 إلى عام 2014. */
function yearToYearAt(tokens: readonly Token[], i: number): Match | null {
  if (wordAt(tokens, i) !== 'من') return null;
  const a = yearAt(tokens, i + 1);
  if (!a || a.year === null || !a.marked || a.calendar === 'hijri') return null;
  const conn = wordAt(tokens, a.next);
  if (conn !== 'الي' && conn !== 'حتي' && conn !== 'وحتي') return null;
  const b = yearAt(tokens, a.next + 1);
  if (!b || b.year === null || b.year <= a.year) return null;
  return { spec: dateSpec(calendarDate(a.year, null, null), { until: { day: calendarDate(b.year, null, null), time: null } }), next: b.next, clitic: 0 };
}
