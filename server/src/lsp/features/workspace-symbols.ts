/** Workspace symbols: find articles (and what they name) across the workspace. */
import { workspaceSymbols as findSymbols } from '../../analysis';
import { toWorkspaceSymbol } from '../convert';
import type { Feature } from '../context';

export function createWorkspaceSymbols(): Feature {
  return {
    capabilities: () => ({ workspaceSymbolProvider: true }),
    register(ctx) {
      ctx.connection.onWorkspaceSymbol(async ({ query }, token) => {
        const articles = await ctx.workspace.articles(token);
        if (!articles) return null;
        const documents = new Map(articles.map((a) => [a.path, ctx.workspace.document(a.path)]));
        return findSymbols(query, articles).flatMap((s) => {
          const document = documents.get(s.path);
          return document ? [toWorkspaceSymbol(document, s)] : [];
        });
      });
    },
  };
}
