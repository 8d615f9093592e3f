/**
 * Going from a name to its other mentions: Go to Definition jumps to where the name is
 * introduced (its first mention, usually in full), Find All References lists every mention.
 */
import { entityAt, mentionsOf } from '../../analysis';
import { toLocations, toOffset } from '../convert';
import type { Feature } from '../context';

export function createEntityNavigation(): Feature {
  return {
    capabilities: () => ({ definitionProvider: true, referencesProvider: true }),
    register(ctx) {
      ctx.connection.onDefinition(async ({ textDocument, position }) => {
        const a = await ctx.analysed(textDocument.uri);
        const entity = a ? entityAt(a.analysis, toOffset(a.document, position)) : undefined;
        return a && entity ? toLocations(a.document, mentionsOf(a.analysis, entity).slice(0, 1)) : null;
      });
      ctx.connection.onReferences(async ({ textDocument, position, context }) => {
        const a = await ctx.analysed(textDocument.uri);
        const entity = a ? entityAt(a.analysis, toOffset(a.document, position)) : undefined;
        if (!a || !entity) return null;
        const mentions = mentionsOf(a.analysis, entity);
        return toLocations(a.document, context.includeDeclaration ? mentions : mentions.slice(1));
      });
    },
  };
}
