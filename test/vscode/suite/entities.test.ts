/**
 * Names in a real VS Code: semantic colouring of people, places and organisations, the
 * hover, highlights of every mention, Go to Definition, and workspace symbols.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { openArticle, positionOf, waitFor } from './helpers';

/** Semantic tokens decoded to "line:text:type[:modifier]". */
async function semanticTokens(document: vscode.TextDocument): Promise<string[]> {
  const legend = await waitFor(
    'the semantic tokens legend',
    () => vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', document.uri),
    (l) => l !== undefined,
  );
  const tokens = await waitFor(
    'semantic tokens',
    () => vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri),
    (t) => t !== undefined && t.data.length > 0,
  );
  const out: string[] = [];
  let line = 0;
  let char = 0;
  const data = tokens?.data ?? new Uint32Array();
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const text = document.lineAt(line).text.slice(char, char + data[i + 2]);
    out.push(`${line}:${text}:${legend?.tokenTypes[data[i + 3]]}${data[i + 4] & 1 ? ':declaration' : ''}`);
  }
  return out;
}

suite('Names in VS Code', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('people, places and organisations are coloured apart, and semantic highlighting is on', async () => {
    const editor = await openArticle('01-flood-wire.txt');
    const tokens = await semanticTokens(editor.document);
    assert.ok(tokens.includes('3:سامر الخطيب:class:declaration'), tokens.join(' '));
    assert.ok(tokens.includes('4:الخطيب:class'), tokens.join(' '));
    assert.ok(tokens.includes('0:حماة:function:declaration'), tokens.join(' '));
    assert.ok(tokens.includes('2:الدفاع المدني:enumMember:declaration'), tokens.join(' '));
    assert.strictEqual(vscode.workspace.getConfiguration('editor', { languageId: 'arabic-news' }).get('semanticHighlighting.enabled'), true);
  });

  test('a hover on a name gives its type, canonical name, mentions and first mention', async () => {
    const editor = await openArticle('01-flood-wire.txt');
    const text = await waitFor(
      'a hover on الخطيب',
      async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'الخطيب أن'));
        return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      },
      (t) => t.includes('سامر الخطيب'),
    );
    assert.match(text, /\*\*Person\*\* \(شخص\)/);
    assert.match(text, /4 mentions \(lines 4, 5, 8, 9\)/);
    assert.match(text, /First mention: line 4, «سامر الخطيب»/);
  });

  test('every mention of the name under the cursor is highlighted; Go to Definition reaches the first', async () => {
    const editor = await openArticle('01-flood-wire.txt');
    const at = positionOf(editor.document, 'الخطيب أن');
    const highlights = await waitFor(
      'highlights',
      () => vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', editor.document.uri, at),
      (h) => Array.isArray(h) && h.length > 0,
    );
    assert.deepStrictEqual(highlights.map((h) => h.range.start.line), [3, 4, 7, 8]);
    assert.strictEqual(highlights[0].kind, vscode.DocumentHighlightKind.Write);
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, at);
    const target = definitions.map((d) => ('targetRange' in d ? d.targetRange : d.range))[0];
    assert.strictEqual(target?.start.line, 3);
    assert.strictEqual(editor.document.getText(target), 'سامر الخطيب');
  });

  test('workspace symbols find a name in the articles that mention it', async () => {
    await openArticle('01-flood-wire.txt');
    const symbols = await waitFor(
      'workspace symbols for الخطيب',
      () => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'الخطيب'),
      (s) => Array.isArray(s) && s.some((x) => x.name === 'سامر الخطيب'),
    );
    const person = symbols.find((s) => s.name === 'سامر الخطيب');
    assert.strictEqual(person?.kind, vscode.SymbolKind.Class);
    assert.ok(person?.location.uri.path.endsWith('01-flood-wire.txt'));
  });
});
