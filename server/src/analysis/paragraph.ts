/**
 * Paragraph-level facts: everything that depends on one paragraph's text alone. These are
 * cached by the paragraph's text (analyze.ts), so they must not depend on the options or
 * on the rest of the article. Offsets are relative to the paragraph.
 */
import { findDates, type RawDate } from './dates/find';
import { findEntities, type RawEntity } from './entities/find';
import { findNumbers, type RawNumber } from './numbers/find';
import { EMPTY_BLOCK_FACTS, blockFacts, type BlockFacts } from './structure/facts';

export interface ParagraphFacts {
  readonly dates: readonly RawDate[];
  readonly numbers: readonly RawNumber[];
  readonly entities: readonly RawEntity[];
  /** What the paragraph says about the article's structure: kind of line, sentences, quotations. */
  readonly structure: BlockFacts;
}

export const NO_FACTS: ParagraphFacts = Object.freeze({ dates: [], numbers: [], entities: [], structure: EMPTY_BLOCK_FACTS });

export function paragraphFacts(text: string): ParagraphFacts {
  const dates = findDates(text);
  // A figure inside a date or time (the 30 of 30/6/2017, the 2014 of العام 2014) is part of the date.
  const numbers = findNumbers(text).filter((n) => !dates.some((d) => n.start < d.end && d.start < n.end));
  return { dates, numbers, entities: findEntities(text), structure: blockFacts(text, dates) };
}
