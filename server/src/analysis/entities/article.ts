/**
 * Names at the article level: every mention outside web boilerplate, with its exact
 * source text and canonical name.
 */
import type { ArticleContext } from '../context';
import { shift } from '../context';
import type { DraftFinding } from '../finding';
import type { Entity } from '../model';

export interface ArticleEntities {
  readonly entities: Entity[];
  readonly findings: DraftFinding[];
}

export function articleEntities(ctx: ArticleContext): ArticleEntities {
  const entities = ctx.blocks.flatMap((b, i) =>
    ctx.structure.kinds[i] === 'boilerplate'
      ? []
      : shift(ctx.facts[i].entities, b.start).map((e) => ({ start: e.start, end: e.end, text: ctx.text.slice(e.start, e.end), type: e.type, canonical: e.canonical })),
  );
  return { entities, findings: [] };
}
