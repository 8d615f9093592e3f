/**
 * Clubs named with their country's masculine adjective, which stays outside the name (النصر | العماني, as ANERcorp tags it):
 * foreign clubs the lists pass by where the paragraph speaks of sport (فيجورينسي البرازيلي، ريفربلايت الأرجنتيني), which the
 * model reads as a person of two words, and well-known clubs the model read with the adjective (النصر السعودي، الأهلي المصري).
 */
import type { Candidate } from './candidate';
import { isGivenNameAt, isTriggerWord, type GazetteerMatch } from './gazetteer/index';
import { nameLexicon } from './model/load';
import { clubsCountry, isKnownClub, speaksOfSport } from './sports';
import type { Token } from './tokens';

/**
 * A person of two words the model found, a word no list or training knows as a name and a country's masculine adjective
 * with the article, in a paragraph of sport: the club, its adjective outside it. Family names that are nationalities follow a
 * given name (ماجد المصري، منصور التركي), which keeps them people.
 */
export function clubsWithCountry(candidates: readonly Candidate[], tokens: readonly Token[], gazetteer: readonly GazetteerMatch[]): Candidate[] {
  // The cheap tests first, the paragraph's words last: a person of two words ending on a country's masculine adjective.
  const withCountry = (c: Candidate): boolean => c.type === 'person' && c.source === 'model' && c.last - c.first === 2 && clubsCountry(tokens[c.first + 1]);
  if (!candidates.some(withCountry) || !speaksOfSport(tokens)) return [...candidates];
  return candidates.map((c) => {
    if (!withCountry(c)) return c;
    const name = tokens[c.first];
    if (name.folded.startsWith('ال') || nameLexicon().has(name.folded) || gazetteer.some((m) => m.start === c.first && (isGivenNameAt(m, c.first) || m.entry))) return c;
    return { ...c, last: c.first + 1, type: 'organization', tentative: false };
  });
}

/**
 * A well-known club's name and its country's adjective, found as one body (النصر السعودي): the club alone, keeping what a club list
 * says of the two (its English name). Not a union's (الاتحاد السعودي is the federation).
 */
export function countryOutsideClubs(candidates: readonly Candidate[], tokens: readonly Token[], gazetteer: readonly GazetteerMatch[]): Candidate[] {
  return candidates.map((c) => {
    const name = tokens[c.first].folded;
    if (c.type !== 'organization' || c.last - c.first !== 2 || !isKnownClub(name) || isTriggerWord(name) || !clubsCountry(tokens[c.first + 1])) return c;
    const listed = gazetteer.find((m) => m.start === c.first && m.end === c.last && m.cls === 'club');
    return { ...c, last: c.first + 1, match: c.match ?? listed ?? null };
  });
}
