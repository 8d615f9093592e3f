/**
 * Properties of names on generated articles (fast-check): the analysis never throws, every
 * mention is the exact source slice, mentions never overlap, whatever precedes a mention
 * inside its word is proclitics only, and the mentions of one name agree on type and
 * canonical spelling.
 */
import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import fc from 'fast-check';
import { Analyzer, defaultOptions } from '../../server/src/analysis';

const NAMES = ['سوريا', 'سورية', 'حلب', 'العراق', 'رامي عبد الرحمن', 'عبدالرحمن', 'المرصد السوري لحقوق الإنسان', 'قوات سوريا الديموقراطية', 'داعش', 'بشار الأسد', 'الأسد', 'فرانس برس', 'واشنطن', 'بغداد', 'لبنان', 'وليد'];
const WORDS = ['قال', 'إن', 'في', 'من', 'على', 'مدير', 'الرئيس', 'مدينة', 'أعلن', 'اليوم', 'القوات', 'السيطرة', 'بعد', '17', 'قرية', 'ريف'];
const CLITICS = ['', '', '', 'و', 'ب', 'ل', 'وب', 'ف', 'ك'];
const MARKS = ['', '', '', '\u064e', '\u0651', '\u0640'];
const PUNCTUATION = ['', '', '', '،', '.', '"', '«', '»', ':', '(', ')'];

const word = fc.oneof(
  fc.tuple(fc.constantFrom(...CLITICS), fc.constantFrom(...NAMES)).map(([c, n]) => (c === 'ل' && n.startsWith('ال') ? 'ل' + n.slice(1) : c + n)),
  fc.constantFrom(...WORDS),
);
const decorated = fc.tuple(word, fc.constantFrom(...MARKS), fc.constantFrom(...PUNCTUATION)).map(([w, m, p]) => {
  // A diacritic or tatweel after the first letter, as writers type them.
  const marked = w.length > 1 ? w[0] + m + w.slice(1) : w;
  return marked + p;
});
const paragraph = fc.array(decorated, { minLength: 1, maxLength: 25 }).map((ws) => ws.join(' '));
const article = fc.array(paragraph, { minLength: 1, maxLength: 6 }).map((ps) => ps.join('\n'));

const PROCLITICS = /^[وفبكل]{0,3}$/;
const MARK = /[\u064b-\u065f\u0670\u0640]/g;

suite('entities: properties', () => {
  test('mentions are exact, disjoint slices that begin after proclitics only, and agree within a name', () => {
    const analyzer = new Analyzer();
    let found = 0;
    fc.assert(
      fc.property(article, (text) => {
        const entities = analyzer.analyze(text, defaultOptions()).entities;
        found += entities.length;
        let end = 0;
        const byId = new Map<string, { type: string; canonical: string }>();
        for (const e of entities) {
          assert.ok(e.start >= end && e.start < e.end && e.end <= text.length, `${e.start}-${e.end} after ${end}`);
          end = e.end;
          assert.equal(e.text, text.slice(e.start, e.end));
          let wordStart = e.start;
          while (wordStart > 0 && /[\p{L}\p{M}\p{N}\u0640]/u.test(text[wordStart - 1])) wordStart--;
          assert.match(text.slice(wordStart, e.start).replace(MARK, ''), PROCLITICS, `before «${e.text}» in «${text.slice(wordStart, e.end)}»`);
          const seen = byId.get(e.id) ?? { type: e.type, canonical: e.canonical };
          assert.deepEqual({ type: e.type, canonical: e.canonical }, seen);
          byId.set(e.id, seen);
        }
      }),
      { numRuns: 300, seed: 4 },
    );
    assert.ok(found > 300, `the generated articles name things (${found} mentions)`);
  });
});
