/**
 * Who speaks after a verb of saying is a person or a body, and a place only where it stands for its
 * government (قالت البحرين، قالت بكين). A one-word place the model found there that no list holds as a
 * country, a big city or a curated place is a person the model mistyped: وأشار | بتروفيتش، وقال | فانينج.
 */
import type { Candidate } from './candidate';
import type { GazetteerMatch } from './gazetteer/index';
import { isSayingVerb } from './not-names';
import type { Token } from './tokens';

/** Lists whose places speak for a state or a seat of power. */
const SPEAKING_PLACES = new Set(['country', 'bigCity', 'place']);

export function speakersNotPlaces(candidates: readonly Candidate[], tokens: readonly Token[], gazetteer: readonly GazetteerMatch[]): Candidate[] {
  return candidates.map((c) => {
    if (c.type !== 'place' || c.source !== 'model' || c.last - c.first !== 1 || !isSayingVerb(tokens[c.first - 1])) return c;
    const listed = gazetteer.some((m) => m.start === c.first && m.end === c.last && SPEAKING_PLACES.has(m.cls));
    return listed ? c : { ...c, type: 'person' as const };
  });
}
