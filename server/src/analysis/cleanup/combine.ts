/**
 * One fix out of many: "remove all duplicated paragraphs" is the safe fix of every
 * duplicate finding, applied together. Nothing is invented: the edits are exactly the
 * findings' own, and an edit that would overlap one already taken is left out (applying
 * the combined fix again, after re-analysis, takes it).
 */
import type { Edit, Finding, Fix } from '../model';
import type { RuleId } from '../rules';

function overlaps(a: Edit, b: Edit): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The safe fixes of the findings of `rules`, as one fix, with how many findings it covers; null when there are fewer than two. */
export function combinedFix(findings: readonly Finding[], rules: readonly RuleId[], title: (count: number) => string): { fix: Fix; count: number } | null {
  const edits: Edit[] = [];
  let count = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (!rules.includes(finding.rule)) continue;
    const fix = finding.fixes.find((f) => f.safe);
    if (!fix || fix.edits.some((e) => edits.some((t) => overlaps(e, t)))) continue;
    edits.push(...fix.edits);
    count++;
  }
  return count < 2 ? null : { fix: { title: title(count), edits, safe: true }, count };
}
