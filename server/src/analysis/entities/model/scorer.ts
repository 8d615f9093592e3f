/**
 * Label scores at run time, fast: most of a token's features depend on one word only (the
 * token itself, or its neighbour in one role), so their summed weights are cached per
 * distinct word and role; only the features that join neighbours and the gazetteer
 * features are looked up for every token. The sums are the integers the model stores, so
 * the result equals SequenceModel.scores over sequenceFeatures exactly.
 */
import { PAD_GROUPS, pairFeatures, tokenGroups, type TokenGroups } from '../features';
import type { Token } from '../tokens';
import { LABEL_COUNT } from './labels';
import type { SequenceModel } from './table';

const L = LABEL_COUNT;
/** Distinct words kept before the cache starts afresh: bounds memory on huge inputs. */
const MAX_CACHED = 50_000;

interface Sums {
  readonly groups: TokenGroups;
  readonly own: Int32Array;
  readonly asPrev: Int32Array;
  readonly asNext: Int32Array;
  readonly asPrev2: Int32Array;
  readonly asNext2: Int32Array;
}

export class CachedScorer {
  readonly #model: SequenceModel;
  readonly #cache = new Map<string, Sums>();
  readonly #pad: Sums;

  constructor(model: SequenceModel) {
    this.#model = model;
    this.#pad = this.#sums(PAD_GROUPS);
  }

  #sums(groups: TokenGroups): Sums {
    const sum = (features: readonly number[]): Int32Array => {
      const out = new Int32Array(L);
      this.#model.addWeights(features, out);
      return out;
    };
    return { groups, own: sum(groups.own), asPrev: sum(groups.asPrev), asNext: sum(groups.asNext), asPrev2: sum(groups.asPrev2), asNext2: sum(groups.asNext2) };
  }

  #of(token: Token): Sums {
    // Punctuation and words differ in shape features even when their text is the same.
    const key = token.word ? token.folded : '\u0000' + token.folded;
    let sums = this.#cache.get(key);
    if (!sums) {
      if (this.#cache.size >= MAX_CACHED) this.#cache.clear();
      sums = this.#sums(tokenGroups(token));
      this.#cache.set(key, sums);
    }
    return sums;
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
      const own = sums[i].own;
      const p = at(i - 1).asPrev;
      const nx = at(i + 1).asNext;
      const p2 = at(i - 2).asPrev2;
      const n2 = at(i + 2).asNext2;
      for (let y = 0; y < L; y++) total[y] = own[y] + p[y] + nx[y] + p2[y] + n2[y];
      pairs.length = 0;
      pairFeatures(at(i - 1).groups, sums[i].groups, at(i + 1).groups, gazetteer, i, pairs);
      this.#model.addWeights(pairs, total);
      for (let y = 0; y < L; y++) scores[i * L + y] = total[y] * this.#model.scale;
    }
    return scores;
  }
}
