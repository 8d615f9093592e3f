/**
 * Dates written in numbers: 30/6/2017, ٣٠/٦/٢٠١٧, 14-10-2017, 2017-07-01, 30.6.2017,
 * 1445/03/15 هـ (a year from 1300 to 1500, or هـ after it, makes a Hijri date), 2/2013
 * (a month), and 21/09 when a weekday or بتاريخ says it is a date.
 */
import { wordAt, type Token } from '../text/tokens';
import { isSymbol } from './parts';
import { calendarDate, dateSpec, type Match } from './spec';

interface Parts {
  readonly texts: readonly string[];
  readonly sep: string;
  readonly next: number;
}

/** Two or three numbers joined by one separator (/ - .), or one number token holding dots. */
function partsAt(tokens: readonly Token[], i: number): Parts | null {
  const t = tokens[i];
  if (!t || t.kind !== 'number') return null;
  if (/^\d+\.\d+\.\d+$/.test(t.text)) return { texts: t.text.split('.'), sep: '.', next: i + 1 };
  if (!/^\d+$/.test(t.text)) return null;
  const sep = tokens[i + 1];
  if (!isSymbol(sep, '/-.')) return null;
  const b = tokens[i + 2];
  if (!b || b.kind !== 'number' || !/^\d+$/.test(b.text)) return null;
  const texts = [t.text, b.text];
  let next = i + 3;
  if (isSymbol(tokens[next], sep.text) && tokens[next + 1]?.kind === 'number' && /^\d+$/.test(tokens[next + 1].text)) {
    texts.push(tokens[next + 1].text);
    next += 2;
  }
  return { texts, sep: sep.text, next };
}

function eraAfter(tokens: readonly Token[], i: number): { hijri: boolean; next: number } | null {
  const word = wordAt(tokens, i);
  if (word === 'ه' || word === 'هجري' || word === 'هجريه') return { hijri: true, next: i + 1 };
  if (word === 'م' || word === 'ميلادي' || word === 'ميلاديه') return { hijri: false, next: i + 1 };
  return null;
}

const isYear = (s: string): boolean => /^\d{4}$/.test(s);

/** A numeric date at token `i`. `context`: a weekday or بتاريخ comes before, so day/month without a year is a date. */
export function numericDateAt(tokens: readonly Token[], i: number, context: boolean): Match | null {
  const parts = partsAt(tokens, i);
  if (!parts) return null;
  const n = parts.texts.map(Number);
  const era = eraAfter(tokens, parts.next);
  const next = era?.next ?? parts.next;
  if (parts.texts.length === 3) {
    let year: number;
    let month: number;
    let day: number;
    if (isYear(parts.texts[0])) [year, month, day] = n;
    else if (isYear(parts.texts[2])) {
      [day, month, year] = n;
      // 06/30/2017 (month first) when the other reading is no date.
      if (month > 12 && day <= 12) [day, month] = [month, day];
    } else return null;
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const hijri = era ? era.hijri : year >= 1300 && year <= 1500;
    return { spec: dateSpec(calendarDate(year, month, day, hijri ? 'hijri' : 'gregorian')), next, clitic: 0 };
  }
  const [a, b] = n;
  // 2/2013: a month and its year.
  if (parts.sep !== '.' && isYear(parts.texts[1]) && a >= 1 && a <= 12 && b >= 1900 && b <= 2100 && parts.texts[0].length <= 2) {
    return { spec: dateSpec(calendarDate(b, a, null)), next, clitic: 0 };
  }
  // 21/09 after a weekday or بتاريخ.
  if (context && parts.sep === '/' && a >= 1 && a <= 31 && b >= 1 && b <= 12 && parts.texts[1].length <= 2) {
    return { spec: dateSpec(calendarDate(null, b, a)), next, clitic: 0 };
  }
  return null;
}
