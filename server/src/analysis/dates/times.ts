/**
 * Times of day: 14:53, 08:31:47 AM, 02:53 م, الساعة 3 صباحا, الثالثة فجرا, الساعة الثالثة
 * وربع العصر, الساعة 12 إلا ربع قبل الظهر, الساعة 8 بتوقيت غرينتش; and intervals between
 * two of them (من الساعة 3 إلى الساعة 4 بعد العصر).
 */
import { longestPhraseAt, wordAt, type Token } from '../text/tokens';
import { cardinalAt, fractionAt, ordinalAt } from '../numbers/words';
import { isSymbol } from './parts';
import type { TimeOfDay } from './spec';

type Meridiem = 'am' | 'noon' | 'pm' | 'night';

const MARKERS: ReadonlyArray<readonly [string, Meridiem]> = [
  ['صباحا', 'am'], ['صباح', 'am'], ['الصبح', 'am'], ['صبحا', 'am'], ['فجرا', 'am'], ['الفجر', 'am'], ['قبل الظهر', 'am'], ['قبل الظهيره', 'am'],
  ['هذا الصباح', 'am'], ['ص', 'am'], ['am', 'am'],
  ['ظهرا', 'noon'], ['الظهر', 'noon'], ['الظهيره', 'noon'],
  ['عصرا', 'pm'], ['العصر', 'pm'], ['بعد الظهر', 'pm'], ['بعد الظهيره', 'pm'], ['بعد العصر', 'pm'], ['مساء', 'pm'], ['مساءا', 'pm'], ['المساء', 'pm'],
  ['هذا المساء', 'pm'], ['بعد المغرب', 'pm'], ['قبل المغرب', 'pm'], ['المغرب', 'pm'], ['العشاء', 'pm'], ['م', 'pm'], ['pm', 'pm'],
  ['ليلا', 'night'], ['الليل', 'night'], ['هذه الليله', 'night'],
];
const MARKER_PHRASES = MARKERS.map(([p]) => p.split(' '));

const ZONES: ReadonlyArray<readonly [string, string | null]> = [
  ['بتوقيت غرينتش', 'Z'], ['بتوقيت جرينتش', 'Z'], ['بتوقيت غرينيتش', 'Z'], ['بتوقيت gmt', 'Z'], ['بتوقيت utc', 'Z'], ['gmt', 'Z'], ['utc', 'Z'],
  ['بتوقيت مكه', '+03:00'], ['بتوقيت مكه المكرمه', '+03:00'], ['بتوقيت السعوديه', '+03:00'], ['بتوقيت الرياض', '+03:00'],
  ['بتوقيت الامارات', '+04:00'], ['بتوقيت ابوظبي', '+04:00'], ['بتوقيت دبي', '+04:00'], ['بالتوقيت المحلي', null],
];
const ZONE_PHRASES = ZONES.map(([p]) => p.split(' '));

/** The hour on the 24-hour clock for a marker: 3 عصرا → 15, 12 ظهرا → 12, 2 ليلا → 2, 12 صباحا → 0. */
function toClock(hour: number, meridiem: Meridiem): number {
  switch (meridiem) {
    case 'am':
      return hour === 12 ? 0 : hour;
    case 'noon':
      return hour < 11 ? hour + 12 : hour;
    case 'pm':
      return hour < 12 ? hour + 12 : hour;
    case 'night':
      return hour <= 4 || hour === 12 ? hour % 12 : hour < 12 ? hour + 12 : hour;
  }
}

/** «و» + minutes (و18 دقيقة، وثمانية عشر دقيقة، وربع، ونصف، وثلث) or «إلا» + minutes to take off. */
function minutesAfter(tokens: readonly Token[], i: number): { minutes: number; next: number } | null {
  const word = wordAt(tokens, i);
  let sign = 1;
  let at = i;
  let skip = 0;
  if (word === 'الا') {
    sign = -1;
    at = i + 1;
  } else if (word === 'و') at = i + 1;
  else if (word?.startsWith('و') && word.length > 2) skip = 1;
  else return null;
  const after = wordAt(tokens, at)?.slice(skip);
  const part = after === 'ربعا' || after === 'ربع' ? 15 : after === 'ثلث' || after === 'ثلثا' ? 20 : after === 'نصف' || after === 'نص' ? 30 : null;
  if (part !== null && (skip === 0 || fractionAt(tokens, at, skip) || after === 'ربعا' || after === 'ثلثا')) return { minutes: sign * part, next: at + 1 };
  let n: { value: number; next: number } | null = null;
  if (skip === 0 && tokens[at]?.kind === 'number' && /^\d{1,2}$/.test(tokens[at].text)) n = { value: Number(tokens[at].text), next: at + 1 };
  else if (skip === 0) n = cardinalAt(tokens, at);
  else {
    // وخمسة عشر: read the word without its و through a short view.
    const view = [{ ...tokens[at], text: tokens[at].text.slice(1) }, ...tokens.slice(at + 1, at + 6)];
    const c = cardinalAt(view, 0);
    n = c ? { value: c.value, next: at + c.next } : null;
  }
  if (!n || n.value < 1 || n.value > 59 || !Number.isInteger(n.value)) return null;
  const unit = wordAt(tokens, n.next);
  const next = unit === 'دقيقه' || unit === 'دقايق' || unit === 'دقائق' ? n.next + 1 : n.next;
  // A bare number after «و» is minutes only with دقيقة or a marker to follow.
  if (next === n.next && sign === 1 && !longestPhraseAt(tokens, next, MARKER_PHRASES)) return null;
  return { minutes: sign * n.value, next };
}

export interface TimeMatch {
  readonly time: TimeOfDay;
  readonly next: number;
  /** Characters of a clitic on the first token (والساعة، بالساعة). */
  readonly clitic: number;
}

/** «الساعة» (also تمام الساعة، والساعة): the token after it, or -1. */
function hourWordAt(tokens: readonly Token[], i: number): { next: number; clitic: number } {
  const word = wordAt(tokens, i);
  if (word === 'تمام' && wordAt(tokens, i + 1) === 'الساعه') return { next: i + 2, clitic: 0 };
  if (word !== undefined && /^[وفبل]?الساعه$/.test(word)) return { next: i + 1, clitic: word.length - 6 };
  return { next: -1, clitic: 0 };
}

/** A time of day at token `i`. `loose` allows a bare ordinal hour (الثالثة) without a marker, after «عند» or in an interval. */
export function timeAt(tokens: readonly Token[], i: number, loose = false): TimeMatch | null {
  const saa = hourWordAt(tokens, i);
  let j = saa.next >= 0 ? saa.next : i;
  let hour: number;
  let minute = 0;
  let second: number | null = null;
  let grain: TimeOfDay['grain'] = 'hour';
  const t = tokens[j];
  if (t?.kind === 'number' && isSymbol(tokens[j + 1], ':') && tokens[j + 2]?.kind === 'number' && /^\d{2}$/.test(tokens[j + 2].text) && !tokens[j + 2].spaced) {
    hour = Number(t.text);
    minute = Number(tokens[j + 2].text);
    grain = 'minute';
    j += 3;
    if (isSymbol(tokens[j], ':') && tokens[j + 1]?.kind === 'number' && /^\d{2}$/.test(tokens[j + 1].text) && !tokens[j + 1].spaced) {
      second = Number(tokens[j + 1].text);
      grain = 'second';
      j += 2;
    }
  } else if (t?.kind === 'number' && saa.next >= 0 && /^\d{1,2}$/.test(t.text)) {
    hour = Number(t.text);
    j += 1;
  } else {
    const ord = ordinalAt(tokens, j);
    const card = ord ? null : saa.next >= 0 ? cardinalAt(tokens, j) : null;
    const value = ord?.value ?? card?.value;
    if (value === undefined || value < 1 || value > 12 || !Number.isInteger(value) || (ord && ord.clitic > 0)) return null;
    // الثالثة alone is a time only with الساعة before it or a marker after it.
    if (ord && saa.next < 0 && !/^ال.*ه$/.test(wordAt(tokens, j) ?? '')) return null;
    hour = value;
    j = (ord?.next ?? card?.next) as number;
  }
  if (hour > 24 || minute > 59 || (second ?? 0) > 59) return null;
  const mins = grain === 'hour' ? minutesAfter(tokens, j) : null;
  if (mins) {
    minute = mins.minutes;
    grain = 'minute';
    j = mins.next;
  }
  const marker = longestPhraseAt(tokens, j, MARKER_PHRASES);
  // م and ص alone are markers only right after a time in digits.
  const markerOk = marker !== null && !(MARKERS[marker.index][0].length === 1 && t?.kind !== 'number');
  const wordHour = t?.kind !== 'number';
  if (wordHour && saa.next < 0 && !markerOk && !loose) return null;
  let total = hour * 60 + minute;
  if (total < 0) total += 24 * 60;
  hour = Math.floor(total / 60) % 24;
  minute = total % 60;
  let fixed = hour > 12 || (hour === 0 && t?.kind === 'number');
  if (markerOk && marker) {
    hour = toClock(hour, MARKERS[marker.index][1]);
    fixed = true;
    j = marker.next;
  }
  const zone = longestPhraseAt(tokens, j, ZONE_PHRASES);
  if (zone) j = zone.next;
  return { time: { hour, minute, second, grain, fixed, zone: zone ? ZONES[zone.index][1] : null }, next: j, clitic: saa.next >= 0 ? saa.clitic : 0 };
}

/** An interval of times: من الساعة 3 إلى الساعة 4 بعد العصر; the marker of the second applies to the first. */
export function timeIntervalAt(tokens: readonly Token[], i: number): { from: TimeOfDay; to: TimeOfDay; next: number; clitic: number } | null {
  const lead = wordAt(tokens, i);
  const start = lead === 'من' || lead === 'بين' ? i + 1 : i;
  const from = timeAt(tokens, start, true);
  if (!from) return null;
  const conn = wordAt(tokens, from.next);
  if (conn !== 'الي' && conn !== 'حتي' && conn !== 'وحتي' && !(lead === 'بين' && conn === 'و')) return null;
  const to = timeAt(tokens, from.next + 1, true);
  if (!to) return null;
  let a = from.time;
  if (!a.fixed && to.time.fixed) {
    const pm = to.time.hour >= 12 && a.hour < 12 && a.hour + 12 <= to.time.hour;
    a = { ...a, hour: pm ? a.hour + 12 : a.hour, fixed: true };
  }
  return { from: a, to: to.time, next: to.next, clitic: 0 };
}
