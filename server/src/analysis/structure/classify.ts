/**
 * The structure of an article: which block is the headline, the dateline, a byline, a
 * subheading, body text or web boilerplate. The article's own dateline is told apart
 * from page chrome: a date line after the headline is the article's; a date line above
 * the headline is the page's header when the article has a dateline of its own.
 *
 * Everything a block says on its own comes from its cached facts (facts.ts); this pass
 * only combines them, so it stays cheap when an edit leaves most blocks unchanged.
 */
import type { ParagraphKind } from '../model';
import type { BoilerplateKind } from '../cleanup/boilerplate-patterns';
import { detectBoilerplate } from '../cleanup/detect';
import type { RawDate } from '../dates/find';
import type { Block } from './blocks';
import type { BlockFacts } from './facts';

export interface Structure {
  /** Per block. */
  readonly kinds: readonly ParagraphKind[];
  /** Per block: what kind of boilerplate, or null. */
  readonly boilerplate: readonly (BoilerplateKind | null)[];
  readonly headline: number | null;
  /**
   * The dateline block and the date in it (offsets relative to the block). `inline` when
   * the dateline opens the first paragraph of running text, which stays body text.
   */
  readonly dateline: { readonly block: number; readonly date: RawDate; readonly inline?: boolean } | null;
}

/** How far past the first paragraph of prose a dateline may still come. */
const DATELINE_REACH = 3;

function findHeadline(facts: readonly BlockFacts[], boilerplate: readonly (BoilerplateKind | null)[], firstProse: number): number | null {
  for (let i = 0; i < firstProse; i++) {
    const f = facts[i];
    if (boilerplate[i] !== null || f.dateOnly || f.byline) continue;
    if (f.titleLike) return i;
  }
  return null;
}

/**
 * The dateline: the first date line after the headline, else the last one above it, else
 * a dateline opening the top of the text (القاهرة 5 يونيو 2017 (رويترز) - قال …).
 */
function findDateline(facts: readonly BlockFacts[], boilerplate: readonly (BoilerplateKind | null)[], headline: number | null, firstProse: number): Structure['dateline'] {
  const dateAt = (i: number): RawDate | null => (boilerplate[i] === null && i < firstProse + DATELINE_REACH ? facts[i].dateOnly : null);
  const limit = Math.min(facts.length, firstProse + DATELINE_REACH);
  for (let i = headline === null ? 0 : headline + 1; i < limit; i++) {
    const date = dateAt(i);
    if (date) return { block: i, date };
  }
  for (let i = (headline ?? 0) - 1; i >= 0; i--) {
    const date = dateAt(i);
    if (date) return { block: i, date };
  }
  for (let i = 0; i <= Math.min(firstProse, facts.length - 1); i++) {
    const date = boilerplate[i] === null && i !== headline ? facts[i].leadDate : null;
    if (date) return { block: i, date, inline: true };
  }
  return null;
}

/** `house` holds the house's boilerplate patterns (options), for cleanup/detect.ts. */
export function classify(blocks: readonly Block[], facts: readonly BlockFacts[], house: readonly string[] = []): Structure {
  const n = blocks.length;
  const boilerplate = detectBoilerplate(blocks, house, (i) => facts[i].boilerplate, (i) => facts[i].prose);
  const kinds: ParagraphKind[] = new Array(n).fill('body');

  // The top of the article: everything before the first block of running prose.
  let firstProse = facts.findIndex((f, i) => boilerplate[i] === null && f.prose);
  if (firstProse < 0) firstProse = n;
  let lastProse = -1;
  for (let i = n - 1; i >= 0 && lastProse < 0; i--) if (boilerplate[i] === null && facts[i].prose) lastProse = i;

  const headline = findHeadline(facts, boilerplate, firstProse);
  const dateline = findDateline(facts, boilerplate, headline, firstProse);
  const headlineKey = headline === null ? null : facts[headline].key;
  let seenProse = false;
  for (let i = 0; i < n; i++) {
    const f = facts[i];
    if (boilerplate[i] !== null) kinds[i] = 'boilerplate';
    else if (i === headline) kinds[i] = 'headline';
    else if (dateline && !dateline.inline && i === dateline.block) kinds[i] = 'dateline';
    else if (f.dateOnly && i < firstProse + DATELINE_REACH && dateline && i < dateline.block && (headline === null || i < headline)) {
      kinds[i] = 'boilerplate';
      boilerplate[i] = 'page-header';
    } else if (f.byline && (!seenProse || i > lastProse)) kinds[i] = 'byline';
    else if (!seenProse && headlineKey !== null && f.key === headlineKey) kinds[i] = 'headline';
    else if (seenProse && f.subheadingLike && nextContentIsProse(facts, boilerplate, i)) kinds[i] = 'section';
    else kinds[i] = 'body';
    if (kinds[i] === 'body' && f.prose) seenProse = true;
  }

  return { kinds, boilerplate, headline, dateline };
}

function nextContentIsProse(facts: readonly BlockFacts[], boilerplate: readonly (BoilerplateKind | null)[], i: number): boolean {
  for (let j = i + 1; j < facts.length; j++) {
    if (boilerplate[j] !== null) continue;
    return facts[j].prose || facts[j].words > 10;
  }
  return false;
}
