// Precision and recall of duplicate and boilerplate detection (issue 5):
//   1. the shared seed articles, against the lines the issue names (cleanup-data.mjs);
//   2. a generated benchmark: real articles of ../shared/data/news with injected exact copies
//      (respelled), edited copies and web boilerplate, deterministic seed, scored per line;
//   3. cross-article copies: real articles with paragraphs of other articles injected;
//   4. lines recurring across the whole news sample, as the editor would be offered them.
// Run with `npm run eval -- cleanup` (after a build). Figures are printed, not asserted.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { BOILERPLATE_TEMPLATES, NOVEL_TEMPLATES, RESPELL, SECTION_LABELS, SEEDS, SEED_CROSS } from './cleanup-data.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const core = createRequire(import.meta.url)(join(ROOT, 'out/server/src/analysis/index.js'));
const { Analyzer, ArticleCorpus, LineIndex, crossArticleFindings, defaultOptions, parseOptions } = core;
const SHARED = resolve(process.env.KHABAR_SHARED ?? join(ROOT, '..', 'shared'));
const options = defaultOptions('en');
const analyzer = new Analyzer();
const CATEGORIES = ['exact', 'near', 'boilerplate'];

/** mulberry32 from the core: the same benchmark on every run. */
const prng = core.seededRandom;

/** 1-based line → category predicted, from an analysis. */
function predictedLines(text, findings) {
  const index = new LineIndex(text);
  const lines = text.split(/\r\n|\r|\n/);
  const out = new Map();
  for (const f of findings) {
    const category = { 'paragraph.duplicate': 'exact', 'paragraph.near-duplicate': 'near', 'boilerplate.line': 'boilerplate', 'whitespace.blank-lines': 'boilerplate' }[f.rule];
    if (!category) continue;
    for (let line = index.lineAt(f.start); line <= index.lineAt(Math.max(f.start, f.end - 1)); line++) {
      // Truly empty lines are layout, not content: neither side counts them.
      if (lines[line] !== undefined && lines[line] !== '' && !out.has(line + 1)) out.set(line + 1, category);
    }
  }
  return out;
}

function score(counts) {
  const p = counts.tp + counts.fp ? counts.tp / (counts.tp + counts.fp) : 1;
  const r = counts.tp + counts.fn ? counts.tp / (counts.tp + counts.fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function tally(totals, truth, predicted, lineCount) {
  for (let line = 1; line <= lineCount; line++) {
    const t = truth.get(line) ?? null;
    const p = predicted.get(line) ?? null;
    for (const c of CATEGORIES) {
      if (p === c && t === c) totals[c].tp++;
      else if (p === c) totals[c].fp++;
      else if (t === c) totals[c].fn++;
    }
  }
}

const emptyTotals = () => Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
const pct = (x) => x.toFixed(3);
function printTotals(label, totals) {
  console.log(label);
  for (const c of CATEGORIES) {
    const { p, r, f1 } = score(totals[c]);
    const { tp, fp, fn } = totals[c];
    console.log(`  ${c.padEnd(12)} precision ${pct(p)}  recall ${pct(r)}  F1 ${pct(f1)}   (tp ${tp}, fp ${fp}, fn ${fn})`);
  }
}

// 1. The seed articles.
const seedsDir = join(SHARED, 'articles/seeds');
if (existsSync(seedsDir)) {
  const totals = emptyTotals();
  const corpus = new ArticleCorpus();
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  const texts = Object.fromEntries(seeds.map((f) => [f, readFileSync(join(seedsDir, f), 'utf8')]));
  for (const name of seeds) corpus.set(name, texts[name]);
  const crossFound = new Set();
  for (const name of seeds) {
    const text = texts[name];
    const analysis = analyzer.analyze(text, options);
    const expected = SEEDS[name] ?? { duplicate: [], near: [], boilerplate: [] };
    const truth = new Map([...expected.duplicate.map((l) => [l, 'exact']), ...expected.near.map((l) => [l, 'near']), ...expected.boilerplate.map((l) => [l, 'boilerplate'])]);
    tally(totals, truth, predictedLines(text, analysis.findings), text.split(/\r\n|\r|\n/).length);
    const index = new LineIndex(text);
    for (const f of crossArticleFindings(corpus, name, text, analysis, options)) {
      if (f.rule !== 'paragraph.cross-article') continue;
      for (const r of f.related) crossFound.add([`${name.slice(0, 3)}:${index.lineAt(f.start) + 1}`, `${r.path.slice(0, 3)}:${new LineIndex(texts[r.path]).lineAt(r.start) + 1}`].sort().join(' '));
    }
  }
  printTotals(`seed articles (${seeds.length}, lines the issue names; boilerplate includes no-break-space lines):`, totals);
  const expectedCross = new Set(SEED_CROSS.map((pair) => [...pair].sort().join(' ')));
  const tp = [...crossFound].filter((p) => expectedCross.has(p)).length;
  const { p, r } = score({ tp, fp: crossFound.size - tp, fn: expectedCross.size - tp });
  console.log(`  cross-article pairs precision ${pct(p)}  recall ${pct(r)}   (found ${crossFound.size}, expected ${expectedCross.size})`);
} else console.log(`seed articles: not found at ${seedsDir}; skipped`);

// 2. The generated benchmark.
const newsFile = join(SHARED, 'data/news/saudinewsnet_sample.jsonl');
if (!existsSync(newsFile)) {
  console.log(`news sample: not found at ${newsFile}; benchmark skipped`);
  process.exit(0);
}
const news = readFileSync(newsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const paragraphsOf = (content) => content.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const words = (t) => t.split(/\s+/).filter(Boolean);
const eligible = news.filter((a) => paragraphsOf(a.content ?? '').filter((p) => words(p).length >= 12).length >= 3);
const random = prng(20240504);
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];
const title = () => pick(news).title.trim();
const vocabulary = paragraphsOf(news.slice(0, 300).map((a) => a.content).join('\n')).flatMap(words).filter((w) => w.length > 3);

/** A paragraph restated: a few words replaced, dropped or added, or its end cut. */
function edit(paragraph) {
  const w = words(paragraph);
  if (random() < 0.2) return w.slice(0, Math.ceil(w.length * (0.6 + random() * 0.3))).join(' ');
  const edits = Math.max(1, Math.round(w.length * (0.03 + random() * 0.09)));
  for (let i = 0; i < edits; i++) {
    const at = int(w.length);
    const op = random();
    if (op < 0.5) w[at] = pick(vocabulary);
    else if (op < 0.75 && w.length > 8) w.splice(at, 1);
    else w.splice(at, 0, pick(vocabulary));
  }
  return w.join(' ');
}

/** Whether the detector flags a line of the untouched article on its own (its own copies and chrome): not a source for injected copies. */
function flaggedAlone(paragraph) {
  return predictedLines(`عنوان\n${paragraph}\n`, analyzer.analyze(`عنوان\n${paragraph}\n`, options).findings).size > 0;
}

function generate(article) {
  const lines = paragraphsOf(article.content).map((text) => ({ text, truth: null, chrome: flaggedAlone(text) }));
  const insertAt = (at, items) => lines.splice(at, 0, ...items);
  const long = () => lines.map((l, i) => [l, i]).filter(([l]) => l.truth === null && !l.chrome && words(l.text).length >= 5);
  for (let n = int(3); n > 0; n--) {
    const [source, i] = pick(long());
    let copy = source.text;
    for (let k = int(3); k >= 0; k--) copy = pick(RESPELL)(copy);
    insertAt(i + 1 + int(lines.length - i), [{ text: copy, truth: 'exact' }]);
  }
  if (random() < 0.7) {
    const sources = long().filter(([l]) => words(l.text).length >= 12);
    const [source, i] = pick(sources);
    insertAt(i + 1 + int(lines.length - i), [{ text: edit(source.text), truth: 'near' }]);
  }
  // Distinct templates: chrome printed twice would (rightly) be a duplicate as well.
  const templates = [...BOILERPLATE_TEMPLATES, ...NOVEL_TEMPLATES];
  for (let n = int(4); n > 0; n--) {
    const [template] = templates.splice(int(templates.length), 1);
    const novel = NOVEL_TEMPLATES.includes(template);
    insertAt(1 + int(lines.length), template({ title, pick, int }).map((text) => ({ text, truth: 'boilerplate', novel })));
  }
  if (random() < 0.3) insertAt(0, [{ text: pick(SECTION_LABELS), truth: 'boilerplate' }]);
  const separator = random() < 0.5 ? '\n' : '\n\n';
  const text = lines.map((l) => l.text).join(separator) + '\n';
  const truth = new Map();
  const novel = new Set();
  let line = 1;
  for (const l of lines) {
    if (l.truth) truth.set(line, l.truth);
    if (l.novel) novel.add(line);
    line += separator.length;
  }
  return { text, truth, novel };
}

const SIZE = Math.min(1000, eligible.length);
const sample = Array.from({ length: SIZE }, () => pick(eligible));
const totals = emptyTotals();
const onOriginal = emptyTotals();
const thresholds = [0.5, 0.6, 0.7, 0.8, 0.9];
const nearAt = Object.fromEntries(thresholds.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
const falsePositives = new Map();
const byOrigin = { known: { found: 0, all: 0 }, novel: { found: 0, all: 0 } };
let analysisMs = 0;
for (const article of sample) {
  const { text, truth, novel } = generate(article);
  const start = performance.now();
  const analysis = analyzer.analyze(text, options);
  analysisMs += performance.now() - start;
  const predicted = predictedLines(text, analysis.findings);
  for (const [l, c] of truth) {
    if (c !== 'boilerplate') continue;
    const origin = byOrigin[novel.has(l) ? 'novel' : 'known'];
    origin.all++;
    if (predicted.get(l) === 'boilerplate') origin.found++;
  }
  const lineCount = text.split('\n').length;
  tally(totals, truth, predicted, lineCount);
  // The same, not counting lines the detector also flags in the untouched article (its own copies and chrome).
  const untouched = paragraphsOf(article.content).join('\n') + '\n';
  const ownLines = untouched.split('\n');
  const own = new Set([...predictedLines(untouched, analyzer.analyze(untouched, options).findings).keys()].map((l) => ownLines[l - 1].trim()));
  const lines = text.split('\n');
  tally(onOriginal, truth, new Map([...predicted].filter(([l]) => truth.has(l) || !own.has(lines[l - 1].trim()))), lineCount);
  for (const [l, c] of predicted) if (!truth.has(l)) falsePositives.set(`${c}: ${lines[l - 1].trim().slice(0, 70)}`, (falsePositives.get(`${c}: ${lines[l - 1].trim().slice(0, 70)}`) ?? 0) + 1);
  for (const t of thresholds) {
    const near = analyzer.analyze(text, parseOptions({ nearDuplicateThreshold: t }).options).findings.filter((f) => f.rule === 'paragraph.near-duplicate');
    const found = predictedLines(text, near);
    tally({ near: nearAt[t], exact: { tp: 0, fp: 0, fn: 0 }, boilerplate: { tp: 0, fp: 0, fn: 0 } }, new Map([...truth].filter(([, c]) => c === 'near')), found, lineCount);
  }
}
console.log(`\ngenerated benchmark: ${SIZE} real articles of the news sample, seed 20240504, ${Object.values(totals).reduce((s, c) => s + c.tp + c.fn, 0)} injected lines`);
printTotals('  every line of the generated articles (a flag on an original line counts as a false positive):', totals);
printTotals('  the same, leaving out original lines the detector also flags in the untouched article:', onOriginal);
console.log(`  boilerplate recall: ${pct(byOrigin.known.found / byOrigin.known.all)} on ${byOrigin.known.all} lines of chrome the patterns were written for, ${pct(byOrigin.novel.found / byOrigin.novel.all)} on ${byOrigin.novel.all} lines of chrome they were not`);
console.log(`  near duplicates by khabar.nearDuplicateThreshold (default ${options.nearDuplicateThreshold}):`);
for (const t of thresholds) console.log(`    ${t.toFixed(1)}  precision ${pct(score(nearAt[t]).p)}  recall ${pct(score(nearAt[t]).r)}`);
console.log(`  analysis: ${(analysisMs / SIZE).toFixed(2)} ms per article on average`);
console.log('  lines flagged that were not injected (most frequent):');
for (const [line, n] of [...falsePositives].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    ${String(n).padStart(3)} × ${line}`);

// 3. Cross-article copies.
const base = Array.from({ length: 400 }, () => pick(eligible));
const unique = [...new Set(base)];
const texts = unique.map((a) => paragraphsOf(a.content).join('\n') + '\n');
// Paragraphs the untouched articles already share (the sample's outlets reprint the same statements).
const untouched = new ArticleCorpus();
texts.forEach((t, i) => untouched.set(`a${i}`, t));
const shared = new Set();
texts.forEach((t, i) => {
  for (const f of crossArticleFindings(untouched, `a${i}`, t, analyzer.analyze(t, options), options)) if (f.rule === 'paragraph.cross-article') shared.add(`a${i} ${t.slice(f.start, f.end)}`);
});
const injected = new Map();
for (let n = 0; n < 150; n++) {
  const from = int(texts.length);
  const to = int(texts.length);
  if (from === to || injected.has(to)) continue;
  const source = pick(paragraphsOf(texts[from]).filter((p) => words(p).length >= 12));
  if (!source) continue;
  const copy = random() < 0.5 ? source : edit(source);
  const lines = texts[to].trimEnd().split('\n');
  const at = 1 + int(lines.length);
  lines.splice(at, 0, copy);
  texts[to] = lines.join('\n') + '\n';
  injected.set(to, { from, line: at + 1 });
}
const corpus = new ArticleCorpus();
let start = performance.now();
texts.forEach((t, i) => corpus.set(`a${i}`, t));
const buildMs = performance.now() - start;
let cross = { tp: 0, fp: 0, fn: 0 };
let preexisting = 0;
start = performance.now();
texts.forEach((t, i) => {
  const found = crossArticleFindings(corpus, `a${i}`, t, analyzer.analyze(t, options), options).filter((f) => f.rule === 'paragraph.cross-article');
  const index = new LineIndex(t);
  const want = injected.get(i);
  const hit = want && found.some((f) => index.lineAt(f.start) + 1 === want.line && f.related.some((r) => r.path === `a${want.from}`));
  if (want) hit ? cross.tp++ : cross.fn++;
  const others = found.filter((f) => !want || index.lineAt(f.start) + 1 !== want.line);
  // A paragraph matched to the article it was copied into is the same copy seen from the other side.
  const mirrored = others.filter((f) => [...injected].some(([to, w]) => w.from === i && f.related.some((r) => r.path === `a${to}`)));
  const unexplained = others.filter((f) => !mirrored.includes(f));
  cross.fp += unexplained.length;
  preexisting += unexplained.filter((f) => shared.has(`a${i} ${t.slice(f.start, f.end)}`)).length;
});
const queryMs = performance.now() - start;
const { p: cp, r: cr } = score(cross);
console.log(`\ncross-article: ${texts.length} real articles, ${injected.size} with a paragraph of another article injected (half edited)`);
console.log(`  precision ${pct(cp)}  recall ${pct(cr)}   (tp ${cross.tp}, fn ${cross.fn}, ${cross.fp} other reports counted as false positives)`);
console.log(`  of those other reports, ${preexisting} are reports the untouched articles already give (not caused by the injection);`);
console.log(`  precision leaving them out ${pct(score({ ...cross, fp: cross.fp - preexisting }).p)}`);
console.log(`  corpus build ${buildMs.toFixed(0)} ms, findings for every article ${queryMs.toFixed(0)} ms (analysis included)`);

// 4. Lines proposed as recurring boilerplate: in the whole sample, and in a folder of one outlet's articles.
const recurringOptions = { ...options, rules: { ...options.rules, 'paragraph.cross-article': 'off' } };
function proposalsIn(articles, label) {
  const corpus = new ArticleCorpus();
  const begin = performance.now();
  articles.forEach((a, i) => corpus.set(`n${i}`, a.content ?? ''));
  const indexMs = performance.now() - begin;
  const proposals = new Map();
  let withProposals = 0;
  articles.forEach((a, i) => {
    const text = a.content ?? '';
    const found = crossArticleFindings(corpus, `n${i}`, text, analyzer.analyze(text, options), recurringOptions);
    if (found.length) withProposals++;
    for (const f of found) proposals.set(text.slice(f.start, f.end), (proposals.get(text.slice(f.start, f.end)) ?? 0) + 1);
  });
  console.log(`\nrecurring lines, ${label} (${articles.length} articles, indexed in ${indexMs.toFixed(0)} ms): ${proposals.size} distinct lines proposed, in ${withProposals} articles`);
  for (const [line, n] of [...proposals].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${String(n).padStart(4)} × ${line.slice(0, 80)}`);
}
proposalsIn(news, 'the whole news sample');
for (const source of ['3alyoum', 'almadina', 'was']) proposalsIn(news.filter((a) => a.source === source), `the articles of ${source}`);
