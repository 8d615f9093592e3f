/**
 * Vague quantities: an order of magnitude said in words, which the press uses where it has
 * no figure (عشرات القتلى، مئات الآلاف من النازحين، بضعة أيام، الآلاف). No figure is claimed,
 * but an editor checking a report needs to see the claim and its bounds: عشرات is 20–99,
 * مئات الآلاف 200,000–999,999, بضعة 3–9 of what it counts.
 */
import { lookupWord, wordAt, type Token } from '../text/tokens';

/** Plural heads (folded, with or without the article): how much one of them is worth. */
const HEADS: ReadonlyMap<string, number> = new Map([
  ['عشرات', 10], ['العشرات', 10],
  ['ميات', 100], ['الميات', 100], ['مئات', 100], ['المئات', 100],
  ['الاف', 1000], ['الالاف', 1000], ['الوف', 1000], ['الالوف', 1000],
  ['ملايين', 1e6], ['الملايين', 1e6],
  ['مليارات', 1e9], ['المليارات', 1e9], ['بلايين', 1e9], ['البلايين', 1e9],
]);

/** The heads written with the article (آلاف is الاف folded, without it). */
const DEFINITE_HEADS: ReadonlySet<string> = new Set(['العشرات', 'الميات', 'المئات', 'الالاف', 'الالوف', 'الملايين', 'المليارات', 'البلايين']);

/** A few (3–9): بضعة أيام، بضع مئات، بضعة آلاف. */
const FEW: ReadonlyMap<string, number> = new Map([['بضعه', 3], ['بضع', 3]]);

/** Scales after a head, in the genitive: عشرات الآلاف، مئات الملايين، بضعة آلاف. */
const SCALES: ReadonlyMap<string, number> = new Map([
  ['الاف', 1000], ['الالاف', 1000], ['الوف', 1000], ['الالوف', 1000],
  ['ملايين', 1e6], ['الملايين', 1e6], ['مليارات', 1e9], ['المليارات', 1e9],
]);

/** Every word a vague quantity can start with, for the finder's quick test. */
export const VAGUE_FIRST_WORDS: readonly string[] = [...HEADS.keys(), ...FEW.keys()];

export interface VagueQuantity {
  /** Clitic letters on the first token (وعشرات، بمئات), outside the span. */
  readonly clitic: number;
  readonly min: number;
  readonly max: number;
  /** The token after the quantity (before what it counts). */
  readonly next: number;
  /** Written with the article (الآلاف، المئات): what it counts can only follow من. */
  readonly definite: boolean;
}

/** A vague quantity starting at token i, or null. */
export function vagueAt(tokens: readonly Token[], i: number): VagueQuantity | null {
  const word = wordAt(tokens, i);
  if (!word) return null;
  const few = lookupWord(FEW, word);
  if (few) {
    // بضعة آلاف، بضع مئات: a few of a scale; بضعة أيام: a few of what follows.
    const scale = wordAt(tokens, i + 1);
    const unit = scale ? (SCALES.get(scale) ?? HEADS.get(scale) ?? 1) : 1;
    const next = unit > 1 ? i + 2 : i + 1;
    return { clitic: few.clitic, min: 3 * unit, max: 9 * unit, next, definite: false };
  }
  const head = lookupWord(HEADS, word);
  if (!head) return null;
  // عشرات الآلاف: tens of thousands; a scale worth less than the head (آلاف العشرات) is not one.
  const scale = SCALES.get(wordAt(tokens, i + 1) ?? '') ?? 0;
  const unit = scale > head.value ? head.value * scale : head.value;
  return { clitic: head.clitic, min: 2 * unit, max: 10 * unit - 1, next: scale > head.value ? i + 2 : i + 1, definite: DEFINITE_HEADS.has(word.slice(head.clitic)) };
}
