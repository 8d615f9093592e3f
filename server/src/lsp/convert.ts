/**
 * The one place where core data (UTF-16 offsets, findings, outline nodes, hovers) turns
 * into LSP types, and LSP positions turn into offsets.
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  DocumentHighlightKind,
  SemanticTokensBuilder,
  DiagnosticTag,
  SymbolKind,
  type CodeAction,
  type Diagnostic,
  type DocumentHighlight,
  type Location,
  type SemanticTokens,
  type SemanticTokensLegend,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type InlayHint,
  type SelectionRange,
  type Position,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
  type WorkspaceSymbol,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit, EntityHighlight, EntityToken, EntityType, Finding, Fix, FoldSpan, HoverInfo, InlayHintInfo, Messages, OutlineKind, OutlineNode, Severity, Span, WorkspaceSymbolInfo, WorkspaceSymbolKind } from '../analysis';

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

/** Finds the text of another article, for ranges of related spans that lie in it. */
export type DocumentLookup = (uri: string) => TextDocument | undefined;

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A related span's location: in this document, or in another one (its start when that one is not at hand). */
function relatedRange(document: TextDocument, span: Span & { readonly path?: string }, lookup?: DocumentLookup): Range {
  if (!span.path || span.path === document.uri) return toRange(document, span);
  const other = lookup?.(span.path);
  return other ? toRange(other, span) : START;
}

export function toDiagnostic(document: TextDocument, finding: Finding, lookup?: DocumentLookup): Diagnostic {
  return {
    range: toRange(document, finding),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    source: SOURCE,
    message: finding.message,
    tags: FADED.has(finding.rule) ? [DiagnosticTag.Unnecessary] : undefined,
    relatedInformation: finding.related.length
      ? finding.related.map((r) => ({ location: { uri: r.path ?? document.uri, range: relatedRange(document, r, lookup) }, message: r.message }))
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

/** A value after the text it explains, with a space before it. */
export function toInlayHint(document: TextDocument, info: InlayHintInfo): InlayHint {
  return { position: document.positionAt(info.offset), label: info.label, paddingLeft: true };
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
  // Names: the kinds whose icons and semantic colours match (SEMANTIC_LEGEND).
  person: SymbolKind.Class,
  place: SymbolKind.Function,
  organization: SymbolKind.EnumMember,
};

export function toWorkspaceSymbol(document: TextDocument, symbol: WorkspaceSymbolInfo): WorkspaceSymbol {
  return {
    name: symbol.name,
    kind: WORKSPACE_SYMBOL_KIND[symbol.kind],
    containerName: symbol.container ?? undefined,
    location: { uri: symbol.path, range: toRange(document, symbol) },
  };
}

/**
 * Semantic token types for names: standard types, so that every theme colours them, and
 * three that the default themes colour apart: people as classes (teal), places as
 * functions (yellow in dark themes, brown in light ones), organisations as enum members
 * (blue). A name's first mention carries the `declaration` modifier.
 */
export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: ['class', 'function', 'enumMember'], tokenModifiers: ['declaration'] };
const TOKEN_TYPE: Record<EntityType, number> = { person: 0, place: 1, organization: 2 };

export function toSemanticTokens(document: TextDocument, tokens: readonly EntityToken[], range?: Range): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const from = range ? document.offsetAt(range.start) : 0;
  const to = range ? document.offsetAt(range.end) : Infinity;
  for (const t of tokens) {
    if (t.end <= from || t.start >= to) continue;
    const start = document.positionAt(t.start);
    const end = document.positionAt(t.end);
    // A token never spans lines; names never do either, but a stray one is left out rather than mangled.
    if (start.line !== end.line) continue;
    builder.push(start.line, start.character, end.character - start.character, TOKEN_TYPE[t.type], t.first ? 1 : 0);
  }
  return builder.build();
}

/** The first mention of a name is where it is introduced (shown as a write); the others refer back (reads). */
export function toDocumentHighlights(document: TextDocument, highlights: readonly EntityHighlight[]): DocumentHighlight[] {
  return highlights.map((h) => ({ range: toRange(document, h), kind: h.first ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}

export function toLocations(document: TextDocument, spans: readonly Span[]): Location[] {
  return spans.map((s) => ({ uri: document.uri, range: toRange(document, s) }));
}
