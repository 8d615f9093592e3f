/**
 * Edits that remove whole lines. A removal takes the line break that ends the last line
 * removed, so the lines around keep their layout; in an article whose paragraphs are
 * separated by blank lines it also takes one empty line, so one separator remains.
 * Only line breaks and truly empty lines are taken beyond the lines named.
 */
import type { Edit } from '../model';
import type { Line } from '../text/lines';

function isEmpty(line: Line): boolean {
  return line.end === line.start;
}

/** The edit that removes lines first..last (0-based, inclusive). */
export function removeLines(lines: readonly Line[], first: number, last: number): Edit {
  const startLine = lines[first];
  const endLine = lines[last];
  if (endLine.next === endLine.end) {
    // The last line of the text: take the line break before it instead of after it.
    if (first === 0) return { start: 0, end: endLine.end, newText: '' };
    return { start: lines[first - 1].end, end: endLine.end, newText: '' };
  }
  let end = endLine.next;
  const blankBefore = first === 0 || isEmpty(lines[first - 1]);
  let k = last + 1;
  if (blankBefore) {
    // Keep one separator: at the top of the text take all following empty lines, else one.
    while (k < lines.length - 1 && isEmpty(lines[k])) {
      end = lines[k].next;
      k++;
      if (first !== 0) break;
    }
  }
  return { start: startLine.start, end, newText: '' };
}
