// Measures the name recogniser (server/src/analysis/entities) against data it was not
// trained on, with conlleval's rules (micro-averaged, a name counts only when its type and
// exact word span match):
//   - ANERcorp: the last tenth of anercorp/train.txt, newswire like the training data. The
//     shipped model trains on the whole file, so this script first trains a model the same
//     way (scripts/train/model.mjs) without that tenth, and scores the recogniser with it;
//   - AQMAR dev: Arabic Wikipedia, out of domain.
// Khabar reports people, places and organisations, so the headline figure is over those three
// types; the figure over all four ANERcorp types (MISC included, which Khabar never reports)
// is printed for comparison with published results (CAMeLBERT-MSA 82.4, AraBERT 83.1 on
// CAMeL Lab's ANERcorp test split: not the same sentences).
// Also: each sentence analysed as an article of its own (what an editor sees for that text), the
// sequence model alone (with MISC), the article-level pass, tokens per second on the
// news sample (one core), the model's load time, and the bundle sizes.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = resolve(process.env.KHABAR_SHARED ?? join(ROOT, '..', 'shared'));
const require = createRequire(import.meta.url);
const core = (p) => require(join(ROOT, 'out/server/src/analysis', p));
const { parseConll, heldOutSplit, alignSentence, chunks } = core('entities/model/corpus.js');
const { findEntities } = core('entities/find.js');
const { sequenceFeatures } = core('entities/features.js');
const { matchGazetteer, gazetteerFeatureIds } = core('entities/gazetteer/index.js');
const { sequenceModel, useTrainedRecogniser } = core('entities/model/load.js');
const { trainRecogniser } = await import('../train/model.mjs');
const { tokenize } = core('entities/tokens.js');
const { Score, recognised, recognisedAlone, scoreArticles, toWords } = await import('./ner-score.mjs');

function evaluate(name, sentences) {
  const recogniser = new Score();
  const alone = new Score();
  const model = new Score();
  const article = new Score();
  const aligned = sentences.map((s) => ({ s, a: alignSentence(s) }));
  let tokens = 0;
  for (const { s, a } of aligned) {
    tokens += s.words.length;
    const gold = chunks(s.labels);
    recogniser.add(gold, recognised(a));
    alone.add(gold, recognisedAlone(a));
    const labels = sequenceModel().tag(sequenceFeatures(a.tokens, gazetteerFeatureIds(a.tokens.length, matchGazetteer(a.tokens))));
    model.add(gold, toWords(a, chunks(labels).map((c) => ({ type: c.type, start: a.tokens[c.start].start, end: a.tokens[c.end - 1].end }))));
  }
  // The article-level pass (coreference, later mentions): consecutive sentences as the paragraphs of one article.
  scoreArticles(aligned, article);
  console.log(`\n${name}: ${sentences.length.toLocaleString('en')} sentences, ${tokens.toLocaleString('en')} words`);
  recogniser.print('recogniser (paragraph level: model + gazetteers + clitic trimming; unsure one-word names left out)');
  alone.print('each sentence as an article of its own (what the editor sees for it: the above and the article pass within the sentence)', { withMisc: false });
  model.print('sequence model alone, MISC included');
  article.print('article level (coreference and later mentions; 20 sentences an article)', { withMisc: false });
}

const anercorp = join(SHARED, 'data/anercorp/train.txt');
if (!existsSync(anercorp)) {
  console.log(`shared data not found at ${SHARED} (set KHABAR_SHARED)`);
  process.exit(1);
}
const { training, heldOut } = heldOutSplit(parseConll(readFileSync(anercorp, 'utf8')));
/** Trains without the sentences to be scored and uses that model until `useTrainedRecogniser(null)`. */
function trainWithout(sentences, what) {
  const t0 = performance.now();
  const { recogniser, counts } = trainRecogniser(sentences);
  useTrainedRecogniser(recogniser);
  console.log(`model for scoring: trained on ${counts.sentences.toLocaleString('en')} sentences (${what}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
if (process.env.KHABAR_TUNE === '1') {
  // Tuning: a model trained without the development slice (the last tenth of the training part), scored on that slice alone.
  const dev = heldOutSplit(training);
  trainWithout(dev.training, 'ANERcorp without its last tenth and without the development slice');
  evaluate('ANERcorp development slice (last tenth of the training part; tuning only)', dev.heldOut);
  process.exit(0);
}
trainWithout(training, 'ANERcorp without its last tenth');
const trainingTexts = new Set(training.map((s) => s.words.join(' ')));
const repeated = heldOut.filter((s) => trainingTexts.has(s.words.join(' '))).length;
console.log(`ANERcorp held-out slice: the last tenth of the train file; ${repeated} of its ${heldOut.length} sentences also occur word for word in the training part`);
evaluate('ANERcorp held-out tenth (in domain)', heldOut);
evaluate('AQMAR dev (Wikipedia, out of domain)', parseConll(readFileSync(join(SHARED, 'data/aqmar/dev.txt'), 'utf8')));
useTrainedRecogniser(null);
evaluate('AQMAR dev with the shipped model (trained on all of ANERcorp)', parseConll(readFileSync(join(SHARED, 'data/aqmar/dev.txt'), 'utf8')));

// Speed on real news: every paragraph of the news sample through the recogniser, one core.
const news = join(SHARED, 'data/news/saudinewsnet_sample.jsonl');
const paragraphs = readFileSync(news, 'utf8').split('\n').filter(Boolean).flatMap((l) => (JSON.parse(l).content ?? '').split('\n').filter((p) => p.trim()));
const words = paragraphs.reduce((n, p) => n + tokenize(p).length, 0);
const wordsOnly = paragraphs.reduce((n, p) => n + tokenize(p).filter((t) => t.word).length, 0);
for (const p of paragraphs.slice(0, 2000)) findEntities(p);
const runs = [];
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  for (const p of paragraphs) findEntities(p);
  runs.push(performance.now() - t0);
}
const ms = runs.sort((a, b) => a - b)[1];
console.log(`\nspeed: news sample, ${paragraphs.length.toLocaleString('en')} paragraphs, ${words.toLocaleString('en')} tokens (${wordsOnly.toLocaleString('en')} words and the rest punctuation)`);
console.log(`  recogniser, one core (median of 3)    ${(words / (ms / 1000)).toLocaleString('en', { maximumFractionDigits: 0 })} tokens/s, ${(wordsOnly / (ms / 1000)).toLocaleString('en', { maximumFractionDigits: 0 })} words/s (${(ms / 1000).toFixed(2)} s)`);

// Load time in a fresh process: requiring the core, then the first recognition (model decode and gazetteer index).
const probe = `const t0=performance.now();const f=require(${JSON.stringify(join(ROOT, 'out/server/src/analysis/entities/find.js'))});const t1=performance.now();f.findEntities('قال الرئيس');const t2=performance.now();console.log(JSON.stringify({require:t1-t0,first:t2-t1}))`;
const loads = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' })));
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`  load: require ${median(loads.map((l) => l.require)).toFixed(1)} ms, first recognition (model decode + gazetteer index) ${median(loads.map((l) => l.first)).toFixed(1)} ms (median of 5 fresh processes)`);
for (const f of ['dist/server.js', 'dist/cli.js', 'out/server/src/analysis/entities/model/weights.generated.js']) {
  const path = join(ROOT, f);
  if (existsSync(path)) console.log(`  size of ${f.padEnd(58)} ${(statSync(path).size / 1024).toFixed(0)} KiB`);
}
