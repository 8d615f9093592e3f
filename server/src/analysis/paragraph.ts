/**
 * Paragraph-level facts: everything that depends on one paragraph's text alone. These are
 * cached by the paragraph's text (analyze.ts), so they must not depend on the options or
 * on the rest of the article. Offsets are relative to the paragraph.
 */
import { findDates, type RawDate } from './dates/find';
import { NO_ENTITIES, findEntities, type ParagraphEntities } from './entities/find';
import { findNumbers, type RawNumber } from './numbers/find';
import { EMPTY_FINGERPRINT, fingerprint, type Fingerprint } from './cleanup/fingerprint';
import { prepare } from './text/tokens';
import { EMPTY_BLOCK_FACTS, blockFacts, type BlockFacts } from './structure/facts';

export interface ParagraphFacts {
  readonly dates: readonly RawDate[];
  readonly numbers: readonly RawNumber[];
  readonly entities: ParagraphEntities;
  /** What duplicate detection compares (cleanup/fingerprint.ts). */
  readonly fingerprint: Fingerprint;
  /** What the paragraph says about the article's structure: kind of line, sentences, quotations. */
  readonly structure: BlockFacts;
}

export const NO_FACTS: ParagraphFacts = Object.freeze({ dates: [], numbers: [], entities: NO_ENTITIES, fingerprint: EMPTY_FINGERPRINT, structure: EMPTY_BLOCK_FACTS });

export function paragraphFacts(text: string): ParagraphFacts {
  // Dates and figures read the same folded tokens.
  const prepared = prepare(text);
  const entities = findEntities(text);
  // A date word inside a listed name is part of the name (صحيفة «المصري اليوم»، حركة 6 أبريل), and so is a listed organisation named by one
  // (جريدة «اليوم» is the paper); elsewhere the date wins (entities/article.ts).
  const dates = findDates(text, prepared).filter(
    (d) => !entities.mentions.some((m) => m.known && m.start <= d.start && d.end <= m.end && (m.end - m.start > d.end - d.start || m.type === 'organization')),
  );
  // A figure inside a date or time (the 30 of 30/6/2017, the 2014 of العام 2014) is part of the date.
  const numbers = findNumbers(text, prepared).filter((n) => !dates.some((d) => n.start < d.end && d.start < n.end));
  return { dates, numbers, entities, fingerprint: fingerprint(text), structure: blockFacts(text, dates) };
}
