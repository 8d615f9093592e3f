/**
 * Diagnostics: pulled by clients that can (VS Code), pushed after a short pause to the
 * others. Either way they come from the analysis of the current version.
 */
import { DocumentDiagnosticReportKind } from 'vscode-languageserver/node';
import { toDiagnostic } from '../convert';
import { quietly, type Feature, type ServerContext } from '../context';

const PUSH_DELAY_MS = 150;

function pulls(ctx: ServerContext): boolean {
  return ctx.client().textDocument?.diagnostic !== undefined;
}

export function createDiagnostics(): Feature {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const push = async (ctx: ServerContext, uri: string): Promise<void> => {
    const a = await ctx.analysed(uri);
    if (a) await ctx.connection.sendDiagnostics({ uri, version: a.document.version, diagnostics: a.analysis.findings.map((f) => toDiagnostic(a.document, f, (uri) => ctx.workspace.document(uri))) });
  };
  const schedule = (ctx: ServerContext, uri: string): void => {
    if (pulls(ctx)) return;
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => quietly(push(ctx, uri)), PUSH_DELAY_MS));
  };

  return {
    capabilities: (client) => (client.textDocument?.diagnostic ? { diagnosticProvider: { identifier: 'khabar', interFileDependencies: false, workspaceDiagnostics: false } } : {}),

    register(ctx) {
      ctx.connection.languages.diagnostics.on(async ({ textDocument }) => {
        const a = await ctx.analysed(textDocument.uri);
        return { kind: DocumentDiagnosticReportKind.Full, items: a ? a.analysis.findings.map((f) => toDiagnostic(a.document, f, (uri) => ctx.workspace.document(uri))) : [] };
      });
      ctx.documents.onDidChangeContent(({ document }) => schedule(ctx, document.uri));
      ctx.documents.onDidClose(({ document }) => {
        clearTimeout(timers.get(document.uri));
        if (!pulls(ctx)) quietly(ctx.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }));
      });
    },

    refresh(ctx) {
      if (!pulls(ctx)) for (const document of ctx.documents.all()) schedule(ctx, document.uri);
      else if (ctx.client().workspace?.diagnostics?.refreshSupport) quietly(ctx.connection.languages.diagnostics.refresh());
    },
  };
}
