/**
 * Which blocks are web boilerplate, and of what kind: each block's own pattern, plus the
 * headline-like lines that a "related" header pulls in after it. The structure pass
 * (structure/classify.ts) uses this before it looks for the headline.
 */
import { fold } from '../text/normalize';
import type { Block } from '../structure/blocks';
import { looksLikeHeadline, matchBoilerplate, type BoilerplateKind } from './boilerplate-patterns';

export function detectBoilerplate(blocks: readonly Block[]): (BoilerplateKind | null)[] {
  const kinds: (BoilerplateKind | null)[] = new Array(blocks.length).fill(null);
  let openBlock: BoilerplateKind | null = null;
  blocks.forEach((block, i) => {
    const folded = fold(block.text);
    const match = matchBoilerplate(folded);
    if (match) {
      kinds[i] = match.kind;
      openBlock = match.opensBlock ? match.kind : openBlock === match.kind ? openBlock : null;
    } else if (openBlock === 'related' && looksLikeHeadline(folded)) {
      kinds[i] = 'related';
    } else openBlock = null;
  });
  return kinds;
}
