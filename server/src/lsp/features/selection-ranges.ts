/** Smart selection by structure: quotation, sentence, paragraph, section, article. */
import { selectionSpans } from '../../analysis';
import { toOffset, toSelectionRange } from '../convert';
import type { Feature } from '../context';

export function createSelectionRanges(): Feature {
  return {
    capabilities: () => ({ selectionRangeProvider: true }),
    register(ctx) {
      ctx.connection.onSelectionRanges(async ({ textDocument, positions }) => {
        const a = await ctx.analysed(textDocument.uri);
        if (!a) return [];
        const text = a.document.getText();
        return positions.map((p) => toSelectionRange(a.document, selectionSpans(a.analysis, text, toOffset(a.document, p))));
      });
    },
  };
}
