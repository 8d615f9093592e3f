/**
 * Checks on the dates of an article that an editor would otherwise make by hand, kept to
 * what is certain: a weekday that does not match the day it is tied to (مساء أمس الخميس in
 * an article dated Saturday), a day that does not exist (31 شباط), and two forms of one
 * date that disagree (حزيران (يوليو)، a Hijri date and its «الموافق» Gregorian day).
 */
import type { ArticleContext } from '../context';
import type { DraftFinding } from '../finding';
import type { DateMention } from '../model';
import { foldWithMap, unfoldSpan } from '../text/normalize';
import { daysBetween, daysInGregorianMonth, parseIsoDate, weekdayOf } from './calendar';
import { resolveSpec, type Anchor, type PlacedSpec } from './resolve';

const BARE_WEEKDAY = ['أحد', 'اثنين', 'ثلاثاء', 'أربعاء', 'خميس', 'جمعة', 'سبت'] as const;
const WEEKDAY_WORD = /(?<![\p{L}\p{N}])([وفبل]?)(ال)?(احد|اثنين|اتنين|ثلاثاء|ثلاثا|اربعاء|اربعا|خميس|جمعه|سبت)(?![\p{L}\p{N}])/gu;
const FOLDED_INDEX = ['احد', 'اثنين', 'ثلاثاء', 'اربعاء', 'خميس', 'جمعه', 'سبت'];

/** Where the weekday word is in the mention: its span (without a clitic), whether it has ال. */
function weekdayWord(text: string, mention: DateMention, weekday: number): { start: number; end: number; article: boolean } | null {
  const folded = foldWithMap(text, mention.start, mention.end);
  WEEKDAY_WORD.lastIndex = 0;
  for (let m = WEEKDAY_WORD.exec(folded.text); m; m = WEEKDAY_WORD.exec(folded.text)) {
    const name = m[3].replace(/^اتنين$/, 'اثنين').replace(/^ثلاثا$/, 'ثلاثاء').replace(/^اربعا$/, 'اربعاء');
    if (FOLDED_INDEX.indexOf(name) !== weekday) continue;
    const span = unfoldSpan(text, folded, m.index + m[1].length, m.index + m[0].length);
    return { ...span, article: m[2] !== undefined };
  }
  return null;
}

function weekdayMismatch(ctx: ArticleContext, raw: PlacedSpec, date: DateMention): DraftFinding | null {
  if (raw.weekday === null || raw.day.kind === 'weekday' || !date.value) return null;
  const ymd = parseIsoDate(date.value);
  if (!ymd || date.grain === 'week' || date.grain === 'month' || date.grain === 'year') return null;
  const actual = weekdayOf(ymd);
  if (actual === raw.weekday) return null;
  // Hijri dates: the Umm al-Qura day and a sighted month can differ by one.
  const hijri = raw.day.kind === 'date' && raw.day.calendar === 'hijri';
  if (hijri && (Math.abs(actual - raw.weekday) === 1 || Math.abs(actual - raw.weekday) === 6)) return null;
  const { m } = ctx;
  const relative = date.resolution ? { anchor: date.resolution.anchor, anchorValue: date.resolution.anchorValue, anchorWeekday: weekdayOf(parseIsoDate(date.resolution.anchorValue) ?? ymd) } : null;
  const word = weekdayWord(ctx.text, date, raw.weekday);
  const fixes = word
    ? [{ title: m.fixes.useWeekday(actual), safe: false, edits: [{ start: word.start, end: word.end, newText: `${word.article ? 'ال' : ''}${BARE_WEEKDAY[actual]}` }] }]
    : [];
  return {
    rule: 'date.weekday-mismatch',
    start: word?.start ?? date.start,
    end: word?.end ?? date.end,
    message: m.findings.weekdayMismatch(raw.weekday, actual, date.value.slice(0, 10), relative, hijri),
    related: [],
    fixes,
  };
}

function impossible(ctx: ArticleContext, raw: PlacedSpec, date: DateMention, anchor: Anchor | null): DraftFinding | null {
  if (raw.day.kind !== 'date' || raw.day.calendar !== 'gregorian' || raw.day.month === null || raw.day.day === null) return null;
  if (!resolveSpec(raw, anchor).impossible) return null;
  const year = raw.day.year;
  const max = daysInGregorianMonth(year ?? 2000, raw.day.month);
  return { rule: 'date.impossible', start: date.start, end: date.end, message: ctx.m.findings.impossibleDate(raw.day.day, raw.day.month, max, year), related: [], fixes: [] };
}

function pairMismatch(ctx: ArticleContext, raw: PlacedSpec, date: DateMention): DraftFinding | null {
  const { m } = ctx;
  if (raw.pairedMonth !== null && raw.day.kind === 'date' && raw.day.calendar === 'gregorian' && raw.day.month !== null && raw.pairedMonth !== raw.day.month) {
    return { rule: 'date.pair-mismatch', start: date.start, end: date.end, message: m.findings.monthPairMismatch(raw.day.month, raw.pairedMonth), related: [], fixes: [] };
  }
  if (!raw.paired || raw.day.kind !== 'date') return null;
  const a = resolveSpec({ ...raw, paired: null, until: null, time: null }, null).value;
  const b = resolveSpec({ ...raw, day: raw.paired, paired: null, until: null, time: null }, null).value;
  const da = a ? parseIsoDate(a) : null;
  const db = b ? parseIsoDate(b) : null;
  if (!da || !db) return null;
  const diff = daysBetween(db, da);
  // A day apart is the difference between the Umm al-Qura calendar and a sighted month.
  if (Math.abs(diff) <= 1) return null;
  const [hijri, gregorian] = raw.day.calendar === 'hijri' ? [a as string, b as string] : [b as string, a as string];
  return { rule: 'date.pair-mismatch', start: date.start, end: date.end, message: m.findings.calendarPairMismatch(hijri.slice(0, 10), gregorian.slice(0, 10), Math.abs(diff)), related: [], fixes: [] };
}

/** Findings on the article's dates; `raws` and `dates` are parallel. */
export function dateFindings(ctx: ArticleContext, raws: readonly PlacedSpec[], dates: readonly DateMention[], anchor: Anchor | null): DraftFinding[] {
  const out: DraftFinding[] = [];
  raws.forEach((raw, i) => {
    const date = dates[i];
    for (const check of [weekdayMismatch(ctx, raw, date), impossible(ctx, raw, date, anchor), pairMismatch(ctx, raw, date)]) if (check) out.push(check);
  });
  return out;
}
