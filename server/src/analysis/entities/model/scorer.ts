/**
 * Label scores at run time, fast: most of a token's features depend on one word only (the
 * token itself, or its neighbour in one role), so their summed weights are cached per
 * distinct word and role; only the features that join neighbours and the gazetteer
 * features are looked up for every token. The sums are the integers the model stores, so
 * the result equals SequenceModel.scores over sequenceFeatures exactly.
 */
import { PAD_GROUPS, pairFeatures, tokenGroups, type PairGroups, type TokenGroups } from '../features';
import type { Token } from '../tokens';
import { LABEL_COUNT } from './labels';
import type { SequenceModel } from './table';

const L = LABEL_COUNT;

/** A word's sums, in one row of the scorer's table: own, asPrev, asNext, asPrev2, asNext2, L integers each, at OWN, PREV, NEXT, PREV2, NEXT2. */
const ROW = 5 * L;
const OWN = 0;
const PREV = L;
const NEXT = 2 * L;
const PREV2 = 3 * L;
const NEXT2 = 4 * L;

/** Distinct words kept at most; past it the cache starts afresh, which bounds memory and costs only recomputation. */
const MAX_WORDS = 100_000;
/** The padding's row, before the first and after the last token: never dropped. */
const PAD_ROW = 0;

export class CachedScorer {
  readonly #model: SequenceModel;
  /** The row of each distinct word (its text, after U+0000 for punctuation, which differs in shape features). */
  readonly #rows = new Map<string, number>();
  /**
   * Every row's sums in one array, so that a word's are one read away: a Map to an object holding an Int32Array
   * cost the scorer a chain of cache misses for every rare word.
   */
  #sums = new Int32Array(1024 * ROW);
  /** Each row's hashes that pairFeatures joins. */
  readonly #groups: PairGroups[] = [];

  constructor(model: SequenceModel) {
    this.#model = model;
    this.#add(PAD_GROUPS);
  }

  #add(groups: TokenGroups): number {
    const row = this.#groups.length;
    if ((row + 1) * ROW > this.#sums.length) {
      const grown = new Int32Array(this.#sums.length * 2);
      grown.set(this.#sums);
      this.#sums = grown;
    }
    const at = row * ROW;
    [groups.own, groups.asPrev, groups.asNext, groups.asPrev2, groups.asNext2].forEach((features, k) => this.#model.addWeights(features, this.#sums.subarray(at + k * L, at + (k + 1) * L)));
    this.#groups.push({ word: groups.word, shape: groups.shape });
    return row;
  }

  #rowOf(token: Token): number {
    const key = token.word ? token.folded : '\u0000' + token.folded;
    let row = this.#rows.get(key);
    if (row === undefined) {
      row = this.#add(tokenGroups(token));
      this.#rows.set(key, row);
    }
    return row;
  }

  /** Per-token label scores, token after token, as SequenceModel.scores gives them. */
  scores(tokens: readonly Token[], gazetteer: readonly (readonly number[])[]): Float64Array {
    const n = tokens.length;
    // Afresh before a paragraph, never inside one, whose rows must stay as they are while it is scored.
    if (this.#rows.size + n > MAX_WORDS) {
      this.#rows.clear();
      this.#groups.length = PAD_ROW + 1;
    }
    // Token i's row at rows[i + 2]; the padding's around.
    const rows = new Int32Array(n + 4).fill(PAD_ROW);
    for (let i = 0; i < n; i++) rows[i + 2] = this.#rowOf(tokens[i]);
    const sums = this.#sums;
    const groups = this.#groups;
    const scale = this.#model.scale;
    const scores = new Float64Array(n * L);
    const total = new Int32Array(L);
    const pairs: number[] = [];
    for (let i = 0; i < n; i++) {
      const own = rows[i + 2] * ROW + OWN;
      const p = rows[i + 1] * ROW + PREV;
      const nx = rows[i + 3] * ROW + NEXT;
      const p2 = rows[i] * ROW + PREV2;
      const n2 = rows[i + 4] * ROW + NEXT2;
      for (let y = 0; y < L; y++) total[y] = sums[own + y] + sums[p + y] + sums[nx + y] + sums[p2 + y] + sums[n2 + y];
      pairs.length = 0;
      pairFeatures(groups[rows[i + 1]], groups[rows[i + 2]], groups[rows[i + 3]], gazetteer, i, pairs);
      this.#model.addWeights(pairs, total);
      for (let y = 0; y < L; y++) scores[i * L + y] = total[y] * scale;
    }
    return scores;
  }
}
