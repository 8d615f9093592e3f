/**
 * Nationality adjectives before a person's name: the model, having seen «الرئيس الأمريكي
 * باراك أوباما» leave the adjective out, still runs some into names it does not know
 * (الحارس الكولومبي ديفيد أوسبينا، المدرب السويسري كريستيان جروس). ANERcorp and editors
 * leave it out too. A name that begins with a nisba which is a given name (الباجي، الهادي،
 * العربي) is untouched: only nationalities are listed, and العربي is not among them.
 */
import type { Candidate } from './candidate';
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

/** People's names from the model without a nationality adjective they begin with. */
export function withoutNationality(candidates: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  return candidates.map((c) => {
    const first = tokens[c.first];
    if (c.type !== 'person' || c.source !== 'model' || c.last - c.first < 2 || !NATIONALITIES.has(first.folded)) return c;
    return { ...c, first: c.first + 1 };
  });
}
