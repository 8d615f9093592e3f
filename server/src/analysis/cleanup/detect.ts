/**
 * Which blocks are web boilerplate, and of what kind: each block's own pattern, plus the
 * headline-like lines that a "related" header pulls in after it. The structure pass
 * (structure/classify.ts) uses this before it looks for the headline.
 */
import { fold } from '../text/normalize';
import type { Block } from '../structure/blocks';
import { looksLikeHeadline, matchBoilerplate, type BoilerplateKind } from './boilerplate-patterns';

/** What one line says about boilerplate on its own; it depends on the line's text only, so the paragraph cache keeps it. */
export interface LineBoilerplate {
  readonly match: { readonly kind: BoilerplateKind; readonly opensBlock: boolean } | null;
  readonly headlineLike: boolean;
}

export function lineBoilerplate(text: string, folded = fold(text)): LineBoilerplate {
  return { match: matchBoilerplate(folded), headlineLike: looksLikeHeadline(folded) };
}

export function detectBoilerplate(blocks: readonly Block[], lineOf: (block: number) => LineBoilerplate = (i) => lineBoilerplate(blocks[i].text)): (BoilerplateKind | null)[] {
  const kinds: (BoilerplateKind | null)[] = new Array(blocks.length).fill(null);
  let openBlock: BoilerplateKind | null = null;
  blocks.forEach((_block, i) => {
    const { match, headlineLike } = lineOf(i);
    if (match) {
      kinds[i] = match.kind;
      openBlock = match.opensBlock ? match.kind : openBlock === match.kind ? openBlock : null;
    } else if (openBlock === 'related' && headlineLike) {
      kinds[i] = 'related';
    } else openBlock = null;
  });
  return kinds;
}
