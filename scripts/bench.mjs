// Speed figures (printed, not asserted): a cold analysis and an edit of one paragraph in
// a long report, hovers, fix-all, and throughput over the shared news sample when it is
// beside the checkout (../shared/data/news), and the language server over a workspace of
// those articles (workspace symbols, a hover meanwhile). Run with `npm run bench`.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const core = createRequire(import.meta.url)(join(ROOT, 'out/server/src/analysis/index.js'));
const { Analyzer, ArticleCorpus, crossArticleFindings, defaultOptions, fixAll, hoverAt } = core;
const options = defaultOptions('en');

function time(fn, repeat = 5) {
  const runs = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    fn();
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)];
}

const fmt = (ms) => `${ms.toFixed(2)} ms`;
const row = (label, value) => console.log(`  ${label.padEnd(40)} ${value}`);
const samples = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(ROOT, 'samples', f), 'utf8'));

// A long report: the samples' paragraphs repeated with small changes, ~600 paragraphs.
const paragraphs = samples.flatMap((s) => s.split('\n').filter((l) => l.trim()));
const long = Array.from({ length: 600 }, (_, i) => `${paragraphs[i % paragraphs.length]} (${i})`).join('\n\n');

console.log(`Khabar benchmarks (Node ${process.version}, median of 5 runs)`);
console.log(`long report: ${long.length.toLocaleString('en')} characters, 600 paragraphs`);
row('cold analysis (empty cache)', fmt(time(() => new Analyzer().analyze(long, options))));
const warm = new Analyzer();
warm.analyze(long, options);
let n = 0;
row('re-analysis after a one-paragraph edit', fmt(time(() => warm.analyze(long.replace('(300)', `(300 edit ${n++})`), options))));
row('unchanged re-analysis (all cached)', fmt(time(() => warm.analyze(long, options))));
const analysis = warm.analyze(long, options);
row('hover (average of 200)', fmt(time(() => { for (let i = 0; i < 200; i++) hoverAt(analysis, long, (i * 997) % long.length, 'en'); }) / 200));
row('fix-all', fmt(time(() => fixAll(new Analyzer(), long, options), 3)));

const news = resolve(process.env.KHABAR_SHARED ?? join(ROOT, '..', 'shared'), 'data/news/saudinewsnet_sample.jsonl');
if (existsSync(news)) {
  const articles = readFileSync(news, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).content ?? '');
  const chars = articles.reduce((s, a) => s + a.length, 0);
  const words = articles.reduce((s, a) => s + a.split(/\s+/).filter(Boolean).length, 0);
  const analyzer = new Analyzer();
  const start = performance.now();
  for (const a of articles) analyzer.analyze(a, options);
  const ms = performance.now() - start;
  console.log(`news sample: ${articles.length} articles, ${words.toLocaleString('en')} words, ${chars.toLocaleString('en')} characters`);
  row('whole sample, one core', `${(ms / 1000).toFixed(2)} s = ${Math.round(words / (ms / 1000)).toLocaleString('en')} words/s, ${(ms / articles.length).toFixed(2)} ms/article`);
  // Across articles: the corpus a workspace of this size needs, and one article's cross-article findings.
  const corpus = new ArticleCorpus();
  const built = performance.now();
  articles.forEach((a, i) => corpus.set(`a${i}`, a));
  row(`cross-article corpus of ${articles.length} articles`, `${((performance.now() - built) / 1000).toFixed(2)} s to build`);
  const analyses = articles.slice(0, 200).map((a) => analyzer.analyze(a, options));
  const queried = performance.now();
  articles.slice(0, 200).forEach((a, i) => crossArticleFindings(corpus, `a${i}`, a, analyses[i], options));
  row('cross-article findings (average of 200)', fmt((performance.now() - queried) / 200));
  corpus.set('a0', `${articles[0]}\nتعديل`);
  row('re-index one edited article', fmt(time(() => corpus.set('a0', `${articles[0]}\nتعديل ${n++}`))));
} else {
  console.log(`news sample: not found at ${news} (set KHABAR_SHARED); skipped`);
}

// The language server with a workspace of news articles: how long the first workspace-symbol
// query takes, and how long a hover waits while the server analyses the articles in the background.
if (existsSync(news)) await workspaceBench(news);

async function workspaceBench(file) {
  const { startHarness } = createRequire(import.meta.url)(join(ROOT, 'out/test/lsp/harness.js'));
  const COUNT = 1000;
  const dir = mkdtempSync(join(tmpdir(), 'khabar-bench-'));
  const texts = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, COUNT).map((l) => { const a = JSON.parse(l); return `${a.title}\n\n${a.content}`; });
  texts.forEach((t, i) => writeFileSync(join(dir, `a${i}.txt`), t));
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const start = performance.now();
  const h = await startHarness({ workspaceFolders: [pathToFileURL(dir).toString()] });
  const uri = pathToFileURL(join(dir, 'a0.txt')).toString();
  await h.open(texts[0], uri);
  await new Promise((r) => setTimeout(r, 300));
  const asked = performance.now();
  await h.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 5 } });
  const hover = performance.now() - asked;
  const symbols = await h.client.sendRequest('workspace/symbol', { query: '' });
  const first = performance.now() - start;
  const again = performance.now();
  await h.client.sendRequest('workspace/symbol', { query: 'الرياض' });
  const second = performance.now() - again;
  delay.disable();
  await h.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(`language server, workspace of ${COUNT} news articles:`);
  row('hover while the workspace is analysed', fmt(hover));
  row('first workspace symbols (from start)', `${(first / 1000).toFixed(2)} s, ${symbols.length} headlines`);
  row('next workspace symbols query', fmt(second));
  row('longest event-loop pause meanwhile', fmt(delay.max / 1e6));
}
