/**
 * Queries over many articles at once (a workspace): the shells load the articles, the
 * core answers from their analyses. Paths are opaque strings to the core.
 */
import type { ArticleAnalysis, Entity, EntityType, Span } from './model';
import { nameKey } from './entities/canonical';
import { fold } from './text/normalize';

export interface ArticleRef {
  /** Where the article lives, as the shell names it (a URI in the language server). */
  readonly path: string;
  readonly text: string;
  readonly analysis: ArticleAnalysis;
}

export type WorkspaceSymbolKind = 'headline' | EntityType;

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

/**
 * Headlines of the articles whose text matches `query` (all of them for an empty query),
 * and, for a non-empty query, the people, places and organisations whose name or any
 * spelling of it matches: one symbol per article that names it, at its first mention, with
 * the article's headline beside it.
 */
export function workspaceSymbols(query: string, articles: readonly ArticleRef[]): WorkspaceSymbolInfo[] {
  const symbols: WorkspaceSymbolInfo[] = [];
  for (const article of articles) {
    const headline = article.analysis.paragraphs.find((p) => p.kind === 'headline');
    const title = headline ? article.text.slice(headline.start, headline.end) : null;
    const date = article.analysis.dateline?.value.slice(0, 10) ?? null;
    if (headline && title !== null && matchesQuery(title, query)) symbols.push({ name: title, kind: 'headline', path: article.path, start: headline.start, end: headline.end, container: date });
    if (query.trim()) symbols.push(...entitySymbols(query, article, title));
  }
  return symbols;
}

/** Whether a name matches the query, spelling variants (عبدالرحمن/عبد الرحمن, سورية/سوريا) included. */
function nameMatches(names: readonly string[], query: string): boolean {
  const key = nameKey(query);
  return names.some((n) => matchesQuery(n, query) || (key !== '' && nameKey(n).includes(key)));
}

function entitySymbols(query: string, article: ArticleRef, title: string | null): WorkspaceSymbolInfo[] {
  const clusters = new Map<string, Entity[]>();
  for (const e of article.analysis.entities) clusters.set(e.id, [...(clusters.get(e.id) ?? []), e]);
  const out: WorkspaceSymbolInfo[] = [];
  for (const mentions of clusters.values()) {
    const first = mentions[0];
    if (!nameMatches([first.canonical, ...mentions.map((m) => m.text)], query)) continue;
    out.push({ name: first.canonical, kind: first.type, path: article.path, start: first.start, end: first.end, container: title ?? article.path });
  }
  return out;
}
