/**
 * Which blocks are web boilerplate, and of what kind: each block's own pattern (the
 * house's patterns first, then the built-in ones), plus the headline-like lines that a
 * "related" header pulls in after it. The structure pass (structure/classify.ts) uses
 * this before it looks for the headline.
 */
import { fold } from '../text/normalize';
import { isProse, type Block } from '../structure/blocks';
import { looksLikeHeadline, matchBoilerplate, type BoilerplateKind } from './boilerplate-patterns';
import { compilePatterns, type UserPattern } from './user-patterns';

/** What one line says about boilerplate on its own; it depends on the line's text only, so the paragraph cache keeps it. */
export interface LineBoilerplate {
  readonly match: { readonly kind: BoilerplateKind; readonly opensBlock: boolean } | null;
  readonly headlineLike: boolean;
}

export function lineBoilerplate(text: string, folded = fold(text)): LineBoilerplate {
  return { match: matchBoilerplate(folded), headlineLike: looksLikeHeadline(folded) };
}

const compiled = new WeakMap<readonly string[], readonly UserPattern[]>();

/** The house's patterns, compiled once per options object (options are frozen, so the list is too). */
function userPatterns(sources: readonly string[]): readonly UserPattern[] {
  let patterns = compiled.get(sources);
  if (!patterns) {
    patterns = compilePatterns(sources).patterns;
    compiled.set(sources, patterns);
  }
  return patterns;
}

/** A related-headlines block takes at most this many headlines: past them, the article goes on. */
const MAX_BLOCK_LINES = 8;

export function detectBoilerplate(
  blocks: readonly Block[],
  house: readonly string[] = [],
  lineOf: (block: number) => LineBoilerplate = (i) => lineBoilerplate(blocks[i].text),
  proseOf: (block: number) => boolean = (i) => isProse(blocks[i].text),
): (BoilerplateKind | null)[] {
  const patterns = house.length ? userPatterns(house) : [];
  const kinds: (BoilerplateKind | null)[] = new Array(blocks.length).fill(null);
  let openBlock: BoilerplateKind | null = null;
  let taken = 0;
  blocks.forEach((block, i) => {
    if (patterns.some((p) => p.test(block.text))) {
      kinds[i] = 'custom';
      openBlock = null;
      return;
    }
    const { match, headlineLike } = lineOf(i);
    if (match) {
      kinds[i] = match.kind;
      if (match.opensBlock) taken = 0;
      openBlock = match.opensBlock ? match.kind : openBlock === match.kind ? openBlock : null;
    } else if (openBlock === 'related' && taken < MAX_BLOCK_LINES && headlineLike) {
      kinds[i] = 'related';
      taken++;
    } else openBlock = null;
  });
  keepSubheadings(blocks, kinds, proseOf);
  return kinds;
}

/**
 * A section label such as «اقتصاد» is page furniture above the article, but the same word
 * between two paragraphs of running text is a subheading: real content, never removed.
 */
function keepSubheadings(blocks: readonly Block[], kinds: (BoilerplateKind | null)[], proseOf: (block: number) => boolean): void {
  let proseBefore = false;
  for (let i = 0; i < blocks.length; i++) {
    if (kinds[i] === 'section-label' && proseBefore) {
      let next = i + 1;
      while (next < blocks.length && kinds[next] !== null) next++;
      if (next < blocks.length && proseOf(next)) kinds[i] = null;
    }
    if (kinds[i] === null && proseOf(i)) proseBefore = true;
  }
}
