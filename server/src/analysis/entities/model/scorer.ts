/**
 * Label scores at run time, fast: most of a token's features depend on one word only (the
 * token itself, or its neighbour in one role), so their summed weights are cached per
 * distinct word and role; only the features that join neighbours and the gazetteer
 * features are looked up for every token. The sums are the integers the model stores, so
 * the result equals SequenceModel.scores over sequenceFeatures exactly.
 */
import { PAD_GROUPS, pairFeatures, tokenGroups, type PairGroups, type TokenGroups } from '../features';
import { boundedCache } from '../../text/bounded-cache';
import type { Token } from '../tokens';
import { LABEL_COUNT } from './labels';
import type { SequenceModel } from './table';

const L = LABEL_COUNT;

/** A word's cached sums: the hashes pairFeatures joins, and its weights in each role, L labels each. */
interface Sums {
  readonly groups: PairGroups;
  /** own, asPrev, asNext, asPrev2, asNext2: L integers each, at OWN, PREV, NEXT, PREV2, NEXT2. */
  readonly sums: Int32Array;
}

const OWN = 0;
const PREV = L;
const NEXT = 2 * L;
const PREV2 = 3 * L;
const NEXT2 = 4 * L;

export class CachedScorer {
  readonly #model: SequenceModel;
  /** Sums per distinct word, 100,000 words at most. */
  readonly #cache = boundedCache<string, Sums>(100_000);
  readonly #pad: Sums;

  constructor(model: SequenceModel) {
    this.#model = model;
    this.#pad = this.#sums(PAD_GROUPS);
  }

  #sums(groups: TokenGroups): Sums {
    const sums = new Int32Array(5 * L);
    [groups.own, groups.asPrev, groups.asNext, groups.asPrev2, groups.asNext2].forEach((features, k) => this.#model.addWeights(features, sums.subarray(k * L, (k + 1) * L)));
    return { groups: { word: groups.word, shape: groups.shape }, sums };
  }

  #of(token: Token): Sums {
    // Punctuation and words differ in shape features even when their text is the same.
    return this.#cache(token.word ? token.folded : '\u0000' + token.folded, () => this.#sums(tokenGroups(token)));
  }

  /** Per-token label scores, token after token, as SequenceModel.scores gives them. */
  scores(tokens: readonly Token[], gazetteer: readonly (readonly number[])[]): Float64Array {
    const n = tokens.length;
    const sums = tokens.map((t) => this.#of(t));
    const at = (i: number): Sums => (i >= 0 && i < n ? sums[i] : this.#pad);
    const scores = new Float64Array(n * L);
    const total = new Int32Array(L);
    const pairs: number[] = [];
    for (let i = 0; i < n; i++) {
      const own = sums[i].sums;
      const p = at(i - 1).sums;
      const nx = at(i + 1).sums;
      const p2 = at(i - 2).sums;
      const n2 = at(i + 2).sums;
      for (let y = 0; y < L; y++) total[y] = own[OWN + y] + p[PREV + y] + nx[NEXT + y] + p2[PREV2 + y] + n2[NEXT2 + y];
      pairs.length = 0;
      pairFeatures(at(i - 1).groups, sums[i].groups, at(i + 1).groups, gazetteer, i, pairs);
      this.#model.addWeights(pairs, total);
      for (let y = 0; y < L; y++) scores[i * L + y] = total[y] * this.#model.scale;
    }
    return scores;
  }
}
