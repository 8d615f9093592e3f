/**
 * Counts written after a definite noun, as an adjective: الأشهر الستة الماضية، الساعات
 * الأربع والعشرين، الدول الخمس. The noun is what is counted.
 */
import { wordAt, type Token } from '../text/tokens';
import { TENS, UNITS } from './lexicon';
import { NOT_UNITS } from './units';

export interface DefiniteCount {
  readonly value: number;
  /** What is counted: the noun without its article (أشهر). */
  readonly noun: string;
  readonly next: number;
}

function definiteNumber(word: string | undefined): number | undefined {
  if (!word || !word.startsWith('ال')) return undefined;
  const bare = word.slice(2);
  return TENS.get(bare) ?? UNITS.get(bare);
}

/** A definite plural noun at `i` followed by a definite number from 3 up (two and one are weekday names and adjectives). */
export function definiteCountAt(tokens: readonly Token[], i: number): DefiniteCount | null {
  const noun = wordAt(tokens, i);
  if (!noun || !/^[وفبل]?ال/.test(noun) || noun.length < 5) return null;
  const bare = noun.replace(/^[وفبل]?ال/, '');
  if (NOT_UNITS.has(bare)) return null;
  const unit = definiteNumber(wordAt(tokens, i + 1));
  if (unit === undefined || unit < 3) return null;
  // الأربع والعشرين
  const and = wordAt(tokens, i + 2);
  const tens = and?.startsWith('وال') ? TENS.get(and.slice(3)) : and === 'و' ? TENS.get(wordAt(tokens, i + 3)?.replace(/^ال/, '') ?? '') : undefined;
  if (tens !== undefined && unit < 10) return { value: unit + tens, noun: bare, next: and === 'و' ? i + 4 : i + 3 };
  return { value: unit, noun: bare, next: i + 2 };
}
