/**
 * The structured averaged perceptron that trains the sequence model (Collins 2002): decode
 * each sentence with the current weights, and where the best sequence differs from the
 * gold one, add the gold features and subtract the predicted ones; the final weights are
 * the average over every step, which generalises much better than the last ones.
 *
 * Pure and deterministic: the order of sentences in each epoch comes from a seeded
 * generator. `npm run train` (scripts/train) feeds it and writes the model file.
 */
import { seededRandom } from '../../random';
import type { FeatureSequence } from '../features';
import { viterbi } from './decode';
import { LABEL_COUNT } from './labels';

const L = LABEL_COUNT;

export interface TrainingSentence {
  /** Every token's feature hashes (features.ts). */
  readonly features: FeatureSequence;
  /** Per token, its gold label index (labels.ts). */
  readonly labels: Uint8Array;
}

export interface TrainedModel {
  /** Feature hashes, ascending. */
  readonly keys: Uint32Array;
  /** keys.length × LABEL_COUNT weights, row by row. */
  readonly weights: Float64Array;
  /** LABEL_COUNT × LABEL_COUNT transition weights (previous label × label). */
  readonly transitions: Float64Array;
}

export interface TrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Features seen fewer times than this in the training data are left out. */
  readonly minCount: number;
  /** Called after each epoch with the averaged model so far (for learning curves). */
  readonly onEpoch?: (epoch: number, model: TrainedModel) => void;
}

/** A training sentence with its features as indices into the model's rows (shared with crf.ts). */
export interface Indexed {
  /** Feature indices of all tokens, token after token. */
  readonly feats: Int32Array;
  /** Token t's features are feats[offsets[t], offsets[t + 1]). */
  readonly offsets: Int32Array;
  readonly labels: Uint8Array;
}

/** Numbers the features seen `minCount` times or more, in ascending hash order, and rewrites each sentence with them. */
export function indexFeatures(sentences: readonly TrainingSentence[], minCount: number): { keys: Uint32Array; data: Indexed[] } {
  const counts = new Map<number, number>();
  for (const s of sentences) for (const f of s.features.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keys = Uint32Array.from([...counts].filter(([, c]) => c >= minCount).map(([k]) => k)).sort();
  const index = new Map<number, number>();
  keys.forEach((k, i) => index.set(k, i));
  const data = sentences.map((s) => {
    const n = s.features.length;
    const offsets = new Int32Array(n + 1);
    const feats: number[] = [];
    for (let t = 0; t < n; t++) {
      for (let k = s.features.offsets[t]; k < s.features.offsets[t + 1]; k++) {
        const i = index.get(s.features.features[k]);
        if (i !== undefined) feats.push(i);
      }
      offsets[t + 1] = feats.length;
    }
    return { feats: Int32Array.from(feats), offsets, labels: s.labels };
  });
  return { keys, data };
}

/** Each token's label scores under weights `w` (rows of LABEL_COUNT). */
export function scoresOf(s: Indexed, w: Float64Array): Float64Array {
  const n = s.labels.length;
  const scores = new Float64Array(n * L);
  for (let t = 0; t < n; t++) {
    for (let k = s.offsets[t]; k < s.offsets[t + 1]; k++) {
      const row = s.feats[k] * L;
      for (let y = 0; y < L; y++) scores[t * L + y] += w[row + y];
    }
  }
  return scores;
}

/**
 * Weights under training and their step-weighted sums of updates: the model is their average
 * over every step (shared with crf.ts).
 */
export class AveragingWeights {
  readonly weights: Float64Array;
  readonly transitions: Float64Array;
  readonly #keys: Uint32Array;
  readonly #acc: Float64Array;
  readonly #tacc: Float64Array;
  #step = 1;

  constructor(keys: Uint32Array) {
    this.#keys = keys;
    this.weights = new Float64Array(keys.length * L);
    this.#acc = new Float64Array(keys.length * L);
    this.transitions = new Float64Array(L * L);
    this.#tacc = new Float64Array(L * L);
  }

  /** Moves weight `i` (feature row × LABEL_COUNT + label) by `delta`. */
  add(i: number, delta: number): void {
    this.weights[i] += delta;
    this.#acc[i] += this.#step * delta;
  }

  /** Moves transition `i` (previous label × LABEL_COUNT + label) by `delta`. */
  addTransition(i: number, delta: number): void {
    this.transitions[i] += delta;
    this.#tacc[i] += this.#step * delta;
  }

  /** Ends a step (one sentence). */
  nextStep(): void {
    this.#step++;
  }

  /** The average of the weights over every step so far. */
  averaged(): TrainedModel {
    const c = this.#step;
    return { keys: this.#keys, weights: this.weights.map((v, i) => v - this.#acc[i] / c), transitions: this.transitions.map((v, i) => v - this.#tacc[i] / c) };
  }
}

/** Shuffles the sentences' order in place for another epoch (Fisher–Yates, seeded). */
export function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

export function train(sentences: readonly TrainingSentence[], options: TrainOptions): TrainedModel {
  const { keys, data } = indexFeatures(sentences, options.minCount);
  const model = new AveragingWeights(keys);
  const random = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  const bump = (s: Indexed, t: number, label: number, delta: number): void => {
    for (let k = s.offsets[t]; k < s.offsets[t + 1]; k++) model.add(s.feats[k] * L + label, delta);
  };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const s = data[index];
      const n = s.labels.length;
      const predicted = viterbi(scoresOf(s, model.weights), n, model.transitions);
      for (let t = 0; t < n; t++) {
        const gold = s.labels[t];
        const guess = predicted[t];
        if (gold !== guess) {
          bump(s, t, gold, 1);
          bump(s, t, guess, -1);
        }
        if (t > 0 && (gold !== guess || s.labels[t - 1] !== predicted[t - 1])) {
          model.addTransition(s.labels[t - 1] * L + gold, 1);
          model.addTransition(predicted[t - 1] * L + guess, -1);
        }
      }
      model.nextStep();
    }
    options.onEpoch?.(epoch, model.averaged());
  }
  return model.averaged();
}
