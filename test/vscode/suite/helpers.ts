/**
 * Helpers for tests in the real editor: open an article from the test workspace and wait
 * for results by polling until they are stable, never with fixed sleeps.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';

export const LANGUAGE_ID = 'arabic-news';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Polls `probe` every 100 ms until `done` holds, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | Thenable<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!done(last)) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await probe();
  }
  return last;
}

/** Waits until the diagnostics of `uri` are non-empty (when `nonEmpty`) and unchanged for 600 ms. */
export async function stableDiagnostics(uri: vscode.Uri, nonEmpty = true, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let stableSince = Date.now();
  for (;;) {
    const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'khabar');
    const key = JSON.stringify(diagnostics.map((d) => [d.code, d.range.start.line, d.message]));
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    }
    if ((!nonEmpty || diagnostics.length > 0) && Date.now() - stableSince >= 600) return diagnostics;
    if (Date.now() > deadline) assert.fail(`timed out waiting for stable diagnostics on ${uri.path}; last: ${last.slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function openArticle(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  const editor = await vscode.window.showTextDocument(document);
  await waitFor(`${name} to switch to ${LANGUAGE_ID}`, () => editor.document.languageId, (id) => id === LANGUAGE_ID);
  // setTextDocumentLanguage replaces the document object: return the editor showing the current one.
  return vscode.window.activeTextEditor ?? editor;
}

export function positionOf(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Position {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = document.getText().indexOf(needle, index + 1);
    assert.ok(index >= 0, `"${needle}" occurs ${occurrence + 1} times in ${document.uri.path}`);
  }
  return document.positionAt(index);
}
