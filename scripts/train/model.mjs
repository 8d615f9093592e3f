// Training the recogniser's sequence model, shared by `npm run train` (scripts/train/ner.mjs),
// which trains on the whole ANERcorp train file and writes the shipped model, and by
// `npm run eval` (scripts/eval/ner.eval.mjs), which trains the same way without the sentences
// it scores. Pure and deterministic: the same sentences give the same model, byte for byte.
import { core } from './common.mjs';

const { alignSentence } = core('entities/model/corpus.js');
const { sequenceFeatures } = core('entities/features.js');
const { matchGazetteer, gazetteerFeatureIds, withoutRunTimeLists } = core('entities/gazetteer/index.js');
const { train } = core('entities/model/train.js');
const { trainCrf } = core('entities/model/crf.js');
const { encodeModel } = core('entities/model/codec.js');
const { safeReading } = core('entities/clitics.js');

/**
 * The training settings. For experiments, KHABAR_TRAIN_SETTINGS (JSON) overrides any of them,
 * for example '{"learner":"crf","rate":0.1,"seeds":[1]}' to train the CRF (model/crf.ts) in
 * place of the averaged perceptron (model/train.ts); see docs/entities-experiments.md.
 */
export const SETTINGS = { epochs: 20, seeds: [20240601, 7, 1234, 99, 31337], minCount: 1, minWeight: 1, ...JSON.parse(process.env.KHABAR_TRAIN_SETTINGS ?? '{}') };

/** The mean of models trained on the same data with different seeds (same keys): steadier than any one of them. */
function mean(models) {
  const avg = (pick) => pick(models[0]).map((_, i) => models.reduce((sum, m) => sum + pick(m)[i], 0) / models.length);
  return { keys: models[0].keys, weights: avg((m) => m.weights), transitions: avg((m) => m.transitions) };
}

/** A corpus sentence as training sees it: its tokens, their features and gold labels. */
export function prepare(sentence) {
  const a = alignSentence(sentence);
  return { features: sequenceFeatures(a.tokens, gazetteerFeatureIds(a.tokens.length, matchGazetteer(a.tokens))), labels: a.labels, tokens: a.tokens };
}

/** Folded words that are inside a name at least half the times they occur in the training data, and words seldom in one. */
function nameWords(data) {
  const seen = new Map();
  for (const s of data) {
    s.tokens.forEach((t, i) => {
      if (!t.word) return;
      const w = i === 0 || s.labels[i] % 2 === 1 ? safeReading(t.folded).stem : t.folded;
      const c = seen.get(w) ?? { name: 0, all: 0 };
      c.all++;
      if (s.labels[i] !== 0) c.name++;
      seen.set(w, c);
    });
  }
  return {
    names: [...seen].filter(([w, c]) => c.name > 0 && c.name * 2 >= c.all && w.length >= 2).map(([w]) => w).sort(),
    common: [...seen].filter(([, c]) => c.all >= 3 && c.name * 10 <= c.all).map(([w]) => w).sort(),
  };
}

/**
 * Trains on corpus sentences (parseConll) and returns what the core loads
 * (entities/model/load.ts, TrainedRecogniser), with the raw model for inspection.
 */
export function trainRecogniser(sentences, { onEpoch } = {}) {
  // Without the lists found at run time only (gazetteer/index.ts withoutRunTimeLists).
  const data = withoutRunTimeLists(() => sentences.map(prepare));
  const learn = SETTINGS.learner === 'crf' ? trainCrf : train;
  const raw = mean(SETTINGS.seeds.map((seed, k) => learn(data, { ...SETTINGS, seed, onEpoch: k === 0 ? onEpoch : undefined })));
  const words = nameWords(data);
  return {
    recogniser: { model: encodeModel(raw, SETTINGS.minWeight), nameWords: words.names.join(' '), commonWords: words.common.join(' ') },
    raw,
    counts: { sentences: data.length, tokens: data.reduce((n, s) => n + s.labels.length, 0), names: words.names.length, common: words.common.length },
  };
}
