/**
 * Viterbi decoding over BIO labels with the constraint that I-X only continues X: the best
 * label sequence given per-token label scores and label-to-label transition scores.
 */
import { LABEL_COUNT, allowed } from './labels';

const L = LABEL_COUNT;
/** ALLOWED[(prev + 1) * L + label]: prev = -1 is the start of the sequence (shared with crf.ts). */
export const ALLOWED = new Uint8Array((L + 1) * L);
for (let p = -1; p < L; p++) for (let y = 0; y < L; y++) ALLOWED[(p + 1) * L + y] = allowed(p, y) ? 1 : 0;

/**
 * `scores[t * L + y]` is the score of label y at token t; `transitions[p * L + y]` the score
 * of y following p; `outsideBias` is taken from every O score (label 0). Returns one label per token.
 */
export function viterbi(scores: Float64Array, n: number, transitions: Float64Array, outsideBias = 0): Uint8Array {
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const best = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let y = 0; y < L; y++) best[y] = ALLOWED[y] ? scores[y] : -Infinity;
  best[0] -= outsideBias;
  for (let t = 1; t < n; t++) {
    const row = t * L;
    const prevRow = row - L;
    for (let y = 0; y < L; y++) {
      let top = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[(p + 1) * L + y]) continue;
        const s = best[prevRow + p] + transitions[p * L + y];
        if (s > top) {
          top = s;
          arg = p;
        }
      }
      best[row + y] = top + scores[row + y] - (y === 0 ? outsideBias : 0);
      back[row + y] = arg;
    }
  }
  let last = 0;
  const lastRow = (n - 1) * L;
  for (let y = 1; y < L; y++) if (best[lastRow + y] > best[lastRow + last]) last = y;
  labels[n - 1] = last;
  for (let t = n - 1; t > 0; t--) labels[t - 1] = back[t * L + labels[t]];
  return labels;
}
