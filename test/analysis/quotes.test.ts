/**
 * Quotations and their speakers: the marks news text uses, reporting verbs before and
 * after the quotation, source phrases, a speaker before the verb, a speaker carried on by
 * وأضاف or مضيفا, and quoted names and terms that are not quotations.
 */
import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { analyzeArticle, defaultOptions, hoverAt } from '../../server/src/analysis';

const HEAD = 'عنوان الخبر هنا\n';

/** Each quotation as "content | speaker" (a carried speaker marked ~, none as -). */
function quotes(body: string): string[] {
  const text = HEAD + body;
  return analyzeArticle(text, defaultOptions()).quotes.map((q) => {
    const speaker = q.speaker ? `${q.speaker.inferred ? '~' : ''}${q.speaker.text}` : '-';
    return `${text.slice(q.content.start, q.content.end)} | ${speaker}`;
  });
}

suite('quotations', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a verb, a title and a name, إن', 'وقال مدير المرصد رامي عبد الرحمن إن "انسحب تنظيم داعش من 17 قرية وبلدة".', ['انسحب تنظيم داعش من 17 قرية وبلدة | مدير المرصد رامي عبد الرحمن']],
    ['guillemets and a colon', 'وقالت المتحدثة باسم الوزارة: «لن نسمح بتكرار ما حدث».', ['لن نسمح بتكرار ما حدث | المتحدثة باسم الوزارة']],
    ['the same curly mark opens and closes', 'وذكر المرصد الذي يتخذ من بريطانيا مقرا له:” داعش ينسحب من 17 مدينة وقرية.”', ['داعش ينسحب من 17 مدينة وقرية. | المرصد']],
    ['doubled single marks', 'وأكد الوزير أن ‘‘الحكومة ماضية في خطتها حتى النهاية‘‘.', ['الحكومة ماضية في خطتها حتى النهاية | الوزير']],
    ['the medium and the moment are not the speaker', 'وقال التحالف الدولي لوكالة الأنباء الفرنسية عبر البريد الإلكتروني "استسلم نحو مئة مقاتل في الرقة".', ['استسلم نحو مئة مقاتل في الرقة | التحالف الدولي']],
    ['a title holding في is kept whole', 'وقال مدير الدفاع المدني في المحافظة سامر الخطيب في بيان إن "المياه ما زالت ترتفع في الوديان".', ['المياه ما زالت ترتفع في الوديان | مدير الدفاع المدني في المحافظة سامر الخطيب']],
    ['a quoted name after the verb is the speaker, not a quotation', 'وقال "الأسدي"، في مقابلة مع "فرانس برس"، إن "المتبقي من عناصر داعش بين 200 و300 مقاتل".', ['المتبقي من عناصر داعش بين 200 و300 مقاتل | الأسدي']],
    ['أبان, a verb of saying that is also a name', 'وأبان الغامدي أن "التسجيل الإلكتروني متاح للجميع".', ['التسجيل الإلكتروني متاح للجميع | الغامدي']],
    ['a source phrase after the quotation', 'وتسيطر القوات على "كامل الطرق السريعة المؤدية إلى المدينة" بحسب المرصد السوري.', ['كامل الطرق السريعة المؤدية إلى المدينة | المرصد السوري']],
    ['نقلا عن names the source', 'وذكرت الوكالة، نقلا عن مصدر عسكري أن الجيش أحكم سيطرته "على كامل المنطقة الممتدة حتى البلدة".', ['على كامل المنطقة الممتدة حتى البلدة | مصدر عسكري']],
    ['a speaker before the verb', 'لكن مدير المرصد السوري رامي عبد الرحمن تحدث عن "مفاوضات لخروج المقاتلين الأجانب من المدينة".', ['مفاوضات لخروج المقاتلين الأجانب من المدينة | مدير المرصد السوري رامي عبد الرحمن']],
    ['كان fronts a subject with commas', 'وكان قائد القوات، الفريق عبد الغني الأسدي، قال، في وقت سابق، إن النصر سيعلن "في الأيام القليلة المقبلة".', ['في الأيام القليلة المقبلة | قائد القوات، الفريق عبد الغني الأسدي']],
    ['a participle carries the speaker of its sentence', 'وقال مدير الدفاع المدني سامر الخطيب إن فرق الإنقاذ أجلت 200 شخص، مضيفا أن "المياه ما زالت ترتفع".', ['المياه ما زالت ترتفع | ~مدير الدفاع المدني سامر الخطيب']],
    ['a verb after a relative pronoun is not an attribution', 'وأعلنت الخارجية أمس أن التقرير الذي أكد استخدام الغاز استند إلى "بيانات مشكوك في أمرها".', ['بيانات مشكوك في أمرها | الخارجية']],
    ['quoted names and terms are not quotations', 'وانسحب "داعش" من حلب، وفق "المرصد السوري"، وقالت وكالة "سانا" إن الجيش تقدم.', []],
    ['a participle does not reach into an earlier sentence', 'وقال الوزير إن الخطة جاهزة. ووصف النائب الهجوم بالجبان قائلا "إن هذا العمل لن يمر دون عقاب".', ['إن هذا العمل لن يمر دون عقاب | -']],
    ['a verb whose subject could not be read carries nobody on', 'وقال المصدر إن "الوضع مستقر في كل المدن والقرى".\nوقال عاصم شيخ رئيس خدمات ضرائب الشركات في منطقة الشرق الأوسط وشمال إفريقيا ومناطق أخرى كثيرة "أدت الإصلاحات إلى نمو الأرباح".', ['الوضع مستقر في كل المدن والقرى | المصدر', 'أدت الإصلاحات إلى نمو الأرباح | -']],
    ['a clause before a colon is not a speaker', 'ومضت إلى القول: "رؤسائي هم أعظم داعم لي في مسيرتي المهنية".', ['رؤسائي هم أعظم داعم لي في مسيرتي المهنية | -']],
    ['a long quotation without a named speaker', 'وجاء في البيان الختامي أن "المجتمعين اتفقوا على مواصلة التنسيق بين الجانبين".', ['المجتمعين اتفقوا على مواصلة التنسيق بين الجانبين | -']],
  ];
  for (const [name, body, expected] of cases) {
    test(name, () => assert.deepEqual(quotes(body), expected));
  }

  test('وأضاف carries the speaker of the paragraph before, if the verb agrees', () => {
    const body = 'وقال المصدر إن "وحدات من قواتنا المسلحة تستعيد السيطرة على المدينة".\nوأضاف أن القوات الحكومية "تطارد فلول التنظيم الهاربة من المدينة".\nوأضافت "نحن نواصل العمل في كل الأحياء".';
    assert.deepEqual(quotes(body), [
      'وحدات من قواتنا المسلحة تستعيد السيطرة على المدينة | المصدر',
      'تطارد فلول التنظيم الهاربة من المدينة | ~المصدر',
      'نحن نواصل العمل في كل الأحياء | -',
    ]);
  });

  test('a speaker is not carried into a new section', () => {
    const body = 'وقال المتحدث باسم الجيش في مؤتمر صحفي عقده ظهر اليوم إن "العمليات مستمرة في كل المحاور حتى تحرير المدينة بالكامل".\n\nهجوم من محورين\n\nوأضاف أن "القوات تتقدم من الشمال والجنوب في الوقت نفسه وبحذر شديد من الألغام".';
    assert.deepEqual(quotes(body).map((q) => q.split(' | ')[1]), ['المتحدث باسم الجيش', '-']);
  });

  test('quotations in boilerplate are not the article\'s', () => {
    const text = `أحدث الأخبار\n  • 10:50 . "إذا ماتت فلسطين ماتت الإنسانية".. رئيس كولومبيا يقطع العلاقات... المزيد\n\n${HEAD}وقال الوزير إن "الحكومة ماضية في خطتها حتى النهاية".`;
    assert.equal(analyzeArticle(text, defaultOptions()).quotes.length, 1);
  });

  test('offsets: the span holds the marks, the content is inside them, the speaker is the source slice', () => {
    const text = `${HEAD}وقالت الوزيرة: «سنواصل العمل».`;
    const [q] = analyzeArticle(text, defaultOptions()).quotes;
    assert.equal(q.text, '«سنواصل العمل»');
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.equal(text.slice(q.content.start, q.content.end), 'سنواصل العمل');
    assert.equal(q.speaker && text.slice(q.speaker.start, q.speaker.end), 'الوزيرة');
    assert.equal(q.cue?.text, 'وقالت');
  });

  test('a hover on a quotation says who said it, in the editor\'s language', () => {
    const text = `${HEAD}وقال المصدر إن "وحدات من قواتنا المسلحة تستعيد السيطرة".\nوأضاف أن القوات "تطارد فلول التنظيم الهاربة من المدينة".`;
    const analysis = analyzeArticle(text, defaultOptions());
    const first = hoverAt(analysis, text, text.indexOf('وحدات'), 'en');
    assert.equal(first?.markdown, '**Quotation**\n\nSaid by: المصدر (وقال)');
    const carried = hoverAt(analysis, text, text.indexOf('تطارد'), 'ar');
    assert.equal(carried?.markdown, '**اقتباس**\n\nالقائل: المصدر\n\nذُكر من قبل؛ والفعل «وأضاف» يعود إليه');
    const figure = hoverAt(analyzeArticle(`${HEAD}وقال الوزير إن "الحكومة خصصت 30 مليون دولار لإعادة الإعمار".`, defaultOptions()), `${HEAD}وقال الوزير إن "الحكومة خصصت 30 مليون دولار لإعادة الإعمار".`, HEAD.length + 30, 'en');
    assert.match(figure?.markdown ?? '', /Figure/, 'a figure inside a quotation explains the figure');
  });
});
