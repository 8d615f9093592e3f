/**
 * Lines of an article. A line break is "\r\n", "\n" or "\r", as LSP counts them, so
 * 0-based line numbers here agree with the editor's.
 */

export interface Line {
  /** Offset of the first character of the line. */
  readonly start: number;
  /** Offset just past the last character, before the line break. */
  readonly end: number;
  /** Offset of the next line (past the line break); equals `end` on the last line. */
  readonly next: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    lines.push({ start, end: i, next });
    start = next;
    i = next - 1;
  }
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

/** Maps offsets to 0-based line numbers by binary search over line starts. */
export class LineIndex {
  readonly #starts: number[];

  constructor(text: string) {
    this.#starts = splitLines(text).map((line) => line.start);
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  /** The 0-based line holding `offset`. */
  lineAt(offset: number): number {
    const starts = this.#starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(line: number): number {
    return this.#starts[Math.max(0, Math.min(line, this.#starts.length - 1))];
  }
}

/**
 * White space and invisible characters that scraped pages leave on otherwise empty
 * lines: spaces of every width, no-break spaces, zero-width characters, direction marks
 * and embeddings, the BOM and the soft hyphen.
 */
export const INVISIBLE_OR_SPACE = /[\s\u00a0\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u206f\u3000\ufeff]/;
const BLANK = /^[\s\u00a0\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u206f\u3000\ufeff]*$/;

export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

/** The span of `text[start, end)` without the white space and invisible characters around it. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && INVISIBLE_OR_SPACE.test(text[start])) start++;
  while (end > start && INVISIBLE_OR_SPACE.test(text[end - 1])) end--;
  return { start, end };
}
