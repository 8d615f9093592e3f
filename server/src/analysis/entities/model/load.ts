/**
 * The trained sequence model and its name lexicon, decoded on first use (a few
 * milliseconds), so that loading the extension or the CLI costs nothing until a name is
 * needed. A model that cannot be decoded leaves the recogniser to the gazetteers alone.
 */
import { decodeModel } from './codec';
import { CachedScorer } from './scorer';
import { SequenceModel } from './table';
import { COMMON_WORDS, MODEL, NAME_WORDS } from './weights.generated';

/**
 * How much O's score is lowered when decoding. The perceptron is far surer of O than of a
 * name (precision 77, recall 62 on held-out newswire), so a small handicap finds more names
 * than it invents: 3 (in score units) was best in 10-fold cross-validation on the training
 * part (F1 over people, places and organisations +0.4 for the model alone, better or equal
 * in 8 folds of 10; +0.3 for the recogniser), and the held-out tenth confirmed it. Measured
 * again with today's lists and rules, 0 scores higher in cross-validation (80.96 against
 * 80.78) but drops right names on the news (docs/entities-experiments.md), so 3 stays.
 */
export const OUTSIDE_BIAS = 3;

/** A trained model as `npm run train` writes it: the encoded weights and two space-separated word lists. */
export interface TrainedRecogniser {
  readonly model: string;
  readonly nameWords: string;
  readonly commonWords: string;
}

const SHIPPED: TrainedRecogniser = { model: MODEL, nameWords: NAME_WORDS, commonWords: COMMON_WORDS };
let trained = SHIPPED;
let model: SequenceModel | null | undefined;
let scorer: CachedScorer | null | undefined;
let lexicon: Set<string> | undefined;
let common: Set<string> | undefined;

/**
 * Uses another trained model from now on (null: the shipped one). For evaluation, which
 * scores a model trained without the sentences it is scored on; the editor never calls it.
 */
export function useTrainedRecogniser(other: TrainedRecogniser | null): void {
  trained = other ?? SHIPPED;
  model = scorer = lexicon = common = undefined;
}

export function sequenceModel(): SequenceModel | null {
  if (model === undefined) {
    try {
      const d = decodeModel(trained.model);
      model = new SequenceModel(d.keys, d.weights, d.scale, d.transitions, OUTSIDE_BIAS);
    } catch {
      model = null;
    }
  }
  return model;
}

/** Folded words seen inside names in the training data: evidence that a stem is a name. */
export function nameLexicon(): Set<string> {
  lexicon ??= new Set(trained.nameWords.split(' ').filter(Boolean));
  return lexicon;
}

/** Folded words that are seldom part of a name in the training data. */
export function commonWords(): Set<string> {
  common ??= new Set(trained.commonWords.split(' ').filter(Boolean));
  return common;
}

/** The model's scorer with its per-word cache, shared by every paragraph. */
export function cachedScorer(): CachedScorer | null {
  if (scorer === undefined) {
    const m = sequenceModel();
    scorer = m ? new CachedScorer(m) : null;
  }
  return scorer;
}

/** Whether training saw a word often and seldom in a name, in any of the given forms (as it stands, without proclitics). */
export function seldomInNames(forms: readonly string[]): boolean {
  return forms.some((w) => commonWords().has(w)) && !forms.some((w) => nameLexicon().has(w));
}
