/**
 * The gazetteers as one lookup: the generated lists (countries, cities, first and family
 * names) and the project's own (curated.ts), indexed by the folded first word of each name.
 * A name may begin after proclitics (وبسوريا) but its other words must follow exactly.
 *
 * Built on first use, so that starting the language server costs nothing until an article
 * is analysed.
 */
import { BODIES } from './bodies';
import { STATE_BODIES } from './state-bodies';
import { isTraining } from './training';
import { FIGURES } from './figures';
import { GEOGRAPHY } from './geography';
import { ARAB_PLACES } from './arab-places';
import { SAUDI_PLACES } from './saudi-places';
import type { EntityType } from '../../model';
import { lamNounReading, readings, withoutArticle, type CliticReading } from '../clitics';
import { boundedCache } from '../../text/bounded-cache';
import { simpleWords, tokenize, type Token } from '../tokens';
import { CITIES } from './cities.generated';
import { CLUBS } from './clubs';
import { COMPANIES } from './companies';
import { COUNTRIES } from './countries.generated';
import { COUNTRY_SPELLINGS } from './countries';
import { MINISTRY_PORTFOLIOS, ORGANIZATIONS, PERSON_TITLES, PLACES, PLACE_TRIGGERS, ORGANIZATION_TRIGGERS } from './curated';
import { PEOPLE } from './people';
import { GIVEN_NAMES, GULF_GIVEN_NAMES } from './given-names';
import { FAMILY_NAMES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './names.generated';
import { PARTIES } from './parties';
import { listLines } from './list-lines';
import { abdSpelling, withHamzaOnYa } from './spellings';
import { byNextWord, type NextWords } from './next-words';
import { RUN_TIME_WORDS, runTimeEntries } from './run-time-lists';

export { withoutRunTimeLists } from './training';

/** Gazetteer classes; their order is fixed because trained features are built from it. */
export const CLASSES = ['country', 'city', 'bigCity', 'place', 'organization', 'person', 'firstName', 'familyName', 'title', 'placeTrigger', 'orgTrigger', 'club', 'company', 'region', 'figure', 'body', 'gulfName'] as const;
export type GazetteerClass = (typeof CLASSES)[number];

/** Classes whose one-word names are also words or cities (الأهلي، برشلونة، نيسان، كيا). */
export const WORDLIKE_CLASSES: ReadonlySet<string> = new Set<GazetteerClass>(['club', 'company']);

export interface GazetteerEntry {
  readonly canonical: string;
  readonly type: EntityType;
  /** The English name, where the source gives one. */
  readonly english: string | null;
  /** The country a city is in, in Arabic. */
  readonly country: string | null;
}

interface Name {
  readonly words: readonly string[];
  readonly cls: number;
  readonly entry: GazetteerEntry | null;
  /** Found at run time only, never while the model trains (foreign-names.ts). */
  readonly runTimeOnly: boolean;
}

export interface GazetteerMatch {
  /** Token indices, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Proclitic characters (folded) before the name in its first token. */
  readonly prefix: number;
  /** Whether the name's article was written لل after ل (للعراق). */
  readonly restored: boolean;
  readonly cls: GazetteerClass;
  /** Set for names of people, places and organisations; null for titles and trigger words. */
  readonly entry: GazetteerEntry | null;
}

export interface Index {
  readonly byFirst: Map<string, Name[]>;
  /** Entries by type and canonical name. */
  readonly byCanonical: Map<string, GazetteerEntry>;
  /** The last words of listed people of two words or more (folded): مبارك of حسني مبارك. */
  readonly personEnds: Set<string>;
}

/** A listed name's folded words, as the tokens of an article show them. */
export function listedWords(name: string): string[] {
  return simpleWords(name) ?? tokenize(name).filter((t) => t.word).map((t) => t.folded);
}

function build(): Index {
  const byFirst = new Map<string, Name[]>();
  const byCanonical = new Map<string, GazetteerEntry>();
  /** Entries by folded name and type, so a later list adds spellings to an earlier entry instead of a rival. */
  const known = new Map<string, GazetteerEntry>();
  const seen = new Set<string>();
  const personEnds = new Set<string>();
  const add = (name: string, cls: GazetteerClass, entry: GazetteerEntry | null, w = listedWords(name), runTimeOnly = false): void => {
    const id = `${cls}:${w.join(' ')}`;
    if (!w.length || seen.has(id)) return;
    seen.add(id);
    if (entry?.type === 'person' && w.length >= 2) personEnds.add(w[w.length - 1]);
    const list = byFirst.get(w[0]);
    const item: Name = { words: w, cls: CLASSES.indexOf(cls), entry, runTimeOnly };
    if (list) list.push(item);
    else byFirst.set(w[0], [item]);
  };
  const addEntry = (listed: readonly string[], cls: GazetteerClass, type: EntityType, english: string | null = null, country: string | null = null, runTimeOnly = false): void => {
    const names = withHamzaOnYa(listed);
    const nameWords = names.map(listedWords);
    const keys = nameWords.map((w) => `${type}:${w.join(' ')}`);
    const existing = keys.map((k) => known.get(k)).find((e) => e !== undefined);
    const entry: { -readonly [K in keyof GazetteerEntry]: GazetteerEntry[K] } = existing ?? { canonical: names[0], type, english, country };
    // A curated name keeps its spelling and type, and takes the English name and country a generated list knows.
    entry.english ??= english;
    entry.country ??= country;
    for (const k of keys) if (!known.has(k)) known.set(k, entry);
    if (!byCanonical.has(`${type}:${entry.canonical}`)) byCanonical.set(`${type}:${entry.canonical}`, entry);
    names.forEach((n, i) => add(n, cls, entry, nameWords[i], runTimeOnly));
    // Found at run time only, so that the model trains on what the lists spell.
    names.forEach((n, i) => {
      const other = abdSpelling(nameWords[i]);
      if (other) add(n, cls, entry, other, true);
    });
  };
  const lists: [string, GazetteerClass, EntityType][] = [
    [PLACES, 'place', 'place'],
    [GEOGRAPHY, 'region', 'place'],
    [SAUDI_PLACES, 'region', 'place'],
    [ARAB_PLACES, 'region', 'place'],
    [ORGANIZATIONS, 'organization', 'organization'],
    [PARTIES, 'organization', 'organization'],
    [CLUBS, 'club', 'organization'],
    [COMPANIES, 'company', 'organization'],
    [PEOPLE, 'person', 'person'],
    [FIGURES, 'figure', 'person'],
    [BODIES, 'body', 'organization'],
    [STATE_BODIES, 'body', 'organization'],
  ];
  for (const [text, cls, type] of lists) for (const [names, english, country] of listLines(text)) addEntry(names, cls, type, english, country);
  for (const [[portfolio]] of listLines(MINISTRY_PORTFOLIOS)) addEntry([`وزارة ${portfolio}`], 'organization', 'organization');
  // The press spellings first, so that they name the entry the generated list joins. A line: names|…, a tab, the English name.
  for (const [names, english] of listLines(`${COUNTRY_SPELLINGS}\n${COUNTRIES}`)) addEntry(names, 'country', 'place', english);
  // Thousands of cities, one name each and none repeated: the short way, which keeps the first analysis fast.
  const cityClasses = [CLASSES.indexOf('city'), CLASSES.indexOf('bigCity')];
  for (const line of CITIES.split('\n')) {
    const [name, englishName, countryName, big] = line.split('\t');
    // A row whose English did not sound like its Arabic label has neither (scripts/train/gazetteers.mjs).
    const english = englishName || null;
    const country = countryName || null;
    const w = listedWords(name);
    if (!w.length) continue;
    const existing = known.get(`place:${w.join(' ')}`) as { -readonly [K in keyof GazetteerEntry]: GazetteerEntry[K] } | undefined;
    // A listed place with its own English name keeps it and takes no country from here: the generated list has one row a name, not always the right one (لندن in Canada).
    if (existing && existing.english === null && english) {
      existing.english = english;
      existing.country ??= country;
    }
    const item = { words: w, cls: cityClasses[big === '1' ? 1 : 0], entry: existing ?? { canonical: name, type: 'place' as const, english, country }, runTimeOnly: false };
    const list = byFirst.get(w[0]);
    if (list) list.push(item);
    else byFirst.set(w[0], [item]);
  }
  for (const n of MALE_FIRST_NAMES.split('\n')) add(n, 'firstName', null);
  for (const n of FEMALE_FIRST_NAMES.split('\n')) add(n, 'firstName', null);
  for (const n of GIVEN_NAMES.split(/\s+/)) if (n) add(n.replace(/_/g, ' '), 'firstName', null);
  for (const n of GULF_GIVEN_NAMES.split(/\s+/)) if (n) add(n, 'gulfName', null);
  for (const n of FAMILY_NAMES.split('\n')) add(n, 'familyName', null);
  for (const n of PERSON_TITLES.split(/\s+/)) add(n, 'title', null);
  for (const n of PLACE_TRIGGERS.split(/\s+/)) add(n, 'placeTrigger', null);
  for (const n of ORGANIZATION_TRIGGERS.split(/\s+/)) add(n, 'orgTrigger', null);
  // The run-time lists lend a listed name's weight to names training never saw; training does not see them (withoutRunTimeLists).
  for (const [text, cls] of RUN_TIME_WORDS) for (const n of text.split(/\s+/)) if (n) add(n.replace(/_/g, ' '), cls, null, undefined, true);
  const listedAlone = (word: string): boolean => byFirst.get(word)?.some((n) => n.words.length === 1) === true;
  for (const { names, cls, type, english } of runTimeEntries(listedAlone)) addEntry(names, cls, type, english, null, true);
  return { byFirst, byCanonical, personEnds };
}

let index: Index | null = null;

/** The lists' index, built on first use. */
export function gazetteer(): Index {
  index ??= build();
  return index;
}

interface Start {
  readonly reading: CliticReading;
  /** Whether the reading is ل + a noun in لل (lamNounReading). */
  readonly lamNoun: boolean;
  readonly names: readonly Name[];
  /** For a long list, the names that may match before each next word (byNextWord); null: try them all. */
  readonly next: NextWords<Name> | null;
}

/** The readings of a folded word that begin listed names, with those names. */
function findStarts(word: string): readonly Start[] {
  const { byFirst } = gazetteer();
  // للجنة الأولمبية الدولية: ل + اللجنة, read so for the lists found alone only, which carry no features.
  const lamNoun = lamNounReading(word);
  return (lamNoun ? [...readings(word), lamNoun] : readings(word)).flatMap((reading) => {
    const names = byFirst.get(reading.stem);
    return names ? [{ reading, lamNoun: reading === lamNoun, names, next: byNextWord(names) }] : [];
  });
}

/** findStarts kept per word, 100,000 words at most. */
const starts = boundedCache<string, readonly Start[]>(100_000);

/**
 * Every gazetteer name in the tokens: for each start and class, the longest name, read
 * with the fewest proclitics.
 */
export function matchGazetteer(tokens: readonly Token[]): GazetteerMatch[] {
  const matches: GazetteerMatch[] = [];
  /** The token's best match of each class, classes in the order first found (which orders `matches`). */
  const best: GazetteerMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].word) continue;
    const candidates = starts(tokens[i].folded, findStarts);
    if (candidates.length === 0) continue;
    best.length = 0;
    const following = tokens[i + 1]?.folded;
    for (const { reading, lamNoun, names: all, next } of candidates) {
      const names = next ? ((following !== undefined && next.bySecond.get(following)) || next.alone) : all;
      for (const name of names) {
        if (name.runTimeOnly && isTraining()) continue;
        if (lamNoun && !LIST_ONLY.has(CLASSES[name.cls])) continue;
        // فلكيا is not ف + ل + كيا: a one-word club or company name is also a word, and two proclitics make it likelier.
        if (reading.prefix >= 2 && name.words.length === 1 && WORDLIKE_CLASSES.has(CLASSES[name.cls])) continue;
        const end = i + name.words.length;
        if (end > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < name.words.length && ok; k++) ok = tokens[i + k].folded === name.words[k];
        if (!ok) continue;
        const cls = CLASSES[name.cls];
        let at = 0;
        while (at < best.length && best[at].cls !== cls) at++;
        if (at === best.length || end > best[at].end) best[at] = { start: i, end, prefix: reading.prefix, restored: reading.restored === true, cls, entry: name.entry };
      }
    }
    // كلاوس is a given name, not ك + لاوس: a reading without a proclitic that the lists know
    // hides shorter or equal readings with one. Only lists that carry features hide: adding to a
    // list found alone must not change what the model sees.
    let wholeEnd = i;
    for (const m of best) if (m.prefix === 0 && !LIST_ONLY.has(m.cls) && m.end > wholeEnd) wholeEnd = m.end;
    for (const m of best) if (m.prefix === 0 || m.end > wholeEnd) matches.push(m);
  }
  return matches;
}

/** Classes found by their lists alone: the model was not trained with them, so they carry no features. */
const LIST_ONLY: ReadonlySet<GazetteerClass> = new Set(['region', 'figure', 'body', 'gulfName']);

/** Per token, the gazetteer feature ids it carries: class × position (0 first word, 1 later word, 2 whole name). */
export function gazetteerFeatureIds(tokenCount: number, matches: readonly GazetteerMatch[]): number[][] {
  const ids: number[][] = Array.from({ length: tokenCount }, () => []);
  for (const m of matches) {
    if (LIST_ONLY.has(m.cls)) continue;
    const cls = CLASSES.indexOf(m.cls) * 3 + 1;
    if (m.end - m.start === 1) ids[m.start].push(cls + 2);
    else for (let t = m.start; t < m.end; t++) ids[t].push(cls + (t === m.start ? 0 : 1));
  }
  return ids;
}

/** Classes that name nothing alone: titles and the nouns that introduce names (الرئيس، مدينة، منظمة). */
export const TRIGGER_CLASSES: ReadonlySet<GazetteerClass> = new Set<GazetteerClass>(['orgTrigger', 'placeTrigger', 'title']);

/** Whether a folded word ends a listed person's name of two words or more (مبارك، مشرف، الاسد). */
export const isListedPersonEnd = (word: string): boolean => gazetteer().personEnds.has(word);

/** Whether a folded word, with or without its article, is a common noun that introduces a name (مدينة، المنظمة، الرئيس). */
export function isTriggerWord(word: string): boolean {
  const { byFirst } = gazetteer();
  const bare = withoutArticle(word);
  return [word, bare].some((w) => byFirst.get(w)?.some((n) => n.words.length === 1 && TRIGGER_CLASSES.has(CLASSES[n.cls])) === true);
}

/** Whether gazetteer match `m` is a listed given name, Arabic, foreign or of the Gulf, on token `t` alone. */
export const isGivenNameAt = (m: GazetteerMatch, t: number): boolean => m.start === t && m.end === t + 1 && (m.cls === 'firstName' || m.cls === 'gulfName');
