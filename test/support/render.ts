/**
 * Renders an analysis for golden files and assertions. Each item has its left-to-right
 * metadata (lines, columns, values) on one line and the Arabic text on the next, so
 * right-to-left rendering cannot reorder the columns.
 */
import { LineIndex, type ArticleAnalysis, type OutlineNode, type Span } from '../../server/src/analysis';

function at(index: LineIndex, span: Span): string {
  const line = (offset: number): string => {
    const l = index.lineAt(offset);
    return `${l + 1}:${offset - index.lineStart(l) + 1}`;
  };
  return `${line(span.start)}-${line(span.end)}`;
}

function outline(nodes: readonly OutlineNode[], index: LineIndex, depth: number, out: string[]): void {
  for (const n of nodes) {
    out.push(`${'  '.repeat(depth)}${n.kind} ${at(index, n)}`, `${'  '.repeat(depth)}  ${n.name}`);
    outline(n.children, index, depth + 1, out);
  }
}

export function renderAnalysis(text: string, a: ArticleAnalysis): string {
  const index = new LineIndex(text);
  const out: string[] = [];
  out.push('# dateline', a.dateline ? `${at(index, a.dateline)} ${a.dateline.value}` : '(none)');
  out.push('', '# paragraphs', a.paragraphs.map((p) => `${p.line + 1}:${p.kind}`).join(' '));
  out.push('', '# outline');
  outline(a.outline, index, 0, out);
  out.push('', '# dates');
  for (const d of a.dates) {
    const resolution = d.resolution ? ` via=${d.resolution.anchor}${d.resolution.offsetDays === null ? '' : `(${d.resolution.offsetDays})`}` : '';
    const until = d.until ? ` until=${d.until}` : '';
    out.push(`${at(index, d)} value=${d.value ?? '-'}${until} ${d.grain} ${d.calendar}${d.relative ? ' relative' : ''}${d.weekday !== null ? ` weekday=${d.weekday}` : ''}${resolution}`, `  ${d.text}`);
  }
  out.push('', '# numbers');
  for (const n of a.numbers) {
    const value = n.value !== null ? `value=${n.value}` : `range=${n.min}..${n.max}`;
    const flags = [n.ordinal ? 'ordinal' : '', n.vague ? 'vague' : '', n.approximate ? 'approximate' : '', n.bound ?? '', n.percent ? 'percent' : '', n.measure ? `${n.measure.kind}:${n.measure.unit}` : ''].filter(Boolean).join(' ');
    out.push(`${at(index, n)} ${value}${flags ? ` ${flags}` : ''} unit=${n.unit ?? '-'}`, `  ${n.text}`);
  }
  out.push('', '# entities');
  for (const e of a.entities) out.push(`${at(index, e)} ${e.type} canonical=${e.canonical}`, `  ${e.text}`);
  out.push('', '# findings');
  for (const f of a.findings) {
    out.push(`${at(index, f)} ${f.severity} ${f.rule} fixes=${f.fixes.length}${f.related.length ? ` related=${f.related.map((r) => at(index, r)).join(',')}` : ''}`, `  ${f.message}`);
  }
  return out.join('\n') + '\n';
}
