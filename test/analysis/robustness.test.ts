import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { Analyzer, analyzeArticle, defaultOptions, fixAll, hoverAt, seededRandom } from '../../server/src/analysis';
import { readSample, sampleFiles } from '../support/paths';

const ALPHABET = ['ا', 'أ', 'ل', 'م', 'ن', 'ة', 'ى', 'ـ', 'َ', '٣', '3', ' ', '\n', '\r', '\u00a0', '\u200f', '/', '-', ':', '%', '٪', '«', '»', '"', '.', '،', '\ud83d', '\ude00', '\ufffd', 'a'];

/** Seeded, so every run tests the same inputs. */
const prng = seededRandom;

function randomText(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return out;
}

function checkSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>): void {
  for (const s of spans) assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `span ${s.start}-${s.end} in ${text.length}`);
}

suite('robustness', () => {
  test('never throws, and every span lies inside the text, on random input', () => {
    const random = prng(42);
    const analyzer = new Analyzer();
    for (let i = 0; i < 300; i++) {
      const text = randomText(random, Math.floor(random() * 400));
      const a = analyzer.analyze(text, defaultOptions());
      checkSpans(text, [...a.paragraphs, ...a.dates, ...a.numbers, ...a.entities, ...a.findings, ...a.findings.flatMap((f) => f.fixes.flatMap((x) => x.edits))]);
      for (const d of a.dates) assert.equal(d.text, text.slice(d.start, d.end));
      for (let offset = 0; offset <= text.length; offset += 7) hoverAt(a, text, offset, 'en');
    }
  });

  test('fix-all on mutated samples only ever removes or tidies, and converges', () => {
    const random = prng(7);
    const analyzer = new Analyzer();
    for (const name of sampleFiles()) {
      const lines = readSample(name).split('\n');
      for (let round = 0; round < 5; round++) {
        const mutated = lines.filter(() => random() > 0.2).map((l) => (random() > 0.9 ? l + '\u00a0' : l));
        const text = mutated.join(random() > 0.5 ? '\n' : '\r\n');
        const once = fixAll(analyzer, text, defaultOptions());
        assert.ok(once.text.length <= text.length);
        assert.equal(fixAll(analyzer, once.text, defaultOptions()).text, once.text, `${name} round ${round} converges`);
      }
    }
  });

  test('empty, blank and one-character texts', () => {
    for (const text of ['', ' ', '\n', '\u00a0', 'ا', '\r\n\r\n']) {
      const a = analyzeArticle(text, defaultOptions());
      checkSpans(text, a.findings);
    }
  });

  test('options built by hand, partial or of the wrong shape, fall back to the defaults instead of throwing', () => {
    const text = readSample(sampleFiles()[0]);
    const expected = analyzeArticle(text, defaultOptions());
    const arabic = analyzeArticle(text, defaultOptions('ar'));
    const odd: unknown[] = [undefined, null, 42, 'ar', [], {}, { rules: 'all' }, { rules: { 'paragraph.duplicate': 'loud' } }, { maxLength: 'big', referenceDate: 7 }];
    for (const options of odd) {
      const a = analyzeArticle(text, options as never);
      assert.deepEqual(a, expected, JSON.stringify(options));
    }
    assert.deepEqual(analyzeArticle(text, { locale: 'ar' } as never), arabic);
    // What is given and valid is kept.
    const off = analyzeArticle(text, { rules: { 'paragraph.duplicate': 'off' } } as never);
    assert.ok(expected.findings.some((f) => f.rule === 'paragraph.duplicate'));
    assert.ok(!off.findings.some((f) => f.rule === 'paragraph.duplicate'));
  });

  test('text longer than the limit is not analysed, and a finding says so', () => {
    const a = analyzeArticle('ا'.repeat(2000), { ...defaultOptions(), maxLength: 1000 });
    assert.deepEqual(a.findings.map((f) => f.rule), ['file.too-large']);
    assert.deepEqual(a.paragraphs, []);
  });

  test('binary content is refused with a finding', () => {
    assert.deepEqual(analyzeArticle('PK\u0003\u0004\u0000\u0000binary', defaultOptions()).findings.map((f) => f.rule), ['file.not-text']);
    assert.deepEqual(analyzeArticle('\ufffd'.repeat(50) + 'abc', defaultOptions()).findings.map((f) => f.rule), ['file.not-text']);
  });

  test('the paragraph cache reuses unchanged paragraphs after an edit', () => {
    const analyzer = new Analyzer();
    const text = readSample('03-ticker-report.txt');
    analyzer.analyze(text, defaultOptions());
    const before = analyzer.stats;
    analyzer.analyze(text.replace('ودعا التقرير', 'ودعا التقرير الجديد'), defaultOptions());
    const after = analyzer.stats;
    assert.equal(after.misses - before.misses, 1, 'only the edited paragraph is analysed again');
    assert.ok(after.hits - before.hits > 10);
  });
});
