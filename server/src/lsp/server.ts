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
import { createInlayHints } from './features/inlay-hints';
import { createSelectionRanges } from './features/selection-ranges';
import { createWorkspaceSymbols } from './features/workspace-symbols';
import { createSemanticTokens } from './features/semantic-tokens';
import { createDocumentHighlight } from './features/document-highlight';
import { createEntityNavigation } from './features/entity-navigation';
import { Settings } from './settings';
import { WorkspaceIndex } from './workspace-index';
import { CrossArticles } from './cross-article';
import { PatternFiles } from './pattern-files';
import { createBoilerplateList } from './features/boilerplate-list';

export function startServer(connection: Connection): void {
  const features: Feature[] = [
    createDiagnostics(),
    createHover(),
    createDocumentSymbols(),
    createCodeActions(),
    createWorkspaceSymbols(),
    createArticleDetection(),
    createBoilerplateList(),
    createInlayHints(),
    createSemanticTokens(),
    createDocumentHighlight(),
    createEntityNavigation(),
    createSelectionRanges(),
  ];
  const documents = new TextDocuments(TextDocument);
  const patternFiles = new PatternFiles(() => ctx.workspace.folders);
  const settings = new Settings(connection, (uri) => patternFiles.workspaceFiles(uri));
  const analyses = new Analyses();
  let clientCapabilities: ClientCapabilities = {};
  let folders: string[] = [];

  const ctx: ServerContext = {
    connection,
    documents,
    settings,
    analyses,
    workspace: new WorkspaceIndex(connection, documents, analyses, (uri) => settings.get(uri)),
    patternFiles,
    client: () => clientCapabilities,
    async analysed(uri) {
      if (!documents.get(uri)) return null;
      const options = await settings.get(uri);
      // The document may have changed or closed while the settings arrived: use what is current.
      const document = documents.get(uri);
      return document ? { document, options, analysis: crossArticles.extend(document, analyses.get(document, options), options) } : null;
    },
  };
  const crossArticles = new CrossArticles(ctx.workspace, documents);
  // Other articles and the boilerplate list feed every document's findings: pull them again when either changes.
  const refreshAll = (): void => {
    for (const feature of features) feature.refresh?.(ctx);
  };
  patternFiles.onDidChange(() => {
    settings.reset();
    refreshAll();
  });
  ctx.workspace.onDidChange((uris) => {
    if (!patternFiles.changed(uris)) crossArticles.schedule();
    // After the first scan: analyse the articles in the background, for workspace symbols.
    if (uris.length === 0) void ctx.workspace.warm();
  });
  crossArticles.onIndexed(refreshAll);

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
    crossArticles.forget(document.uri);
    // A closed article counts again as its copy on disk, if it has one.
    crossArticles.schedule();
    settings.forget(document.uri);
  });

  for (const feature of features) feature.register(ctx);
  documents.listen(connection);
  connection.listen();
}
