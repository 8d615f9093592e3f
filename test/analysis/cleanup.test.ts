import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { Analyzer, applyFixes, analyzeArticle, defaultOptions, fixAll, type Finding } from '../../server/src/analysis';

const P1 = 'أعلن الدفاع المدني اليوم أن السيول غمرت 23 قرية وبلدة في ريف المحافظة الشمالي.';
const P2 = 'وقال مدير الدفاع المدني إن فرق الإنقاذ أجلت مئات العائلات من المناطق المنخفضة.';
const P3 = 'وكانت وزارة الزراعة قد حذرت الأسبوع الماضي من موجة جديدة من الأمطار الغزيرة.';

function findings(text: string, rule?: string): Finding[] {
  return analyzeArticle(text, defaultOptions()).findings.filter((f) => !rule || f.rule === rule);
}

function fixOnce(text: string, finding: Finding): string {
  return applyFixes(text, [finding.fixes[0]]).text;
}

suite('paragraph.duplicate', () => {
  test('an exact repeat is flagged and points to the first occurrence', () => {
    const text = `${P1}\n${P2}\n${P3}\n${P2}\n`;
    const [dup] = findings(text, 'paragraph.duplicate');
    assert.equal(text.slice(dup.start, dup.end), P2);
    assert.ok(dup.start > text.indexOf(P3), 'the later copy is flagged');
    assert.equal(dup.related[0].start, text.indexOf(P2));
    assert.equal(dup.message, 'This paragraph repeats the paragraph on line 2.');
  });

  test('repeats that differ only in spacing, diacritics, hamza forms, tatweel and punctuation count', () => {
    const variant = 'وقال مُدير الدفاع  المدني: إن فـرق الانقاذ أجلت مئات العائلات من المناطق المنخفضة';
    assert.equal(findings(`${P1}\n${P2}\n${variant}\n`, 'paragraph.duplicate').length, 1);
  });

  test('different paragraphs and short repeated labels are not flagged', () => {
    assert.equal(findings(`${P1}\n${P2}\n${P3}\n`, 'paragraph.duplicate').length, 0);
    assert.equal(findings(`${P1}\nصورة أرشيفية\n${P2}\nصورة أرشيفية\n`, 'paragraph.duplicate').length, 0);
  });

  test('the fix removes exactly the copy and its line break', () => {
    const text = `${P1}\n${P2}\n${P3}\n${P2}\n${P1.replace('23', '24')}\n`;
    const [dup] = findings(text, 'paragraph.duplicate');
    assert.equal(fixOnce(text, dup), `${P1}\n${P2}\n${P3}\n${P1.replace('23', '24')}\n`);
  });

  test('in a blank-line layout the fix keeps one blank line between the neighbours', () => {
    const text = `${P1}\n\n${P2}\n\n${P3}\n\n${P2}\n\n${P1.replace('23', '24')}`;
    const [dup] = findings(text, 'paragraph.duplicate');
    assert.equal(fixOnce(text, dup), `${P1}\n\n${P2}\n\n${P3}\n\n${P1.replace('23', '24')}`);
  });

  test('a copy on the last line without a final line break', () => {
    const text = `${P1}\n${P2}\n${P1}`;
    const [dup] = findings(text, 'paragraph.duplicate');
    assert.equal(fixOnce(text, dup), `${P1}\n${P2}`);
  });

  test('a refrain between short lines (verse, a chant) is not a duplicate; a short repeated headline is', () => {
    const verse = `${P1}\nفايز عليك فايز عليك\nفي ملعبي او ملعبك\nقدامي كل يرتبك\nفايز عليك فايز عليك\nنصراوي والله واعجبك\n${P2}\n`;
    assert.deepEqual(findings(verse, 'paragraph.duplicate'), []);
    const headline = 'السيول تغمر قرى ريف حماة';
    assert.equal(findings(`${headline}\nالخميس 14/مارس/2019\n${headline}\n${P1}\n`, 'paragraph.duplicate').length, 1);
  });

  test('CRLF line breaks are kept', () => {
    const text = `${P1}\r\n${P2}\r\n${P1}\r\n${P3}\r\n`;
    const [dup] = findings(text, 'paragraph.duplicate');
    assert.equal(fixOnce(text, dup), `${P1}\r\n${P2}\r\n${P3}\r\n`);
  });
});

suite('boilerplate.line', () => {
  const cases: Array<[string, string]> = [
    ['LOGO', 'logo placeholder'],
    ['إعلان', 'advert label'],
    ['اشترك في خدمة الواتساب', 'share or subscribe prompt'],
    ['أقرأ أيضا "قسد" تدعو الحكومة إلى الحوار', '"read also" link'],
    ['اقرأ أيضاً: ارتفاع أسعار الذهب', '"read also" link'],
    ['أرسل تعليقك', 'comment prompt'],
    ['الحدث العربي والدولي', 'section label'],
  ];
  for (const [line, kind] of cases) {
    test(`${kind}: ${line}`, () => {
      const text = `عنوان الخبر هنا\n${P1}\n${line}\n${P2}\n`;
      const found = findings(text, 'boilerplate.line');
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.equal(text.slice(found[0].start, found[0].end), line);
      assert.equal(found[0].message, `Web boilerplate: ${kind}.`);
      assert.equal(fixOnce(text, found[0]), `عنوان الخبر هنا\n${P1}\n${P2}\n`);
    });
  }

  test('a related-headlines block is one finding; its fix removes the block only', () => {
    const text = `${P1}\n${P2}\nقد يهمك أيضا\nافتتاح أول مستشفى متخصص للأطفال\nجامعة تطلق برنامجا جديدا للتمريض\nأرسل تعليقك\n`;
    const found = findings(text, 'boilerplate.line');
    assert.deepEqual(found.map((f) => f.message), ['Web boilerplate: related-headlines block.', 'Web boilerplate: comment prompt.']);
    assert.equal(fixOnce(text, found[0]), `${P1}\n${P2}\nأرسل تعليقك\n`);
  });

  test('real content is not boilerplate: a subheading, a byline, a dateline, a short quotation', () => {
    const text = `عنوان الخبر هنا\nدمشق - نور خالد\nالجمعة 30/يونيو/2017\n${P1}\nهجوم من محورين\n${P2}\n"لن نتراجع"\n${P3}\n`;
    assert.deepEqual(findings(text, 'boilerplate.line'), []);
  });
});

suite('whitespace.blank-lines', () => {
  test('lines of no-break spaces between paragraphs are tidied to one blank line', () => {
    const text = `${P1}\n\n\u00a0\n\n${P2}\n\n${P3}\n`;
    const [blank] = findings(text, 'whitespace.blank-lines');
    assert.equal(blank.message, '3 blank lines hold only no-break spaces or invisible characters.');
    assert.equal(fixOnce(text, blank), `${P1}\n\n${P2}\n\n${P3}\n`);
  });

  test('in a single-newline layout a no-break-space line is removed', () => {
    const text = `${P1}\n\u00a0\n${P2}\n${P3}\n`;
    const [blank] = findings(text, 'whitespace.blank-lines');
    assert.equal(fixOnce(text, blank), `${P1}\n${P2}\n${P3}\n`);
  });

  test('one ordinary blank line between paragraphs is fine; trailing and leading runs are not', () => {
    assert.equal(findings(`${P1}\n\n${P2}\n`, 'whitespace.blank-lines').length, 0);
    const text = `\n\n${P1}\n${P2}\n\n\n`;
    const found = findings(text, 'whitespace.blank-lines');
    assert.equal(found.length, 2);
    assert.equal(applyFixes(text, found.map((f) => f.fixes[0])).text, `${P1}\n${P2}\n`);
  });
});

suite('fix-all', () => {
  test('removes every duplicate and boilerplate line, keeps the first occurrences, and is idempotent', () => {
    const text = `LOGO\n\nعنوان الخبر هنا\n\n${P1}\n\n\u00a0\n\n${P2}\n\n${P1}\n\nإعلان\n\n${P3}\n\n${P2}\n`;
    const analyzer = new Analyzer();
    const once = fixAll(analyzer, text, defaultOptions());
    assert.equal(once.text, `عنوان الخبر هنا\n\n${P1}\n\n${P2}\n\n${P3}\n`);
    assert.equal(fixAll(analyzer, once.text, defaultOptions()).text, once.text);
    assert.equal(fixAll(analyzer, once.text, defaultOptions()).applied, 0);
  });

  test('a rule set to off is neither reported nor fixed', () => {
    const text = `${P1}\n${P2}\n${P1}\n`;
    const options = { ...defaultOptions(), rules: { ...defaultOptions().rules, 'paragraph.duplicate': 'off' as const } };
    assert.equal(analyzeArticle(text, options).findings.length, 0);
    assert.equal(fixAll(new Analyzer(), text, options).text, text);
  });
});
