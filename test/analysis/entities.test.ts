import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { analyzeArticle, defaultOptions } from '../../server/src/analysis';

function entities(paragraph: string): string[] {
  return analyzeArticle(`عنوان الخبر هنا\n${paragraph}`, defaultOptions()).entities.map((e) => `${e.text}|${e.type}|${e.canonical}`);
}

suite('entities (seed gazetteer)', () => {
  test('proclitics are outside the span but do not hide the name', () => {
    assert.deepEqual(entities('انسحب من حلب وبسوريا وللعراق'), ['حلب|place|حلب', 'سوريا|place|سوريا', 'لعراق|place|العراق']);
  });

  test('spelling variants resolve to one canonical name', () => {
    assert.deepEqual(entities('في سورية وفي سوريا'), ['سورية|place|سوريا', 'سوريا|place|سوريا']);
  });

  test('multi-word names and لل for ل + ال', () => {
    assert.deepEqual(entities('وفق المرصد السوري لحقوق الإنسان وقال للمرصد السوري لحقوق الإنسان'), [
      'المرصد السوري لحقوق الإنسان|organization|المرصد السوري لحقوق الإنسان',
      'لمرصد السوري لحقوق الإنسان|organization|المرصد السوري لحقوق الإنسان',
    ]);
  });

  test('a name inside a longer word is not a mention', () => {
    assert.deepEqual(entities('قال البغدادي والحلبي'), []);
  });
});
