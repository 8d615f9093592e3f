import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { Analyzer, analyzeArticle, defaultOptions } from '../../server/src/analysis';

function kinds(text: string): string {
  return analyzeArticle(text, defaultOptions()).paragraphs.map((p) => `${p.line + 1}:${p.kind}`).join(' ');
}

const BODY = 'وقال المتحدث باسم الوزارة في مؤتمر صحفي عقده ظهر اليوم إن فرق الطوارئ ما زالت تعمل في المناطق المتضررة، وإن الأولوية لإجلاء العائلات.';

suite('structure', () => {
  test('headline, dateline and body', () => {
    assert.equal(kinds(`عنوان الخبر هنا\nالجمعة 30/يونيو/2017 - 02:53 م\n${BODY}`), '1:headline 2:dateline 3:body');
  });

  test('a date line above the headline is page chrome when the article has its own dateline', () => {
    const text = `السبت 04 أيار 2024\nLOGO\n\nعنوان الخبر هنا\n\n2017-07-01 08:31:47 AM\n${BODY}`;
    assert.equal(kinds(text), '1:boilerplate 2:boilerplate 4:headline 6:dateline 7:body');
    assert.equal(analyzeArticle(text, defaultOptions()).dateline?.value, '2017-07-01T08:31:47');
  });

  test('a lone date line above the headline is the dateline', () => {
    const text = `الجمعة 30/يونيو/2017\nعنوان الخبر هنا\n${BODY}`;
    assert.equal(analyzeArticle(text, defaultOptions()).dateline?.value, '2017-06-30');
  });

  test('a byline is not promoted to headline; an article without a headline says so', () => {
    const text = `دمشق - نور خالد\n${BODY}\n${BODY.replace('الوزارة', 'الهيئة')}`;
    const analysis = analyzeArticle(text, defaultOptions());
    assert.equal(kinds(text), '1:byline 2:body 3:body');
    assert.equal(analysis.outline[0].kind, 'headline');
    assert.equal(analysis.outline[0].name, 'No headline');
    assert.equal(analysis.outline[0].end, 0);
  });

  test('labelled datelines and agency bylines', () => {
    const text = `عنوان التقرير الطويل هنا\n\nوكالات – نشرة الصباح\nتاريخ الخبر: 14-10-2017\n\n${BODY}`;
    assert.equal(kinds(text), '1:headline 3:byline 4:dateline 6:body');
    assert.equal(analyzeArticle(text, defaultOptions()).dateline?.value, '2017-10-14');
  });

  test('subheadings between paragraphs become sections holding their paragraphs', () => {
    const text = `عنوان التقرير هنا\n\n${BODY}\n\nهجوم من محورين\n\n${BODY.replace('الوزارة', 'الجيش')}\n\n${BODY.replace('الوزارة', 'الشرطة')}`;
    const analysis = analyzeArticle(text, defaultOptions());
    const section = analysis.outline.find((n) => n.kind === 'section');
    assert.ok(section);
    assert.equal(section.name, 'هجوم من محورين');
    assert.equal(section.children.length, 2);
    assert.ok(section.end > section.children[1].start, 'the section range encloses its paragraphs');
  });

  test('a ticker is one boilerplate block in the outline', () => {
    const ticker = ['أحدث الأخبار', '  • 10:50 . خبر أول عن الطقس... المزيد', '  • 10:47 . خبر ثان عن الاقتصاد... المزيد'].join('\n');
    const analysis = analyzeArticle(`${ticker}\n\nعنوان الخبر هنا\n\n${BODY}`, defaultOptions());
    const blocks = analysis.outline.filter((n) => n.kind === 'boilerplate');
    assert.equal(blocks.length, 1);
    assert.equal(analysis.numbers.length, 0, 'ticker times are not figures of the article');
  });

  test('source lines: agency bylines, a place before a slash, a source line at the end', () => {
    const text = `عنوان الخبر هنا\nالقدس المحتلة/ الأناضول\n(رويترز)\n${BODY}\nالمصدر: وكالات`;
    assert.equal(kinds(text), '1:headline 2:byline 3:byline 4:body 5:byline');
    assert.equal(kinds(`محمود وهبي ـ جدة\n${BODY}`), '1:byline 2:body', 'a tatweel written as a dash');
  });

  test('a dateline may name the place before the date', () => {
    const text = `عنوان الخبر هنا\nدمشق - 14 أكتوبر 2017\n${BODY}`;
    assert.equal(kinds(text), '1:headline 2:dateline 3:body');
    assert.equal(analyzeArticle(text, defaultOptions()).dateline?.value, '2017-10-14');
  });

  test('a wire dateline: the place, the dates and the agency', () => {
    const text = `عنوان الخبر هنا\nالرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n${BODY}`;
    assert.equal(kinds(text), '1:headline 2:dateline 3:body');
    assert.equal(analyzeArticle(text, defaultOptions()).dateline?.value, '2015-08-10');
  });

  test('a publication line giving the Hijri and the Gregorian date (الموافق) is the dateline', () => {
    const text = `عنوان الخبر هنا\nنُشر في ١٤٤٥/٠٣/١٥ هـ الموافق ٣٠/٠٩/٢٠٢٣\n${BODY}`;
    assert.equal(kinds(text), '1:headline 2:dateline 3:body');
    assert.equal(analyzeArticle(text, defaultOptions()).dateline?.value, '2023-09-30');
  });

  test('a dateline opening the first paragraph dates the article; the paragraph stays body text', () => {
    const cases: [string, string, string][] = [
      ['القاهرة 5 يونيو 2017 (رويترز) - ', '2017-06-05', '5 يونيو 2017'],
      ['دمشق - 5 حزيران 2017: ', '2017-06-05', '5 حزيران 2017'],
      ['القاهرة في 5 يونيو 2017 /أ ش أ/ ', '2017-06-05', '5 يونيو 2017'],
      ['بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس ', '2015-08-10', '25 شوال 1436 هـ الموافق 10 اغسطس 2015 م'],
    ];
    for (const [lead, value, date] of cases) {
      const text = `عنوان الخبر هنا\n\n${lead}${BODY}`;
      const analysis = analyzeArticle(text, defaultOptions());
      assert.equal(kinds(text), '1:headline 3:body', lead);
      assert.equal(analysis.dateline?.value, value, lead);
      assert.equal(text.slice(analysis.dateline.start, analysis.dateline.end), date, lead);
      // «ظهر اليوم» in the body now has a day.
      assert.ok(analysis.dates.some((d) => d.relative && d.value?.startsWith(value)), lead);
    }
  });

  test('a date inside the first sentence is not a dateline', () => {
    for (const lead of ['وفي 5 يونيو 2017، ', 'أعلنت الوزارة يوم 5 يونيو 2017 - وهو يوم الاثنين - أن ']) {
      assert.equal(analyzeArticle(`عنوان الخبر هنا\n\n${lead}${BODY}`, defaultOptions()).dateline, null, lead);
    }
  });

  test('the paragraph cache holds the structure facts: an edit re-reads only the edited block', () => {
    const analyzer = new Analyzer();
    const text = `عنوان الخبر هنا\n${BODY}\n\nهجوم من محورين\n\n${BODY.replace('الوزارة', 'الجيش')}`;
    analyzer.analyze(text, defaultOptions());
    const before = analyzer.stats.misses;
    const edited = analyzer.analyze(text.replace('الجيش', 'الشرطة'), defaultOptions());
    assert.equal(analyzer.stats.misses - before, 1);
    assert.deepEqual(edited.paragraphs.map((p) => p.kind), ['headline', 'body', 'section', 'body']);
  });
});
