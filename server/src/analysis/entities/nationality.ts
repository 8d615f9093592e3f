/**
 * Nationality adjectives before a person's name: the model, having seen «الرئيس الأمريكي
 * باراك أوباما» leave the adjective out, still runs some into names it does not know
 * (الحارس الكولومبي ديفيد أوسبينا، المدرب السويسري كريستيان جروس). ANERcorp and editors
 * leave it out too. A name that begins with a nisba which is a given name (الباجي، الهادي،
 * العربي) is untouched: only nationalities are listed, and العربي is not among them.
 */
import type { Candidate } from './candidate';
import type { GazetteerMatch } from './gazetteer/index';
import { commonWords, nameLexicon } from './model/load';
import { STOPWORDS } from './stopwords';
import { writtenWithTa, type Token } from './tokens';

/** Folded, with the article. */
export const NATIONALITIES: ReadonlySet<string> = new Set(
  `الامريكي الاميركي البريطاني الانجليزي الانكليزي الاسكتلندي الايرلندي الفرنسي الالماني الايطالي الاسباني البرتغالي الهولندي البلجيكي
السويسري النمساوي الدنماركي السويدي النرويجي الفنلندي الايسلندي البولندي التشيكي السلوفاكي المجري الروماني البلغاري اليوناني
الكرواتي الصربي البوسني السلوفيني المقدوني الالباني الروسي الاوكراني البيلاروسي الجورجي الارميني الاذربيجاني التركي الايراني
الافغاني الباكستاني الهندي البنغالي الصيني الياباني الكوري الفيتنامي التايلاندي الاندونيسي الماليزي الفلبيني الاسترالي النيوزيلندي
الكندي المكسيكي البرازيلي الارجنتيني الاوروغوياني الاورجوياني الاورجواني الباراغوياني التشيلي البيروفي الكولومبي الكولمبي الفنزويلي الاكوادوري
البوليفي الكوبي البورتوريكي البورتريكي الجامايكي الهندوراسي البنمي الكوستاريكي الدومينيكاني النيجيري الغاني الكاميروني الايفواري السنغالي المالي الكونغولي الكيني الاثيوبي الاريتري الزامبي الزيمبابوي
المصري السوري العراقي اللبناني الاردني الفلسطيني التونسي الجزايري المغربي الليبي السوداني اليمني السعودي الكويتي القطري الاماراتي
البحريني العماني الموريتاني الصومالي الاسراييلي الاوروبي الافريقي الاسيوي الخليجي
القبرصي الكازاخستاني الكازاخي الاوزبكي الاوزبكستاني التركماني القرغيزي الطاجيكي الويلزي اللوكسمبورغي المالطي الاستوني اللاتفي الليتواني المولدوفي
النيبالي السريلانكي المنغولي التشادي النيجري البوركيني التوغولي الغيني الليبيري الغامبي الموزمبيقي الانغولي الناميبي التنزاني الاوغندي الرواندي البوروندي الجيبوتي
الغواتيمالي السلفادوري الهايتي`.split(/\s+/),
);

/** Whether a folded word ends as a nisba adjective does, masculine or feminine (السعودي، السعوديه، الوطنيه). */
export const endsAsNisba = (w: string): boolean => w.endsWith('ي') || w.endsWith('يه');

/** A folded word without the و of «and» before its article (والأوروغوياني → الاوروغوياني). */
export const withoutAnd = (folded: string): string => folded.replace(/^و(?=ال)/, '');

/** A folded word without a final ين، ون or ه (المصريين → المصري), by hand: the rules ask isNationality of a great many words, and a regex was the cost. */
const withoutNumberOrGender = (w: string): string => (w.endsWith('ين') || w.endsWith('ون') ? w.slice(0, -2) : w.endsWith('ه') ? w.slice(0, -1) : w);

/** Whether a folded word is a nationality in any number or gender (المصري، المصرية، المصريين). */
export const isNationality = (w: string): boolean => NATIONALITIES.has(w) || NATIONALITIES.has(withoutNumberOrGender(w));

/** Whether a folded word is a nationality in the feminine singular, as a town takes it (الأمريكية، الهولندية). */
export const isFeminineNationality = (w: string): boolean => w.endsWith('يه') && isNationality(w);

/** People's names from the model without a nationality adjective they begin with, after و too (والأوروغوياني فيلمار فالديس). */
export function withoutNationality(candidates: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  return candidates.map((c) => {
    const first = tokens[c.first];
    if (c.type !== 'person' || c.source !== 'model' || c.last - c.first < 2 || !NATIONALITIES.has(withoutAnd(first.folded))) return c;
    return { ...c, first: c.first + 1 };
  });
}

/** A person's role before his or her nationality (folded): المحترف الغاني مونتاري، العداء الكيني بونغي ويلفريد. */
const ROLES = new Set('اللاعب المحترف المدرب المهاجم الحارس المدافع النجم الظهير الجناح الوسط العداء العداءه المصارع الملاكم البطل البطله الشاعر الاديب الكاتب الروائي الفنان الممثل المخرج'.split(' '));

/** Whether a role comes right before the nationality at token `i` (المحترف الغاني، ولاعب الوسط الإسباني). */
const afterRole = (tokens: readonly Token[], i: number): boolean => ROLES.has(tokens[i - 1]?.folded.replace(/^[وب]/, '') ?? '');

/**
 * Whether the word before a nationality lets it stand for a person (الفرنسية | إميلي موريسمو):
 * a role, a verb or a preposition (تأهلت الفرنسية، على الفرنسية), a noun with a pronoun
 * (منافسه التركي), punctuation. Not a definite noun it describes (الحكومة اليابانية عزمها) nor a
 * name (مدريد الإسباني), nor و or another nationality (الأوروبية و الأميركية، الفلسطينية والمصرية).
 */
function standsForPerson(tokens: readonly Token[], i: number, taken: Uint8Array): boolean {
  const before = tokens[i - 1];
  if (!before) return true;
  if (!before.word) return before.end < tokens[i].start && !/[-–—ـ]/.test(before.folded);
  const w = before.folded.replace(/^[وب]/, '');
  return afterRole(tokens, i) || (!taken[i - 1] && !/^[فكل]?(ال|لل)/.test(w) && before.folded !== 'و' && !isNationality(w));
}

/**
 * A place of one or two words the model found right after a role and a nationality is the person they
 * describe (المهاجم الفنزويلي | ريفاس, where ريفاس is also a town): no place has a role.
 */
export function rolesNotPlaces(candidates: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  return candidates.map((c) => {
    const before = tokens[c.first - 1];
    if (c.type !== 'place' || c.source !== 'model' || c.last - c.first > 2 || !before?.word || !isNationality(withoutAnd(before.folded)) || !afterRole(tokens, c.first - 1)) return c;
    return { ...c, type: 'person' as const };
  });
}

/**
 * A place of the model that ends on a feminine nationality where the words before it are a listed place
 * without it is that place (سان فرانسيسكو | الأمريكية، ميرلو | الهولندية): the adjective says where the town is.
 * Not where the lists hold the whole (الولايات المتحدة الأمريكية), nor after a common head no list
 * holds alone (الأراضي الفلسطينية، البادية السورية). A masculine one agrees with a head before the town
 * (منتجع سوتشي الروسي) or makes it a club (ليون الفرنسي), which sports.ts decides.
 */
export function placesWithoutNationality(candidates: readonly Candidate[], tokens: readonly Token[], gazetteer: readonly GazetteerMatch[]): Candidate[] {
  return candidates.map((c) => {
    const adjective = withoutAnd(tokens[c.last - 1].folded);
    if (c.type !== 'place' || c.source !== 'model' || c.last - c.first < 2 || !isFeminineNationality(adjective)) return c;
    const listed = (end: number): boolean => gazetteer.some((m) => m.start === c.first && m.end === end && m.entry?.type === 'place');
    return listed(c.last - 1) && !listed(c.last) ? { ...c, last: c.last - 1 } : c;
  });
}

/** A function word or a word training saw often outside names. */
const isCommon = (word: string): boolean => STOPWORDS.has(word) || commonWords().has(word);

/**
 * Whether a token of `text` may be a foreign name: no function or common word, with or without
 * a proclitic (بصفوف), no digit, no vowel mark, shadda or tanween written (حدَّد is a verb, سوريًا an
 * adjective), no pronoun, no adjective's ending (مصابا، خارجيا). A family name may end in يا (بول كابديفيا).
 */
export function isForeignName(token: Token, text: string, family = false): boolean {
  const w = token.folded;
  const written = text.slice(token.start, token.end);
  if (w.length < 3 || /\d/.test(written) || /[\u064B-\u0652]/.test(written) || (w.endsWith('يا') && !(family && w.length > 4)) || written.endsWith('ه') || isCommon(w) || (w.endsWith('ا') && isCommon(w.slice(0, -1)))) return false;
  // و ب ل ف ك + a word (كلاعب: «as a player»): not a name, but فال… may begin one (فالنتين، فالفيردي) where the rest is no word training saw often (فالحكومة).
  const rest = w.slice(1);
  const definite = rest.startsWith('ال') && (w[0] !== 'ف' || isCommon(rest) || isCommon(rest.slice(2)));
  return !('وبلفك'.includes(w[0]) && (definite || isCommon(rest)));
}

/** Whether the word before nationality `i` written with و closes a name or a clause (ميسي والبرازيلي، ، والألماني), so that و joins people, not adjectives (العالمي والأمريكي، الأراضي الفلسطينية والمصرية). */
const afterNameOrPause = (tokens: readonly Token[], i: number, taken: Uint8Array): boolean => i > 0 && (taken[i - 1] === 1 || !tokens[i - 1].word) && !isNationality(tokens[i - 1].folded);

/**
 * Foreign people the model and the lists passed by, named after a nationality that stands for
 * them (المحترف الغاني مونتاري، تأهلت الفرنسية إميلي موريسمو، والدنماركي كينيث كارلسن): one to
 * three words that may be foreign names. Not after السعودية, which is the country as often.
 * `taken` marks tokens already in a name, `people` the first tokens of the people found; `text` is the paragraph.
 */
export function foreignPeople(tokens: readonly Token[], taken: Uint8Array, text: string, people: ReadonlySet<number> = new Set()): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const name = tokens[i];
    const before = tokens[i - 1].folded;
    // The cheap test first, as this runs on every word: a nationality ends in ي or ية.
    const end = before[before.length - 1];
    if ((end !== 'ي' && end !== 'ه') || taken[i] || !name.word || taken[i - 1]) continue;
    const nationality = withoutAnd(before);
    if (!(NATIONALITIES.has(nationality) || (end === 'ه' && NATIONALITIES.has(nationality.slice(0, -1)))) || /^(السعودي|المالي)/.test(nationality) || text[tokens[i - 1].end - 1] === 'ى') continue;
    const joined = nationality !== before;
    // Right before a person found, the word is that person's given name even where the nationality describes a noun
    // (رئيس الحكومة الإسبانية خوسي | لويس ثاباتيرو), unless it may be ب + a noun or a verb in the imperfect (بمعاقبة، تضر).
    const beforePerson = people.has(i + 1) && tokens[i + 1].start - name.end <= 1 && !/^[بيت]/.test(name.folded);
    if (!beforePerson && (joined ? !afterNameOrPause(tokens, i - 1, taken) : !standsForPerson(tokens, i - 1, taken))) continue;
    if (!isForeignName(name, text) || /^(ال|ل|و)/.test(name.folded)) continue;
    // The family names after it (سانتي | كازورلا، عمر | السومة): no proclitic (مصابا | بتمزق), and
    // no article or feminine noun third (غونتر غراس | الحائز، مناحيم مازوز | ملاحقة).
    let last = i + 1;
    while (last < i + 3 && last < tokens.length) {
      const next = tokens[last];
      const w = next.folded;
      if (next.word !== true || taken[last] || isNationality(w) || isNationality('ال' + w) || 'وبلف'.includes(w[0]) || (last > i + 1 && (w.startsWith('ال') || writtenWithTa(next, text)))) break;
      if (!isForeignName(next, text, true)) break;
      last++;
    }
    // A person the model or the lists began right after it has this given name too (الإسباني رافايل | نادال): joined-people.ts joins them.
    // Any other name there is left to them.
    if (taken[last] && tokens[last].start - tokens[last - 1].end <= 1) {
      if (last === i + 1 && people.has(last)) out.push({ first: i, last, type: 'person', source: 'gazetteer', match: null, tentative: false, givenBefore: true });
      continue;
    }
    // One word alone is a name only after a role, in a list of nationals or when training saw it in names (البرازيلي نيمار): not a verb (الآسيوي حدد).
    if (last === i + 1 && !afterRole(tokens, i - 1) && !joined && !nameLexicon().has(name.folded)) continue;
    // A name that begins like ف or ب + a word (فالنتين، بيكيه) is read whole, as the test above read it.
    const whole = 'فب'.includes(name.folded[0]) ? { start: i, end: last, prefix: 0, restored: false, cls: 'person' as const, entry: null } : null;
    out.push({ first: i, last, type: 'person', source: 'gazetteer', match: whole, tentative: false });
  }
  return out;
}
