/** Highlights every mention of the name under the cursor, its first mention marked apart. */
import { entityHighlights } from '../../analysis';
import { toDocumentHighlights, toOffset } from '../convert';
import type { Feature } from '../context';

export function createDocumentHighlight(): Feature {
  return {
    capabilities: () => ({ documentHighlightProvider: true }),
    register(ctx) {
      ctx.connection.onDocumentHighlight(async ({ textDocument, position }) => {
        const a = await ctx.analysed(textDocument.uri);
        return a ? toDocumentHighlights(a.document, entityHighlights(a.analysis, toOffset(a.document, position))) : null;
      });
    },
  };
}
