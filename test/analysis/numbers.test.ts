import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { analyzeArticle, defaultOptions, type NumberMention } from '../../server/src/analysis';

function numbers(paragraph: string): readonly NumberMention[] {
  return analyzeArticle(`عنوان الخبر هنا\n${paragraph}`, defaultOptions()).numbers;
}

/** text|value or min..max|unit|~|bound|% — the way the figure reads to an editor. */
function summary(n: NumberMention): string {
  const value = n.value !== null ? String(n.value) : `${n.min}..${n.max}`;
  return [n.text, value, n.unit ?? '-', n.approximate ? '~' : '', n.bound ?? '', n.percent ? '%' : ''].join('|');
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const indic = (s: string): string => s.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)]).replace(/(?<=[٠-٩]),(?=[٠-٩])/g, '٬').replace(/(?<=[٠-٩])\.(?=[٠-٩])/g, '٫');

function one(paragraph: string): NumberMention {
  const found = numbers(paragraph);
  assert.equal(found.length, 1, JSON.stringify(found));
  return found[0];
}

function check(cases: ReadonlyArray<readonly [string, string]>, bothDigitSystems = false): void {
  for (const [paragraph, expected] of cases) {
    test(expected.split('|')[0], () => {
      assert.equal(summary(one(paragraph)), expected);
      if (bothDigitSystems && /\d/.test(paragraph)) {
        const n = one(indic(paragraph));
        assert.equal(`${n.value ?? `${n.min}..${n.max}`}|${n.unit ?? '-'}`, expected.split('|').slice(1, 3).join('|'), `in Arabic-Indic digits: ${indic(paragraph)}`);
      }
    });
  }
}

suite('numbers: digits and separators, in both digit systems', () => {
  check(
    [
      ['انسحب من 17 قرية وبلدة', '17 قرية|17|قرية|||'],
      ['عددهم 1,500 شخص', '1,500 شخص|1500|شخص|||'],
      ['بلغت 45.5% من', '45.5%|45.5|-|||%'],
      ['وصل إلى 350 مليون ريال', '350 مليون ريال|350000000|ريال|||'],
      ['بلغت الميزانية 2.4 مليار ريال', '2.4 مليار ريال|2400000000|ريال|||'],
      ['ارتفعت إلى 60 % من', '60 %|60|-|||%'],
      ['ارتفعت إلى %60 من', '%60|60|-|||%'],
      ['نزح 67 ألف شخص', '67 ألف شخص|67000|شخص|||'],
      ['بحوالي 1.5 مليون دينار', 'حوالي 1.5 مليون دينار|1500000|دينار|~||'],
      ['خصصت 3 مليارات دولار', '3 مليارات دولار|3000000000|دولار|||'],
      ['خصصت 10 آلاف درهم', '10 آلاف درهم|10000|درهم|||'],
      ['خسر 2 مليون و500 ألف دولار', '2 مليون و500 ألف دولار|2500000|دولار|||'],
      ['انخفضت الحرارة إلى -2 درجة', '-2 درجة|-2|درجة|||'],
    ],
    true,
  );

  test('Persian digits and the Arabic thousands and decimal separators', () => {
    assert.equal(summary(one('اعتقل ۱۲۵ شخصا')), '۱۲۵ شخصا|125|شخص|||');
    assert.equal(summary(one('بلغ ١٬٢٠٠٬٠٠٠ دولار')), '١٬٢٠٠٬٠٠٠ دولار|1200000|دولار|||');
    assert.equal(summary(one('بنسبة ٤٥٫٥٪ من')), '٤٥٫٥٪|45.5|-|||%');
  });

  test('a fraction in digits', () => {
    assert.equal(summary(one('أضف 3/4 كوب')), '3/4 كوب|0.75|كوب|||');
  });

  test('digits that are part of a name are not figures', () => {
    assert.deepEqual(numbers('طائرات F16 ولقاحات كوفيد19'), []);
  });
});

suite('numbers: words', () => {
  check([
    ['نفدت ثلاث روايات', 'ثلاث روايات|3|روايات|||'],
    ['بعد ثلاثة أعوام', 'ثلاثة أعوام|3|عام|||'],
    ['حضر عشرون متطوعا', 'عشرون متطوعا|20|متطوع|||'],
    ['حضر عشرين متطوعا', 'عشرين متطوعا|20|متطوع|||'],
    ['قتل خمسة وعشرون شخصا', 'خمسة وعشرون شخصا|25|شخص|||'],
    ['بلغ عددهم مئتان وخمسون', 'مئتان وخمسون|250|-|||'],
    ['وصل ثلاثمائة مقاتل', 'ثلاثمائة مقاتل|300|مقاتل|||'],
    ['وصل ثلاثمئة مقاتل', 'ثلاثمئة مقاتل|300|مقاتل|||'],
    ['وصل ثلاث مئة مقاتل', 'ثلاث مئة مقاتل|300|مقاتل|||'],
    ['بينهم خمسة آلاف جهادي', 'خمسة آلاف جهادي|5000|جهادي|||'],
    ['حضر ألف شخص', 'ألف شخص|1000|شخص|||'],
    ['حضر ألفين شخص', 'ألفين شخص|2000|شخص|||'],
    ['خصص مليون دولار', 'مليون دولار|1000000|دولار|||'],
    ['خصص ثلاثة ملايين دولار', 'ثلاثة ملايين دولار|3000000|دولار|||'],
    ['خصص أربعة مليارات دولار', 'أربعة مليارات دولار|4000000000|دولار|||'],
    ['خصص مليارين دولار', 'مليارين دولار|2000000000|دولار|||'],
    ['اعتقل اثني عشر شخصا', 'اثني عشر شخصا|12|شخص|||'],
    ['قتل إحدى عشرة امرأة', 'إحدى عشرة امرأة|11|امرأة|||'],
    ['يعيش فيها ثلاثة آلاف وخمسمائة نسمة', 'ثلاثة آلاف وخمسمائة نسمة|3500|نسمة|||'],
    ['بلغت الأضرار نصف مليون دولار', 'نصف مليون دولار|500000|دولار|||'],
    ['بلغت الأضرار مليون ونصف دولار', 'مليون ونصف دولار|1500000|دولار|||'],
    ['دمر نحو ربع المنازل', 'نحو ربع المنازل|0.25|المنازل|~||'],
    ['يسكن فيها ثلث السكان', 'ثلث السكان|0.3333333333333333|السكان|||'],
    ['انتظرنا ساعتين ونصف', 'ساعتين ونصف|2.5|ساعة|||'],
    ['استمر شهرين', 'شهرين|2|شهر|||'],
  ]);

  test('ordinals: الأول، الرابع، الحادي عشر، الخامس والعشرين', () => {
    const found = numbers('الفصل الأول والباب الرابع والدورة الحادية عشرة والقرن الخامس والعشرين');
    assert.deepEqual(found.map((n) => [n.text, n.value, n.ordinal]), [
      ['الأول', 1, true],
      ['الرابع', 4, true],
      ['الحادية عشرة', 11, true],
      ['الخامس والعشرين', 25, true],
    ]);
  });

  test('counts after a definite noun', () => {
    assert.equal(summary(one('خلال الساعات الأربع والعشرين')), 'الساعات الأربع والعشرين|24|ساعة|||');
  });

  test('words that only look like numbers are not figures', () => {
    assert.deepEqual(numbers('لست متأكدا من ذلك، وبلغ الفريق نصف نهائي البطولة، وفي آن واحد').map((n) => n.text), []);
  });
});

suite('numbers: percentages', () => {
  check([
    ['ارتفعت 60 % عن', '60 %|60|-|||%'],
    ['ارتفعت 60٪ عن', '60٪|60|-|||%'],
    ['ذهب 25 في المائة إلى', '25 في المائة|25|-|||%'],
    ['ذهب 25 في المئة إلى', '25 في المئة|25|-|||%'],
    ['ذهب 25 بالمئة إلى', '25 بالمئة|25|-|||%'],
    ['خسر بنسبة مائة في المائة', 'مائة في المائة|100|-|||%'],
    ['طرد من نحو تسعين في المئة من المدينة', 'نحو تسعين في المئة|90|-|~||%'],
    ['بنحو تسعين في المئة', 'نحو تسعين في المئة|90|-|~||%'],
  ]);
});

suite('numbers: ranges', () => {
  check(
    [
      ['بقي بين 200 و300 مقاتل', 'بين 200 و300 مقاتل|200..300|مقاتل|||'],
      ['بقي بين 200 إلى 300 مقاتل', 'بين 200 إلى 300 مقاتل|200..300|مقاتل|||'],
      ['ارتفع من 10 إلى 20 دولار', 'من 10 إلى 20 دولار|10..20|دولار|||'],
      ['يدفع 10-20 دولار', '10-20 دولار|10..20|دولار|||'],
      ['يتراوح بين 80 و95 ألف طن', 'بين 80 و95 ألف طن|80000..95000|طن|||'],
      ['يتراوح ما بين عشرة وعشرين دولارا', 'ما بين عشرة وعشرين دولارا|10..20|دولار|||'],
      ['يستغرق ثلاثة أو أربعة أيام', 'ثلاثة أو أربعة أيام|3..4|يوم|||'],
    ],
    true,
  );

  test('a score is not a range', () => {
    assert.deepEqual(numbers('فاز الفريق 3-1 على ضيفه').map((n) => n.value), [3, 1]);
  });
});

suite('numbers: approximation and bounds are kept', () => {
  check(
    [
      ['استسلم نحو مئة إرهابي', 'نحو مئة إرهابي|100|إرهابي|~||'],
      ['حضر حوالي 500 شخص', 'حوالي 500 شخص|500|شخص|~||'],
      ['حوصر قرابة ثمانية آلاف شخص', 'قرابة ثمانية آلاف شخص|8000|شخص|~||'],
      ['حضر زهاء 300 ناشر', 'زهاء 300 ناشر|300|ناشر|~||'],
      ['بلغت ما يقارب 1.5 مليون دينار', 'ما يقارب 1.5 مليون دينار|1500000|دينار|~||'],
      ['استمر 6 أشهر تقريبا', '6 أشهر تقريبا|6|شهر|~||'],
      ['نزح أكثر من 67 ألف شخص', 'أكثر من 67 ألف شخص|67000|شخص||more-than|'],
      ['بعد أقل من عام', 'أقل من عام|1|عام||less-than|'],
      ['خسروا بما لا يقل عن 45 مليون دولار', 'ما لا يقل عن 45 مليون دولار|45000000|دولار||at-least|'],
      ['سيطر على ستة مواقع على الأقل', 'ستة مواقع على الأقل|6|مواقع||at-least|'],
      ['قدر عددهم بـ150 عنصراً كحد أقصى', '150 عنصراً كحد أقصى|150|عنصر||at-most|'],
      ['إنتاج لن يتجاوز 45 ألف طن', 'لن يتجاوز 45 ألف طن|45000|طن||at-most|'],
      ['ارتفعت قرابة درجتين', 'قرابة درجتين|2|درجة|~||'],
    ],
    true,
  );
});

suite('numbers: what is counted', () => {
  test('the noun after the figure, singular where the text says so', () => {
    assert.equal(one('قتل 750 مقاتلا').unit, 'مقاتل');
    assert.equal(one('تسلل نحو اربعين جهادياً').unit, 'جهادي');
    assert.equal(one('انسحب من 17 قرية وبلدة').unit, 'قرية');
  });

  test('money, durations and measures have a canonical unit', () => {
    const measure = (p: string): string => {
      const n = one(p);
      return `${n.unit}:${n.measure?.kind}:${n.measure?.unit}:${n.value}`;
    };
    assert.equal(measure('خصصت 5 ملايين دولار'), 'دولار:money:USD:5000000');
    assert.equal(measure('ثمنه 20 ريالا سعوديا'), 'ريال:money:SAR:20');
    assert.equal(measure('غرم 7500 فرنك سويسري'), 'فرنك:money:CHF:7500');
    assert.equal(measure('بلغت 300 مليون روبية هندية'), 'روبية:money:INR:300000000');
    assert.equal(measure('بسعر 12 كرونة سويدية'), 'كرونة:money:SEK:12');
    assert.equal(measure('ثمنه 20 ريال سعودي'), 'ريال:money:SAR:20');
    assert.equal(measure('ثمنه 300 درهم'), 'درهم:money:dirham:300');
    assert.equal(measure('ثمنه 5000 ليرة لبنانية'), 'ليرة:money:LBP:5000');
    assert.equal(measure('ثمنه 20 يورو'), 'يورو:money:EUR:20');
    assert.equal(measure('ثمنه $10'), 'دولار:money:USD:10');
    assert.equal(measure('ثمنه 42 ج.م'), 'جنيه:money:EGP:42');
    assert.equal(measure('استمر ستة أشهر'), 'شهر:duration:month:6');
    assert.equal(measure('بعد أربعة أعوام'), 'عام:duration:year:4');
    assert.equal(measure('زرعت 1,200 هكتار'), 'هكتار:area:ha:1200');
    assert.equal(measure('صدرت 170 ألف طن'), 'طن:mass:t:170000');
    assert.equal(measure('سار 12 كيلومترا'), 'كيلومتر:length:km:12');
    assert.equal(measure('أنتج مليون برميل'), 'برميل:volume:barrel:1000000');
  });

  test('dollars and cents make one sum', () => {
    assert.equal(one('ثمنه 20 دولار و43 سنت').value, 20.43);
  });
});

suite('numbers: vague quantities, bounded but claiming no figure', () => {
  check([
    ['قتل عشرات المدنيين في القصف', 'عشرات المدنيين|20..99|المدنيين|||'],
    ['وأصيب مئات آخرون', 'مئات|200..999|-|||'],
    ['وفر عشرات الآلاف من السكان', 'عشرات الآلاف من السكان|20000..99999|السكان|||'],
    ['ونزح بضعة آلاف', 'بضعة آلاف|3000..9000|-|||'],
    ['بعد بضعة أيام من القصف', 'بضعة أيام|3..9|يوم|||'],
    ['وخسرت الشركة ملايين الدولارات', 'ملايين الدولارات|2000000..9999999|دولار|||'],
    ['وشارك نحو مئات الأشخاص', 'نحو مئات الأشخاص|200..999|الأشخاص|~||'],
    ['وتنظر في المليارات المفرج عنها', 'المليارات|2000000000..9999999999|-|||'],
    ['وصلت الملايين من الناس', 'الملايين من الناس|2000000..9999999|الناس|||'],
  ]);

  test('a vague quantity is marked, has no value, and is never the same figure as another', () => {
    const found = numbers('قتل عشرات المدنيين، وأصيب عشرات آخرون، وقتل 17 آخرين.');
    assert.deepEqual(found.map((n) => [n.text, n.vague, n.value, n.unit]), [
      ['عشرات المدنيين', true, null, 'المدنيين'],
      ['عشرات', true, null, null],
      ['17', false, 17, null],
    ]);
  });
});

suite('numbers and dates', () => {
  test('the figures of a date are part of the date, not claims', () => {
    assert.deepEqual(numbers('في 30/6/2017 و العام 2014 قتل 5 أشخاص').map((n) => n.text), ['5 أشخاص']);
  });
});

suite('numbers: one digit system per article', () => {
  test('a figure in a minority digit system is flagged, with a fix to the main system', () => {
    const text = 'عنوان الخبر هنا\nقتل 5 أشخاص وأصيب 12 آخرون في 3 قرى، وبلغت الخسائر ٤٥٫٥ مليون دولار.';
    const a = analyzeArticle(text, defaultOptions());
    const found = a.findings.filter((f) => f.rule === 'number.mixed-digits');
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), '٤٥٫٥ مليون دولار');
    assert.equal(found[0].severity, 'hint');
    assert.deepEqual(found[0].fixes.map((f) => [f.safe, f.edits[0].newText]), [[false, '45.5 مليون دولار']]);
  });

  test('a tie, or one system throughout, says nothing', () => {
    assert.deepEqual(analyzeArticle('عنوان الخبر هنا\nقتل 5 أشخاص وأصيب ١٢ آخرون.', defaultOptions()).findings, []);
    assert.deepEqual(analyzeArticle('عنوان الخبر هنا\nقتل ٥ أشخاص وأصيب ١٢ آخرون في ٣ قرى.', defaultOptions()).findings, []);
  });
});
