import { hoverAt } from '../../analysis';
import { toHover, toOffset } from '../convert';
import type { Feature } from '../context';

export function createHover(): Feature {
  return {
    capabilities: () => ({ hoverProvider: true }),
    register(ctx) {
      ctx.connection.onHover(async ({ textDocument, position }) => {
        const a = await ctx.analysed(textDocument.uri);
        if (!a) return null;
        const info = hoverAt(a.analysis, a.document.getText(), toOffset(a.document, position), a.options.locale);
        return info ? toHover(a.document, info) : null;
      });
    },
  };
}
