/**
 * Shapes of words that no name has, or has only at its heart: the edges of verbs, pronouns and
 * the accusative (حاولت، مشواره، سياسيا), derived verbs and their verbal nouns (يستضيف، امتياز),
 * participles (مسؤولو), a common word inflected (حظنا، جعلوا، توفيره) or governed by a preposition
 * written with its hamza (لأمراض), and the scales of numbers (بليون). The rules that trim names and
 * refuse words ask these.
 */
import { hasPronounSuffix, safeReading } from './clitics';
import { commonWords, nameLexicon } from './model/load';
import { SCALES } from '../numbers/lexicon';
import type { Token } from './tokens';

/**
 * Whether a word (folded, and as written) has a shape no name's word has at either edge of the
 * name: a proclitic (بوضوح، باتجاه، ولأن), a pronoun suffix (مشواره، حديثه), the prefix of an
 * imperfect verb (يتولى، تخرج), the ending of a past verb (حاولت، رفضوا) or the alef of the
 * accusative (سياسيا، رئيسا). Only for words training seldom saw in a name: names take these
 * shapes too (يوسف، عزت، رضا). A definite word never has it.
 */
export function shapedAsNoName(folded: string, written: string): boolean {
  if (folded.startsWith('ال')) return false;
  return safeReading(folded).prefix > 0 || hasPronounSuffix(written) || (/^[يت]/.test(folded) && folded.length >= 4) || /(?:وا|ت|ا)$/.test(folded);
}

/**
 * An imperfect verb of the derived forms (folded): يستضيف، تستقبل، نستطيع، تتحدث. No name's word of six letters or more begins so,
 * but for نت (نتنياهو، نتفليكس) and يتس (يتسحاق), which only نست and يت before another letter are taken for.
 */
export const isDerivedImperfect = (w: string): boolean => w.length >= 6 && /^(?:[يت]ت(?!س)|[يتن]ست)/.test(w);

/** Whether a folded word the training saw in no name is a derived imperfect verb, or the future's س (after و or ف too) and a verb of four letters or more training saw outside names. */
export function isVerbShaped(w: string): boolean {
  if (nameLexicon().has(w)) return false;
  const future = /^[وف]?س[يتن]/.test(w) ? w.slice(w.indexOf('س') + 1) : '';
  return isDerivedImperfect(w) || (future.length >= 4 && commonWords().has(future));
}

/** A past verb of form IV written with its hamza and final ى (أبدى، أعطى، أوصى): the verb after a name, never its last word. */
export const isPastOfFormFour = (written: string): boolean => /^أ[\u0621-\u064A]{2}ى$/.test(written);

/** Whether a word as written carries the tanween of the indefinite accusative (سوريًا، قائلاً), which no name takes. */
export const hasAccusativeTanween = (written: string): boolean => written.includes('\u064b');

/**
 * Whether a folded word is shaped as a participle, مُفعِّل: م and a consonant (محامون، مسؤولو).
 * Foreign names after م have a long vowel (ماكرون، موريسون، ماريو، ميلو).
 */
export const hasParticipleShape = (w: string): boolean => /^م[^اوي]/.test(w);

/** A verbal noun of the derived forms VII, VIII and X without the article (folded: انسحاب، امتياز، استلام), not ending in ي as places do (اكتشاي). */
export const isDerivedVerbalNoun = (w: string): boolean => /^(?:ا.ت.ا|است..ا|ان..ا)[^ي]$/.test(w);

/** A scale of a million or more (folded), no proclitic and a name: بليون is a billion, not ب + Lyon. Not ألفا (Alfa), a thousand too. */
export const isLargeScale = (w: string): boolean => (SCALES.get(w)?.value ?? 0) >= 1e6;

/** A common word of three letters or more, no name's, with نا («our», «us»), وا (a plural verb) or ا (the accusative) after it (folded: حظنا، جعلوا، إيمانا). */
export function isInflectedCommon(w: string): boolean {
  const ending = /(?:نا|وا|ا)$/.exec(w)?.[0];
  const stem = ending ? w.slice(0, -ending.length) : '';
  return stem.length >= 3 && commonWords().has(stem) && !nameLexicon().has(stem) && !nameLexicon().has(w);
}

/**
 * A common word of three letters or more, no name's, with a pronoun after it as written (توفيره، غضبهما، مدرسته):
 * not ة, which folds like ه (سلامة, a family name, is no سلام + ه), nor the Persian family names' زاده (نعمت زاده).
 */
export function isCommonWithPronoun(token: Token, paragraph: string): boolean {
  const written = paragraph.slice(token.start, token.end);
  const suffix = /(?:هما|هم|ها|ه)$/.exec(written)?.[0];
  if (!suffix || token.folded === 'زاده') return false;
  const stem = token.folded.slice(0, -suffix.length).replace(/ت$/, 'ه');
  return stem.length >= 3 && commonWords().has(stem) && !nameLexicon().has(stem) && !nameLexicon().has(token.folded);
}

/** ب or ل before a noun written with hamza on alef (لأمراض، بإجراء) or a derived verb's verbal noun (لانتكاس): a preposition's object, no name's word (سلطان | لأمراض القلب، نايف | لانتكاس). */
export const isGovernedHamza = (token: Token, paragraph: string): boolean =>
  token.folded.length >= 5 && 'بل'.includes(token.folded[0]) && ('أإ'.includes(paragraph[token.start + 1]) || isDerivedVerbalNoun(token.folded.slice(1)));

/**
 * A verbal noun of the fourth form, written with its hamza (إسعاد، إقبال), before a definite common word: «pleasing the fans»
 * (إسعاد الجماهير، إسعاد المواطنين), no woman's name, which is followed by a name (إسعاد يونس، إقبال الشايب). Not a name the lexicon
 * knows so shaped, nor one with a long vowel inside (إلياس المر).
 */
export function isVerbalNounPhrase(first: Token, second: Token | undefined, paragraph: string): boolean {
  if (second?.word !== true || !/^[وفبل]?إ[^اوي][^اوي]ا.$/.test(paragraph.slice(first.start, first.end)) || !second.folded.startsWith('ال')) return false;
  const w = second.folded;
  const noun = first.folded.slice(first.folded.length - 5);
  return !nameLexicon().has(noun) && !nameLexicon().has(w) && (commonWords().has(w) || commonWords().has(w.slice(2)));
}

/**
 * A sound masculine plural in construct, its ن dropped (folded, after proclitics): a participle's
 * مفعّلو (مسؤولو، مقاتلو، مستخدمو), or a word whose plural in ين training saw often outside names
 * (لاعبو: لاعبين). Names ending in و have a long vowel after م (ماريو، ميلو، موريلو).
 */
export function isConstructPlural(token: Token): boolean {
  const w = safeReading(token.folded).stem;
  if (w.length < 4 || !w.endsWith('و')) return false;
  return (w.length >= 5 && hasParticipleShape(w)) || commonWords().has(w.slice(0, -1) + 'ين');
}
