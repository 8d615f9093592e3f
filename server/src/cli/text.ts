/**
 * Human-readable output: findings as `path:line:column: severity rule message` (the form
 * editors and CI logs link), and a readable summary of everything `analyze` recognises.
 * Left-to-right metadata comes first on each line so right-to-left text cannot reorder it.
 */
import { LineIndex, messagesFor, type Locale, type OutlineNode } from '../analysis';
import type { FileResult } from './json';

function position(index: LineIndex, offset: number): string {
  const line = index.lineAt(offset);
  return `${line + 1}:${offset - index.lineStart(line) + 1}`;
}

export function checkText(results: readonly FileResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    if (!r.analysis || r.text === null) continue;
    const index = new LineIndex(r.text);
    for (const f of r.analysis.findings) {
      out.push(`${r.path}:${position(index, f.start)}: ${f.severity} ${f.rule} ${f.message}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

function outlineLines(nodes: readonly OutlineNode[], depth: number, out: string[], locale: Locale): void {
  const m = messagesFor(locale);
  for (const n of nodes) {
    out.push(`${'  '.repeat(depth + 1)}${m.outline.kinds[n.kind]}: ${n.name}`);
    outlineLines(n.children, depth + 1, out, locale);
  }
}

export function analyzeText(results: readonly FileResult[], locale: Locale): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(`== ${r.path}`);
    if (!r.analysis || r.text === null) {
      out.push(`  error: ${r.error}`);
      continue;
    }
    const a = r.analysis;
    const index = new LineIndex(r.text);
    const at = (offset: number): string => `${index.lineAt(offset) + 1}`.padStart(4);
    out.push(`  dateline: ${a.dateline ? a.dateline.value : '-'}`);
    out.push('  outline:');
    outlineLines(a.outline, 1, out, locale);
    out.push(`  dates (${a.dates.length}):`);
    for (const d of a.dates) out.push(`  ${at(d.start)}  ${(d.value ?? '?').padEnd(19)} ${d.relative ? 'relative' : '        '}  ${d.text}`);
    out.push(`  numbers (${a.numbers.length}):`);
    for (const n of a.numbers) {
      const value = n.value !== null ? String(n.value) : `${n.min}-${n.max}`;
      out.push(`  ${at(n.start)}  ${(value + (n.percent ? '%' : '') + (n.approximate ? '~' : '')).padEnd(19)} ${n.unit ?? '-'}  ${n.text}`);
    }
    out.push(`  entities (${a.entities.length}):`);
    for (const e of a.entities) out.push(`  ${at(e.start)}  ${e.type.padEnd(12)} ${e.canonical}  ${e.text}`);
    out.push(`  quotes (${a.quotes.length}):`);
    for (const q of a.quotes) out.push(`  ${at(q.start)}  ${q.speaker ? `${q.speaker.inferred ? '~' : ''}${q.speaker.text}` : '-'}: ${q.text}`);
    out.push(`  findings (${a.findings.length}):`);
    for (const f of a.findings) out.push(`  ${at(f.start)}  ${f.severity.padEnd(8)} ${f.rule}  ${f.message}`);
  }
  return out.join('\n') + '\n';
}
