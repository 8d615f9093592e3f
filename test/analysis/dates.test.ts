import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { analyzeArticle, defaultOptions, type ArticleAnalysis, type DateMention } from '../../server/src/analysis';
import { easter, fromHijri, hijriMonthLength, toHijri, weekdayOf } from '../../server/src/analysis/dates/calendar';

function analyse(paragraph: string, referenceDate: string | null = null): ArticleAnalysis {
  return analyzeArticle(`عنوان الخبر هنا\n${paragraph}`, { ...defaultOptions(), referenceDate });
}

function dates(paragraph: string, referenceDate: string | null = null): readonly DateMention[] {
  return analyse(paragraph, referenceDate).dates;
}

function one(paragraph: string, referenceDate: string | null = null): DateMention {
  const found = dates(paragraph, referenceDate);
  assert.equal(found.length, 1, JSON.stringify(found));
  return found[0];
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const indic = (s: string): string => s.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)]);

/** [paragraph, text found, value, until?]; every case is also checked written in Arabic-Indic digits. */
function check(cases: ReadonlyArray<readonly [string, string, string | null, string?]>, referenceDate: string | null = null): void {
  for (const [paragraph, text, value, until] of cases) {
    test(`${text} → ${value}${until ? ` … ${until}` : ''}`, () => {
      const d = one(paragraph, referenceDate);
      assert.deepEqual([d.text, d.value, d.until], [text, value, until ?? null]);
      if (/\d/.test(paragraph)) {
        const e = one(indic(paragraph), referenceDate);
        assert.deepEqual([e.value, e.until], [value, until ?? null], `in Arabic-Indic digits: ${indic(paragraph)}`);
      }
    });
  }
}

suite('dates: numeric forms', () => {
  check([
    ['نشر في 30/يونيو/2017 - 02:53 م', '30/يونيو/2017 - 02:53 م', '2017-06-30T14:53'],
    ['نشر في 2017-07-01 08:31:47 AM', '2017-07-01 08:31:47 AM', '2017-07-01T08:31:47'],
    ['نشر في 2017-07-01 08:31:47 PM', '2017-07-01 08:31:47 PM', '2017-07-01T20:31:47'],
    ['تاريخ الخبر: 14-10-2017', '14-10-2017', '2017-10-14'],
    ['نشر في 30/6/2017', '30/6/2017', '2017-06-30'],
    ['نشر في 30.6.2017', '30.6.2017', '2017-06-30'],
    ['صدر في 2/2013 تقرير', '2/2013', '2013-02'],
    ['نُشر في 1445/03/15 هـ', '1445/03/15 هـ', '2023-09-30'],
    ['وصل يوم السبت 21/09 إلى المدينة', 'يوم السبت 21/09', '--09-21'],
  ]);

  test('one day in two calendars is one date, valued by its Gregorian form', () => {
    const d = one('نُشر في ١٤٤٥/٠٣/١٥ هـ الموافق ٣٠/٠٩/٢٠٢٣');
    assert.deepEqual([d.text, d.value, d.calendar, d.hijri], ['١٤٤٥/٠٣/١٥ هـ الموافق ٣٠/٠٩/٢٠٢٣', '2023-09-30', 'hijri', '1445-03-15']);
  });
});

suite('dates: month names in both Gregorian series, and Hijri months', () => {
  check([
    ['في 29 حزيران (يونيو) 2014 أعلن', '29 حزيران (يونيو) 2014', '2014-06-29'],
    ['في 5 يونيو/حزيران 2014 أعلن', '5 يونيو/حزيران 2014', '2014-06-05'],
    ['في 29 يونيه 2014 أعلن', '29 يونيه 2014', '2014-06-29'],
    ['في 15 جوان 2017 أعلن', '15 جوان 2017', '2017-06-15'],
    ['في 3 إبريل 2020 أعلن', '3 إبريل 2020', '2020-04-03'],
    ['في 3 أفريل 2020 أعلن', '3 أفريل 2020', '2020-04-03'],
    ['في 9 كانون ثاني 2020 أعلن', '9 كانون ثاني 2020', '2020-01-09'],
    ['في 9 تشرين الأول 2020 أعلن', '9 تشرين الأول 2020', '2020-10-09'],
    ['في 1 غشت 2020 أعلن', '1 غشت 2020', '2020-08-01'],
    ['السبت  04 أيار 2024', 'السبت  04 أيار 2024', '2024-05-04'],
    ['الموافق 6 شوال 1438 هـ', '6 شوال 1438 هـ', '2017-06-30'],
    ['في 10 ذي الحجة 1434 هـ', '10 ذي الحجة 1434 هـ', '2013-10-15'],
    ['في 1 جمادى الآخرة 1445 هـ', '1 جمادى الآخرة 1445 هـ', '2023-12-14'],
    ['الأول من شباط 2013', 'الأول من شباط 2013', '2013-02-01'],
    ['الثالث عشر من شهر شباط 2013', 'الثالث عشر من شهر شباط 2013', '2013-02-13'],
    ['تبدأ في حزيران 2017', 'حزيران 2017', '2017-06'],
    ['تبدأ في سبتمبر/أيلول 2017', 'سبتمبر/أيلول 2017', '2017-09'],
    ['منذ سبتمبر/أيلول وحتى نهايته', 'سبتمبر/أيلول', '--09'],
    ['خسره في 12 حزيران (يونيو)بأهمية', '12 حزيران (يونيو)', '--06-12'],
  ]);

  test('a month name that is also a word needs a day or a year (مارس، آب، رمضان)', () => {
    assert.deepEqual(dates('مارس الضغط على أب الضحية في رمضان').map((d) => d.text), []);
    assert.equal(one('في 8 مارس 2019 حدث').value, '2019-03-08');
  });

  test('آلان is the name Alain, not الآن (now), which folds the same; الآن and الان are now', () => {
    assert.deepEqual(dates('وقال الجنرال آلان بيليغريني إن الوضع هادئ الآن، والوضع الان أفضل.').map((d) => d.text), ['الآن', 'الان']);
    assert.deepEqual(analyse('وقال الجنرال آلان بيليغريني إن الوضع هادئ.').entities.map((e) => e.text), ['آلان بيليغريني']);
  });
});

suite('dates: years, weekdays, times, intervals, feasts', () => {
  check([
    ['منذ العام 2014 والمدينة محاصرة', 'العام 2014', '2014'],
    ['سيطر عليها في عام 2013، ثم', 'عام 2013', '2013'],
    ['الميزانية لعام 2024', 'عام 2024', '2024'],
    ['انتهى في 2017م ثم', '2017م', '2017'],
    ['تولى الحكم بين عامي 2011 و2014', 'عامي 2011 و2014', '2011', '2014'],
    ['كما في 1438 هـ', '1438 هـ', '2016-10-02', '2017-09-20'],
    ['من 13 إلى 15 تموز 2017', '13 إلى 15 تموز 2017', '2017-07-13', '2017-07-15'],
    ['في أوائل آذار 2019', 'أوائل آذار 2019', '2019-03-01', '2019-03-10'],
    ['في أواخر شباط 2019', 'أواخر شباط 2019', '2019-02-21', '2019-02-28'],
    ['في منتصف آذار 2019', 'منتصف آذار 2019', '2019-03-15'],
    ['مطلع كانون الثاني 2024، على', 'مطلع كانون الثاني 2024', '2024-01-01'],
    ['في عيد الأضحى 2013', 'عيد الأضحى 2013', '2013-10-15'],
    ['خلال رمضان 2019', 'رمضان 2019', '2019-05-06', '2019-06-03'],
    ['في الثلاثاء الأخير من شهر مارس 2014', 'الثلاثاء الأخير من شهر مارس 2014', '2014-03-25'],
    ['في ثالث ثلاثاء من أيلول 2014', 'ثالث ثلاثاء من أيلول 2014', '2014-09-16'],
  ]);

  test('times alone, with ص/م, AM/PM, words and a time zone', () => {
    const values = (p: string): Array<string | null> => dates(p).map((d) => d.value);
    assert.deepEqual(values('10:50 . إيران تدعو'), ['T10:50']);
    assert.deepEqual(values('عند الساعة 8:30 م بدأ'), ['T20:30']);
    assert.deepEqual(values('عند الساعة ٨:٣٠ م بدأ'), ['T20:30']);
    assert.deepEqual(values('في الساعة الثالثة عصرا بدأ'), ['T15:00']);
    assert.deepEqual(values('في الساعة العاشرة وربع صباحا بدأ'), ['T10:15']);
    assert.deepEqual(values('في الساعة 12 إلا ربعا ظهرا بدأ'), ['T11:45']);
    assert.deepEqual(values('عند الساعة 8 بتوقيت غرينتش'), ['T08:00Z']);
  });

  test('impossible dates are dates, with a finding and no value', () => {
    for (const paragraph of ['تأجل إلى 31 شباط المقبل', 'في 31/04/2020 حدث ذلك', 'في 29 شباط 2017 حدث ذلك']) {
      const a = analyse(paragraph);
      assert.equal(a.dates.length, 1, paragraph);
      assert.equal(a.dates[0].value, null);
      assert.deepEqual(a.findings.map((f) => f.rule), ['date.impossible'], paragraph);
    }
    assert.equal(analyse('في 29 شباط 2016 حدث ذلك').findings.length, 0, '2016 is a leap year');
  });
});

const DATED = 'عنوان الخبر هنا\nالسبت 01/يوليو/2017\n';

suite('dates: relative expressions', () => {
  test('resolved against the dateline', () => {
    const analysis = analyzeArticle(`${DATED}وتقدمت القوات مساء أمس الجمعة، وأعلنت اليوم السيطرة، وكانت قد بدأت الهجوم قبل يومين.`, defaultOptions());
    assert.deepEqual(
      analysis.dates.slice(1).map((d) => [d.text, d.value, d.resolution?.anchor, d.resolution?.offsetDays, d.weekday]),
      [
        ['مساء أمس الجمعة', '2017-06-30', 'dateline', -1, 5],
        ['اليوم', '2017-07-01', 'dateline', 0, null],
        ['قبل يومين', '2017-06-29', 'dateline', -2, null],
      ],
    );
  });

  const cases: Array<[string, string, string]> = [
    ['وقال أول أمس إن', 'أول أمس', '2017-06-29'],
    ['وقال البارحة إن', 'البارحة', '2017-06-30'],
    ['وسيصل غدا الوفد', 'غدا', '2017-07-02'],
    ['وسيصل بعد غد الوفد', 'بعد غد', '2017-07-03'],
    ['وأعلنت الوزارة الخميس أن', 'الخميس', '2017-06-29'],
    ['وأعلنت الوزارة السبت أن', 'السبت', '2017-07-01'],
    ['وأعلنت الوزارة السبت الماضي أن', 'السبت الماضي', '2017-06-24'],
    ['وتصل البعثة الخميس المقبل', 'الخميس المقبل', '2017-07-06'],
    ['استسلموا ليل الجمعة إلى', 'ليل الجمعة', '2017-06-30'],
    ['وقعت الحادثة قبل أسبوع', 'قبل أسبوع', '2017-06-24'],
    ['أعلن قيام دولته قبل ثلاثة أعوام', 'قبل ثلاثة أعوام', '2014'],
    ['فجره الأسبوع الماضي', 'الأسبوع الماضي', '2017-W25'],
    ['كما في العام الماضي', 'العام الماضي', '2016'],
    ['في الشهر المقبل', 'الشهر المقبل', '2017-08'],
    ['منذ مطلع العام', 'مطلع العام', '2017'],
    ['خسره في 12 حزيران (يونيو)بأهمية', '12 حزيران (يونيو)', '2017-06-12'],
    ['يبدأ بعد عيد الفطر بقليل', 'عيد الفطر', '2017-06-25'],
  ];
  for (const [paragraph, text, value] of cases) {
    test(`${text} → ${value}`, () => {
      const found = analyzeArticle(`${DATED}${paragraph}`, defaultOptions()).dates.slice(1);
      assert.deepEqual(found.map((d) => [d.text, d.value]), [[text, value]]);
    });
  }

  test('an interval of days counted back from the dateline', () => {
    const [d] = analyzeArticle(`${DATED}خلال الأيام الثلاثة الماضية قتل`, defaultOptions()).dates.slice(1);
    assert.deepEqual([d.text, d.value, d.until], ['الأيام الثلاثة الماضية', '2017-06-28', '2017-06-30']);
  });

  test('resolved against the reference date when there is no dateline, and said so', () => {
    const [d] = dates('وقال أمس إن', '2013-02-12');
    assert.equal(d.value, '2013-02-11');
    assert.deepEqual(d.resolution, { anchor: 'reference', anchorValue: '2013-02-12', offsetDays: -1 });
  });

  test('left unresolved when neither exists', () => {
    const [d] = dates('وقال أمس إن');
    assert.deepEqual([d.value, d.relative, d.resolution], [null, true, null]);
  });

  test('the dateline wins over the reference date', () => {
    const d = analyzeArticle(`${DATED}وقال أمس إن`, { ...defaultOptions(), referenceDate: '2013-02-12' }).dates[1];
    assert.equal(d.value, '2017-06-30');
    assert.equal(d.resolution?.anchor, 'dateline');
  });

  test('relative dates in page chrome (a ticker) are not dated by the article', () => {
    const text = 'أحدث الأخبار\n  • 08:06 . زيادة جديدة في أسعار الوقود لشهر مايو... المزيد\n  • 07:26 . خبر آخر عن الاقتصاد... المزيد\nعنوان الخبر هنا\nتاريخ الخبر: 14-10-2017\nوقال الوزير أمس إن البرنامج بدأ.';
    const may = analyzeArticle(text, defaultOptions()).dates.find((d) => d.text === 'مايو');
    assert.equal(may?.value, '--05');
  });

  test('اليوم الذي and اليوم الرابع are not "today"', () => {
    assert.deepEqual(dates('بعد مرور ثلاثة أعوام على اليوم الذي أعلن فيه، وفي اليوم الرابع للمعرض').map((d) => d.text), []);
  });
});

suite('dates: checks', () => {
  test('a weekday that does not match a relative day, with the right one offered', () => {
    const text = `${DATED}وجاء الانسحاب بعد تقدم القوات مساء أمس الخميس على جبهتين.`;
    const a = analyzeArticle(text, defaultOptions());
    const [f] = a.findings.filter((x) => x.rule === 'date.weekday-mismatch');
    assert.equal(text.slice(f.start, f.end), 'الخميس');
    assert.equal(f.message, "The article's dateline is Saturday 2017-07-01, so this day is Friday 2017-06-30, not Thursday.");
    assert.deepEqual(f.fixes.map((x) => [x.title, x.safe, x.edits[0].newText]), [['Change the weekday to Friday', false, 'الجمعة']]);
  });

  test('a weekday that does not match an absolute date', () => {
    const a = analyse('وصلت البعثة الأربعاء 14 آذار 2019 إلى دمشق.');
    assert.deepEqual(a.findings.map((f) => [f.rule, f.message]), [['date.weekday-mismatch', '2019-03-14 is a Thursday, not a Wednesday.']]);
  });

  test('no finding when the weekday matches, also in Arabic-Indic digits and with يوم', () => {
    assert.deepEqual(analyse('وصلت البعثة يوم الخميس ١٤ آذار ٢٠١٩ إلى دمشق.').findings, []);
    assert.deepEqual(analyzeArticle(`${DATED}وتقدمت القوات مساء أمس الجمعة.`, defaultOptions()).findings, []);
  });

  test('a Hijri date one day off its weekday is a matter of sighting, not an error', () => {
    assert.deepEqual(analyse('في جلسته يوم الجمعة ١٥ ربيع الأول ١٤٤٥ هـ').findings, []);
    assert.equal(analyse('في جلسته يوم الاثنين ١٥ ربيع الأول ١٤٤٥ هـ').findings[0]?.rule, 'date.weekday-mismatch');
  });

  test('the nth-weekday reading wins when only it fits the weekday (الثلاثاء الثالث من أيلول 2014)', () => {
    const a = analyse('في الثلاثاء الثالث من أيلول 2014 اجتمع');
    assert.deepEqual([a.dates[0].value, a.findings.length], ['2014-09-16', 0]);
  });

  test('two forms of one date that disagree', () => {
    assert.deepEqual(analyse('في شهر حزيران (تموز) الماضي').findings.map((f) => [f.rule, f.message]), [['date.pair-mismatch', 'The two month names disagree: June and July.']]);
    const hijri = analyse('يصادف 1 شوال 1444 هـ الموافق 25 نيسان 2023.').findings;
    assert.deepEqual(hijri.map((f) => f.rule), ['date.pair-mismatch']);
    assert.deepEqual(analyse('يصادف 1 شوال 1444 هـ الموافق 21 نيسان 2023.').findings, []);
  });

  test('messages in Arabic', () => {
    const a = analyzeArticle(`${DATED}مساء أمس الخميس`, defaultOptions('ar'));
    assert.equal(a.findings[0].message, 'تاريخ المقال هو السبت 2017-07-01، فهذا اليوم هو الجمعة 2017-06-30 لا الخميس.');
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

  test('Easter and the length of Hijri months', () => {
    assert.deepEqual(easter(2013), { year: 2013, month: 3, day: 31 });
    assert.deepEqual(easter(2024), { year: 2024, month: 3, day: 31 });
    assert.equal(hijriMonthLength(1440, 9), 29);
  });
});
