/**
 * Stray blank lines: runs of two or more blank lines, and blank lines that hold no-break
 * spaces or invisible characters. The fix leaves the separator the article uses
 * elsewhere (one empty line, or none), and deletes nothing but white space.
 */
import type { Messages } from '../l10n';
import type { Edit } from '../model';
import { isBlank, type Line } from '../text/lines';
import type { Block } from '../structure/blocks';
import type { DraftFinding } from '../finding';

/** Whether most paragraphs are separated by a blank line. */
function usesBlankSeparators(blocks: readonly Block[]): boolean {
  let blank = 0;
  for (let i = 1; i < blocks.length; i++) if (blocks[i].line - blocks[i - 1].line > 1) blank++;
  return blank * 2 > blocks.length - 1;
}

export function findBlankLines(text: string, lines: readonly Line[], blocks: readonly Block[], m: Messages): DraftFinding[] {
  const findings: DraftFinding[] = [];
  const separator = usesBlankSeparators(blocks);
  const lastBlockLine = blocks.length ? blocks[blocks.length - 1].line : -1;
  for (let i = 0; i < lines.length; i++) {
    if (!isBlank(text.slice(lines[i].start, lines[i].end))) continue;
    let j = i;
    while (j + 1 < lines.length && isBlank(text.slice(lines[j + 1].start, lines[j + 1].end))) j++;
    const count = j - i + 1;
    const invisible = lines.slice(i, j + 1).some((l) => l.end > l.start);
    const atStart = i === 0;
    const atEnd = j === lines.length - 1 && i > lastBlockLine;
    // The final empty "line" after a closing line break is not a blank line.
    const realCount = atEnd && lines[j].start === lines[j].end ? count - 1 : count;
    const report = invisible || (atStart ? realCount >= 1 : atEnd ? realCount >= 1 : count >= 2);
    if (report && blocks.length > 0) {
      let edit: Edit;
      if (atStart) edit = { start: 0, end: lines[j].next, newText: '' };
      else if (atEnd) edit = { start: lines[i].start, end: text.length, newText: '' };
      else {
        const lineBreak = text.slice(lines[j].end, lines[j].next);
        edit = { start: lines[i].start, end: lines[j].next, newText: separator ? lineBreak : '' };
      }
      findings.push({
        rule: 'whitespace.blank-lines',
        start: lines[i].start,
        end: atEnd ? text.length : lines[j].end,
        message: m.findings.blankLines(atEnd ? Math.max(1, realCount) : count, invisible),
        related: [],
        fixes: [{ title: m.fixes.tidyBlankLines, edits: [edit], safe: true }],
      });
    }
    i = j;
  }
  return findings;
}
