/**
 * The cleanup findings of an article: duplicated and near-duplicate paragraphs, web
 * boilerplate and stray blank lines, each with the fix that removes exactly what it names.
 * Findings across articles (cross-article copies, recurring lines) need the other
 * articles: see across.ts.
 */
import type { ArticleContext } from '../context';
import type { DraftFinding } from '../finding';
import { findBoilerplate, findTagTails } from './boilerplate';
import { exactCopies, findDuplicates } from './duplicates';
import { findNearDuplicates } from './near-duplicates';
import { findBlankLines } from './whitespace';

export function cleanupFindings(ctx: ArticleContext, attempt: <T>(step: string, fn: () => T, fallback: T) => T): DraftFinding[] {
  const prints = ctx.facts.map((f) => f.fingerprint);
  const copies = attempt('duplicates', () => exactCopies(prints, ctx.structure.kinds), new Map<number, number>());
  const near = ctx.options.rules['paragraph.near-duplicate'] === 'off'
    ? []
    : attempt('near-duplicates', () => findNearDuplicates(ctx.blocks, ctx.structure.kinds, prints, copies, ctx.lines, ctx.options.nearDuplicateThreshold, ctx.m), []);
  return [
    ...attempt('duplicates', () => findDuplicates(ctx.blocks, copies, ctx.lines, ctx.m), []),
    ...near,
    ...attempt('boilerplate', () => findBoilerplate(ctx.blocks, ctx.structure.boilerplate, ctx.lines, ctx.m), []),
    ...attempt('boilerplate', () => findTagTails(ctx.blocks, ctx.facts.map((f) => f.structure), ctx.structure.boilerplate, ctx.m), []),
    ...attempt('whitespace', () => findBlankLines(ctx.text, ctx.lines, ctx.blocks, ctx.m), []),
  ];
}
