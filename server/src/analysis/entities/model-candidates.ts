/**
 * What the sequence model finds in a paragraph, as candidates: its labels decoded into names,
 * a name the model is unsure of marked tentative, and each name's edges trimmed of what never
 * begins or ends one (punctuation, function words, verbs of saying, titles, numbers, trigger
 * words, pronouns, adjectives). find.ts joins them with the lists' names.
 */
import { hasPronounSuffix, hasStem, isOneOfAfterConjunction, safeReading } from './clitics';
import type { Candidate } from './candidate';
import { isTriggerWord, gazetteerFeatureIds, type GazetteerMatch } from './gazetteer/index';
import { CLASS_TYPES, LABEL_COUNT } from './model/labels';
import { chunks, type Chunk } from './model/corpus';
import { cachedScorer, commonWords, nameLexicon, seldomInNames, sequenceModel } from './model/load';
import { UNIT_WORDS } from '../numbers/units';
import { STOPWORDS, isFunctionWord } from './stopwords';
import { isSpeechVerb, isSpeechVerbOrName } from '../structure/attribution-words';
import { isLatinWord, type Token } from './tokens';
import { isLoanword } from './not-names';
import { hasAccusativeTanween, isCommonWithPronoun, isConstructPlural, isGovernedHamza, isInflectedCommon, isPastOfFormFour, shapedAsNoName } from './word-shapes';
import { isClubNameEnd, isKnownClub, isMatchVerb } from './sports';
import { endsAsNisba, isNationality } from './nationality';
import { LINKS } from './kinship';
import { writesAla } from './ali';
import { COMPOUND, GENERAL } from './propagate';
import { withListedFamilies } from './listed-families';
import { CALLED } from './called';

/**
 * A one-word name the model is unsure of (its label's score less than this above O's) is
 * tentative: the article keeps it only as a short mention of a name it gives in full
 * (كيربي after جون كيربي). Unseen words in quotes («السيول») otherwise pass for names.
 */
const MIN_MARGIN = 10;
/**
 * The same for an organisation of one word that no list names, which must be surer: the model
 * takes unseen loanwords, verbs and groups of people for bodies (البولونيوم، أحرز، الخوارج، القاعدة
 * الجوية). A listed body, club or company and a well-known club keep MIN_MARGIN (وفاز الاتفاق السعودي).
 * In CV: 81.47 at 10, 81.50 at 15, 81.53 at 20, 25 and 30; on the news 20 leaves out 209
 * organisations, most of them wrong.
 */
const ORG_MIN_MARGIN = 20;

/**
 * Past verbs of events that follow a name with no word between (folded): محمد المرشد | شارك، فيصل بن خالد | خرج، عباس | حسم.
 * None is a name, and the model, having seen a name end before a verb of saying, runs on into them.
 */
const EVENT_VERBS = new Set('تم جري جاء خرج نجح شارك حسم شاهد باشر حقق غادر توفي رحل وصل عاد قام ظل بات اصبح بدا حث'.split(' '));

/** Whether a folded word is one of EVENT_VERBS, alone or after و or ف (وباشر، فغادر، وتم): never a name's edge, nor a given name (باشر). */
export const isEventVerb = (w: string): boolean => isOneOfAfterConjunction(w, EVENT_VERBS);

function margin(scores: Float64Array, t: number, label: number): number {
  return scores[t * LABEL_COUNT + label] - scores[t * LABEL_COUNT];
}

/** A common noun that introduces names, with its article (المنظمة، للمنظمة، الريف): not a name, nor a name's head. */
function isDefiniteTrigger(token: Token): boolean {
  const { prefix, stem } = safeReading(token.folded);
  const definite = stem.startsWith('ال') || (prefix > 0 && token.folded.startsWith('لل'));
  return definite && isTriggerWord(stem.startsWith('ال') ? stem : 'ال' + stem);
}

/** A currency's name (درهم، شيكل، دينار) alone is no place: ANERcorp and the news count money in them. */
function isMoney(token: Token): boolean {
  return UNIT_WORDS.get(safeReading(token.folded).stem)?.kind === 'money';
}

export function modelCandidates(paragraph: string, tokens: readonly Token[], gazetteer: readonly GazetteerMatch[]): Candidate[] {
  const model = sequenceModel();
  const scorer = cachedScorer();
  if (!model || !scorer || tokens.length === 0) return [];
  const raw = scorer.scores(tokens, gazetteerFeatureIds(tokens.length, gazetteer));
  const decode = (s: Float64Array): Uint8Array => model.decode(s, tokens.length);
  const { labels, scores } = withListedFamilies(decode, raw, decode(raw), gazetteer, tokens, paragraph);
  const out: Candidate[] = [];
  const titles = new Set(gazetteer.filter((m) => m.cls === 'title' && m.end - m.start === 1).map((m) => m.start));
  const givenNames = new Set(gazetteer.filter((m) => m.cls === 'firstName').map((m) => m.start));
  const familyAt = new Set(gazetteer.filter((m) => m.cls === 'familyName' && m.end - m.start === 1).map((m) => m.start));
  // Words the lists know only with ل before them (لياسر، للنعيمي، لفالنسيا): «to» and a name, which ends the name before it.
  const afterLam = new Set(gazetteer.filter((m) => m.prefix > 0 && tokens[m.start].folded[0] === 'ل').map((m) => m.start));
  for (const m of gazetteer) if (m.prefix === 0) afterLam.delete(m.start);
  // A trigger word alone without the article is no name (منظمة، ريف، شيخ), unless a list names a place so (بورصة).
  const listedPlace = new Set(gazetteer.filter((m) => m.entry?.type === 'place').map((m) => m.start));
  const listedBody = new Set(gazetteer.filter((m) => m.entry?.type === 'organization' && m.end - m.start === 1).map((m) => m.start));
  const surerBody = (t: number): boolean => !listedBody.has(t) && !isKnownClub(safeReading(tokens[t].folded).stem);
  const isBareTrigger = (token: Token, t: number): boolean => !listedPlace.has(t) && isTriggerWord('ال' + token.folded);
  // Nor is a function word after و or ف a name alone (وأين، فمتى).
  const conjoined = (t: Token): boolean => 'وف'.includes(t.folded[0]) && t.folded.length >= 3 && isFunctionWord(t.folded.slice(1), paragraph[t.end - 1]);
  /** Whether a name that ends on «father of» goes on into token t: a word, no function word, no title. */
  const continuesAfter = (t: number): boolean => tokens[t]?.word === true && !isFunctionWord(tokens[t].folded, paragraph[tokens[t].end - 1]) && !titles.has(t);
  /** Where the last person's name ended, past a particle that took in what the model read as another name (ماركو بولو ديل | نيرو). */
  let coveredTo = 0;
  for (const c of joinedAtLinks(chunks(labels), tokens)) {
    if (c.start < coveredTo) continue;
    // A common word (الصناعة، الجيش) tagged alone is as doubtful as a low score.
    const tentative = c.end - c.start === 1 && (margin(scores, c.start, labels[c.start]) < (c.type === 'ORG' && surerBody(c.start) ? ORG_MIN_MARGIN : MIN_MARGIN) || commonWords().has(safeReading(tokens[c.start].folded).stem));
    let first = c.start;
    let last = c.end;
    // Punctuation, function words, verbs of saying, of a match's result and of events are never the edge of a name (رامي عبد الرحمن ذلك، وكتبت | موغيريني، فيصل بن تركي | أبلغ، فيصل بن خالد | خرج).
    // Nor is على after و or ف, or إنّ after و, ف, ب or ل, as written (وعلى | هازارد، فإن | صالح، بأن | الاحتياطي الاتحادي), which fold like وعلي or فان, nor لأنّ (ولأن | سامي),
    // nor a word written with the accusative's tanween (منظمة | تنظيمًا), nor و and a loanword (جامعة ليستر | وبكالوريوس).
    const edge = (t: Token): boolean => {
      const written = paragraph.slice(t.start, t.end);
      return !t.word || isFunctionWord(t.folded, paragraph[t.end - 1]) || writesAla(written) || CONJOINED_INNA.test(written) || isSpeechVerb(t.folded) || isMatchVerb(t.folded) || isEventVerb(t.folded) || isAndLoanword(t.folded) || hasAccusativeTanween(written);
    };
    // A name in Arabic script ends on none of the Latin words beside it (جامعة برينستون | Princeton، الراجحي | YazeedAlRajhi), and a person's begins on none (Previous | أحمد حجازي).
    const arabic = tokens.slice(first, last).some((t) => t.word && !isLatinWord(t));
    while (first < last && (edge(tokens[first]) || (arabic && CLASS_TYPES[c.type] === 'person' && isLatinWord(tokens[first])))) first++;
    while (last > first && (edge(tokens[last - 1]) || (arabic && isLatinWord(tokens[last - 1])))) last--;
    // «the organisation» is no name: للمنظمة احمد اوزومجو is the person alone, المدينة alone nothing.
    if (last - first >= 2 && isDefiniteTrigger(tokens[first]) && givenNames.has(first + 1)) {
      out.push({ first: first + 1, last, type: 'person', source: 'model', match: null, tentative: false });
      continue;
    }
    if (last - first === 1 && (isDefiniteTrigger(tokens[first]) || isBareTrigger(tokens[first], first) || isMoney(tokens[first]) || conjoined(tokens[first]))) continue;
    // Nor is a currency with its country's adjective (فرنك سويسري، دينار كويتي).
    if (last - first === 2 && isMoney(tokens[first]) && isNationality('ال' + tokens[first + 1].folded)) continue;
    // فريق ميلان: the team's word is outside the club's name, as after مدرب or لاعب; and حي outside a quarter's (بحي | الزيتون), as after في.
    if (CLASS_TYPES[c.type] === 'organization' && last - first >= 2 && safeReading(tokens[first].folded).stem === 'فريق') first++;
    if (CLASS_TYPES[c.type] === 'place' && last - first >= 2 && hasStem(tokens[first].folded, QUARTER)) first++;
    // يونايتد alone is the club the article names, whatever type the model gave it.
    // وادي بن هشبل، جبل بن X: a valley or a mountain named after a man is a place, not the man.
    const namedPlace = last - first >= 3 && hasStem(tokens[first].folded, NAMED_AFTER_MEN) && tokens[first + 1].folded === 'بن';
    // أم عبدالله، أبو محمد: «mother of», «father of» and a given name is a person's kunya, whatever type the model gave it (وأكدت «أم عبدالله»).
    const kunya = last - first === 2 && KUNYA.has(safeReading(tokens[first].folded).stem) && givenNames.has(first + 1);
    const type = last - first === 1 && isClubNameEnd(safeReading(tokens[first].folded).stem) ? 'organization' : namedPlace ? 'place' : kunya ? 'person' : CLASS_TYPES[c.type];
    // A place or a body does not end on أبو (حي أبو | مرخة): the word after is its name's. بو alone is a river (نهر بو).
    if (type !== 'person' && tokens[last - 1]?.folded === 'ابو' && continuesAfter(last)) last++;
    // Nor does a body end on a noun in construct: the definite noun after it is the body's (معهد إعداد | القادة، معهد تقنية | المعلومات).
    if (type === 'organization' && last - first >= 2 && inConstruct(tokens[last - 1]) && isDefiniteNoun(tokens[last])) last++;
    // Nor does a title end a person's name (رامي عبد الرحمن مدير المرصد): it begins what follows. Nor begin one (جلالة الملك | محمد الخامس).
    if (type === 'person') {
      // Nor does a number (سيروس | 3- عيد ميلادك, the next song's number).
      while (last > first && (titles.has(last - 1) || /^\d+$/.test(tokens[last - 1].folded))) last--;
      // Nor does an office with العام after it (محمد بن نايف | المشرف العام، | المدير العام): a participle with the article, «general».
      if (last - first >= 2 && /^الم/.test(tokens[last - 1].folded) && GENERAL.has(tokens[last]?.folded ?? '')) last--;
      while (last - first >= 2 && titles.has(first)) first++;
      // Nor does المدعو (the one called) begin one: the name follows it.
      if (last - first >= 2 && CALLED.has(tokens[first].folded)) first++;
      // Nor does a blessing after a name belong to it (أنس | رضي الله عنه، عبدالله | رحمه الله، محمد | صلى الله عليه وسلم).
      const blessing = tokens.slice(first + 1, last).findIndex((t) => BLESSINGS.has(t.folded));
      if (blessing >= 0) last = first + 1 + blessing;
      // Nor does a word training seldom saw in a name, shaped as no name's word, begin or end one (هيلاري | حاولت، صلاح | مشواره، الملك سلمان | سياسيا).
      const stray = (t: number): boolean => !givenNames.has(t) && isStray(tokens[t]) && shapedAsNoName(tokens[t].folded, paragraph.slice(tokens[t].start, tokens[t].end));
      // Nor does a common word after ب or ل end one (سعود | لينضم، أليس شبطيني | بقرار), nor a word with ب or ل before the article begin one (للمهرجان | عبدالعزيز المهوس), nor one with ل end it (السهلاوي | للميدان).
      const unlisted = (t: number): boolean => !givenNames.has(t) && !familyAt.has(t) && !nameLexicon().has(tokens[t].folded);
      const governed = (t: number): boolean => unlisted(t) && (isGovernedCommonWord(tokens[t].folded) || isGovernedWithPronoun(tokens[t], paragraph) || isForDefinite(tokens[t].folded));
      // Nor a common word without the article that heads a construct with a common definite word after it (ماجد | هدف الفوز، صالح بشير | عاد الموسم).
      const construct = (t: number): boolean => unlisted(t) && !tokens[t].folded.startsWith('ال') && commonWords().has(tokens[t].folded) && tokens[t + 1]?.word === true && tokens[t + 1].folded.startsWith('ال') && commonWords().has(tokens[t + 1].folded);
      // Nor does a title without its article end one (محمد بنيس | شاعر مغربي، طه حسين | باحث), but for the titles
      // that are family names too (عمر قاضي، سيد إمام).
      const bareTitle = (t: number): boolean => unlisted(t) && !tokens[t].folded.startsWith('ال') && !TITLE_FAMILIES.has(tokens[t].folded) && isTriggerWord('ال' + tokens[t].folded);
      // Nor a common word with «our», a plural verb's ending or the accusative's alef after it (حسن | حظنا، شيرين رضا | جعلوا، باسودان | إيمانا): names end so only where the rest is no word (مارادونا، كورتوا).
      // Nor a past verb of form IV (الملك فيصل | أبدى، محمود عباس | أعطى).
      const inflected = (t: number): boolean =>
        unlisted(t) && (isInflectedCommon(tokens[t].folded) || isCommonWithPronoun(tokens[t], paragraph) || isGovernedHamza(tokens[t], paragraph) || isPastOfFormFour(paragraph.slice(tokens[t].start, tokens[t].end)));
      while (last - first >= 2 && !NAME_LINKS.has(tokens[last - 2].folded) && (stray(last - 1) || governed(last - 1) || construct(last - 1) || bareTitle(last - 1) || afterLam.has(last - 1) || inflected(last - 1))) last--;
      while (last - first >= 2 && !NAME_LINKS.has(tokens[first + 1].folded) && stray(first)) first++;
      while (last - first >= 2 && unlisted(first) && isGovernedDefinite(tokens[first].folded)) first++;
      // Nor does one end on أبو or بو (ياسر بو | علي): the word after is the name's.
      if (last - first >= 2 && FATHER_OF.has(tokens[last - 1].folded) && continuesAfter(last)) last++;
      last = pastParticle(tokens, last, paragraph);
      // A family name compounded with الله takes it in (إبراهيم بن محمد الجار | الله، وأكد العطا | الله): after a name of two words or one with the article, not after a verb of thanks (حمد الله).
      if (tokens[last]?.folded === 'الله' && (last - first >= 2 || tokens[last - 1].folded.startsWith('ال')) && !THANKS.has(tokens[last - 1].folded)) last++;
      coveredTo = last;
      // A verb of praise alone before الله is the verb (وحمد | الله على السلامة، كما حمد | الله): a name so begun is «حمد الله» whole.
      if (last - first === 1 && tokens[last]?.folded === 'الله' && isOneOfAfterConjunction(tokens[first].folded, PRAISE)) continue;
      // Nor does a word training saw outside names, or a function word, begin a person of two words whose second is a listed family name (فاز | بلاتر، أمام | بلاتر، وعن | راموس).
      if (last - first === 2 && !givenNames.has(first) && familyAt.has(first + 1) && (isStray(tokens[first]) || isFunctionWord(safeReading(tokens[first].folded).stem, paragraph[tokens[first].end - 1]))) first++;
      // A verb of saying that is also a given name, before a name and then أن, is the verb (وأبان | الغامدي أن، طالب | العبادي بأن).
      if (last - first >= 2 && last < tokens.length && isSpeechVerbOrName(tokens[first].folded) && THAT.has(tokens[last].folded)) first++;
      // A pronoun written with its hamza (أنا، نحن) begins no name, and a given name alone after it is what the speaker is (أنا | سعيد: I am glad).
      if (first < last && isPronoun(tokens[first], paragraph)) {
        if (last - first <= 2) continue;
        first++;
      }
      // A plural in construct begins no person (لاعبو | برشلونة، مراقبو | الأمم المتحدة، مسؤولو): the players, the observers of.
      while (first < last && !givenNames.has(first) && !familyAt.has(first) && isConstructPlural(tokens[first])) first++;
      if (first === last) continue;
      // Nor is a definite word alone after a definite common noun a name: it is the noun's adjective (بالشأن | العقاري، بالدور | الهام), unless the noun is a title (الشيخ الغامدي).
      if (last - first === 1 && first > 0 && tokens[first].folded.length >= 5 && isDefinite(tokens[first], paragraph) && !titles.has(first - 1) && isDefiniteCommon(tokens[first - 1], paragraph)) continue;
    }
    // A name cut down to one word is as doubtful as one found alone if that word is common (برقية | شكر).
    const cutToCommon = last - first === 1 && c.end - c.start > 1 && commonWords().has(safeReading(tokens[first].folded).stem);
    // A plural in construct alone is no place or body either (معتمرو | أوروبا), unless a list names it.
    const constructAlone = last - first === 1 && !listedPlace.has(first) && !listedBody.has(first) && isConstructPlural(tokens[first]);
    if (first < last && type && !constructAlone) out.push({ first, last, type, source: 'model', match: null, tentative: tentative || cutToCommon });
  }
  return out;
}

/** The verbs of the blessings said after a name (folded): رضي الله عنه، صلى الله عليه وسلم، رحمه الله. */
const BLESSINGS: ReadonlySet<string> = new Set(['رضي', 'صلي', 'رحمه', 'رحمها', 'رحمهما', 'رحمهم']);

/** A common word without the article or a proclitic, which heads a construct (إعداد، تقنية). */
const inConstruct = (token: Token): boolean => token.word && !/^(ال|[لبوفك])/.test(token.folded) && commonWords().has(token.folded);
/** A definite common word that is no adjective in ي (القادة، المعلومات; not اليونانية). */
const isDefiniteNoun = (token: Token | undefined): boolean => token?.word === true && token.folded.startsWith('ال') && !endsAsNisba(token.folded) && commonWords().has(token.folded);

/** Two names the model found side by side, the first ending on a link (بن، آل، أبو…), are one (معهد ابن | سينا للعلوم الإنسانية), of the first's type. */
function joinedAtLinks(found: readonly Chunk[], tokens: readonly Token[]): Chunk[] {
  const out: Chunk[] = [];
  for (const c of found) {
    const before = out[out.length - 1];
    if (before && before.end === c.start && before.end - before.start >= 2 && (LINKS.has(tokens[before.end - 1].folded) || FATHER_OF.has(tokens[before.end - 1].folded))) out[out.length - 1] = { ...before, end: c.end };
    else out.push(c);
  }
  return out;
}

/** A quarter's head (folded), outside its name after a proclitic too (بحي | الزيتون). */
const QUARTER: ReadonlySet<string> = new Set(['حي']);

/** Titles without their article that are family names too (folded): عمر قاضي، سيد إمام، حسن سلطان. */
const TITLE_FAMILIES: ReadonlySet<string> = new Set(['قاضي', 'امام', 'شيخ', 'امير', 'سلطان', 'خليفه', 'وزير', 'مفتي', 'حاكم', 'نقيب', 'ملك', 'سفير']);

/** The particles of foreign names as written (فإن folds as فان does), and the article that may follow them: دي، دو، فان، فون; لا، لو، دير. */
const PARTICLES: ReadonlySet<string> = new Set(['دي', 'دو', 'دا', 'ديل', 'دل', 'فان', 'فون']);
const PARTICLE_ARTICLES: ReadonlySet<string> = new Set(['لا', 'لو', 'دير', 'در']);

/** Where a person's name ending before `last` ends, gone on over a foreign particle and the word after it (جان مارك | دو لا سابليير، ماركو بولو | ديل نيرو). */
function pastParticle(tokens: readonly Token[], last: number, paragraph: string): number {
  const written = (t: Token | undefined): string => (t ? paragraph.slice(t.start, t.end) : '');
  let k = last;
  if (!PARTICLES.has(written(tokens[k]))) return last;
  k++;
  if (PARTICLE_ARTICLES.has(written(tokens[k]))) k++;
  const name = tokens[k];
  return name?.word === true && !commonWords().has(name.folded) && !STOPWORDS.has(name.folded) ? k + 1 : last;
}

/** Verbs of thanks and blessing before الله (folded): حمد الله، عوض الله، رحمه الله, and بيت (بيت الله, the House of God): no family name. */
const THANKS: ReadonlySet<string> = new Set(['حمد', 'عوض', 'شكر', 'رحم', 'رحمه', 'سلم', 'وفق', 'حفظ', 'حفظه', 'اكرم', 'يرحم', 'يحفظ', 'بيت']);

/** The verbs of THANKS that alone before الله are the verb (folded), though حمد is a given name too; عوض and سلم are left, «عوض الله» being a name. */
const PRAISE: ReadonlySet<string> = new Set(['حمد', 'شكر', 'رحم', 'حفظ', 'وفق', 'اكرم']);

/** «Mother of» and «father of» (folded), which with a given name make a kunya. */
const KUNYA: ReadonlySet<string> = new Set(['ام', 'ابو']);

/** «Father of» (folded), which never ends a name. */
const FATHER_OF: ReadonlySet<string> = new Set(['ابو', 'بو']);
/** Places named after a man with بن (folded): وادي بن هشبل. */
const NAMED_AFTER_MEN: ReadonlySet<string> = new Set(['وادي', 'جبل']);

/** Words after which a name goes on, whatever comes next (بن مساعد، أبو تراب، عبد ربه، ولد الشيخ). */
const NAME_LINKS: ReadonlySet<string> = new Set([...COMPOUND, ...LINKS]);
/**
 * A common word of four letters or more after ب or ل (folded: لينضم، بقرار، لموسم): a
 * preposition's object, no name's. Shorter ones are often names' words (بيري، بدور، لورد), and
 * so are those in بو (بوخمسين is no ب + وخمسين).
 */
const isGovernedCommonWord = (w: string): boolean => w.length >= 5 && (w[0] === 'ب' || w[0] === 'ل') && w[1] !== 'و' && commonWords().has(w.slice(1));

/**
 * A common word after ب or ل with a pronoun after it, as written (صالح بشير | باستمراره، لاعتذاره): a preposition's
 * object, no name's word. Names end in ه too (بدر باسلمه، بوتييه), so the word between must be one training saw often outside names.
 */
function isGovernedWithPronoun(token: Token, paragraph: string): boolean {
  const w = token.folded;
  if (w.length < 6 || (w[0] !== 'ب' && w[0] !== 'ل') || !hasPronounSuffix(paragraph.slice(token.start, token.end))) return false;
  const noun = w.slice(1, w.endsWith('ه') ? -1 : -2);
  return commonWords().has(noun) && !nameLexicon().has(noun);
}

/** A definite word after ل (folded: للميدان، للتسوق): what a name is for, not a name's word; after ب it may be where (فيصل بن محمد | بالعقيق). */
const isForDefinite = (w: string): boolean => w.length >= 5 && w.startsWith('لل');

/** A word with ب or ل before the article (folded: بالعلاج، للمهرجان). */
const isGovernedDefinite = (w: string): boolean => w.length >= 5 && (w.startsWith('بال') || w.startsWith('لل'));

/** A word training saw often and seldom in a name. */
export const isStray = (token: Token): boolean => token.word && seldomInNames([token.folded, safeReading(token.folded).stem]);

/** إنّ and أنّ after a proclitic, as written with their hamza (فإن، بأن), and لأنّ «because», alone or after و or ف (ولأن | سامي). */
const CONJOINED_INNA = /^(?:[وفبل][أإ]ن|[وف]?ل[أإا]ن)$/;

/** و or ف before a loanword (وبكالوريوس، والكولسترول): what follows a name, never its edge (جامعة ليستر | وبكالوريوس لغات). */
const isAndLoanword = (w: string): boolean => w.length >= 4 && (w[0] === 'و' || w[0] === 'ف') && isLoanword(w.slice(1));

/** أنّ and بأنّ (folded), which open what a verb of saying says. */
const THAT: ReadonlySet<string> = new Set(['ان', 'بان']);

/** أنا، أنت، نحن as written, after و or ف if any (آنا is Anna). */
const isPronoun = (token: Token, paragraph: string): boolean => /^[وف]?(?:أنا|أنت|نحن)$/.test(paragraph.slice(token.start, token.end));

/** Whether a word as written (not folded: ألونسو is no ال + ونسو) has the article, after و ف ب ك ل if any. */
const isDefinite = (token: Token, paragraph: string): boolean => safeReading(paragraph.slice(token.start, token.end)).stem.startsWith('ال');

/** A definite word training saw often and seldom in a name (التمويل، بالشأن). */
const isDefiniteCommon = (token: Token, paragraph: string): boolean => isDefinite(token, paragraph) && isStray(token);
