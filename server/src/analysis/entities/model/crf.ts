/**
 * A linear-chain conditional random field trained by averaged stochastic gradient ascent on
 * the log-likelihood, over the same features and labels as the perceptron (train.ts): for
 * each sentence, forward-backward gives every label's probability at every token, and each
 * feature's weight moves by what the gold label has and the model expects. Disallowed
 * transitions (I-X after anything but X) have no probability.
 */
import { seededRandom } from '../../random';
import { ALLOWED } from './decode';
import { LABEL_COUNT } from './labels';
import { AveragingWeights, indexFeatures, scoresOf, shuffle, type TrainedModel, type TrainingSentence } from './train';

const L = LABEL_COUNT;

export interface CrfOptions {
  readonly epochs: number;
  readonly seed: number;
  readonly minCount: number;
  /** The step of each update. */
  readonly rate: number;
  /** Weight decay after each epoch (L2), as a fraction of every weight. */
  readonly decay?: number;
  readonly onEpoch?: (epoch: number, model: TrainedModel) => void;
}

function logSumExp(values: Float64Array, from: number, count: number): number {
  let max = -Infinity;
  for (let i = 0; i < count; i++) if (values[from + i] > max) max = values[from + i];
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (let i = 0; i < count; i++) sum += Math.exp(values[from + i] - max);
  return max + Math.log(sum);
}

export function trainCrf(sentences: readonly TrainingSentence[], options: CrfOptions): TrainedModel {
  const { keys, data } = indexFeatures(sentences, options.minCount);
  const model = new AveragingWeights(keys);
  const { weights: w, transitions: tw } = model;
  const random = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  const tmp = new Float64Array(L);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    const rate = options.rate;
    for (const index of order) {
      const s = data[index];
      const n = s.labels.length;
      if (n === 0) continue;
      const emit = scoresOf(s, w);
      const alpha = new Float64Array(n * L).fill(-Infinity);
      const beta = new Float64Array(n * L).fill(-Infinity);
      for (let y = 0; y < L; y++) if (ALLOWED[y]) alpha[y] = emit[y];
      for (let t = 1; t < n; t++) {
        for (let y = 0; y < L; y++) {
          for (let p = 0; p < L; p++) tmp[p] = ALLOWED[(p + 1) * L + y] ? alpha[(t - 1) * L + p] + tw[p * L + y] : -Infinity;
          alpha[t * L + y] = emit[t * L + y] + logSumExp(tmp, 0, L);
        }
      }
      const logZ = logSumExp(alpha, (n - 1) * L, L);
      for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 0;
      for (let t = n - 2; t >= 0; t--) {
        for (let p = 0; p < L; p++) {
          for (let y = 0; y < L; y++) tmp[y] = ALLOWED[(p + 1) * L + y] ? tw[p * L + y] + emit[(t + 1) * L + y] + beta[(t + 1) * L + y] : -Infinity;
          beta[t * L + p] = logSumExp(tmp, 0, L);
        }
      }
      for (let t = 0; t < n; t++) {
        const gold = s.labels[t];
        for (let y = 0; y < L; y++) {
          const g = (y === gold ? 1 : 0) - Math.exp(alpha[t * L + y] + beta[t * L + y] - logZ);
          if (Math.abs(g) < 1e-4) continue;
          const d = rate * g;
          for (let k = s.offsets[t]; k < s.offsets[t + 1]; k++) model.add(s.feats[k] * L + y, d);
        }
        if (t === 0) continue;
        for (let p = 0; p < L; p++) {
          for (let y = 0; y < L; y++) {
            if (!ALLOWED[(p + 1) * L + y]) continue;
            const expected = Math.exp(alpha[(t - 1) * L + p] + tw[p * L + y] + emit[t * L + y] + beta[t * L + y] - logZ);
            const g = (p === s.labels[t - 1] && y === gold ? 1 : 0) - expected;
            model.addTransition(p * L + y, rate * g);
          }
        }
      }
      model.nextStep();
    }
    if (options.decay) for (let i = 0; i < w.length; i++) model.add(i, -options.decay * w[i]);
    options.onEpoch?.(epoch, model.averaged());
  }
  return model.averaged();
}
