/**
 * The language server over the protocol, in process: initialize, open, pull and push
 * diagnostics, hover, document symbols, folding, quick fixes, fix-all with its stale-version
 * refusal, settings and locale.
 */
import * as assert from 'node:assert/strict';
import { after, before, suite, test } from 'node:test';
import type { CodeAction, Diagnostic, DocumentSymbol, FoldingRange, Hover, TextDocumentEdit } from 'vscode-languageserver/node';
import { readSample } from '../support/paths';
import { URI, applyTextEdits, eventually, startHarness, type Harness } from './harness';

const WIRE = readSample('01-flood-wire.txt');
const PAGE = readSample('02-book-fair-page.txt');
const REPORT = readSample('03-ticker-report.txt');

async function pull(h: Harness, uri = URI): Promise<Diagnostic[]> {
  const report = await h.client.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  return (report as { items: Diagnostic[] }).items;
}

function positionOf(text: string, needle: string): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

suite('language server', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  test('initialize announces the features', () => {
    const caps = h.initialize.capabilities;
    assert.equal(h.initialize.serverInfo?.name, 'khabar');
    assert.ok(caps.diagnosticProvider);
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.khabar']);
    assert.ok(caps.documentSymbolProvider);
    assert.equal(caps.foldingRangeProvider, true);
  });

  test('pull diagnostics for an opened article', async () => {
    await h.open(WIRE);
    const diagnostics = await pull(h);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line, d.severity, d.source]),
      [
        ['paragraph.duplicate', 7, 2, 'khabar'],
        ['paragraph.duplicate', 8, 2, 'khabar'],
        ['paragraph.duplicate', 9, 2, 'khabar'],
      ],
    );
    assert.deepEqual(diagnostics[0].tags, [1], 'text a fix would remove is shown faded');
    assert.equal(diagnostics[0].relatedInformation?.[0].location.range.start.line, 3);
    assert.equal(diagnostics[0].message, 'This paragraph repeats the paragraph on line 4.');
  });

  test('hover on a date and on a figure', async () => {
    const date = (await h.client.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(WIRE, '14/مارس') })) as Hover;
    const markdown = (date.contents as { value: string }).value;
    assert.match(markdown, /`2019-03-14T21:40`/);
    assert.match(markdown, /Thursday/);
    assert.match(markdown, /مارس \/ آذار/);
    assert.match(markdown, /Hijri \(Umm al-Qura\): \u2067?7 رجب 1440 هـ/);
    const figure = (await h.client.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(WIRE, '23 قرية') })) as Hover;
    assert.match((figure.contents as { value: string }).value, /Value: \u2066?`23`[\s\S]*Counted: \u2067?قرية/);
    const nothing = await h.client.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(WIRE, 'المناطق المنخفضة') });
    assert.equal(nothing, null);
  });

  test('document symbols nest paragraphs under their sections; folding follows', async () => {
    const uri = 'file:///work/report.txt';
    await h.open(REPORT, uri);
    const symbols = (await h.client.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => [s.detail, s.children?.length ?? 0]),
      [
        ['Boilerplate', 0],
        ['Headline', 0],
        ['Byline', 0],
        ['Dateline', 0],
        ['Paragraph', 0],
        ['Paragraph', 0],
        ['Section', 2],
        ['Section', 2],
      ],
    );
    const folding = (await h.client.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
    assert.deepEqual(folding.map((f) => [f.startLine, f.endLine, f.kind]), [[0, 4, 'comment'], [16, 20, 'region'], [22, 26, 'region']]);
  });

  test('a quick fix removes the duplicate; the edit is pinned to the document version', async () => {
    const [first] = await pull(h);
    const actions = (await h.client.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range: first.range, context: { diagnostics: [first] } })) as CodeAction[];
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]), [
      ['Remove this duplicated paragraph', 'quickfix', true],
      ['Remove all 3 duplicated paragraphs', 'quickfix', false],
      ['Khabar: apply all safe fixes', 'quickfix', false],
    ]);
    const change = actions[0].edit?.documentChanges?.[0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri: URI, version: 1 });
    const lines = WIRE.split('\n');
    lines.splice(7, 1);
    assert.equal(applyTextEdits(WIRE, change.edits), lines.join('\n'));
  });

  test('fix-all resolves to edits that clean the article; a stale request resolves to nothing', async () => {
    const uri = 'file:///work/page.txt';
    await h.open(PAGE, uri);
    const [action] = (await h.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(action.kind, 'source.fixAll.khabar');
    assert.equal(action.edit, undefined, 'the edit is computed on resolve');
    const resolved = (await h.client.sendRequest('codeAction/resolve', action)) as CodeAction;
    const change = resolved.edit?.documentChanges?.[0] as TextDocumentEdit;
    const fixed = applyTextEdits(PAGE, change.edits);
    assert.ok(!fixed.includes('LOGO') && !fixed.includes('\u00a0'));
    assert.ok(change.edits.length > 1, 'small edits, not one replacement of the whole text');

    await h.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: PAGE + '\n' }] });
    const stale = (await h.client.sendRequest('codeAction/resolve', action)) as CodeAction;
    assert.equal(stale.edit, undefined);
  });

  test('an edit re-analyses the document', async () => {
    const text = WIRE.split('\n').slice(0, 7).join('\n');
    await h.client.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text }] });
    assert.deepEqual(await pull(h), []);
  });

  test('settings: rule levels and the message language; problems are shown once', async () => {
    h.settings = { language: 'ar', rules: { 'boilerplate.line': 'error', 'whitespace.blank-lines': 'off', 'no.such-rule': 'warning' } };
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = 'file:///work/page2.txt';
    await h.open(PAGE, uri);
    const diagnostics = await pull(h, uri);
    assert.ok(diagnostics.every((d) => d.code !== 'whitespace.blank-lines'));
    const logo = diagnostics.find((d) => d.range.start.line === 1);
    assert.equal(logo?.severity, 1);
    assert.equal(logo?.message, 'حشو من صفحة الويب: موضع الشعار.');
    const shown = await eventually(() => h.messages.find((m) => m.message.includes('no.such-rule')));
    assert.equal(shown.type, 2);
    h.settings = {};
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });
});

suite('language server without pull diagnostics', () => {
  test('pushes diagnostics after open and change, in the editor\'s locale', async () => {
    const h = await startHarness({ capabilities: { workspace: { configuration: false } }, locale: 'ar' });
    try {
      assert.equal(h.initialize.capabilities.diagnosticProvider, undefined);
      await h.open(WIRE);
      const first = await eventually(() => h.published.find((p) => p.uri === URI && p.diagnostics.length > 0));
      assert.equal(first.diagnostics.length, 3);
      assert.equal(first.diagnostics[0].message, 'هذه الفقرة تكرار للفقرة في السطر 4.');
      await h.client.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: 'نص قصير' }] });
      await eventually(() => h.published.find((p) => p.version === 2 && p.diagnostics.length === 0));
    } finally {
      await h.close();
    }
  });
});
