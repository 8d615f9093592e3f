/**
 * Figures written in digits. Folding has already turned Arabic-Indic (٠–٩) and Persian
 * (۰–۹) digits into 0–9; the separators stay as written: ٫ is always the decimal mark and
 * ٬ always groups thousands, while , and . are read from their places (1,500 · 2.5 ·
 * 1.500.000 · 3,5).
 */
import type { Token } from '../text/tokens';

function isGrouped(groups: readonly string[]): boolean {
  return groups.length > 1 && groups.slice(1).every((g) => g.length === 3) && groups[0].length <= 3;
}

/** The value of a number token ("1,500", "٤٥٫٥", "100٬000٫00"), or null when it is not one figure. */
export function digitValue(text: string): number | null {
  let s = text.replace(/٬/g, '');
  const decimalMark = s.includes('٫') ? '٫' : null;
  if (decimalMark) {
    const [whole, fraction, ...rest] = s.split('٫');
    if (rest.length) return null;
    s = `${whole.replace(/[.,]/g, '')}.${fraction}`;
  } else {
    const commas = s.split(',');
    const dots = s.split('.');
    if (commas.length > 1 && dots.length > 1) {
      // 1,500.25 or 1.500,25: the mark that comes last is the decimal one.
      const commaLast = s.lastIndexOf(',') > s.lastIndexOf('.');
      s = commaLast ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
    } else if (commas.length > 1) {
      if (isGrouped(commas)) s = commas.join('');
      else if (commas.length === 2) s = commas.join('.');
      else return null;
    } else if (dots.length > 2) {
      if (!isGrouped(dots)) return null;
      s = dots.join('');
    }
  }
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

export interface DigitFigure {
  readonly value: number;
  /** Token index after the figure. */
  readonly next: number;
  /** Token index where the figure starts (a minus sign or a leading decimal mark may come first). */
  readonly start: number;
}

const isSymbol = (t: Token | undefined, chars: string): boolean => t !== undefined && t.kind === 'symbol' && chars.includes(t.text);

/** A figure in digits at token `i`: -1.2, .77, ٫٧٧, 1,500, 3/4 (a fraction), 1 فاصلة 1. */
export function digitFigureAt(tokens: readonly Token[], i: number): DigitFigure | null {
  const start = i;
  let sign = 1;
  let lead = false;
  // A minus sign or a decimal mark written against the digits, after a space or at the start.
  if (isSymbol(tokens[i], '-−') && tokens[i].spaced && tokens[i + 1]?.kind === 'number' && !tokens[i + 1].spaced) {
    sign = -1;
    i++;
  }
  if (isSymbol(tokens[i], '.٫') && tokens[i].spaced && tokens[i + 1]?.kind === 'number' && !tokens[i + 1].spaced) {
    lead = true;
    i++;
  }
  const t = tokens[i];
  if (!t || t.kind !== 'number') return null;
  let value = lead ? (/^\d+$/.test(t.text) ? Number(`0.${t.text}`) : null) : digitValue(t.text);
  if (value === null) return null;
  let next = i + 1;
  // 3/4, ٧٧/١٠٠: a fraction when written tight, in two parts, and the denominator is not a year.
  const over = tokens[next];
  const denominator = tokens[next + 1];
  if (!lead && isSymbol(over, '/') && !over.spaced && denominator?.kind === 'number' && !denominator.spaced && !isSymbol(tokens[next + 2], '/-.') && !/^(1[89]|20)\d\d$/.test(denominator.text)) {
    const d = digitValue(denominator.text);
    if (d) {
      value = value / d;
      next += 2;
    }
  }
  // 1 فاصلة 1: a decimal point said in words.
  if (tokens[next]?.text === 'فاصله' && tokens[next + 1]?.kind === 'number' && /^\d+$/.test(tokens[next + 1].text)) {
    value = Number(`${Math.trunc(value)}.${tokens[next + 1].text}`);
    next += 2;
  }
  return { value: sign * value, next, start };
}
