/**
 * The outline over the protocol, in process: document symbols (kinds, Arabic names and
 * details, quotations under their paragraph), folding ranges, selection ranges and the
 * entity groups setting.
 */
import * as assert from 'node:assert/strict';
import { after, before, suite, test } from 'node:test';
import { SymbolKind, type DocumentSymbol, type FoldingRange, type SelectionRange } from 'vscode-languageserver/node';
import { readSample } from '../support/paths';
import { startHarness, type Harness } from './harness';

const REPORT = readSample('03-ticker-report.txt');
const WIRE = readSample('01-flood-wire.txt');
const NO_HEADLINE = readSample('04-no-headline.txt');

async function symbols(h: Harness, uri: string): Promise<DocumentSymbol[]> {
  return (await h.client.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
}

function flatten(list: readonly DocumentSymbol[]): DocumentSymbol[] {
  return list.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

suite('outline over the protocol', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ locale: 'ar' });
  });
  after(() => h.close());

  test('initialize announces symbols, folding and selection ranges', () => {
    const caps = h.initialize.capabilities;
    assert.ok(caps.documentSymbolProvider);
    assert.equal(caps.foldingRangeProvider, true);
    assert.equal(caps.selectionRangeProvider, true);
  });

  test('symbols: meaningful kinds, Arabic details, sections holding their paragraphs', async () => {
    const uri = 'file:///work/report.txt';
    await h.open(REPORT, uri);
    const top = await symbols(h, uri);
    assert.deepEqual(
      top.map((s) => [s.detail, s.kind, s.range.start.line + 1]),
      [
        ['حشو', SymbolKind.Null, 1],
        ['العنوان', SymbolKind.File, 7],
        ['سطر الكاتب والمصدر', SymbolKind.Property, 9],
        ['سطر التاريخ', SymbolKind.Event, 10],
        ['فقرة', SymbolKind.String, 13],
        ['فقرة', SymbolKind.String, 15],
        ['قسم', SymbolKind.Namespace, 17],
        ['قسم', SymbolKind.Namespace, 23],
      ],
    );
    assert.equal(top[0].name, 'شريط الأخبار: أحدث الأخبار');
    const [first] = top.filter((s) => s.kind === SymbolKind.Namespace);
    assert.equal(first.name, 'أرقام مقلقة');
    assert.deepEqual(first.children?.map((c) => c.range.start.line + 1), [19, 21]);
    for (const s of flatten(top)) assert.ok(s.range.start.line <= s.selectionRange.start.line && s.selectionRange.end.line <= s.range.end.line, 'the selection lies in the range');
  });

  test('a quotation is a child of its paragraph, named by its words and its speaker, selecting its words', async () => {
    const uri = 'file:///work/wire.txt';
    await h.open(WIRE, uri);
    const paragraph = (await symbols(h, uri)).find((s) => s.range.start.line === 3);
    const [quote] = paragraph?.children ?? [];
    assert.equal(quote.kind, SymbolKind.Field);
    assert.equal(quote.detail, 'اقتباس');
    assert.equal(quote.name, '«المياه ما زالت ترتفع في الوديان …» — مدير الدفاع المدني في المحافظة سامر …');
    const line = WIRE.split('\n')[3];
    assert.equal(line.slice(quote.selectionRange.start.character, quote.selectionRange.end.character), 'المياه ما زالت ترتفع في الوديان القريبة من الطريق الدولي');
  });

  test('an article without a headline says so first', async () => {
    const uri = 'file:///work/no-headline.txt';
    await h.open(NO_HEADLINE, uri);
    const [placeholder, byline] = await symbols(h, uri);
    assert.deepEqual([placeholder.name, placeholder.detail, placeholder.kind], ['لا عنوان', 'العنوان', SymbolKind.File]);
    assert.equal(byline.name, 'القاهرة - مريم عادل');
  });

  test('folding: the ticker, the sections, a wrapped paragraph', async () => {
    const uri = 'file:///work/wrapped.txt';
    const wrapped = ['وقال المتحدث باسم الوزارة في مؤتمر صحفي عقده ظهر اليوم', 'إن فرق الطوارئ ما زالت تعمل في المناطق المتضررة من', 'السيول، وإن الأولوية لإجلاء العائلات من القرى المنخفضة.'].join('\n');
    await h.open(`${REPORT}\n\n${wrapped}\n`, uri);
    const folding = (await h.client.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
    assert.deepEqual(folding.map((f) => [f.startLine + 1, f.endLine + 1, f.kind]), [
      [1, 5, 'comment'],
      [17, 21, 'region'],
      [23, 32, 'region'],
      [30, 32, 'region'],
    ]);
  });

  test('selection ranges grow sentence → paragraph → section → article', async () => {
    const uri = 'file:///work/report-selection.txt';
    await h.open(REPORT, uri);
    const lines = REPORT.split('\n');
    const position = { line: 18, character: lines[18].indexOf('مقارنة') };
    const [range] = (await h.client.sendRequest('textDocument/selectionRange', { textDocument: { uri }, positions: [position] })) as SelectionRange[];
    const chain: string[] = [];
    for (let r: SelectionRange | undefined = range; r; r = r.parent) chain.push(`${r.range.start.line + 1}:${r.range.start.character}-${r.range.end.line + 1}:${r.range.end.character}`);
    assert.deepEqual(chain, [`19:0-19:${lines[18].length}`, `17:0-21:${lines[20].length}`, `1:0-${lines.length}:0`]);
  });

  test('khabar.outline.entities adds people, places and organisations with their mentions', async () => {
    h.settings = { outline: { entities: true } };
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = 'file:///work/report-entities.txt';
    await h.open(REPORT, uri);
    const top = await symbols(h, uri);
    const groups = top.filter((s) => s.kind === SymbolKind.Package);
    assert.ok(groups.length > 0, 'at least one group');
    assert.ok(groups.every((g) => /^(أشخاص|أماكن|منظمات) \(\d+\)$/.test(g.name) && g.detail === 'أسماء'));
    const mentions = groups.flatMap((g) => g.children ?? []).flatMap((e) => e.children ?? []);
    assert.ok(mentions.length > 0 && mentions.every((m) => m.detail === 'موضع ذكر' && m.kind === SymbolKind.EnumMember));
    h.settings = {};
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.ok(!(await symbols(h, uri)).some((s) => s.kind === SymbolKind.Package), 'gone when the setting is off');
  });
});
