/**
 * What every feature of the language server shares: the connection, the open documents,
 * settings, the analysis cache and the workspace index. Features are modules that declare
 * their capabilities and register their handlers (see features/).
 */
import type { ClientCapabilities, Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisOptions, ArticleAnalysis } from '../analysis';
import type { Analyses } from './analyses';
import type { Settings } from './settings';
import type { WorkspaceIndex } from './workspace-index';
import type { PatternFiles } from './pattern-files';

export interface Analysed {
  readonly document: TextDocument;
  readonly options: AnalysisOptions;
  readonly analysis: ArticleAnalysis;
}

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly settings: Settings;
  readonly analyses: Analyses;
  readonly workspace: WorkspaceIndex;
  /** The workspace boilerplate lists (`.khabar/boilerplate.patterns`). */
  readonly patternFiles: PatternFiles;
  /** The client's capabilities, known once initialize has arrived. */
  readonly client: () => ClientCapabilities;
  /** The current document with its options and analysis, or null when it is not open. */
  analysed(uri: string): Promise<Analysed | null>;
}

/**
 * One feature of the server. A fresh instance is created per server (startServer), so a
 * feature may keep state in its closure.
 */
export interface Feature {
  capabilities(client: ClientCapabilities): ServerCapabilities;
  register(ctx: ServerContext): void;
  /** Called when settings or other articles change: ask the client to fetch results again. */
  refresh?(ctx: ServerContext): void;
}

/** Messages to the client that may fail only when the connection is closing: nothing to do then. */
export function quietly(promise: Promise<unknown>): void {
  promise.catch(() => undefined);
}
