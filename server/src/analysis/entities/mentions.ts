/**
 * Questions the editor asks about the names of an analysed article: which name is at an
 * offset, where all its mentions are, and every mention with its type for colouring.
 */
import type { ArticleAnalysis, Entity, EntityType } from '../model';

/** The mention under `offset` (a cursor just after a name counts, as editors place it there). */
export function entityAt(analysis: ArticleAnalysis, offset: number): Entity | undefined {
  return analysis.entities.find((e) => e.start <= offset && offset < e.end) ?? analysis.entities.find((e) => e.end === offset);
}

/** Every mention of the same person, place or organisation, in article order; the first is where it is introduced. */
export function mentionsOf(analysis: ArticleAnalysis, entity: Entity): Entity[] {
  return analysis.entities.filter((e) => e.id === entity.id);
}

export interface EntityHighlight {
  readonly start: number;
  readonly end: number;
  /** The first mention introduces the name; later ones refer back to it. */
  readonly first: boolean;
}

/** The mentions to highlight for the cursor at `offset`: all of its name's, or none. */
export function entityHighlights(analysis: ArticleAnalysis, offset: number): EntityHighlight[] {
  const entity = entityAt(analysis, offset);
  if (!entity) return [];
  return mentionsOf(analysis, entity).map((e, i) => ({ start: e.start, end: e.end, first: i === 0 }));
}

export interface EntityToken {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** The first mention of its name in the article. */
  readonly first: boolean;
}

/** Every mention as a token for semantic colouring, in article order. */
export function entityTokens(analysis: ArticleAnalysis): EntityToken[] {
  const seen = new Set<string>();
  return analysis.entities.map((e) => {
    const first = !seen.has(e.id);
    seen.add(e.id);
    return { start: e.start, end: e.end, type: e.type, first };
  });
}
