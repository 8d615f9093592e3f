/**
 * State services named by their short names after their staff or office (مدير الأمن العام، رجال الجمارك، إدارة المرور),
 * al-Qaeda by its short name after its members (زعيم القاعدة), and state directorates named by their town or region
 * (صحة جدة، شرطة منطقة جازان).
 */
import { hasStem, safeReading } from './clitics';
import type { Candidate } from './candidate';
import type { GazetteerMatch } from './gazetteer/index';
import type { Token } from './tokens';

/** Words for a service's staff, office or patrols, after which its short name is the service (folded): مدير الأمن العام، رجال الجمارك، إدارة المرور، دوريات أمن الطرق. */
const STAFF = new Set(['مدير', 'مديريه', 'اداره', 'رجال', 'منسوبي', 'منسوبو', 'ضباط', 'قايد', 'مصلحه', 'دوريات', 'دوريه', 'افراد']);
/** State services' short names, which alone are also phrases (folded): الأمن العام is public order, المرور passing. */
const SERVICES: readonly (readonly string[])[] = [['الامن', 'العام'], ['المرور'], ['الجمارك'], ['الجوازات'], ['امن', 'الطرق']];
const SERVICE_FIRST = new Set(SERVICES.map((words) => words[0]));

/**
 * Words for an armed group's leaders, members, cells or ties, after which القاعدة (the base, the rule) is the group
 * (folded): زعيم القاعدة، عناصر القاعدة، عضو بالقاعدة، صلاته بالقاعدة. Its full name (تنظيم القاعدة) is listed.
 */
const MEMBERS = new Set(['زعيم', 'زعماء', 'قايد', 'قاده', 'عناصر', 'عنصر', 'مقاتلي', 'مقاتلو', 'مسلحي', 'مسلحو', 'عضو', 'اعضاء', 'شبكه', 'فرع', 'ذراع', 'خلايا', 'خليه', 'جماعات', 'فكر', 'نهج', 'معاقل', 'صلات', 'صلاته', 'صلاتهم', 'صلته', 'صلتهم']);

/** Whether a definite word follows: the base or the rule it describes (قائد القاعدة الجوية، نهج القاعدة الذهبية). */
const describedBase = (next: Token | undefined): boolean => next?.word === true && next.folded.startsWith('ال');

/** State services named by their short names after their staff or office, and al-Qaeda by its short name after its members. `taken` marks tokens already in a name. */
export function services(tokens: readonly Token[], taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const found = (length: number): void => {
      out.push({ first: i, last: i + length, type: 'organization', source: 'gazetteer', match: null, tentative: false });
    };
    // The cheap tests first, as this runs on every word: the service's first word, its name, then the word before it.
    if (tokens[i].folded.endsWith('القاعده') && !taken[i] && safeReading(tokens[i].folded).stem === 'القاعده' && hasStem(tokens[i - 1].folded, MEMBERS) && !describedBase(tokens[i + 1])) found(1);
    if (!SERVICE_FIRST.has(tokens[i].folded)) continue;
    const name = SERVICES.find((words) => words.every((w, k) => tokens[i + k]?.word === true && tokens[i + k].folded === w && !taken[i + k]));
    if (name && hasStem(tokens[i - 1].folded, STAFF)) found(name.length);
  }
  return out;
}

/** Heads of a state directorate named by its town or region (folded): صحة جدة، تعليم جازان، شرطة منطقة جازان، جوازات منطقة الرياض، قوة جازان. */
const DIRECTORATES = new Set(['صحه', 'تعليم', 'شرطه', 'جوازات', 'مرور', 'قوه']);
/** Heads that make a directorate only before a region or a town, not a country: قوة جازان is a force, قوة الصين China's strength. */
const NOT_BEFORE_COUNTRY = new Set(['قوه']);
/** Heads that make a directorate only before منطقة (شرطة منطقة جازان): ANERcorp, like much Arab press, reads شرطة دبي as the police of a place. */
const REGIONAL_ONLY = new Set(['شرطه']);
/** Epithets after a city's name (folded): مكة المكرمة، المدينة المنورة. */
const EPITHETS = new Set(['المكرمه', 'المنوره']);
/** Whether a folded word, without proclitics, heads a directorate's name (بصحة جدة is ب + the name). */
export const isDirectorateHead = (word: string): boolean => DIRECTORATES.has(word);
/** Words between a directorate's head and its place (folded): شرطة منطقة جازان، تعليم محافظة الليث. */
const REGION_WORDS = new Set(['منطقه', 'محافظه']);

/**
 * A directorate named by its head and a place found (صحة جدة is Jeddah's health affairs, شرطة منطقة جازان
 * Jazan's police): one organisation, over the place. `places` are the paragraph's places so far; `gazetteer` its list matches.
 */
export function directorates(tokens: readonly Token[], places: readonly Candidate[], gazetteer: readonly GazetteerMatch[]): Candidate[] {
  const out: Candidate[] = [];
  for (const found of places) {
    // The model's person of a head and a listed place after it (قائد | قوة جازان) is the place's directorate too.
    const headed = found.type === 'person' && found.source === 'model' && found.last - found.first === 2 && hasStem(tokens[found.first].folded, DIRECTORATES);
    const c = headed && gazetteer.some((m) => m.entry?.type === 'place' && m.start === found.first + 1 && m.end === found.last)
      ? { ...found, first: found.first + 1, type: 'place' as const }
      : found;
    if (c.type !== 'place') continue;
    // The place, or the word for a region or a governorate before it.
    const named = c.first >= 2 && REGION_WORDS.has(tokens[c.first - 1].folded) ? c.first - 1 : c.first;
    const head = tokens[named - 1];
    if (head?.word !== true || head.folded.startsWith('ال') || !hasStem(head.folded, DIRECTORATES)) continue;
    if (hasStem(head.folded, REGIONAL_ONLY) && tokens[named].folded !== 'منطقه') continue;
    if (hasStem(head.folded, NOT_BEFORE_COUNTRY) && gazetteer.some((m) => m.cls === 'country' && m.start >= c.first && m.end <= c.last)) continue;
    // The city's epithet, which the place leaves out (مكة | المكرمة), belongs to the body's name.
    const last = EPITHETS.has(tokens[c.last]?.folded ?? '') ? c.last + 1 : c.last;
    out.push({ first: named - 1, last, type: 'organization', source: 'gazetteer', match: null, tentative: false });
  }
  return out;
}
