/**
 * Papers named right after their head, without quotes (جريدة الوفاق، صحيفة القدس، مجلة الثقافة
 * الجديدة): the head in the construct state names the paper by the definite words after it, where
 * the model found nothing or took a paper named after a city for the city. Quoted names are
 * homographs.ts's (صحيفة «الحياة»).
 */
import type { Candidate } from './candidate';
import { hasStem } from './clitics';
import { isTriggerWord, matchGazetteer, pressEntry } from './gazetteer/index';
import { endsAsNisba, isNationality } from './nationality';
import { STOPWORDS } from './stopwords';
import type { Token } from './tokens';

/** Heads of a paper's name in the construct state (folded, perhaps after و ل ب): not قناة, as قناة السويس is the canal. */
const PAPER_HEADS = new Set(['صحيفه', 'جريده', 'مجله']);
const PAPER_ENDS = [...PAPER_HEADS];

/** Whether a token may be a word of a paper's name: a definite word, no function word, trigger or nationality. */
function nameWord(token: Token | undefined): boolean {
  const w = token?.word === true ? token.folded : '';
  return w.startsWith('ال') && w.length > 3 && !STOPWORDS.has(w) && !isTriggerWord(w) && !isNationality(w);
}

/**
 * The paper named after its head at token `index`, or null: a listed paper, a city's name, or two definite words the second of
 * which is no nisba, which describes a paper rather than names it (الثقافة الجديدة; not الأهرام | الحكومية).
 */
export function paperAfterHead(tokens: readonly Token[], index: number): Candidate | null {
  const head = tokens[index];
  // The cheap test first, as this runs on every word: the head ends like one (لصحيفة، وجريدة).
  if (head?.word !== true || !PAPER_ENDS.some((end) => head.folded.endsWith(end)) || head.folded.startsWith('ال') || !hasStem(head.folded, PAPER_HEADS) || !nameWord(tokens[index + 1])) return null;
  const first = index + 1;
  const last = nameWord(tokens[first + 1]) && !endsAsNisba(tokens[first + 1].folded) ? first + 2 : first + 1;
  // A match of its own, listed or not, so that no list's place of the same name retypes it (جريدة القدس).
  const entry = pressEntry(tokens.slice(first, last).map((t) => t.folded).join(' '));
  // One word unlisted as a paper names one only where it names a city too (جريدة القدس): an everyday word after مجلة may be its topic
  // (مجلة الأمن والحياة), and would name the paper wherever the article writes it.
  if (!entry && last - first === 1 && !matchGazetteer([tokens[first]]).some((m) => m.prefix === 0 && m.entry?.type === 'place')) return null;
  const match = { start: first, end: last, prefix: 0, restored: false, cls: 'body' as const, entry };
  return { first, last, type: 'organization', source: 'gazetteer', match, tentative: false };
}
