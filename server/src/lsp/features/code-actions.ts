/**
 * Code actions: each finding's own fixes as quick fixes; beside them "remove all
 * duplicated paragraphs" and "remove all boilerplate" (the findings' own safe fixes,
 * applied together), "add this line to the workspace boilerplate list" for a recurring
 * line, and "apply all safe fixes" as `source.fixAll.khabar` (also offered beside the
 * quick fixes). Every edit is pinned to the document version it was computed for. The
 * fix-all edit is computed on resolve, for the version it was offered for; a stale one
 * resolves to nothing rather than to edits over moved text.
 */
import * as path from 'node:path';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Feature } from '../context';
import {
  combinedFix,
  diffEdits,
  findingsInRange,
  fixAll,
  literalPattern,
  messagesFor,
  safeFixes,
  type AnalysisOptions,
  type Analyzer,
  type ArticleAnalysis,
  type Finding,
  type Messages,
  type RuleId,
} from '../../analysis';
import { FIX_ALL_KIND, toDiagnostic, toOffset, toQuickFix, toVersionedEdit, type DocumentLookup } from '../convert';
import { ADD_TO_BOILERPLATE_LIST } from './boilerplate-list';

export interface FixAllData {
  readonly fixAll: true;
  readonly uri: string;
  readonly version: number;
}

/** What the shell knows beyond the analysis: other articles' texts, and where the boilerplate list is. */
export interface ActionSetting {
  readonly lookup?: DocumentLookup;
  /** The workspace boilerplate list for this document, or null when it has no workspace folder. */
  readonly patternsFile?: string | null;
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** "Remove all …" for the rules of the findings under the cursor, when there is more than one such finding. */
function removeAll(document: TextDocument, analysis: ArticleAnalysis, here: readonly Finding[], m: Messages, lookup?: DocumentLookup): CodeAction[] {
  const groups: Array<{ rules: RuleId[]; title: (count: number) => string }> = [
    { rules: ['paragraph.duplicate'], title: m.cleanup.removeAllDuplicates },
    { rules: ['boilerplate.line'], title: m.cleanup.removeAllBoilerplate },
  ];
  const actions: CodeAction[] = [];
  for (const group of groups) {
    if (!here.some((f) => group.rules.includes(f.rule))) continue;
    const combined = combinedFix(analysis.findings, group.rules, group.title);
    if (!combined) continue;
    const diagnostics = analysis.findings.filter((f) => group.rules.includes(f.rule)).map((f) => toDiagnostic(document, f, lookup));
    actions.push({ ...toQuickFix(document, combined.fix, diagnostics[0], false), diagnostics });
  }
  return actions;
}

function addToList(document: TextDocument, finding: Finding, diagnostic: Diagnostic, file: string, m: Messages): CodeAction {
  const title = m.cleanup.addToPatterns(path.join(path.basename(path.dirname(file)), path.basename(file)));
  const pattern = literalPattern(document.getText().slice(finding.start, finding.end));
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: ADD_TO_BOILERPLATE_LIST, arguments: [document.uri, pattern] } };
}

export function codeActions(document: TextDocument, analysis: ArticleAnalysis, options: AnalysisOptions, params: CodeActionParams, setting: ActionSetting = {}): CodeAction[] {
  const m = messagesFor(options.locale);
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const data: FixAllData = { fixAll: true, uri: document.uri, version: document.version };
  const hasSafeFixes = safeFixes(analysis.findings).length > 0;
  if (wants(only, CodeActionKind.QuickFix)) {
    const here = findingsInRange(analysis.findings, toOffset(document, params.range.start), toOffset(document, params.range.end));
    for (const finding of here) {
      const diagnostic = toDiagnostic(document, finding, setting.lookup);
      finding.fixes.forEach((fix, i) => actions.push(toQuickFix(document, fix, diagnostic, i === 0 && fix.safe)));
      if (finding.rule === 'boilerplate.recurring-line' && setting.patternsFile) actions.push(addToList(document, finding, diagnostic, setting.patternsFile, m));
    }
    actions.push(...removeAll(document, analysis, here, m, setting.lookup));
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
        const setting: ActionSetting = { lookup: (uri) => ctx.workspace.document(uri), patternsFile: ctx.patternFiles.fileFor(params.textDocument.uri) };
        return a ? codeActions(a.document, a.analysis, a.options, params, setting) : [];
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
