/**
 * Applying fixes. Edits of one fix are applied together or not at all; a fix whose edits
 * overlap an edit already taken is left for the next round, after re-analysis.
 */
import type { Edit, Finding, Fix } from './model';

export interface Applied {
  readonly text: string;
  /** How many fixes were applied. */
  readonly applied: number;
  /** How many were left because they overlapped one already applied. */
  readonly deferred: number;
}

function overlaps(a: Edit, b: Edit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** Applies `fixes` to `text`, in order of preference (earlier wins on overlap). */
export function applyFixes(text: string, fixes: readonly Fix[]): Applied {
  const taken: Edit[] = [];
  let applied = 0;
  let deferred = 0;
  for (const fix of fixes) {
    const valid = fix.edits.every((e) => e.start >= 0 && e.end <= text.length && e.start <= e.end);
    if (!valid || fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) {
      deferred++;
      continue;
    }
    taken.push(...fix.edits);
    applied++;
  }
  taken.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const edit of taken) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return { text: out, applied, deferred };
}

/** The safe fixes of `findings`, the first safe fix of each, in text order. */
export function safeFixes(findings: readonly Finding[]): Fix[] {
  const fixes: Fix[] = [];
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    const fix = finding.fixes.find((f) => f.safe);
    if (fix) fixes.push(fix);
  }
  return fixes;
}

/** The findings that overlap or touch [start, end]: what a cursor or selection is on. */
export function findingsInRange(findings: readonly Finding[], start: number, end: number): Finding[] {
  return findings.filter((f) => f.start <= end && start <= f.end);
}
