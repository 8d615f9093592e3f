/** A page's list of tags saved on the end of the last paragraph (… . سمات الهلال النصر): flagged, removed alone, and no source of names. */
import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { Analyzer, analyzeArticle, defaultOptions, fixAll } from '../../server/src/analysis';

const LEAD = 'وقال الأمير خالد الفيصل إن المشروع بدأ في جدة.';
const LAST = 'وتم نقل المصاب إلى المستشفى وإعادة الأوضاع وفق الخطط المعتمدة.';

/** An article whose last paragraph ends with `tail`. */
const article = (tail: string): string => `عنوان الخبر هنا\n\n${LEAD}\n\n${LAST}${tail}\n`;

const tagFindings = (text: string): string[] =>
  analyzeArticle(text, defaultOptions())
    .findings.filter((f) => f.rule === 'boilerplate.line')
    .map((f) => `${text.slice(f.start, f.end)} → ${f.message}`);

suite('a list of tags glued to the last paragraph', () => {
  test('is boilerplate from its heading word to the paragraph end, after a sentence ends', () => {
    const text = article(' سمات الهلال النصر خالد الفيصل جدة');
    assert.deepEqual(tagFindings(text), ['سمات الهلال النصر خالد الفيصل جدة → Web boilerplate: list of tags saved on the end of the paragraph.']);
    const labelled = article(' الوسوم: أمن الطرق الخرمة سلاح');
    assert.deepEqual(tagFindings(labelled), ['الوسوم: أمن الطرق الخرمة سلاح → Web boilerplate: list of tags saved on the end of the paragraph.']);
  });

  test('its fix removes the tags and the space before them, and nothing of the sentence', () => {
    const text = article(' سمات الهلال النصر خالد الفيصل جدة');
    const fixed = fixAll(new Analyzer(), text, defaultOptions()).text;
    assert.equal(fixed, article(''));
    const finding = analyzeArticle(text, defaultOptions()).findings.find((f) => f.rule === 'boilerplate.line');
    assert.equal(finding?.fixes[0].title, 'Remove this list of tags saved on the end of the paragraph');
  });

  test('its names are no mentions: the names the article gives stay, the tags add none', () => {
    const found = analyzeArticle(article(' سمات الهلال النصر خالد الفيصل جدة'), defaultOptions()).entities.map((e) => `${e.text}|${e.type}`);
    assert.deepEqual(found, ['خالد الفيصل|person', 'جدة|place']);
  });

  test('a sentence that opens with سمات stays, as does سمات inside a sentence', () => {
    assert.deepEqual(tagFindings(article(' سمات الغضب بادية على وجهه')), []);
    assert.deepEqual(tagFindings(article(' وتبدو سمات الغضب واضحة')), []);
    assert.deepEqual(tagFindings(`عنوان الخبر هنا\n\n${LEAD} ومن سمات المشروع الهلال النصر\n`), []);
  });

  test('its heading in Arabic names it in the Arabic display language', () => {
    const text = article(' سمات الهلال النصر');
    const finding = analyzeArticle(text, defaultOptions('ar')).findings.find((f) => f.rule === 'boilerplate.line');
    assert.equal(finding?.message, 'حشو من صفحة الويب: قائمة الوسوم الملتصقة بآخر الفقرة.');
  });
});
