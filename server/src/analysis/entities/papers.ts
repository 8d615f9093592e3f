/**
 * Papers named right after their head, without quotes (جريدة الوفاق، صحيفة القدس، مجلة الثقافة
 * الجديدة): the head in the construct state names the paper by the definite words after it, where
 * the model found nothing or took a paper named after a city for the city. And papers and bodies
 * named in quotes after their head (صحيفة «الحياة»، شركة «التعاونية») or between a dateline's dashes (- سبق -).
 */
import type { Candidate } from './candidate';
import { hasStem } from './clitics';
import { pressEntry } from './gazetteer/entries';
import { isTriggerWord, matchGazetteer, type GazetteerEntry } from './gazetteer/index';
import { endsAsNisba, isNationality } from './nationality';
import { hasParticipleShape } from './word-shapes';
import { STOPWORDS } from './stopwords';
import { isClosingQuote, isOpeningQuote, type Token } from './tokens';

/** Heads of a paper's name in the construct state (folded, perhaps after و ل ب): not قناة, as قناة السويس is the canal. */
const PAPER_HEADS = new Set(['صحيفه', 'جريده', 'مجله']);
const PAPER_ENDS = [...PAPER_HEADS];
/** The head after which one unlisted word is a topic as often as a name (مجلة الأمن). */
const MAGAZINE = new Set(['مجله']);

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
  // One word unlisted as a paper, after مجلة, names one only where it names a city too (جريدة القدس): an everyday word after مجلة
  // may be its topic (مجلة الأمن والحياة), and would name the paper wherever the article writes it. After صحيفة or جريدة it does
  // (جريدة الرياضي), but for a participle: a record's owner (صحيفة المتقدم من السوابق).
  if (!entry && last - first === 1 && (hasStem(head.folded, MAGAZINE) || hasParticipleShape(tokens[first].folded.slice(2))) && !matchGazetteer([tokens[first]]).some((m) => m.prefix === 0 && m.entry?.type === 'place')) return null;
  const match = { start: first, end: last, prefix: 0, restored: false, cls: 'body' as const, entry };
  return { first, last, type: 'organization', source: 'gazetteer', match, tentative: false };
}

/** Heads of a paper's or a news site's name (folded, perhaps after و ل ب). */
const MEDIA_HEADS = new Set([...PAPER_HEADS, 'موقع']);
const MEDIA_ENDS = [...MEDIA_HEADS];
/** The words that end the names of papers and news sites in English (folded): غانا سبورتس اونلاين، وورلد فورم نيوز. */
const MEDIA_WORDS = new Set(['سبورت', 'سبورتس', 'اونلاين', 'نيوز', 'تايمز', 'بوست', 'تريبيون', 'هيرالد', 'جورنال', 'توداي', 'ويكلي']);

/**
 * The paper or news site named after its head at token `index` by up to four words that end on an English
 * word of the trade (لصحيفة غانا سبورتس اونلاين، موقع الجزيرة أونلاين، موقع وورلد فورم نيوز), or null: whatever
 * the words before it are, the name is the paper's.
 */
export function mediaAfterHead(tokens: readonly Token[], index: number): Candidate | null {
  const head = tokens[index];
  // The cheap test first, as this runs on every word: the head ends like one (لصحيفة، وموقع).
  if (head?.word !== true || !MEDIA_ENDS.some((end) => head.folded.endsWith(end)) || head.folded.startsWith('ال') || !hasStem(head.folded, MEDIA_HEADS)) return null;
  let last = -1;
  for (let t = index + 1; t <= index + 4 && tokens[t]?.word === true && !STOPWORDS.has(tokens[t].folded); t++) if (MEDIA_WORDS.has(tokens[t].folded)) last = t + 1;
  if (last < 0) return null;
  const first = index + 1;
  const entry = pressEntry(tokens.slice(first, last).map((t) => t.folded).join(' '));
  const match = { start: first, end: last, prefix: 0, restored: false, cls: 'body' as const, entry };
  return { first, last, type: 'organization', source: 'gazetteer', match, tentative: false };
}

/**
 * The heads before a quoted name that make it the body's, listed or not (folded, with or without a proclitic): قناة «المرقاب»، شركة «التعاونية»،
 * منظمة «بلاند بيرنتهود»، سهم «الدريس» (the company)، حزب «القوات»، هيئة «الحقيقة والكرامة»، جماعة «تدفيع الثمن»، تحالف «مستقلو الأمل»، نادي «الشمس».
 * Not تيار، حركة، جبهة or تنظيم, which are as often a current of thought, a motion, a front or organising (تيار "الواقعية السحرية"، جبهة “الحرب النفسية”).
 */
const QUOTED_BODY_HEADS = new Set([
  ...['قناه', 'صحيفه', 'جريده', 'مجله', 'شركه', 'الشركه', 'موسسه', 'جمعيه', 'منظمه', 'هييه', 'مركز', 'سهم', 'اسهم', 'حزب'],
  ...['جماعه', 'ايتلاف', 'تحالف', 'نادي'],
]);

/** Words before a quoted paper's name that make it something else (folded, with or without a proclitic): سوق «عكاظ» is the market. */
const NOT_BEFORE_PRESS = new Set(['سوق']);

/**
 * The newspaper or channel named in quotes or brackets at token `index` (the opening one),
 * wherever the list knows it (قال لـ«الشرق الأوسط»، وعلمت "الوطن"، ل"الرياض"، لـ(عكاظ)), and any name after one of
 * QUOTED_BODY_HEADS (شركة «التعاونية»); where the words would otherwise be a place or an everyday word.
 */
export function quotedPressAt(tokens: readonly Token[], index: number): Candidate | null {
  // A doubled quote (صحيفة ' ' معاريف ' ') is read from its first half.
  // Some papers open with the closing guillemet (لـ»المدينة»): one that another closes is an opening one.
  const reversed = tokens[index]?.word === false && tokens[index].folded === '»';
  if ((!isOpeningQuote(tokens[index]) && !reversed) || isOpeningQuote(tokens[index - 1])) return null;
  const before = tokens[index - 1];
  if (before?.word === true && hasStem(before.folded, NOT_BEFORE_PRESS)) return null;
  let first = index + 1;
  while (isOpeningQuote(tokens[first])) first++;
  let end = first;
  while (end < tokens.length && end <= first + 3 && tokens[end].word) end++;
  if (end === first || !isClosingQuote(tokens[end]) || (reversed && tokens[end].folded !== '»')) return null;
  const entry = pressEntry(tokens.slice(first, end).map((t) => t.folded).join(' '));
  // قناة «المرقاب»، صحيفة «لانس»، شركة «التعاونية»: a paper, a channel or a body named in quotes is one, listed or not.
  if (!entry) {
    // على هيئة is «in the form of» (على هيئة «مجموعات لاجئة»).
    if (before?.word !== true || !hasStem(before.folded, QUOTED_BODY_HEADS) || (before.folded === 'هييه' && tokens[index - 2]?.folded === 'علي')) return null;
    // Without the country quoted with it (صحيفة “ديلي ميل البريطانية”), unless the lists name the body with it (شركة «أرامكو السعودية»).
    const listedWhole = matchGazetteer(tokens.slice(first, end)).some((m) => m.start === 0 && m.end === end - first && m.entry?.type === 'organization');
    const last = end - first > 1 && isNationality(tokens[end - 1].folded) && !listedWhole ? end - 1 : end;
    return { first, last, type: 'organization', source: 'gazetteer', match: null, tentative: false };
  }
  return pressCandidate(first, end, entry);
}

/** The organisation a listed paper names over tokens [first, last), with the list's spelling. */
function pressCandidate(first: number, last: number, entry: GazetteerEntry): Candidate {
  const match = { start: first, end: last, prefix: 0, restored: false, cls: 'body' as const, entry };
  return { first, last, type: 'organization', source: 'gazetteer', match, tentative: false };
}

/** Newspapers named by a word that is no place, as their datelines write them (folded): «الرياض- سبق-», «- سبق:». */
const DATELINE_PRESS = new Set(['سبق', 'الويام']);
const DASHES = new Set(['-', '–', '—']);

/** Whether a token is a dash; a tatweel standing alone (سبق ـ القاهرة) is one too, as folding leaves nothing of it. */
export const isDash = (t: Token | undefined): boolean => t !== undefined && !t.word && (DASHES.has(t.folded) || t.folded === '');

/** Whether token `index` is a newspaper named between dashes, as a dateline writes it (عبدالله البرقاوي- سبق- الرياض). */
export function isDatelinePress(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token.word || !DATELINE_PRESS.has(token.folded)) return false;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return (!before || isDash(before)) && (isDash(after) || after?.folded === ':');
}

/** The newspaper named between dashes at token `index`, as a dateline writes it, where the word is otherwise a verb. */
export function datelinePressAt(tokens: readonly Token[], index: number): Candidate | null {
  if (!isDatelinePress(tokens, index)) return null;
  const entry = pressEntry(tokens[index].folded);
  return entry ? pressCandidate(index, index + 1, entry) : null;
}
