/**
 * The outline in a real VS Code: what the Outline view and the breadcrumbs show for the
 * seed articles of issue 6 and the project's samples, folding, smart selection and the
 * entity groups setting. The breadcrumbs follow the symbol that encloses the cursor at
 * each level (the first whose range holds it), which is what `breadcrumbTrail` computes.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { openArticle, positionOf, waitFor, workspaceFile } from './helpers';

/** out/test/vscode/suite → the shared data beside the checkout (../shared, or KHABAR_SHARED). */
function seedPath(name: string): string {
  const root = path.resolve(__dirname, '../../../..');
  const file = path.join(path.resolve(process.env.KHABAR_SHARED ?? path.join(root, '..', 'shared')), 'articles', 'seeds', name);
  assert.ok(fs.existsSync(file), `shared seed article not found at ${file}: put the shared folder beside the checkout or set KHABAR_SHARED`);
  return file;
}

async function openSeed(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(seedPath(name)));
  await vscode.window.showTextDocument(document);
  return waitFor(`${name} to switch to arabic-news`, () => vscode.window.activeTextEditor, (e) => e?.document.languageId === 'arabic-news') as Promise<vscode.TextEditor>;
}

async function outline(uri: vscode.Uri, ready: (s: vscode.DocumentSymbol[]) => boolean = (s) => s.length > 0): Promise<vscode.DocumentSymbol[]> {
  return waitFor(
    'document symbols',
    () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri),
    (s) => Array.isArray(s) && ready(s),
  );
}

function breadcrumbTrail(symbols: readonly vscode.DocumentSymbol[], position: vscode.Position): string[] {
  const trail: string[] = [];
  let level = symbols;
  for (;;) {
    const next = level.find((s) => s.range.contains(position));
    if (!next) return trail;
    trail.push(next.name);
    level = next.children;
  }
}

suite('The outline in VS Code', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('003: the ticker is one block, headline 19, dateline 22, sections 33 and 41 holding the paragraphs that follow', async () => {
    const editor = await openSeed('003_e7c410046469def3.txt');
    const symbols = await outline(editor.document.uri);
    assert.deepStrictEqual(
      symbols.map((s) => `${s.detail} ${s.range.start.line + 1}-${s.range.end.line + 1}`),
      ['Boilerplate 1-17', 'Headline 19-19', 'Byline 21-21', 'Dateline 22-22', 'Paragraph 25-25', 'Paragraph 27-27', 'Paragraph 29-29', 'Paragraph 31-31', 'Section 33-39', 'Section 41-63'],
    );
    const sections = symbols.filter((s) => s.kind === vscode.SymbolKind.Namespace);
    assert.deepStrictEqual(sections.map((s) => s.name), ['هجوم من محورين', 'استسلام في الرقة']);
    assert.deepStrictEqual(sections[0].children.map((c) => c.range.start.line + 1), [35, 37, 39]);
    assert.strictEqual(sections[1].children.length, 11);
    assert.strictEqual(symbols[1].kind, vscode.SymbolKind.File);
    assert.strictEqual(symbols[0].kind, vscode.SymbolKind.Null);
  });

  test('003: the breadcrumbs read section › paragraph › quotation', async () => {
    const editor = await openSeed('003_e7c410046469def3.txt');
    const symbols = await outline(editor.document.uri);
    const trail = breadcrumbTrail(symbols, positionOf(editor.document, 'استسلم نحو مئة'));
    assert.deepStrictEqual(trail.slice(0, 2), ['استسلام في الرقة', 'وقال التحالف الدولي لوكالة الأنباء الفرنسية عبر …']);
    assert.match(trail[2], /^«خلال الساعات الأربع والعشرين الماضية، استسلم …» — التحالف الدولي$/);
  });

  test('001: the headline is line 5; 002: the outline says there is no headline', async () => {
    const first = await openSeed('001_677dbd5d2656fa72.txt');
    const headline = (await outline(first.document.uri)).find((s) => s.detail === 'Headline');
    assert.strictEqual(headline?.range.start.line, 4);
    const second = await openSeed('002_3d92b1369c88c135.txt');
    const [placeholder, byline] = await outline(second.document.uri);
    assert.deepStrictEqual([placeholder.name, placeholder.detail], ['No headline', 'Headline']);
    assert.deepStrictEqual([byline.name, byline.detail], ['دمشق - نور خوام', 'Byline']);
  });

  test('folding follows the outline: the ticker as a comment, the sections as regions', async () => {
    const editor = await openArticle('03-ticker-report.txt');
    const ranges = await waitFor(
      'folding ranges',
      () => vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri),
      (r) => Array.isArray(r) && r.length >= 3,
    );
    const found = ranges.map((r) => `${r.start + 1}-${r.end + 1} ${r.kind === vscode.FoldingRangeKind.Comment ? 'comment' : 'region'}`);
    for (const expected of ['1-5 comment', '17-21 region', '23-27 region']) assert.ok(found.includes(expected), `${expected} in ${found.join(', ')}`);
  });

  test('smart selection grows from the quoted words to the sentence, the paragraph and the article', async () => {
    const editor = await openArticle('01-flood-wire.txt');
    await outline(editor.document.uri);
    const position = positionOf(editor.document, 'ما زالت ترتفع');
    const [range] = await vscode.commands.executeCommand<vscode.SelectionRange[]>('vscode.executeSelectionRangeProvider', editor.document.uri, [position]);
    const texts: string[] = [];
    for (let r: vscode.SelectionRange | undefined = range; r; r = r.parent) texts.push(editor.document.getText(r.range));
    assert.ok(texts.includes('المياه ما زالت ترتفع في الوديان القريبة من الطريق الدولي'), texts.join(' | '));
    assert.ok(texts.includes(editor.document.lineAt(3).text), 'the paragraph');
    assert.strictEqual(texts[texts.length - 1], editor.document.getText(), 'the whole article last');
  });

  test('khabar.outline.entities adds the people, places and organisations named', async () => {
    const config = vscode.workspace.getConfiguration('khabar');
    await config.update('outline.entities', true, vscode.ConfigurationTarget.Global);
    try {
      const editor = await openArticle('03-ticker-report.txt');
      const symbols = await outline(editor.document.uri, (s) => s.some((x) => x.kind === vscode.SymbolKind.Package));
      const group = symbols.find((s) => s.kind === vscode.SymbolKind.Package);
      assert.strictEqual(group?.name, 'Organisations (3)');
      assert.deepStrictEqual(group?.children.map((c) => c.name), ['منظمة الأغذية والزراعة (1)', 'وزارة الزراعة (1)', 'رويترز (1)']);
    } finally {
      await config.update('outline.entities', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('workspace symbols find headlines across the articles, with their dates', async () => {
    await openArticle('01-flood-wire.txt');
    const found = await waitFor(
      'workspace symbols',
      () => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'الجفاف الزيتون'),
      (s) => Array.isArray(s) && s.some((x) => x.name.startsWith('تقرير: الجفاف')),
    );
    const report = found.find((x) => x.name.startsWith('تقرير: الجفاف'));
    assert.strictEqual(report?.containerName, '2021-11-08');
    assert.strictEqual(report?.location.uri.toString(), workspaceFile('03-ticker-report.txt').toString());
  });
});
