/**
 * Web boilerplate findings: one per run of adjacent boilerplate blocks of one kind (a
 * ticker, a related-headlines block), each with a fix that removes exactly those lines.
 */
import type { Messages } from '../l10n';
import type { Line } from '../text/lines';
import type { Block } from '../structure/blocks';
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
