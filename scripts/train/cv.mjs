// k-fold cross-validation of the recogniser on the training part of ANERcorp (never the
// held-out tenth that `npm run eval` scores): for each fold, a model trained on the other
// folds (scripts/train/model.mjs) and the recogniser scored on that fold, over people, places
// and organisations, paragraph by paragraph, each sentence as an article of its own (the
// recogniser and the article pass within the sentence), and at the article level (20
// sentences an article, as `npm run eval` does). For choosing settings without looking at the held-out tenth.
//
//   node scripts/train/cv.mjs [folds=10] [first fold] [last fold]
// Folds are contiguous runs of sentences, like articles. Needs `npm run build` first.
import { readAnercorpTraining, core } from './common.mjs';
import { trainRecogniser } from './model.mjs';
import { Score, prf, recognised, recognisedAlone, scoreArticles } from '../eval/ner-score.mjs';

const { alignSentence, chunks } = core('entities/model/corpus.js');
const { useTrainedRecogniser } = core('entities/model/load.js');

const [k = 10, from = 0, to = k - 1] = process.argv.slice(2).map(Number);
const all = readAnercorpTraining();
const bound = (f) => Math.floor((all.length * f) / k);
const three = ['PERS', 'LOC', 'ORG'];
const total = new Score();
const alone = new Score();
const articles = new Score();
for (let fold = from; fold <= to; fold++) {
  const test = all.slice(bound(fold), bound(fold + 1));
  const { recogniser } = trainRecogniser([...all.slice(0, bound(fold)), ...all.slice(bound(fold + 1))]);
  useTrainedRecogniser(recogniser);
  const score = new Score();
  const aligned = test.map((s) => ({ s, a: alignSentence(s) }));
  for (const { s, a } of aligned) {
    const gold = chunks(s.labels);
    const found = recognised(a);
    score.add(gold, found);
    total.add(gold, found);
    alone.add(gold, recognisedAlone(a));
  }
  scoreArticles(aligned, articles);
  const c = prf(score.total(three));
  console.log(`fold ${fold}: F1 ${(100 * c.f).toFixed(2)} (P ${(100 * c.p).toFixed(1)}, R ${(100 * c.r).toFixed(1)}; ${JSON.stringify(score.total(three))})`);
}
for (const [level, score] of [['paragraph', total], ['sentence as an article', alone], ['article', articles]]) {
  const c = prf(score.total(three));
  console.log(`folds ${from}–${to} of ${k}, ${level} level: F1 ${(100 * c.f).toFixed(2)} (P ${(100 * c.p).toFixed(1)}, R ${(100 * c.r).toFixed(1)}); counts ${JSON.stringify(score.total(three))}`);
  for (const type of three) console.log(`  ${level} ${type}: ${JSON.stringify(score.total([type]))}`);
}
