/**
 * The author's name that opens a dateline, before the newspaper between dashes (عافت الزويد-
 * سبق- رفحاء:), or alone on its line before a dash and the place found after it (حامد القرشي
 * – جدة): a person, though the lists do not know the name and the model passed it by. Two to
 * four words, none a common or function word, a trigger or already in a name. And the people a
 * song's or a show's credits name after their label and a colon (كلمات: تركي / ألحان: سهم).
 */
import type { Candidate } from './candidate';
import { isTriggerWord } from './gazetteer/index';
import { isDash, isDatelinePress } from './papers';
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

/** A song's or a show's credits (folded), which begin or end no name: ألحان | سامي إحسان، عبدالمجيد عبدالله | الغناء. */
export const CREDITS: ReadonlySet<string> = new Set(['الحان', 'كلمات', 'توزيع', 'غناء', 'الغناء', 'اداء', 'تلحين', 'اخراج', 'تاليف', 'بطوله', 'انتاج', 'سيناريو']);

/**
 * The people credited after a label and a colon (كلمات: فهد المساعد / ألحان: سهم، ألحان وتوزيع: سيروس): one to four words up to the
 * next punctuation, though they be pen names the lists do not know or everyday words (سهم، قوس). Not a number, a Latin word, a function word or
 * a word already in a name (كلمات: الأمير سعود …, which the model found).
 */
export function creditedPeople(tokens: readonly Token[], taken: Uint8Array, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!tokens[i].word || !CREDITS.has(tokens[i].folded)) continue;
    // ألحان وتوزيع: two labels joined by و.
    const colon = tokens[i + 1].folded === ':' ? i + 1 : tokens[i + 2]?.folded === ':' && CREDITS.has(tokens[i + 1].folded.replace(/^و/, '')) ? i + 2 : -1;
    if (colon < 0) continue;
    let end = colon + 1;
    while (end < tokens.length && end < colon + 5 && tokens[end].word && !taken[end] && !/[\da-z]/.test(tokens[end].folded) && !isFunctionWord(tokens[end].folded, text[tokens[end].end - 1])) end++;
    // The name ends at punctuation, a track's number or the line's end, not in the middle of a sentence.
    if (end === colon + 1 || (end < tokens.length && tokens[end].word && !/^\d+$/.test(tokens[end].folded))) continue;
    out.push({ first: colon + 1, last: end, type: 'person', source: 'gazetteer', match: null, tentative: false });
    i = end - 1;
  }
  return out;
}
