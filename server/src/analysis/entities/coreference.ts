/**
 * Ties the mentions of one article together. Mentions with one identity key (canonical.ts)
 * name one thing; a shorter later mention names the same thing as an earlier full name it
 * is part of: a person's family name or first names (الأسدي → عبد الغني الأسدي, عبد الرحمن
 * → رامي عبد الرحمن), or given and family names without the father's (خالد الوهيبي → خالد بن
 * محمد الوهيبي), an organisation's head words (المرصد → المرصد السوري لحقوق الإنسان).
 * Where several earlier names fit, the most recent one wins, as a reader would take it. A
 * body's short name given in brackets after its full name («سمة»، (نزاهة)) names the body in
 * every mention, also one before the brackets (a headline's).
 * A family name the model typed a place or a body joins the person named in full before it.
 * Each cluster then gets one type (the mentions' majority, a gazetteer's type weighing more)
 * and one canonical name (a gazetteer's of that type, else the fullest mention).
 */
import type { EntityType } from '../model';
import type { EntitySource } from './candidate';
import { beginsWithClubName } from './sports';

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly canonical: string;
  readonly key: string;
  /** Type and canonical name come from a gazetteer entry. */
  readonly known: boolean;
  /** The key of the full name this short name follows in brackets (find.ts): the same body, wherever it is named. */
  readonly shortFor?: string;
  /**
   * The key of a listed place's own words without the list's head (كيش of جزيرة كيش): a place
   * or a name only the model found with that key joins it too; a name a list or a rule gave
   * another type does not (فريق العين is the club, not مدينة العين).
   */
  readonly formKey?: string;
  /** Who found the mention: the sequence model, or the lists and rules. */
  readonly source?: EntitySource;
  /** Typed a club by a club list (find.ts): its vote counts three. */
  readonly club?: boolean;
}

export interface Cluster {
  readonly id: string;
  readonly type: EntityType;
  readonly canonical: string;
  /** Keys of the cluster's full names, as word lists (for later short mentions and for finding more). */
  readonly names: readonly (readonly string[])[];
  readonly mentions: readonly Mention[];
}

interface Draft {
  key: string;
  words: string[];
  mentions: Mention[];
}

/** Compound name parts that never stand alone as a short mention (عبد، أبو، بن…). */
const NOT_ALONE = new Set(['عبد', 'ابو', 'ابي', 'ابن', 'بن', 'ال', 'بنت', 'ام']);

function isRun(short: readonly string[], long: readonly string[], at: number): boolean {
  for (let i = 0; i < short.length; i++) if (long[at + i] !== short[i]) return false;
  return true;
}

/** Whether `short` may refer back to the full name `long` of a cluster of `type`. */
export function refersTo(short: readonly string[], long: readonly string[], type: EntityType): boolean {
  if (short.length >= long.length || short.length === 0 || short.every((w) => NOT_ALONE.has(w))) return false;
  // خالد الوهيبي → خالد بن محمد الوهيبي: the given name and the family name, the father's name left out.
  const givenAndFamily = short.length === 2 && short[0] === long[0] && short[1] === long[long.length - 1] && !NOT_ALONE.has(short[0]);
  if (type === 'person') return isRun(short, long, 0) || isRun(short, long, long.length - short.length) || givenAndFamily;
  // A club's bare name (الاتحاد) is the club, not the first word of a longer body's (الاتحاد العربي السعودي لكرة القدم).
  // الخطوط اليمنية → الخطوط الجوية اليمنية: a body's head and last word, one word between them left out.
  if (type === 'organization') return (isRun(short, long, 0) && short.join('').length >= 4 && !(short.length === 1 && beginsWithClubName(long))) || (givenAndFamily && long.length === 3);
  return false;
}

/**
 * The cluster's type: the mentions' vote, a mention whose type a gazetteer gave counting one
 * and a half. A gazetteer breaks ties but does not outvote the model: many list entries are
 * also other things (نوكيا the company and the Finnish town, كافو the footballer). A club a
 * club list typed in a paragraph of sport counts three: in a report on Roma, the club outvotes
 * the city its headline and dateline name (روما – وكالات).
 */
function typeOf(mentions: readonly Mention[]): EntityType {
  const families = familyNames(mentions);
  const votes = new Map<EntityType, number>();
  for (const m of mentions) if (!(mistypedFamily(m) && families.has(m.key))) votes.set(m.type, (votes.get(m.type) ?? 0) + (m.club ? 3 : m.known ? 1.5 : 1));
  let best = mentions[0].type;
  for (const [type, n] of votes) if (n > (votes.get(best) ?? 0)) best = type;
  return best;
}

function canonicalOf(mentions: readonly Mention[], type: EntityType): string {
  const known = mentions.find((m) => m.known && m.type === type);
  if (known) return known.canonical;
  let best = mentions[0];
  for (const m of mentions) if (m.key.split(' ').length > best.key.split(' ').length) best = m;
  return best.canonical;
}

/**
 * A one-word place or body only the model found: what a person's family name may be mistyped as
 * where its sentence gives little away (تاونسند after ميك تاونسند). It joins the person named in
 * full before it and takes the person's type without voting. Only the family name does: where the
 * model's «person» begins with such a word, it is often a body run on (إيليوت أسوشيتس) or a place
 * run into a name (أبوعريش محمد القحطاني).
 */
const mistypedFamily = (m: Mention): boolean => m.type !== 'person' && m.source === 'model' && !m.known && !m.key.includes(' ');

/** The last words of the people named in two words or more among `mentions`. */
function familyNames(mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    const at = m.key.lastIndexOf(' ');
    if (m.type === 'person' && at > 0) out.add(m.key.slice(at + 1));
  }
  return out;
}

/** A place, or a name only the model found: what may join a listed place by its own words (formKey). */
const placeOrGuess = (m: Mention): boolean => m.type === 'place' || m.source === 'model';

/** Clusters of `mentions`, given in article order. Every mention is in exactly one cluster. */
export function clusterMentions(mentions: readonly Mention[]): Cluster[] {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const byForm = new Map<string, Draft>();
  for (const m of mentions) {
    let draft = byKey.get(m.key) ?? (placeOrGuess(m) ? byForm.get(m.key) : undefined);
    if (!draft && m.formKey !== undefined) {
      const d = byKey.get(m.formKey);
      if (d?.mentions.every(placeOrGuess)) draft = d;
    }
    if (!draft) {
      const words = m.key.split(' ');
      for (let i = drafts.length - 1; i >= 0 && !draft; i--) {
        const d = drafts[i];
        if (d.mentions.some((x) => x.type === m.type) && refersTo(words, d.words, m.type)) draft = d;
        else if (mistypedFamily(m) && d.words.length >= 2 && d.words[d.words.length - 1] === m.key && d.mentions.some((x) => x.type === 'person')) draft = d;
      }
      if (draft) byKey.set(m.key, draft);
    }
    if (!draft) {
      draft = { key: m.key, words: m.key.split(' '), mentions: [] };
      drafts.push(draft);
      byKey.set(m.key, draft);
    }
    draft.mentions.push(m);
    if (m.formKey !== undefined && !byForm.has(m.formKey)) byForm.set(m.formKey, draft);
    // The fullest name is what later short mentions are compared with.
    const words = m.key.split(' ');
    if (words.length > draft.words.length) {
      draft.words = words;
      draft.key = m.key;
    }
  }
  // A short name in brackets joins its full name's cluster, with every mention its own cluster had.
  for (const m of mentions) {
    const short = m.shortFor === undefined ? undefined : byKey.get(m.key);
    const full = m.shortFor === undefined ? undefined : byKey.get(m.shortFor);
    if (!short || !full || short === full || !full.mentions.some((x) => x.type === m.type)) continue;
    full.mentions.push(...short.mentions);
    full.mentions.sort((a, b) => a.start - b.start);
    for (const [k, d] of byKey) if (d === short) byKey.set(k, full);
    drafts.splice(drafts.indexOf(short), 1);
  }
  return drafts.map((d) => {
    const type = typeOf(d.mentions);
    const names = [...new Set(d.mentions.map((m) => m.key))].map((k) => k.split(' '));
    return { id: `${type}:${d.key}`, type, canonical: canonicalOf(d.mentions, type), names, mentions: d.mentions };
  });
}
