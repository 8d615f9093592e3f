/**
 * Words that qualify a figure, kept rather than dropped: approximation (نحو، حوالي، قرابة،
 * زهاء، ما يقارب، تقريبا) and bounds (أكثر من، أقل من، ما لا يقل عن، على الأقل، كحد أقصى),
 * before the figure (with their clitics: بنحو، بأكثر من) or after it.
 */
import type { NumberBound } from '../model';
import { lookupWord, phraseAt, wordAt, type Token } from '../text/tokens';

export type Qualifier = { readonly kind: 'approximate' } | { readonly kind: 'bound'; readonly bound: NumberBound };

const APPROX: Qualifier = { kind: 'approximate' };
const bound = (b: NumberBound): Qualifier => ({ kind: 'bound', bound: b });

type Entry = readonly [phrase: string, qualifier: Qualifier];

/** Before the figure (folded). The first word may carry a clitic. */
const BEFORE: readonly Entry[] = [
  ['نحو', APPROX], ['حوالي', APPROX], ['زهاء', APPROX], ['قرابه', APPROX], ['ما يقارب', APPROX], ['يقارب', APPROX], ['تقارب', APPROX],
  ['ما يقرب من', APPROX], ['يقرب من', APPROX], ['ما يناهز', APPROX], ['يناهز', APPROX], ['تناهز', APPROX], ['بحدود', APPROX], ['في حدود', APPROX], ['تقريبا', APPROX],
  ['اكثر من', bound('more-than')], ['ازيد من', bound('more-than')], ['ما يزيد عن', bound('more-than')], ['ما يزيد علي', bound('more-than')],
  ['يزيد عن', bound('more-than')], ['يزيد علي', bound('more-than')], ['تزيد عن', bound('more-than')], ['تزيد علي', bound('more-than')],
  ['ما يفوق', bound('more-than')], ['يفوق', bound('more-than')], ['يربو علي', bound('more-than')], ['ما يربو علي', bound('more-than')], ['فوق', bound('more-than')],
  ['تجاوز', bound('more-than')], ['تجاوزت', bound('more-than')], ['يتجاوز', bound('more-than')], ['تتجاوز', bound('more-than')],
  ['تخطي', bound('more-than')], ['تخطت', bound('more-than')], ['يتخطي', bound('more-than')],
  ['اقل من', bound('less-than')], ['ما يقل عن', bound('less-than')], ['يقل عن', bound('less-than')], ['دون', bound('less-than')], ['تحت', bound('less-than')],
  ['ما لا يقل عن', bound('at-least')], ['لا يقل عن', bound('at-least')], ['لا تقل عن', bound('at-least')], ['لم يقل عن', bound('at-least')],
  ['ما لا يزيد عن', bound('at-most')], ['ما لا يزيد علي', bound('at-most')], ['لا يزيد عن', bound('at-most')], ['لا يزيد علي', bound('at-most')],
  ['لا تزيد عن', bound('at-most')], ['لا تزيد علي', bound('at-most')], ['لا يتجاوز', bound('at-most')], ['لا تتجاوز', bound('at-most')],
  ['لم يتجاوز', bound('at-most')], ['لم تتجاوز', bound('at-most')], ['ما لا يتجاوز', bound('at-most')], ['لن يتجاوز', bound('at-most')],
  ['لن تتجاوز', bound('at-most')], ['لن يزيد عن', bound('at-most')], ['لن يزيد علي', bound('at-most')], ['لن تزيد عن', bound('at-most')], ['لن تزيد علي', bound('at-most')],
  ['لن يقل عن', bound('at-least')], ['لن تقل عن', bound('at-least')],
];

/** After the figure and what it counts. */
const AFTER: readonly Entry[] = [
  ['تقريبا', APPROX], ['علي الاقل', bound('at-least')], ['كحد ادني', bound('at-least')], ['فاكثر', bound('at-least')], ['او اكثر', bound('at-least')],
  ['فما فوق', bound('at-least')], ['وما فوق', bound('at-least')], ['كحد اقصي', bound('at-most')], ['علي الاكثر', bound('at-most')],
  ['فاقل', bound('at-most')], ['او اقل', bound('at-most')], ['فما دون', bound('at-most')],
];

const split = (entries: readonly Entry[]) => entries.map(([p, q]) => ({ words: p.split(' '), qualifier: q }));
const BEFORE_PHRASES = split(BEFORE);
const AFTER_PHRASES = split(AFTER);
const FIRST_WORDS: ReadonlyMap<string, true> = new Map(BEFORE_PHRASES.map((p) => [p.words[0], true]));
export const QUALIFIER_FIRST_WORDS: readonly string[] = [...FIRST_WORDS.keys()];

export interface QualifierMatch {
  readonly qualifier: Qualifier;
  /** Token index after the phrase. */
  readonly next: number;
  /** Characters of a clitic on the first word (بنحو → 1), not part of the phrase. */
  readonly clitic: number;
}

/** The longest qualifier before a figure that starts at token `i`. */
export function qualifierBefore(tokens: readonly Token[], i: number): QualifierMatch | null {
  const word = wordAt(tokens, i);
  if (!word) return null;
  const first = lookupWord(FIRST_WORDS, word);
  if (!first) return null;
  const head = word.slice(first.clitic);
  let best: QualifierMatch | null = null;
  for (const { words, qualifier } of BEFORE_PHRASES) {
    if (words[0] !== head) continue;
    const next = words.length === 1 ? i + 1 : phraseAt(tokens, i + 1, words.slice(1));
    if (next >= 0 && (!best || next > best.next)) best = { qualifier, next, clitic: first.clitic };
  }
  return best;
}

/** A qualifier after a figure (تقريبا، على الأقل، كحد أقصى، فأكثر) at token `i`. */
export function qualifierAfter(tokens: readonly Token[], i: number): QualifierMatch | null {
  let best: QualifierMatch | null = null;
  for (const { words, qualifier } of AFTER_PHRASES) {
    const next = phraseAt(tokens, i, words);
    if (next >= 0 && (!best || next > best.next)) best = { qualifier, next, clitic: 0 };
  }
  return best;
}
