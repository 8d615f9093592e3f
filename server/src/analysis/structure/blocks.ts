/**
 * Blocks: the non-blank lines of an article, trimmed. News text puts one paragraph on a
 * line, with or without blank lines between, so a block is the unit of structure,
 * duplication and caching.
 */
import { isBlank, splitLines, trimSpan, type Line } from '../text/lines';

export interface Block {
  readonly start: number;
  readonly end: number;
  /** 0-based line number. */
  readonly line: number;
  readonly text: string;
}

export interface Segmented {
  readonly lines: readonly Line[];
  readonly blocks: readonly Block[];
}

export function segment(text: string): Segmented {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  lines.forEach((line, index) => {
    const raw = text.slice(line.start, line.end);
    if (isBlank(raw)) return;
    const span = trimSpan(text, line.start, line.end);
    blocks.push({ start: span.start, end: span.end, line: index, text: text.slice(span.start, span.end) });
  });
  return { lines, blocks };
}

const SENTENCE_END = /[.!?؟…]["»”’)\]]*$/;

export function wordCount(text: string): number {
  const words = text.trim().split(/[\s\u00a0]+/);
  return words[0] === '' ? 0 : words.length;
}

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trim());
}

/** A line that reads as running text rather than a title, label or caption. */
export function isProse(text: string): boolean {
  return text.length > 200 || (wordCount(text) > 14 && endsSentence(text)) || wordCount(text) > 30;
}
