/**
 * The language server: capabilities and handlers. Every handler looks the document up,
 * converts in, calls the core and converts out; no article logic lives here.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { VERSION, hoverAt, localeFromTag, messagesFor, type AnalysisOptions, type ArticleAnalysis } from '../analysis';
import { Analyses } from './analyses';
import { codeActions, resolveFixAll } from './code-actions';
import { FIX_ALL_KIND, toDiagnostic, toDocumentSymbols, toFoldingRanges, toHover, toOffset } from './convert';
import { Settings } from './settings';

const PUSH_DELAY_MS = 150;

/** Messages to the client that may fail only when the connection is closing: nothing to do then. */
function quietly(promise: Promise<unknown>): void {
  promise.catch(() => undefined);
}

interface Analysed {
  readonly document: TextDocument;
  readonly options: AnalysisOptions;
  readonly analysis: ArticleAnalysis;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const settings = new Settings(connection);
  const analyses = new Analyses();
  let pull = false;
  let canRefresh = false;
  let dynamicConfiguration = false;
  const pushTimers = new Map<string, ReturnType<typeof setTimeout>>();

  /** The current document with its options and analysis, or null once it is closed. */
  async function analysed(uri: string): Promise<Analysed | null> {
    if (!documents.get(uri)) return null;
    const options = await settings.get(uri);
    // The document may have changed or closed while the settings arrived: use what is current.
    const document = documents.get(uri);
    if (!document) return null;
    return { document, options, analysis: analyses.get(document, options) };
  }

  async function push(uri: string): Promise<void> {
    const a = await analysed(uri);
    if (a) await connection.sendDiagnostics({ uri, version: a.document.version, diagnostics: a.analysis.findings.map((f) => toDiagnostic(a.document, f)) });
  }

  function schedulePush(uri: string): void {
    if (pull) return;
    clearTimeout(pushTimers.get(uri));
    pushTimers.set(uri, setTimeout(() => quietly(push(uri)), PUSH_DELAY_MS));
  }

  function refreshAll(): void {
    if (pull && canRefresh) quietly(connection.languages.diagnostics.refresh());
    else if (!pull) for (const document of documents.all()) schedulePush(document.uri);
  }

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    pull = caps.textDocument?.diagnostic !== undefined;
    canRefresh = caps.workspace?.diagnostics?.refreshSupport === true;
    dynamicConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    settings.configure(localeFromTag(params.locale), caps.workspace?.configuration === true);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        diagnosticProvider: pull ? { identifier: 'khabar', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
        hoverProvider: true,
        documentSymbolProvider: { label: 'Khabar' },
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
      },
      serverInfo: { name: 'khabar', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (dynamicConfiguration) quietly(connection.client.register(DidChangeConfigurationNotification.type, { section: 'khabar' }));
  });

  connection.onDidChangeConfiguration(() => {
    settings.reset();
    refreshAll();
  });

  connection.languages.diagnostics.on(async ({ textDocument }) => {
    const a = await analysed(textDocument.uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: a ? a.analysis.findings.map((f) => toDiagnostic(a.document, f)) : [] };
  });

  connection.onHover(async ({ textDocument, position }) => {
    const a = await analysed(textDocument.uri);
    if (!a) return null;
    const info = hoverAt(a.analysis, a.document.getText(), toOffset(a.document, position), a.options.locale);
    return info ? toHover(a.document, info) : null;
  });

  connection.onDocumentSymbol(async ({ textDocument }) => {
    const a = await analysed(textDocument.uri);
    return a ? toDocumentSymbols(a.document, a.analysis.outline, messagesFor(a.options.locale)) : [];
  });

  connection.onFoldingRanges(async ({ textDocument }) => {
    const a = await analysed(textDocument.uri);
    return a ? toFoldingRanges(a.document, a.analysis.outline) : [];
  });

  connection.onCodeAction(async (params) => {
    const a = await analysed(params.textDocument.uri);
    return a ? codeActions(a.document, a.analysis, a.options, params) : [];
  });

  connection.onCodeActionResolve(async (action) => {
    const uri = (action.data as { uri?: string } | undefined)?.uri;
    if (!uri) return action;
    const options = await settings.get(uri);
    return resolveFixAll(action, documents.get(uri), analyses.analyzer, options);
  });

  documents.onDidChangeContent(({ document }) => schedulePush(document.uri));
  documents.onDidClose(({ document }) => {
    analyses.drop(document.uri);
    settings.forget(document.uri);
    clearTimeout(pushTimers.get(document.uri));
    if (!pull) quietly(connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }));
  });

  documents.listen(connection);
  connection.listen();
}
