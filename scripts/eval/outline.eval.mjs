// Measures the outline (issue 6) on real articles. Prints figures; a low figure is a
// finding to report, not a failure.
//
// 1. The seed articles' structure as the issue states it (../shared/articles/seeds).
// 2. On the SaudiNewsNet sample (../shared/data/news, research use only, never shipped):
//    - headlines: each article as its title line followed by its text; the outline's
//      headline must be the title (recall), and the headline must not be the text's first
//      line when the title is left off (the "no headline" case of seed 002);
//    - bylines: where the sample's `author` field names the writer on a short first line
//      of the text, that line must be a byline;
//    - quotations: how many are found, and how many have a speaker (named or carried).
// `node scripts/eval/outline.eval.mjs --sample 40` also prints 40 quotations picked at
// random (SEED=n picks another fixed sample) with their speakers, for checking by hand.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { Analyzer, LineIndex, defaultOptions } = createRequire(import.meta.url)(join(ROOT, 'out/server/src/analysis/index.js'));
const SHARED = resolve(process.env.KHABAR_SHARED ?? join(ROOT, '..', 'shared'));
const options = defaultOptions('en');
const analyzer = new Analyzer();
const pct = (n, d) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)} %`);
const row = (label, value) => console.log(`  ${label.padEnd(52)} ${value}`);
const sampleArg = process.argv.indexOf('--sample');
const sampleSize = sampleArg > 0 ? Number(process.argv[sampleArg + 1] ?? 40) : 0;

function seeds() {
  const dir = join(SHARED, 'articles/seeds');
  if (!existsSync(dir)) return console.log(`seeds: not found at ${dir}; skipped`);
  const read = (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const index = new LineIndex(text);
    return { a: analyzer.analyze(text, options), line: (o) => index.lineAt(o) + 1 };
  };
  const checks = [];
  const s3 = read('003_e7c410046469def3.txt');
  const top3 = s3.a.outline;
  const sections = top3.filter((n) => n.kind === 'section');
  checks.push(['003 ticker 1-17 is one boilerplate block', top3[0].kind === 'boilerplate' && s3.line(top3[0].start) === 1 && s3.line(top3[0].end) === 17]);
  checks.push(['003 headline line 19', top3.some((n) => n.kind === 'headline' && s3.line(n.start) === 19)]);
  checks.push(['003 dateline line 22', top3.some((n) => n.kind === 'dateline' && s3.line(n.start) === 22)]);
  checks.push(['003 sections at 33 and 41', sections.map((n) => s3.line(n.start)).join() === '33,41']);
  checks.push(['003 section 33 holds 35, 37, 39', sections[0]?.children.map((c) => s3.line(c.start)).join() === '35,37,39']);
  checks.push(['003 section 41 holds 43 … 63', sections[1]?.children.map((c) => s3.line(c.start)).join() === '43,45,47,49,51,53,55,57,59,61,63']);
  const s1 = read('001_677dbd5d2656fa72.txt');
  checks.push(['001 headline line 5', s1.line(s1.a.outline.find((n) => n.kind === 'headline').start) === 5]);
  const s2 = read('002_3d92b1369c88c135.txt');
  checks.push(['002 no headline, said so; byline not promoted', s2.a.outline[0].kind === 'headline' && s2.a.outline[0].end === 0 && s2.a.outline[1].kind === 'byline']);
  console.log(`seed articles: ${checks.filter(([, ok]) => ok).length}/${checks.length} expectations of the issue hold`);
  for (const [what, ok] of checks) if (!ok) console.log(`  FAILS: ${what}`);
}

function random(seed) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function news() {
  const file = join(SHARED, 'data/news/saudinewsnet_sample.jsonl');
  if (!existsSync(file)) return console.log(`news sample: not found at ${file}; skipped`);
  const articles = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  let titled = 0, found = 0, untitled = 0, promoted = 0, bylines = 0, bylinesFound = 0, quotes = 0, named = 0, carried = 0, withQuotes = 0, sections = 0;
  const picked = [];
  const wrong = [];
  for (const article of articles) {
    const title = article.title.trim();
    const content = article.content;
    if (title && !/\n/.test(title)) {
      titled++;
      const text = `${title}\n${content}`;
      const a = analyzer.analyze(text, options);
      const headline = a.outline.find((n) => n.kind === 'headline' && n.end > n.start);
      if (headline && text.slice(headline.start, headline.end) === title) found++;
      else if (wrong.length < 8) wrong.push(`${title.slice(0, 70)} → ${headline ? text.slice(headline.start, headline.end).slice(0, 50) : '(none)'}`);
      for (const q of a.quotes) {
        quotes++;
        if (q.speaker && !q.speaker.inferred) named++;
        if (q.speaker?.inferred) carried++;
        picked.push({ text, q });
      }
      if (a.quotes.length) withQuotes++;
      sections += a.paragraphs.filter((p) => p.kind === 'section').length;
    }
    const first = content.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
    const untitledAnalysis = analyzer.analyze(content, options);
    untitled++;
    const h = untitledAnalysis.paragraphs.find((p) => p.kind === 'headline');
    if (h && content.slice(h.start, h.end).trim() === first) promoted++;
    const author = article.author.trim();
    if (author && first.includes(author) && first.split(/\s+/).length <= 8) {
      bylines++;
      const p = untitledAnalysis.paragraphs.find((x) => content.slice(x.start, x.end).trim() === first);
      if (p?.kind === 'byline') bylinesFound++;
    }
  }
  console.log(`news sample: ${articles.length} articles (SaudiNewsNet, research use only)`);
  row('headline recall (title line + text)', `${found}/${titled} = ${pct(found, titled)}`);
  row('first line taken for a headline when the title is left off', `${promoted}/${untitled} = ${pct(promoted, untitled)}`);
  row('byline recall (author named on a short first line)', `${bylinesFound}/${bylines} = ${pct(bylinesFound, bylines)}`);
  row('subheadings (sections) found', `${sections}`);
  row('quotations found', `${quotes} in ${withQuotes} articles`);
  row('  with a named speaker', `${named} = ${pct(named, quotes)}`);
  row('  with a speaker carried on (وأضاف، مضيفا)', `${carried} = ${pct(carried, quotes)}`);
  row('  without a speaker', `${quotes - named - carried} = ${pct(quotes - named - carried, quotes)}`);
  if (wrong.length) {
    console.log('  headline misses (first few):');
    for (const w of wrong) console.log(`    ${w}`);
  }
  if (sampleSize > 0) {
    const next = random(Number(process.env.SEED ?? 6));
    console.log(`\n${sampleSize} quotations at random (seed ${process.env.SEED ?? 6}):`);
    for (let i = 0; i < sampleSize && picked.length; i++) {
      const { text, q } = picked.splice(Math.floor(next() * picked.length), 1)[0];
      const lineStart = text.lastIndexOf('\n', q.start) + 1;
      const before = text.slice(Math.max(lineStart, q.start - 90), q.start).replace(/\s+/g, ' ');
      console.log(`${i + 1}. [${q.speaker ? `${q.speaker.inferred ? '~' : ''}${q.speaker.text}` : '-'}] …${before}${q.text.slice(0, 70)}`);
    }
  }
}

seeds();
news();
