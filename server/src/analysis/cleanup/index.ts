/**
 * The cleanup findings of an article: duplicated paragraphs, web boilerplate and stray
 * blank lines, each with the fix that removes exactly what it names.
 */
import type { ArticleContext } from '../context';
import type { DraftFinding } from '../finding';
import { findBoilerplate } from './boilerplate';
import { findDuplicates } from './duplicates';
import { findBlankLines } from './whitespace';

export function cleanupFindings(ctx: ArticleContext, attempt: <T>(step: string, fn: () => T, fallback: T) => T): DraftFinding[] {
  return [
    ...attempt('duplicates', () => findDuplicates(ctx.blocks, ctx.structure.kinds, ctx.lines, ctx.m, (i) => ctx.facts[i].structure), []),
    ...attempt('boilerplate', () => findBoilerplate(ctx.blocks, ctx.structure.boilerplate, ctx.lines, ctx.m), []),
    ...attempt('whitespace', () => findBlankLines(ctx.text, ctx.lines, ctx.blocks, ctx.m), []),
  ];
}
