/**
 * Queries over many articles at once (a workspace): the shells load the articles, the
 * core answers from their analyses. Paths are opaque strings to the core.
 */
import type { ArticleAnalysis, Span } from './model';
import { fold } from './text/normalize';

export interface ArticleRef {
  /** Where the article lives, as the shell names it (a URI in the language server). */
  readonly path: string;
  readonly text: string;
  readonly analysis: ArticleAnalysis;
}

export type WorkspaceSymbolKind = 'headline';

export interface WorkspaceSymbolInfo extends Span {
  readonly name: string;
  readonly kind: WorkspaceSymbolKind;
  readonly path: string;
  /** Shown beside it: for a headline, the article's date (from its dateline), so versions of a story tell apart. */
  readonly container: string | null;
}

/** Whether every word of the query occurs in the name, compared in folded form. */
export function matchesQuery(name: string, query: string): boolean {
  const words = fold(query).trim().split(/\s+/).filter(Boolean);
  const target = fold(name);
  return words.every((w) => target.includes(w));
}

/** Headlines of the articles whose text matches `query` (all of them for an empty query). */
export function workspaceSymbols(query: string, articles: readonly ArticleRef[]): WorkspaceSymbolInfo[] {
  const symbols: WorkspaceSymbolInfo[] = [];
  for (const article of articles) {
    const headline = article.analysis.paragraphs.find((p) => p.kind === 'headline');
    if (!headline) continue;
    const name = article.text.slice(headline.start, headline.end);
    const date = article.analysis.dateline?.value.slice(0, 10) ?? null;
    if (matchesQuery(name, query)) symbols.push({ name, kind: 'headline', path: article.path, start: headline.start, end: headline.end, container: date });
  }
  return symbols;
}
