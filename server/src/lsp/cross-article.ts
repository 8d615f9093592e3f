/**
 * Cross-article findings for the language server: the core's ArticleCorpus kept in step
 * with the workspace index, and each document's findings extended with the core's
 * crossArticleFindings.
 *
 * The editor never waits for the workspace: open documents are brought up to date when
 * their findings are asked for (a few of them, cheap), while the articles on disk are
 * indexed in the background, a slice at a time, after the index changes. When a pass
 * changed the corpus, `onIndexed` listeners ask the editor to pull diagnostics again.
 * Nothing is indexed until some document wants cross-article findings.
 */
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ArticleCorpus, crossArticleFindings, optionsKey, type AnalysisOptions, type ArticleAnalysis } from '../analysis';
import type { WorkspaceIndex } from './workspace-index';

/** Articles indexed between two yields to the event loop. */
const SLICE = 25;

interface Entry {
  readonly analysis: ArticleAnalysis;
  readonly generation: number;
  readonly key: string;
  readonly result: ArticleAnalysis;
}

export class CrossArticles {
  readonly #workspace: WorkspaceIndex;
  readonly #documents: TextDocuments<TextDocument>;
  readonly #corpus = new ArticleCorpus();
  readonly #cache = new Map<string, Entry>();
  readonly #listeners: Array<() => void> = [];
  #wanted = false;
  #running: Promise<void> | null = null;
  #again = false;

  constructor(workspace: WorkspaceIndex, documents: TextDocuments<TextDocument>) {
    this.#workspace = workspace;
    this.#documents = documents;
  }

  /** Calls `listener` after a background pass that changed the corpus. */
  onIndexed(listener: () => void): void {
    this.#listeners.push(listener);
  }

  /** `analysis` with the document's cross-article findings added (the same object when there are none). */
  extend(document: TextDocument, analysis: ArticleAnalysis, options: AnalysisOptions): ArticleAnalysis {
    if (!options.acrossArticles || (options.rules['paragraph.cross-article'] === 'off' && options.rules['boilerplate.recurring-line'] === 'off')) return analysis;
    if (!this.#wanted) {
      this.#wanted = true;
      this.schedule();
    }
    for (const open of this.#documents.all()) if (open.languageId === 'arabic-news' || open.uri === document.uri) this.#corpus.set(open.uri, open.getText());
    this.#corpus.set(document.uri, document.getText());
    const key = optionsKey(options);
    const cached = this.#cache.get(document.uri);
    if (cached && cached.analysis === analysis && cached.generation === this.#corpus.generation && cached.key === key) return cached.result;
    const extra = crossArticleFindings(this.#corpus, document.uri, document.getText(), analysis, options);
    const result = extra.length ? { ...analysis, findings: [...analysis.findings, ...extra].sort((a, b) => a.start - b.start || a.end - b.end) } : analysis;
    this.#cache.set(document.uri, { analysis, generation: this.#corpus.generation, key, result });
    return result;
  }

  forget(uri: string): void {
    this.#cache.delete(uri);
  }

  /** Brings the corpus in step with the workspace index in the background; passes asked for while one runs are merged into one more. */
  schedule(): void {
    if (!this.#wanted) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#pass().finally(() => {
      this.#running = null;
      if (this.#again) {
        this.#again = false;
        this.schedule();
      }
    });
  }

  /** Resolves once no background pass is running or pending (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async #pass(): Promise<void> {
    const before = this.#corpus.generation;
    const documents = this.#workspace.current();
    const seen = new Set(documents.map((d) => d.uri));
    for (let i = 0; i < documents.length; i += SLICE) {
      for (const document of documents.slice(i, i + SLICE)) this.#corpus.set(document.uri, document.getText());
      await new Promise((resolve) => setImmediate(resolve));
    }
    for (const path of this.#corpus.paths()) if (!seen.has(path)) this.#corpus.delete(path);
    if (this.#corpus.generation !== before) for (const listener of this.#listeners) listener();
  }
}
