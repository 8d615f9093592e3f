/**
 * The structure passes at the article level: the quotations with their speakers, and the
 * outline (with the entity groups when the options ask for them).
 */
import type { ArticleContext } from '../context';
import type { Entity, OutlineNode, Quote } from '../model';
import { entityGroups } from './entity-outline';
import { buildOutline } from './outline';

export { articleQuotes } from './speakers';

export function articleOutline(ctx: ArticleContext, quotes: readonly Quote[], entities: readonly Entity[]): OutlineNode[] {
  const outline = buildOutline(ctx, quotes);
  return ctx.options.outlineEntities ? [...outline, ...entityGroups(ctx.text, entities, ctx.m)] : outline;
}
