/**
 * A unified diff of what `khabar fix` would change, with three lines of context, for
 * review before `--write`.
 */
import { diffLines, linesWithBreaks } from '../analysis';

const CONTEXT = 3;

function show(line: string): string {
  return line.endsWith('\n') ? line.replace(/\r?\n$/, '') : `${line}\n\\ No newline at end of file`;
}

export function unifiedDiff(path: string, oldText: string, newText: string): string {
  const hunks = diffLines(oldText, newText);
  if (hunks.length === 0) return '';
  const oldLines = linesWithBreaks(oldText);
  const out = [`--- ${path}`, `+++ ${path} (fixed)`];
  let i = 0;
  while (i < hunks.length) {
    // Merge hunks whose context would overlap.
    let j = i;
    while (j + 1 < hunks.length && hunks[j + 1].oldStart - (hunks[j].oldStart + hunks[j].oldLines.length) <= 2 * CONTEXT) j++;
    const first = hunks[i];
    const last = hunks[j];
    const from = Math.max(0, first.oldStart - CONTEXT);
    const to = Math.min(oldLines.length, last.oldStart + last.oldLines.length + CONTEXT);
    const body: string[] = [];
    let cursor = from;
    let added = 0;
    let removed = 0;
    for (let k = i; k <= j; k++) {
      const h = hunks[k];
      for (; cursor < h.oldStart; cursor++) body.push(` ${show(oldLines[cursor])}`);
      for (const l of h.oldLines) body.push(`-${show(l)}`);
      for (const l of h.newLines) body.push(`+${show(l)}`);
      removed += h.oldLines.length;
      added += h.newLines.length;
      cursor = h.oldStart + h.oldLines.length;
    }
    for (; cursor < to; cursor++) body.push(` ${show(oldLines[cursor])}`);
    const oldCount = to - from;
    const newStart = first.newStart - (first.oldStart - from);
    out.push(`@@ -${from + 1},${oldCount} +${newStart + 1},${oldCount - removed + added} @@`, ...body);
    i = j + 1;
  }
  return out.join('\n') + '\n';
}
