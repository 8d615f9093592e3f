/**
 * Inlay hints: the ISO date beside a date written in Arabic and the value beside a figure
 * written in words, in the requested range, unless khabar.inlayHints.enabled is off.
 */
import { inlayHints } from '../../analysis';
import { toInlayHint, toOffset } from '../convert';
import { quietly, type Feature } from '../context';

export function createInlayHints(): Feature {
  return {
    capabilities: () => ({ inlayHintProvider: true }),
    register(ctx) {
      ctx.connection.languages.inlayHint.on(async ({ textDocument, range }) => {
        const a = await ctx.analysed(textDocument.uri);
        if (!a || !a.options.inlayHints) return [];
        const start = toOffset(a.document, range.start);
        const end = toOffset(a.document, range.end);
        return inlayHints(a.analysis, a.options.locale)
          .filter((h) => h.offset >= start && h.offset <= end)
          .map((h) => toInlayHint(a.document, h));
      });
    },
    refresh(ctx) {
      if (ctx.client().workspace?.inlayHint?.refreshSupport) quietly(ctx.connection.languages.inlayHint.refresh());
    },
  };
}
