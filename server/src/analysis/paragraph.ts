/**
 * Paragraph-level facts: everything that depends on one paragraph's text alone. These are
 * cached by the paragraph's text (analyze.ts), so they must not depend on the options or
 * on the rest of the article. Offsets are relative to the paragraph.
 */
import { findDates, type RawDate } from './dates/find';
import { NO_ENTITIES, findEntities, type ParagraphEntities } from './entities/find';
import { findNumbers, type RawNumber } from './numbers/find';

export interface ParagraphFacts {
  readonly dates: readonly RawDate[];
  readonly numbers: readonly RawNumber[];
  readonly entities: ParagraphEntities;
}

export const NO_FACTS: ParagraphFacts = Object.freeze({ dates: [], numbers: [], entities: NO_ENTITIES });

export function paragraphFacts(text: string): ParagraphFacts {
  const dates = findDates(text);
  // A figure inside a date or time (the 30 of 30/6/2017, the 2014 of العام 2014) is part of the date.
  const numbers = findNumbers(text).filter((n) => !dates.some((d) => n.start < d.end && d.start < n.end));
  return { dates, numbers, entities: findEntities(text) };
}
