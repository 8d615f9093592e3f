/**
 * The language server: the shared context and the list of features. Each feature (in
 * features/) declares its capabilities and registers its handlers; every handler looks
 * the document up, converts in, calls the core and converts out.
 */
import { DidChangeConfigurationNotification, TextDocumentSyncKind, TextDocuments, type ClientCapabilities, type Connection, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { VERSION, localeFromTag } from '../analysis';
import { Analyses } from './analyses';
import { quietly, type Feature, type ServerContext } from './context';
import { createArticleDetection } from './features/article-detection';
import { createCodeActions } from './features/code-actions';
import { createDiagnostics } from './features/diagnostics';
import { createDocumentSymbols } from './features/document-symbols';
import { createHover } from './features/hover';
import { createSelectionRanges } from './features/selection-ranges';
import { createWorkspaceSymbols } from './features/workspace-symbols';
import { Settings } from './settings';
import { WorkspaceIndex } from './workspace-index';

export function startServer(connection: Connection): void {
  const features: Feature[] = [createDiagnostics(), createHover(), createDocumentSymbols(), createCodeActions(), createWorkspaceSymbols(), createArticleDetection(), createSelectionRanges()];
  const documents = new TextDocuments(TextDocument);
  const settings = new Settings(connection);
  const analyses = new Analyses();
  let clientCapabilities: ClientCapabilities = {};
  let folders: string[] = [];

  const ctx: ServerContext = {
    connection,
    documents,
    settings,
    analyses,
    workspace: new WorkspaceIndex(connection, documents, analyses, (uri) => settings.get(uri)),
    client: () => clientCapabilities,
    async analysed(uri) {
      if (!documents.get(uri)) return null;
      const options = await settings.get(uri);
      // The document may have changed or closed while the settings arrived: use what is current.
      const document = documents.get(uri);
      return document ? { document, options, analysis: analyses.get(document, options) } : null;
    },
  };

  connection.onInitialize((params): InitializeResult => {
    clientCapabilities = params.capabilities;
    settings.configure(localeFromTag(params.locale), clientCapabilities.workspace?.configuration === true);
    folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    const capabilities = Object.assign({ textDocumentSync: TextDocumentSyncKind.Incremental }, ...features.map((f) => f.capabilities(clientCapabilities)));
    return { capabilities, serverInfo: { name: 'khabar', version: VERSION } };
  });

  connection.onInitialized(() => {
    if (clientCapabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      quietly(connection.client.register(DidChangeConfigurationNotification.type, { section: 'khabar' }));
    }
    ctx.workspace.start(folders, clientCapabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true);
  });

  connection.onDidChangeConfiguration(() => {
    settings.reset();
    for (const feature of features) feature.refresh?.(ctx);
  });

  documents.onDidClose(({ document }) => {
    analyses.drop(document.uri);
    settings.forget(document.uri);
  });

  for (const feature of features) feature.register(ctx);
  documents.listen(connection);
  connection.listen();
}
