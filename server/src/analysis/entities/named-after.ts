/**
 * Institutions, streets and buildings named after a person (جامعة الملك سعود، طريق الملك فهد،
 * مطار الملك خالد الدولي): one name with their head, not a person inside a word; and the head
 * words, whose proclitic is outside the name (بمستشفى الملك خالد).
 */
import type { EntityType } from '../model';
import type { Candidate } from './candidate';
import type { GazetteerMatch } from './gazetteer/index';
import { hasStem } from './clitics';
import { isTriggerWord } from './gazetteer/index';
import { FIRMS } from './firms';
import { isDirection } from './heads';
import { NATIONALITIES, endsAsNisba, isNationality } from './nationality';
import { purposeEnd } from './public-bodies';
import { isDirectorateHead } from './state-services';
import { commonWords } from './model/load';
import { STOPWORDS } from './stopwords';
import { isClosingQuote, isOpeningQuote, type Token } from './tokens';

/** Institutions named after a person: جامعة الملك سعود، مستشفى الملك فهد، جائزة نوبل، أوقاف صالح الراجحي، مجمع الملك فهد، كرسي الأمير مشعل (folded heads). */
const NAMED_AFTER = new Set(['جامعه', 'مستشفي', 'جائزه', 'مركز', 'مؤسسه', 'موسسه', 'كليه', 'معهد', 'مدرسه', 'مكتبه', 'مدينه', 'اوقاف', 'مجمع', 'كرسي']);
/** Universities, colleges and institutes (folded heads), named after their town as often as after a person. */
const SCHOOLS = new Set(['جامعه', 'كليه', 'معهد', 'اكاديميه']);
/** The heads of firms, indefinite, after which a person's name is the firm's (folded): شركة، مجموعة، مصنع. */
const FIRM_HEADS = new Set(['شركه', 'مجموعه', 'مصنع']);
/** Streets, squares, planned quarters and buildings named after a person are places, as CoNLL counts facilities: طريق الملك فهد، ميدان التحرير، مخطط الأمير تركي، مطار الملك خالد، مسجد الشيخ زايد، قصر الحمراء، مسرح محمد عبده، فندق بيفرلي هيلز، حديقة الملك فهد، قاعة الملك فيصل. */
const STREETS: ReadonlySet<string> = new Set(['طريق', 'شارع', 'ميدان', 'ساحه', 'جسر', 'نفق', 'دوار', 'حي', 'مخطط']);
const PLACES_NAMED_AFTER = new Set([...STREETS, 'مطار', 'ميناء', 'مسجد', 'جامع', 'ملعب', 'استاد', 'قصر', 'برج', 'مسرح', 'متحف', 'فندق', 'حديقه', 'منتزه', 'قاعه', 'صاله', 'حراج', 'باب', 'قاعده', 'اسكان']);

/** Words that head names, the institutions' and buildings' included: a proclitic on them is outside the name (بمستشفى الملك خالد). */
export const isHeadWord = (s: string): boolean => isTriggerWord(s) || NAMED_AFTER.has(s) || PLACES_NAMED_AFTER.has(s) || isDirectorateHead(s);

/** Heads that are everyday words too (a chair, a rule, housing), which name something after a person only with a title after them (folded). */
const TITLED_HEADS = new Set(['كرسي', 'قاعده', 'اسكان']);

/** دار (folded), the house of an institution (دار الأوبرا، دار الإفتاء), which begins no person's name. */
const HOUSES = new Set(['دار']);

/**
 * The heads of villages, towns, areas, valleys, forests, beaches, castles, wells and mountains, indefinite (folded), after which
 * a name is the place's (قرية أبو العراج، غابة رغدان، شاطئ بوجعفر، قلعة الزهراء، بئر بن هرماس، جبال قيس).
 */
const TOWN_HEADS = new Set(['قريه', 'بلده', 'منطقه', 'وادي', 'هجره', 'غابه', 'شاطي', 'قلعه', 'بير', 'جبال']);

/** مدينة (folded): a city named after a person is an institution (مدينة الملك عبدالعزيز للعلوم والتقنية) only with a title or a purpose. */
const CITIES = new Set(['مدينه']);

/** Titles between an institution's head and the person it is named after (folded). */
const TITLES_BEFORE = new Set(['الملك', 'الامير', 'الشيخ', 'السلطان', 'الامام', 'الرئيس', 'الشهيد', 'الدكتور']);

/** Definite words in ي that follow a name without describing it (folded): relatives, times, ordinals. */
const NOT_ADJECTIVES = new Set('الذي التي الحالي الحاليه الماضي الماضيه الثاني الثانيه'.split(' '));

/**
 * The end of an institution or building named after a person, past one adjective in ي after
 * it (مدينة الملك عبدالله | الطبية، مطار الملك عبدالعزيز | الدولي); not a street's (محطة طريق الملك
 * عبدالعزيز | المركزية is the station's).
 */
function pastAdjective(tokens: readonly Token[], head: number, last: number, next: Candidate | undefined): number {
  const word = tokens[last];
  if (word?.word !== true || next?.first === last || hasStem(tokens[head].folded, STREETS)) return last;
  const w = word.folded;
  const adjective = w.startsWith('ال') && w.length >= 5 && endsAsNisba(w) && !NOT_ADJECTIVES.has(w) && !NATIONALITIES.has(w) && !isDirection(w);
  return adjective ? last + 1 : last;
}

/**
 * The end of a school or a company named after a place: past its adjective in ي (see pastAdjective), else past its
 * purpose (كلية لندن | للاقتصاديات، شركة الطائف | للاستثمار والسياحة), unless a name begins right after the place.
 */
function pastAdjectiveOrPurpose(tokens: readonly Token[], head: number, last: number, next: Candidate | undefined, text: string): number {
  const adjective = pastAdjective(tokens, head, last, next);
  return adjective > last || next?.first === last ? adjective : purposeEnd(tokens, last, text);
}

/**
 * An institution named after a person is one organisation, not a person inside a word:
 * a head word (alone, or starting an organisation the model found) right before a person.
 */
export function namedAfterPeople(found: readonly Candidate[], tokens: readonly Token[], text: string): Candidate[] {
  /** What a name after token t is when t is a head (وشارع counts as شارع, بجامعة as جامعة), else null. */
  const headType = (t: number): EntityType | null => {
    const word = tokens[t]?.word === true ? tokens[t].folded : '';
    // عن طريق عبدالرحمن الغامدي: «by way of», no road.
    if (word === 'طريق' && tokens[t - 1]?.folded === 'عن') return null;
    // كرسي شاغر (a vacant chair), قاعدة, إسكان: only before a title (كرسي الأمير مشعل، قاعدة الملك خالد الجوية، إسكان الملك فهد).
    if (hasStem(word, TITLED_HEADS) && !TITLES_BEFORE.has(tokens[t + 1]?.folded ?? '')) return null;
    if (hasStem(word, PLACES_NAMED_AFTER)) return 'place';
    return hasStem(word, NAMED_AFTER) ? 'organization' : null;
  };
  const headOf = (t: number): boolean => headType(t) !== null;
  // بير only as written بئر (a well): وبير ستيرنز is Bear Stearns.
  const isTownHead = (t: number): boolean => {
    const town = tokens[t];
    return town?.word === true && hasStem(town.folded, TOWN_HEADS) && (!town.folded.endsWith('بير') || text.slice(town.start, town.end).includes('ئ'));
  };
  // فهد ومسجد الشيخ زايد: a person's name does not run on into «and the mosque of».
  const candidates = found.flatMap((c) => {
    if (c.type !== 'person' || c.source !== 'model') return [c];
    // قصر سلوى، مسرح الجمهورية، دار الأوبرا: a building's or an institution's head begins no person; the whole is what the head names.
    const own = c.last - c.first >= 2 ? headType(c.first) ?? (hasStem(tokens[c.first].folded, HOUSES) ? 'organization' : null) : null;
    if (own) return [{ ...c, type: own, tentative: false }];
    // قرية أبو العراج، منطقة سلطان بايلي، وادي حسان، غابة رغدان: a name after the head of a village or a like place (TOWN_HEADS) is the place.
    // The head may be the model's name's first word (وبئر | بن هرماس).
    if (isTownHead(c.first - 1)) return [{ ...c, type: 'place' as const, tentative: false }];
    if (c.last - c.first >= 2 && isTownHead(c.first)) return [{ ...c, first: c.first + 1, type: 'place' as const, tentative: false }];
    // ملعب «لوفتس رود»: a name in quotes after the head is what the head names, the quotes and the head outside it.
    const quoted = isOpeningQuote(tokens[c.first - 1]) ? headType(c.first - 2) : null;
    if (quoted) return [{ ...c, type: quoted, tentative: false }];
    for (let t = c.first + 1; t < c.last; t++) {
      if (tokens[t].folded.startsWith('و') && headOf(t)) return [{ ...c, last: t }, ...(t + 1 < c.last ? [{ ...c, first: t + 1 }] : [])];
    }
    return [c];
  });
  const out: Candidate[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    const next = candidates[k + 1];
    // The head, perhaps with a title between (مستشفى الملك فهد): the title is left out of the person by the model.
    const head = headOf(c.first - 1) ? c.first - 1 : TITLES_BEFORE.has(tokens[c.first - 1]?.folded ?? '') && headOf(c.first - 2) ? c.first - 2 : -1;
    if (c.type === 'person' && head >= 0 && (out.length === 0 || out[out.length - 1].last <= head)) {
      // مدينة and a name with no title before it nor a purpose after it is a town (بمدينة بن قردان، مدينة هورست الهولندية), the head outside it.
      if (head === c.first - 1 && hasStem(tokens[head].folded, CITIES) && !TITLES_BEFORE.has(tokens[c.first].folded) && purposeEnd(tokens, c.last, text) === c.last) {
        // Its country's adjective is outside it (هورست | الهولندية).
        const last = c.last - c.first >= 2 && isNationality(tokens[c.last - 1].folded) ? c.last - 1 : c.last;
        out.push({ ...c, last, type: 'place', match: null, tentative: false });
        continue;
      }
      // مستشفى الملك فيصل | بحي الششة، حديقة الملك فهد | بالحي التراثي، منتزه الأمير سلطان | بالفرعاء: the name ends before ب and a place's head or the article.
      let last = c.last;
      // After ب and a place's head, what the model ran on into is that place (بحي | صلاح الدين، بحي | الششة).
      let rest: Candidate | null = null;
      for (let t = c.first + 1; t < c.last; t++) {
        const w = tokens[t].folded;
        if (w.startsWith('بال') || (w[0] === 'ب' && isTriggerWord(w.slice(1)))) {
          last = t;
          if (!w.startsWith('بال') && t + 1 < c.last) rest = { ...c, first: t + 1, type: 'place', match: null, tentative: false };
          break;
        }
      }
      const type = headType(head) ?? 'organization';
      const end = last < c.last ? last : pastAdjective(tokens, head, c.last, next);
      // An institution's purpose is its name's too (مركز الملك فيصل | للدراسات الإسلامية والبحوث), where nothing was found there.
      const withPurpose = type === 'organization' && next?.first !== end ? purposeEnd(tokens, end, text) : end;
      out.push({ ...c, first: head, last: withPurpose, type, source: 'model', match: null, tentative: false });
      if (rest) out.push(rest);
      continue;
    }
    if (c.type === 'organization' && next?.type === 'person' && next.first === c.last && headOf(c.first) && c.last - c.first <= 2) {
      out.push({ ...c, last: pastAdjective(tokens, c.first, next.last, candidates[k + 2]), match: null, tentative: false });
      k++;
      continue;
    }
    // جامعة زيورخ، بجامعة كوينزلاند، معهد واشنطن: a place after a university's head is the university's name (not after
    // مدينة, whose place it is, nor a hospital, which hospitals() reads with its adjective).
    if (c.type === 'place' && tokens[c.first - 1]?.word === true && hasStem(tokens[c.first - 1].folded, SCHOOLS) && (out.length === 0 || out[out.length - 1].last < c.first)) {
      out.push({ ...c, first: c.first - 1, last: pastAdjectiveOrPurpose(tokens, c.first - 1, c.last, next, text), type: 'organization', source: 'model', match: null, tentative: false });
      continue;
    }
    // شركة محمد سعد الدريس، مجموعة الجريسي: a firm named after its founder (not الشركة, whose man it is: للشركة هزاع العتيبي).
    const firm = tokens[c.first - 1]?.word === true && hasStem(tokens[c.first - 1].folded, FIRM_HEADS);
    // شركة القصيم الزراعية، شركة الطائف للاستثمار والسياحة: a company named after a place, with its adjective or purpose (after شركة only; مصنع جدة is a factory of the city).
    if (c.type === 'place' && firm && hasStem(tokens[c.first - 1].folded, FIRMS)) {
      const end = pastAdjectiveOrPurpose(tokens, c.first - 1, c.last, next, text);
      if (end > c.last) {
        out.push({ ...c, last: end, type: 'organization', source: 'model', match: null, tentative: false });
        continue;
      }
    }
    out.push(c.type === 'person' && firm ? { ...c, type: 'organization' } : c);
  }
  return out;
}

const HOSPITAL_HEADS = new Set(['مستشفي']);
/** The adjectives that close a hospital's name after its town or patron (folded): مستشفى عسير المركزي، مستشفى الرس العام. */
const HOSPITAL_ADJECTIVES = new Set(['العام', 'المركزي', 'التخصصي', 'الجامعي', 'العسكري', 'الوطني']);

/**
 * Hospitals named by a town or a word and an adjective (مستشفى عسير المركزي، مستشفى النور
 * التخصصي، مستشفى الحرس الوطني): one organisation, in place of the town or the word inside it.
 */
export function hospitals(candidates: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = tokens[i];
    if (!head.word || !head.folded.endsWith('مستشفي') || !hasStem(head.folded, HOSPITAL_HEADS)) continue;
    const name = tokens[i + 1];
    if (!name.word || !tokens[i + 2].word || !HOSPITAL_ADJECTIVES.has(tokens[i + 2].folded) || isTriggerWord(name.folded)) continue;
    const list: Candidate[] = out ?? [...candidates];
    // Only where nothing reaches outside the hospital's three words.
    if (list.some((c) => c.first < i + 3 && c.last > i && (c.first < i || c.last > i + 3))) continue;
    const hospital: Candidate = { first: i, last: i + 3, type: 'organization', source: 'gazetteer', match: null, tentative: false };
    out = [...list.filter((c) => c.last <= i || c.first >= i + 3), hospital].sort((a, b) => a.first - b.first);
  }
  return out ?? [...candidates];
}

/** Venues whose name follows in quotes (folded heads): ملعب «لوفتس رود»، فندق «والدورف أستوريا». Not a hall's, whose quotes hold a session's title. */
const VENUES: ReadonlySet<string> = new Set(['ملعب', 'استاد', 'ستاد', 'فندق', 'منتجع', 'مسرح']);
/**
 * Heads of towns, lands and sites whose name follows in quotes (folded): مقاطعة «سانت لويس»، مدينة «سالزبورغ»، قرية «بيبلانتري»،
 * منطقة «الفاو»، سجن «نفحة»، جبل «يسوف»، جزيرة «شازي»، شارع «ريكتو»، مطار «تي فور».
 */
const TOWNS: ReadonlySet<string> = new Set(['مقاطعه', 'ولايه', 'محافظه', 'اقليم', 'مدينه', 'قريه', 'بلده', 'حي', 'منطقه', 'سجن', 'معتقل', 'جبل', 'جزيره', 'شارع', 'مطار', 'مخيم']);

/** Heads of bodies whose name follows in quotes (folded): وكالة «تسنيم»، لحركة «فتح»، تنظيم «جباية الثمن». Papers' are papers.ts's, which knows their names. */
const BODIES: ReadonlySet<string> = new Set(['وكاله', 'حركه', 'تنظيم', 'حزب', 'جماعه']);

/**
 * The name in quotes right after a venue's, a town's or a body's head, of one to four words and no function word: the place
 * or the body, whatever the model read inside it. After a town's head, not one common word, which says what the town is like
 * (قرية «جميلة»); a body's is often one (وكالة «معاً»، حركة «فتح»).
 */
export function quotedVenues(tokens: readonly Token[], gazetteer: readonly GazetteerMatch[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (!isOpeningQuote(tokens[i]) || !tokens[i - 1].word) continue;
    const head = tokens[i - 1].folded;
    // A body's name in brackets is rather an aside (تنظيم (مهرجان الطائف للتسوق): «organising»).
    const type: EntityType | null = hasStem(head, VENUES) || hasStem(head, TOWNS) ? 'place' : hasStem(head, BODIES) && tokens[i].folded !== '(' ? 'organization' : null;
    if (!type) continue;
    let end = i + 1;
    while (end < tokens.length && end - i <= 5 && tokens[end].word && !STOPWORDS.has(tokens[end].folded)) end++;
    if (end === i + 1 || end - i > 5 || !isClosingQuote(tokens[end])) continue;
    // A body's country after its name, inside the quotes, is outside the name (“ديلي ميل | البريطانية”).
    const last = type === 'organization' && end - i >= 3 && isNationality(tokens[end - 1].folded) ? end - 1 : end;
    // A list's entry of the same type gives the spelling.
    const match = gazetteer.find((m) => m.start === i + 1 && m.end === last && m.entry?.type === type) ?? null;
    // One word: after a town's head, not a common one without the article, which says what the town is like (قرية «جميلة»;
    // حي «السلام» is the quarter's name); after a body's, not one with the article that no list knows, which says what the body
    // does (حركة «الدلالة»).
    const one = end === i + 2;
    if (one && (type === 'place' ? !hasStem(head, VENUES) && commonWords().has(tokens[i + 1].folded) && !tokens[i + 1].folded.startsWith('ال') : tokens[i + 1].folded.startsWith('ال') && !match)) continue;
    out.push({ first: i + 1, last, type, source: 'gazetteer', match, tentative: false, quoted: true });
  }
  return out;
}

/** The King's title (folded), after which an institution is named for him: معهد خادم الحرمين الشريفين. */
const KINGS_TITLE = ['خادم', 'الحرمين', 'الشريفين'];

/**
 * Institutions named after the King by his title, with their purpose (معهد خادم الحرمين الشريفين لأبحاث الحج والعمرة، مركز
 * خادم الحرمين الشريفين للدراسات): one body. Not a programme's or a project's, which are no bodies (برنامج خادم الحرمين
 * الشريفين للابتعاث). `text` is the paragraph.
 */
export function kingsInstitutions(tokens: readonly Token[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens[i + 1].folded !== KINGS_TITLE[0] || !tokens[i].word || !hasStem(tokens[i].folded, NAMED_AFTER)) continue;
    if (tokens[i + 2].folded !== KINGS_TITLE[1] || tokens[i + 3].folded !== KINGS_TITLE[2]) continue;
    out.push({ first: i, last: purposeEnd(tokens, i + 4, text), type: 'organization', source: 'gazetteer', match: null, tentative: false });
  }
  return out;
}
