/**
 * Feasts the press dates things by: عيد الفطر، عيد الأضحى، رأس السنة الهجرية، المولد
 * النبوي، يوم عرفة، رمضان (the month), عيد الميلاد، رأس السنة، عيد الفصح, perhaps with a
 * year (عيد الأضحى 2013، رمضان 2019). Their days come from the Umm al-Qura calendar and the
 * Gregorian Easter reckoning in calendar.ts.
 */
import { longestPhraseAt, lookupWord, wordAt, type Token } from '../text/tokens';
import { yearAt } from './parts';
import { dateSpec, type Holiday, type Match } from './spec';

const NAMES: ReadonlyArray<readonly [string, Holiday]> = [
  ['عيد الفطر', 'eid-al-fitr'], ['عيد الفطر السعيد', 'eid-al-fitr'], ['عيد الفطر المبارك', 'eid-al-fitr'],
  ['عيد الاضحي', 'eid-al-adha'], ['عيد الاضحي المبارك', 'eid-al-adha'], ['عيد النحر', 'eid-al-adha'],
  ['راس السنه الهجريه', 'hijri-new-year'], ['السنه الهجريه الجديده', 'hijri-new-year'], ['العام الهجري الجديد', 'hijri-new-year'],
  ['المولد النبوي', 'mawlid'], ['المولد النبوي الشريف', 'mawlid'], ['يوم عرفه', 'arafah'], ['وقفه عرفه', 'arafah'],
  ['شهر رمضان', 'ramadan'], ['شهر رمضان المبارك', 'ramadan'],
  ['عيد الميلاد', 'christmas'], ['عيد الميلاد المجيد', 'christmas'], ['راس السنه الميلاديه', 'new-year'], ['راس السنه', 'new-year'],
  ['عيد الفصح', 'easter'], ['عيد القيامه', 'easter'], ['عيد الفصح المجيد', 'easter'],
];
const PHRASES = NAMES.map(([p]) => p.split(' '));
const FIRST: ReadonlyMap<string, true> = new Map(PHRASES.map((p) => [p[0], true]));

/** A feast at `i`, with the year that may follow. رمضان alone (also a name) counts only with a year. */
export function holidayAt(tokens: readonly Token[], i: number): Match | null {
  const word = wordAt(tokens, i);
  if (!word) return null;
  const first = lookupWord(FIRST, word);
  let holiday: Holiday | null = null;
  let next = i;
  if (first) {
    const hit = longestPhraseAt(tokens, i, PHRASES, word.slice(first.clitic));
    if (hit) {
      holiday = NAMES[hit.index][1];
      next = hit.next;
    }
  }
  const year = yearAt(tokens, holiday ? next : i + 1);
  if (!holiday && /^[وفبل]?رمضان$/.test(word) && year && year.year !== null && year.year >= 1700 && year.calendar !== 'hijri') holiday = 'ramadan';
  if (!holiday) return null;
  // A Gregorian year only: a Hijri year after رمضان is a month, read by named.ts.
  const gregorianYear = year && year.year !== null && year.calendar !== 'hijri' && year.year >= 1700 ? year : null;
  return { spec: dateSpec({ kind: 'holiday', holiday, year: gregorianYear?.year ?? null }), next: gregorianYear?.next ?? Math.max(next, i + 1), clitic: first?.clitic ?? word.length - 5 };
}
