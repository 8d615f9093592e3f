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
  return queryMatcher(query).words(name);
}

/** A query prepared once: its folded words and its name key, with what names fold to remembered. */
interface QueryMatcher {
  readonly empty: boolean;
  /** Every word of the query occurs in the folded name. */
  words(name: string): boolean;
  /** `words`, or the query's name key occurs in the name's (spelling variants: عبدالرحمن/عبد الرحمن, سورية/سوريا). */
  name(name: string): boolean;
}

function queryMatcher(query: string): QueryMatcher {
  const words = fold(query).trim().split(/\s+/).filter(Boolean);
  const key = nameKey(query);
  const seen = new Map<string, boolean>();
  const byWords = (name: string): boolean => {
    const target = fold(name);
    return words.every((w) => target.includes(w));
  };
  return {
    empty: words.length === 0,
    words: byWords,
    name(name) {
      let hit = seen.get(name);
      if (hit === undefined) seen.set(name, (hit = byWords(name) || (key !== '' && nameKey(name).includes(key))));
      return hit;
    },
  };
}

/**
 * Headlines of the articles whose text matches `query` (all of them for an empty query),
 * and, for a non-empty query, the people, places and organisations whose name or any
 * spelling of it matches: one symbol per article that names it, at its first mention, with
 * the article's headline beside it.
 */
export function workspaceSymbols(query: string, articles: readonly ArticleRef[]): WorkspaceSymbolInfo[] {
  const q = queryMatcher(query);
  const symbols: WorkspaceSymbolInfo[] = [];
  for (const article of articles) {
    const headline = article.analysis.paragraphs.find((p) => p.kind === 'headline');
    const title = headline ? article.text.slice(headline.start, headline.end) : null;
    const date = article.analysis.dateline?.value.slice(0, 10) ?? null;
    if (headline && title !== null && q.words(title)) symbols.push({ name: title, kind: 'headline', path: article.path, start: headline.start, end: headline.end, container: date });
    if (!q.empty) symbols.push(...entitySymbols(q, article, title));
  }
  return symbols;
}

function entitySymbols(q: QueryMatcher, article: ArticleRef, title: string | null): WorkspaceSymbolInfo[] {
  const clusters = new Map<string, Entity[]>();
  for (const e of article.analysis.entities) {
    const cluster = clusters.get(e.id);
    if (cluster) cluster.push(e);
    else clusters.set(e.id, [e]);
  }
  const out: WorkspaceSymbolInfo[] = [];
  for (const mentions of clusters.values()) {
    const first = mentions[0];
    if (!q.name(first.canonical) && !mentions.some((m) => q.name(m.text))) continue;
    out.push({ name: first.canonical, kind: first.type, path: article.path, start: first.start, end: first.end, container: title ?? article.path });
  }
  return out;
}
