/**
 * The parts a numeric claim is built from, each read from tokens: a figure (digits,
 * words or both, with a currency sign before it), a percent sign or phrase, and the
 * unit that follows (a currency sign or code, a known measure, or a counted noun).
 */
import { lookupWord, phraseAt, wordAt, type Token } from '../text/tokens';
import { cardinalAt, fractionAt } from './words';
import { CURRENCY_SIGNS, UNIT_WORDS, isCountedNoun, nationalCode, type UnitInfo } from './units';

export interface Figure {
  readonly value: number;
  /** First token of the figure and the clitic characters on it. */
  readonly start: number;
  readonly clitic: number;
  readonly next: number;
  readonly words: boolean;
  readonly ambiguous: boolean;
  readonly fraction: boolean;
  readonly digits: boolean;
  readonly scale: number;
  /** A currency sign written before the figure ($10). */
  readonly sign: UnitInfo | null;
}

const isSymbol = (t: Token | undefined, chars: string): boolean => t !== undefined && t.kind === 'symbol' && chars.includes(t.text);

/** Words of one or two letters that can only be clitics before digits (بـ170، و500). */
const CLITIC_ONLY = /^(?:[وفبلك]|وب|ول|فب|فل)$/;

export function figureAt(tokens: readonly Token[], i: number): Figure | null {
  let sign: UnitInfo | null = null;
  let at = i;
  const first = tokens[i];
  if (first?.kind === 'symbol' && '$€£'.includes(first.text) && (tokens[i + 1]?.kind === 'number' || isSymbol(tokens[i + 1], '-.'))) {
    sign = CURRENCY_SIGNS.get(first.text) ?? null;
    at = i + 1;
  }
  const t = tokens[at];
  if (!t) return null;
  // A figure glued to a word (F16، كوفيد19، G20) is part of a name, unless the word is only a clitic.
  const before = tokens[at - 1];
  if (t.kind === 'number' && !t.spaced && before?.kind === 'word' && !CLITIC_ONLY.test(before.text)) return null;
  const c = cardinalAt(tokens, at);
  if (!c) return null;
  const digits = t.kind !== 'word';
  return { value: c.value, start: i, clitic: sign ? 0 : c.clitic, next: c.next, words: c.words, ambiguous: c.ambiguous, fraction: c.fraction, digits, scale: c.scale, sign };
}

/** `%`, `٪`, في المئة، في المائة، بالمئة after a figure; the token index after it, or -1. */
export function percentAfter(tokens: readonly Token[], i: number): number {
  if (isSymbol(tokens[i], '%٪')) return i + 1;
  const word = wordAt(tokens, i);
  if (word === 'بالميه' || word === 'بالمايه' || word === 'بالمئه') return i + 1;
  if (word === 'في' || word === 'وفي') {
    const next = wordAt(tokens, i + 1);
    if (next === 'الميه' || next === 'المايه') return i + 2;
  }
  return -1;
}

/** A percent sign written before the digits (%60, ٪٦٠), as right-to-left typing leaves it. */
export function percentBefore(tokens: readonly Token[], i: number): boolean {
  return isSymbol(tokens[i], '%٪') && tokens[i].spaced && tokens[i + 1]?.kind === 'number' && !tokens[i + 1].spaced;
}

export interface UnitMatch {
  /** The unit as a noun (singular where known), null for a sign (then `info.singular`). */
  readonly info: UnitInfo | null;
  /** Token range of the unit's first word (a counted noun is named from the source). */
  readonly token: number;
  readonly next: number;
}

/** Units written as two words: ملي لتر، كيلو غرام، متر مربع. */
const TWO_WORD: ReadonlyArray<readonly [readonly string[], UnitInfo]> = [
  [['ملي', 'لتر'], { singular: 'مل', kind: 'volume', code: 'ml' }],
  [['هكتو', 'ليتر'], { singular: 'هكتوليتر', kind: 'volume', code: 'hl' }],
  [['كيلو', 'متر'], { singular: 'كيلومتر', kind: 'length', code: 'km' }],
  [['كيلو', 'غرام'], { singular: 'كيلوغرام', kind: 'mass', code: 'kg' }],
  [['كيلو', 'جرام'], { singular: 'كيلوغرام', kind: 'mass', code: 'kg' }],
  [['كيلومتر', 'مربع'], { singular: 'كيلومتر مربع', kind: 'area', code: 'km2' }],
  [['كيلومترا', 'مربعا'], { singular: 'كيلومتر مربع', kind: 'area', code: 'km2' }],
  [['متر', 'مربع'], { singular: 'متر مربع', kind: 'area', code: 'm2' }],
  [['مترا', 'مربعا'], { singular: 'متر مربع', kind: 'area', code: 'm2' }],
  [['متر', 'مكعب'], { singular: 'متر مكعب', kind: 'volume', code: 'm3' }],
  [['درجه', 'مئويه'], { singular: 'درجة مئوية', kind: 'temperature', code: 'celsius' }],
  [['درجه', 'سلزيوس'], { singular: 'درجة مئوية', kind: 'temperature', code: 'celsius' }],
  [['درجه', 'فهرنهايت'], { singular: 'فهرنهايت', kind: 'temperature', code: 'fahrenheit' }],
];

/** The unit after a figure at token `i`, or null. `counted` says whether a plain noun may be what is counted. */
export function unitAfter(tokens: readonly Token[], i: number, counted: boolean): UnitMatch | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'symbol') {
    const sign = '$€£¢°'.includes(t.text) ? CURRENCY_SIGNS.get(t.text) : undefined;
    if (!sign) return null;
    // 37° سلزيوس
    const scale = sign.kind === 'temperature' ? UNIT_WORDS.get(wordAt(tokens, i + 1) ?? '') : undefined;
    return scale?.kind === 'temperature' ? { info: scale, token: i, next: i + 2 } : { info: sign, token: i, next: i + 1 };
  }
  if (t.kind !== 'word') return null;
  // ج.م (Egyptian pound)
  if (t.text === 'ج' && isSymbol(tokens[i + 1], '.') && wordAt(tokens, i + 2) === 'م') {
    const next = isSymbol(tokens[i + 3], '.') && !tokens[i + 3].spaced ? i + 4 : i + 3;
    return { info: { singular: 'جنيه', kind: 'money', code: 'EGP' }, token: i, next };
  }
  const latin = CURRENCY_SIGNS.get(t.text);
  if (latin) return { info: latin, token: i, next: i + 1 };
  for (const [words, info] of TWO_WORD) {
    const next = phraseAt(tokens, i, words);
    if (next >= 0) return { info, token: i, next };
  }
  const known = UNIT_WORDS.get(t.text);
  if (known) {
    const adjective = wordAt(tokens, i + 1);
    const code = nationalCode(known.code, adjective);
    return code ? { info: { ...known, code }, token: i, next: i + 2 } : { info: known, token: i, next: i + 1 };
  }
  if (!counted || !isCountedNoun(t.text)) return null;
  return { info: null, token: i, next: i + 1 };
}

/** A known unit written alone in its dual (يومين، لتران، درجتين), which says "two". */
export function dualUnitAt(tokens: readonly Token[], i: number): { info: UnitInfo; clitic: number } | null {
  const word = wordAt(tokens, i);
  if (!word) return null;
  const hit = lookupWord(UNIT_WORDS, word);
  return hit && hit.value.dual ? { info: hit.value, clitic: hit.clitic } : null;
}

/** A known unit followed by a fraction (ساعة ونصف، لتر وربع): one and a part. */
export function unitAndFractionAt(tokens: readonly Token[], i: number): { info: UnitInfo; value: number; clitic: number; next: number } | null {
  const word = wordAt(tokens, i);
  if (!word) return null;
  const hit = lookupWord(UNIT_WORDS, word);
  if (!hit || hit.value.dual) return null;
  const after = wordAt(tokens, i + 1);
  const frac = after === 'و' ? fractionAt(tokens, i + 2) : after?.startsWith('و') ? fractionAt(tokens, i + 1, 1) : null;
  return frac ? { info: hit.value, value: 1 + frac.value, clitic: hit.clitic, next: frac.next } : null;
}

/** «و» + a fraction after a figure's unit (ساعتين ونصف): the fraction and the token after it. */
export function andFractionAt(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  const word = wordAt(tokens, i);
  if (word === 'و') return fractionAt(tokens, i + 1);
  return word?.startsWith('و') ? fractionAt(tokens, i, 1) : null;
}
