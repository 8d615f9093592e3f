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
  /** What holds it, shown beside it (the article for a name; nothing for a headline). */
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
    if (matchesQuery(name, query)) symbols.push({ name, kind: 'headline', path: article.path, start: headline.start, end: headline.end, container: null });
  }
  return symbols;
}
