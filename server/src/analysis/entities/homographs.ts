/**
 * Names that are also everyday words, and the words around them that tell which is meant:
 * مالي is Mali after في or شمال but «financial» after دعم or مبلغ; المغرب is Morocco, but
 * the sunset prayer after صلاة or بعد; بنين is Benin, but «boys» after مدارس; النيل is the
 * Nile, but «harming» before من (النيل من سمعته، للنيل من) and «attaining» after صعب;
 * الأسد is a family name, but the lion beside زئير or before a nisba (الأسد الأفريقي);
 * روحاني and ظريف are Rouhani and Zarif, but «spiritual» and «witty» after a noun they describe;
 * السعودية after a definite noun is the adjective (الأسهم السعودية); أشرف before على is the verb
 * (أشرف على التدريب) unless the model found the name Ashraf Ali whole; حماس is «enthusiasm»
 * before a noun it is said of (حماس الناس) and بحماس before a word describing it (بحماس متواصل); نيسان is
 * April beside a month or a date (أبريل نيسان، 28 نيسان), Nissan elsewhere. Newspapers named in quotes
 * (لـ«الشرق الأوسط») are organisations (papers.ts finds them). Only a one-word name without
 * proclitics (للنيل apart) is doubted (ومالي، بالمغرب stay names). The other way
 * round, الجزيرة and العربية are channels after مراسل or when told something (للجزيرة أن).
 */
import { hasStem, readings } from './clitics';
import { commonWords } from './model/load';
import { listedEntry } from './gazetteer/entries';
import type { GazetteerMatch } from './gazetteer/index';
import type { Candidate } from './candidate';
import { endsAsNisba } from './nationality';
import { SCALES } from '../numbers/lexicon';
import { UNIT_WORDS } from '../numbers/units';
import { datelinePressAt, mediaAfterHead, paperAfterHead, quotedPressAt } from './papers';
import { isFunctionWord } from './stopwords';
import { MONTH_NAMES } from '../dates/months';
import { isClosingQuote, isOpeningQuote, type Token } from './tokens';

/** Words before which مالي is the country (folded): prepositions, directions, a state's words. */
const BEFORE_COUNTRY = new Set('في من الي عن علي و شمال جنوب شرق غرب وسط بشمال بجنوب بشرق بغرب بوسط لشمال لجنوب دوله جمهوريه حكومه رئيس شعب وشعب جيش'.split(' '));
/** Words before which المغرب is the prayer or the time of day (folded). */
const BEFORE_PRAYER = new Set('صلاه وصلاه بعد وبعد قبل وقبل وقت موعد اذان واذان حتي'.split(' '));
/** Words before which بنين is «boys» (folded). */
const BEFORE_BOYS = new Set('مدارس مدرسه ومدارس طلاب الطلاب معهد'.split(' '));

/** Words after which النيل is «harming» (النيل من سمعته), not the Nile (folded). */
const AFTER_HARMING = new Set('من منه منها منهم منا مني منك'.split(' '));
/** Words before which النيل is «attaining» (صعب النيل، سهلة النيل), not the Nile (folded). */
const BEFORE_ATTAINING = new Set('صعب صعبه صعبا سهل سهله سهلا عسير عسيره بعيد بعيده قريب قريبه'.split(' '));
const nileAsWord = (before: string, after: string): boolean => AFTER_HARMING.has(after) || BEFORE_ATTAINING.has(before);

/** Words after which الأسد is the animal (الأسد الجائع), not the family name (folded); so is a nisba (الأسد الأفريقي، الآسيوي). */
const AFTER_LION = new Set('المفترس الجائع الجريح الضاري الذكر البري'.split(' '));
/** Words before which الأسد is the animal (زئير الأسد، عرين الأسد), not the family name (folded). */
const BEFORE_LION = new Set('زئير عرين قفص حيوان انثي ذكر شبل اشبال لبوه ترويض مروض افتراس مخالب انياب لبده'.split(' '));
/** Nouns that روحاني (spiritual) and ظريف (witty) describe, rather than Rouhani and Zarif (folded): زعيم روحاني، رجل ظريف. */
const DESCRIBED = new Set('زعيم مرشد اب طابع بعد جانب غذاء عالم سلام شفاء تجربه رحله معلم قائد رمز الهام توجيه حس رجل رجلا شاب شخص طفل كلام اسلوب حديث تعليق موقف وجه'.split(' '));
/** Words after which ظريف is «witty» (ظريف الطبع، ظريف الظل) (folded). */
const AFTER_WITTY = new Set('الطبع الظل جدا للغايه'.split(' '));
const described = (before: string, after: string): boolean => DESCRIBED.has(before) || (before.startsWith('و') && DESCRIBED.has(before.slice(1))) || AFTER_WITTY.has(after);
/** A word with the article, proclitics allowed (الأسهم، والسلطات، للحكومة). */
const isDefinite = (word: string): boolean => /^([وفبك]?ال|[وف]?لل)/.test(word) && word.length > 3;
/** السعودية after a definite noun agrees with it: «Saudi» (الأسهم السعودية، السلطات السعودية), not the country. */
const saudiAdjective = (before: string): boolean => isDefinite(before) && before !== 'العربيه' && !before.endsWith('ملكه');
/** Words after which أشرف is the verb «supervised» (أشرف على التدريب), not the given name (folded; على folds to علي). */
const AFTER_SUPERVISED = new Set('علي عليه عليها عليهم عليهما'.split(' '));
const supervised = (_: string, after: string): boolean => AFTER_SUPERVISED.has(after);
const isNisba = (word: string): boolean => word.length >= 5 && word.startsWith('ال') && endsAsNisba(word);
const lion = (before: string, after: string): boolean => AFTER_LION.has(after) || isNisba(after) || BEFORE_LION.has(before);

/** The adjective «difficult» (أمر عسير، مخاض عسير، عسير على), the verb «springs» (ينبع من), «preventing» (حائل دون), «clearer» (أبين من), «for the Hajj» (للحج، لحج هذا العام). */
const BEFORE_DIFFICULT = new Set('امر يوم وقت مخاض ولاده موقف اختبار امتحان ظرف وضع حساب طريق'.split(' '));
const difficult = (before: string, after: string): boolean => BEFORE_DIFFICULT.has(before.replace(/^و/, '')) || after === 'علي' || after === 'جدا';
const FROM = new Set('من منه منها منهم عن'.split(' '));
const springs = (before: string, after: string): boolean => FROM.has(after) || ['الذي', 'التي', 'ما', 'مما'].includes(before);
const preventing = (_: string, after: string): boolean => ['دون', 'بين', 'امام'].includes(after);
const clearer = (_: string, after: string): boolean => after === 'من';
const forHajj = (_: string, after: string): boolean => ['هذا', 'هذه', 'العام', 'عام', 'بيت', 'الموسم'].includes(after);
/** Words before which دوما is the town (folded); elsewhere after a word it is «always» (يدور دوما). */
const BEFORE_DOUMA = new Set('في قريه بلده مدينه ريف وريف بريف مدينتي بلدتي منطقه اهالي سكان مجزره'.split(' '));
const always = (before: string): boolean => before !== '' && !BEFORE_DOUMA.has(before);
/** الطبقة is «the class» or «the layer» (هذه الطبقة، في الطبقة الوسطى، الطبقة 700 مليبار) but after the town's cues and before no adjective or number (قرب الطبقة، سد الطبقة). */
const BEFORE_TABQA = new Set([...BEFORE_DOUMA, 'قرب', 'سد', 'مطار']);
const stratum = (before: string, after: string): boolean => !BEFORE_TABQA.has(before) || after.startsWith('ال') || /^\d/.test(after);
/** الميادين is «the squares» or «the fields» (في مختلف الميادين، الشوارع والميادين) but after the town's cues, في not among them (مدينة الميادين، ريف الميادين). */
const squares = (before: string): boolean => before === 'في' || !BEFORE_TABQA.has(before);

/** Words before which صبيا is «a boy» (كان وقتها صبيا), not the town in Jazan (folded). */
const BEFORE_BOY = new Set('كان وكان كنت وكنت يزال مازال صار اصبح وقتها حينها'.split(' '));
const boy = (before: string): boolean => BEFORE_BOY.has(before);

/** Nouns for people in the indefinite accusative (folded), after which سوريا is «Syrian» (لاجئا سوريا، طفلا سوريا). */
const PEOPLE_ACCUSATIVE = new Set('لاجيا مواطنا طفلا شابا رجلا لاعبا مقاتلا جنديا معارضا ناشطا صحفيا طالبا مريضا'.split(' '));
const syrianAdjective = (before: string): boolean => PEOPLE_ACCUSATIVE.has(before);

/** حماس is «enthusiasm» before a noun with the article it is said of (حماس الناس، حماس الطالبات), not before an adjective (حماس الفلسطينية) nor a preposition (حماس للمملكة). */
const enthusiasmOf = (_: string, after: string): boolean => after.startsWith('ال') && after.length > 3 && !isNisba(after);
/** بحماس is «with enthusiasm» before an indefinite word that describes it (بحماس متواصل), not before a function word or و (بحماس في غزة، بحماس وفتح). */
const withEnthusiasm = (_: string, after: string): boolean => after !== '' && !isDefinite(after) && !after.startsWith('و') && !isFunctionWord(after, '');

/** The Gregorian months' names of one word (folded: ابريل، نيسان، يونيو). */
const MONTHS = new Set(MONTH_NAMES.filter((m) => m.calendar === 'gregorian' && !m.folded.includes(' ')).map((m) => m.folded));
/** Words of time before which a month is named (folded): من نيسان، منذ نيسان، في نيسان (أبريل). */
const BEFORE_MONTH = new Set('من منذ في خلال بين حتي الي مطلع اواخر اوايل منتصف نهايه بدايه شهر'.split(' '));
/** Words after which a month is named (folded): نيسان الماضي، نيسان عام 1945. */
const AFTER_MONTH = new Set('عام العام الماضي المقبل القادم الجاري المنصرم'.split(' '));
/**
 * نيسان is April beside another month's name or a date's numbers (أبريل نيسان، 28 نيسان، نيسان 2015، نيسان الماضي),
 * or after a word of time with no word after it (من نيسان (أبريل)، في نيسان.); Nissan elsewhere (لدى نيسان، نيسان سنترا).
 */
const april = (before: string, after: string): boolean =>
  MONTHS.has(before) || MONTHS.has(after) || /^\d{1,2}$/.test(before) || /^(19|20)\d\d$/.test(after) || AFTER_MONTH.has(after) || (BEFORE_MONTH.has(before.replace(/^و/, '')) && after === '');

/** Words before which تيسير is «facilitating» (folded): في تيسير خدماتها، بهدف تيسير الإجراءات. */
const BEFORE_FACILITATING = new Set('في وفي علي الي بهدف اجل سبيل اطار نحو عبر'.split(' '));
const facilitating = (before: string, after: string): boolean => BEFORE_FACILITATING.has(before) || after.startsWith('ال');

/**
 * مشهد is «a scene» (مشهد الدم، يطالعك مشهد غير منتظر، في مشهد مؤثر) but for the city after its town's word (BEFORE_MASHHAD, folded),
 * before its country's adjective (مشهد الإيرانية), and after في, إلى or من but before a word with the article or a scene's adjective.
 */
const BEFORE_MASHHAD = new Set('مدينه بمدينه لمدينه ومدينه محافظه عاصمتها عاصمه'.split(' '));
const SCENE_ADJECTIVES = new Set('اخر موثر غريب مماثل مشابه مهيب مروع مولم جميل رايع مثير حزين مفزع مخيف واحد'.split(' '));
const scene = (before: string, after: string): boolean => !(BEFORE_MASHHAD.has(before) || isNisba(after) || (['في', 'الي', 'من'].includes(before) && !isDefinite(after) && !SCENE_ADJECTIVES.has(after)));
/** The everyday reading, by the name (folded) and the words before and after it (folded; '' beside punctuation or at an end). */
const EVERYDAY: ReadonlyMap<string, (before: string, after: string) => boolean> = new Map([
  ['مالي', (before: string) => before !== '' && !BEFORE_COUNTRY.has(before)],
  ['المغرب', (before: string) => BEFORE_PRAYER.has(before)],
  ['بنين', (before: string) => BEFORE_BOYS.has(before)],
  ['النيل', nileAsWord],
  ['للنيل', nileAsWord],
  ['الاسد', lion],
  ['روحاني', described],
  ['ظريف', described],
  ['السعوديه', saudiAdjective],
  ['اشرف', supervised],
  ['عسير', difficult],
  ['ينبع', springs],
  ['حايل', preventing],
  ['ابين', clearer],
  ['لحج', forHajj],
  ['ولحج', forHajj],
  ['للحج', () => true],
  ['دوما', always],
  ['الطبقه', stratum],
  ['الميادين', squares],
  ['والميادين', squares],
  ['صبيا', boy],
  ['سوريا', syrianAdjective],
  ['حماس', enthusiasmOf],
  ['بحماس', withEnthusiasm],
  ['نيسان', april],
  ['تيسير', facilitating],
  ['لتيسير', () => true],
  ['بتيسير', () => true],
  ['مشهد', scene],
  ['بمشهد', (_: string, after: string) => !isNisba(after)],
  ['لمشهد', (_: string, after: string) => !isNisba(after)],
]);

/** Everyday words whose reading a conjunction before them does not change (folded): فالطبقة المتوسطة is still the middle class. */
const AFTER_CONJUNCTION = new Set(['الطبقه']);

/** Whether the one-token name at `index` is here the everyday word it is spelled like. */
export function isEverydayWord(tokens: readonly Token[], index: number): boolean {
  // After و or ف too where the word before does not decide (فالطبقة المتوسطة; not والسعودية, whose word before does).
  const folded = tokens[index].folded;
  const test = EVERYDAY.get(folded) ?? (/^[وف]ال/.test(folded) && AFTER_CONJUNCTION.has(folded.slice(1)) ? EVERYDAY.get(folded.slice(1)) : undefined);
  if (!test) return false;
  const prev = tokens[index - 1];
  const next = tokens[index + 1];
  return test(prev?.word === true ? prev.folded : '', next?.word === true ? next.folded : '');
}

/** A product's model number (777، A380، 737; not a year): after it, a maker's name names the product. */
const MODEL_NUMBER = /^[a-z]{0,2}\d{2,4}[a-z]{0,2}$/;
/** A year, Gregorian or Hijri (2015، 1436). */
const YEAR = /^(13|14|19|20)\d\d$/;

/** Whether a folded word is what a number counts: a plural in ات, or a common noun in the accusative, without the article (اتحادات، عضوا; not حالة, في). */
const isCountedNoun = (w: string): boolean => !w.startsWith('ال') && ((w.endsWith('ات') && w.length >= 4) || (w.endsWith('ا') && commonWords().has(w)));

/**
 * Whether the number at token `index` is a quantity: a decimal, a count of millions or of a unit
 * (أصدر بنك الكويت المركزي 12.85 مليار دولار), or a count of a noun (أمانة جازان 21 عضواً، للفيفا 209 اتحادات).
 */
function isQuantity(tokens: readonly Token[], index: number): boolean {
  const after = tokens[index + 1];
  if (after?.word === false && (after.folded === '.' || after.folded === ',') && tokens[index + 2]?.word === true && /^\d/.test(tokens[index + 2].folded)) return true;
  return after?.word === true && (SCALES.has(after.folded) || UNIT_WORDS.has(after.folded) || isCountedNoun(after.folded));
}

/**
 * Whether the organisation `c` is a listed maker named for its product (طائرة بوينغ 777، إيرباص A380), not a body named by its
 * purpose, which is the subject of a count (غرمت الرئاسة العامة للأرصاد وحماية البيئة 30 منشأة).
 */
export function isMakersProduct(tokens: readonly Token[], c: Candidate, gazetteer: readonly GazetteerMatch[]): boolean {
  const next = tokens[c.last];
  if (c.type !== 'organization' || tokens.slice(c.first + 1, c.last).some((t) => t.folded.startsWith('لل')) || next?.word !== true || !MODEL_NUMBER.test(next.folded) || YEAR.test(next.folded) || isQuantity(tokens, c.last)) return false;
  return gazetteer.some((m) => m.start === c.first && m.end === c.last && (m.cls === 'company' || m.cls === 'body'));
}

/** A model's number (folded): digits, with a letter or two after them (5، 7420، 777s). */
const QUOTED_MODEL_NUMBER = /^\d{1,4}[a-z]{0,2}$/;

/**
 * Whether the person or body `c` is a product or a standard named in quotes or brackets with its
 * number (“نوت 5″، “تيد 2″، “غالاكسي إس 6 إيدج بلس”، (بازل 3)): the quotes close after the
 * number, or after up to two more words that training did not see often outside names. A year
 * there is a date (كرايسلر 1980), and a place with a number is the place (مونديال «روسيا 2018»).
 */
export function isQuotedModel(tokens: readonly Token[], c: Candidate): boolean {
  const number = tokens[c.last]?.folded ?? '';
  if (c.type === 'place' || !isOpeningQuote(tokens[c.first - 1]) || !QUOTED_MODEL_NUMBER.test(number) || YEAR.test(number)) return false;
  for (let i = c.last + 1; i <= c.last + 3; i++) {
    const t = tokens[i];
    if (t?.word !== true) return isClosingQuote(t) || t?.folded === '″';
    if (commonWords().has(t.folded)) return false;
  }
  return false;
}

/** Agreements and meetings named after a place (folded): اتفاق الطائف، مؤتمر مدريد. */
const EVENT_HEADS = new Set('اتفاق اتفاقيه معاهده مؤتمر قمه اعلان مبادي بروتوكول تفاهمات مسار منتدي ميثاق'.split(' '));
/** A league or a cup (folded), named after its sponsor or patron: دوري عبداللطيف جميل، كأس سانتياغو برنابيو. */
const LEAGUE_HEADS = new Set(['دوري', 'كاس']);
/** The titles of a cup's patron (folded): كأس الأمير فيصل، كأس الملك. */
const PATRON_TITLES = new Set(['الملك', 'الامير', 'الشيخ']);

/**
 * Whether `c` names an event with the word before it: a place found by a list alone, an
 * agreement or a meeting (اتفاق الطائف); a person, a league or a cup named after its sponsor
 * or patron (دوري عبداللطيف جميل، كأس سانتياغو برنابيو).
 */
export function inEventName(tokens: readonly Token[], c: Candidate): boolean {
  const before = tokens[c.first - 1];
  // With a title between (كأس الأمير | فيصل).
  const head = before?.word === true && PATRON_TITLES.has(before.folded) ? tokens[c.first - 2] : before;
  if (c.type === 'person' && head?.word === true && hasStem(head.folded, LEAGUE_HEADS)) return true;
  return c.source === 'gazetteer' && c.match?.cls === 'region' && before?.word === true && hasStem(before.folded, EVENT_HEADS);
}

/** Channels named by everyday words (الجزيرة the island, العربية the language), by folded name: their listed names. */
const CHANNELS: ReadonlyMap<string, string> = new Map([
  ['الجزيره', 'قناة الجزيرة'],
  ['العربيه', 'قناة العربية'],
]);
const CHANNEL_ENDS = [...CHANNELS.keys()].map((name) => name.slice(2));
/** Words of the trade before a channel's name (folded): مراسل الجزيرة، موقع العربية، فضائية الجزيرة. */
const BEFORE_CHANNEL = new Set('مراسل مراسله لمراسل ومراسل مراسلو مراسلي قناه لقناه وقناه بقناه شاشه موقع لموقع شبكه تلفزيون فضاييه لفضاييه وفضاييه بفضاييه'.split(' '));
/** Words for an interview, before مع and a channel's name, perhaps with an adjective between (folded): في مقابلة خاصة مع الجزيرة. */
const INTERVIEWS = new Set('مقابله حوار لقاء حديث تصريحات تصريح'.split(' '));

/**
 * The channel at token `index`: after a word of the trade (مراسل الجزيرة), in an interview
 * (في مقابلة مع الجزيرة), or told something (قال للجزيرة إن), where the same word otherwise names an island or a language.
 */
function channelAt(tokens: readonly Token[], index: number): Candidate | null {
  const token = tokens[index];
  // Cheap first: the word ends like a channel's name without its article (للجزيرة has no alef).
  if (!token.word || !CHANNEL_ENDS.some((end) => token.folded.endsWith(end))) return null;
  const prev = tokens[index - 1];
  const next = tokens[index + 1];
  for (const r of readings(token.folded)) {
    const name = CHANNELS.get(r.stem);
    if (!name) continue;
    const trade = r.prefix === 0 && prev?.word === true && (BEFORE_CHANNEL.has(prev.folded) || (prev.folded === 'مع' && [2, 3].some((k) => INTERVIEWS.has(tokens[index - k]?.folded ?? ''))));
    // للجزيرة أن…: told the channel; للجزيرة العربية is the peninsula.
    const told = r.prefix === 1 && r.restored === true && (next?.word !== true || isFunctionWord(next.folded, ''));
    const entry = trade || told ? listedEntry(name, 'organization') : null;
    if (entry) {
      const match = { start: index, end: index + 1, prefix: r.prefix, restored: r.restored === true, cls: 'organization' as const, entry };
      return { first: index, last: index + 1, type: 'organization', source: 'gazetteer', match, tentative: false };
    }
  }
  return null;
}

/** Whether the model's name `m`, over a paper's name after its head, is another name than the paper's: neither a place nor the paper itself. */
const namesAnother = (m: Candidate, paper: Candidate): boolean => m.type !== 'place' && !(m.type === 'organization' && m.first === paper.first && m.last === paper.last);

/** The model's names, with channels and quoted newspapers named by everyday words or places in place of what the model made of them. */
export function withChannels(candidates: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  const channels: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const media = mediaAfterHead(tokens, i - 1);
    if (media) {
      channels.push(media);
      i = media.last - 1;
      continue;
    }
    const paper = paperAfterHead(tokens, i - 1);
    // A paper after its head where the model found nothing there, a place, or the paper itself (جريدة القدس), which a list's place would retype.
    if (paper && !candidates.some((m) => m.first < paper.last && paper.first < m.last && namesAnother(m, paper))) {
      channels.push(paper);
      i = paper.last - 1;
      continue;
    }
    const press = quotedPressAt(tokens, i) ?? datelinePressAt(tokens, i);
    if (press) {
      channels.push(press);
      continue;
    }
    const c = channelAt(tokens, i);
    if (c && !candidates.some((m) => m.first <= i && i < m.last && m.last - m.first > 1)) channels.push(c);
  }
  if (!channels.length) return [...candidates];
  const covered = (m: Candidate): boolean => channels.some((c) => c.first === m.first || (c.first < m.last && m.first < c.last && c.last - c.first > 1));
  return [...candidates.filter((m) => !covered(m)), ...channels].sort((a, b) => a.first - b.first);
}
