// Measures the name recogniser (server/src/analysis/entities) against data it was not
// trained on, with conlleval's rules (micro-averaged, a name counts only when its type and
// exact word span match):
//   - ANERcorp: the last tenth of anercorp/train.txt (held out of training, see
//     heldOutSplit), newswire like the training data;
//   - AQMAR dev: Arabic Wikipedia, out of domain.
// Khabar reports people, places and organisations, so the headline figure is over those three
// types; the figure over all four ANERcorp types (MISC included, which Khabar never reports)
// is printed for comparison with published results (CAMeLBERT-MSA 82.4, AraBERT 83.1 on
// CAMeL Lab's ANERcorp test split: not the same sentences).
// Also: the sequence model alone (with MISC), the article-level pass, tokens per second on the
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
const { sequenceModel } = core('entities/model/load.js');
const { tokenize } = core('entities/tokens.js');
const { Analyzer, defaultOptions } = core('index.js');

const TYPE = { person: 'PERS', place: 'LOC', organization: 'ORG' };
const pct = (x) => (100 * x).toFixed(1).padStart(5);

function prf(c) {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f: (2 * p * r) / (p + r || 1) };
}

class Score {
  counts = new Map();
  add(gold, guess) {
    const key = (c) => `${c.type}:${c.start}:${c.end}`;
    const goldKeys = new Set(gold.map(key));
    const guessKeys = new Set(guess.map(key));
    const bump = (type, field) => {
      const c = this.counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      c[field]++;
      this.counts.set(type, c);
    };
    for (const g of guess) bump(g.type, goldKeys.has(key(g)) ? 'tp' : 'fp');
    for (const g of gold) if (!guessKeys.has(key(g))) bump(g.type, 'fn');
  }
  total(types) {
    const t = { tp: 0, fp: 0, fn: 0 };
    for (const type of types) for (const f of ['tp', 'fp', 'fn']) t[f] += this.counts.get(type)?.[f] ?? 0;
    return t;
  }
  print(label, { withMisc = true } = {}) {
    const three = prf(this.total(['PERS', 'LOC', 'ORG']));
    const four = prf(this.total(['PERS', 'LOC', 'ORG', 'MISC']));
    console.log(`  ${label}`);
    console.log(`    PERS+LOC+ORG     P ${pct(three.p)}  R ${pct(three.r)}  F1 ${pct(three.f)}`);
    if (withMisc) console.log(`    all four types   P ${pct(four.p)}  R ${pct(four.r)}  F1 ${pct(four.f)}`);
    for (const type of ['PERS', 'LOC', 'ORG', 'MISC']) {
      const c = this.counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      const s = prf(c);
      console.log(`    ${type.padEnd(16)} P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f)}   (gold ${c.tp + c.fn}, found ${c.tp + c.fp})`);
    }
  }
}

/** The word index holding `offset` (wordStarts ascending). */
function wordAt(wordStarts, offset) {
  let lo = 0;
  let hi = wordStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (wordStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const toWords = (a, spans) => spans.map((s) => ({ type: s.type, start: wordAt(a.wordStarts, s.start), end: wordAt(a.wordStarts, s.end - 1) + 1 }));

function evaluate(name, sentences) {
  const recogniser = new Score();
  const model = new Score();
  const article = new Score();
  const aligned = sentences.map((s) => ({ s, a: alignSentence(s) }));
  let tokens = 0;
  for (const { s, a } of aligned) {
    tokens += s.words.length;
    const gold = chunks(s.labels);
    const found = findEntities(a.text).mentions.filter((m) => !m.tentative).map((m) => ({ type: TYPE[m.type], start: m.start, end: m.end }));
    recogniser.add(gold, toWords(a, found));
    const labels = sequenceModel().tag(sequenceFeatures(a.tokens, gazetteerFeatureIds(a.tokens.length, matchGazetteer(a.tokens))));
    model.add(gold, toWords(a, chunks(labels).map((c) => ({ type: c.type, start: a.tokens[c.start].start, end: a.tokens[c.end - 1].end }))));
  }
  // The article-level pass (coreference, later mentions): consecutive sentences as the paragraphs of one article.
  const analyzer = new Analyzer();
  for (let i = 0; i < aligned.length; i += 20) {
    const group = aligned.slice(i, i + 20);
    const starts = [];
    let text = '';
    for (const { a } of group) {
      starts.push(text.length);
      text += a.text + '\n';
    }
    const entities = analyzer.analyze(text, defaultOptions('en')).entities;
    group.forEach(({ s, a }, k) => {
      const from = starts[k];
      const to = from + a.text.length;
      const mine = entities.filter((e) => e.start >= from && e.end <= to).map((e) => ({ type: TYPE[e.type], start: e.start - from, end: e.end - from }));
      article.add(chunks(s.labels), toWords(a, mine));
    });
  }
  console.log(`\n${name}: ${sentences.length.toLocaleString('en')} sentences, ${tokens.toLocaleString('en')} words`);
  recogniser.print('recogniser (paragraph level: model + gazetteers + clitic trimming; unsure one-word names left out)');
  model.print('sequence model alone, MISC included');
  article.print('article level (coreference and later mentions; 20 sentences an article)', { withMisc: false });
}

const anercorp = join(SHARED, 'data/anercorp/train.txt');
if (!existsSync(anercorp)) {
  console.log(`shared data not found at ${SHARED} (set KHABAR_SHARED)`);
  process.exit(1);
}
const { training, heldOut } = heldOutSplit(parseConll(readFileSync(anercorp, 'utf8')));
if (process.env.KHABAR_TUNE === '1') {
  // Tuning (scripts/train/common.mjs): the development slice, with a model trained without it; nothing else.
  evaluate('ANERcorp development slice (last tenth of the training part; tuning only)', heldOutSplit(training).heldOut);
  process.exit(0);
}
const trainingTexts = new Set(training.map((s) => s.words.join(' ')));
const repeated = heldOut.filter((s) => trainingTexts.has(s.words.join(' '))).length;
console.log(`ANERcorp held-out slice: the last tenth of the train file; ${repeated} of its ${heldOut.length} sentences also occur word for word in the training part`);
evaluate('ANERcorp held-out tenth (in domain)', heldOut);
evaluate('AQMAR dev (Wikipedia, out of domain)', parseConll(readFileSync(join(SHARED, 'data/aqmar/dev.txt'), 'utf8')));

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
