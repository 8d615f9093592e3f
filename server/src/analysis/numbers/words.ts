/**
 * Numbers written in words, read from tokens: units and tens in every gender and case,
 * teens, compounds (خمسة وعشرون), hundreds (ثلاثمائة، ثلاث مئة، مئتان), scales with their
 * duals and plurals (ألف، ألفين، آلاف، مليون، ملايين، مليار), mixed forms (67 ألف، 1.5 مليون),
 * fractions (نصف، ربع، ثلث، مليون ونصف) and ordinals (الرابع، الحادي عشر، الخامس والعشرين).
 */
import { lookupWord, wordAt, type Token } from '../text/tokens';
import { digitFigureAt } from './digits';
import {
  type Scale,
  AMBIGUOUS_UNITS, FRACTIONS, HUNDRED_HEADS, HUNDRED_WORDS, ONE_WORD_TEENS, ORDINAL_COMPOUND_HEADS, ORDINAL_TENS, ORDINAL_UNITS,
  SCALES, TEEN_HEADS, TEN_WORDS, TENS, UNITS,
} from './lexicon';

export interface WordFigure {
  readonly value: number;
  /** Token index after the figure. */
  readonly next: number;
  /** Characters of a clitic (و ب ل ف) at the start of the first token, not part of the figure. */
  readonly clitic: number;
  /** Written at least partly in words. */
  readonly words: boolean;
  /** A single word that is also an ordinary word (ست، سبع، خمس، عشر …): a figure only before what it counts. */
  readonly ambiguous: boolean;
  /** A fraction alone (نصف، ربع، ثلث): a figure only when something marks it as one. */
  readonly fraction: boolean;
  /** The largest scale word used (1 when none). */
  readonly scale: number;
}

/** The word at `i` with `skip` characters (an attached و) taken off the front. */
function w(tokens: readonly Token[], i: number, skip = 0): string | undefined {
  const word = wordAt(tokens, i);
  return word === undefined ? undefined : word.slice(skip);
}

/** After a compound's و: a separate "و" token, or a word that starts with it. */
function conjunction(tokens: readonly Token[], i: number): { i: number; skip: number } | null {
  const word = wordAt(tokens, i);
  if (word === 'و') return { i: i + 1, skip: 0 };
  if (word && word.length > 2 && word.startsWith('و')) return { i, skip: 1 };
  return null;
}

interface Part {
  readonly value: number;
  readonly next: number;
  readonly clitic: number;
  readonly ambiguous: boolean;
}

/** 0–99 in words. Only the first word may carry a clitic. */
function below100(tokens: readonly Token[], i: number, skip: number, first: boolean): Part | null {
  const word = w(tokens, i, skip);
  if (!word) return null;
  const find = (map: ReadonlyMap<string, number>): { value: number; clitic: number } | null => {
    const hit = first && skip === 0 ? lookupWord(map, word) : map.has(word) ? { value: map.get(word) as number, clitic: 0 } : null;
    // A clitic before an ambiguous form (لست "I am not", بست) is not a number.
    return hit && hit.clitic > 0 && AMBIGUOUS_UNITS.has(word.slice(hit.clitic)) ? null : hit;
  };
  const teen = find(ONE_WORD_TEENS);
  if (teen) return { value: teen.value, next: i + 1, clitic: teen.clitic, ambiguous: false };
  const head = find(TEEN_HEADS);
  if (head && TEN_WORDS.has(w(tokens, i + 1) ?? '')) return { value: 10 + head.value, next: i + 2, clitic: head.clitic, ambiguous: false };
  const tens = find(TENS);
  if (tens) return { value: tens.value, next: i + 1, clitic: tens.clitic, ambiguous: false };
  const unit = find(UNITS);
  if (!unit) return null;
  const and = conjunction(tokens, i + 1);
  const tail = and ? TENS.get(w(tokens, and.i, and.skip) ?? '') : undefined;
  if (and && tail !== undefined && unit.value < 10) return { value: unit.value + tail, next: and.i + 1, clitic: unit.clitic, ambiguous: false };
  return { value: unit.value, next: i + 1, clitic: unit.clitic, ambiguous: AMBIGUOUS_UNITS.has(word.slice(unit.clitic)) };
}

/** مئة، مئتان، ثلاثمائة، ثلاث مئة, and what follows them (وخمسون; Egyptian متين واحد وعشرين). */
function below1000(tokens: readonly Token[], i: number, skip: number, first: boolean): Part | null {
  const word = w(tokens, i, skip);
  if (!word) return null;
  let hundreds: Part | null = null;
  const whole = first && skip === 0 ? lookupWord(HUNDRED_WORDS, word) : HUNDRED_WORDS.has(word) ? { value: HUNDRED_WORDS.get(word) as number, clitic: 0 } : null;
  if (whole) hundreds = { value: whole.value, next: i + 1, clitic: whole.clitic, ambiguous: false };
  const glued = /^(.+?)(ميه|مايه)$/.exec(word);
  if (!hundreds && glued && HUNDRED_HEADS.has(glued[1])) hundreds = { value: (HUNDRED_HEADS.get(glued[1]) as number) * 100, next: i + 1, clitic: 0, ambiguous: false };
  if (!hundreds) {
    const unit = below100(tokens, i, skip, first);
    if (unit && unit.value >= 1 && unit.value <= 9 && unit.next === i + 1 && HUNDRED_WORDS.get(w(tokens, i + 1) ?? '') === 100) {
      hundreds = { value: unit.value * 100, next: i + 2, clitic: unit.clitic, ambiguous: false };
    } else return unit;
  }
  const and = conjunction(tokens, hundreds.next);
  // واحد begins with و too: read it as a conjunction only when what follows is a number.
  const rest = (and ? below100(tokens, and.i, and.skip, false) : null) ?? below100(tokens, hundreds.next, 0, false);
  return rest ? { ...hundreds, value: hundreds.value + rest.value, next: rest.next } : hundreds;
}

function scaleAt(tokens: readonly Token[], i: number, skip = 0) {
  return SCALES.get(w(tokens, i, skip) ?? '');
}

/** A fraction word at `i` (نصف، ربع، ثلث، ثلثي) or «ثلاثة أرباع». */
export function fractionAt(tokens: readonly Token[], i: number, skip = 0, first = false): { value: number; next: number; clitic: number } | null {
  const word = w(tokens, i, skip);
  if (!word) return null;
  if ((word === 'ثلاثه' || word === 'ثلاث') && w(tokens, i + 1) === 'ارباع') return { value: 0.75, next: i + 2, clitic: 0 };
  const hit = first && skip === 0 ? lookupWord(FRACTIONS, word) : FRACTIONS.has(word) ? { value: FRACTIONS.get(word) as number, clitic: 0 } : null;
  return hit ? { value: hit.value, next: i + 1, clitic: hit.clitic } : null;
}

/**
 * A cardinal figure at token `i`, in words, in digits, or mixed: ثلاثة آلاف وخمسمائة،
 * 67 ألف، 1.5 مليون، مليونان، نصف مليون، مليون ونصف، 2 مليون و500 ألف.
 */
export function cardinalAt(tokens: readonly Token[], i: number): WordFigure | null {
  let total = 0;
  let lastScale = Infinity;
  let next = i;
  let skip = 0;
  let clitic = 0;
  let words = false;
  let ambiguous = false;
  let fraction = false;
  let beforeAnd = i;
  for (let group = 0; ; group++) {
    const first = group === 0;
    // Digits start a figure (67 ألف) or follow a scale (مليون و500 ألف).
    const digits = first || (lastScale !== Infinity && skip === 0) ? digitFigureAt(tokens, next) : null;
    const part: Part | null = digits ? { value: digits.value, next: digits.next, clitic: 0, ambiguous: false } : below1000(tokens, next, skip, first);
    // مليونين وثلاثة ملايين: a group with a scale as large as the last is a second figure; stop before its و.
    if (!first && part && (scaleAt(tokens, part.next)?.value ?? 0) >= lastScale) {
      next = beforeAnd;
      break;
    }
    const frac = !part ? fractionAt(tokens, next, skip, first) : null;
    const lone = !part && !frac ? (first ? lookupWord(SCALES, w(tokens, next) ?? '') : scaleAt(tokens, next, skip) ? { value: scaleAt(tokens, next, skip) as Scale, clitic: 0 } : null) : null;
    const scale = part ? scaleAt(tokens, part.next) : frac ? scaleAt(tokens, frac.next) : undefined;
    if (first) clitic = part?.clitic ?? frac?.clitic ?? lone?.clitic ?? 0;
    if (part && scale && scale.value < lastScale && (scale.count !== 0 || part.value >= 3 || digits)) {
      // 67 ألف، ثلاثة آلاف، 2 مليون
      total += part.value * scale.value;
      lastScale = scale.value;
      next = part.next + 1;
      words = true;
    } else if (frac && scale && scale.value < lastScale) {
      // نصف مليون
      total += frac.value * scale.value;
      lastScale = scale.value;
      next = frac.next + 1;
      words = true;
    } else if (lone && lone.value.count > 0 && lone.value.value < lastScale) {
      // ألف، مليونان
      total += lone.value.count * lone.value.value;
      lastScale = lone.value.value;
      next += 1;
      words = true;
    } else if (part && part.value < lastScale) {
      total += part.value;
      next = part.next;
      words ||= !digits;
      ambiguous = first && part.ambiguous;
      break;
    } else if (frac && lastScale !== Infinity) {
      // مليون ونصف
      total += frac.value * lastScale;
      next = frac.next;
      break;
    } else if (frac && first) {
      total = frac.value;
      next = frac.next;
      words = true;
      fraction = true;
      break;
    } else if (first) {
      return null;
    } else break;
    const and = conjunction(tokens, next);
    if (!and) break;
    beforeAnd = next;
    const probe = (and.skip === 0 && tokens[and.i]?.kind === 'number') || below1000(tokens, and.i, and.skip, false) || fractionAt(tokens, and.i, and.skip) || scaleAt(tokens, and.i, and.skip);
    if (!probe) break;
    next = and.i;
    skip = and.skip;
  }
  // واحد فاصلة واحد: a decimal point said in words.
  if (words && total < 1000 && w(tokens, next) === 'فاصله') {
    const decimals = below100(tokens, next + 1, 0, false);
    if (decimals) {
      total = Number(`${Math.trunc(total)}.${decimals.value}`);
      next = decimals.next;
      ambiguous = false;
    }
  }
  return { value: total, next, clitic, words, ambiguous, fraction, scale: lastScale === Infinity ? 1 : lastScale };
}

export interface OrdinalFigure {
  readonly value: number;
  readonly next: number;
  readonly clitic: number;
}

/** An ordinal at token `i`: الأول، الرابعة، الحادي عشر، الثالثة عشرة، الخامس والعشرين، التسعون. */
export function ordinalAt(tokens: readonly Token[], i: number): OrdinalFigure | null {
  const word = wordAt(tokens, i);
  if (!word) return null;
  const unit = lookupWord(ORDINAL_UNITS, word) ?? lookupWord(ORDINAL_COMPOUND_HEADS, word);
  if (unit && unit.value < 10) {
    if (TEN_WORDS.has(w(tokens, i + 1) ?? '')) return { value: 10 + unit.value, next: i + 2, clitic: unit.clitic };
    const and = conjunction(tokens, i + 1);
    const tens = and ? ORDINAL_TENS.get(w(tokens, and.i, and.skip) ?? '') : undefined;
    if (and && tens !== undefined) return { value: unit.value + tens, next: and.i + 1, clitic: unit.clitic };
  }
  const tens = lookupWord(ORDINAL_TENS, word);
  if (tens) return { value: tens.value, next: i + 1, clitic: tens.clitic };
  const alone = lookupWord(ORDINAL_UNITS, word);
  // حادي and حادية occur only in compounds.
  if (alone && !/حادي/.test(word)) return { value: alone.value, next: i + 1, clitic: alone.clitic };
  return null;
}
