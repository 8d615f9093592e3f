/** Boilerplate beyond the first patterns: more page furniture, real content that must stay, and the house's own list. */
import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { Analyzer, analyzeArticle, defaultOptions, fixAll, literalPattern, parseOptions, type AnalysisOptions } from '../../server/src/analysis';

const P1 = 'أعلن الدفاع المدني اليوم أن السيول غمرت 23 قرية وبلدة في ريف المحافظة الشمالي وأجبرت مئات العائلات على مغادرة منازلها.';
const P2 = 'وقال مدير الدفاع المدني إن فرق الإنقاذ أجلت مئات العائلات من المناطق المنخفضة خلال ساعات الليل بعد ارتفاع منسوب المياه.';

/** The boilerplate messages for `line` standing between two paragraphs of an article. */
function flagged(line: string, options: AnalysisOptions = defaultOptions()): string[] {
  const text = `عنوان الخبر هنا\n${P1}\n${line}\n${P2}\n`;
  return analyzeArticle(text, options)
    .findings.filter((f) => f.rule === 'boilerplate.line')
    .map((f) => `${text.slice(f.start, f.end)} → ${f.message}`);
}

suite('boilerplate.line: more page furniture', () => {
  const cases: Array<[string, string]> = [
    ['تابعونا على تويتر', 'share or subscribe prompt'],
    ['انضموا إلى قناتنا على تلغرام', 'share or subscribe prompt'],
    ['تابع آخر الأخبار عبر حسابنا على إنستغرام', 'share or subscribe prompt'],
    ['شارك الخبر عبر واتساب', 'share or subscribe prompt'],
    ['حمّل تطبيق الخبر الآن', 'share or subscribe prompt'],
    ['إقرأ أيضاً: الذهب يرتفع', '"read also" link'],
    ['اقرئي أيضا: أزياء الصيف', '"read also" link'],
    ['...المزيد', '"read also" link'],
    ['التعليقات (3)', 'comment prompt'],
    ['للتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (5) ثم مسافة ثم نص الرسالة', 'comment prompt'],
    ['© 2024 جميع الحقوق محفوظة', 'copyright notice'],
    ['Next Previous', 'navigation link'],
    ['الرئيسية > أخبار > محليات', 'navigation link'],
    ['// انتهى //', 'wire-copy marker (end / more follows)'],
    ['// يتبع //', 'wire-copy marker (end / more follows)'],
  ];
  for (const [line, kind] of cases) {
    test(`${kind}: ${line}`, () => {
      assert.deepEqual(flagged(line), [`${line} → Web boilerplate: ${kind}.`]);
    });
  }
});

suite('boilerplate.line: real content stays', () => {
  const content = [
    'شارك الوزير في افتتاح المعرض الجديد',
    'انضم اللاعب إلى النادي الأهلي',
    'تابع الوزير جولته على قناة السويس',
    'شارك في الخبر عدد من المراسلين.',
    'تابعوا التفاصيل في تقريرنا المقبل',
    '"لن نتراجع"',
    'دمشق - نور خالد',
    'الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس',
    'انتهى',
    'حفظ الله خادم الحرمين الشريفين',
  ];
  for (const line of content) {
    test(line, () => assert.deepEqual(flagged(line), []));
  }

  test('a section label above the article is furniture; the same word between paragraphs is a subheading', () => {
    const top = `اقتصاد\nعنوان الخبر هنا\n${P1}\n${P2}\n`;
    assert.deepEqual(analyzeArticle(top, defaultOptions()).findings.map((f) => f.rule), ['boilerplate.line']);
    assert.deepEqual(flagged('اقتصاد'), []);
  });
});

suite("the house's boilerplate list", () => {
  const withList = (patterns: string[], file?: string): AnalysisOptions => parseOptions({ boilerplatePatterns: patterns }, 'en', { boilerplatePatterns: file }).options;

  test('a whole line matches with spelling, diacritics and punctuation unified', () => {
    const options = withList(['تابعونا على سناب شات']);
    assert.deepEqual(flagged('تابِعونا على سناب-شات!', options), ['تابِعونا على سناب-شات! → Web boilerplate: line on the house boilerplate list.']);
    assert.deepEqual(flagged('تابعونا على سناب شات يوميا', options).length, 1, 'the built-in share prompt still applies');
    assert.deepEqual(flagged('وحدة الرصد', withList(['وحدة الرصد والمتابعة'])), [], 'a part of the line is not the line');
  });

  test('a pattern ending in * (or … or ...) matches lines that start with it', () => {
    for (const pattern of ['للاشتراك في الخدمة *', 'للاشتراك في الخدمة…', 'للاشتراك في الخدمة ...']) {
      assert.equal(flagged('للإشتراك في الخدمة أرسل كلمة خبر إلى 8080', withList([pattern])).length, 1, pattern);
    }
    assert.equal(flagged('للاشتراكات الشهرية', withList(['للاشتراك *'])).length, 0, 'whole words only');
  });

  test('a /regular expression/ is tested on the folded line, its Arabic folded too', () => {
    assert.equal(flagged('حقوق النشر لصحيفة الوطن 2015', withList(['/^حقوق النشر .* \\d{4}$/'])).length, 1);
    assert.equal(flagged('مُراسِلة الخبر: سلوى', withList(['/^مراسلة الخبر:/'])).length, 1);
  });

  test('the workspace file adds its lines: comments, blank lines and escapes', () => {
    const file = '# Khabar list\n\nتابعونا على سناب شات\n\\# وسم الأسبوع\r\n';
    const options = withList([], file);
    assert.deepEqual(options.boilerplatePatterns, ['تابعونا على سناب شات', '\\# وسم الأسبوع']);
    assert.equal(flagged('# وسم الأسبوع', options).length, 1);
  });

  test('bad patterns are problems naming where they are, never exceptions', () => {
    const { options, problems } = parseOptions({ boilerplatePatterns: ['/(/', 'سطر صالح'] }, 'en', { boilerplatePatterns: 'سطر\n/[/' });
    assert.deepEqual(options.boilerplatePatterns, ['سطر صالح', 'سطر']);
    assert.equal(problems.length, 2);
    assert.match(problems[0], /^khabar\.boilerplatePatterns: the boilerplate pattern "\/\(\/" cannot be used/);
    assert.match(problems[1], /^\.khabar\/boilerplate\.patterns:2: /);
    assert.equal(parseOptions({ boilerplatePatterns: 'not a list' }).problems.length, 1);
  });

  test('a line added with literalPattern matches that line and fix-all removes it', () => {
    const line = '#وسم_الأسبوع: خبر';
    assert.equal(literalPattern(line), '\\#وسم_الأسبوع: خبر');
    const text = `عنوان الخبر هنا\n${P1}\n${line}\n${P2}\n`;
    assert.equal(fixAll(new Analyzer(), text, withList([literalPattern(line)])).text, `عنوان الخبر هنا\n${P1}\n${P2}\n`);
  });
});
