/**
 * Names that are also everyday words, and the word before them that tells which is meant:
 * مالي is Mali after في or شمال but «financial» after دعم or مبلغ; المغرب is Morocco, but
 * the sunset prayer after صلاة or بعد; بنين is Benin, but «boys» after مدارس. Only a
 * one-word name without proclitics is doubted (ومالي، بالمغرب stay names).
 */
import type { Token } from './tokens';

/** Words before which مالي is the country (folded): prepositions, directions, a state's words. */
const BEFORE_COUNTRY = new Set('في من الي عن علي و شمال جنوب شرق غرب وسط بشمال بجنوب بشرق بغرب بوسط لشمال لجنوب دوله جمهوريه حكومه رئيس شعب وشعب جيش'.split(' '));
/** Words before which المغرب is the prayer or the time of day (folded). */
const BEFORE_PRAYER = new Set('صلاه وصلاه بعد وبعد قبل وقبل وقت موعد اذان واذان حتي'.split(' '));
/** Words before which بنين is «boys» (folded). */
const BEFORE_BOYS = new Set('مدارس مدرسه ومدارس طلاب الطلاب معهد'.split(' '));

/** The everyday reading, by the name (folded) and the word before it (folded; '' after punctuation or at the start). */
const EVERYDAY: ReadonlyMap<string, (before: string) => boolean> = new Map([
  ['مالي', (before: string) => before !== '' && !BEFORE_COUNTRY.has(before)],
  ['المغرب', (before: string) => BEFORE_PRAYER.has(before)],
  ['بنين', (before: string) => BEFORE_BOYS.has(before)],
]);

/** Whether the one-token name at `index` is here the everyday word it is spelled like. */
export function isEverydayWord(tokens: readonly Token[], index: number): boolean {
  const test = EVERYDAY.get(tokens[index].folded);
  if (!test) return false;
  const prev = tokens[index - 1];
  return test(prev?.word === true ? prev.folded : '');
}
