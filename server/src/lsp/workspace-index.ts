/**
 * The articles of the workspace, for features that look across files (workspace symbols,
 * and later cross-article checks). Folders are scanned in the background for `.txt`
 * files that are mostly Arabic and for `.khabar` files; file events keep the index
 * current; an open document always wins over its copy on disk. Reading files is I/O, so
 * it lives here in the shell; the core only ever sees texts.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { DidChangeWatchedFilesNotification, FileChangeType, type CancellationToken, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isMostlyArabic, type AnalysisOptions, type ArticleRef } from '../analysis';
import type { Analyses } from './analyses';

/** Indexing stops here, and says so in the log: a workspace is not a news archive. */
export const MAX_ARTICLES = 5000;
const MAX_BYTES = 8 * 1024 * 1024;
/** How long analysing articles for a workspace query may hold the event loop before letting other requests in. */
const SLICE_MS = 10;
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', 'build']);
const ARTICLE_FILE = /\.(txt|khabar)$/i;
/** Other files the server watches for its features (the workspace boilerplate list); they are not articles. */
const OTHER_WATCHED = ['**/.khabar/*.patterns'];

interface Entry {
  readonly document: TextDocument;
}

export class WorkspaceIndex {
  readonly #connection: Connection;
  readonly #documents: TextDocuments<TextDocument>;
  readonly #analyses: Analyses;
  readonly #optionsFor: (uri: string) => Promise<AnalysisOptions>;
  readonly #entries = new Map<string, Entry>();
  #folders: string[] = [];
  #scan: Promise<void> = Promise.resolve();
  #limitReported = false;
  readonly #listeners: Array<(uris: readonly string[]) => void> = [];

  constructor(connection: Connection, documents: TextDocuments<TextDocument>, analyses: Analyses, optionsFor: (uri: string) => Promise<AnalysisOptions>) {
    this.#connection = connection;
    this.#documents = documents;
    this.#analyses = analyses;
    this.#optionsFor = optionsFor;
  }

  /** Starts indexing these folders (file URIs) in the background, and watching them. */
  start(folderUris: readonly string[], canWatch: boolean): void {
    this.#folders = folderUris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    if (canWatch) {
      const watchers = ['**/*.{txt,khabar}', ...OTHER_WATCHED].map((globPattern) => ({ globPattern }));
      this.#connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).then(undefined, () => undefined);
    }
    this.#connection.onDidChangeWatchedFiles(({ changes }) => {
      for (const change of changes) {
        if (!ARTICLE_FILE.test(change.uri)) continue;
        if (change.type === FileChangeType.Deleted) this.#entries.delete(change.uri);
        else if (change.uri.startsWith('file:')) this.#scan = this.#scan.then(() => this.#read(fileURLToPath(change.uri)));
      }
      const uris = changes.map((c) => c.uri);
      this.#scan = this.#scan.then(() => this.#changed(uris));
    });
    this.#scan = this.#walkAll().then(() => this.#changed([]));
  }

  /** Calls `listener` after the first scan (with no URIs) and after watched files change (with theirs). */
  onDidChange(listener: (uris: readonly string[]) => void): void {
    this.#listeners.push(listener);
  }

  #changed(uris: readonly string[]): void {
    for (const listener of this.#listeners) {
      try {
        listener(uris);
      } catch (error) {
        this.#connection.console.error(`Khabar: a workspace listener failed: ${String(error)}`);
      }
    }
  }

  /** The workspace folders being indexed, as file paths. */
  get folders(): readonly string[] {
    return this.#folders;
  }

  /** The articles indexed so far and the open ones, without waiting for the scan or analysing anything. */
  current(): TextDocument[] {
    const uris = new Set([...this.#entries.keys(), ...this.#documents.all().filter((d) => d.languageId === 'arabic-news').map((d) => d.uri)]);
    const documents: TextDocument[] = [];
    for (const uri of uris) {
      const document = this.document(uri);
      if (document) documents.push(document);
    }
    return documents;
  }

  /**
   * The indexed articles with their analyses; waits for the first scan. Analysing is done
   * in slices of a few milliseconds with the event loop let go between them, so other
   * requests are answered meanwhile; a cancelled request stops early (null).
   */
  async articles(token?: CancellationToken): Promise<ArticleRef[] | null> {
    await this.#scan;
    const refs: ArticleRef[] = [];
    let slice = performance.now();
    for (const document of this.current()) {
      if (performance.now() - slice > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        slice = performance.now();
      }
      if (token?.isCancellationRequested) return null;
      const options = await this.#optionsFor(document.uri);
      refs.push({ path: document.uri, text: document.getText(), analysis: this.#analyses.get(document, options) });
    }
    return refs;
  }

  /** Analyses every indexed article in the background, in slices, so the first workspace query finds them ready. */
  warm(): Promise<void> {
    return this.articles().then(() => undefined, () => undefined);
  }

  /** The current text of an indexed or open article. */
  document(uri: string): TextDocument | undefined {
    return this.#documents.get(uri) ?? this.#entries.get(uri)?.document;
  }

  get size(): number {
    return this.#entries.size;
  }

  async #walkAll(): Promise<void> {
    for (const folder of this.#folders) await this.#walk(folder);
  }

  async #walk(dir: string): Promise<void> {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) await this.#walk(full);
      else if (entry.isFile() && ARTICLE_FILE.test(entry.name)) await this.#read(full);
    }
  }

  async #read(file: string): Promise<void> {
    const uri = pathToFileURL(file).toString();
    if (!this.#entries.has(uri) && this.#entries.size >= MAX_ARTICLES) {
      if (!this.#limitReported) this.#connection.console.info(`Khabar indexes the first ${MAX_ARTICLES} articles of the workspace; ${file} and later files are not indexed.`);
      this.#limitReported = true;
      return;
    }
    try {
      const stat = await fs.stat(file);
      if (stat.size > MAX_BYTES) return;
      const bytes = await fs.readFile(file);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
      if (/\.txt$/i.test(file) && !isMostlyArabic(text)) {
        this.#entries.delete(uri);
        return;
      }
      const previous = this.#entries.get(uri);
      this.#entries.set(uri, { document: TextDocument.create(uri, 'arabic-news', (previous?.document.version ?? 0) + 1, text) });
    } catch {
      // Unreadable, binary or not UTF-8: not an article.
      this.#entries.delete(uri);
    }
    // Let requests run between files.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
