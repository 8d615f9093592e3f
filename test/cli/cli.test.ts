/**
 * The `khabar` command as a black box: commands, formats, exit codes, bad input, and
 * `fix --write` keeping what it does not fix (line endings, byte-order mark, file mode).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'node:test';
import { SAMPLES } from '../support/paths';
import { tempFolder } from '../support/temp';
import { khabar } from './run';

const WIRE = path.join(SAMPLES, '01-flood-wire.txt');
const PAGE = path.join(SAMPLES, '02-book-fair-page.txt');
const P = 'أعلن الدفاع المدني اليوم أن السيول غمرت 23 قرية وبلدة في ريف المحافظة الشمالي.';
const Q = 'وقال مدير الدفاع المدني إن فرق الإنقاذ أجلت مئات العائلات من المناطق المنخفضة.';

function tempDir(): string {
  return tempFolder('khabar-cli-');
}

suite('khabar CLI', () => {
  test('--help and --version', () => {
    const help = khabar(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: khabar <command>/);
    assert.match(khabar(['--version']).stdout, /^khabar \d+\.\d+\.\d+\n$/);
  });

  test('bad usage: one clear line and status 2', () => {
    for (const [args, message] of [
      [['frobnicate', 'a.txt'], 'unknown command "frobnicate"'],
      [['check', '--colour', 'a.txt'], 'unknown option "--colour"'],
      [['check'], 'no input files'],
      [['check', '--format', 'xml', WIRE], 'unknown option "--format xml"'],
      [['check', '--rule', 'no.such-rule=off', WIRE], 'unknown rule "no.such-rule"'],
    ] as const) {
      const result = khabar([...args]);
      assert.equal(result.status, 2, args.join(' '));
      assert.ok(result.stderr.includes(message), `${args.join(' ')}: ${result.stderr}`);
    }
  });

  test('check prints path:line:column: severity rule message and exits 1 on warnings', () => {
    const result = khabar(['check', WIRE]);
    assert.equal(result.status, 1);
    assert.deepEqual(result.stdout.trim().split('\n'), [
      `${WIRE}:8:1: warning paragraph.duplicate This paragraph repeats the paragraph on line 4.`,
      `${WIRE}:9:1: warning paragraph.duplicate This paragraph repeats the paragraph on line 5.`,
      `${WIRE}:10:1: warning paragraph.duplicate This paragraph repeats the paragraph on line 6.`,
    ]);
    assert.match(result.stderr, /3 findings in 1 file\./);
  });

  test('--fail-on and --rule change the outcome', () => {
    assert.equal(khabar(['check', '--fail-on', 'error', WIRE]).status, 0);
    const off = khabar(['check', '--rule', 'paragraph.duplicate=off', WIRE]);
    assert.equal(off.status, 0);
    assert.equal(off.stdout, '');
    assert.equal(khabar(['check', '--rule=paragraph.duplicate=error', '--fail-on', 'error', WIRE]).status, 1);
  });

  test('check --format sarif', () => {
    const result = khabar(['check', '--format', 'sarif', WIRE, PAGE]);
    const log = JSON.parse(result.stdout);
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'khabar');
    assert.ok(run.tool.driver.rules.some((r: { id: string }) => r.id === 'paragraph.duplicate'));
    const first = run.results[0];
    assert.equal(first.ruleId, 'paragraph.duplicate');
    assert.equal(first.locations[0].physicalLocation.region.startLine, 8);
    assert.equal(first.fixes[0].artifactChanges[0].replacements.length, 1);
  });

  test('messages follow --lang and LANG', () => {
    const ar = khabar(['check', '--lang', 'ar', WIRE]);
    assert.match(ar.stdout, /هذه الفقرة تكرار للفقرة في السطر 4\./);
    const fromEnv = khabar(['check', WIRE], { env: { LANG: 'ar_EG.UTF-8' } });
    assert.match(fromEnv.stdout, /هذه الفقرة تكرار/);
  });

  test('--reference-date resolves relative dates in an article without a dateline', () => {
    const input = `عنوان الخبر هنا\n${Q.replace('وقال', 'وقال أمس')}\n`;
    const without = JSON.parse(khabar(['analyze', '-'], { input }).stdout).files[0].dates[0];
    assert.equal(without.value, null);
    const withRef = JSON.parse(khabar(['analyze', '--reference-date', '2013-02-12T04:30', '-'], { input }).stdout).files[0].dates[0];
    assert.equal(withRef.value, '2013-02-11');
    assert.equal(khabar(['analyze', '--reference-date', 'yesterday', '-'], { input }).status, 2);
  });

  test('analyze --format text is readable', () => {
    const result = khabar(['analyze', '--format', 'text', WIRE]);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /dateline: 2019-03-14T21:40/);
    assert.match(result.stdout, /findings \(3\):/);
  });

  test('fix previews a unified diff and changes nothing without --write', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.txt');
    const text = `${P}\n${Q}\n${P}\n`;
    fs.writeFileSync(file, text);
    const result = khabar(['fix', file]);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, [`--- ${file}`, `+++ ${file} (fixed)`, '@@ -1,3 +1,2 @@', ` ${P}`, ` ${Q}`, `-${P}`, ''].join('\n'));
    assert.match(result.stderr, /1 fix to apply \(use --write\)/);
    assert.equal(fs.readFileSync(file, 'utf8'), text);
  });

  test('fix --write keeps CRLF line breaks, the byte-order mark and the file mode; a second run has nothing to do', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${P}\r\nإعلان\r\n${Q}\r\n${P}\r\n`)]));
    fs.chmodSync(file, 0o640);
    const result = khabar(['fix', '--write', file]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /applied 2 fixes/);
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.subarray(3).toString('utf8'), `${P}\r\n${Q}\r\n`);
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(dir), ['a.txt'], 'no temporary file is left behind');
    assert.match(khabar(['fix', '--write', file]).stderr, /nothing to fix/);
  });

  test('fix on standard input prints the fixed article', () => {
    const result = khabar(['fix', '-'], { input: `${P}\n\n\u00a0\n\n${Q}\n` });
    assert.equal(result.stdout, `${P}\n\n${Q}\n`);
  });

  test('binary and non-UTF-8 files get a one-line reason; the other files are still processed', () => {
    const dir = tempDir();
    const binary = path.join(dir, 'image.png');
    const latin1 = path.join(dir, 'old.txt');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    fs.writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const result = khabar(['check', binary, latin1, WIRE]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /image\.png: cannot read: binary content \(NUL bytes\)\n/);
    assert.match(result.stderr, /old\.txt: cannot read: not valid UTF-8\n/);
    assert.match(result.stdout, /01-flood-wire\.txt:8:1: warning paragraph\.duplicate/);
    assert.match(result.stderr, /3 findings in 1 file, 2 unreadable\./);
  });

  test('a directory is not a file', () => {
    const result = khabar(['check', tempDir()]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cannot read: is a directory/);
  });
});
