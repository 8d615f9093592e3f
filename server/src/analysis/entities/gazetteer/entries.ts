/**
 * What the lists say of one name, for hovers and for rules that ask by name: its listed entry,
 * its English name and country, the newspaper or channel a short name stands for.
 */
import type { EntityType } from '../../model';
import { CITIES } from './cities.generated';
import { gazetteer, listedWords, type GazetteerEntry } from './index';

/** What the gazetteers say of a name: its English name and, for a city, its country. */
export interface NameInfo {
  readonly english: string | null;
  readonly country: string | null;
  readonly countryEnglish: string | null;
}

let cities: Map<string, GazetteerEntry> | undefined;

/** City entries by name, built on the first hover that needs one. */
function cityEntry(name: string): GazetteerEntry | undefined {
  if (!cities) {
    cities = new Map();
    for (const line of CITIES.split('\n')) {
      const [canonical, english, country] = line.split('\t');
      cities.set(canonical, { canonical, type: 'place', english, country });
    }
  }
  return cities.get(name);
}

/** The listed entry with this canonical name and type, if any. */
export function listedEntry(canonical: string, type: EntityType): GazetteerEntry | null {
  return gazetteer().byCanonical.get(`${type}:${canonical}`) ?? null;
}

let press: Map<string, GazetteerEntry> | null = null;

/** The newspaper or channel a short name in quotes names (الرياض → صحيفة الرياض، الإخبارية → قناة الإخبارية), by its folded words joined by spaces. */
export function pressEntry(folded: string): GazetteerEntry | null {
  if (!press) {
    press = new Map();
    for (const entry of gazetteer().byCanonical.values()) {
      const head = ['صحيفة ', 'قناة ', 'مجلة '].find((h) => entry.canonical.startsWith(h));
      if (entry.type === 'organization' && head) press.set(listedWords(entry.canonical.slice(head.length)).join(' '), entry);
    }
  }
  return press.get(folded) ?? null;
}

/** The English name and country the lists give a name of this type, or null. */
export function describeName(canonical: string, type: EntityType): NameInfo | null {
  const { byCanonical } = gazetteer();
  const entry = listedEntry(canonical, type) ?? (type === 'place' ? cityEntry(canonical) : undefined);
  if (!entry || (!entry.english && !entry.country)) return null;
  const country = entry.country ? (byCanonical.get(`place:${entry.country}`) ?? null) : null;
  return { english: entry.english, country: country?.canonical ?? entry.country, countryEnglish: country?.english ?? null };
}
