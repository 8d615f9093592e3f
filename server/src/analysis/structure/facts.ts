/**
 * What a block's own text says about its place in the structure: its folded form and
 * comparison key, whether it reads as prose, a title, a subheading, a byline or a date
 * line, what boilerplate it matches, its sentences, its quotations and its outline
 * names. None of it depends on the other blocks, so it lives in the paragraph cache
 * (paragraph.ts) and an edit recomputes it only for the blocks it changed; classify.ts
 * and the outline then only combine facts.
 */
import type { Span } from '../model';
import { lineBoilerplate, type LineBoilerplate } from '../cleanup/detect';
import { tagTail } from '../cleanup/boilerplate-patterns';
import type { RawDate } from '../dates/find';
import { comparisonKey, fold } from '../text/normalize';
import { endsSentence, isProse, wordCount } from './blocks';
import { quotedSpans } from './quote-marks';
import { LEAD_WORDS, TITLE_WORDS, blockName } from './names';
import { findQuotes, type ParagraphQuotes } from './quotes';
import { sentenceSpans } from './sentences';

export interface BlockFacts {
  readonly folded: string;
  /** comparisonKey of the text: equal keys are the same paragraph for an editor. */
  readonly key: string;
  readonly words: number;
  readonly prose: boolean;
  readonly endsSentence: boolean;
  /** Could be a headline: 2–30 words, no final comma or colon. */
  readonly titleLike: boolean;
  /** Could be a subheading: 1–10 words, no final punctuation. */
  readonly subheadingLike: boolean;
  /** A byline or source line: دمشق - نور خوام، وكالات – الإمارات 71، بقلم: …، (رويترز). */
  readonly byline: boolean;
  /** The date of a line that holds only a date, with perhaps a label or a place (تاريخ الخبر: 14-10-2017). */
  readonly dateOnly: RawDate | null;
  /** A dateline that opens running text: القاهرة 5 يونيو 2017 (رويترز) - قال … (the date in it). */
  readonly leadDate: RawDate | null;
  readonly boilerplate: LineBoilerplate;
  /** A list of tags saved on the paragraph's end (… . سمات الهلال النصر): where it begins, and where its removal begins. */
  readonly tags: { readonly start: number; readonly cut: number } | null;
  readonly sentences: readonly Span[];
  readonly quotes: ParagraphQuotes;
  /** Outline names: the first words, and the longer form for headlines and subheadings. */
  readonly lead: string;
  readonly title: string;
}

export const EMPTY_BLOCK_FACTS: BlockFacts = Object.freeze({
  folded: '',
  key: '',
  words: 0,
  prose: false,
  endsSentence: false,
  titleLike: false,
  subheadingLike: false,
  byline: false,
  dateOnly: null,
  leadDate: null,
  boilerplate: { match: null, headlineLike: false },
  tags: null,
  sentences: [],
  quotes: { quotes: [], attributions: [] },
  lead: '',
  title: '',
});

const DATE_LABEL = /^(?:تاريخ الخبر|تاريخ النشر|تاريخ|نشر في|نشر بتاريخ|نشر|اخر تحديث|تحديث|محدث|بتاريخ|updated|published)\s*[:：]?\s*/;
/** Words that join or mark the dates of a date line: نُشر في ١٤٤٥/٠٣/١٥ هـ الموافق ٣٠/٠٩/٢٠٢٣ م. */
const DATE_CONNECTORS = /(?<=^|\s)(?:الموافق|الموافقه|الموافق ل|هـ|ه|م|ميلادي|ميلاديه|هجري|هجريه)(?=\s|$)/g;
const BYLINE_LEAD = /^(?:بقلم|كتب|كتبت|كتبه|اعداد|اعدته|تحرير|ترجمه|حوار|متابعات|وكالات|المحرر|مراسل|مراسلنا|خاص|تصوير)(?:\s|[:：]|$)/;
const SOURCE_LEAD = /^(?:المصدر|مصدر الخبر|نقلا عن|عن|source)\s*[:：]/;
/** News agencies as datelines name them, folded: رويترز، أ ف ب، واس، /أ ش أ/. */
const AGENCIES = 'رويترز|ا ف ب|فرانس برس|ا ب|اسوشيتد برس|د ب ا|ا ش ا|واس|سانا|الاناضول|كونا|وام|قنا|بنا|بترا|سبا|شينخوا|سبوتنيك|ارنا|وفا|وكالات';
const AGENCY = new RegExp(`^[(\\s]*(?:${AGENCIES})[)\\s]*$`);
/** What follows the date of a dateline that opens running text: a separator, or an agency. */
const AFTER_LEAD_DATE = new RegExp(`^\\s*(?:[-–—:|]|[(/]?\\s*(?:${AGENCIES})(?![\\p{L}]))`, 'u');
/** A separator between a place or agency and a name: spaces on at least one side, so hyphenated words stay whole (and a minus sign before a digit is not one); a tatweel with spaces on both. */
const PARTS = /\s+[-–—|/](?![\d٠-٩۰-۹])\s*|\s*[-–—|/]\s+|\s+ـ\s+/;

function isByline(text: string, folded: string, words: number, sentenceEnd: boolean): boolean {
  if (words > 8 || text.length > 70 || sentenceEnd) return false;
  if (BYLINE_LEAD.test(folded) || SOURCE_LEAD.test(folded) || AGENCY.test(folded)) return true;
  // دمشق - نور خوام, وكالات – الإمارات 71, القدس المحتلة/ الأناضول, محمود وهبي ـ جدة (a tatweel for a dash,
  // which folding drops, so the line is split as written).
  const parts = text.split(PARTS);
  return parts.length === 2 && parts.every((p) => wordCount(p) <= 4 && p.trim().length > 1);
}

/** Words, not a separator (***), a list item (- …, • …), an address or a handle (@…, …@….com). */
function isHeadingText(text: string): boolean {
  return /\p{L}/u.test(text) && !/^[-–—•·▪◦]/.test(text) && !/@|https?:|www\./i.test(text);
}

/** The date of a line that holds nothing but a date, a label (تاريخ الخبر:) and perhaps a place (دمشق -). */
function dateOnly(text: string, dates: readonly RawDate[]): RawDate | null {
  const absolute = dates.filter((d) => d.value !== null && /^\d{4}-\d{2}-\d{2}/.test(d.value));
  if (absolute.length === 0) return null;
  let rest = text;
  for (const d of [...dates].sort((a, b) => b.start - a.start)) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  const folded = fold(rest).trim().replace(DATE_LABEL, '').replace(DATE_CONNECTORS, ' ');
  const letters = folded.replace(/[\p{P}\p{S}\s\d]/gu, '');
  if (letters === '') return absolute[0];
  // دمشق - 14 أكتوبر 2017: a place before a separator, and nothing else.
  const parts = folded.split(PARTS).filter((p) => p.replace(/[\p{P}\p{S}\s\d]/gu, '') !== '');
  if (text.length <= 60 && parts.length === 1 && wordCount(parts[0]) <= 2 && PARTS.test(folded)) return absolute[0];
  // الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس: a place, the dates and the agency.
  const words = folded.replace(/[\p{P}\p{S}\d]/gu, ' ').split(/\s+/).filter(Boolean);
  return text.length <= 90 && words.length >= 2 && words.length <= 4 && AGENCY.test(words[words.length - 1]) ? absolute[0] : null;
}

/** Words before a date that make it part of a sentence, not a dateline. */
const SENTENCE_DATE_WORDS = new Set(['يوم', 'في', 'منذ', 'حتي', 'حتى', 'قبل', 'بعد', 'خلال', 'تاريخ', 'بتاريخ', 'صباح', 'مساء', 'ليل', 'ليله', 'فجر', 'ظهر']);

/**
 * The date of a dateline that opens a block of running text: at most three words (a place,
 * perhaps في) before a whole-day date, and a separator or an agency right after it.
 */
function leadDate(text: string, dates: readonly RawDate[]): RawDate | null {
  // findDates lists dates in text order.
  const first = dates[0];
  if (!first || first.value === null || !/^\d{4}-\d{2}-\d{2}/.test(first.value) || first.start > 40) return null;
  const before = fold(text.slice(0, first.start));
  if (/[.،؛,:!?؟«»"“”]/.test(before)) return null;
  // A place (مكة المكرمة), perhaps followed by في; not words that put a date in a sentence (أعلنت يوم …).
  const words = before.replace(/[-–—|/]/g, ' ').split(/\s+/).filter(Boolean);
  if (words[words.length - 1] === 'في') words.pop();
  if (words.length > 3 || words.some((w) => SENTENCE_DATE_WORDS.has(w))) return null;
  return AFTER_LEAD_DATE.test(fold(text.slice(first.end, first.end + 40))) ? first : null;
}

export function blockFacts(text: string, dates: readonly RawDate[]): BlockFacts {
  const folded = fold(text);
  const trimmed = text.trim();
  const words = wordCount(text);
  const sentenceEnd = endsSentence(text);
  const quoted = quotedSpans(text);
  const sentences = sentenceSpans(text, quoted);
  return {
    folded,
    key: comparisonKey(text),
    words,
    prose: isProse(text),
    endsSentence: sentenceEnd,
    titleLike: words >= 2 && words <= 30 && text.length <= 200 && !/[.:؛،,]$/.test(trimmed),
    subheadingLike: words >= 1 && words <= 10 && text.length <= 80 && !/[.!?؟:؛،,…]["»”]?$/.test(trimmed) && isHeadingText(trimmed),
    byline: isByline(text, folded, words, sentenceEnd),
    dateOnly: dateOnly(text, dates),
    leadDate: leadDate(text, dates),
    boilerplate: lineBoilerplate(text, folded),
    tags: tagTail(text),
    sentences,
    quotes: findQuotes(text, quoted, sentences),
    lead: blockName(text, LEAD_WORDS),
    title: blockName(text, TITLE_WORDS),
  };
}
