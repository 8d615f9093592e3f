/**
 * Plain-text articles: a `.txt` file whose text is mostly Arabic switches to the
 * `arabic-news` language when it opens, so Khabar's features and highlighting apply with
 * no configuration. `khabar.plainTextFiles` makes this always or never happen. A file the
 * user switches back to plain text stays so while its tab is open.
 */
import * as vscode from 'vscode';

export const LANGUAGE_ID = 'arabic-news';
const SAMPLE = 20_000;
const MIN_LETTERS = 20;
const SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

/** Whether at least half the letters in the first part of `text` are Arabic script. */
export function isMostlyArabic(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return false;
  const arabic = sample.match(/(?=\p{L})\p{Script=Arabic}/gu)?.length ?? 0;
  return arabic * 2 >= letters;
}

function shouldSwitch(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'plaintext' || !SCHEMES.has(document.uri.scheme)) return false;
  const mode = vscode.workspace.getConfiguration('khabar', document.uri).get<string>('plainTextFiles', 'auto');
  if (mode === 'never') return false;
  if (mode === 'always') return true;
  return isMostlyArabic(document.getText());
}

export function watchPlainText(context: vscode.ExtensionContext): void {
  // URIs already considered while their tab is open: a user's switch back to plain text is respected.
  const considered = new Set<string>();
  const consider = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (document.languageId !== 'plaintext' || considered.has(key)) return;
    considered.add(key);
    if (shouldSwitch(document)) void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(consider),
    vscode.window.tabGroups.onDidChangeTabs(({ closed }) => {
      for (const tab of closed) if (tab.input instanceof vscode.TabInputText) considered.delete(tab.input.uri.toString());
    }),
  );
  vscode.workspace.textDocuments.forEach(consider);
}
