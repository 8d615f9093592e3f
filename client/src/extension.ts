/**
 * The VS Code client: starts the Khabar language server (dist/server.js) for
 * `arabic-news` documents, switches Arabic plain-text articles to that language, and
 * adds the editor-side commands. All analysis happens in the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_ID, watchPlainText } from './plain-text';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    outputChannelName: 'Khabar',
  };
  client = new LanguageClient('khabar', 'Khabar', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('khabar.fixAll', () => vscode.commands.executeCommand('editor.action.sourceAction', { kind: 'source.fixAll.khabar', apply: 'first' })),
    vscode.commands.registerCommand('khabar.treatAsArticle', async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document) await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    }),
    vscode.commands.registerCommand('khabar.restartServer', () => client?.restart()),
    // VS Code keeps each document's outline until the text changes, and LSP cannot ask it to
    // fetch symbols again; a restart re-registers the providers, which drops those outlines.
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('khabar.outline')) void client?.restart();
    }),
  );
  await client.start();
  watchPlainText(context, client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
