/**
 * More mentions of names the article has already given: once «رامي عبد الرحمن» has been
 * recognised, a later «عبد الرحمن» or «رامي عبد الرحمن» that the model passed by is a
 * mention too, and «المرصد» after «المرصد السوري لحقوق الإنسان» is the same organisation.
 * Only names recognised in this article are looked for, and a single word only when it
 * reads as a name (a person's family name or one-word name, or a word the training lexicon
 * or the family-name list knows, and no function or common word): a person called علي must
 * not turn every على into a mention.
 */
import type { EntityType } from '../model';
import { readings, withoutArticle } from './clitics';
import { isTriggerWord, matchGazetteer } from './gazetteer/index';
import { commonWords, nameLexicon } from './model/load';
import { beginsWithClubName, isClubOnceNamed } from './sports';
import { isEverydayWord } from './homographs';
import { FOREIGN_PARTICLES } from './kinship';
import { inSetPhrase, isLoanword, isNeverAlone, isSayingVerb } from './not-names';
import { isLargeScale } from './word-shapes';
import { STOPWORDS } from './stopwords';
import type { Token } from './tokens';

export interface Alias {
  /** Folded words as tokens show them (the first without proclitics). */
  readonly words: readonly string[];
  readonly cluster: number;
  /** A club's bare name (الهلال): not where a definite word follows it (الهلال الأحمر، الاتحاد الآسيوي). */
  readonly club?: boolean;
  /** A family name that is also a common word (الشهري: monthly): only as the speaker, right after a verb of saying (وأضاف الشهري). */
  readonly speaker?: boolean;
}

export interface Found {
  /** Token indices, end exclusive. */
  readonly first: number;
  readonly last: number;
  /** Folded proclitic characters before the name in its first token. */
  readonly prefix: number;
  /** The article is restored: ل + ال written لل. */
  readonly restored: boolean;
  readonly cluster: number;
}

export const COMPOUND: ReadonlySet<string> = new Set(['عبد', 'ابو', 'ابي', 'ابن', 'بن', 'ال', 'بنت', 'ام']);
/** الله, the last word of نصر الله, never stands for the name alone (صلى الله عليه وسلم); nor do the words of isNeverAlone, a regnal number among them (النائب الثاني is not عبدالله الثاني). */
const NEVER_ALONE: ReadonlySet<string> = new Set(['الله']);

/**
 * Whether one word may stand for a name already given: no function word, common word or
 * title, and not the adjective of a known place (العراقي). A person's family name passes
 * (كيربي، الأسدي), even one made from a region or a town (عسيري), and so does a place the
 * article names twice (`familyName` for both); for other names the word must be known inside
 * names (the training lexicon or the family-name list).
 */
function singleWordOk(word: string, familyName: boolean, common = commonWords().has(word)): boolean {
  if (word.length < 3 || STOPWORDS.has(word) || common || isTriggerWord(word) || NEVER_ALONE.has(word) || isNeverAlone(word) || isLoanword(word)) return false;
  if (nameLexicon().has(word) || gazetteerClasses(word).includes('familyName')) return true;
  const bare = withoutArticle(word);
  // The adjective of a country or a big city is an adjective (العراقي، المصري); a family name from a region or a town is the person's (عسيري، الألمعي).
  // A big city's adjective without the article is no adjective that stands alone: a family name (رجب بريسالي, not of Barishal).
  const places = familyName ? (word.startsWith('ال') ? ['country', 'bigCity'] : ['country']) : ['country', 'city', 'bigCity', 'place', 'region'];
  if (bare.endsWith('ي') && gazetteerClasses(bare.slice(0, -1)).some((c) => places.includes(c))) return false;
  return familyName;
}

function gazetteerClasses(word: string): string[] {
  return matchGazetteer([{ start: 0, end: word.length, folded: word, word: true }]).map((m) => m.cls);
}

/** «General» after a body's first word or an office (folded): الأمن العام، النيابة العامة، المشرف العام. */
export const GENERAL: ReadonlySet<string> = new Set(['العام', 'العامه']);

/**
 * The names to look for, from the words of each recognised mention. A one-word place the
 * lexicon does not know is looked for only once the article has named it twice (بلنسية):
 * one mention may be the model's slip (التمور، صناعية), two are the article's word.
 */
export function aliasesOf(mentionWords: readonly (readonly string[])[], type: EntityType, cluster: number, repeated = false): Alias[] {
  const out: Alias[] = [];
  const add = (words: readonly string[], familyName = false): void => {
    if (words.length === 0 || (words.length === 1 && !singleWordOk(words[0], familyName))) return;
    if (!out.some((a) => a.words.join(' ') === words.join(' '))) out.push({ words, cluster });
  };
  for (const words of mentionWords) {
    add(words, (type === 'person' || (repeated && type === 'place')) && words.length === 1);
    // الهلال named as a club: its bare name is the club, though it is also a word.
    if (type === 'organization' && words.length === 1 && isClubOnceNamed(words[0]) && !out.some((a) => a.words.join(' ') === words[0])) out.push({ words, cluster, club: true });
    if (type === 'person' && words.length >= 2) {
      // The family name: the last word, or the last two when the name ends in a compound or a foreign particle (عبد الرحمن، أبو بكر، دي خيا)
      // or in الله (الجار الله، نصر الله).
      const penult = words[words.length - 2];
      const tail = words.length >= 3 && (COMPOUND.has(penult) || FOREIGN_PARTICLES.has(penult) || words[words.length - 1] === 'الله') ? words.slice(-2) : words.slice(-1);
      add(tail, true);
      // A family name that is also a common word is the person only as the speaker (سعد الشهري … وأضاف الشهري أن).
      const [word] = tail;
      if (tail.length === 1 && commonWords().has(word) && singleWordOk(word, true, false) && !out.some((a) => a.words.join(' ') === word)) out.push({ words: tail, cluster, speaker: true });
    }
    // المرصد for المرصد السوري; but a body named «… العام» is no more its first word (الأمن العام is not الأمن), nor one whose
    // first word is a club's name (الاتحاد of الاتحاد العربي السعودي لكرة القدم is the club).
    if (type === 'organization' && words.length >= 2 && !isTriggerWord(words[0]) && !GENERAL.has(words[1]) && !beginsWithClubName(words)) add(words.slice(0, 1));
  }
  return out;
}

/**
 * A body's short name the article gives in brackets after its full name («سمة»، (نزاهة)): looked
 * for alone later on (وقالت سمة), though it be a word, as the article has said what it names.
 */
export function shortNameAlias(words: readonly string[], cluster: number): Alias | null {
  return words.length && !(words.length === 1 && (words[0].length < 3 || STOPWORDS.has(words[0]) || isTriggerWord(words[0]))) ? { words, cluster } : null;
}

/** Occurrences of `aliases` in `tokens`, longest first, not overlapping `taken` tokens (1 = already a mention). */
export function findAliases(tokens: readonly Token[], aliases: readonly Alias[], taken: Uint8Array): Found[] {
  const byFirst = new Map<string, Alias[]>();
  for (const a of aliases) byFirst.set(a.words[0], [...(byFirst.get(a.words[0]) ?? []), a]);
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].word || taken[i] || isLargeScale(tokens[i].folded)) continue;
    let hit: Found | null = null;
    for (const r of readings(tokens[i].folded)) {
      for (const a of byFirst.get(r.stem) ?? []) {
        const last = i + a.words.length;
        if (last > tokens.length || (hit && hit.last >= last)) continue;
        let ok = true;
        for (let k = 1; k < a.words.length && ok; k++) ok = !taken[i + k] && tokens[i + k].folded === a.words[k];
        // A club's bare name before a definite word is another name (الهلال الأحمر).
        if (a.club && tokens[last]?.word === true && tokens[last].folded.startsWith('ال')) ok = false;
        if (a.speaker && (r.prefix > 0 || !isSayingVerb(tokens[i - 1]))) ok = false;
        // A name does not continue into a following word of the same name (رامي عبد الرحمن is not رامي + عبد).
        if (ok) hit = { first: i, last, prefix: r.prefix, restored: r.restored === true, cluster: a.cluster };
      }
    }
    // دعم مالي after مالي the country is still «financial»; كوبا أمريكا after كوبا is still the cup.
    if (hit && ((hit.last - hit.first === 1 && isEverydayWord(tokens, i)) || inSetPhrase(tokens, i))) hit = null;
    if (hit) {
      found.push(hit);
      for (let t = hit.first; t < hit.last; t++) taken[t] = 1;
      i = hit.last - 1;
    }
  }
  return found;
}
