import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { analyzeArticle, defaultOptions, type NumberMention } from '../../server/src/analysis';

function numbers(paragraph: string): readonly NumberMention[] {
  return analyzeArticle(`عنوان الخبر هنا\n${paragraph}`, defaultOptions()).numbers;
}

function summary(n: NumberMention): string {
  const value = n.value !== null ? String(n.value) : `${n.min}..${n.max}`;
  return [n.text, value, n.unit ?? '-', n.approximate ? '~' : '', n.bound ?? '', n.percent ? '%' : ''].join('|');
}

suite('numbers', () => {
  const cases: Array<[string, string]> = [
    ['انسحب من 17 قرية وبلدة', '17 قرية|17|قرية|||'],
    ['بقي بين 200 إلى 300 مقاتل', 'بين 200 إلى 300 مقاتل|200..300|مقاتل|||'],
    ['قتل 750 مقاتلا', '750 مقاتلا|750|مقاتل|||'],
    ['استسلم نحو مئة إرهابي', 'نحو مئة إرهابي|100|إرهابي|~||'],
    ['ارتفعت إلى 60 % من', '60 %|60|-|||%'],
    ['بلغت ٤٥٫٥٪ من', '٤٥٫٥٪|45.5|-|||%'],
    ['نزح أكثر من 67 ألف شخص', 'أكثر من 67 ألف شخص|67000|شخص||more-than|'],
    ['طرد التنظيم من نحو تسعين في المئة من المدينة', 'نحو تسعين في المئة|90|-|~||%'],
    ['وصل إلى ٣٥٠ مليون ريال', '٣٥٠ مليون ريال|350000000|ريال|||'],
    ['عددهم 1,500 شخص', '1,500 شخص|1500|شخص|||'],
  ];
  for (const [paragraph, expected] of cases) {
    test(expected.split('|')[0], () => {
      const found = numbers(paragraph);
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.equal(summary(found[0]), expected);
    });
  }

  test('the figures of a date are part of the date, not claims', () => {
    assert.deepEqual(numbers('في 30/6/2017 و العام 2014 قتل 5 أشخاص').map((n) => n.text), ['5 أشخاص']);
  });
});
