/**
 * The common nouns at the head of names: some stand before a name without being part of it
 * (حركة حماس is named حماس in the text), others make a region's name (بحر قزوين). And the
 * direction after a place, which is part of its name only where the lists say so, and the
 * places the lists do not know after محافظة, قرية, بلدة or حي. Clubs after their heads are in
 * sports.ts.
 */
import { hasPronounSuffix, hasStem } from './clitics';
import type { Candidate } from './candidate';
import type { EntityType } from '../model';
import { isTriggerWord, matchGazetteer, type GazetteerMatch } from './gazetteer/index';
import { commonWords } from './model/load';
import { hasAccusativeTanween, isDerivedImperfect } from './word-shapes';
import { STOPWORDS } from './stopwords';
import { isClosingQuote, isComma, isOpeningQuote, writtenWithHa, type Token } from './tokens';

/**
 * Common nouns that stand before a name without being part of it (folded): حركة حماس is
 * named حماس, قناة الجزيرة الجزيرة, النادي الأهلي الأهلي, فريق رينو رينو, نهر الفرات الفرات, as the news and ANERcorp write it.
 * حزب، منظمة، جامعة، مجلس are part of the name (حزب الله، منظمة الصحة العالمية).
 */
const COMMON_HEADS = new Set(['حركه', 'قناه', 'صحيفه', 'جريده', 'مجله', 'ميليشيات', 'مليشيات', 'ميلشيات', 'ميليشيا', 'مليشيا', 'ميلشيا', 'شركه', 'نادي', 'النادي', 'فريق', 'جماعه', 'نهر']);

/** Words before a place's name that the lists hold with some names (منطقة عسير، محافظة الطائف، مدينة ينبع، مخيم الزعتري، ولاية الكاف، جزيرة ياس، جبال الألب) and ANERcorp leaves outside (folded). */
const PLACE_NAME_HEADS = new Set(['منطقه', 'محافظه', 'مدينه', 'ولايه', 'قضاء', 'مخيم', 'اقليم', 'مقاطعه', 'بلده', 'قريه', 'جزيره', 'جبال']);

/** A listed name whose first word is one of COMMON_HEADS, or a place's head: the mention is the rest, the name still the list's. */
export function afterCommonHead(c: Candidate, tokens: readonly Token[], type: EntityType): Candidate {
  const common = hasStem(tokens[c.first].folded, COMMON_HEADS) || (type === 'place' && hasStem(tokens[c.first].folded, PLACE_NAME_HEADS));
  return common && c.last - c.first >= 2 && tokens[c.first + 1].word ? { ...c, first: c.first + 1 } : c;
}

/** Heads of regions' names (their list spelling): بحر قزوين is a sea, and قزوين there no city; المسجد الحرام a mosque, and الحرام there no name. */
const GEOGRAPHIC_HEADS = new Set(['بحر', 'البحر', 'مضيق', 'خليج', 'جبل', 'جبال', 'جزيرة', 'جزر', 'بحيرة', 'صحراء', 'سد', 'السد', 'قناة', 'المحيط', 'شبه', 'صعيد', 'مشعر', 'المسجد', 'الحرم']);

/** Whether a listed region's name begins with a geographic head. */
export function hasGeographicHead(canonical: string): boolean {
  return GEOGRAPHIC_HEADS.has(canonical.split(' ')[0]);
}

/** Directions after a place (folded): ريف دير الزور الشرقي is دير الزور's eastern countryside. */
const DIRECTIONS = new Set('الشرقي الغربي الشمالي الجنوبي الشرقيه الغربيه الشماليه الجنوبيه'.split(' '));

/** Whether a folded word is a direction (الشرقي، الجنوبية). */
export const isDirection = (word: string): boolean => DIRECTIONS.has(word);

/** Whether a listed name (as the list spells it) ends in a direction or «middle»: أمريكا الشمالية، آسيا الوسطى. */
export const endsInDirection = (canonical: string): boolean => /\s(الشمالية|الجنوبية|الشرقية|الغربية|الوسطى)$/.test(canonical);

/**
 * A place the model ran on into a direction after it (دير الزور الشرقي) is the listed place,
 * unless the lists know the longer name (كوريا الجنوبية، الضفة الغربية), as ANERcorp writes it.
 */
export function withoutDirection(candidates: readonly Candidate[], gazetteer: readonly GazetteerMatch[], tokens: readonly Token[]): Candidate[] {
  return candidates.map((c) => {
    if (c.type !== 'place' || c.source !== 'model' || c.last - c.first < 2 || !DIRECTIONS.has(tokens[c.last - 1].folded)) return c;
    const listed = (last: number): boolean => gazetteer.some((m) => m.entry?.type === 'place' && m.start === c.first && m.end === last);
    return listed(c.last - 1) && !listed(c.last) ? { ...c, last: c.last - 1 } : c;
  });
}

/** Words before a place that the lists may not know (folded): محافظة المندق، قرية المفتاحة، حي العوالي، جزيرة سمحة، إقليم سياميس، مخيم بلاطة، مقاطعة هامبشير. */
const PLACE_HEADS = new Set(['محافظه', 'محافظتي', 'قريه', 'قريتي', 'بلده', 'بلدتي', 'مدينتي', 'حي', 'جزيره', 'اقليم', 'مخيم', 'مخيمي', 'مقاطعه']);
/** The duals among them, after which a second place follows with و (بلدتي الباذان وطلوزة، مدينتي قدسيا والهامة). */
const DUAL_HEADS = new Set(['محافظتي', 'قريتي', 'بلدتي', 'مدينتي', 'مخيمي']);
/** Duals that are also a noun with «my» (قريتي: my village, مدينتي: my city), heads only before two places. */
const MY_HEADS = new Set(['قريتي', 'بلدتي', 'مدينتي', 'مخيمي']);
/** مقاطعة is a province before a foreign name (مقاطعة هامبشير) and a boycott before a definite word (مقاطعة الصابون، لمقاطعة الكيان). */
const BOYCOTT = new Set(['مقاطعه']);
const PLACE_HEAD_ENDS = [...PLACE_HEADS];
const GOVERNORATE = new Set(['محافظه', 'محافظتي']);
/** First words of places named in two words (folded): محافظة رياض الخبراء، بلدة تل أبيض، قرية آل زيدان. */
const COMPOUND_PLACES = new Set('ال ابو ام تل راس بير عين وادي رياض خميس حفر رجال بني جبل ذات دار'.split(' '));

/** Rulers named by their realm (folded): ملك أراجون، عاهل البحرين. */
const RULERS = new Set(['ملك', 'عاهل']);
/** Lists whose word after ملك is a person's, not a realm (ملك محمد is Muhammad's property). */
const PERSONAL = new Set(['firstName', 'gulfName', 'familyName', 'person', 'figure', 'title']);

/**
 * Whether token `index` is the realm after a king (ملك أراجون، لملك قشتالة), where nothing was
 * found: a word the lists and training do not know as common, a given or a family name, with
 * no article (ملك الموت، ملك الغابة), proclitic (ملك للجميع) or adjective's or verb's shape
 * (ملك سعودي، ملك يمين); not ملك ملوك, the king of kings, nor ملك مملكة, the king of a kingdom named next.
 */
function isRealmAt(tokens: readonly Token[], index: number, taken: Uint8Array): boolean {
  const head = tokens[index - 1];
  const name = tokens[index];
  // The cheap test first, as this runs on every word: the head ends like one (لملك، وعاهل).
  if (!head.word || !name.word || taken[index] || !(head.folded.endsWith('ملك') || head.folded.endsWith('عاهل')) || !hasStem(head.folded, RULERS)) return false;
  const w = name.folded;
  if (w.length < 3 || w === 'ملوك' || w === 'مملكه' || isTriggerWord(w) || w.startsWith('ال') || 'وفبلكي'.includes(w[0]) || /(?:ي|يه|ت)$/.test(w) || /\d/.test(w) || STOPWORDS.has(w) || commonWords().has(w)) return false;
  return !matchGazetteer([name]).some((m) => PERSONAL.has(m.cls));
}

/**
 * Places named after the word for a governorate, a village, a town, a quarter or an island where the
 * model and the lists found nothing: the name alone, as ANERcorp tags it (محافظة | المندق).
 * Not a function word, a trigger (محافظة العاصمة), a word with a pronoun or a tanween (محافظة
 * يخسرها، حيًا), an indefinite adjective or a verb (قرية تراثية، بلدة تركية، قرية يسيطر عليها),
 * a word with و (قرية وهجرة), nor, after a village or a quarter, a common word (حي السوق).
 * `taken` marks tokens already in a name; `text` is the paragraph.
 */
export function placesAfterHeads(tokens: readonly Token[], taken: Uint8Array, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i - 1];
    if (isRealmAt(tokens, i, taken)) {
      out.push({ first: i, last: i + 1, type: 'place', source: 'gazetteer', match: null, tentative: false });
      continue;
    }
    // A name in quotes (قرية «مارابة»، لقرية "المفتاحة"): the word between them.
    const quoted = isOpeningQuote(tokens[i]) && tokens[i + 1]?.word === true && isClosingQuote(tokens[i + 2]);
    if (quoted) i++;
    const name = tokens[i];
    // The cheap test first, as this runs on every word: the head ends like one (بمحافظة، وقرية).
    const last = head.folded[head.folded.length - 1];
    if ((last !== 'ه' && last !== 'ي' && last !== 'م') || !PLACE_HEAD_ENDS.some((end) => head.folded.endsWith(end))) continue;
    // بلده with ha is «his country», not a town.
    if (taken[i] || !name.word || !head.word || writtenWithHa(head, text) || !hasStem(head.folded, PLACE_HEADS)) continue;
    const w = name.folded;
    const written = text.slice(name.start, name.end);
    const definite = w.startsWith('ال');
    // Nor a word with ل before the article (مخيم | للاجئين، مقاطعة | للمطار), nor a definite one after مقاطعة.
    if (w.startsWith('لل') || (definite && hasStem(head.folded, BOYCOTT))) continue;
    // آل is a clan's village (قرية آل سرور); a definite word takes no pronoun (قرية الدالوه).
    if ((w.length < 3 && w !== 'ال') || /\d/.test(w) || w[0] === 'و' || STOPWORDS.has(w) || isTriggerWord(w) || (!definite && hasPronounSuffix(written)) || hasAccusativeTanween(written)) continue;
    // Nor an indefinite adjective, a verb in the perfect or imperfect (محافظة تحررت، قرية يسيطر عليها، مدينة تستضيف).
    if (!definite && (w.endsWith('يه') || w.endsWith('ي') || w.endsWith('ت') || w[0] === 'ي' || isDerivedImperfect(w))) continue;
    // A village or a quarter is also a word's (قرية تقع، حي السوق، قرية الألعاب); a governorate seldom is, but for a preposition's phrase (محافظة بحلول).
    if ((!hasStem(head.folded, GOVERNORATE) || 'بلكف'.includes(w[0])) && commonWords().has(w)) continue;
    const second = tokens[i + 1];
    const two = COMPOUND_PLACES.has(w) && second?.word === true && !taken[i + 1] && !STOPWORDS.has(second.folded);
    if (w === 'ال' && !two) continue;
    const end = two ? i + 2 : i + 1;
    // After a dual head, the second place, after و (بلدتي الباذان | وطلوزة); قريتي, بلدتي, مخيمي («my village») only with it (قريتي الجميلة).
    const and = tokens[end];
    const other = and?.word === true && !taken[end] && and.folded.length >= 4 && and.folded[0] === 'و' ? and.folded.slice(1) : '';
    const paired = hasStem(head.folded, DUAL_HEADS) && other !== '' && !STOPWORDS.has(other) && !commonWords().has(other) && !isTriggerWord(other) && (other.startsWith('ال') || !/(?:يه|ي|ت)$/.test(other));
    if (hasStem(head.folded, MY_HEADS) && !paired) continue;
    out.push({ first: i, last: end, type: 'place', source: 'gazetteer', match: null, tentative: false });
    if (paired) out.push({ first: end, last: end + 1, type: 'place', source: 'gazetteer', match: null, tentative: false, afterAnd: true });
  }
  return out;
}

/**
 * Places in a list of places parted by commas (المسيجيد، الفريش، ينبع، ينبع النخل، مهد الذهب، العيص، خيبير): where
 * a third of its items or more, and two at least, are places the model or the lists found and no item is another name, the
 * other items of one or two words are places too, unless a number, a function word or a word training saw often
 * outside names.
 */
export function placesInLists(tokens: readonly Token[], candidates: readonly Candidate[], text: string): Candidate[] {
  // The items: runs of words between commas; a list ends at any other punctuation.
  const items: { first: number; last: number }[][] = [[]];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t?.word) continue;
    if (i > start) items[items.length - 1].push({ first: start, last: i });
    if (!isComma(t) || i === start) items.push([]);
    start = i + 1;
  }
  const out: Candidate[] = [];
  for (const list of items) {
    if (list.length < 3) continue;
    const found = list.map((it) => candidates.filter((c) => c.first < it.last && it.first < c.last));
    // An item is a place where one place is all of it.
    const places = found.filter((f, k) => f.length === 1 && f[0].type === 'place' && f[0].first === list[k].first && f[0].last === list[k].last).length;
    if (places < 2 || places * 3 < list.length || found.some((f) => f.some((c) => c.type !== 'place'))) continue;
    list.forEach((it, k) => {
      if (found[k].length || it.last - it.first > 2) return;
      const words = tokens.slice(it.first, it.last);
      // Not two items joined by و (العيساوية والناصفة), which the comma does not part.
      if (words.slice(1).some((t) => t.folded.startsWith('و')) || words.some((t) => /\d/.test(t.folded) || hasAccusativeTanween(text.slice(t.start, t.end)) || commonWords().has(t.folded.slice(1)) || STOPWORDS.has(t.folded) || commonWords().has(t.folded) || /^[a-z]/.test(t.folded) || hasPronounSuffix(text.slice(t.start, t.end)))) return;
      out.push({ first: it.first, last: it.last, type: 'place', source: 'gazetteer', match: null, tentative: false });
    });
  }
  return out;
}
