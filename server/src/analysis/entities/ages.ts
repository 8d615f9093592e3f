/**
 * People named right before their age in brackets (ودافع ديارا (30 عاما)، وزوجته تاهيرا (68
 * عاما)): the age says the words before it are a person, where the model and the lists passed
 * them by.
 */
import type { Candidate } from './candidate';
import { isTriggerWord } from './gazetteer/index';
import { isForeignName, isNationality } from './nationality';
import type { Token } from './tokens';

/** Words for years of age (folded): عاما، سنة، سنوات. */
const YEARS = new Set(['عاما', 'عام', 'سنه', 'سنوات', 'سنين']);

/** Nouns for a person that an age follows as often as a name (folded): مواطن (23 عاما)، رجل (43 عاما). */
const PEOPLE_NOUNS = new Set(
  'مواطن مواطنه رجل امراه طفل طفله شاب شابه فتاه فتي معتمر معتمره حاج حاجه مقيم مقيمه وافد وافده عامل عامله سايق مريض مريضه مصاب مصابه جندي ضابط طالب طالبه لاعب مدرب شخص سيده زوج زوجه ابن ابنه شقيق شقيقه'.split(' '),
);

/** Whether tokens from `i` read «(NN عاما)». */
function isAgeAt(tokens: readonly Token[], i: number): boolean {
  return !tokens[i].word && tokens[i].folded === '(' && /^\d+$/.test(tokens[i + 1]?.folded ?? '') && YEARS.has(tokens[i + 2]?.folded ?? '') && tokens[i + 3]?.folded === ')';
}

/**
 * The one or two words before an age in brackets that may be a name (no common or function
 * word, nationality, trigger, article or proclitic): a person. Not a noun for one (مواطن (23
 * عاما)، معتمرة مصرية (59 عاما)), which the common-word test leaves out. `taken` marks tokens
 * already in a name; `text` is the paragraph.
 */
export function agedPeople(tokens: readonly Token[], taken: Uint8Array, text: string): Candidate[] {
  const out: Candidate[] = [];
  const nameLike = (t: number): boolean => {
    const token = tokens[t];
    return t >= 0 && token.word && !taken[t] && !/^[وبلف]|^ال/.test(token.folded) && !isNationality(token.folded) && !isNationality(`ال${token.folded}`) && !isTriggerWord(token.folded) && !PEOPLE_NOUNS.has(token.folded) && isForeignName(token, text);
  };
  for (let i = 1; i + 3 < tokens.length; i++) {
    if (!isAgeAt(tokens, i) || !nameLike(i - 1) || tokens[i].start - tokens[i - 1].end < 1) continue;
    const first = nameLike(i - 2) ? i - 2 : i - 1;
    out.push({ first, last: i, type: 'person', source: 'gazetteer', match: null, tentative: false });
  }
  return out;
}
