/**
 * When two mentions name the same thing. The key folds what normalize.ts folds (hamza and
 * alef forms, alef maksura, ta marbuta, diacritics, tatweel) and, on top of it, the
 * spelling variants of names in the Arabic press: عبد الرحمن/عبدالرحمن (compound names
 * written apart or joined), الديمقراطية/الديموقراطية, أمريكا/أميركا, and a final ية/يا
 * (سورية/سوريا). The key is for comparing only; what people read is `displayForm`.
 */
import { fold } from '../text/normalize';

const COMPOUND = /(^| )(عبد|ابو|ابي|ابن) (?=\S)/g;
const LETTER_VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/ديموقراط/g, 'ديمقراط'],
  [/اميرك/g, 'امريك'],
  [/يه(?= |$)/g, 'يا'],
];
const PUNCTUATION = /[\p{P}\p{S}]/gu;

export function nameKey(text: string): string {
  let key = fold(text).replace(PUNCTUATION, ' ').replace(/\s+/g, ' ').trim();
  key = key.replace(COMPOUND, '$1$2');
  for (const [re, to] of LETTER_VARIANTS) key = key.replace(re, to);
  return key;
}

const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A mention as a name to show: without diacritics, tatweel or invisible marks, on one line,
 * with the article restored where ل + ال was written لل (لعراق → العراق).
 */
export function displayForm(text: string, restoreArticle = false): string {
  const clean = text.replace(MARKS, '').replace(/\s+/g, ' ').trim();
  return restoreArticle ? 'ا' + clean : clean;
}
