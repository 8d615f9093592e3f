/**
 * Clubs and sports bodies named by the words around them: after نادي, a team's word, a result,
 * a fixture or the other side (نادي الصفا، مدرب الهلال، الأهلي × الشباب), a town with its
 * country's masculine adjective (ميلان الإيطالي), and the spans of clubs' and unions' names
 * the model ran on or cut short (الاتحاد | سيغادر، الاتحاد السعودي | لكرة القدم).
 */
import { hasStem, isOneOfAfterConjunction } from './clitics';
import { nameKey } from './canonical';
import type { Candidate } from './candidate';
import { isTriggerWord, type GazetteerMatch } from './gazetteer/index';
import { endsAsNisba, isFeminineNationality, isNationality } from './nationality';
import { STOPWORDS } from './stopwords';
import { commonWords } from './model/load';
import type { Token } from './tokens';

/** Heads in the construct state, after which a definite word is a club's name (folded): نادي الصفا، لنادي الفتح. */
const CLUB_HEADS = new Set(['نادي', 'انديه']);
/**
 * Heads that name a club only before a name that is a club far more often than a word: فريق
 * الهلال, but فريق التعاون may be a team of cooperation; after النادي a word is mostly an
 * adjective (النادي الكويتي، النادي المكلف), النادي الأهلي apart.
 */
const TEAM_HEADS = new Set(['النادي', 'فريق', 'اداره', 'منسوبي', 'منسوبو', 'مدرب', 'لاعب', 'لاعبي', 'لاعبو', 'جماهير', 'جمهور', 'صفوف', 'مباراه', 'رييس', 'مهاجم', 'حارس', 'مدافع', 'ظهير', 'نجم']);
/** Words before a club named like a city that make it the club: its opponent, its result or title, its goal or its shirt (folded): أمام روما، فاز إشبيلية، أحرز تشيلسي، مرمى روما، بقميص روما. */
const RESULT_VERBS = 'فاز خسر تغلب تعادل يفوز يخسر يتغلب يتعادل احرز يحرز توج يتوج حصد يحصد'.split(' ');
const OPPONENT_HEADS = new Set([...'امام مضيفه مستضيفه ضيفه منافسه نظيره غريمه مواجهه مرمي قميص اهداف'.split(' '), ...RESULT_VERBS]);
/** Verbs of a fixture before a well-known club (folded): يستضيف العروبة، يلتقي الفيصلي. */
const FIXTURE_VERBS = new Set('يستضيف يستقبل يلتقي يواجه يلاقي استضاف استقبل التقي واجه لاقي'.split(' '));
const MATCH_VERBS = new Set([...RESULT_VERBS, ...FIXTURE_VERBS]);
/** Whether a word (folded) is a verb of a result or a fixture, perhaps after و or ف: it begins no name though a club follows it (وفاز | بوردو الفرنسي). */
export const isMatchVerb = (folded: string): boolean => isOneOfAfterConjunction(folded, MATCH_VERBS);
/** The other side of a fixture (folded): نظيره الرائد، أمام مستضيفه الاتحاد. */
const FIXTURE_SIDES = new Set(['نظيره', 'مستضيفه', 'مضيفه', 'ضيفه']);
/** The sign between the two sides of a fixture: الأهلي × الشباب. */
const VERSUS = '×';
/** Clubs of the Gulf named like a town or a word, a club only with the masculine adjective of their country (folded): العين الإماراتي، السد القطري. */
const GULF_CLUBS = new Set('العين الوصل الشارقه الريان السد الغرافه الوحده الجزيره الكويت القادسيه'.split(' '));
const CLUBS_BY_NAME = new Set('الهلال النصر الاهلي الاتحاد الفيصلي الاتفاق القادسيه الرايد الفتح الزمالك الاسماعيلي الشباب الوحده الخليج العروبه الطايي الحزم الفيحاء النهضه'.split(' '));
/**
 * Clubs whose name is as often a word in sports news too (folded): الاتفاق النووي، فئة الشباب، دول الخليج، عاصفة الحزم.
 * الوحدة and النهضة are not: alone in an article that named the club they were the club 23 times of 23 on the news sample.
 */
const CLUBS_ALSO_WORDS = new Set('الاتفاق الشباب الخليج الحزم'.split(' '));
/** Every club name that clubsAfterHeads reads without a head, for a quick first test. */
const CLUB_WORDS = new Set([...CLUBS_BY_NAME, ...GULF_CLUBS]);

/** Whether a folded word (without proclitics) is a well-known club's name, though a word too (الاتفاق، السد). */
export const isKnownClub = (word: string): boolean => CLUB_WORDS.has(word);

/** Clubs not named like a place: نادي الخليج (the Gulf) stays whole, as a club named after its town does (نادي نجران). */
const CLUBS_NOT_PLACES = new Set([...CLUBS_BY_NAME].filter((name) => name !== 'الخليج'));
/** Clubs whose bare name, once the article has named the club, is the club wherever it stands (folded): الهلال، الفيصلي. */
const CLUBS_ALONE = new Set([...CLUBS_BY_NAME].filter((name) => !CLUBS_ALSO_WORDS.has(name)));

/** Whether a folded word is the bare name of a club that stands for it alone once named (الهلال). */
export const isClubAlone = (word: string): boolean => CLUBS_ALONE.has(word);

/** The last words of English clubs' names, which the press uses alone for the club (يونايتد for مانشستر يونايتد), folded: never a person. */
const CLUB_NAME_ENDS = new Set('يونايتد سيتي هوتسبير واندررز روفرز البيون'.split(' '));

/** Whether a word alone (folded, without proclitics) is an English club's name's last word. */
export const isClubNameEnd = (word: string): boolean => CLUB_NAME_ENDS.has(word);

/** Gulf clubs whose bare name, once the article has named the club with its country, is the club (العين الإماراتي … لفريق العين). */
const GULF_CLUBS_ALONE = new Set('العين الوصل الريان السد الغرافه'.split(' '));

/** Whether a folded word, named as a club, is the club wherever it stands later in the article (الهلال، العين). */
export const isClubOnceNamed = (word: string): boolean => CLUBS_ALONE.has(word) || GULF_CLUBS_ALONE.has(word);

/**
 * Whether a body's name (folded words) begins with a club's bare name but names something
 * else (الاتحاد العربي السعودي لكرة القدم, not the club الاتحاد); the club with its country
 * (النصر السعودي) is the club.
 */
export const beginsWithClubName = (words: readonly string[]): boolean => words.length >= 2 && isClubAlone(words[0]) && !(words.length === 2 && isNationality(words[1]));

/** The plural of نادي (folded), after which a list of clubs follows. */
const CLUBS_PLURAL = new Set(['انديه']);
/** Whether a token is نادي or أندية, with or without proclitics (لنادي); a word that does not end so is passed by at once, as a stem is the word's end. */
const isClubHead = (token: Token | undefined): boolean => token?.word === true && (token.folded.endsWith('نادي') || token.folded.endsWith('انديه')) && hasStem(token.folded, CLUB_HEADS);
/** The kinds of clubs that close a club's name after its town (folded): نادي أبها الأدبي. */
const CLUB_KINDS = new Set(['الادبي', 'الثقافي', 'الرياضي', 'الاجتماعي']);
/** What never follows نادي as a club's name (folded): the club's own kinds and words, days, and a league's division (أندية الدرجة الأولى). */
const NOT_CLUB = new Set([...CLUB_KINDS, ...'الذي التي الجديد السابق الحالي الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الدرجه الممتاز الدوري البطوله المنطقه العالم'.split(' ')]);

/** Whether the word at `i` (its stem `stem`) follows أندية and is a common word, not a club's name: أندية الاحتفاظ، أندية اللاعبين. */
const commonAfterPlural = (tokens: readonly Token[], i: number, stem: string): boolean =>
  i > 0 && hasStem(tokens[i - 1].folded, CLUBS_PLURAL) && !CLUB_WORDS.has(stem) && commonWords().has(stem);

/**
 * The model's one-word organisations with the article right after نادي or أندية: sure, though the word is also common (نادي | الوحدة),
 * but not after a preposition (نادي للشباب). After the plural a common word is what the clubs do or have (أندية الاحتفاظ، أندية اللاعبين), unless it is a club's name.
 */
export function clubsSure(candidates: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  const sure = (c: Candidate): boolean =>
    c.tentative && c.type === 'organization' && c.last - c.first === 1 && /^و?ال/.test(tokens[c.first].folded) && isClubHead(tokens[c.first - 1]) && !commonAfterPlural(tokens, c.first, tokens[c.first].folded);
  return candidates.map((c) => (sure(c) ? { ...c, tentative: false } : c));
}

/** Whether the club at `i` is the other side of a club just named (فاز الهلال على | النصر، تعادل الاتحاد مع | الأهلي). */
const againstClub = (tokens: readonly Token[], i: number, found: readonly Candidate[]): boolean =>
  found.length > 0 && found[found.length - 1].last === i - 1 && (tokens[i - 1].folded === 'علي' || tokens[i - 1].folded === 'مع');

/** Whether the club at `i` has another that is no word as well joined to it by و (الهلال | والنصر): two clubs, not the crescent. */
const pairedClub = (tokens: readonly Token[], i: number): boolean => {
  const next = tokens[i + 1]?.folded ?? '';
  return next.startsWith('وال') && CLUBS_ALONE.has(next.slice(1)) && tokens[i + 1].start - tokens[i].end <= 1;
};

/** Whether the club at `i` faces another across × (الأهلي × الشباب، هجر × الرائد). */
const versusClub = (tokens: readonly Token[], i: number): boolean => tokens[i - 1]?.folded === VERSUS || tokens[i + 1]?.folded === VERSUS;

/** Words that put a paragraph in sport (folded, perhaps after a proclitic): a club, a team, a match, a league, a player, a coach (not هدف, a target as often as a goal). */
const SPORT_WORDS = new Set('نادي ناديه فريق مباراه مباريات الدوري دوري لاعب اللاعب مدرب المدرب ملعب بطوله البطوله منتخب'.split(' '));

/** Whether a paragraph speaks of sport: a word of SPORT_WORDS in it (نادي، مباراة، الدوري، لاعب). */
export const speaksOfSport = (tokens: readonly Token[]): boolean => tokens.some((t) => t.word && hasStem(t.folded, SPORT_WORDS));

/** «In» (folded): في روما is where a match is played, not the club. */
const IN = new Set(['في']);

/** Heads of places before a town's name (folded): ميناء كاليه الفرنسي is the port, قطاع غزة الفلسطيني the strip, خام تكساس الأميركي the crude, not a club. */
const PLACE_HEADS_BEFORE_TOWNS = new Set('مدينه ميناء اقليم مقاطعه ولايه محافظه منطقه جزيره مطار بلده قريه عاصمه قطاع جيب قاره خام'.split(' '));
/** Whether a token is a country's masculine adjective with the article, as a club takes it (الإماراتي، الإيطالي). */
export const clubsCountry = (next: Token | undefined): boolean => next?.word === true && next.folded.startsWith('ال') && next.folded.endsWith('ي') && isNationality(next.folded);

/**
 * Whether the word at `i` is a well-known club with its country's masculine adjective after it (العين الإماراتي، النصر العماني; not قناة
 * الجزيرة القطرية); a Saudi one only where the paragraph speaks of sport (not الهلال الإيراني), and not الشباب (الشباب السعودي: Saudi youth),
 * nor before a second country's adjective (الاتفاق الأمريكي التركي: an agreement).
 */
const clubWithCountry = (tokens: readonly Token[], i: number, stem: string): boolean =>
  clubsCountry(tokens[i + 1]) && (GULF_CLUBS.has(stem) || (CLUBS_BY_NAME.has(stem) && stem !== 'الشباب' && !clubsCountry(tokens[i + 2]) && speaksOfSport(tokens)));

/**
 * Whether the word at `i` is a Gulf club named like a town or a word after a team's word (لاعب فريق الجزيرة، حارس العين), not the country
 * الكويت, nor a word an adjective describes (فريق الوحدة الوطنية).
 */
function gulfClubAfterTeam(tokens: readonly Token[], i: number, stem: string, before: string): boolean {
  return GULF_CLUBS.has(stem) && stem !== 'الكويت' && hasStem(before, TEAM_HEADS) && !describedWord(tokens, i);
}

/** Whether an adjective other than a country's follows the word at `i` (الوحدة الوطنية), not a relative pronoun (العين الذي): the word is then no club's name. */
function describedWord(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.folded ?? '';
  return next.startsWith('ال') && endsAsNisba(next) && !isNationality(next) && !STOPWORDS.has(next);
}

/**
 * Clubs named after their head word where the model and the lists passed them by: the definite
 * word after نادي (ادارة نادي الصفا), and a well-known club after فريق, مدرب and the like (مدرب الهلال),
 * after its result or opponent (فاز النصر، أمام الفيصلي) unless its name is also a common word
 * (أمام الشباب), as the other side (فاز الهلال على النصر) and in a pair (الهلال والنصر); in a
 * fixture, whatever its name (الأهلي × الشباب، يستضيف العروبة نظيره الرائد، الأهلي والشباب); and
 * a Gulf club with its country (العين الإماراتي). `taken` marks tokens already in a name.
 */
export function clubsAfterHeads(tokens: readonly Token[], taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  // After أندية, the clubs joined by و go on being clubs (أندية النصر والشباب والكوكب); after نادي or a team's word, the known ones (نادي النصر والهلال).
  let chain: 'any' | 'known' | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const name = tokens[i];
    const before = tokens[i - 1]?.folded ?? '';
    const chained = chain !== null && name.folded[0] === 'و';
    // The cheap tests first: this runs on every word.
    const afterClub = isClubHead(tokens[i - 1]);
    // A well-known club after one that stands alone (الأهلي | والشباب) is one too, though its name is also a word.
    const pairedAfter = name.folded.startsWith('وال') && CLUBS_ALONE.has(before) && CLUBS_BY_NAME.has(name.folded.slice(1));
    // Only و comes off, in a list (والشباب); a preposition after نادي is no club's name (نادي للشباب، نادى بالفاشية).
    const stem = (chained || pairedAfter) && name.folded.startsWith('وال') ? name.folded.slice(1) : name.folded;
    if (!chained) chain = null;
    if (!(afterClub || chained || CLUB_WORDS.has(stem)) || taken[i] || !name.word || !stem.startsWith('ال') || stem.length < 5) continue;
    if (NOT_CLUB.has(stem)) continue;
    // الاتحاد heads unions' names too (رئيس الاتحاد), but after نادي it is the club.
    const trigger = isTriggerWord(stem);
    const known = CLUBS_BY_NAME.has(stem);
    // A fixture's sign or verb, or the other side, makes a club of a name that is also a rank or a union (نظيره الرائد، الأهلي × الاتحاد).
    const fixture = known && (versusClub(tokens, i) || pairedAfter || (CLUBS_ALONE.has(stem) && (hasStem(before, FIXTURE_VERBS) || FIXTURE_SIDES.has(before))));
    const club = chained
      ? !trigger && !STOPWORDS.has(stem) && (chain === 'any' || known)
      : afterClub
        ? (!trigger || known || GULF_CLUBS.has(stem)) && !commonAfterPlural(tokens, i, stem)
        : fixture || clubWithCountry(tokens, i, stem) || gulfClubAfterTeam(tokens, i, stem, before) || (!trigger && known && (hasStem(before, TEAM_HEADS) || againstClub(tokens, i, out) || (CLUBS_ALONE.has(stem) && (hasStem(before, OPPONENT_HEADS) || pairedClub(tokens, i)))));
    if (!club) continue;
    out.push({ first: i, last: i + 1, type: 'organization', source: 'gazetteer', match: null, tentative: false });
    chain ??= hasStem(before, CLUBS_PLURAL) ? 'any' : 'known';
  }
  return out;
}

/**
 * A place right after نادي names the club, one organisation with its head (نادي نجران، لنادي الرياض), as a place's lists cannot type it;
 * after أندية it names one of the clubs only beside another (أندية | روما وريال مدريد); a club named like a place after a team's word
 * is the club alone (فريق الخليج).
 */
export function placesAsClubs(candidates: readonly Candidate[], tokens: readonly Token[], gazetteer: readonly GazetteerMatch[]): Candidate[] {
  return candidates.map((c) => {
    const head = tokens[c.first - 1];
    const listed = gazetteer.find((m) => m.start === c.first && m.end === c.last && m.entry?.type === 'place');
    if ((c.type !== 'place' && !listed) || head?.word !== true) return c;
    if (isClubHead(head)) {
      if (hasStem(head.folded, CLUBS_PLURAL)) {
        // After أندية (clubs) a place is where the clubs are (أندية آسيا، أندية كوريا الجنوبية، أندية جدة), unless a club's country or
        // another club follows: it is then one of the clubs named (أندية براجانتينو البرازيلي، أندية روما وريال مدريد), without the plural.
        const next = tokens[c.last];
        const named = clubsCountry(next) || (next?.word === true && next.folded.startsWith('و') && next.start - tokens[c.last - 1].end <= 1);
        return named ? { ...c, type: 'organization', source: 'gazetteer', match: listed ? localClub(listed) : null, tentative: false } : c;
      }
      // نادي أبها الأدبي، نادي جدة الأدبي الثقافي: a club's kind closes its name.
      let last = c.last;
      while (last < c.last + 2 && CLUB_KINDS.has(tokens[last]?.folded ?? '')) last++;
      return { ...c, first: c.first - 1, last, type: 'organization', source: 'gazetteer', match: null, tentative: false };
    }
    // فريق الخليج، لاعب الخليج، جمهور روما، خسر أمام إشبيلية: a club named like a place, after a team's word or as the opponent; the list's place gives way.
    if (!listed?.entry || c.last - c.first !== 1) return c;
    const clubOf = (): GazetteerMatch | undefined => gazetteer.find((m) => m.start === c.first && m.end === c.last && m.cls === 'club' && m.entry?.type === 'organization');
    // ميلان الإيطالي، ساوثهامبتون الإنجليزي: a town with its country's masculine adjective is the club (the town takes the feminine,
    // مدينة ميلانو الإيطالية), unless a place's head comes before it (ميناء كاليه الفرنسي، إقليم ريازان الروسي).
    // A country with its own adjective is a club named after it (الكويت الكويتي، قطر القطري).
    const country = gazetteer.find((m) => m.start === c.first && m.end === c.last && m.cls === 'country');
    if (country && ownAdjective(tokens[c.first].folded.slice(country.prefix), tokens[c.last])) return { ...c, type: 'organization', source: 'gazetteer', match: localClub(country), tentative: false };
    // Not a region the lists hold as no big city (القوقاز الروسي، تكساس الأميركي): the adjective is the region's.
    const at = (cls: string): boolean => gazetteer.some((m) => m.start === c.first && m.end === c.last && m.cls === cls);
    if (!country && clubsCountry(tokens[c.last]) && !hasStem(head.folded, PLACE_HEADS_BEFORE_TOWNS) && !(at('region') && !at('bigCity'))) {
      // A town no club list holds is the club of its name (أستانا الكازاخستاني، دبي الإماراتي), where the list names the town as written
      // (its own entry would retype it a place), and only where the paragraph speaks of sport: an airport's or a province's adjective
      // agrees as well (مطاري عمان الأردني ودمشق السوري، شمال أفريقيا الروماني).
      const named = nameKey(listed.entry.canonical) === nameKey(tokens[c.first].folded.slice(listed.prefix));
      const townsClub = clubOf() ?? (named && speaksOfSport(tokens) ? localClub(listed) : null);
      return { ...c, type: 'organization', source: 'gazetteer', match: townsClub, tentative: false };
    }
    // انتقل صلاح إلى روما، رفض روما الاستفادة: a foreign city a club list names alike is the club where the paragraph speaks of sport,
    // but after في or ب, where a match is played (ملعب الأولمبيكو في روما), after a head or a country's adjective (العاصمة الإيطالية روما),
    // or before the town's feminine adjective.
    const club = clubOf();
    const local = CLUBS_BY_NAME.has(tokens[c.first].folded);
    const inTown = IN.has(head.folded) || (listed.prefix > 0 && tokens[c.first].folded[0] === 'ب') || hasStem(head.folded, PLACE_HEADS_BEFORE_TOWNS) || isNationality(head.folded);
    const townsAdjective = tokens[c.last]?.word === true && isFeminineNationality(tokens[c.last].folded);
    if (c.type === 'place' && club && !local && !inTown && !townsAdjective && speaksOfSport(tokens)) return { ...c, type: 'organization', source: 'gazetteer', match: club, tentative: false };
    // لاعب وسط نانت: a midfielder's club.
    const team = hasStem(head.folded, TEAM_HEADS) || (head.folded === 'وسط' && hasStem(tokens[c.first - 2]?.folded ?? '', TEAM_HEADS));
    if (!team && !hasStem(head.folded, OPPONENT_HEADS)) return c;
    if (!(club || (local && team))) return c;
    if (club && !local) return { ...c, type: 'organization', source: 'gazetteer', match: club, tentative: false };
    return { ...c, type: 'organization', source: 'gazetteer', match: localClub(listed), tentative: false };
  });
}

/** The club a listed place names (نادي الكويت for الكويت الكويتي, نادي نجران for فريق نجران): an organisation apart from the place. */
function localClub(listed: GazetteerMatch): GazetteerMatch | null {
  if (!listed.entry) return null;
  return { ...listed, cls: 'club', entry: { canonical: `نادي ${listed.entry.canonical}`, type: 'organization', english: null, country: null } };
}

/** Whether `next` is the adjective of the country `name` (folded, without proclitics): الكويتي after الكويت, القطري after قطر. */
function ownAdjective(name: string, next: Token | undefined): boolean {
  const bare = name.startsWith('ال') ? name.slice(2) : name;
  return next?.folded === `ال${bare}ي`;
}

/** The heads of sports bodies' names (folded): الاتحاد السعودي لكرة القدم، اللجنة الأولمبية. */
const UNION_HEADS = new Set(['اتحاد', 'الاتحاد']);
/** The sports a union's name may end in after لـ or للـ (folded, without the preposition): لكرة القدم، للرياضات البحرية، للمبارزة. */
const SPORTS = new Set(['كره', 'الكره', 'الرياضات', 'المبارزه', 'السباحه', 'الفروسيه', 'التنس', 'الجودو', 'الكاراتيه', 'الملاكمه', 'الدراجات', 'الرمايه', 'الجمباز', 'العاب', 'الالعاب']);

/** Whether a club's or union's name of two words ends in a word that describes it: a nisba (الاتحاد الأوروبي، الأهلي المصري), or الأحمر. */
function describedClub(tokens: readonly Token[], c: Candidate): boolean {
  const w = tokens[c.first + 1].folded;
  return w.startsWith('ال') && (endsAsNisba(w) || w === 'الاحمر');
}

/**
 * Sports bodies' spans: a club's name the model ran on into the next word (الاتحاد | سيغادر،
 * الاتحاد | المحترفين) without it, and a union's name stopped before its sport (الاتحاد
 * السعودي | لكرة القدم) with it; and a well-known club after نادي alone, where the model took
 * in the head, the word after or a second club (نادي | الاتحاد | برمي، نادي | الاتحاد | ونادي | العروبة).
 */
export function sportsBodySpans(candidates: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  // The clubs after each نادي of a model's organisation that begins with it, or null.
  const clubsAfter = (c: Candidate): Candidate[] | null => {
    const clubs: Candidate[] = [];
    for (let j = c.first; j < c.last - 1; j++) if (isClubHead(tokens[j]) && CLUBS_NOT_PLACES.has(tokens[j + 1].folded)) clubs.push({ ...c, first: j + 1, last: j + 2, match: null, tentative: false });
    return clubs.length ? clubs : null;
  };
  const headed = (c: Candidate): boolean => c.type === 'organization' && c.source === 'model' && isClubHead(tokens[c.first]);
  const spans = (c: Candidate, k: number): Candidate => {
    if (c.type === 'organization' && c.source === 'model' && c.last - c.first === 2 && CLUBS_ALONE.has(tokens[c.first].folded) && !describedClub(tokens, c)) {
      return SPORTS.has(tokens[c.first + 1].folded.slice(1)) ? c : { ...c, last: c.first + 1 };
    }
    const sport = tokens[c.last];
    if (c.type !== 'organization' || sport?.word !== true || sport.folded[0] !== 'ل' || !hasStem(tokens[c.first].folded, UNION_HEADS)) return c;
    const name = sport.folded.slice(1);
    if (!SPORTS.has(name) || candidates[k + 1]?.first === c.last) return c;
    // لكرة القدم، للكرة الطائرة، لألعاب القوى: the game's word after a ball or games.
    const second = tokens[c.last + 1];
    const two = (name.endsWith('كره') || name.endsWith('العاب')) && second?.word === true && candidates[k + 1]?.first !== c.last + 1;
    return { ...c, last: c.last + (two ? 2 : 1), match: null, tentative: false };
  };
  return candidates.some(headed) ? candidates.flatMap((c, k) => (headed(c) ? clubsAfter(c) : null) ?? [spans(c, k)]) : candidates.map(spans);
}
