/**
 * Near duplicates: a paragraph most of whose word pairs already stand in another
 * paragraph of the article, as when a paragraph is restated with small edits or a
 * shortened copy is printed again. Of two such paragraphs the one more contained in the
 * other is reported (the later one unless the earlier is clearly shorter), pointing to the
 * earliest one that holds it. A paragraph that is reported is never the one another report points to, so removing
 * every reported paragraph keeps every paragraph they repeat. The fix is offered but not
 * safe: a small edit may add something worth keeping.
 */
import type { Messages } from '../l10n';
import type { ParagraphKind } from '../model';
import type { Line } from '../text/lines';
import type { Block } from '../structure/blocks';
import type { Fingerprint } from './fingerprint';
import { removeLines } from './edits';
import type { DraftFinding } from '../finding';

/** Shorter paragraphs (titles, short quotations) are too short to call restatements. */
export const MIN_NEAR_WORDS = 8;

/**
 * The later of two alike paragraphs is the copy, unless the earlier one is clearly the
 * more contained (a shortened teaser printed above the full paragraph): a few words added
 * to a restated paragraph do not make the first one redundant.
 */
const EARLIER_MARGIN = 0.15;

interface Pair {
  /** The paragraph reported and the one it repeats. */
  readonly copy: number;
  readonly source: number;
  /** The share of the copy's word pairs found in the source. */
  readonly share: number;
}

/**
 * A word pair found in more paragraphs than this («قال إن», «في العام») tells nothing
 * about any two of them; skipping it keeps a long report with many alike paragraphs fast.
 */
const MAX_POSTING = 200;

/** Shared word pairs of every two candidate paragraphs, counted through an index of pairs. */
function similarPairs(prints: readonly Fingerprint[], candidates: readonly number[], threshold: number): Pair[] {
  const postings = new Map<number, number[]>();
  const pairs: Pair[] = [];
  const counts = new Int32Array(prints.length);
  const touched: number[] = [];
  for (const j of candidates) {
    for (const shingle of prints[j].shingles) {
      const list = postings.get(shingle);
      if (!list) {
        postings.set(shingle, [j]);
        continue;
      }
      if (list.length <= MAX_POSTING) for (const i of list) if (counts[i]++ === 0) touched.push(i);
      list.push(j);
    }
    for (const i of touched) {
      const count = counts[i];
      counts[i] = 0;
      const inEarlier = count / prints[j].shingles.length;
      const inLater = count / prints[i].shingles.length;
      if (inEarlier >= threshold && inEarlier >= inLater - EARLIER_MARGIN) pairs.push({ copy: j, source: i, share: inEarlier });
      else if (inLater >= threshold) pairs.push({ copy: i, source: j, share: inLater });
    }
    touched.length = 0;
  }
  return pairs;
}

export function findNearDuplicates(
  blocks: readonly Block[],
  kinds: readonly ParagraphKind[],
  prints: readonly Fingerprint[],
  copies: ReadonlyMap<number, number>,
  lines: readonly Line[],
  threshold: number,
  m: Messages,
): DraftFinding[] {
  const candidates = blocks.map((_, i) => i).filter((i) => kinds[i] === 'body' && prints[i].words >= MIN_NEAR_WORDS && !copies.has(i));
  // In text order of the later paragraph of each pair, the closest first: every copy then points to the earliest paragraph it repeats.
  const later = (p: Pair): number => Math.max(p.copy, p.source);
  const pairs = similarPairs(prints, candidates, threshold).sort((a, b) => later(a) - later(b) || b.share - a.share || a.source - b.source);
  const reported = new Map<number, Pair>();
  const kept = new Set<number>();
  for (const pair of pairs) {
    if (reported.has(pair.copy) || kept.has(pair.copy) || reported.has(pair.source)) continue;
    reported.set(pair.copy, pair);
    kept.add(pair.source);
  }
  return [...reported.values()]
    .sort((a, b) => a.copy - b.copy)
    .map(({ copy, source, share }) => {
      const block = blocks[copy];
      const original = blocks[source];
      return {
        rule: 'paragraph.near-duplicate' as const,
        start: block.start,
        end: block.end,
        message: m.cleanup.nearDuplicate(original.line + 1, Math.floor(share * 100)),
        related: [{ start: original.start, end: original.end, message: m.cleanup.repeatedHere }],
        fixes: [{ title: m.cleanup.removeNearDuplicate, edits: [removeLines(lines, block.line, block.line)], safe: false }],
      };
    });
}
