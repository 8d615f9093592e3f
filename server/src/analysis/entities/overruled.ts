/**
 * Model names that give way to a longer name the lists know: a curated organisation or person
 * the model split or mistyped (قوات سورية الديمقراطية، ريال مدريد), a region named by its head or
 * a direction (بحر قزوين، آسيا الوسطى), a country of two words by its usual name (جنوب أفريقيا), and a
 * listed place the model split into places (شبه | الجزيرة العربية).
 */
import { nameKey } from './canonical';
import type { Candidate } from './candidate';
import type { GazetteerEntry, GazetteerMatch } from './gazetteer/index';
import { endsInDirection, hasGeographicHead } from './heads';
import type { Token } from './tokens';

/** Curated organisations and people of two words or more, which the model may split or mistype (قوات سورية الديمقراطية، ريال مدريد). */
const AUTHORITATIVE = new Set(['organization', 'person', 'figure', 'body', 'club', 'company']);

/** Model names inside a longer authoritative gazetteer name give way to it. */
export function overruled(candidates: Candidate[], gazetteer: readonly GazetteerMatch[], tokens: readonly Token[]): Candidate[] {
  // A region named by a geographic head (بحر قزوين) or by a direction after a continent (أمريكا الشمالية، آسيا الوسطى), or a town of an Arab country (سراة عبيدة، بدر الجنوب).
  const region = (entry: GazetteerEntry | null): boolean => entry !== null && (hasGeographicHead(entry.canonical) || endsInDirection(entry.canonical) || entry.country !== null);
  // A country of two words or more by its usual name (جنوب أفريقيا، جنوب السودان), not by an official one whose short name ANERcorp tags alone (جمهورية | الصين | الشعبية).
  const country = (m: GazetteerMatch): boolean => m.cls === 'country' && m.entry !== null && nameKey(m.entry.canonical) === nameKey(tokens.slice(m.start, m.end).map((t) => t.folded).join(' ').slice(m.prefix));
  const authoritative = (m: GazetteerMatch): boolean => AUTHORITATIVE.has(m.cls) || (m.cls === 'region' && region(m.entry)) || country(m);
  // A listed place the model split into places (شبه | الجزيرة العربية) is whole; a country's official name apart, as above.
  const split = (m: GazetteerMatch): boolean => m.entry?.type === 'place' && m.cls !== 'country' && candidates.filter((c) => c.type === 'place' && m.start <= c.first && c.last <= m.end).length >= 2;
  const long = gazetteer.filter((m) => m.entry && m.end - m.start >= 2 && (authoritative(m) || split(m)));
  const kept = long.length ? candidates.filter((c) => !long.some((m) => m.start <= c.first && c.last <= m.end && c.last - c.first < m.end - m.start)) : candidates;
  return kept.map((c) => shortOfOfficial(c, gazetteer, country));
}

/**
 * A model place inside a country's official name that begins with the country's usual name
 * and runs on over the rest of the official name is the usual name alone: جمهورية | مصر | العربية,
 * not مصر العربية (as ANERcorp tags جمهورية | إيران | الإسلامية).
 */
function shortOfOfficial(c: Candidate, gazetteer: readonly GazetteerMatch[], usual: (m: GazetteerMatch) => boolean): Candidate {
  if (c.type !== 'place' || c.source !== 'model' || c.last - c.first < 2) return c;
  const official = gazetteer.some((m) => m.cls === 'country' && !usual(m) && m.start < c.first && c.last <= m.end);
  const short = official ? gazetteer.find((m) => m.cls === 'country' && usual(m) && m.start === c.first && m.end === c.first + 1) : undefined;
  return short ? { ...c, last: short.end, match: short } : c;
}

/**
 * A model person that is two listed people of two words or more back to back is the two
 * (سلطان بن سلمان | فهد بن سلطان، ابن باز | ابن عثيمين); a one-word name after a listed one is
 * his family name (عبدالرحمن بن عبدالعزيز السديس).
 */
export function peopleApart(candidates: Candidate[], gazetteer: readonly GazetteerMatch[]): Candidate[] {
  const person = (m: GazetteerMatch): boolean => m.entry?.type === 'person' && AUTHORITATIVE.has(m.cls) && m.end - m.start >= 2;
  return candidates.flatMap((c) => {
    if (c.type !== 'person' || c.source !== 'model') return [c];
    const first = gazetteer.find((m) => person(m) && m.start === c.first && m.end < c.last);
    const second = first && gazetteer.find((m) => person(m) && m.start === first.end && m.end === c.last);
    if (!first || !second) return [c];
    return [first, second].map((m) => ({ first: m.start, last: m.end, type: 'person' as const, source: 'gazetteer' as const, match: m, tentative: false }));
  });
}
