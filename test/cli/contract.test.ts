/**
 * The JSON contract of `khabar analyze` (version 1, ../shared/docs/cli-json.md), checked on
 * the project's own samples and on the shared sample articles: shape, types, offsets
 * that slice to `text`, lines, and the datelines the issues name.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'node:test';
import { LineIndex, RULE_IDS } from '../../server/src/analysis';
import { SAMPLES, requireShared, sampleFiles } from '../support/paths';
import { khabar } from './run';

type Json = Record<string, unknown>;
const SPAN_LISTS = ['paragraphs', 'entities', 'dates', 'numbers', 'findings', 'quotes'] as const;
const OUTLINE_KINDS = ['headline', 'dateline', 'byline', 'section', 'paragraph', 'quote', 'boilerplate'];
const PARAGRAPH_KINDS = ['headline', 'dateline', 'byline', 'section', 'body', 'boilerplate'];

function checkSpan(item: Json, text: string, index: LineIndex, where: string): void {
  const { start, end, line } = item as { start: number; end: number; line: number };
  assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length, `${where}: ${start}-${end}`);
  assert.equal(line, index.lineAt(start) + 1, `${where}: line`);
  if ('text' in item) assert.equal(item.text, text.slice(start, end), `${where}: text is the source slice`);
}

/** `texts` holds the other files of the run, by path: a related span in one of them is checked against its text. */
function checkFile(file: Json, text: string, texts: ReadonlyMap<string, string> = new Map()): void {
  const where = String(file.path);
  assert.deepEqual(Object.keys(file).sort(), ['dateline', 'dates', 'entities', 'error', 'findings', 'numbers', 'outline', 'paragraphs', 'path', 'quotes'].sort());
  assert.equal(file.error, null);
  const index = new LineIndex(text);
  if (file.dateline !== null) {
    checkSpan(file.dateline as Json, text, index, `${where} dateline`);
    assert.match(String((file.dateline as Json).value), /^\d{4}-\d{2}-\d{2}/);
  }
  for (const list of SPAN_LISTS) {
    assert.ok(Array.isArray(file[list]), `${where}: ${list} is a list`);
    (file[list] as Json[]).forEach((item, i) => checkSpan(item, text, index, `${where} ${list}[${i}]`));
  }
  for (const p of file.paragraphs as Json[]) assert.ok(PARAGRAPH_KINDS.includes(String(p.kind)));
  for (const e of file.entities as Json[]) assert.ok(['person', 'place', 'organization'].includes(String(e.type)) && typeof e.canonical === 'string');
  for (const d of file.dates as Json[]) {
    const iso = /^(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?)?|--\d{2}(-\d{2})?|\d{4}-W\d{2}|T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)$/;
    assert.ok(d.value === null || iso.test(String(d.value)), `date value ${d.value}`);
    assert.ok(d.until === null || iso.test(String(d.until)), `date until ${d.until}`);
    assert.ok(['year', 'month', 'week', 'day', 'hour', 'minute', 'second'].includes(String(d.grain)), `date grain ${d.grain}`);
    assert.ok(d.hijri === null || /^\d{4}-\d{2}-\d{2}$/.test(String(d.hijri)), `hijri ${d.hijri}`);
    assert.ok(['gregorian', 'hijri'].includes(String(d.calendar)) && typeof d.relative === 'boolean');
  }
  for (const n of file.numbers as Json[]) {
    assert.ok(typeof n.approximate === 'boolean' && typeof n.percent === 'boolean');
    assert.ok(n.unit === null || typeof n.unit === 'string');
    assert.ok(typeof n.ordinal === 'boolean');
    assert.ok(n.measure === null || (typeof (n.measure as Json).kind === 'string' && typeof (n.measure as Json).unit === 'string'));
    if (n.value !== null) assert.ok(n.min === n.value && n.max === n.value, 'a single figure has min = max = value');
    else assert.ok(typeof n.min === 'number' && typeof n.max === 'number');
  }
  for (const f of file.findings as Json[]) {
    assert.ok(RULE_IDS.includes(f.rule as never), String(f.rule));
    assert.ok(['error', 'warning', 'info', 'hint'].includes(String(f.severity)));
    for (const r of f.related as Json[]) {
      const other = typeof r.path === 'string' && r.path !== file.path ? texts.get(r.path) : undefined;
      if (other === undefined) checkSpan(r, text, index, `${where} related`);
      else checkSpan(r, other, new LineIndex(other), `${where} related in ${r.path}`);
    }
    for (const fix of f.fixes as Json[]) for (const e of fix.edits as Json[]) assert.ok((e.start as number) <= (e.end as number) && (e.end as number) <= text.length);
  }
  for (const q of file.quotes as Json[]) {
    const content = q.content as { start: number; end: number };
    assert.ok((q.start as number) < content.start && content.end < (q.end as number), `${where}: quotation marks around the content`);
    if (q.cue !== null) checkSpan(q.cue as Json, text, index, `${where} quote cue`);
    if (q.speaker !== null) {
      checkSpan(q.speaker as Json, text, index, `${where} quote speaker`);
      assert.equal(typeof (q.speaker as Json).inferred, 'boolean');
    }
  }
  const visit = (nodes: Json[]): void => {
    for (const n of nodes) {
      assert.ok(OUTLINE_KINDS.includes(String(n.kind)), String(n.kind));
      checkSpan(n, text, index, `${where} outline`);
      visit(n.children as Json[]);
    }
  };
  visit(file.outline as Json[]);
}

function analyze(files: string[]): { version: number; files: Json[] } {
  const result = khabar(['analyze', ...files]);
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

suite('JSON contract', () => {
  test('the project samples', () => {
    const files = sampleFiles().map((f) => path.join(SAMPLES, f));
    const out = analyze(files);
    assert.equal(out.version, 1);
    out.files.forEach((file, i) => checkFile(file, fs.readFileSync(files[i], 'utf8')));
  });

  test('the shared sample articles, with the datelines the issues name', (t) => {
    const dir = requireShared(t, 'articles/seeds');
    if (!dir) return;
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
    const out = analyze(files);
    const texts = new Map(files.map((f) => [f, fs.readFileSync(f, 'utf8')]));
    out.files.forEach((file, i) => checkFile(file, fs.readFileSync(files[i], 'utf8'), texts));
    const datelines = Object.fromEntries(out.files.map((f) => [path.basename(String(f.path)).slice(0, 3), (f.dateline as Json | null)?.value ?? null]));
    assert.deepEqual(datelines, { '000': '2017-06-30T14:53', '001': '2017-07-01T08:31:47', '002': null, '003': '2017-10-14', '004': null });
  });

  test('a byte-order mark is not counted in offsets', () => {
    const result = khabar(['analyze', '-'], { input: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('عنوان الخبر هنا\nقتل 5 أشخاص في سوريا.\n')]) });
    const file = JSON.parse(result.stdout).files[0];
    assert.equal(file.path, '-');
    assert.equal(file.paragraphs[0].start, 0);
    assert.equal(file.entities[0].text, 'سوريا');
  });

  test('an unreadable file is reported with its reason; the others are still analysed (exit 2)', () => {
    const result = khabar(['analyze', 'no-such-file.txt', path.join(SAMPLES, sampleFiles()[0])]);
    assert.equal(result.status, 2);
    const out = JSON.parse(result.stdout);
    assert.equal(out.files[0].error, 'no such file');
    assert.deepEqual(out.files[0].findings, []);
    assert.equal(out.files[1].error, null);
    assert.ok(out.files[1].paragraphs.length > 0);
    assert.match(result.stderr, /no-such-file\.txt: cannot read: no such file/);
  });
});
