/**
 * Web boilerplate findings: one per run of adjacent boilerplate blocks of one kind (a
 * ticker, a related-headlines block), each with a fix that removes exactly those lines.
 */
import type { Messages } from '../l10n';
import type { Line } from '../text/lines';
import type { Block } from '../structure/blocks';
import type { BlockFacts } from '../structure/facts';
import type { BoilerplateKind } from './boilerplate-patterns';
import { removeLines } from './edits';
import type { DraftFinding } from '../finding';

export function findBoilerplate(blocks: readonly Block[], kinds: readonly (BoilerplateKind | null)[], lines: readonly Line[], m: Messages): DraftFinding[] {
  const findings: DraftFinding[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const kind = kinds[i];
    if (kind === null) continue;
    let j = i;
    while (j + 1 < blocks.length && kinds[j + 1] === kind) j++;
    findings.push({
      rule: 'boilerplate.line',
      start: blocks[i].start,
      end: blocks[j].end,
      message: m.findings.boilerplate(kind),
      related: [],
      fixes: [{ title: m.fixes.removeBoilerplate(kind), edits: [removeLines(lines, blocks[i].line, blocks[j].line)], safe: true }],
    });
    i = j;
  }
  return findings;
}

/**
 * A list of tags saved on the end of a paragraph (… . سمات الهلال النصر), in a block that is no boilerplate line of its own:
 * a finding on the tags, with a fix that removes them and the spaces before them, and nothing else.
 */
export function findTagTails(blocks: readonly Block[], facts: readonly BlockFacts[], kinds: readonly (BoilerplateKind | null)[], m: Messages): DraftFinding[] {
  return blocks.flatMap((b, i) => {
    const tags = facts[i].tags;
    if (!tags || kinds[i] !== null) return [];
    return [{
      rule: 'boilerplate.line' as const,
      start: b.start + tags.start,
      end: b.end,
      message: m.findings.boilerplate('tags'),
      related: [],
      fixes: [{ title: m.fixes.removeBoilerplate('tags'), edits: [{ start: b.start + tags.cut, end: b.end, newText: '' }], safe: true }],
    }];
  });
}
