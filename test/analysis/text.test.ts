import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { LineIndex, splitLines, isBlank, trimSpan } from '../../server/src/analysis/text/lines';
import { comparisonKey, fold, foldWithMap, unfoldSpan } from '../../server/src/analysis/text/normalize';
import { diffEdits, diffLines } from '../../server/src/analysis/text/diff';
import { applyFixes } from '../../server/src/analysis/fixes';

suite('lines', () => {
  test('split on \\n, \\r\\n and \\r as LSP does', () => {
    const text = 'a\nb\r\nc\rd';
    assert.deepEqual(splitLines(text).map((l) => text.slice(l.start, l.end)), ['a', 'b', 'c', 'd']);
    assert.deepEqual(splitLines(text).map((l) => l.next), [2, 5, 7, 8]);
  });

  test('a final line break leaves an empty last line', () => {
    assert.equal(splitLines('a\n').length, 2);
    assert.equal(splitLines('').length, 1);
  });

  test('LineIndex maps offsets to lines', () => {
    const index = new LineIndex('ab\ncd\r\nef');
    assert.deepEqual([0, 2, 3, 5, 7, 9].map((o) => index.lineAt(o)), [0, 0, 1, 1, 2, 2]);
    assert.equal(index.lineStart(2), 7);
  });

  test('blank lines include no-break spaces, zero-width and direction marks', () => {
    assert.ok(isBlank(' \u00a0\t\u200f\u200b\ufeff'));
    assert.ok(!isBlank('\u00a0.'));
  });

  test('trimSpan drops invisible characters around text', () => {
    const text = '\u00a0 نص\u200f ';
    const span = trimSpan(text, 0, text.length);
    assert.equal(text.slice(span.start, span.end), 'نص');
  });
});

suite('Arabic folding', () => {
  const cases: Array<[string, string]> = [
    ['أإآٱا', 'ااااا'],
    ['مستشفى', 'مستشفي'],
    ['مدرسة', 'مدرسه'],
    ['مسؤول', 'مسوول'],
    ['رئيس', 'رييس'],
    ['مُحَمَّدٌ', 'محمد'],
    ['عـــاجل', 'عاجل'],
    ['٣٠/٦/٢٠١٧', '30/6/2017'],
    ['۱۲۳', '123'],
    ['LOGO', 'logo'],
  ];
  for (const [input, expected] of cases) {
    test(`${input} → ${expected}`, () => assert.equal(fold(input), expected));
  }

  test('foldWithMap maps folded ranges back to the original text, diacritics included', () => {
    const source = 'قال مُحَمَّدٌ الـعلي';
    const folded = foldWithMap(source);
    assert.equal(folded.text, 'قال محمد العلي');
    const at = folded.text.indexOf('محمد');
    const span = unfoldSpan(source, folded, at, at + 4);
    assert.equal(source.slice(span.start, span.end), 'مُحَمَّدٌ');
    const last = folded.text.indexOf('العلي');
    const span2 = unfoldSpan(source, folded, last, last + 5);
    assert.equal(source.slice(span2.start, span2.end), 'الـعلي');
  });

  test('comparison keys ignore punctuation, spacing, diacritics and letter variants', () => {
    assert.equal(comparisonKey('قال الرئيسُ: "إن  الأمر  انتهى".'), comparisonKey('قال الرئيس إن الامر انتهى'));
    assert.notEqual(comparisonKey('قال الرئيس'), comparisonKey('قال الوزير'));
  });
});

suite('line diff', () => {
  test('finds removed and replaced lines', () => {
    const hunks = diffLines('a\nb\nc\nd\n', 'a\nc\nD\n');
    assert.deepEqual(
      hunks.map((h) => [h.oldStart, h.oldLines.join(''), h.newLines.join('')]),
      [
        [1, 'b\n', ''],
        [3, 'd\n', 'D\n'],
      ],
    );
  });

  test('edits from a diff reproduce the new text', () => {
    const pairs: Array<[string, string]> = [
      ['a\nb\nc', 'a\nc'],
      ['x\n\n\u00a0\n\ny\n', 'x\n\ny\n'],
      ['', 'new\n'],
      ['old\n', ''],
      ['same', 'same'],
      ['1\n2\n3\n4\n5\n6\n7\n8\n', '1\n3\n4\n6\n8\n9\n'],
    ];
    for (const [before, after] of pairs) {
      const edits = diffEdits(before, after);
      assert.equal(applyFixes(before, [{ title: 'diff', edits, safe: true }]).text, after, JSON.stringify([before, after]));
    }
  });
});
