// Scoring names with conlleval's rules (micro-averaged; a name counts only when its type and
// exact word span match), shared by the NER evaluation (ner.eval.mjs) and cross-validation
// (scripts/train/cv.mjs).
import { createRequire } from 'node:module';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { findEntities } = require(join(ROOT, 'out/server/src/analysis/entities/find.js'));
const { Analyzer, defaultOptions } = require(join(ROOT, 'out/server/src/analysis/index.js'));
const { chunks } = require(join(ROOT, 'out/server/src/analysis/entities/model/corpus.js'));

export const TYPE = { person: 'PERS', place: 'LOC', organization: 'ORG' };
const pct = (x) => (100 * x).toFixed(1).padStart(5);

export function prf(c) {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f: (2 * p * r) / (p + r || 1) };
}

export class Score {
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

export const toWords = (a, spans) => spans.map((s) => ({ type: s.type, start: wordAt(a.wordStarts, s.start), end: wordAt(a.wordStarts, s.end - 1) + 1 }));

/** The recogniser's sure names in an aligned corpus sentence (corpus.ts alignSentence), as word spans. */
export function recognised(a) {
  const found = findEntities(a.text).mentions.filter((m) => !m.tentative).map((m) => ({ type: TYPE[m.type], start: m.start, end: m.end }));
  return toWords(a, found);
}

/**
 * What the product shows for an aligned sentence analysed as an article of its own: the recogniser and the
 * article-level pass (later mentions and coreference within that sentence, no other sentence), as word spans.
 */
export function recognisedAlone(a, analyzer = new Analyzer()) {
  const entities = analyzer.analyze(a.text, defaultOptions('en')).entities;
  return toWords(a, entities.map((e) => ({ type: TYPE[e.type], start: e.start, end: e.end })));
}

/**
 * The article-level pass (coreference, later mentions) scored into `score`: consecutive
 * aligned sentences ({ s, a }) as the paragraphs of articles of `size` sentences.
 */
export function scoreArticles(aligned, score, size = 20) {
  const analyzer = new Analyzer();
  for (let i = 0; i < aligned.length; i += size) {
    const group = aligned.slice(i, i + size);
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
      score.add(chunks(s.labels), toWords(a, mine));
    });
  }
}
