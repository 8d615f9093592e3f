/**
 * Fix safety as properties over generated articles: random paragraphs with injected exact
 * copies (spelled differently), near copies, web boilerplate and stray blank lines, in
 * every layout. Whatever fast-check generates, every fix removes only what its finding
 * names and the white space around it, the first occurrence of a copy stays, the set of
 * distinct paragraphs survives, and fix-all is idempotent.
 */
import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import fc from 'fast-check';
import { Analyzer, applyFixes, defaultOptions, fixAll, type ArticleAnalysis, type Finding } from '../../server/src/analysis';
import { comparisonKey } from '../../server/src/analysis/text/normalize';

const WORDS = (
  'الحكومة الوزير المدينة القرية السيول الأمطار المياه العائلات الإنقاذ المدني الدفاع الزراعة الأضرار المحافظة الشمالي الجنوبي ' +
  'أعلن قال أكد أوضح أشار أضاف حذر دعا قرر بدأ استمر وصل غمرت أجلت تضررت ارتفع انخفض المستشفى المدرسة الطريق الجسر ' +
  'الاقتصاد الأسواق الأسعار الذهب النفط التجارة المصرف الشركة المعرض الكتاب الثقافة الجامعة الطلاب المعلمين الصحة اللقاح ' +
  'الحملة الأطفال البلدية الميزانية المشاريع الحدائق الطرق المجلس الجلسة الشورى البرلمان الانتخابات المرشحين الأحزاب'
).split(' ');
const BOILERPLATE = ['LOGO', 'إعلان', 'اشترك في خدمة الواتساب', 'أقرأ أيضا "الصحة" تحذر من الإنفلونزا', 'أرسل تعليقك', 'تابعونا على تويتر', '// انتهى //', '© 2024 جميع الحقوق محفوظة'];
const SPACE_LIKE = /^[\s\u00a0\u200b-\u200f\ufeff]*$/;
const options = defaultOptions();

/** Surface noise that exact-copy detection must see through. */
function respell(text: string, noise: number): string {
  let out = text;
  if (noise & 1) out = out.replace(/ا/g, (m, i: number) => (i % 3 === 0 ? 'أ' : m));
  if (noise & 2) out = out.replace(/ل/g, 'لـ');
  if (noise & 4) out = out.replace(/ /g, (_m, i: number) => (i % 2 ? '\u00a0' : '  '));
  if (noise & 8) out = out.replace(/\.$/, '،').replace(/ة /g, 'ةَ ');
  return out;
}

interface Generated {
  readonly text: string;
  /** Paragraphs written once (before injection), by comparison key. */
  readonly distinct: ReadonlySet<string>;
}

const article = fc
  .record({
    paragraphs: fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 8, maxLength: 28 }), { minLength: 2, maxLength: 7 }),
    copies: fc.array(fc.tuple(fc.nat(), fc.nat(15)), { maxLength: 3 }),
    near: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }),
    boilerplate: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...BOILERPLATE)), { maxLength: 3 }),
    blanks: fc.array(fc.tuple(fc.nat(), fc.constantFrom('', '\u00a0', ' \u00a0 ', '\u200f')), { maxLength: 3 }),
    separator: fc.constantFrom('\n', '\n\n'),
    crlf: fc.boolean(),
  })
  .map(({ paragraphs, copies, near, boilerplate, blanks, separator, crlf }): Generated => {
    // A number of its own keeps every written paragraph distinct from the others.
    const body = paragraphs.map((words, i) => `${words.join(' ')} في العام ${1990 + i}.`);
    const lines = ['عنوان الخبر عن السيول في المحافظة', ...body];
    const insert = (at: number, line: string): void => {
      lines.splice(1 + (at % lines.length), 0, line);
    };
    for (const [at, noise] of copies) {
      const source = body[at % body.length];
      lines.splice(lines.indexOf(source) + 1 + (at % 3), 0, respell(source, noise));
    }
    for (const [at, w] of near) {
      const words = body[at % body.length].split(' ');
      words[w % (words.length - 3)] = 'وأعلنت';
      insert(at + 1, words.join(' '));
    }
    for (const [at, line] of boilerplate) insert(at, line);
    for (const [at, line] of blanks) insert(at, line);
    const text = lines.join(separator.replace(/\n/g, crlf ? '\r\n' : '\n')) + (crlf ? '\r\n' : '\n');
    return { text, distinct: new Set(['عنوان الخبر عن السيول في المحافظة', ...body].map(comparisonKey)) };
  });

/** Comparison keys of the paragraphs that are not boilerplate. */
function contentKeys(text: string, analysis: ArticleAnalysis): string[] {
  return analysis.paragraphs.filter((p) => p.kind !== 'boilerplate').map((p) => comparisonKey(text.slice(p.start, p.end)));
}

/** What an edit takes beyond the finding's own span is white space and line breaks only, and it puts back nothing but those. */
function checkRemovesOnlyItsFinding(text: string, finding: Finding): void {
  for (const edit of finding.fixes[0].edits) {
    assert.match(edit.newText, SPACE_LIKE);
    const removed = text.slice(edit.start, edit.end);
    const own = finding.start >= edit.start && finding.end <= edit.end ? text.slice(finding.start, finding.end) : '';
    assert.match(removed.replace(own, ''), SPACE_LIKE, `${finding.rule} takes only its span and white space`);
  }
}

const RUNS = { seed: 20240504, numRuns: 120 };

suite('cleanup properties over generated articles', () => {
  test('every safe fix removes exactly its finding and keeps every distinct paragraph', () => {
    const analyzer = new Analyzer();
    fc.assert(
      fc.property(article, ({ text }) => {
        const analysis = analyzer.analyze(text, options);
        const before = new Set(contentKeys(text, analysis));
        for (const finding of analysis.findings) {
          const fix = finding.fixes[0];
          if (!fix?.safe) continue;
          checkRemovesOnlyItsFinding(text, finding);
          const after = applyFixes(text, [fix]).text;
          assert.deepEqual(new Set(contentKeys(after, analyzer.analyze(after, options))), before, `${finding.rule} keeps the distinct paragraphs`);
          if (finding.rule === 'paragraph.duplicate') {
            const first = finding.related[0];
            assert.equal(after.slice(first.start, first.end), text.slice(first.start, first.end), 'the first occurrence stays where it was');
          }
        }
      }),
      RUNS,
    );
  });

  test('fix-all keeps each distinct paragraph exactly once and changes nothing the second time', () => {
    const analyzer = new Analyzer();
    fc.assert(
      fc.property(article, ({ text, distinct }) => {
        const once = fixAll(analyzer, text, options);
        const keys = contentKeys(once.text, analyzer.analyze(once.text, options));
        for (const key of distinct) assert.equal(keys.filter((k) => k === key).length, 1, `kept once: ${key}`);
        assert.equal(keys.length, new Set(keys).size, 'no paragraph is left twice');
        const twice = fixAll(analyzer, once.text, options);
        assert.equal(twice.text, once.text);
        assert.equal(twice.applied, 0);
      }),
      RUNS,
    );
  });

  test('every injected copy and boilerplate line is found, and fix-all leaves no stray blank line', () => {
    const analyzer = new Analyzer();
    fc.assert(
      fc.property(article, ({ text, distinct }) => {
        const once = fixAll(analyzer, text, options).text;
        const lines = once.split(/\r?\n/);
        for (const line of BOILERPLATE) assert.ok(!lines.includes(line), `${line} is removed`);
        assert.ok(!/\n[^\S\r\n]*\u00a0/.test(once) && !/\u200f/.test(once), 'no invisible-only line remains');
        const paragraphs = analyzer.analyze(once, options).paragraphs.filter((p) => p.kind !== 'boilerplate');
        assert.ok(paragraphs.length >= distinct.size, 'near copies are never removed by fix-all');
      }),
      RUNS,
    );
  });

  test('a near-duplicate fix removes the copy and keeps the paragraph it repeats', () => {
    const analyzer = new Analyzer();
    fc.assert(
      fc.property(article, ({ text }) => {
        for (const finding of analyzer.analyze(text, options).findings.filter((f) => f.rule === 'paragraph.near-duplicate')) {
          checkRemovesOnlyItsFinding(text, finding);
          const after = applyFixes(text, finding.fixes).text;
          const source = text.slice(finding.related[0].start, finding.related[0].end);
          assert.ok(after.includes(source), 'the paragraph it repeats stays');
        }
      }),
      RUNS,
    );
  });
});
