/**
 * The five real scraped articles of ../shared/articles/seeds: every date and figure found,
 * with the right values (read and checked by hand). Only values are written here, not the
 * articles' text.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'node:test';
import { analyzeArticle, defaultOptions, type NumberMention } from '../../server/src/analysis';
import { requireShared } from '../support/paths';

type Figure = [number | [number, number], string | null, ...string[]];

const EXPECTED: Record<string, { dates: Array<string | null>; numbers: Figure[]; checks: string[] }> = {
  '000': {
    dates: ['2017-06-30T14:53', '2017-06-30', '2017-06-30', '2017-06-29', '2017-W25', '2017-06-30', '2017-06-29', '2017-W25'],
    numbers: [[17, 'قرية'], [4, 'عام'], [1, 'عام', 'less-than'], [[200, 300], 'مقاتل'], [3, 'عام'], [17, 'قرية'], [4, 'عام'], [1, 'عام', 'less-than'], [[200, 300], 'مقاتل'], [3, 'عام']],
    checks: [],
  },
  '001': {
    // The page header (2024), the dateline, «الآن» twice, العام 2013, قبل ثلاثة أعوام and قبل ثلاث سنوات, مساء أمس الخميس.
    dates: ['2024-05-04', '2017-07-01T08:31:47', '2017-07-01T08:31:47', '2017-07-01T08:31:47', '2013', '2014', '2014', '2017-06-30'],
    numbers: [[17, 'مدينة'], [8, 'شهر', 'more-than'], [17, 'قرية'], [4, 'عام']],
    // «مساء أمس الخميس» in an article dated Saturday: yesterday was a Friday.
    checks: ['date.weekday-mismatch'],
  },
  '002': {
    // No dateline: the relative dates stay open.
    dates: [null, null, null, '--09', '2014'],
    numbers: [[6, 'شهر', '~'], [100, null, '%'], [6, 'شهر'], [1, 'عام', 'more-than'], [100, null, '%'], [67000, 'شخص', 'more-than'], [5000, 'جهادي'], [750, 'مقاتل'], [5, 'عام', '~']],
    checks: [],
  },
  '003': {
    // The ticker's times and its own month references are not dated by the article.
    dates: [
      'T10:50', 'T10:47', 'T10:46', 'T08:06', '--05', 'T07:26', 'T11:31', '2024-02-21', 'T11:30', 'T11:26', 'T11:24', 'T11:15', 'T11:06', 'T08:50', 'T08:46', 'T08:44', 'T11:31', 'T11:15',
      '2017-10-14', '2017-10-14', '2017-10-12', '2014', '2017-10-13', '2017-10-14', '2017-10-14', '2017-10-14', '2017-10-15', '2017-W40',
    ],
    numbers: [[3, 'جهات'], [1, null, 'ord'], [2, null, 'ord'], [[20, 99], 'المقاتلين', 'vague'], [24, 'ساعة'], [100, 'إرهابي', '~'], [150, 'عنصر', 'at-most'], [90, null, '~', '%'], [8000, 'شخص', '~'], [1500, 'مدني']],
    checks: [],
  },
  '004': {
    dates: [null, null, null, null, '2014-06-29', null, null, '--06-12', null, null, null, null, '--04-04', null, null, '--04-04', null, null, null],
    numbers: [[17, 'قرية'], [4, 'عام'], [3, 'سنة'], [60, null, '%'], [80, null, '%'], [6, 'مواقع', 'at-least'], [40, 'جهادي', '~'], [3, 'أحياء'], [4, null, 'ord']],
    checks: [],
  },
};

function figure(n: NumberMention): Figure {
  const flags = [n.approximate ? '~' : '', n.bound ?? '', n.percent ? '%' : '', n.ordinal ? 'ord' : '', n.vague ? 'vague' : ''].filter(Boolean);
  return [n.value ?? [n.min as number, n.max as number], n.unit, ...flags];
}

suite('dates and figures of the shared seed articles', () => {
  for (const [id, expected] of Object.entries(EXPECTED)) {
    test(id, (t) => {
      const dir = requireShared(t, 'articles/seeds');
      if (!dir) return;
      const file = fs.readdirSync(dir).find((f) => f.startsWith(id));
      assert.ok(file, `seed ${id}`);
      const a = analyzeArticle(fs.readFileSync(path.join(dir, file), 'utf8'), defaultOptions());
      assert.deepEqual(a.dates.map((d) => d.value), expected.dates);
      assert.deepEqual(a.numbers.map(figure), expected.numbers);
      assert.deepEqual(a.findings.filter((f) => f.rule.startsWith('date.')).map((f) => f.rule), expected.checks);
    });
  }

  test('000 is dated 2017-06-30 14:53 and 001 2017-07-01 08:31:47, not by the 2024 page header', (t) => {
    const dir = requireShared(t, 'articles/seeds');
    if (!dir) return;
    const dateline = (id: string): string | undefined => {
      const file = fs.readdirSync(dir).find((f) => f.startsWith(id)) as string;
      return analyzeArticle(fs.readFileSync(path.join(dir, file), 'utf8'), defaultOptions()).dateline?.value;
    };
    assert.equal(dateline('000'), '2017-06-30T14:53');
    assert.equal(dateline('001'), '2017-07-01T08:31:47');
  });
});
