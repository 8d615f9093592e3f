/**
 * Features of each token for the sequence model: the word, its stem without proclitics and
 * without the article, affixes, shape, the words around it, and the gazetteer classes the
 * token falls in (gazetteer/index.ts), alone and with the word before (الرئيس + a given
 * name). Each feature is a 32-bit hash (hash.ts); the same code extracts features for
 * training (scripts/train) and for recognition.
 */
import { safeReading, withoutArticle } from './clitics';
import { hashString, mix, mix3 } from './hash';
import type { Token } from './tokens';

/** Template ids: fixed numbers, because trained models store hashes built from them. */
const T = {
  bias: 1, word: 2, stem: 3, bare: 4, prefix1: 5, prefix2: 6, prefix3: 7, suffix1: 8, suffix2: 9, suffix3: 10,
  shape: 11, length: 12, clitic: 13, loose: 14,
  prevWord: 20, nextWord: 21, prev2Word: 22, next2Word: 23, prevStem: 24, nextStem: 25, prevBare: 26, nextBare: 27,
  prevBigram: 30, nextBigram: 31, prevShape: 32, nextShape: 33, around: 34,
  gaz: 40, prevGaz: 41, nextGaz: 42, gazWord: 43, prev2Gaz: 44, next2Gaz: 45, gazPrev: 46,
} as const;

const PAD = hashString('<pad>');

/** What features need to know of one token, hashed once. */
interface TokenHashes {
  readonly word: number;
  readonly stem: number;
  readonly bare: number;
  readonly shape: number;
  readonly own: readonly number[];
}

function shapeOf(token: Token): string {
  if (!token.word) return 'p:' + token.folded;
  const w = token.folded;
  if (/^\d+$/.test(w)) return 'd' + Math.min(w.length, 4);
  if (/\d/.test(w)) return 'dx';
  if (/^[a-z]+$/.test(w)) return 'lat';
  if (/^[\u0600-\u06ff]+$/.test(w)) return 'ar';
  return 'mix';
}

function tokenHashes(token: Token): TokenHashes {
  const word = token.folded;
  const { prefix, stem } = safeReading(word);
  const bare = withoutArticle(stem);
  const shape = shapeOf(token);
  const hWord = hashString(word);
  const hStem = hashString(stem);
  const hBare = hashString(bare);
  const hShape = hashString(shape);
  const own = [
    mix(T.word, hWord),
    mix(T.stem, hStem),
    mix(T.bare, hBare),
    mix(T.shape, hShape),
    mix(T.length, Math.min(bare.length, 10)),
    mix(T.clitic, hashString(word.slice(0, prefix) + (stem !== bare ? '+ال' : ''))),
  ];
  if (token.word && bare.length >= 3) {
    // FNV-1a is sequential: the hashes of the first one, two and three letters come in one pass.
    const p1 = hashString(bare[0]);
    const p2 = hashString(bare[1], p1);
    const p3 = hashString(bare[2], p2);
    const n = bare.length;
    const s1 = hashString(bare[n - 1]);
    own.push(mix(T.prefix1, p1), mix(T.prefix2, p2), mix(T.prefix3, p3), mix(T.suffix1, s1), mix(T.suffix2, hashString(bare.slice(n - 2))), mix(T.suffix3, hashString(bare.slice(n - 3))));
  }
  // A reading without a leading و ف ب ك ل even where it is unsafe (وسوريا، بغداد): the model weighs it.
  if (prefix === 0 && word.length >= 4 && 'وفبكل'.includes(word[0])) own.push(mix(T.loose, hashString(withoutArticle(word.slice(1)))));
  return { word: hWord, stem: hStem, bare: hBare, shape: hShape, own };
}

const PAD_HASHES: TokenHashes = { word: PAD, stem: PAD, bare: PAD, shape: PAD, own: [] };
const NONE: readonly number[] = [];

/**
 * A token's features that do not depend on its neighbours, by the role the token plays:
 * itself, or the word before, after, two before or two after another token. The runtime
 * scorer caches their sums per distinct word (model/scorer.ts); training lists them all.
 */
export interface TokenGroups {
  readonly word: number;
  readonly shape: number;
  readonly own: readonly number[];
  readonly asPrev: readonly number[];
  readonly asNext: readonly number[];
  readonly asPrev2: readonly number[];
  readonly asNext2: readonly number[];
}

function groupsOf(h: TokenHashes): TokenGroups {
  return {
    word: h.word,
    shape: h.shape,
    own: [T.bias, ...h.own],
    asPrev: [mix(T.prevWord, h.word), mix(T.prevStem, h.stem), mix(T.prevBare, h.bare), mix(T.prevShape, h.shape)],
    asNext: [mix(T.nextWord, h.word), mix(T.nextStem, h.stem), mix(T.nextBare, h.bare), mix(T.nextShape, h.shape)],
    asPrev2: [mix(T.prev2Word, h.word)],
    asNext2: [mix(T.next2Word, h.word)],
  };
}

export function tokenGroups(token: Token): TokenGroups {
  return groupsOf(tokenHashes(token));
}

/** The groups of the padding before the first and after the last token. */
export const PAD_GROUPS: TokenGroups = groupsOf(PAD_HASHES);

/** What pairFeatures reads of a token: its word's and its shape's hashes. */
export type PairGroups = Pick<TokenGroups, 'word' | 'shape'>;

/** Features that join a token with its neighbours, and its gazetteer features: never cached. */
export function pairFeatures(prev: PairGroups, cur: PairGroups, next: PairGroups, gazetteer: readonly (readonly number[])[], i: number, out: number[]): void {
  const gazAt = (k: number): readonly number[] => (k >= 0 && k < gazetteer.length ? gazetteer[k] : NONE);
  out.push(mix3(T.prevBigram, prev.word, cur.word), mix3(T.nextBigram, cur.word, next.word), mix3(T.around, prev.shape, next.shape));
  for (const g of gazAt(i)) out.push(mix(T.gaz, g), mix3(T.gazWord, g, cur.shape), mix3(T.gazPrev, g, prev.word));
  for (const g of gazAt(i - 1)) out.push(mix(T.prevGaz, g));
  for (const g of gazAt(i + 1)) out.push(mix(T.nextGaz, g));
  for (const g of gazAt(i - 2)) out.push(mix(T.prev2Gaz, g));
  for (const g of gazAt(i + 2)) out.push(mix(T.next2Gaz, g));
}

/** Every token's features in one array: token t's are `features[offsets[t]]` up to `features[offsets[t + 1]]`. */
export interface FeatureSequence {
  readonly length: number;
  readonly features: Uint32Array;
  readonly offsets: Int32Array;
}

/**
 * Features of every token of a sequence. `gazetteer[i]` lists the gazetteer class ids of
 * token i (with their position in the match); it may be empty.
 */
export function sequenceFeatures(tokens: readonly Token[], gazetteer: readonly (readonly number[])[]): FeatureSequence {
  const n = tokens.length;
  const groups = tokens.map(tokenGroups);
  const at = (i: number): TokenGroups => (i >= 0 && i < n ? groups[i] : PAD_GROUPS);
  const all: number[] = [];
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const g = groups[i];
    all.push(...g.own, ...at(i - 1).asPrev, ...at(i + 1).asNext, ...at(i - 2).asPrev2, ...at(i + 2).asNext2);
    pairFeatures(at(i - 1), g, at(i + 1), gazetteer, i, all);
    offsets[i + 1] = all.length;
  }
  return { length: n, features: Uint32Array.from(all), offsets };
}
