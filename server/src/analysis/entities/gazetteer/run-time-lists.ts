/**
 * The lists of names found at run time only, the project's own, written from general knowledge:
 * foreign and Arab given and family names, the roles of the arts and the press before a name
 * (RUN_TIME_TITLES), and the people, places, bodies, press, clubs and companies of the world
 * and the region. Training does not see them (training.ts), so the model weighs them as it
 * learnt to weigh the listed names of their class, which the training data covers, and lends
 * that weight to names training never saw. The index adds them last, so that a name a trained
 * list holds too stays trained.
 */
import type { EntityType } from '../../model';
import { WORDLIKE_CLASSES, listedWords, type GazetteerClass } from './index';
import { listLines } from './list-lines';
import { isNationality } from '../nationality';
import { ARAB_FAMILY_NAMES } from './arab-family-names';
import { ARAB_FAMILY_NAMES_MORE } from './arab-family-names-more';
import { ARAB_GIVEN_NAMES } from './arab-given-names';
import { WORLD_BODIES } from './bodies-world';
import { PRESS_CITIES } from './cities-press';
import { RUN_TIME_TITLES } from './curated';
import { FOREIGN_FAMILY_NAMES, FOREIGN_GIVEN_NAMES } from './foreign-names';
import { WORLD_CLUBS } from './clubs-world';
import { MORE_WORLD_CLUBS } from './clubs-world-more';
import { WORLD_COMPANIES } from './companies-world';
import { MORE_WORLD_COMPANIES } from './companies-world-more';
import { ARTS_PEOPLE } from './people-arts';
import { DECADE_PEOPLE } from './people-decade';
import { GULF_PEOPLE } from './people-gulf';
import { HISTORY_PEOPLE } from './people-history';
import { MORE_DECADE_PEOPLE } from './people-decade-more';
import { NEWS_2000S_PEOPLE } from './people-2000s';
import { MORE_NEWS_2000S_PEOPLE } from './people-2000s-more';
import { REGION_PEOPLE } from './people-region';
import { SPORT_PEOPLE } from './people-sport';
import { WORLD_PEOPLE } from './people-world';
import { WORLD_PLACES } from './places-world';
import { WORLD_REGIONS } from './places-regions';
import { WORLD_PRESS } from './press-world';

/** Lists of single names (a compound joined by _) with the class they are evidence for. */
export const RUN_TIME_WORDS: readonly (readonly [text: string, cls: GazetteerClass])[] = [
  [FOREIGN_GIVEN_NAMES, 'firstName'],
  [FOREIGN_FAMILY_NAMES, 'familyName'],
  [ARAB_GIVEN_NAMES, 'firstName'],
  [ARAB_FAMILY_NAMES, 'familyName'],
  [ARAB_FAMILY_NAMES_MORE, 'familyName'],
  [RUN_TIME_TITLES, 'title'],
];

const RUN_TIME_LISTS: readonly (readonly [text: string, cls: GazetteerClass, type: EntityType])[] = [
  [WORLD_PEOPLE, 'person', 'person'],
  [REGION_PEOPLE, 'person', 'person'],
  [SPORT_PEOPLE, 'person', 'person'],
  [ARTS_PEOPLE, 'person', 'person'],
  [DECADE_PEOPLE, 'person', 'person'],
  [MORE_DECADE_PEOPLE, 'person', 'person'],
  [NEWS_2000S_PEOPLE, 'person', 'person'],
  [MORE_NEWS_2000S_PEOPLE, 'person', 'person'],
  [HISTORY_PEOPLE, 'person', 'person'],
  [GULF_PEOPLE, 'person', 'person'],
  [WORLD_PLACES, 'place', 'place'],
  [WORLD_REGIONS, 'place', 'place'],
  [PRESS_CITIES, 'place', 'place'],
  [WORLD_BODIES, 'organization', 'organization'],
  [WORLD_PRESS, 'organization', 'organization'],
  [WORLD_CLUBS, 'club', 'organization'],
  [MORE_WORLD_CLUBS, 'club', 'organization'],
  [WORLD_COMPANIES, 'company', 'organization'],
  [MORE_WORLD_COMPANIES, 'company', 'organization'],
];

export interface RunTimeEntry {
  readonly names: readonly string[];
  readonly cls: GazetteerClass;
  readonly type: EntityType;
  readonly english: string | null;
}

/**
 * One-word names of the club and company lists that are also common words, read in the news (إعادة إعمار،
 * بيتك: your house, ميتا: dead, معادن: metals, ينساب: flows, بالتل: on the hill).
 */
const ALSO_WORDS = 'إعمار أعمار ميتا بيتك معادن نخيل صدارة مبادلة ينساب بالتل سومو';
let alsoWordSet: ReadonlySet<string> | null = null;
function alsoWords(): ReadonlySet<string> {
  alsoWordSet ??= new Set(ALSO_WORDS.split(' ').flatMap(listedWords));
  return alsoWordSet;
}

/**
 * Whether a run-time list's name is looked for. A club or company of one word is looked for
 * only where it cannot be a word: a one-word name training never saw would lend a listed
 * club's weight to every use of the word (الاتفاق the club and the agreement, السد، إعمار،
 * معادن). So it must not begin with the article, nor be a name another list holds alone (a
 * city, a person's given or family name: ليون، برايتون), nor one of ALSO_WORDS. A club's name
 * is not looked for with نادي before it or its country's adjective after it (نادي الكويت، العين
 * الإماراتي): the club's name leaves them out, as ANERcorp and editors do.
 */
function lookedFor(name: string, cls: GazetteerClass, listedAlone: (word: string) => boolean): boolean {
  if (!WORDLIKE_CLASSES.has(cls)) return true;
  const words = listedWords(name);
  if (words.length === 1) return !words[0].startsWith('ال') && words[0].length >= 4 && !listedAlone(words[0]) && !alsoWords().has(words[0]);
  return cls !== 'club' || (words[0] !== 'نادي' && !isNationality(words[words.length - 1]));
}

/**
 * The entries of the run-time lists with the names that are looked for; a line left without a
 * name is left out. `listedAlone` tells whether another list holds a word as a whole name.
 */
export function runTimeEntries(listedAlone: (word: string) => boolean): RunTimeEntry[] {
  return RUN_TIME_LISTS.flatMap(([text, cls, type]) => listLines(text).map(([names, english]) => ({ names: names.filter((n) => lookedFor(n, cls, listedAlone)), cls, type, english }))).filter(
    (e) => e.names.length > 0,
  );
}
