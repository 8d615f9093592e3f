/**
 * The language server in process: the real startServer() joined to a protocol client by
 * a pair of streams, as vscode-languageserver-node's own tests do. The client answers
 * workspace/configuration with the settings a test gives, and records notifications.
 */
import { PassThrough } from 'node:stream';
import {
  ConfigurationRequest,
  PublishDiagnosticsNotification,
  ShowMessageNotification,
  ShowMessageRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createConnection,
  createProtocolConnection,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextEdit,
  type AnnotatedTextEdit,
  type SnippetTextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer } from '../../server/src/lsp/server';

export const URI = 'file:///work/article.txt';

export interface Harness {
  readonly client: ProtocolConnection;
  readonly initialize: InitializeResult;
  readonly published: PublishDiagnosticsParams[];
  readonly messages: ShowMessageParams[];
  /** Settings returned for the `khabar` section; change them, then send didChangeConfiguration. */
  settings: Record<string, unknown>;
  open(text: string, uri?: string): Promise<void>;
  /** Closes the connection once everything in flight has been answered. */
  close(): Promise<void>;
}

export const PULL_CAPABILITIES: ClientCapabilities = {
  textDocument: { diagnostic: { dynamicRegistration: false }, hover: { contentFormat: ['markdown'] }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false }, diagnostics: { refreshSupport: true } },
};

export async function startHarness(options: { capabilities?: ClientCapabilities; locale?: string; settings?: Record<string, unknown>; workspaceFolders?: string[] } = {}): Promise<Harness> {
  const up = new PassThrough();
  const down = new PassThrough();
  startServer(createConnection(new StreamMessageReader(up), new StreamMessageWriter(down)));
  const client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const harness = {
    client,
    published: [] as PublishDiagnosticsParams[],
    messages: [] as ShowMessageParams[],
    settings: options.settings ?? {},
  } as Harness & { initialize: InitializeResult };
  client.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => harness.settings));
  client.onNotification(PublishDiagnosticsNotification.method, (p: PublishDiagnosticsParams) => void harness.published.push(p));
  client.onNotification(ShowMessageNotification.method, (p: ShowMessageParams) => void harness.messages.push(p));
  client.onRequest(ShowMessageRequest.method, (p: ShowMessageParams) => {
    harness.messages.push(p);
    return null;
  });
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('workspace/diagnostic/refresh', () => null);
  client.listen();
  harness.initialize = await client.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    workspaceFolders: options.workspaceFolders?.map((uri) => ({ uri, name: uri })) ?? null,
    locale: options.locale,
    capabilities: options.capabilities ?? PULL_CAPABILITIES,
  });
  await client.sendNotification('initialized', {});
  harness.open = async (text, uri = URI) => {
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'arabic-news', version: 1, text } });
  };
  harness.close = async () => {
    // The server handles messages in order: once this round trip is answered, so is every earlier one.
    await client.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///nothing-open' }, position: { line: 0, character: 0 } });
    client.dispose();
    up.destroy();
    down.destroy();
  };
  return harness;
}

/** Applies LSP text edits to a text, as an editor would. */
export function applyTextEdits(text: string, edits: ReadonlyArray<TextEdit | AnnotatedTextEdit | SnippetTextEdit>): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'arabic-news', 1, text), edits as TextEdit[]);
}

/** Waits until `probe` returns a truthy value (polling every 10 ms, 5 s at most). */
export async function eventually<T>(probe: () => T | undefined | null | false): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
