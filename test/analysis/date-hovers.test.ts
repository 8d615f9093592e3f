/** Hovers on dates and figures, and the inlay hints of the core, on the date-checks fixture. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'node:test';
import { analyzeArticle, defaultOptions, hoverAt, inlayHints, parseOptions } from '../../server/src/analysis';
import { ROOT } from '../support/paths';

const TEXT = fs.readFileSync(path.join(ROOT, 'test/vscode/workspace/dates-checks.txt'), 'utf8');
const EN = analyzeArticle(TEXT, defaultOptions('en'));
const hover = (needle: string, locale: 'en' | 'ar' = 'en'): string => hoverAt(EN, TEXT, TEXT.indexOf(needle), locale)?.markdown ?? '';
/** Without the left-to-right isolates around values, for matching. */
const plain = (md: string): string => md.replace(/\u2066|(?<=`)\u2069/g, '');
const RLI = '\u2067';
const PDI = '\u2069';

suite('hovers on dates', () => {
  test('a relative date: value, weekday, both month names, Hijri date, how it was resolved', () => {
    const md = plain(hover('مساء أمس'));
    assert.match(md, /^\*\*Relative date\*\* · `2023-03-11`/);
    assert.match(md, /Weekday: Saturday \(\u2067السبت\u2069\)/);
    assert.match(md, /Month: March — \u2067مارس \/ آذار\u2069/);
    assert.match(md, /Hijri \(Umm al-Qura\): \u206719 شعبان 1444 هـ\u2069 \(19 Shaban 1444 AH\)/);
    assert.match(md, /Resolved against the article's dateline \(2023-03-12T10:15\): 1 day before\./);
  });

  test('Arabic text in an English hover is isolated so it is not reordered', () => {
    for (const line of hover('1 شوال').split('\n\n')) {
      const arabic = line.match(/[\u0600-\u06ff][\u0600-\u06ff\s\d/]*/g) ?? [];
      if (arabic.length) assert.ok(line.includes(RLI) && line.includes(PDI), line);
    }
  });

  test('in Arabic', () => {
    const md = hover('مساء أمس', 'ar');
    assert.match(md, /\*\*تاريخ نسبي\*\*/);
    assert.match(md, /اليوم: السبت/);
    assert.match(md, /حُسب بالنسبة إلى تاريخ المقال/);
  });

  test('the dateline, an interval, a Hijri date, an impossible day', () => {
    assert.match(hover('الأحد 12'), /Dateline: the publication date/);
    assert.match(hover('1 شوال'), /Written in the Hijri calendar/);
    assert.match(hover('31 نيسان'), /^\*\*No such day\*\*/);
    const interval = analyzeArticle('عنوان الخبر هنا\nمن 13 إلى 15 تموز 2017 عقد المؤتمر', defaultOptions());
    const md = plain(hoverAt(interval, 'عنوان الخبر هنا\nمن 13 إلى 15 تموز 2017 عقد المؤتمر', 20, 'en')?.markdown ?? '');
    assert.match(md, /`2017-07-13 → 2017-07-15`[\s\S]*Until: `2017-07-15`/);
  });
});

suite('hovers on figures', () => {
  test('value, bound, what is counted, the measure', () => {
    const md = plain(hover('لن يتجاوز'));
    assert.match(md, /Value: `45,000`/);
    assert.match(md, /At most/);
    assert.match(md, /Counted: \u2067طن\u2069/);
    assert.match(md, /Weight: `t`/);
  });

  test('a range, an approximation', () => {
    assert.match(plain(hover('بين مليونين')), /Range: `2,000,000–3,000,000`[\s\S]*Money: `USD`/);
    assert.match(plain(hover('نحو ثلاثة')), /Value: `3,500`\n\nApproximate/);
  });

  test('a vague quantity: its bounds, said not to be a figure', () => {
    assert.match(plain(hover('عشرات الهكتارات')), /Vague quantity, no exact figure: `20–99`[\s\S]*Area: `ha`/);
    assert.match(plain(hoverAt(EN, TEXT, TEXT.indexOf('عشرات الهكتارات'), 'ar')?.markdown ?? ''), /كمية مبهمة، بلا رقم محدد: `20–99`/);
  });

  test('other places citing the same figure', () => {
    const text = 'عنوان الخبر هنا\nانسحب من 17 قرية وبلدة.\nوقال إن التنظيم انسحب من 17 قرية.\nوقتل 17 شخصا.';
    const a = analyzeArticle(text, defaultOptions());
    assert.match(hoverAt(a, text, text.indexOf('17'), 'en')?.markdown ?? '', /The same figure on line 3\./);
  });
});

suite('inlay hints in the core', () => {
  test('labels and places', () => {
    const hints = inlayHints(EN, 'en');
    const label = (needle: string): string | undefined => hints.find((h) => h.offset === TEXT.indexOf(needle) + needle.length)?.label;
    assert.equal(label('الأحد 12 آذار 2023 - 10:15 ص'), '2023-03-12 10:15');
    assert.equal(label('الحادي والعشرين من آذار'), '2023-03-21');
    assert.equal(label('ما يقارب ربع المساحة'), '≈ 0.25');
    assert.equal(label('ثلاث فعاليات'), '3');
    assert.equal(label('عشرات الهكتارات'), '≈ 20–99');
    assert.equal(label('25% تقريبا'), undefined, 'digits are already plain');
    assert.equal(label('31 نيسان'), undefined, 'no value, no hint');
  });

  test('nothing beside a date already written as ISO, nor a year in Western digits', () => {
    const text = 'عنوان الخبر هنا\n2017-07-01 08:31:47 AM\nفي العام 2014 قتل 5 أشخاص.';
    assert.deepEqual(inlayHints(analyzeArticle(text, defaultOptions()), 'en'), []);
  });

  test('the setting: on by default, off when asked, a bad value reported', () => {
    assert.equal(defaultOptions().inlayHints, true);
    assert.equal(parseOptions({ inlayHints: { enabled: false } }).options.inlayHints, false);
    const bad = parseOptions({ inlayHints: { enabled: 'no' } });
    assert.equal(bad.options.inlayHints, true);
    assert.deepEqual(bad.problems, ['khabar.inlayHints.enabled: expected true or false; the default is used instead.']);
  });
});
