/**
 * A line diff (Myers' O(ND) algorithm) between two versions of a text, turned into the
 * fewest whole-line edits. Fix-all uses it to hand the editor small edits rather than
 * one edit over the whole document, and the CLI to preview fixes as a unified diff.
 */
import type { Edit } from '../model';

/** A text cut into lines, each keeping its line break. */
export function linesWithBreaks(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

export interface Hunk {
  /** 0-based first line in the old text, and how many old lines it replaces. */
  readonly oldStart: number;
  readonly oldLines: readonly string[];
  readonly newStart: number;
  readonly newLines: readonly string[];
}

/** Longest common subsequence matching of two line arrays, as a list of equal pairs. */
function myersMatches(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a.length, b.length, offset, d);
    }
  }
  return [];
}

function backtrack(trace: Int32Array[], n: number, m: number, offset: number, dEnd: number): Array<[number, number]> {
  const matches: Array<[number, number]> = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) matches.push([--x, --y]);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) matches.push([--x, --y]);
  return matches.reverse();
}

export function diffLines(oldText: string, newText: string): Hunk[] {
  const a = linesWithBreaks(oldText);
  const b = linesWithBreaks(newText);
  // Trim the common head and tail first: fixes touch few lines.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const matches = midA.length * midB.length === 0 ? [] : myersMatches(midA, midB);
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  for (const [mi, mj] of [...matches, [midA.length, midB.length] as [number, number]]) {
    if (mi > i || mj > j) hunks.push({ oldStart: head + i, oldLines: midA.slice(i, mi), newStart: head + j, newLines: midB.slice(j, mj) });
    i = mi + 1;
    j = mj + 1;
  }
  return hunks;
}

/** Edits that turn `oldText` into `newText`, one per changed run of lines. */
export function diffEdits(oldText: string, newText: string): Edit[] {
  if (oldText === newText) return [];
  const a = linesWithBreaks(oldText);
  const starts: number[] = [0];
  for (const line of a) starts.push(starts[starts.length - 1] + line.length);
  return diffLines(oldText, newText).map((h) => ({
    start: starts[h.oldStart],
    end: starts[h.oldStart + h.oldLines.length],
    newText: h.newLines.join(''),
  }));
}
