/**
 * The sequence model at run time: feature hashes looked up in an open-addressing table,
 * label scores summed per token, Viterbi over them. Keys and rows share one array and
 * weights stay 8-bit, so a lookup touches as little memory as possible: scoring is the
 * recogniser's hottest loop.
 */
import type { FeatureSequence } from '../features';
import { viterbi } from './decode';
import { LABEL_COUNT } from './labels';

const L = LABEL_COUNT;

export class SequenceModel {
  /** Pairs (key, row); row -1 marks an empty slot. */
  readonly #slots: Int32Array;
  readonly #mask: number;
  readonly #weights: Int8Array;
  readonly #scale: number;
  readonly #transitions: Float64Array;
  readonly #outsideBias: number;
  readonly featureCount: number;

  /**
   * `weights` holds keys.length rows of LABEL_COUNT quantised scores (score = weight × scale); `transitions` LABEL_COUNT².
   * `outsideBias` is taken from the score of O when decoding: above zero, names are found more readily.
   */
  constructor(keys: Uint32Array, weights: Int8Array, scale: number, transitions: Float64Array, outsideBias = 0) {
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    const slots = new Int32Array(size * 2).fill(-1);
    const mask = size - 1;
    for (let i = 0; i < keys.length; i++) {
      let slot = (Math.imul(keys[i], 0x9e3779b1) >>> 0) & mask;
      while (slots[slot * 2 + 1] !== -1) slot = (slot + 1) & mask;
      slots[slot * 2] = keys[i] | 0;
      slots[slot * 2 + 1] = i;
    }
    this.#slots = slots;
    this.#mask = mask;
    this.#weights = weights;
    this.#scale = scale;
    this.#transitions = transitions;
    this.#outsideBias = outsideBias;
    this.featureCount = keys.length;
  }

  /** The factor that turns the stored 8-bit weights into scores. */
  get scale(): number {
    return this.#scale;
  }

  /** Adds the stored (integer) weights of `features` to `sums`, label by label. */
  addWeights(features: ArrayLike<number>, sums: Int32Array): void {
    const slots = this.#slots;
    const mask = this.#mask;
    const weights = this.#weights;
    for (let k = 0; k < features.length; k++) {
      const key = features[k] | 0;
      let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      let row = slots[slot * 2 + 1];
      while (row !== -1 && slots[slot * 2] !== key) {
        slot = (slot + 1) & mask;
        row = slots[slot * 2 + 1];
      }
      if (row === -1) continue;
      const w = row * L;
      for (let y = 0; y < L; y++) sums[y] += weights[w + y];
    }
  }

  /** Per-token label scores, token after token. */
  scores(sequence: FeatureSequence): Float64Array {
    const n = sequence.length;
    const scores = new Float64Array(n * L);
    const { features, offsets } = sequence;
    const sums = new Int32Array(L);
    for (let t = 0; t < n; t++) {
      sums.fill(0);
      this.addWeights(features.subarray(offsets[t], offsets[t + 1]), sums);
      const base = t * L;
      for (let y = 0; y < L; y++) scores[base + y] = sums[y] * this.#scale;
    }
    return scores;
  }

  /** The best label sequence. */
  tag(sequence: FeatureSequence): Uint8Array {
    return this.decode(this.scores(sequence), sequence.length);
  }

  /** The best label sequence for scores from `scores`. */
  decode(scores: Float64Array, n: number): Uint8Array {
    return viterbi(scores, n, this.#transitions, this.#outsideBias);
  }
}
