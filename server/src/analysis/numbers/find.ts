/**
 * Finds numeric claims in one paragraph: figures in Western, Arabic-Indic or Persian
 * digits, with thousands multipliers (67 ألف), percentages, ranges (بين 200 إلى 300),
 * approximations and bounds (نحو، أكثر من، على الأقل) and what is counted.
 */
import type { NumberBound, NumberMention } from '../model';
import { foldWithMap, unfoldSpan } from '../text/normalize';

export type RawNumber = Omit<NumberMention, 'text'>;

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const DIGITS = '\\d+(?:[.,٫٬]\\d+)*';
const WORDS: Record<string, number> = {
  واحد: 1, واحده: 1, اثنان: 2, اثنين: 2, اثنتان: 2, ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5,
  ست: 6, سته: 6, سبع: 7, سبعه: 7, ثماني: 8, ثمانيه: 8, ثمان: 8, تسع: 9, تسعه: 9, عشر: 10, عشره: 10,
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
  ميه: 100, مايه: 100, الف: 1000, مليون: 1e6, مليار: 1e9,
};
const WORD = `(?:${Object.keys(WORDS).sort((a, b) => b.length - a.length).join('|')})`;
const MULTIPLIERS: Record<string, number> = { الف: 1e3, الاف: 1e3, الفا: 1e3, مليون: 1e6, ملايين: 1e6, مليونا: 1e6, مليار: 1e9, مليارات: 1e9, مليارا: 1e9 };
const MULTIPLIER = `(?:\\s+(${Object.keys(MULTIPLIERS).join('|')}))?`;
const FIGURE = `(${DIGITS}|${WORD})${MULTIPLIER}`;
/** في المئة، في المائة، بالمئة (folded: ئ → ي, ة → ه). */
const PERCENT_WORDS = '(?:في الميه|في المايه|بالميه|بالمايه)';
const PERCENT = `(?:\\s*(%|٪)|\\s+${PERCENT_WORDS}${E})`;
const APPROX = '(?:(نحو|حوالي|حوالى|قرابه|زهاء|ما يقارب|ما يقرب من|تقريبا)\\s+)';
const BOUND_BEFORE = '(?:(اكثر من|اقل من|ما لا يقل عن|ما لا يزيد عن|لا يقل عن|لا يزيد عن)\\s+)';
const UNIT = `(?:\\s+([\\p{L}\\u064b-\\u065f]{2,}))?`;

const NUMBER_RE = new RegExp(
  `${B}(?:${APPROX}|${BOUND_BEFORE})?(?:(بين|من)\\s+${FIGURE}\\s+(?:و|الي|حتي)\\s*${FIGURE}|${FIGURE}(?:\\s*[-–]\\s*(${DIGITS})${E})?)${E}${PERCENT}?${UNIT}`,
  'gu',
);

const NOT_UNITS = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'او', 'و', 'ثم', 'حتي', 'بعد', 'قبل', 'منذ', 'خلال', 'الذي', 'التي', 'الذين', 'ان', 'انه', 'هو', 'هي', 'كما', 'لكن', 'بين', 'عند', 'الاقل', 'تقريبا']);

function figureValue(token: string, multiplier: string | undefined): number | null {
  let value: number;
  if (/^\d/.test(token)) {
    const normalised = token.replace(/٬/g, '').replace(/,(?=\d{3}(?!\d))/g, '').replace(/[٫,]/g, '.');
    value = Number(normalised);
  } else value = WORDS[token] ?? NaN;
  if (!Number.isFinite(value)) return null;
  return multiplier ? value * (MULTIPLIERS[multiplier] ?? 1) : value;
}

function boundOf(word: string | undefined): NumberBound | null {
  if (!word) return null;
  if (word === 'اكثر من') return 'more-than';
  if (word === 'اقل من') return 'less-than';
  if (word.includes('يقل')) return 'at-least';
  return 'at-most';
}

/** Drops the accusative alef of an indefinite noun (مقاتلاً → مقاتل) to name what is counted. */
function unitOf(source: string): string {
  const bare = source.replace(/[\u064b-\u065f]/g, '');
  return /[^اوي]ا$/.test(bare) && bare.length > 3 ? bare.slice(0, -1) : bare;
}

/** Numeric claims in `paragraph`, in text order. Offsets are the paragraph's own. */
export function findNumbers(paragraph: string): RawNumber[] {
  const folded = foldWithMap(paragraph);
  const found: RawNumber[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(folded.text); m; m = NUMBER_RE.exec(folded.text)) {
    const [whole, approx, boundBefore, between, fromFig, fromMul, toFig, toMul, fig, mul, dashTo, percentSign, unitWord] = m;
    const isWordOnly = !between && fig !== undefined && !/^\d/.test(fig);
    // A number word alone is only a claim when something marks it as one.
    if (isWordOnly && !approx && !boundBefore && !mul && !percentSign && !new RegExp(PERCENT_WORDS).test(whole)) continue;
    let min: number | null;
    let max: number | null;
    if (between) {
      min = figureValue(fromFig, fromMul);
      max = figureValue(toFig, toMul ?? fromMul);
    } else {
      min = figureValue(fig, mul);
      max = dashTo ? figureValue(dashTo, mul) : min;
    }
    if (min === null || max === null) continue;
    let end = m.index + whole.length;
    let unit: string | null = null;
    if (unitWord !== undefined) {
      if (NOT_UNITS.has(unitWord) || /^\d/.test(unitWord)) end -= unitWord.length + (whole.length - whole.trimEnd().length);
      else {
        const span = unfoldSpan(paragraph, folded, end - unitWord.length, end);
        unit = unitOf(paragraph.slice(span.start, span.end));
      }
    }
    const trailing = whole.slice(0, end - m.index).match(/\s+$/);
    if (trailing) end -= trailing[0].length;
    const span = unfoldSpan(paragraph, folded, m.index, end);
    const single = min === max && !between;
    found.push({
      start: span.start,
      end: span.end,
      value: single ? min : null,
      min,
      max,
      approximate: approx !== undefined,
      bound: boundOf(boundBefore),
      percent: percentSign !== undefined || new RegExp(PERCENT_WORDS).test(whole),
      unit,
    });
  }
  return found;
}
