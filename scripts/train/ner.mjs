// Trains the recogniser's sequence model (a structured averaged perceptron, see
// server/src/analysis/entities/model/train.ts) on ANERcorp's train file without its last
// tenth, which `npm run eval` keeps for scoring, and writes:
//   server/src/analysis/entities/model/weights.generated.ts   the model, quantised, as base64
//   server/src/analysis/entities/model/ATTRIBUTION.md          the data's licence and attribution
// Deterministic (seeded shuffles, sorted output): the same data and code give the same file.
//
//   node scripts/train/ner.mjs            train and write the model
//   node scripts/train/ner.mjs --dev      learning curve: train on 90% of the training part, score the rest
//   KHABAR_TUNE=1 node scripts/train/ner.mjs   a model without that development slice, for tuning the
//                                          recogniser with KHABAR_TUNE=1 npm run eval (never commit it)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, TUNE, core, readAnercorpTraining } from './common.mjs';

const { alignSentence, chunks } = core('entities/model/corpus.js');
const { sequenceFeatures } = core('entities/features.js');
const { matchGazetteer, gazetteerFeatureIds } = core('entities/gazetteer/index.js');
const { train } = core('entities/model/train.js');
const { encodeModel, decodeModel } = core('entities/model/codec.js');
const { SequenceModel } = core('entities/model/table.js');
const { safeReading } = core('entities/clitics.js');

export const SETTINGS = { epochs: 20, seed: 20240601, minCount: 1, minWeight: 0 };
const OUT = join(ROOT, 'server/src/analysis/entities/model');

function prepare(sentence) {
  const a = alignSentence(sentence);
  return { features: sequenceFeatures(a.tokens, gazetteerFeatureIds(a.tokens.length, matchGazetteer(a.tokens))), labels: a.labels, tokens: a.tokens };
}

function score(model, data, minWeight = SETTINGS.minWeight) {
  const d = decodeModel(encodeModel(model, minWeight));
  const m = new SequenceModel(d.keys, d.weights, d.scale, d.transitions);
  let tp = 0, fp = 0, fn = 0;
  for (const s of data) {
    const key = (c) => `${c.type}:${c.start}:${c.end}`;
    const gold = new Set(chunks(s.labels).map(key));
    const guess = chunks(m.tag(s.features)).map(key);
    for (const g of guess) gold.has(g) ? tp++ : fp++;
    fn += gold.size - guess.filter((g) => gold.has(g)).length;
  }
  return ((200 * tp) / (2 * tp + fp + fn)).toFixed(1);
}

/** Folded words that are inside a name at least half the times they occur in the training data. */
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

const ATTRIBUTION = `# The trained name-recognition model: licence and attribution

\`weights.generated.ts\` holds a model trained by \`npm run train\` (scripts/train/ner.mjs)
with the project's own code, and lists of words seen inside names and of common words, on:

- **ANERcorp** (Benajiba, Rosso and Benedí Ruiz 2007, "ANERsys: An Arabic Named Entity
  Recognition system based on Maximum Entropy"), in the version and train split of CAMeL Lab
  (Obeid et al. 2020, "CAMeL Tools: An Open Source Python Toolkit for Arabic Natural Language
  Processing"), licensed under the Creative Commons Attribution-ShareAlike 4.0 International
  licence (CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/). The last tenth
  of the train file is not used for training: \`npm run eval\` scores the model on it.

Changes: the corpus was re-tokenised with Khabar's tokeniser and turned into feature
weights and word lists; no sentence of it is stored. As an adaptation of ANERcorp, **this model and the
word lists are licensed under CC BY-SA 4.0**, whatever the licence of the rest of Khabar.

The model's features also use the gazetteers in \`../gazetteer/\` (see the ATTRIBUTION.md there).
`;

const all = readAnercorpTraining();
const t0 = performance.now();
if (process.argv.includes('--dev')) {
  const cut = Math.floor(all.length * 0.9);
  const trainData = all.slice(0, cut).map(prepare);
  const devData = all.slice(cut).map(prepare);
  const model = train(trainData, { ...SETTINGS, epochs: 20, onEpoch: (e, m) => console.log(`epoch ${e}: dev F1 ${score(m, devData)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`) });
  // What pruning small weights costs: a smaller model is faster to load and to score.
  for (const minWeight of [0, 0.5, 1, 2]) console.log(`min weight ${minWeight}: dev F1 ${score(model, devData, minWeight)}, ${(encodeModel(model, minWeight).length / 1024).toFixed(0)} KiB`);
} else {
  const data = all.map(prepare);
  const tokens = data.reduce((n, s) => n + s.labels.length, 0);
  console.log(`training on ${data.length.toLocaleString('en')} sentences, ${tokens.toLocaleString('en')} tokens (ANERcorp train without its last tenth${TUNE ? ' and without the development slice' : ''})`);
  const model = train(data, { ...SETTINGS, onEpoch: (e) => process.stdout.write(`epoch ${e} `) });
  const encoded = encodeModel(model, SETTINGS.minWeight);
  const words = nameWords(data);
  const header = `/**\n * GENERATED by scripts/train/ner.mjs (npm run train). Do not edit by hand.\n${TUNE ? ' * TUNING MODEL, trained without the development slice: run npm run train before committing.\n' : ''} * Trained on ANERcorp (CC BY-SA 4.0): this file is licensed under CC BY-SA 4.0; see ATTRIBUTION.md beside it.\n * Settings: ${JSON.stringify(SETTINGS)}.\n */\n`;
  writeFileSync(join(OUT, 'weights.generated.ts'), `${header}export const MODEL = ${JSON.stringify(encoded)};\n\n/** Folded words found inside names at least half the times they occur. */\nexport const NAME_WORDS = ${JSON.stringify(words.names.join(' '))};\n\n/** Folded words seen three times or more, inside names at most one time in ten. */\nexport const COMMON_WORDS = ${JSON.stringify(words.common.join(' '))};\n`);
  writeFileSync(join(OUT, 'ATTRIBUTION.md'), ATTRIBUTION);
  const decoded = decodeModel(encoded);
  console.log(`\nwrote model: ${decoded.keys.length.toLocaleString('en')} features (of ${model.keys.length.toLocaleString('en')}), ${(encoded.length / 1024).toFixed(0)} KiB base64, ${words.names.length.toLocaleString('en')} name words, ${words.common.length.toLocaleString('en')} common words, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
