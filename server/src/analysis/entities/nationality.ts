/**
 * Nationality adjectives before a person's name: the model, having seen «الرئيس الأمريكي
 * باراك أوباما» leave the adjective out, still runs some into names it does not know
 * (الحارس الكولومبي ديفيد أوسبينا، المدرب السويسري كريستيان جروس). ANERcorp and editors
 * leave it out too. A name that begins with a nisba which is a given name (الباجي، الهادي،
 * العربي) is untouched: only nationalities are listed, and العربي is not among them.
 */
import type { Candidate } from './candidate';
import { commonWords } from './model/load';
import { hasAccusativeTanween } from './not-names';
import { STOPWORDS } from './stopwords';
import type { Token } from './tokens';

/** Folded, with the article. */
export const NATIONALITIES: ReadonlySet<string> = new Set(
  `الامريكي الاميركي البريطاني الانجليزي الانكليزي الاسكتلندي الايرلندي الفرنسي الالماني الايطالي الاسباني البرتغالي الهولندي البلجيكي
السويسري النمساوي الدنماركي السويدي النرويجي الفنلندي الايسلندي البولندي التشيكي السلوفاكي المجري الروماني البلغاري اليوناني
الكرواتي الصربي البوسني السلوفيني المقدوني الالباني الروسي الاوكراني البيلاروسي الجورجي الارميني الاذربيجاني التركي الايراني
الافغاني الباكستاني الهندي البنغالي الصيني الياباني الكوري الفيتنامي التايلاندي الاندونيسي الماليزي الفلبيني الاسترالي النيوزيلندي
الكندي المكسيكي البرازيلي الارجنتيني الاوروغوياني الاورجوياني الاورجواني الباراغوياني التشيلي البيروفي الكولومبي الفنزويلي الاكوادوري
البوليفي الكوبي النيجيري الغاني الكاميروني الايفواري السنغالي المالي الكونغولي الكيني الاثيوبي الاريتري الزامبي الزيمبابوي
المصري السوري العراقي اللبناني الاردني الفلسطيني التونسي الجزايري المغربي الليبي السوداني اليمني السعودي الكويتي القطري الاماراتي
البحريني العماني الموريتاني الصومالي الاسراييلي الاوروبي الافريقي الاسيوي الخليجي`.split(/\s+/),
);

/** Whether a folded word is a nationality in any number or gender (المصري، المصرية، المصريين). */
export const isNationality = (w: string): boolean => NATIONALITIES.has(w) || NATIONALITIES.has(w.replace(/(ين|ون|ه)$/, ''));

/** People's names from the model without a nationality adjective they begin with. */
export function withoutNationality(candidates: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  return candidates.map((c) => {
    const first = tokens[c.first];
    if (c.type !== 'person' || c.source !== 'model' || c.last - c.first < 2 || !NATIONALITIES.has(first.folded)) return c;
    return { ...c, first: c.first + 1 };
  });
}

/** A player's or a coach's role before his nationality (folded): المحترف الغاني مونتاري، المدافع البولندي زوكالا. */
const ROLES = new Set('اللاعب المحترف المدرب المهاجم الحارس المدافع النجم الظهير الجناح الوسط'.split(' '));

/** A function word or a word training saw often outside names. */
const isCommon = (word: string): boolean => STOPWORDS.has(word) || commonWords().has(word);

/** A word that may be a foreign name: no function or common word, with or without a proclitic (بصفوف), no digit, tanween or pronoun, no adjective's ending (مصابا، خارجيا). */
function isForeignName(token: Token, written: string): boolean {
  const w = token.folded;
  if (w.length < 3 || /\d/.test(written) || hasAccusativeTanween(written) || w.endsWith('يا') || written.endsWith('ه') || isCommon(w) || (w.endsWith('ا') && isCommon(w.slice(0, -1)))) return false;
  return !('وبلف'.includes(w[0]) && (w.slice(1).startsWith('ال') || isCommon(w.slice(1))));
}

/**
 * Foreign players and coaches the model and the lists passed by, named after their role and
 * nationality (المحترف الغاني مونتاري، لاعب الوسط الإسباني سانتي كازورلا): one or two words
 * that may be foreign names. `taken` marks tokens already in a name; `text` is the paragraph.
 */
export function foreignPlayers(tokens: readonly Token[], taken: Uint8Array, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const name = tokens[i];
    const nationality = tokens[i - 1].folded;
    // The cheap test first, as this runs on every word: a nationality ends in ي.
    if (nationality[nationality.length - 1] !== 'ي' || taken[i] || !name.word || !NATIONALITIES.has(nationality) || !ROLES.has(tokens[i - 2].folded.replace(/^[وب]/, ''))) continue;
    const w = name.folded;
    const written = text.slice(name.start, name.end);
    if (!isForeignName(name, written) || w.startsWith('ال')) continue;
    // The family name after it (سانتي | كازورلا، عمر | السومة), on the same terms, or with the article.
    const next = tokens[i + 1];
    const two = next?.word === true && !taken[i + 1] && !NATIONALITIES.has(next.folded) && !'وبلف'.includes(next.folded[0]) && isForeignName(next, text.slice(next.start, next.end));
    out.push({ first: i, last: two ? i + 2 : i + 1, type: 'person', source: 'gazetteer', match: null, tentative: false });
  }
  return out;
}
