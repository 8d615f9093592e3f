/**
 * A person's name the model stopped after a given name, before the family name that follows
 * (وزير الخارجية الإيطالي ماسيمو | داليما، وزير الداخلية سعيد | صيام، الشيخ عبدالله | المنيع):
 * the name takes in the next word when the lists know the last word as a given name (or it
 * follows a title, or is عبد + a name of God) and the
 * next word is a family name: one with the article, or one known as a name, that may be a name
 * (nationality.ts isForeignName: no common or function word, no proclitic), and no listed
 * place, body, title or trigger word (العميد خالد | المركز), abstract noun (سلمان | الحزم) or
 * feminine plural (الطالبات). In ANERcorp's cross-validation it makes 12 names whole and
 * spoils none. A one-word name the model found after a title or a nationality also takes a
 * family name with no article the lists lack (البرازيلي إيلتون | ألميدا، الدكتور رائف | نجم).
 */
import type { Candidate } from './candidate';
import { isGivenNameAt, isTriggerWord, type GazetteerMatch } from './gazetteer/index';
import { LINKS, isDerivedParticiple } from './kinship';
import { commonWords, nameLexicon } from './model/load';
import { isForeignName, isNationality, withoutAnd } from './nationality';
import { GENERAL } from './propagate';
import { writtenWithTa, type Token } from './tokens';

/** Lists whose name at the next word stops the person: it is no family name (محمد | السعودية، أحمد | الوزير). */
const NOT_FAMILY = new Set(['country', 'city', 'bigCity', 'place', 'organization', 'title', 'placeTrigger', 'orgTrigger', 'club', 'company', 'region', 'body']);

/**
 * Abstract nouns (folded) a slogan or a rite puts after a given name, never its family name:
 * عاش سلمان | المجد، جنود سلمان | الحزم، محاسن | الصوم، حبيب | العزاء.
 */
const ABSTRACT = new Set('الحزم العزم الحسم المجد الخير العطاء الوفاء الصوم العزاء'.split(' '));

/** Whether the one-word person at `t` follows a title (الدكتور، المدرب) or a nationality (البرازيلي، والإيطالي). */
function framedAsPerson(tokens: readonly Token[], t: number, gazetteer: readonly GazetteerMatch[]): boolean {
  const before = tokens[t - 1];
  return before?.word === true && (isNationality(withoutAnd(before.folded)) || gazetteer.some((m) => m.cls === 'title' && m.end === t));
}

/**
 * Whether a word with no article may be a family name after such a person: not a verb
 * (سيقرر، يكتب، استنكروا، أضفى، ارتقى) nor a participle of the form مفاعل (مدافع، مهاجم).
 */
function mayBeBareFamilyName(token: Token, text: string): boolean {
  const w = token.folded;
  return !/^(س?[يت]|است)/.test(w) && !/(وا|ون)$/.test(w) && !/^م.ا..$/.test(w) && text[token.end - 1] !== 'ى';
}

/**
 * The model's people, each run on into the family name after its given name where one follows.
 * `sureGiven` holds the tokens sure to be given names though the lists may lack them (after a title).
 */
export function withFamilyName(candidates: readonly Candidate[], tokens: readonly Token[], gazetteer: readonly GazetteerMatch[], text: string, sureGiven: ReadonlySet<number> = new Set()): Candidate[] {
  const taken = new Uint8Array(tokens.length);
  for (const c of candidates) taken.fill(1, c.first, c.last);
  return candidates.map((c) => {
    if (c.type !== 'person' || c.source !== 'model' || c.tentative) return c;
    const end = c.last - 1;
    const next = tokens[c.last];
    if (!next?.word || taken[c.last] || next.start - tokens[end].end > 1) return c;
    // A listed given name, or a name of the form عبد + a name of God (عبد المحسن، عبد الإله) standing alone.
    const servant = end === c.first + 1 && tokens[c.first].folded === 'عبد' && tokens[end].folded.startsWith('ال');
    // Or a one-word name sure to be a given name, such as the word after a title, which the lists may lack (وزير التعليم الدكتور عزام | الدخيل).
    const sure = end === c.first && sureGiven.has(end);
    // Or a one-word name the model found after a title or a nationality, before a family name with no article (البرازيلي جيلبرتو | سيلفا، الدكتور رائف | نجم).
    const listedFamily = gazetteer.some((m) => m.start === c.last && m.end === c.last + 1 && m.cls === 'familyName');
    const framed = end === c.first && !text.startsWith('ال', tokens[end].start) && !text.startsWith('ال', next.start) && framedAsPerson(tokens, c.first, gazetteer) && (mayBeBareFamilyName(next, text) || listedFamily);
    // Or علي after a given name in the name (اللواء محمد علي | المقدشي), where it is no preposition.
    const ali = end > c.first && tokens[end].folded === 'علي' && text[tokens[end].end - 1] === 'ي';
    const given = servant || sure || framed || ali || gazetteer.some((m) => isGivenNameAt(m, end) && (m.prefix === 0 || end === c.first));
    if (!given || LINKS.has(next.folded) || isNationality(next.folded) || !isForeignName(next, text, true) || /^[وبلفك]/.test(next.folded)) return c;
    if (isTriggerWord(next.folded) || gazetteer.some((m) => m.start === c.last && NOT_FAMILY.has(m.cls))) return c;
    // A family name with the article (المنيع، العسم) or one known as a name (شعيب): not a verb or a noun (يطلب، نموذجا، عاهل),
    // nor a feminine noun (المملكة) or a participle of a derived verb (المتحالف، المستهلك).
    const w = next.folded;
    // Nor the verbal noun of a derived verb (المدرب ماركوس | الإشراف، الإعلان، الإنتاج). A family name the lists know may end in ة (عبدالله بن عبدالعزيز | الربيعة).
    if ((writtenWithTa(next, text) && !(listedFamily && w.startsWith('ال'))) || isDerivedParticiple(w) || ABSTRACT.has(w) || /^الا..ا.$/.test(w)) return c;
    // Nor a feminine plural (صالح | الطالبات، أسرار | الخلوات); الزيات, with two letters before ات, is a family name.
    if (w.endsWith('ات') && w.length >= 7) return c;
    const known = nameLexicon().has(w) || listedFamily;
    // Nor a common word with the article (رفض الفنان فارس مهدي | التعليق، باراك أوباما | الأب).
    if (!known && !framed && (!w.startsWith('ال') || commonWords().has(w.slice(2)))) return c;
    // A noun its adjective follows is no family name (أدى علي عبد الله صالح | اليمين الدستورية), nor an office «general» follows
    // (محمد بن نايف بن عبدالعزيز | المشرف العام).
    const after = tokens[c.last + 1];
    if (after?.word && after.folded.startsWith('ال') && (writtenWithTa(after, text) || GENERAL.has(after.folded))) return c;
    return { ...c, last: c.last + 1 };
  });
}
