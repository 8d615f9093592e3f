/** Semantic tokens: people, places and organisations coloured apart (legend in convert.ts). */
import { entityTokens } from '../../analysis';
import { SEMANTIC_LEGEND, toSemanticTokens } from '../convert';
import type { Feature } from '../context';

export function createSemanticTokens(): Feature {
  return {
    capabilities: () => ({ semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true, range: true } }),
    register(ctx) {
      ctx.connection.languages.semanticTokens.on(async ({ textDocument }) => {
        const a = await ctx.analysed(textDocument.uri);
        return a ? toSemanticTokens(a.document, entityTokens(a.analysis)) : { data: [] };
      });
      ctx.connection.languages.semanticTokens.onRange(async ({ textDocument, range }) => {
        const a = await ctx.analysed(textDocument.uri);
        return a ? toSemanticTokens(a.document, entityTokens(a.analysis), range) : { data: [] };
      });
    },
  };
}
