/**
 * The CLI across the files it is given (cross-file copies and recurring lines, related
 * spans placed in the other file), the house boilerplate list, the near-duplicate
 * threshold, and `fix` applying exactly the editor's safe fixes.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'node:test';
import { tempFolder } from '../support/temp';
import { khabar } from './run';

const P1 = 'أعلن الدفاع المدني السوري اليوم الخميس أن السيول التي اجتاحت ريف حماة الشمالي غمرت 23 قرية وبلدة وأجبرت أكثر من 600 عائلة على مغادرة منازلها.';
const P2 = 'وكانت وزارة الزراعة قد حذرت الأسبوع الماضي من أن التربة المشبعة بالمياه لن تحتمل موجة جديدة من الأمطار الغزيرة في المنطقة.';
const P3 = 'وقدرت الوزارة الأضرار الأولية بنحو ثلاثة ملايين دولار فيما لا يقل عدد الهكتارات الزراعية المتضررة عن ألفي هكتار.';

function folder(files: Record<string, string>): string {
  return tempFolder('khabar-cli-', files);
}

suite('khabar CLI: cleanup', () => {
  test('check reports a paragraph shared by two of the files given, each pointing to the other', () => {
    const dir = folder({ 'a.txt': `عنوان أول هنا\n${P1}\n${P2}\n`, 'b.txt': `عنوان ثان هنا\n${P3}\n\n${P1}\n` });
    const result = khabar(['check', 'a.txt', 'b.txt'], { cwd: dir });
    assert.equal(result.status, 0, 'information does not fail the check');
    assert.deepEqual(result.stdout.trim().split('\n'), [
      'a.txt:2:1: info paragraph.cross-article This paragraph also stands in b.txt, line 4 (100 % of its wording).',
      'b.txt:4:1: info paragraph.cross-article This paragraph also stands in a.txt, line 2 (100 % of its wording).',
    ]);
    assert.equal(khabar(['check', '--no-across-articles', 'a.txt', 'b.txt'], { cwd: dir }).stdout, '');
    assert.equal(khabar(['check', 'a.txt'], { cwd: dir }).stdout, '', 'one file has no other to share with');
  });

  test('JSON: a related span in another file carries that file\'s path and its line there; SARIF too', () => {
    const dir = folder({ 'a.txt': `عنوان أول هنا\n${P1}\n`, 'b.txt': `عنوان ثان هنا\n${P3}\n\n\n${P1}\n` });
    const out = JSON.parse(khabar(['analyze', 'a.txt', 'b.txt'], { cwd: dir }).stdout);
    const [finding] = out.files[0].findings;
    assert.equal(finding.rule, 'paragraph.cross-article');
    assert.deepEqual(finding.related.map((r: { path: string; line: number; start: number }) => [r.path, r.line, r.start]), [['b.txt', 5, `عنوان ثان هنا\n${P3}\n\n\n`.length]]);
    const sarif = JSON.parse(khabar(['check', '--format', 'sarif', 'a.txt', 'b.txt'], { cwd: dir }).stdout);
    const related = sarif.runs[0].results[0].relatedLocations[0].physicalLocation;
    assert.deepEqual([related.artifactLocation.uri, related.region.startLine], ['b.txt', 5]);
  });

  test('the house boilerplate list: --boilerplate-patterns, else .khabar/boilerplate.patterns in the current folder', () => {
    const article = `عنوان الخبر هنا\n${P1}\nصحيفة الخبر - النسخة الرقمية\n${P2}\n`;
    const dir = folder({ 'a.txt': article, 'house.patterns': 'صحيفة الخبر - النسخة الرقمية\n' });
    assert.equal(khabar(['check', 'a.txt'], { cwd: dir }).stdout, '');
    const named = khabar(['check', '--boilerplate-patterns', 'house.patterns', 'a.txt'], { cwd: dir });
    assert.equal(named.stdout, 'a.txt:3:1: warning boilerplate.line Web boilerplate: line on the house boilerplate list.\n');
    fs.mkdirSync(path.join(dir, '.khabar'));
    fs.copyFileSync(path.join(dir, 'house.patterns'), path.join(dir, '.khabar/boilerplate.patterns'));
    assert.equal(khabar(['check', 'a.txt'], { cwd: dir }).stdout, named.stdout);
    const fixed = khabar(['fix', '-'], { cwd: dir, input: article });
    assert.equal(fixed.stdout, `عنوان الخبر هنا\n${P1}\n${P2}\n`);
    const missing = khabar(['check', '--boilerplate-patterns', 'nope.patterns', 'a.txt'], { cwd: dir });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.patterns: cannot read: no such file/);
    fs.writeFileSync(path.join(dir, '.khabar/boilerplate.patterns'), '/(/\n');
    assert.match(khabar(['check', 'a.txt'], { cwd: dir }).stderr, /\.khabar\/boilerplate\.patterns:1: the boilerplate pattern/);
  });

  test('near duplicates and --near-duplicate-threshold; fix leaves them (judgement needed)', () => {
    const restated = P1.replace('اليوم الخميس', 'الخميس').replace('وأجبرت', 'وأرغمت');
    const dir = folder({ 'a.txt': `عنوان الخبر هنا\n${P1}\n${P2}\n${restated}\n` });
    assert.match(khabar(['check', 'a.txt'], { cwd: dir }).stdout, /^a\.txt:4:1: info paragraph\.near-duplicate Most of this paragraph \(\d+ %\) already stands in the paragraph on line 2\.\n$/);
    assert.equal(khabar(['check', '--near-duplicate-threshold', '0.95', 'a.txt'], { cwd: dir }).stdout, '');
    assert.equal(khabar(['check', '--near-duplicate-threshold', '2', 'a.txt'], { cwd: dir }).status, 2);
    assert.match(khabar(['fix', 'a.txt'], { cwd: dir }).stderr, /a\.txt: nothing to fix/);
  });
});
