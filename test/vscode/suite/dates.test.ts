/**
 * Dates and figures in a real VS Code: the hover on a relative date, the inlay hints
 * beside dates and figures in words, and the date checks with the weekday fix.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { openArticle, positionOf, stableDiagnostics, waitFor } from './helpers';

const FIXTURE = 'dates-checks.txt';

suite('Dates and figures in VS Code', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('a hover on a relative date says what it means and how it was resolved', async () => {
    const editor = await openArticle(FIXTURE);
    await stableDiagnostics(editor.document.uri);
    const hovers = await waitFor(
      'a hover',
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'مساء أمس')),
      (h) => Array.isArray(h) && h.length > 0,
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /`2023-03-11`/);
    assert.match(text, /Saturday/);
    assert.match(text, /19 شعبان 1444 هـ/);
    assert.match(text, /dateline \(2023-03-12T10:15\): 1 day before/);
  });

  test('inlay hints show the ISO date and the value of a figure in words', async () => {
    const editor = await openArticle(FIXTURE);
    const range = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const hints = await waitFor(
      'inlay hints',
      () => vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', editor.document.uri, range),
      (h) => Array.isArray(h) && h.length > 0,
    );
    const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
    assert.ok(labels.includes('2023-03-11'), labels.join(' | '));
    assert.ok(labels.includes('≈ 3,500'), labels.join(' | '));
    const twelve = hints[labels.indexOf('12')];
    assert.ok(twelve, 'a hint beside اثني عشر');
    const before = editor.document.getText(new vscode.Range(twelve.position.translate(0, -'اثني عشر مركزا'.length), twelve.position));
    assert.strictEqual(before, 'اثني عشر مركزا');
  });

  test('the date checks are diagnostics, and the weekday fix puts the right day', async () => {
    const editor = await openArticle(FIXTURE);
    const diagnostics = await stableDiagnostics(editor.document.uri);
    const codes = diagnostics.map((d) => d.code).sort();
    assert.deepStrictEqual(codes, ['date.impossible', 'date.pair-mismatch', 'date.pair-mismatch', 'date.weekday-mismatch', 'number.mixed-digits']);
    const mismatch = diagnostics.find((d) => d.code === 'date.weekday-mismatch');
    assert.ok(mismatch);
    assert.strictEqual(editor.document.getText(mismatch.range), 'الثلاثاء');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, mismatch.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Change the weekday to Wednesday');
    assert.ok(fix?.edit, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(editor.document.getText().includes('نشرته الأربعاء 8 آذار 2023'));
    await waitFor('the finding to go', () => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.code === 'date.weekday-mismatch').length, (n) => n === 0);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
