/**
 * Exact duplicates: a paragraph whose comparison key (folded, without punctuation or
 * spacing differences) equals an earlier paragraph's. The first occurrence always stays.
 */
import type { Messages } from '../l10n';
import type { ParagraphKind } from '../model';
import type { Line } from '../text/lines';
import type { Block } from '../structure/blocks';
import type { Fingerprint } from './fingerprint';
import { removeLines } from './edits';
import type { DraftFinding } from '../finding';

/** Shorter lines repeat legitimately (labels, names); they are not reported as duplicates. */
const MIN_WORDS = 3;

/** Lines shorter than this, between two such lines, are verse or a list: a refrain repeats by design. */
const VERSE_WORDS = 8;

function inVerse(prints: readonly Fingerprint[], i: number): boolean {
  const short = (j: number): boolean => j >= 0 && j < prints.length && prints[j].words < VERSE_WORDS;
  return short(i) && short(i - 1) && short(i + 1);
}

/** Each later copy's block index mapped to the block index of its first occurrence. */
export function exactCopies(prints: readonly Fingerprint[], kinds: readonly ParagraphKind[]): Map<number, number> {
  const first = new Map<string, number>();
  const copies = new Map<number, number>();
  prints.forEach((print, i) => {
    if (kinds[i] === 'boilerplate' || print.words < MIN_WORDS || print.key === '') return;
    const earlier = first.get(print.key);
    if (earlier === undefined) first.set(print.key, i);
    else if (!inVerse(prints, i)) copies.set(i, earlier);
  });
  return copies;
}

export function findDuplicates(blocks: readonly Block[], copies: ReadonlyMap<number, number>, lines: readonly Line[], m: Messages): DraftFinding[] {
  const findings: DraftFinding[] = [];
  for (const [i, earlier] of copies) {
    const block = blocks[i];
    const original = blocks[earlier];
    findings.push({
      rule: 'paragraph.duplicate',
      start: block.start,
      end: block.end,
      message: m.findings.duplicate(original.line + 1),
      related: [{ start: original.start, end: original.end, message: m.related.firstOccurrence }],
      fixes: [{ title: m.fixes.removeDuplicate, edits: [removeLines(lines, block.line, block.line)], safe: true }],
    });
  }
  return findings;
}
