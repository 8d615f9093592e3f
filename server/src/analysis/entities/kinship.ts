/**
 * Arabic names are chains: a kunya (أبو عبد الله، أبي زكريا), a nasab (حمد بن عيسى،
 * محمد ولد عبد العزيز), a family (آل خليفة). The model often stops at a link word or starts
 * after one; here a person's name takes in the kunya word before it and runs across a link
 * word to the person named after it. It also takes in a listed given name right before it
 * (سيف | يوسف الفلاسي، رائف | بدوي): in ANERcorp such a word is inside the name 99 times in 100.
 * And it stops before an office it ran on into (فيصل بن بندر | أمير منطقة الرياض) or a word
 * joined by «و» with the article (رونالدو | والكاميروني); it takes in a family name in ي that
 * closes a nasab the model stopped before (سلمان بن علي | العليوي), «آل» and the family after
 * it (شبيلي بن مجدوع | آل مجدوع), the word after a closing أبو, and a family name the model
 * tagged apart ([عزام] [الدخيل]).
 * `afterTitles` finds the given names the lists leave out, by the title before them, and
 * `givenAndFamily` the people the model passed by that a listed given name and a family name
 * in ي name (فهد الشمري).
 */
import { CREDITS } from './bylines';
import type { Candidate } from './candidate';
import { hasPronounSuffix, hasStem, readings } from './clitics';
import { isGivenNameAt, isTriggerWord, type GazetteerMatch } from './gazetteer/index';
import { commonWords, nameLexicon } from './model/load';
import { isDirection } from './heads';
import { NATIONALITIES, isForeignName } from './nationality';
import { STOPWORDS, isFunctionWord } from './stopwords';
import { writtenWithHa, writtenWithYa, type Token } from './tokens';
import { ORDINALS } from './not-names';

/** «father of», «son of»: a name's first word when a name follows (folded). */
const KUNYA = new Set(['ابو', 'ابي', 'ابن']);
/** «son of», «daughter of» (folded). */
const NASAB = new Set(['بن', 'بنت']);
/** The Prophet's title before الله (folded): رسول الله محمد is the title, then the name. */
const PROPHET = new Set(['رسول']);
/** «son of», «daughter of» as a name's links, ابن too (folded): a name goes on after them. */
export const NASAB_LINKS: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت']);
/** Words that link two parts of one person's name (folded). */
export const LINKS: ReadonlySet<string> = new Set([...NASAB_LINKS, 'ولد', 'ال']);

const TEENS = new Set(['عشر', 'عشره']);

/** The end of a one-word name taken past a regnal number after it: not «غونزاليز العاشر», seeded tenth. */
function pastOrdinal(tokens: readonly Token[], first: number, last: number): number {
  if (last - first !== 1 || !ORDINALS.has(tokens[last]?.folded ?? '') || tokens[last].word !== true) return last;
  return TEENS.has(tokens[last + 1]?.folded ?? '') ? last + 2 : last + 1;
}

/** Whether a token is one of `words`, perhaps after و or ف (وابو). */
function isOneOf(token: Token | undefined, words: ReadonlySet<string>): boolean {
  return token?.word === true && readings(token.folded).some((r) => r.prefix <= 1 && words.has(r.stem));
}

/** Offices in the construct state, which follow a name but never end one (folded): فيصل بن بندر | أمير منطقة الرياض. */
const OFFICES = new Set(['امير', 'وزير', 'رييس', 'سفير', 'مدير', 'محافظ', 'نايب', 'مستشار', 'متحدث', 'استاذ', 'عضو']);

/** Honorifics that open the next name, with or without proclitics (folded): آل سعود | ولسمو ولي عهده. */
const HONORIFICS = new Set(['سمو', 'معالي', 'فخامه', 'سعاده', 'صاحب']);

/** Nouns after ب that make a preposition (folded): بشأن، بشكل، بسبب، بفضل. */
const BA_NOUNS = new Set(['شان', 'شكل', 'سبب', 'فضل']);

/**
 * Whether a word is ب + a noun that ends no name: one written with hamza (بأول، بإجراء), a verbal noun of a
 * derived verb (بتحديد، بارتكاب، باستمرار، بانسحاب) or a noun that makes a preposition (بشأن). Family names in ب
 * are written otherwise (كولن باول، ياسين بحتي، محمد حسن باسودان).
 */
function afterBa(token: Token, text: string): boolean {
  const word = token.folded;
  if (word.length < 4 || word[0] !== 'ب') return false;
  const rest = word.slice(1);
  return 'أإ'.includes(text[token.start + 1]) || BA_NOUNS.has(rest) || /^(ت..ي.|ا.ت.ا.|است..ا.|ان..ا.)$/.test(rest);
}

/** A person's name from the model without an office, honorific or ب + noun it ran on into (فيصل بن بندر أمير → فيصل بن بندر، صدام بارتكاب → صدام). */
function withoutOffice(c: Candidate, tokens: readonly Token[], text: string): Candidate {
  const end = tokens[c.last - 1];
  // مساعد before an office or a definite word is an assistant's office (سمير عوض | مساعد وزير الداخلية), not the name after بن (عبدالله بن مساعد).
  const next = tokens[c.last];
  const assistant = end.folded === 'مساعد' && !NASAB.has(tokens[c.last - 2]?.folded ?? '') && next?.word === true && (OFFICES.has(next.folded) || next.folded.startsWith('ال'));
  const office = OFFICES.has(end.folded) || hasStem(end.folded, HONORIFICS) || assistant || afterBa(end, text);
  return c.last - c.first >= 2 && office ? { ...c, last: c.last - 1 } : c;
}

/** Words that begin no person's name but the model runs into one (folded): a rank's «staff» (اللواء ركن | سعيد), a leader's followers (أنصار | صالح), credits. */
const NOT_FIRST = new Set(['ركن', 'انصار', 'اعوان', 'اتباع', 'وانصار', 'واعوان', 'واتباع', ...CREDITS]);

/** A person's name from the model without a word it began with that begins no name (ركن سعيد الغامدي → سعيد الغامدي), nor the credit it ends on. */
function withoutLead(c: Candidate, tokens: readonly Token[]): Candidate {
  const first = c.last - c.first >= 2 && NOT_FIRST.has(tokens[c.first].folded) ? c.first + 1 : c.first;
  const last = c.last - first >= 2 && CREDITS.has(tokens[c.last - 1].folded) ? c.last - 1 : c.last;
  return first === c.first && last === c.last ? c : { ...c, first, last };
}

/** Whether an unlisted word may be a given name before بن: no article, و, office, trigger or imperfect verb, and it may be a name (nationality.ts). */
function mayBeGivenName(token: Token | undefined, text: string): boolean {
  if (token?.word !== true) return false;
  const w = token.folded;
  return w.length >= 3 && !w.startsWith('ال') && !/^[يتو]/.test(w) && !OFFICES.has(w) && !isTriggerWord(w) && isForeignName(token, text);
}

/** Words that follow a nasab without being a family name (folded): the relative pronouns and the like, and the professions (القيادي، الاستشاري). */
const NOT_FAMILY = new Set('الذي التي الذين الموالي الحالي الماضي الثاني العربي الملكي الاولمبي الرياضي الدولي الجامعي التخصصي الطبي الخيري الوطني الاسلامي النادي الوادي الاصلي التخلي التهاني القيادي الاستشاري التنفيذي الاعلامي القانوني الاقتصادي السياسي الفني الاداري الميداني الشرعي الرسمي الحقوقي'.split(' '));

/** A family name with the article (الدخيل، الملحم): no nationality, direction or function word. */
function isSurname(token: Token | undefined): boolean {
  const w = token?.word === true ? token.folded : '';
  return w.startsWith('ال') && w.length >= 5 && !NOT_FAMILY.has(w) && !NATIONALITIES.has(w) && !isDirection(w) && !STOPWORDS.has(w);
}

/** Whether a folded word with the article is a participle of a derived verb (المنتمي، المستشاري، المتحالف، المستهلك), which ends no given names. */
export const isDerivedParticiple = (word: string): boolean => word.length >= 7 && /^ال(م|من|مس)ت/.test(word);

/** Whether a name [first, last) ends in a nasab: … بن X (عثمان بن صالح بن عثمان). */
function endsNasab(tokens: readonly Token[], first: number, last: number): boolean {
  return last - first >= 3 && NASAB.has(tokens[last - 2].folded);
}

/** A family name with the article that may close a nasab: a nisba in ي (العليوي), the kind a review of the news found safe (45 right to 1 wrong), and no nationality or direction. */
function isFamilyName(token: Token | undefined): boolean {
  return isSurname(token) && token?.folded.endsWith('ي') === true;
}

/**
 * People the model passed by, named by a given name from the lists and a family name in ي
 * (فهد الشمري، مطلق البقمي، جمعة الحمادي) or a clan's آل and name (علي آل فهيدة). `givenNames` holds the indices of listed given
 * names; `taken` marks tokens already in a name; `text` is the paragraph. A name written with
 * ha where the list has ta marbuta is another word (ناديه: his club).
 */
export function givenAndFamily(tokens: readonly Token[], givenNames: ReadonlySet<number>, taken: Uint8Array, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const t of givenNames) {
    if (t + 1 >= tokens.length || taken[t] || taken[t + 1] || writtenWithHa(tokens[t], text)) continue;
    // علي آل فهيدة، هذيل آل شرمة: the clan's آل and its name after a given name (not آل إليه, «came to»).
    const clan = tokens[t + 1].folded === 'ال' && text[tokens[t + 1].start] === 'آ' && tokens[t + 2]?.word === true && !taken[t + 2] && !STOPWORDS.has(tokens[t + 2].folded);
    if (clan) {
      out.push({ first: t, last: t + 3, type: 'person', source: 'gazetteer', match: null, tentative: false });
      continue;
    }
    // The family name ends in ي as written, not in ئ or ى (قسم الطوارئ، افتتح المبنى).
    if (!isFamilyName(tokens[t + 1]) || !writtenWithYa(tokens[t + 1], text)) continue;
    // جديع | نهار القحطاني: given names before it (his own, his father's) begin the name.
    let first = t;
    while (first > t - 2 && givenNames.has(first - 1) && !taken[first - 1] && !writtenWithHa(tokens[first - 1], text)) first--;
    out.push({ first, last: t + 2, type: 'person', source: 'gazetteer', match: null, tentative: false });
  }
  return out;
}

/**
 * A person's name from the model cut before a word joined by و with the article (رونالدو |
 * والكاميروني، أمين | والشيخ سامي): two people, or a person and a description. Not before a
 * name training saw that only looks so (كريستوفر والكن).
 */
function beforeConjunct(c: Candidate, tokens: readonly Token[]): Candidate {
  if (c.type !== 'person' || c.source !== 'model') return c;
  for (let t = c.first + 1; t < c.last; t++) {
    const w = tokens[t].folded;
    if (w.startsWith('وال') && w.length >= 5 && !nameLexicon().has(w)) return { ...c, last: t };
  }
  return c;
}

/** The model's people joined by و where the word after it is a listed given, family or person's name (ميسي | ورونالدو، محمد | وبندر | وثامر): two names. */
export function apartAtListedNames(candidates: readonly Candidate[], tokens: readonly Token[], gazetteer: readonly GazetteerMatch[]): Candidate[] {
  return candidates.flatMap((c) => {
    if (c.type !== 'person' || c.source !== 'model') return [c];
    const joint = gazetteer.find((m) => m.start > c.first && m.start < c.last && m.prefix === 1 && tokens[m.start].folded[0] === 'و' && (m.cls === 'firstName' || m.cls === 'familyName' || m.cls === 'person'));
    return joint ? [{ ...c, last: joint.start, tentative: false }, { ...c, first: joint.start, tentative: false }] : [c];
  });
}

/** A player's side (folded): الظهير الأيمن | مراد مهدي. */
const SIDES = new Set(['الايمن', 'الايسر']);

/** The particles inside foreign names (folded): ديفيد دي خيا، روبن فان بيرسي، أورسولا فون دير لاين، عبد الغني آيت باحماد. */
export const FOREIGN_PARTICLES: ReadonlySet<string> = new Set(['دي', 'دا', 'فان', 'فون', 'دو', 'ديل', 'دوس', 'ايت']);

/**
 * People's names from the model with the kunya or given name before them, and joined across
 * link words. `givenNames` holds the indices of tokens taken as given names (listed, or after a
 * title), `listed` those the gazetteer itself lists, `andGiven` those of و + a given name
 * (وحسين), which begin another person.
 */
export function kinshipJoined(candidates: readonly Candidate[], tokens: readonly Token[], givenNames: ReadonlySet<number> = new Set(), text = '', andGiven: ReadonlySet<number> = new Set(), listed: ReadonlySet<number> = givenNames): Candidate[] {
  const out: Candidate[] = [];
  const starts = new Set(candidates.map((c) => c.first));
  for (const whole of candidates) {
    const c = beforeConjunct(whole, tokens);
    if (c.type !== 'person' || c.source !== 'model') {
      out.push(c);
      continue;
    }
    const prev = out[out.length - 1];
    let first = c.first;
    // القائد الإداري | فهد، الشاعران | أحمد، المواطن | عبدالرحمن: before a listed given name, a definite adjective, dual, common word or title
    // is a description; a given name with the article is not (الزبير بشير طه).
    const lead = tokens[first].folded;
    const described = lead.startsWith('ال') && (((lead.endsWith('ي') || lead.endsWith('ان') || commonWords().has(lead) || isTriggerWord(lead)) && !nameLexicon().has(lead)) || SIDES.has(lead));
    if (c.last - first >= 2 && described && givenNames.has(first + 1) && !givenNames.has(first)) first++;
    // لسارة | وحسين: two people, the given name before و a person of its own.
    if (andGiven.has(first) && givenNames.has(first - 1) && (!prev || prev.last <= first - 1)) out.push({ ...c, first: first - 1, last: first, tentative: false });
    // فتح | الله غولن، عطا | الله بن مسفر: no name begins with الله; the word before makes the compound given name (رسول الله, the Prophet's title, apart).
    else if (tokens[first].folded === 'الله' && c.last - first >= 2 && tokens[first - 1]?.word === true && !hasStem(tokens[first - 1].folded, PROPHET) && (!prev || prev.last <= first - 1)) first--;
    // وابو عبد الله التركي: the kunya is the name's first word.
    else if ((isOneOf(tokens[first - 1], KUNYA) || givenNames.has(first - 1)) && (!prev || prev.last <= first - 1)) first--;
    // مها بنت | عبود باعشن، علي آل | حمود: a listed given name and بن, بنت or آل before the name begin it.
    else if ((NASAB.has(tokens[first - 1]?.folded ?? '') || tokens[first - 1]?.folded === 'ال') && givenNames.has(first - 2) && (!prev || prev.last <= first - 2)) first -= 2;
    // ملهم | بن محمد هندي: a name that begins with بن has its own given name before it, listed or not, if that may be a name:
    // no article, office or trigger (محافظ | بن حسن), no و (وبئر | بن هرماس), nor a verb in the imperfect (ينتقل | بن همام).
    else if (NASAB.has(tokens[first].folded) && mayBeGivenName(tokens[first - 1], text) && (!prev || prev.last <= first - 1)) first--;
    // حمد بن عيسى | آل خليفة: one person across the link word; الحسين | بن علي and عائشة بنت | أبي بكر too.
    const across = prev?.last === first - 1 && LINKS.has(tokens[first - 1]?.folded ?? '');
    const touching = prev?.last === first && (LINKS.has(tokens[first].folded) || LINKS.has(tokens[prev.last - 1].folded));
    if (prev?.type === 'person' && prev.source === 'model' && (across || touching)) {
      out[out.length - 1] = withoutOffice({ ...prev, last: c.last, tentative: false }, tokens, text);
      continue;
    }
    // [محمد] [حسني مبارك]، [أحمد] [علي عبد الله صالح]: a listed given name the model tagged alone right before a person begins that person's name
    // (not a word after a title: محافظ أبوعريش | محمد بن ناصر);
    // not before a word that may carry و ف ب ل (محمد | وعلي، حسين | لسارة), which begins another.
    if (prev?.type === 'person' && prev.source === 'model' && prev.last === first && prev.last - prev.first === 1 && listed.has(prev.first) && !'وفبل'.includes(tokens[first].folded[0])) {
      out[out.length - 1] = { ...prev, last: c.last, tentative: false };
      continue;
    }
    // [عزام] [الدخيل]: a family name with the article right after a one-name person is the same person.
    if (prev?.type === 'person' && prev.source === 'model' && prev.last === first && c.last - c.first === 1 && isSurname(tokens[first])) {
      out[out.length - 1] = { ...prev, last: c.last, tentative: false };
      continue;
    }
    // حمد بن عيسى آل | خليفة، إحسان أبو | حليقة، ياسر بو | علي، ديفيد دي | خيا: a name does not end on a link word, a kunya (أبو، بو) or a foreign particle.
    const end = tokens[c.last - 1].folded;
    const open = (LINKS.has(end) || end === 'ابو' || end === 'بو' || FOREIGN_PARTICLES.has(end)) && c.last - first >= 2;
    // After بن or بنت, على is the name علي as written with alef maqsura (وليد بن على | الجلال): no preposition follows them.
    const ali = NASAB.has(end) && tokens[c.last]?.folded === 'علي';
    let linked = open && tokens[c.last]?.word === true && (ali || !STOPWORDS.has(tokens[c.last].folded)) && !/\d/.test(tokens[c.last].folded) && !starts.has(c.last) ? c.last + 1 : c.last;
    // شبيلي بن مجدوع | آل مجدوع: the family after آل is the name's end.
    if (tokens[linked]?.folded === 'ال' && tokens[linked + 1]?.word === true && !starts.has(linked) && !starts.has(linked + 1)) linked += 2;
    const ordinal = starts.has(linked) ? linked : pastOrdinal(tokens, first, linked);
    // إبراهيم | الألمعي، محمد علي | العمري: a family name in ي (as written) that no other name holds ends a name of given names, as it ends a nasab;
    // not a participle (محمد مرسي | المنتمي، المستشاري). The second of two given names may be unlisted (محمد مقلد | المريخي) if it may be a father's
    // name and the family name is no word training saw often outside names.
    const mayBeFather = (t: number): boolean => !tokens[t].folded.startsWith('ال') && !commonWords().has(tokens[t].folded) && !isFunctionWord(tokens[t].folded, '') && !hasPronounSuffix(text.slice(tokens[t].start, tokens[t].end));
    const secondGiven = (t: number): boolean => givenNames.has(t) || (mayBeFather(t) && !commonWords().has(tokens[linked]?.folded ?? ''));
    const givenOnly = givenNames.has(first) && (linked - first === 1 || (linked - first === 2 && secondGiven(first + 1)));
    // The model, reading على as the preposition, left the family name after it too (وليد بن على | الجلال): any family name with the article
    // that is no office nor a word training saw often outside names.
    const afterAli = ali && linked === c.last + 1 && isSurname(tokens[linked]) && !isTriggerWord(tokens[linked].folded) && !commonWords().has(tokens[linked].folded);
    const family = ordinal === linked && !starts.has(linked) && (afterAli || (isFamilyName(tokens[linked]) && (endsNasab(tokens, first, linked) || (givenOnly && writtenWithYa(tokens[linked], text) && !isDerivedParticiple(tokens[linked].folded)))));
    const last = family ? linked + 1 : ordinal;
    out.push(withoutLead(withoutOffice(first === c.first && last === c.last ? c : { ...c, first, last, tentative: false }, tokens, text), tokens));
  }
  return out;
}

/**
 * Words right after a person's title (الدكتورة، الكاتبة، اللاعب) that are no function word,
 * title, trigger or nationality and carry no article: the given name, even one that is also a
 * common word (الدكتورة جميلة | محمد هاشمي، الكاتبة صفاء | عبدالمنعم), which the lists leave out.
 */
export function afterTitles(tokens: readonly Token[], gazetteer: readonly GazetteerMatch[], paragraph: string): number[] {
  const out: number[] = [];
  for (const m of gazetteer) {
    const t = m.end;
    const word = tokens[t];
    if (m.cls !== 'title' || m.end - m.start !== 1 || word?.word !== true || word.folded.length < 3 || /\d/.test(word.folded)) continue;
    if (word.folded.startsWith('ال') || isFunctionWord(word.folded, paragraph[word.end - 1]) || isTriggerWord(word.folded) || NATIONALITIES.has('ال' + word.folded)) continue;
    // Not a word with a proclitic or a pronoun as written (والدبلوماسي، باستثناء، باسمها، ولي عهده), nor the honorific مولاي.
    if ('وفبل'.includes(word.folded[0]) || hasPronounSuffix(paragraph.slice(word.start, word.end)) || word.folded === 'مولاي') continue;
    // Nor a place the lists know and know as no given name: the place an office is of (محافظ أملج | زياد البازعي، محافظ ينبع).
    const at = gazetteer.filter((g) => g.start === t && g.end === t + 1 && g.prefix === 0);
    if (at.some((g) => g.entry?.type === 'place') && !at.some((g) => isGivenNameAt(g, t))) continue;
    out.push(t);
  }
  return out;
}
