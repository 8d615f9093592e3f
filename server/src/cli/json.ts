/**
 * The machine-readable contract of `khabar analyze --format json` (version 1, described
 * in the README and ../shared/docs/cli-json.md): every range with the 1-based line of its
 * start. Fields may be added; none may be renamed or removed without a new version.
 */
import { LineIndex, type ArticleAnalysis, type OutlineNode, type Quote } from '../analysis';

export const CONTRACT_VERSION = 1;

export interface FileResult {
  readonly path: string;
  readonly text: string | null;
  readonly error: string | null;
  readonly analysis: ArticleAnalysis | null;
}

function outlineJson(nodes: readonly OutlineNode[], line: (offset: number) => number): unknown[] {
  return nodes.map((n) => ({ kind: n.kind, name: n.name, start: n.start, end: n.end, line: line(n.start), children: outlineJson(n.children, line) }));
}

function quoteJson(q: Quote, line: (offset: number) => number): Record<string, unknown> {
  return {
    start: q.start,
    end: q.end,
    line: line(q.start),
    text: q.text,
    content: { start: q.content.start, end: q.content.end },
    cue: q.cue ? { start: q.cue.start, end: q.cue.end, line: line(q.cue.start), text: q.cue.text } : null,
    speaker: q.speaker ? { start: q.speaker.start, end: q.speaker.end, line: line(q.speaker.start), text: q.speaker.text, inferred: q.speaker.inferred } : null,
  };
}

/** 1-based line of an offset in another of the files given (related spans of cross-article findings); null when it is not among them. */
export type OtherLine = (path: string, offset: number) => number | null;

/** Line lookups into every readable file of a run, by path. */
export function otherLines(results: readonly FileResult[]): OtherLine {
  const indexes = new Map<string, LineIndex>();
  for (const r of results) if (r.text !== null) indexes.set(r.path, new LineIndex(r.text));
  return (path, offset) => {
    const index = indexes.get(path);
    return index ? index.lineAt(offset) + 1 : null;
  };
}

export function fileJson(result: FileResult, other: OtherLine = () => null): Record<string, unknown> {
  const a = result.analysis;
  if (!a || result.text === null) {
    return { path: result.path, error: result.error, dateline: null, outline: [], paragraphs: [], entities: [], dates: [], numbers: [], findings: [], quotes: [] };
  }
  const index = new LineIndex(result.text);
  const line = (offset: number): number => index.lineAt(offset) + 1;
  return {
    path: result.path,
    error: null,
    dateline: a.dateline ? { start: a.dateline.start, end: a.dateline.end, line: line(a.dateline.start), value: a.dateline.value } : null,
    outline: outlineJson(a.outline, line),
    paragraphs: a.paragraphs.map((p) => ({ start: p.start, end: p.end, line: line(p.start), kind: p.kind })),
    entities: a.entities.map((e) => ({ start: e.start, end: e.end, line: line(e.start), text: e.text, type: e.type, canonical: e.canonical, id: e.id })),
    dates: a.dates.map((d) => ({
      start: d.start,
      end: d.end,
      line: line(d.start),
      text: d.text,
      value: d.value,
      calendar: d.calendar,
      relative: d.relative,
      weekday: d.weekday,
      resolution: d.resolution,
      grain: d.grain,
      until: d.until,
      hijri: d.hijri,
    })),
    numbers: a.numbers.map((n) => ({
      start: n.start,
      end: n.end,
      line: line(n.start),
      text: n.text,
      value: n.value,
      min: n.min,
      max: n.max,
      approximate: n.approximate,
      bound: n.bound,
      percent: n.percent,
      unit: n.unit,
      ordinal: n.ordinal,
      measure: n.measure,
      vague: n.vague,
    })),
    findings: a.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      start: f.start,
      end: f.end,
      line: line(f.start),
      message: f.message,
      related: f.related.map((r) => ({ start: r.start, end: r.end, line: r.path && r.path !== result.path ? other(r.path, r.start) : line(r.start), message: r.message, ...(r.path ? { path: r.path } : {}) })),
      fixes: f.fixes.map((x) => ({ title: x.title, safe: x.safe, edits: x.edits.map((e) => ({ start: e.start, end: e.end, newText: e.newText })) })),
    })),
    quotes: a.quotes.map((q) => quoteJson(q, line)),
  };
}

export function analyzeJson(results: readonly FileResult[]): string {
  const other = otherLines(results);
  return JSON.stringify({ version: CONTRACT_VERSION, files: results.map((r) => fileJson(r, other)) }, null, 2) + '\n';
}
