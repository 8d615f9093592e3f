/**
 * Public bodies, societies and academies named by their head and the definite words after it,
 * where the lists pass them by: الهيئة العامة للغذاء والدواء، الهيئة السعودية للمواصفات
 * والمقاييس والجودة، اللجنة المحلية للانتخابات البلدية، الاتحاد البرازيلي لكرة القدم، المعهد الوطني
 * الأميركي لرصد الزلازل، جمعية البر الخيرية، أكاديمية الشرطة. State services and directorates are state-services.ts's.
 */
import { hasPronounSuffix, hasStem, safeReading } from './clitics';
import type { Candidate } from './candidate';
import { isGivenNameAt, isTriggerWord, type GazetteerMatch } from './gazetteer/index';
import { endsAsNisba, isNationality } from './nationality';
import { STOPWORDS } from './stopwords';
import type { Token } from './tokens';

/** The heads of public bodies named «X العامة لـ…» (folded): الهيئة العامة للغذاء والدواء، الإدارة العامة للمرور، اللجنة الوطنية لمكافحة المخدرات، الاتحاد الدولي للشرطة، الوكالة الفرنسية للتعاون. */
const PUBLIC_HEADS = new Set(['الرابطه', 'الهييه', 'الموسسه', 'الرياسه', 'المديريه', 'الاداره', 'اللجنه', 'المركز', 'الشركه', 'الجمعيه', 'المجلس', 'الاكاديميه', 'الاتحاد', 'المعهد', 'الوكاله', 'المكتب', 'المنظمه', 'الصندوق', 'البنك', 'النقابه', 'الجبهه', 'الحركه', 'التحالف', 'المرصد']);
/**
 * The adjectives between a public body's head and its purpose (folded): العامة، الوطنية، العليا، الدائمة، الخيرية،
 * السعودية، الدولية، المحلية، المركزية، الإشرافية، التنفيذية (الهيئة السعودية للمواصفات، اللجنة المحلية للانتخابات البلدية),
 * those of regions and faiths: العربية، العالمية، الإسلامية، الإقليمية، الاتحادية (المركز الإقليمي للدراسات الاستراتيجية), and the Olympic
 * and Paralympic committees' (اللجنة الأولمبية العربية السعودية).
 */
const PUBLIC_ADJECTIVES = new Set([
  ...'العامه العام الوطنيه الوطني العليا الاعلي الدايمه الخيريه السعوديه السعودي الدوليه الدولي المحليه المركزيه الاشرافيه التنفيذيه'.split(' '),
  ...'العربي العربيه الاتحادي الاتحاديه العالمي العالميه الاسلامي الاسلاميه الاقليمي الاقليميه الاولمبيه البارالمبيه البارلمبيه'.split(' '),
]);
/**
 * A public body's adjective after `head`: one of PUBLIC_ADJECTIVES or a nationality (الهيئة السورية للإعلام، الرابطة الألمانية
 * للصناعات النفطية); not after الإدارة, where the nationality makes a government (الإدارة الأمريكية | للتوصل إلى اتفاق).
 */
const GOVERNMENTS = new Set(['الاداره']);
function isPublicAdjective(head: string, word: string): boolean {
  // The word first: publicBodies asks this of every token, and few words are adjectives.
  if (PUBLIC_ADJECTIVES.has(word)) return !CLUB_ADJECTIVES.has(word) || !hasStem(head, GOVERNMENTS);
  return word.startsWith('ال') && isNationality(word) && !hasStem(head, GOVERNMENTS);
}
/** الاتحادية after الإدارة is the club's (الإدارة الاتحادية: al-Ittihad's board), not a federal office. */
const CLUB_ADJECTIVES = new Set(['الاتحادي', 'الاتحاديه']);
/** Words after ل that say when or for whom, not what a body is for (folded): الاتحاد الإنجليزي | للمرة الثانية، الاتحاد الآسيوي | لجمهور الهلال. */
const NOT_PURPOSES = new Set('للمره لمره لمده للمده لفتره للفتره للعام لعام للموسم لموسم لجمهور لجماهير للجمهور للجماهير'.split(' '));
/** The adjectives of PUBLIC_ADJECTIVES that are also a country's name (folded). */
const NATION_ADJECTIVES = new Set(['السعوديه', 'السعودي']);
/**
 * Definite words that follow a body's name without being part of it (folded): حزب الأحرار | الحاكم,
 * and the participles that say what it seeks or is charged with (اللجنة الوطنية لمكافحة المخدرات | الرامية إلى، الهيئة الدولية للمسرح | المشرف على).
 */
const AFTER_BODY = new Set([
  ...'الذي التي الذين التابعه التابع الحاكم الحاكمه المعارض المعارضه اليوم الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الماضي الماضيه الحالي الحاليه الجاري المقبل المقبله الجديد الجديده السابق السابقه'.split(' '),
  ...'الساعي الساعيه الرامي الراميه الهادف الهادفه المكلف المكلفه المسوول المسووله المشرف المشرفه'.split(' '),
]);

/** Whether a folded word is shaped as a body's purpose: a word after ل, no word of time or audience (للمرة، لجماهير). */
const isPurposeShape = (folded: string): boolean => folded[0] === 'ل' && folded.length >= 4 && !NOT_PURPOSES.has(folded);

/** Whether a token may open a body's purpose: shaped as one (isPurposeShape), with no pronoun (لإعلانها). */
function isPurposeWord(purpose: Token | undefined, text: string): purpose is Token {
  return purpose?.word === true && isPurposeShape(purpose.folded) && !hasPronounSuffix(text.slice(purpose.start, purpose.end));
}

/**
 * Where a body's purpose that would begin at token `p` ends (للدراسات الإسلامية والبحوث), or `p` where
 * none begins there: ل and the article, as isPurposeWord allows, or ل and a noun written with its hamza
 * in construct with a definite word (لأمراض القلب، لأبحاث الخلايا الجذعية).
 */
export function purposeEnd(tokens: readonly Token[], p: number, text: string): number {
  const purpose = tokens[p];
  if (!isPurposeWord(purpose, text) || purpose.folded.length < 5) return p;
  const inConstruct = 'أإ'.includes(text[purpose.start + 1]) && tokens[p + 1]?.word === true && tokens[p + 1].folded.startsWith('ال');
  if (!purpose.folded.startsWith('لل') && !inConstruct) return p;
  let end = bodyEnd(tokens, new Uint8Array(tokens.length), p + 1, p + 5);
  // A word written in ى is a noun of place or time, where a new phrase begins (للسياحة | الملتقى العلمي).
  for (let t = p + 1; t < end; t++) if (text[tokens[t].end - 1] === 'ى') end = t;
  // Stopped before an adjective (جامعة الملك سعود للعلوم | الصحية): where the name ends is unknown, so it takes no purpose.
  const after = tokens[end];
  return after?.word === true && after.folded.startsWith('ال') && endsAsNisba(after.folded) && !isNationality(after.folded) && !AFTER_BODY.has(after.folded) ? p : end;
}

/** Whether a token ends in ي or ية as written, its vowel marks aside: an adjective (الأمنية), not a noun in ى (الملتقى). */
const writtenAsNisba = (t: Token, text: string): boolean => /(ي|ية|يه)$/.test(text.slice(t.start, t.end).replace(/[\u064B-\u0652]/g, ''));

/** Words after a body's purpose that qualify something else (folded): the body's web site (موقع المديرية العامة للجوازات | الإلكتروني), ordinals. */
const NOT_PURPOSE_ADJECTIVES = new Set('الالكتروني الالكترونيه الرسمي الرسميه الثاني الثانيه الحادي'.split(' '));

/**
 * A body the model ended on its purpose, before the adjectives that qualify the purpose (جامعة نايف العربية للعلوم | الأمنية،
 * سلامة للتأمين | التعاوني، اللجنة العليا للحد | الجنوبي), and what و joins to them (للعلوم الطبية والأسنان، للمدارس العربية
 * والإسلامية الدولية): the name's. An adjective in ي as written (الملتقى in ى is a noun), not a nationality, a word of time or a
 * relative (AFTER_BODY); not over another name.
 * And a public body the model ended before its purpose, named so far by its head and adjectives alone (المنظمة العربية | للسياحة،
 * الاتحاد السعودي | للرياضات البحرية، البنك السعودي | للتسليف والادخار): the purpose is the name's, as publicBodies reads it.
 */
export function withWholePurposes(candidates: readonly Candidate[], tokens: readonly Token[], text: string): Candidate[] {
  const adjective = (t: Token | undefined): boolean => {
    if (t?.word !== true) return false;
    const w = t.folded;
    return w.startsWith('ال') && w.length >= 5 && writtenAsNisba(t, text) && !isNationality(w) && !AFTER_BODY.has(w) && !NOT_PURPOSE_ADJECTIVES.has(w);
  };
  return candidates.map((c) => {
    if (c.type !== 'organization') return c;
    const head = tokens[c.first].folded;
    if (c.last - c.first <= 3 && hasStem(head, PUBLIC_HEADS) && tokens.slice(c.first + 1, c.last).every((t) => isPublicAdjective(head, t.folded))) {
      const end = c.last - c.first >= 2 ? purposeEnd(tokens, c.last, text) : c.last;
      return end === c.last || candidates.some((o) => o !== c && o.first < end && o.last > c.last) ? c : { ...c, last: end };
    }
    const purpose = tokens[c.last - 1];
    if (!purpose.folded.startsWith('لل') || !isPurposeWord(purpose, text) || !adjective(tokens[c.last])) return c;
    let end = c.last + 1;
    // More adjectives (الطبية الدولية), or a word joined by و (والإسلامية، والأسنان): four words at most.
    while (end < c.last + 4 && (adjective(tokens[end]) || (tokens[end]?.folded.startsWith('وال') === true && tokens[end].folded.length >= 6))) end++;
    return candidates.some((o) => o !== c && o.first < end && o.last > c.last) ? c : { ...c, last: end };
  });
}

/**
 * Public bodies named by their head, «العامة» or another adjective and what they are for, where the lists pass them by:
 * the name runs over definite words and words joined by و (الرئاسة العامة للأرصاد وحماية البيئة)
 * and stops before anything else (الرئاسة العامة لرعاية الشباب | بمنطقة عسير). `taken` marks tokens already in a name;
 * `text` is the paragraph.
 */
export function publicBodies(tokens: readonly Token[], taken: Uint8Array, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = tokens[i];
    if (!isPublicAdjective(head.folded, tokens[i + 1].folded) || taken[i] || !head.word || !hasStem(head.folded, PUBLIC_HEADS)) continue;
    // One adjective or two (المعهد الوطني الأميركي | لرصد الزلازل).
    const p = i + 2 < tokens.length - 1 && isPublicAdjective(head.folded, tokens[i + 2].folded) ? i + 3 : i + 2;
    // Or the Kingdom's full adjective ends it (اللجنة الأولمبية العربية السعودية), with no purpose.
    if (tokens[p - 1].folded === 'العربيه' && tokens[p]?.folded === 'السعوديه' && !taken[i + 1]) {
      out.push({ first: i, last: p + 1, type: 'organization', source: 'gazetteer', match: null, tentative: false });
      i = p;
      continue;
    }
    const purpose = tokens[p];
    // Its purpose is a noun, not a verb or a word with a pronoun (تعكف الرئاسة العامة | لإعلانها).
    // The adjective السعودية is read as the country by the lists and the model; here it is the body's, as any nationality is.
    const adjectiveFree = (t: number): boolean => !taken[t] || isNationality(tokens[t].folded);
    if (!isPurposeWord(purpose, text) || !adjectiveFree(i + 1) || !adjectiveFree(p - 1) || taken[p]) continue;
    // A purpose without the article is in the construct state: its name must follow with the article (لمشروع النقل العام), or where it ends is unknown (لمهرجان جدة التاريخية، لمعرض "الفهد").
    if (!purpose.folded.startsWith('لل') && !(tokens[p + 1]?.word === true && tokens[p + 1].folded.startsWith('ال'))) continue;
    const end = bodyEnd(tokens, taken, p + 1, p + 6);
    out.push({ first: i, last: end, type: 'organization', source: 'gazetteer', match: null, tentative: false });
    i = end - 1;
  }
  return out;
}

/**
 * Where a body's name that has reached token `from` ends, at `limit` at most: it runs over definite words and words
 * joined by و (للأرصاد وحماية البيئة) and stops before anything else, a title, a function word or another body
 * (| المهندس عبداللطيف، | إلى، | والمؤسسة العامة).
 */
function bodyEnd(tokens: readonly Token[], taken: Uint8Array, from: number, limit: number): number {
  let end = from;
  let national = false;
  // The adjective السعودية may have been read as the country (جمعية الكشافة العربية السعودية).
  while (end < tokens.length && end < limit && (!taken[end] || NATION_ADJECTIVES.has(tokens[end].folded)) && tokens[end].word && !AFTER_BODY.has(tokens[end].folded)) {
    const w = tokens[end].folded;
    const after = tokens[end + 1]?.folded ?? '';
    // و + a word in the construct state before a definite one (وحماية البيئة), not before a relative (ولجانه التي).
    const joined = w.startsWith('وال') || (w[0] === 'و' && w.length >= 4 && after.startsWith('ال') && !STOPWORDS.has(after));
    const another = joined && (PUBLIC_HEADS.has(w.slice(1)) || SOCIETY_HEADS.has(w.slice(1)) || isTriggerWord(w.slice(1)));
    // A nationality closes the name (نقابة الصحفيين المصريين | الجرائم), but for another after it (العربية السعودية).
    if (national && !isNationality(w)) break;
    if ((!w.startsWith('ال') && !joined) || isTriggerWord(w) || STOPWORDS.has(w) || another) break;
    national = isNationality(w);
    end++;
  }
  return end;
}

/** Heads of societies', academies', unions' and parties' names in the construct state (folded): جمعية البر، أكاديمية الشرطة، نقابة الصحفيين، حزب العمال، اتحاد الكرة. */
const SOCIETY_HEADS = new Set(['جمعيه', 'اكاديميه', 'نقابه', 'حزب', 'اتحاد']);

/**
 * Societies, academies and parties named by the definite words after their head (جمعية الكشافة العربية السعودية،
 * جمعية التوعية والتأهيل الاجتماعي، أكاديمية الشرطة، حزب العمال), where the lists pass them by; the name stops as a public body's does.
 * Not a general assembly or a board (جمعية عمومية). `taken` marks tokens already in a name.
 */
export function societies(tokens: readonly Token[], taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = tokens[i];
    const union = unionEnd(tokens, taken, i);
    if (union > i) {
      out.push({ first: i, last: union, type: 'organization', source: 'gazetteer', match: null, tentative: false });
      i = union - 1;
      continue;
    }
    // The cheap test first: the head ends like one (بجمعية، لأكاديمية، ونقابة، لحزب).
    if (!head.word || !(head.folded.endsWith('ه') || head.folded.endsWith('حزب') || head.folded.endsWith('اتحاد')) || taken[i] || !hasStem(head.folded, SOCIETY_HEADS)) continue;
    const name = tokens[i + 1];
    if (!name.word || taken[i + 1] || !name.folded.startsWith('ال') || name.folded.length < 4 || isTriggerWord(name.folded) || STOPWORDS.has(name.folded) || AFTER_BODY.has(name.folded)) continue;
    const end = bodyEnd(tokens, taken, i + 2, i + 7);
    out.push({ first: i, last: end, type: 'organization', source: 'gazetteer', match: null, tentative: false });
    i = end - 1;
  }
  return out;
}

/** The adjectives that make الاتحاد a federation of sport or of states' bodies, beside the nationalities (folded): الاتحاد الدولي، الاتحاد القاري. */
const UNION_ADJECTIVES = new Set('الدولي القاري العالمي الاسيوي الاوروبي الافريقي الخليجي العربي'.split(' '));
/** Unions of states, which are places (الاتحاد السوفيتي، الاتحاد الروسي). */
const STATE_UNIONS = new Set('السوفيتي السوفياتي السوفييتي الروسي'.split(' '));

/**
 * Where a union named by its adjective alone ends (الاتحاد الدولي، الاتحاد الآسيوي، الاتحاد القطري: a federation, never the club
 * الاتحاد), or football's union of a country by its sport (اتحاد كرة القدم، اتحاد كرة القدم المصري); `i` where none begins at token i.
 * A purpose after it (الاتحاد الدولي لكرة القدم) is publicBodies'.
 */
function unionEnd(tokens: readonly Token[], taken: Uint8Array, i: number): number {
  const head = tokens[i];
  if (!head.word || taken[i] || !head.folded.endsWith('اتحاد') || taken[i + 1] || tokens[i + 1]?.word !== true) return i;
  const stem = safeReading(head.folded).stem;
  const next = tokens[i + 1].folded;
  const after = (t: number): string => (tokens[t]?.word === true && !taken[t] ? tokens[t].folded : '');
  if (stem === 'الاتحاد' && (UNION_ADJECTIVES.has(next) || (isNationality(next) && !STATE_UNIONS.has(next))) && !isPurposeShape(after(i + 2))) return i + 2;
  if (stem === 'اتحاد' && next === 'كره' && after(i + 2).startsWith('ال')) return isNationality(after(i + 3)) ? i + 4 : i + 3;
  return i;
}

/**
 * A body the model ran on into a listed one joined by و (منظمة التعاون الإسلامي | والإيسيسكو): it ends
 * before it, and the listed body is found on its own. Not a name whose last word only has a listed
 * reading (وزارة الشؤون الإسلامية والأوقاف keeps its و: الأوقاف is no listed body's whole name).
 * Nor a body the model ran on into a person named after it (قناة روتانا | فهد المسعودي, its reporter): the listed
 * body, then the person, where a listed given name follows it and two words at least are left.
 */
export function bodiesApart(candidates: readonly Candidate[], gazetteer: readonly GazetteerMatch[], tokens: readonly Token[]): Candidate[] {
  return candidates.flatMap((c) => {
    if (c.type !== 'organization' || c.source !== 'model') return [c];
    const joined = c.last - c.first >= 3 && gazetteer.find((m) => m.start > c.first + 1 && m.end === c.last && m.prefix === 1 && tokens[m.start].folded[0] === 'و' && m.entry?.type === 'organization');
    if (joined) return [{ ...c, last: joined.start }];
    const body = gazetteer.find((m) => m.start === c.first && m.entry?.type === 'organization' && c.last - m.end >= 2 && gazetteer.some((g) => isGivenNameAt(g, m.end) && g.prefix === 0));
    if (body) return [{ first: body.start, last: body.end, type: 'organization' as const, source: 'gazetteer' as const, match: body, tentative: false }, { ...c, first: body.end, type: 'person' as const }];
    return [ranOn(c, gazetteer, tokens)];
  });
}

/**
 * A body the model ran on past a listed organisation's whole name into a noun (الاتحاد الأوربي | الغاز, the
 * object of the verb before; مجلس الأمن | الدائمين): the listed name. Not into an adjective, a purpose after ل,
 * a place (حزب الله الحجاز, a branch) or a longer listed name.
 */
function ranOn(c: Candidate, gazetteer: readonly GazetteerMatch[], tokens: readonly Token[]): Candidate {
  const listed = gazetteer.filter((m) => m.start === c.first && m.entry?.type === 'organization' && m.end - m.start >= 2);
  if (!listed.length) return c;
  const end = Math.max(...listed.map((m) => m.end));
  const next = tokens[end]?.folded ?? '';
  // Nor into a place, which names a branch (حزب الله الحجاز).
  const place = gazetteer.some((m) => m.start === end && m.entry?.type === 'place');
  if (end >= c.last || !next.startsWith('ال') || endsAsNisba(next) || isNationality(next) || STOPWORDS.has(next) || place) return c;
  return { ...c, last: end };
}

/** وكالة (folded), an agency's head, and أنباء (news), after which the agency is named by its country or its adjectives. */
const AGENCY_HEADS = new Set(['وكاله']);
const NEWS = new Set(['انباء', 'الانباء']);

/**
 * News agencies the lists pass by, named by their head, «news» and their country's adjectives (وكالة الأنباء الفرنسية، وكالة
 * الأنباء المركزية الكورية) or, in the construct state, the state's name (وكالة أنباء الجمهورية الإسلامية الإيرانية): definite
 * words, three at most, adjectives in ي as written after الأنباء; not a word of time or a relative (AFTER_BODY) nor the
 * adjective «official» (وكالة الأنباء اليمنية | الرسمية). `taken` marks tokens already in a name; `text` is the paragraph.
 */
export function newsAgencies(tokens: readonly Token[], taken: Uint8Array, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = tokens[i];
    if (!head.word || !head.folded.endsWith('وكاله') || taken[i] || taken[i + 1] || !NEWS.has(tokens[i + 1].folded) || !hasStem(head.folded, AGENCY_HEADS)) continue;
    const construct = tokens[i + 1].folded === 'انباء';
    // A one-word name a list holds is the agency's own short name, which stands for it (وكالة أنباء | الأناضول).
    if (construct && taken[i + 2] && !taken[i + 3]) continue;
    let end = i + 2;
    while (end < i + 5 && tokens[end]?.word === true && tokens[end].folded.startsWith('ال') && !AFTER_BODY.has(tokens[end].folded) && !NOT_PURPOSE_ADJECTIVES.has(tokens[end].folded)) {
      // In the construct state, the state's name first, perhaps listed as the place (وكالة أنباء | الجمهورية الإسلامية الإيرانية);
      // then, as after الأنباء, adjectives in ي as written and nothing a name took.
      const name = construct && (end === i + 2 || (taken[end] && taken[i + 2]));
      if (!name && (taken[end] || !writtenAsNisba(tokens[end], text))) break;
      end++;
    }
    if (end === i + 2) continue;
    out.push({ first: i, last: end, type: 'organization', source: 'gazetteer', match: null, tentative: false });
    i = end - 1;
  }
  return out;
}
