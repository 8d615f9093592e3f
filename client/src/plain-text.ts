/**
 * Plain-text articles: a `.txt` file whose text is mostly Arabic switches to the
 * `arabic-news` language when it opens, so Khabar's features and highlighting apply with
 * no configuration. The server decides what counts as Arabic (khabar/isArabicArticle);
 * `khabar.plainTextFiles` makes the switch always or never happen. A file the user
 * switches back to plain text stays so while its tab is open.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const LANGUAGE_ID = 'arabic-news';
/** The server looks at the beginning of a text only; no need to send more. */
const SAMPLE = 20_000;
const SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

async function shouldSwitch(client: LanguageClient, document: vscode.TextDocument): Promise<boolean> {
  if (document.languageId !== 'plaintext' || !SCHEMES.has(document.uri.scheme)) return false;
  const mode = vscode.workspace.getConfiguration('khabar', document.uri).get<string>('plainTextFiles', 'auto');
  if (mode === 'never') return false;
  if (mode === 'always') return true;
  return client.sendRequest<boolean>('khabar/isArabicArticle', { text: document.getText().slice(0, SAMPLE) });
}

export function watchPlainText(context: vscode.ExtensionContext, client: LanguageClient): void {
  // URIs already considered while their tab is open: a user's switch back to plain text is respected.
  const considered = new Set<string>();
  const consider = async (document: vscode.TextDocument): Promise<void> => {
    const key = document.uri.toString();
    if (document.languageId !== 'plaintext' || considered.has(key)) return;
    considered.add(key);
    if (await shouldSwitch(client, document)) await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => void consider(document)),
    vscode.window.tabGroups.onDidChangeTabs(({ closed }) => {
      for (const tab of closed) if (tab.input instanceof vscode.TabInputText) considered.delete(tab.input.uri.toString());
    }),
  );
  for (const document of vscode.workspace.textDocuments) void consider(document);
}
