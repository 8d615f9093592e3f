/**
 * Analyses cached per document version and options: every request for the same version
 * reuses one analysis, and paragraphs unchanged since an earlier version come from the
 * core's paragraph cache.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer, optionsKey, type AnalysisOptions, type ArticleAnalysis } from '../analysis';

interface Entry {
  /** The document object analysed: an open document and its copy on disk are different objects. */
  readonly document: TextDocument;
  readonly version: number;
  readonly key: string;
  readonly analysis: ArticleAnalysis;
}

export class Analyses {
  readonly analyzer = new Analyzer();
  readonly #entries = new Map<string, Entry>();

  get(document: TextDocument, options: AnalysisOptions): ArticleAnalysis {
    const key = optionsKey(options);
    const entry = this.#entries.get(document.uri);
    if (entry && entry.document === document && entry.version === document.version && entry.key === key) return entry.analysis;
    const analysis = this.analyzer.analyze(document.getText(), options);
    this.#entries.set(document.uri, { document, version: document.version, key, analysis });
    return analysis;
  }

  drop(uri: string): void {
    this.#entries.delete(uri);
  }
}
