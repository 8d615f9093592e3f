/**
 * The one place where core data (UTF-16 offsets, findings, outline nodes, hovers) turns
 * into LSP types, and LSP positions turn into offsets.
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  DiagnosticTag,
  SymbolKind,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type SelectionRange,
  type Position,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
  type WorkspaceSymbol,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit, EntityType, Finding, Fix, FoldSpan, HoverInfo, Messages, OutlineKind, OutlineNode, Severity, Span, WorkspaceSymbolInfo, WorkspaceSymbolKind } from '../analysis';

export const SOURCE = 'khabar';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.khabar`;

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toOffset(document: TextDocument, position: Position): number {
  return document.offsetAt(position);
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Text that a fix would remove is shown faded, as editors show unused code. */
const FADED = new Set<string>(['paragraph.duplicate', 'boilerplate.line']);

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  return {
    range: toRange(document, finding),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    source: SOURCE,
    message: finding.message,
    tags: FADED.has(finding.rule) ? [DiagnosticTag.Unnecessary] : undefined,
    relatedInformation: finding.related.length
      ? finding.related.map((r) => ({ location: { uri: r.path ?? document.uri, range: toRange(document, r) }, message: r.message }))
      : undefined,
  };
}

export function toTextEdits(document: TextDocument, edits: readonly Edit[]): TextEdit[] {
  return edits.map((e) => ({ range: toRange(document, e), newText: e.newText }));
}

/** A workspace edit pinned to the document version it was computed for: a stale one is refused by the editor. */
export function toVersionedEdit(document: TextDocument, edits: readonly Edit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: toTextEdits(document, edits) }] };
}

export function toQuickFix(document: TextDocument, fix: Fix, diagnostic: Diagnostic, preferred: boolean): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: toVersionedEdit(document, fix.edits),
  };
}

export function toFixAllAction(document: TextDocument, title: string, edits: readonly Edit[]): CodeAction {
  return { title, kind: FIX_ALL_KIND, edit: toVersionedEdit(document, edits) };
}

export function toHover(document: TextDocument, info: HoverInfo): Hover {
  return { contents: { kind: 'markdown', value: info.markdown }, range: toRange(document, info) };
}

/** Icons that tell the parts of an article apart in the outline and the breadcrumbs. */
const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = {
  headline: SymbolKind.File,
  dateline: SymbolKind.Event,
  byline: SymbolKind.Property,
  section: SymbolKind.Namespace,
  paragraph: SymbolKind.String,
  quote: SymbolKind.Field,
  boilerplate: SymbolKind.Null,
  entities: SymbolKind.Package,
  entity: SymbolKind.Variable,
  mention: SymbolKind.EnumMember,
};

const ENTITY_SYMBOL_KIND: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Variable,
  place: SymbolKind.Struct,
  organization: SymbolKind.Class,
};

function symbolKind(n: OutlineNode): SymbolKind {
  return n.kind === 'entity' && n.entityType ? ENTITY_SYMBOL_KIND[n.entityType] : SYMBOL_KIND[n.kind];
}

export function toDocumentSymbols(document: TextDocument, nodes: readonly OutlineNode[], m: Messages): DocumentSymbol[] {
  return nodes.map((n) => ({
    name: n.name.trim() === '' ? m.outline.kinds[n.kind] : n.name,
    detail: m.outline.kinds[n.kind],
    kind: symbolKind(n),
    range: toRange(document, n),
    selectionRange: toRange(document, n.selection),
    children: toDocumentSymbols(document, n.children, m),
  }));
}

/** Folding ranges by line; a span within one line cannot fold and is left out. */
export function toFoldingRanges(document: TextDocument, spans: readonly FoldSpan[]): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const span of spans) {
    const startLine = document.positionAt(span.start).line;
    const endLine = document.positionAt(span.end).line;
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: span.kind });
  }
  return ranges;
}

/** Spans from the innermost outwards, as the chain of parents LSP expects. */
export function toSelectionRange(document: TextDocument, spans: readonly Span[]): SelectionRange {
  let range: SelectionRange | undefined;
  for (let i = spans.length - 1; i >= 0; i--) range = { range: toRange(document, spans[i]), parent: range };
  return range ?? { range: toRange(document, { start: 0, end: 0 }) };
}

const WORKSPACE_SYMBOL_KIND: Record<WorkspaceSymbolKind, SymbolKind> = {
  headline: SymbolKind.File,
};

export function toWorkspaceSymbol(document: TextDocument, symbol: WorkspaceSymbolInfo): WorkspaceSymbol {
  return {
    name: symbol.name,
    kind: WORKSPACE_SYMBOL_KIND[symbol.kind],
    containerName: symbol.container ?? undefined,
    location: { uri: symbol.path, range: toRange(document, symbol) },
  };
}
