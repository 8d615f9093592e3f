/** The outline (document symbols) and the folding ranges that follow it. */
import { foldingSpans, messagesFor } from '../../analysis';
import { toDocumentSymbols, toFoldingRanges } from '../convert';
import type { Feature } from '../context';

export function createDocumentSymbols(): Feature {
  return {
    capabilities: () => ({ documentSymbolProvider: { label: 'Khabar' }, foldingRangeProvider: true }),
    register(ctx) {
      ctx.connection.onDocumentSymbol(async ({ textDocument }) => {
        const a = await ctx.analysed(textDocument.uri);
        return a ? toDocumentSymbols(a.document, a.analysis.outline, messagesFor(a.options.locale)) : [];
      });
      ctx.connection.onFoldingRanges(async ({ textDocument }) => {
        const a = await ctx.analysed(textDocument.uri);
        return a ? toFoldingRanges(a.document, foldingSpans(a.analysis.outline)) : [];
      });
    },
  };
}
