/**
 * Exact duplicates: a paragraph whose comparison key (folded, without punctuation or
 * spacing differences) equals an earlier paragraph's. The first occurrence always stays.
 */
import type { Messages } from '../l10n';
import type { ParagraphKind } from '../model';
import type { Line } from '../text/lines';
import { comparisonKey } from '../text/normalize';
import type { Block } from '../structure/blocks';
import { wordCount } from '../structure/blocks';
import { removeLines } from './edits';
import type { DraftFinding } from '../finding';

/** Shorter lines repeat legitimately (labels, names); they are not reported as duplicates. */
const MIN_WORDS = 3;

/** A block's comparison key and word count; the analysis passes the cached ones (structure/facts.ts). */
export type KeyOf = (block: number) => { readonly key: string; readonly words: number };

export function findDuplicates(blocks: readonly Block[], kinds: readonly ParagraphKind[], lines: readonly Line[], m: Messages, keyOf: KeyOf = (i) => ({ key: comparisonKey(blocks[i].text), words: wordCount(blocks[i].text) })): DraftFinding[] {
  const first = new Map<string, number>();
  const findings: DraftFinding[] = [];
  blocks.forEach((block, i) => {
    if (kinds[i] === 'boilerplate') return;
    const { key, words } = keyOf(i);
    if (words < MIN_WORDS) return;
    if (key === '') return;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, i);
      return;
    }
    const original = blocks[earlier];
    findings.push({
      rule: 'paragraph.duplicate',
      start: block.start,
      end: block.end,
      message: m.findings.duplicate(original.line + 1),
      related: [{ start: original.start, end: original.end, message: m.related.firstOccurrence }],
      fixes: [{ title: m.fixes.removeDuplicate, edits: [removeLines(lines, block.line, block.line)], safe: true }],
    });
  });
  return findings;
}
