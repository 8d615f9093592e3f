/**
 * Cleanup in a real VS Code: "remove all duplicated paragraphs", fix-all on save through
 * editor.codeActionsOnSave, and a paragraph shared with another article of the
 * workspace, linked to it. Articles the tests write are deleted afterwards.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { openArticle, stableDiagnostics, waitFor, workspaceFile } from './helpers';

const P1 = 'أعلن الدفاع المدني السوري اليوم الخميس أن السيول التي اجتاحت ريف حماة الشمالي غمرت 23 قرية وبلدة وأجبرت أكثر من 600 عائلة على مغادرة منازلها.';
const P2 = 'وكانت وزارة الزراعة قد حذرت الأسبوع الماضي من أن التربة المشبعة بالمياه لن تحتمل موجة جديدة من الأمطار الغزيرة في المنطقة.';
const written: vscode.Uri[] = [];

async function writeArticle(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  written.push(uri);
  return uri;
}

suite('Khabar cleanup in VS Code', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of written.splice(0)) await vscode.workspace.fs.delete(uri);
  });

  test('"remove all duplicated paragraphs" removes every copy and keeps the first occurrences', async () => {
    const editor = await openArticle('01-flood-wire.txt');
    const before = editor.document.getText();
    const duplicates = (await stableDiagnostics(editor.document.uri)).filter((d) => d.code === 'paragraph.duplicate');
    assert.strictEqual(duplicates.length, 3);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, duplicates[1].range, vscode.CodeActionKind.QuickFix.value);
    const all = actions.find((a) => a.title === 'Remove all 3 duplicated paragraphs');
    assert.ok(all?.edit, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    const lines = before.split('\n');
    assert.strictEqual(editor.document.getText(), [...lines.slice(0, 7), ''].join('\n'));
    await stableDiagnostics(editor.document.uri, false).then((d) => assert.deepStrictEqual(d.filter((x) => x.code === 'paragraph.duplicate'), []));
  });

  test('fix-all on save (editor.codeActionsOnSave) cleans the file and keeps the first copy', async () => {
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'arabic-news' });
    await config.update('codeActionsOnSave', { 'source.fixAll.khabar': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      const uri = await writeArticle('on-save.txt', `LOGO\nعنوان الخبر عن السيول\n${P1}\nإعلان\n${P2}\n${P1}\n`);
      const editor = await openArticle('on-save.txt');
      await stableDiagnostics(uri);
      await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount - 1, 0), '\u00a0\n'));
      assert.ok(await editor.document.save());
      const clean = `عنوان الخبر عن السيول\n${P1}\n${P2}\n`;
      await waitFor('the saved file to be clean', async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), (text) => text === clean);
      assert.strictEqual(editor.document.getText(), clean);
    } finally {
      await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });

  test('a paragraph that also stands in another article links to it', async () => {
    const reused = 'وأعلن الدفاع المدني السوري الخميس أن السيول التي اجتاحت ريف حماة الشمالي غمرت 23 قرية وبلدة، وأجبرت أكثر من 600 عائلة على مغادرة منازلها، في أسوأ موجة أمطار تشهدها المنطقة منذ عشر سنوات.';
    const uri = await writeArticle('syndicated-flood.txt', `سيول حماة: مئات العائلات بلا مأوى\n${reused}\n${P2}\n`);
    const editor = await openArticle('syndicated-flood.txt');
    const diagnostics = await waitFor(
      'a cross-article finding',
      () => vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'paragraph.cross-article'),
      (d) => d.length > 0,
    );
    assert.strictEqual(diagnostics[0].severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(diagnostics[0].range.start.line, 1);
    assert.match(diagnostics[0].message, /also stands in 01-flood-wire\.txt, line 3/);
    const related = diagnostics[0].relatedInformation?.[0];
    assert.ok(related, 'related information points to the other article');
    assert.ok(related.location.uri.path.endsWith('/01-flood-wire.txt'));
    assert.strictEqual(related.location.range.start.line, 2);
    assert.ok(editor.document.getText().includes(reused), 'information only: nothing was changed');
  });
});
