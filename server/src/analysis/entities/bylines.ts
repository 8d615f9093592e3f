/**
 * The author's name that opens a dateline, before the newspaper between dashes (عافت الزويد-
 * سبق- رفحاء:), or alone on its line before a dash and the place found after it (حامد القرشي
 * – جدة): a person, though the lists do not know the name and the model passed it by. Two to
 * four words, none a common or function word, a trigger or already in a name.
 */
import type { Candidate } from './candidate';
import { isTriggerWord } from './gazetteer/index';
import { isDash, isDatelinePress } from './homographs';
import { commonWords } from './model/load';
import { isFunctionWord } from './stopwords';
import type { Token } from './tokens';

/** `taken` marks tokens already in a name; `text` is the paragraph. */
export function bylineAuthors(tokens: readonly Token[], taken: Uint8Array, text: string): Candidate[] {
  // The name opens the paragraph, after the links a scraped page leaves (Next Previous); the dash and the paper follow it.
  let begin = 0;
  while (begin < tokens.length && /^[A-Za-z]+$/.test(tokens[begin].folded)) begin++;
  let end = begin;
  while (end < tokens.length && end < begin + 5 && tokens[end].word) end++;
  const placeAlone = tokens.length === end + 2 && tokens[end + 1].word && taken[end + 1] === 1;
  if (end - begin < 2 || end - begin > 4 || !isDash(tokens[end]) || !(isDatelinePress(tokens, end + 1) || placeAlone)) return [];
  for (let t = begin; t < end; t++) {
    const w = tokens[t].folded;
    // علي written with ya is the name here (علي حفول- سبق), though it folds like the common على.
    if (text.slice(tokens[t].start, tokens[t].end) === 'علي' && !taken[t]) continue;
    if (taken[t] || isFunctionWord(w, text[tokens[t].end - 1]) || commonWords().has(w) || isTriggerWord(w)) return [];
  }
  return [{ first: begin, last: end, type: 'person', source: 'gazetteer', match: null, tentative: false }];
}
