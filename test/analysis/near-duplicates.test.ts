/** Near duplicates: restated and shortened copies inside one article. */
import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { Analyzer, analyzeArticle, applyFixes, defaultOptions, fixAll, parseOptions, type AnalysisOptions, type Finding } from '../../server/src/analysis';

const P1 = 'أعلن الدفاع المدني السوري اليوم الخميس أن السيول التي اجتاحت ريف حماة الشمالي غمرت 23 قرية وبلدة وأجبرت أكثر من 600 عائلة على مغادرة منازلها.';
const P2 = 'وكانت وزارة الزراعة قد حذرت الأسبوع الماضي من أن التربة المشبعة بالمياه لن تحتمل موجة جديدة من الأمطار الغزيرة في المنطقة.';
const P3 = 'وقدرت الوزارة الأضرار الأولية بنحو ثلاثة ملايين دولار فيما لا يقل عدد الهكتارات الزراعية المتضررة عن ألفي هكتار.';
/** P1 restated: one word dropped, one changed, the conjunction added. */
const P1_RESTATED = 'وأعلن الدفاع المدني السوري الخميس أن السيول التي اجتاحت ريف حماة الشمالي غمرت 23 قرية وبلدة وأرغمت أكثر من 600 عائلة على مغادرة منازلها.';
/** The first half of P2, printed again as a teaser. */
const P2_SHORT = 'وكانت وزارة الزراعة قد حذرت الأسبوع الماضي من أن التربة المشبعة بالمياه لن تحتمل موجة جديدة';

function near(text: string, options: AnalysisOptions = defaultOptions()): Finding[] {
  return analyzeArticle(text, options).findings.filter((f) => f.rule === 'paragraph.near-duplicate');
}

suite('paragraph.near-duplicate', () => {
  test('a restated paragraph is reported as information, pointing to the paragraph it repeats', () => {
    const text = `عنوان الخبر هنا\n${P1}\n${P2}\n${P1_RESTATED}\n${P3}\n`;
    const [finding] = near(text);
    assert.equal(text.slice(finding.start, finding.end), P1_RESTATED);
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /^Most of this paragraph \(\d+ %\) already stands in the paragraph on line 2\.$/);
    assert.deepEqual([finding.related[0].start, finding.related[0].end], [text.indexOf(P1), text.indexOf(P1) + P1.length]);
  });

  test('its fix removes the copy and its line break, but is not safe: fix-all leaves it', () => {
    const text = `عنوان الخبر هنا\n${P1}\n${P2}\n${P1_RESTATED}\n${P3}\n`;
    const [finding] = near(text);
    assert.equal(finding.fixes.length, 1);
    assert.equal(finding.fixes[0].safe, false);
    assert.equal(applyFixes(text, finding.fixes).text, `عنوان الخبر هنا\n${P1}\n${P2}\n${P3}\n`);
    assert.equal(fixAll(new Analyzer(), text, defaultOptions()).text, text);
  });

  test('of a paragraph and its shortened copy, the shorter one is reported, wherever it stands', () => {
    const before = `عنوان الخبر هنا\n${P2_SHORT}\n${P1}\n${P2}\n`;
    const [finding] = near(before);
    assert.equal(before.slice(finding.start, finding.end), P2_SHORT, 'the teaser above the full paragraph');
    const after = `عنوان الخبر هنا\n${P2}\n${P1}\n${P2_SHORT}\n`;
    assert.equal(after.slice(near(after)[0].start, near(after)[0].end), P2_SHORT);
  });

  test('the threshold setting decides how close a copy must be', () => {
    const loose = `عنوان الخبر هنا\n${P1}\n${P2}\n${P1_RESTATED}\n`;
    const strict = parseOptions({ nearDuplicateThreshold: 0.95 }).options;
    assert.equal(near(loose).length, 1);
    assert.equal(near(loose, strict).length, 0);
    assert.equal(parseOptions({ nearDuplicateThreshold: 0.2 }).problems.length, 1, 'below 0.5 is refused');
    assert.equal(parseOptions({ nearDuplicateThreshold: 0.2 }).options.nearDuplicateThreshold, defaultOptions().nearDuplicateThreshold);
  });

  test('exact copies are reported as duplicates only; distinct paragraphs and short lines are not near duplicates', () => {
    const text = `عنوان الخبر هنا\n${P1}\n${P2}\n${P1}\n${P3}\nقال الوزير إن\nقال الوزير إن الوضع\n`;
    assert.deepEqual(near(text), []);
    assert.equal(analyzeArticle(text, defaultOptions()).findings.filter((f) => f.rule === 'paragraph.duplicate').length, 1);
  });

  test('a paragraph that is reported is never the one another report points to', () => {
    const third = P1_RESTATED.replace('600', 'ستمئة');
    const text = `عنوان الخبر هنا\n${P1}\n${P1_RESTATED}\n${third}\n${P2}\n`;
    const found = near(text);
    assert.ok(found.length >= 2);
    const reported = new Set(found.map((f) => f.start));
    for (const f of found) assert.ok(!reported.has(f.related[0].start), 'the paragraph pointed to stays');
  });

  test('the headline is not a near duplicate of the lead that restates it', () => {
    const headline = 'السيول تغمر 23 قرية وبلدة في ريف حماة الشمالي وتجبر أكثر من 600 عائلة على مغادرة منازلها';
    assert.deepEqual(near(`${headline}\n${P1}\n${P2}\n`), []);
  });

  test('the rule can be turned off', () => {
    const options = parseOptions({ rules: { 'paragraph.near-duplicate': 'off' } }).options;
    assert.deepEqual(near(`عنوان الخبر هنا\n${P1}\n${P2}\n${P1_RESTATED}\n`, options), []);
  });
});
