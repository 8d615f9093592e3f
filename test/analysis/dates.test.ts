import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { analyzeArticle, defaultOptions, type DateMention } from '../../server/src/analysis';
import { fromHijri, toHijri, weekdayOf } from '../../server/src/analysis/dates/calendar';

function dates(paragraph: string, referenceDate: string | null = null): readonly DateMention[] {
  return analyzeArticle(`عنوان الخبر هنا\n${paragraph}`, { ...defaultOptions(), referenceDate }).dates;
}

function one(paragraph: string, referenceDate: string | null = null): { text: string; value: string | null } {
  const found = dates(paragraph, referenceDate);
  assert.equal(found.length, 1, JSON.stringify(found));
  return { text: found[0].text, value: found[0].value };
}

suite('dates: absolute forms', () => {
  const cases: Array<[string, string, string]> = [
    ['نشر في 30/يونيو/2017 - 02:53 م', '30/يونيو/2017 - 02:53 م', '2017-06-30T14:53'],
    ['نشر في 2017-07-01 08:31:47 AM', '2017-07-01 08:31:47 AM', '2017-07-01T08:31:47'],
    ['نشر في 2017-07-01 08:31:47 PM', '2017-07-01 08:31:47 PM', '2017-07-01T20:31:47'],
    ['تاريخ الخبر: 14-10-2017', '14-10-2017', '2017-10-14'],
    ['نشر في ٣٠/٦/٢٠١٧', '٣٠/٦/٢٠١٧', '2017-06-30'],
    ['في 29 حزيران (يونيو) 2014 أعلن', '29 حزيران (يونيو) 2014', '2014-06-29'],
    ['خسره في 12 حزيران (يونيو)بأهمية', '12 حزيران (يونيو)', '--06-12'],
    ['السبت  04 أيار 2024', 'السبت  04 أيار 2024', '2024-05-04'],
    ['منذ سبتمبر/أيلول وحتى الآن', 'سبتمبر/أيلول', '--09'],
    ['منذ العام 2014 والمدينة محاصرة', 'العام 2014', '2014'],
    ['الموافق 6 شوال 1438 هـ', '6 شوال 1438 هـ', '2017-06-30'],
  ];
  for (const [paragraph, text, value] of cases) {
    test(`${text} → ${value}`, () => assert.deepEqual(one(paragraph), { text, value }));
  }

  test('impossible days are not dates', () => {
    assert.equal(dates('في 31/02/2017 حدث ذلك').length, 0);
  });
});

suite('dates: relative expressions', () => {
  test('resolved against the dateline', () => {
    const analysis = analyzeArticle('عنوان الخبر هنا\nالسبت 01/يوليو/2017\nوتقدمت القوات مساء أمس الخميس، وأعلنت اليوم السيطرة، وكانت قد بدأت الهجوم قبل يومين.', defaultOptions());
    assert.deepEqual(
      analysis.dates.slice(1).map((d) => [d.text, d.value, d.resolution?.anchor, d.resolution?.offsetDays, d.weekday]),
      [
        ['مساء أمس الخميس', '2017-06-30', 'dateline', -1, 4],
        ['اليوم', '2017-07-01', 'dateline', 0, null],
        ['قبل يومين', '2017-06-29', 'dateline', -2, null],
      ],
    );
  });

  test('a bare weekday is the last such day on or before the anchor', () => {
    assert.equal(one('وأعلنت الوزارة الخميس أن', '2017-07-01').value, '2017-06-29');
    assert.equal(one('وأعلنت الوزارة السبت أن', '2017-07-01').value, '2017-07-01');
  });

  test('resolved against the reference date when there is no dateline, and said so', () => {
    const [d] = dates('وقال أمس إن', '2013-02-12');
    assert.equal(d.value, '2013-02-11');
    assert.deepEqual(d.resolution, { anchor: 'reference', anchorValue: '2013-02-12', offsetDays: -1 });
  });

  test('left unresolved when neither exists', () => {
    const [d] = dates('وقال أمس إن');
    assert.equal(d.value, null);
    assert.equal(d.relative, true);
    assert.equal(d.resolution, null);
  });

  test('اليوم الذي is not "today"', () => {
    assert.equal(dates('بعد مرور ثلاثة أعوام على اليوم الذي أعلن فيه').length, 0);
  });
});

suite('calendar', () => {
  test('weekdays', () => {
    assert.equal(weekdayOf({ year: 2017, month: 6, day: 30 }), 5);
    assert.equal(weekdayOf({ year: 2017, month: 7, day: 1 }), 6);
  });

  test('Umm al-Qura Hijri both ways', () => {
    assert.deepEqual(toHijri({ year: 2017, month: 6, day: 30 }), { year: 1438, month: 10, day: 6 });
    assert.deepEqual(fromHijri({ year: 1438, month: 10, day: 6 }), { year: 2017, month: 6, day: 30 });
    assert.deepEqual(fromHijri({ year: 1445, month: 9, day: 1 }), { year: 2024, month: 3, day: 11 });
    for (const day of [1, 100, 1000, 5000, 12000]) {
      const g = new Date(Date.UTC(1990, 0, 1) + day * 86_400_000);
      const ymd = { year: g.getUTCFullYear(), month: g.getUTCMonth() + 1, day: g.getUTCDate() };
      assert.deepEqual(fromHijri(toHijri(ymd)), ymd);
    }
  });

  test('a Hijri day that does not exist has no Gregorian day', () => {
    assert.equal(fromHijri({ year: 1438, month: 13, day: 1 }), null);
  });
});
