/**
 * What every article-level pass receives: the text, its lines and blocks, the cached
 * paragraph facts, the structure, the options and the message catalogue. Passes return
 * their items and their draft findings; analyze.ts assembles them.
 */
import type { Messages } from './l10n';
import type { AnalysisOptions } from './options';
import type { ParagraphFacts } from './paragraph';
import type { Block } from './structure/blocks';
import type { Structure } from './structure/classify';
import type { Line } from './text/lines';

export interface ArticleContext {
  readonly text: string;
  readonly lines: readonly Line[];
  readonly blocks: readonly Block[];
  /** Per block, in block order. */
  readonly facts: readonly ParagraphFacts[];
  readonly structure: Structure;
  readonly options: AnalysisOptions;
  readonly m: Messages;
}

/** Moves paragraph-relative spans to article offsets. */
export function shift<T extends { start: number; end: number }>(items: readonly T[], by: number): T[] {
  return items.map((item) => ({ ...item, start: item.start + by, end: item.end + by }));
}
