/**
 * The common nouns at the head of names: some stand before a name without being part of it
 * (حركة حماس is named حماس in the text), others make a region's name (بحر قزوين).
 */
import { readings } from './clitics';
import type { Candidate } from './candidate';
import type { Token } from './tokens';

/**
 * Common nouns that stand before a name without being part of it (folded): حركة حماس is
 * named حماس, قناة الجزيرة الجزيرة, النادي الأهلي الأهلي, نهر الفرات الفرات, as the news and ANERcorp write it.
 * حزب، منظمة، جامعة، مجلس are part of the name (حزب الله، منظمة الصحة العالمية).
 */
const COMMON_HEADS = new Set(['حركه', 'قناه', 'صحيفه', 'شركه', 'نادي', 'النادي', 'جماعه', 'نهر']);

/** A listed name whose first word is one of COMMON_HEADS: the mention is the rest, the name still the list's. */
export function afterCommonHead(c: Candidate, tokens: readonly Token[]): Candidate {
  const common = readings(tokens[c.first].folded).some((r) => COMMON_HEADS.has(r.stem));
  return common && c.last - c.first >= 2 && tokens[c.first + 1].word ? { ...c, first: c.first + 1 } : c;
}

/** Heads of regions' names (their list spelling): بحر قزوين is a sea, and قزوين there no city. */
const GEOGRAPHIC_HEADS = new Set(['بحر', 'البحر', 'مضيق', 'خليج', 'جبل', 'جبال', 'جزيرة', 'جزر', 'بحيرة', 'صحراء', 'سد', 'السد', 'قناة', 'المحيط', 'شبه']);

/** Whether a listed region's name begins with a geographic head. */
export function hasGeographicHead(canonical: string): boolean {
  return GEOGRAPHIC_HEADS.has(canonical.split(' ')[0]);
}
