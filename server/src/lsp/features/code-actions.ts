/**
 * Code actions: each finding's own fixes as quick fixes, and "apply all safe fixes" as
 * `source.fixAll.khabar` (also offered beside the quick fixes). The fix-all edit is
 * computed on resolve, for the version it was offered for; a stale one resolves to
 * nothing rather than to edits over moved text.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Feature } from '../context';
import { diffEdits, findingsInRange, fixAll, messagesFor, safeFixes, type AnalysisOptions, type Analyzer, type ArticleAnalysis } from '../../analysis';
import { FIX_ALL_KIND, toDiagnostic, toOffset, toQuickFix, toVersionedEdit } from '../convert';

export interface FixAllData {
  readonly fixAll: true;
  readonly uri: string;
  readonly version: number;
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export function codeActions(document: TextDocument, analysis: ArticleAnalysis, options: AnalysisOptions, params: CodeActionParams): CodeAction[] {
  const m = messagesFor(options.locale);
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const data: FixAllData = { fixAll: true, uri: document.uri, version: document.version };
  const hasSafeFixes = safeFixes(analysis.findings).length > 0;
  if (wants(only, CodeActionKind.QuickFix)) {
    const here = findingsInRange(analysis.findings, toOffset(document, params.range.start), toOffset(document, params.range.end));
    for (const finding of here) {
      const diagnostic = toDiagnostic(document, finding);
      finding.fixes.forEach((fix, i) => actions.push(toQuickFix(document, fix, diagnostic, i === 0 && fix.safe)));
    }
    if (here.some((f) => f.fixes.some((fix) => fix.safe)) && safeFixes(analysis.findings).length > 1) {
      actions.push({ title: m.fixes.fixAll, kind: CodeActionKind.QuickFix, data });
    }
  }
  if (hasSafeFixes && (only ?? []).some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`))) {
    actions.push({ title: m.fixes.fixAll, kind: FIX_ALL_KIND, data });
  }
  return actions;
}

/** Fills in the fix-all edit for the current version; a stale request gets no edit. */
export function resolveFixAll(action: CodeAction, document: TextDocument | undefined, analyzer: Analyzer, options: AnalysisOptions): CodeAction {
  const data = action.data as FixAllData | undefined;
  if (!data?.fixAll || !document || document.version !== data.version) return action;
  const text = document.getText();
  const fixed = fixAll(analyzer, text, options);
  return { ...action, edit: toVersionedEdit(document, diffEdits(text, fixed.text)) };
}

export function createCodeActions(): Feature {
  return {
    capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true } }),
    register(ctx) {
      ctx.connection.onCodeAction(async (params) => {
        const a = await ctx.analysed(params.textDocument.uri);
        return a ? codeActions(a.document, a.analysis, a.options, params) : [];
      });
      ctx.connection.onCodeActionResolve(async (action) => {
        const uri = (action.data as Partial<FixAllData> | undefined)?.uri;
        if (!uri) return action;
        const options = await ctx.settings.get(uri);
        return resolveFixAll(action, ctx.documents.get(uri), ctx.analyses.analyzer, options);
      });
    },
  };
}
