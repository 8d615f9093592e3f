/**
 * The extension in a real VS Code: activation on an Arabic .txt article, diagnostics,
 * hovers, the outline, quick fixes and fix-all, on the project's own sample articles.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { LANGUAGE_ID, openArticle, positionOf, stableDiagnostics, waitFor, workspaceFile } from './helpers';

suite('Khabar in VS Code', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('an Arabic .txt article switches to arabic-news and gets diagnostics', async () => {
    const editor = await openArticle('01-flood-wire.txt');
    assert.strictEqual(editor.document.languageId, LANGUAGE_ID);
    const diagnostics = await stableDiagnostics(editor.document.uri);
    const duplicates = diagnostics.filter((d) => d.code === 'paragraph.duplicate');
    assert.deepStrictEqual(duplicates.map((d) => d.range.start.line + 1), [8, 9, 10]);
    assert.ok(duplicates.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    assert.ok(duplicates[0].relatedInformation?.[0].location.range.start.line === 3, 'points to the first occurrence (line 4)');
  });

  test('a plain-text file in English stays plain text', async () => {
    const english = await vscode.workspace.openTextDocument(workspaceFile('notes-en.txt'));
    await vscode.window.showTextDocument(english);
    // Files are considered in the order they open: once a later Arabic file has switched, the English one was looked at too.
    await openArticle('04-no-headline.txt');
    assert.strictEqual(vscode.workspace.textDocuments.find((d) => d.uri.toString() === english.uri.toString())?.languageId, 'plaintext');
  });

  test('a hover on a date explains it', async () => {
    const editor = await openArticle('01-flood-wire.txt');
    await stableDiagnostics(editor.document.uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, '14/مارس/2019'));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /2019-03-14T21:40/);
    assert.match(text, /Thursday/);
  });

  test('the outline shows the headline, the dateline and the paragraphs', async () => {
    const editor = await openArticle('03-ticker-report.txt');
    const symbols = await waitFor(
      'document symbols',
      () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri),
      (s) => Array.isArray(s) && s.length > 0,
    );
    const names = symbols.map((s) => s.name);
    assert.ok(names.some((n) => n.startsWith('تقرير: الجفاف يهدد')), `headline in ${names.join(' | ')}`);
    const sections = symbols.filter((s) => s.kind === vscode.SymbolKind.Namespace);
    assert.deepStrictEqual(sections.map((s) => s.name), ['أرقام مقلقة', 'حلول مقترحة']);
    assert.ok(sections[0].children.length >= 2, 'a section holds its paragraphs');
  });

  test('a quick fix removes the duplicated paragraph and nothing else', async () => {
    const editor = await openArticle('01-flood-wire.txt');
    const before = editor.document.getText();
    const diagnostics = await stableDiagnostics(editor.document.uri);
    const duplicate = diagnostics.find((d) => d.code === 'paragraph.duplicate');
    assert.ok(duplicate);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, duplicate.range, vscode.CodeActionKind.QuickFix.value);
    const remove = actions.find((a) => a.title === 'Remove this duplicated paragraph');
    assert.ok(remove?.edit, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(remove.edit));
    const lines = before.split('\n');
    const removedLine = lines.splice(duplicate.range.start.line, 1)[0];
    assert.strictEqual(editor.document.getText(), lines.join('\n'));
    assert.ok(editor.document.getText().includes(removedLine), 'the first occurrence stays');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('fix-all cleans the scraped page and a second run changes nothing', async () => {
    const editor = await openArticle('02-book-fair-page.txt');
    await stableDiagnostics(editor.document.uri);
    await vscode.commands.executeCommand('khabar.fixAll');
    const fixed = await waitFor('fix-all to apply', () => editor.document.getText(), (t) => !t.includes('LOGO'));
    assert.ok(!fixed.includes('\u00a0'), 'no no-break-space lines remain');
    assert.strictEqual(fixed.split('معرض الكتاب في عمّان يستقبل').length - 1, 1, 'the headline is printed once');
    assert.ok(fixed.includes('اختتم معرض عمّان الدولي للكتاب'), 'body text stays');
    const remaining = await stableDiagnostics(editor.document.uri, false);
    // What is left needs an editor's judgement: «مساء أمس الخميس» in an article dated Saturday (its fix is not a safe one).
    assert.deepStrictEqual(remaining.filter((d) => d.code !== 'analysis.failed').map((d) => d.code), ['date.weekday-mismatch']);
    await vscode.commands.executeCommand('khabar.fixAll');
    assert.strictEqual(editor.document.getText(), fixed);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
