/**
 * The recogniser for one paragraph: the sequence model (model/) tags every token, with the
 * gazetteers (gazetteer/) among its features, and model-candidates.ts reads its names from
 * the labels; names the model missed but a curated list or
 * the country and major-city lists know are added; proclitics are then cut from the front of
 * each name (clitics.ts), so that a span is the name alone: وبسوريا → سوريا, للعراق → لعراق
 * (the second lam stands for the article), with its canonical spelling and identity key.
 */
import { calledPeople } from './called';
import type { EntityType } from '../model';
import { nameKey, displayForm } from './canonical';
import { cliticReading, readings } from './clitics';
import { WORDLIKE_CLASSES, isGivenNameAt, matchGazetteer, type GazetteerMatch } from './gazetteer/index';
import { commonWords, nameLexicon } from './model/load';
import { foldedPrefixEnd } from './offsets';
import { tokenize, type Token } from './tokens';
import { inEventName, isEverydayWord, isMakersProduct, isQuotedModel, withChannels } from './homographs';
import type { Candidate, EntitySource } from './candidate';
import { withAcronyms, withShortNames } from './acronyms';
import { isInTheNameOf, isNeverName } from './not-names';
import { isWorkTitle } from './works';
import { foreignPeople, placesWithoutNationality, rolesNotPlaces, withoutNationality } from './nationality';
import { aliNames, aliPersons, unsureAliNames } from './ali';
import { NASAB_LINKS, afterTitles, apartAtListedNames, givenAndFamily, kinshipJoined } from './kinship';
import { afterCommonHead, placesAfterHeads, placesInLists, withoutDirection } from './heads';
import { isEventVerb, isStray, modelCandidates } from './model-candidates';
import { overruled, peopleApart } from './overruled';
import { clubsAfterHeads, clubsSure, placesAsClubs, sportsBodySpans } from './sports';
import { bodiesApart, newsAgencies, publicBodies, societies, withWholePurposes } from './public-bodies';
import { directorates, services } from './state-services';
import { hospitals, isHeadWord, kingsInstitutions, namedAfterPeople, quotedVenues } from './named-after';
import { withFamilyName } from './family';
import { namesInLists } from './name-lists';
import { bylineAuthors, creditedPeople } from './bylines';
import { agedPeople } from './ages';
import { airlines, firmsByCountry, joinedByAnd } from './firms';
import { STOPWORDS } from './stopwords';
import { joinedPeople } from './joined-people';
import { clubsWithCountry, countryOutsideClubs } from './foreign-clubs';
import { apartAtAnd } from './and-apart';
import { speakersNotPlaces } from './speakers';

export type { EntitySource };

export interface RawEntity {
  /** Offsets into the paragraph, proclitics excluded. */
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** The name to show: the gazetteer's spelling, or the mention's own text tidied. */
  readonly canonical: string;
  /** The mention's own text tidied (canonical.ts displayForm), its article restored after لل. */
  readonly form: string;
  /** Identity key (canonical.ts): mentions with one key name one thing. */
  readonly key: string;
  /** Token indices of the mention in `ParagraphEntities.tokens`, end exclusive. */
  readonly first: number;
  readonly last: number;
  readonly source: EntitySource;
  /** Whether type and canonical spelling come from a gazetteer entry. */
  readonly known: boolean;
  /** The folded words of the name, the first without its proclitics. */
  readonly words: readonly string[];
  /** A one-word name the model is unsure of: kept only as a short mention of a name the article gives in full. */
  readonly tentative: boolean;
  /** A tentative علي + family name, kept too where the article writes على (ali.ts). */
  readonly needsAla?: boolean;
  /** The key of the full name a short name in brackets follows (سمة after الشركة السعودية للمعلومات الائتمانية): one body. */
  readonly shortFor?: string;
  /** The key of a listed place's own words where the list writes it with its head (جزيرة كيش, mention كيش): a later كيش is the same place. */
  readonly formKey?: string;
  /** Typed a club by a club list (روما after a sport's word), which outweighs the city's list in the article's vote. */
  readonly club?: boolean;
}

export interface ParagraphEntities {
  readonly mentions: readonly RawEntity[];
  /** The paragraph's tokens, kept for article-level matching of later mentions. */
  readonly tokens: readonly Token[];
  /** Token spans (end exclusive) the paragraph found to be a product, a model or an event named after a name (“نوت 5″، اتفاق الطائف): the article finds no later mention there. */
  readonly notNamed?: readonly (readonly [number, number])[];
}

export const NO_ENTITIES: ParagraphEntities = Object.freeze({ mentions: [], tokens: [] });

/** Lists whose names are known well enough to follow ك (like, such as) without the article: كمصر، كجدة، كداعش، كتويتر; not the generated towns' (مينا، نيس). */
const LIKE_WHAT: ReadonlySet<string> = new Set(['country', 'place', 'organization', 'body', 'club', 'company', 'figure', 'person']);

/**
 * Lists a name may be added from when the model passed it by: the curated lists and the
 * countries. City lists are not: many city names are also words (القائم، الزاوية) or clubs.
 */
const STRONG = new Set(['country', 'place', 'region', 'organization', 'person', 'figure', 'body']);
/**
 * Lists whose type overrides the model's: a city's name may stand for its club (ليون الفرنسي), a curated name may not;
 * nor may a body's name (روتانا، كيودو، سوانسي سيتي are no persons), nor a club's or a company's of two words or more.
 */
const CURATED = new Set(['place', 'region', 'organization', 'person', 'figure']);

function isStrong(m: GazetteerMatch): boolean {
  return STRONG.has(m.cls) || (WORDLIKE_CLASSES.has(m.cls) && m.end - m.start >= 2);
}

function isCurated(m: GazetteerMatch): boolean {
  return CURATED.has(m.cls) || m.cls === 'body' || (WORDLIKE_CLASSES.has(m.cls) && m.end - m.start >= 2);
}

function isKnownName(stem: string, matches: ReadonlyMap<string, boolean>): boolean {
  return nameLexicon().has(stem) || matches.get(stem) === true;
}


/**
 * A person's name never begins with a country or a curated organisation: زعيم داعش أبو بكر
 * البغدادي is the organisation, then the person. The model sometimes runs the two together.
 * Nor does a listed person's name run on into a common word: (ابن) خلدون سبق مكيافيلي is ابن
 * خلدون, then مكيافيلي; nor into a listed place after ب (نايف | بالقصيم). Two given names joined
 * by و are two people.
 */
function personsSplit(candidates: Candidate[], gazetteer: readonly GazetteerMatch[], tokens: readonly Token[]): Candidate[] {
  return candidates.flatMap((c) => {
    if (c.type !== 'person' || c.source !== 'model') return [c];
    // معاذ | وأنس، لسارة | وحسين: two given names joined by و are two people (not يوسف وهبي, where وهبي is no و + a given name).
    const given = (t: number, joined: boolean): boolean => gazetteer.some((m) => isGivenNameAt(m, t) && (joined ? m.prefix === 1 && tokens[t].folded[0] === 'و' : m.prefix <= 1));
    if (c.last - c.first === 2 && given(c.first, false) && given(c.first + 1, true)) return [{ ...c, last: c.first + 1 }, { ...c, first: c.first + 1 }];
    // مطار الأمير نايف | بالقصيم: a listed place after ب ends the name, and is the place.
    // Only a place with the article or from the curated lists: the thousands of towns of the generated list hide names (بنيس is no ب + نيس).
    const place = gazetteer.find(
      (m) => m.entry?.type === 'place' && m.start > c.first && m.start < c.last && m.end <= c.last && m.prefix === 1 && tokens[m.start].folded[0] === 'ب' && (tokens[m.start].folded.startsWith('بال') || isCurated(m)),
    );
    if (place?.entry) {
      const rest = place.end < c.last ? [{ ...c, first: place.end }] : [];
      return [{ ...c, last: place.start }, { first: place.start, last: place.end, type: 'place' as const, source: 'gazetteer' as const, match: place, tentative: false }, ...rest];
    }
    // مدير جمرك سلوى | علي العطوي، المؤسسة العامة لجسر الملك فهد | حفل: a listed place or body that the person's first words end is
    // that place or body; the person begins after it if two words are left, or one that training did not see outside names and that has no
    // article (بأمانة نجران | عبدالعلي); other single words are what the model ran on into (فهد | حفل، فهد | المكلف).
    // Not before بن or بنت, which go on the name the body bears (جامعة الأميرة نورة | بنت عبدالعزيز).
    const straddled = gazetteer.find((m) => m.entry && m.entry.type !== 'person' && isCurated(m) && m.start < c.first && m.end > c.first && m.end < c.last && !NASAB_LINKS.has(tokens[m.end].folded));
    if (straddled?.entry && !candidates.some((o) => o !== c && o.first < c.first && o.last > straddled.start)) {
      const body = { first: straddled.start, last: straddled.end, type: straddled.entry.type, source: 'gazetteer' as const, match: straddled, tentative: false };
      const rest = tokens[straddled.end];
      return c.last - straddled.end >= 2 || (!isStray(rest) && !rest.folded.startsWith('ال')) ? [body, { ...c, first: straddled.end }] : [body];
    }
    const lead = gazetteer.find(
      (m) => m.entry && STRONG.has(m.cls) && m.end < c.last && (m.entry.type !== 'person' ? m.start === c.first : m.start <= c.first && m.end > c.first && isStray(tokens[m.end])),
    );
    if (!lead?.entry) return [c];
    let rest = lead.end;
    while (rest < c.last && isStray(tokens[rest])) rest++;
    const listed = { first: lead.start, last: lead.end, type: lead.entry.type, source: 'gazetteer' as const, match: lead, tentative: false };
    return rest < c.last ? [listed, { ...c, first: rest }] : [listed];
  });
}

/**
 * A person the model found inside a listed person's whole name, the rest of which it left out (منبر صلاح الدين | الايوبي,
 * where صلاح الدين is also a province): the listed name. Names inside it give way to it; a name reaching out of it keeps
 * the model's reading.
 */
function wholeListedPeople(candidates: readonly Candidate[], gazetteer: readonly GazetteerMatch[]): Candidate[] {
  let out = [...candidates];
  for (const c of candidates) {
    if (c.type !== 'person') continue;
    const whole = gazetteer.find((m) => m.entry?.type === 'person' && m.start <= c.first && c.last <= m.end && m.end - m.start > c.last - c.first);
    if (!whole || out.some((o) => o.first < whole.end && whole.start < o.last && (o.first < whole.start || o.last > whole.end))) continue;
    out = [...out.filter((o) => o.last <= whole.start || o.first >= whole.end), { first: whole.start, last: whole.end, type: 'person' as const, source: 'gazetteer' as const, match: whole, tentative: false }].sort((a, b) => a.first - b.first);
  }
  return out;
}

/** Strong gazetteer names where the model found nothing, longest first, without overlaps. */
function gazetteerCandidates(gazetteer: readonly GazetteerMatch[], taken: Uint8Array): Candidate[] {
  const strong = gazetteer.filter((m) => m.entry && isStrong(m)).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const out: Candidate[] = [];
  for (const m of strong) {
    let free = true;
    for (let t = m.start; t < m.end && free; t++) free = taken[t] === 0;
    if (!free || !m.entry) continue;
    for (let t = m.start; t < m.end; t++) taken[t] = 1;
    out.push({ first: m.start, last: m.end, type: m.entry.type, source: 'gazetteer', match: m, tentative: false });
  }
  return out;
}

/** Names in `paragraph`. Offsets are the paragraph's own. */
export function findEntities(paragraph: string): ParagraphEntities {
  const tokens = tokenize(paragraph);
  if (!tokens.some((t) => t.word)) return { mentions: [], tokens };
  const gazetteer = matchGazetteer(tokens);
  const ali = aliNames(paragraph, tokens);
  // A given name that is also a word is one only without a preposition (لصالح is «in favour of»), and none inside a function word (برقية is no ب + رقية) nor a verb of events (وباشر)
  // nor after a spokesman (المتحدث باسم: «in the name of»).
  const listedGiven = new Set(
    gazetteer.filter((m) => m.end - m.start === 1 && !STOPWORDS.has(tokens[m.start].folded) && !isEventVerb(tokens[m.start].folded) && !isInTheNameOf(tokens, m.start) && (m.cls === 'firstName' ? m.prefix <= 1 : m.cls === 'gulfName' && (m.prefix === 0 || tokens[m.start].folded[0] === 'و'))).map((m) => m.start),
  );
  const titled = afterTitles(tokens, gazetteer, paragraph);
  const givenNames = new Set([...ali, ...titled, ...listedGiven]);
  // و + a given name (وحسين), not a name that begins with و (وليد): another person, after a given name (لسارة | وحسين).
  const whole = new Set(gazetteer.filter((m) => m.prefix === 0 && isGivenNameAt(m, m.start)).map((m) => m.start));
  const andGiven = new Set(gazetteer.filter((m) => m.prefix === 1 && isGivenNameAt(m, m.start) && tokens[m.start].folded[0] === 'و' && !whole.has(m.start)).map((m) => m.start));
  // After a title, a word that is also common may be a verb (الرئيس تفقد الموانئ): no given name before a family name.
  const surelyGiven = new Set([...ali, ...listedGiven, ...titled.filter((t) => !commonWords().has(tokens[t].folded))]);
  // The model's names, mended by the rules below in this order.
  let fromModel = apartAtListedNames(modelCandidates(paragraph, tokens, gazetteer), tokens, gazetteer);
  fromModel = bodiesApart(peopleApart(overruled(fromModel, gazetteer, tokens), gazetteer), gazetteer, tokens);
  fromModel = personsSplit(apartAtAnd(withoutDirection(fromModel, gazetteer, tokens), tokens, gazetteer), gazetteer, tokens);
  fromModel = speakersNotPlaces(rolesNotPlaces(withoutNationality(kinshipJoined(fromModel, tokens, givenNames, paragraph, andGiven, listedGiven), tokens), tokens), tokens, gazetteer);
  fromModel = countryOutsideClubs(clubsWithCountry(placesWithoutNationality(fromModel, tokens, gazetteer), tokens, gazetteer), tokens, gazetteer);
  fromModel = clubsSure(withChannels(aliPersons(fromModel, tokens, ali, unsureAliNames(paragraph, tokens)), tokens), tokens);
  fromModel = wholeListedPeople(withFamilyName(fromModel, tokens, gazetteer, paragraph, surelyGiven), gazetteer);
  // Each source of names adds only where the ones before it found nothing.
  const taken = new Uint8Array(tokens.length);
  const take = (found: readonly Candidate[]): readonly Candidate[] => {
    for (const c of found) taken.fill(1, c.first, c.last);
    return found;
  };
  take(fromModel);
  const listed = take(gazetteerCandidates(gazetteer, taken));
  // A public body takes in a one-word listed name (اللجنة الوطنية للحج, not ل + لحج) and the country its adjective was read as (الهيئة السعودية للمواصفات);
  // the model's unsure guess of one word does not keep it out (رئيس اتحاد | الكاريبي، زعيم | القاعدة).
  const beforeBodies = new Uint8Array(tokens.length);
  for (const c of [...fromModel, ...listed]) if ((c.source === 'model' && !c.tentative) || c.last - c.first > 1) beforeBodies.fill(1, c.first, c.last);
  const bodies = take([...publicBodies(tokens, beforeBodies, paragraph), ...newsAgencies(tokens, beforeBodies, paragraph), ...societies(tokens, beforeBodies), ...services(tokens, beforeBodies), ...directorates(tokens, [...fromModel, ...listed], gazetteer), ...quotedVenues(tokens, gazetteer), ...kingsInstitutions(tokens, paragraph)]);
  const outsideBodies = (c: Candidate): boolean => !bodies.some((b) => b.first <= c.first && c.last <= b.last);
  // A name the model was only unsure of (tentative) gives way to what the rules below find there (بلدتي | الباذان | وطلوزة, each tentative).
  const unsure = new Set(fromModel.filter((c) => c.tentative && c.source === 'model'));
  // What `taken` marks so far, but for those.
  const sure = new Uint8Array(tokens.length);
  for (const c of [...fromModel, ...listed, ...bodies]) if (!unsure.has(c)) sure.fill(1, c.first, c.last);
  const takeSure = (found: readonly Candidate[]): readonly Candidate[] => {
    for (const c of take(found)) sure.fill(1, c.first, c.last);
    return found;
  };
  const places = takeSure(placesAfterHeads(tokens, sure, paragraph));
  const personStarts = new Set([...fromModel, ...listed].filter((c) => c.type === 'person').map((c) => c.first));
  const people = takeSure([...givenAndFamily(tokens, surelyGiven, sure, paragraph), ...foreignPeople(tokens, sure, paragraph, personStarts), ...calledPeople(tokens, sure, gazetteer, paragraph)]);
  const aged = takeSure(agedPeople(tokens, sure, paragraph));
  const authors = takeSure([...bylineAuthors(tokens, sure, paragraph), ...creditedPeople(tokens, sure, paragraph)]);
  const firms = takeSure([...firmsByCountry(tokens, sure, paragraph), ...airlines(tokens, sure)]);
  const added = [...places, ...people, ...aged, ...authors, ...firms];
  const besideAdded = (c: Candidate): boolean => !unsure.has(c) || !added.some((a) => a.first < c.last && c.first < a.last);
  const named = withWholePurposes(joinedByAnd(hospitals(sportsBodySpans(placesAsClubs(withShortNames(withAcronyms(namedAfterPeople([...fromModel.filter((c) => outsideBodies(c) && besideAdded(c)), ...listed.filter(outsideBodies), ...bodies, ...places, ...people, ...aged, ...authors, ...firms, ...clubsAfterHeads(tokens, taken)].sort((a, b) => a.first - b.first), tokens, paragraph), tokens, paragraph), tokens), tokens, gazetteer), tokens), tokens), tokens), tokens, paragraph);
  // A product, a model, an event or a work named after a name: no name there, for the article either (notNamed).
  const notNamed = named.filter((c) => isMakersProduct(tokens, c, gazetteer) || isQuotedModel(tokens, c) || inEventName(tokens, c) || isWorkTitle(tokens, c, gazetteer));
  const found = named.filter((c) => (c.last - c.first > 1 || !isEverydayWord(tokens, c.first)) && !notNamed.includes(c) && !isNeverName(tokens, c, gazetteer, paragraph));
  // Places in a list of places, and people in a list of people, once the other names are known.
  const candidates = joinedPeople([...found, ...placesInLists(tokens, found, paragraph), ...namesInLists(tokens, found, listedGiven, gazetteer, paragraph)].sort((a, b) => a.first - b.first), tokens, gazetteer, paragraph);
  const strongAt = new Map<string, GazetteerMatch>();
  for (const m of gazetteer) if (m.entry && isCurated(m)) strongAt.set(`${m.start}:${m.end}`, m);
  // Any gazetteer entry of the model's type gives the spelling (ليون as a club: أولمبيك ليون); only a curated one may change the type.
  for (const m of gazetteer) {
    const typed = `${m.start}:${m.end}:${m.entry?.type}`;
    if (m.entry && !strongAt.has(`${m.start}:${m.end}`) && !strongAt.has(typed)) strongAt.set(typed, m);
  }
  const nameStems = new Map<string, boolean>();
  for (const m of gazetteer) nameStems.set(readings(tokens[m.start].folded).find((r) => r.prefix === m.prefix && (r.restored === true) === m.restored)?.stem ?? '', true);
  // Words a list holds whole and with no proclitic read off (وائل، فالنسيا, not ف + النسيا): whole.
  const readOff = new Set(gazetteer.filter((m) => m.prefix > 0).map((m) => m.start));
  const wholeNames = new Set(gazetteer.filter((m) => m.prefix === 0 && (m.cls === 'firstName' || (m.entry && !readOff.has(m.start)))).map((m) => tokens[m.start].folded));
  const givenStems = new Set(gazetteer.filter((m) => m.prefix > 0 && isGivenNameAt(m, m.start)).map((m) => tokens[m.start].folded.slice(m.prefix)));
  const titleEnds = new Set(gazetteer.filter((m) => m.cls === 'title').map((m) => m.end));
  // وعلي is و + the name علي where the paragraph keeps على apart (ali.ts).
  if (ali.size) nameStems.set('علي', true);
  const mentions: RawEntity[] = [];
  for (const found of candidates) {
    // A span the gazetteer knows exactly takes its type and spelling from there.
    // Not one of another type for a name in quotes after a head, which says what it is (منطقة «الفاو» is no FAO).
    const listedAt = strongAt.get(`${found.first}:${found.last}`);
    const curated = found.match ?? (found.quoted && listedAt?.entry?.type !== found.type ? null : listedAt) ?? null;
    const match = curated ?? strongAt.get(`${found.first}:${found.last}:${found.type}`) ?? null;
    const c = match ? afterCommonHead(found, tokens, match.entry?.type ?? found.type) : found;
    const head = tokens[c.first];
    // و، ف، ب or ل before a hamza on alef is a proclitic, whatever the lexicon saw (وإدغار دافيدز، وأم كلثوم، برئاسة لإبراهيم البلوي): no name begins so.
    // Nor does any name begin with وعلي: it is و + علي (وعلي الوادعي), which the lexicon, seeing علي mostly as على, does not know.
    const conjunction = (head.folded.length >= 3 && 'وفبل'.includes(head.folded[0]) && 'أإآ'.includes(paragraph[head.start + 1])) || head.folded === 'وعلي' || found.afterAnd === true;
    const reading =
      match && c === found ? { prefix: match.prefix, restored: match.restored } : c.quoted ? { prefix: 0 } : conjunction ? { prefix: 1 } : cliticReading(head.folded, (s) => isKnownName(s, nameStems), isHeadWord, (w) => wholeNames.has(w), (s) => givenStems.has(s), titleEnds.has(c.first));
    // ك (like, as) before a one-word name is read off only where the name has the article or a curated list knows it (كالجبيل، كمصر، كجدة، كداعش):
    // كمينا is an ambush, كسبها «won it», كنيس a synagogue, though مينا, سبها and نيس are towns.
    const like = head.folded.slice(0, reading.prefix).includes('ك');
    if (like && c.last - c.first === 1 && !(match && (LIKE_WHAT.has(match.cls) || head.folded.startsWith('ال', reading.prefix)))) continue;
    const start = foldedPrefixEnd(paragraph, head, reading.prefix);
    const end = tokens[c.last - 1].end;
    if (start >= end) continue;
    const text = paragraph.slice(start, end);
    // لل = ل + ال: the span keeps the second lam, and the name is shown with its article.
    const restored = reading.restored === true;
    const type = match?.entry?.type ?? c.type;
    const stem = readings(head.folded).find((r) => r.prefix === reading.prefix && (r.restored === true) === restored)?.stem ?? head.folded;
    const words = [stem, ...tokens.slice(c.first + 1, c.last).filter((t) => t.word).map((t) => t.folded)];
    const form = displayForm(text, restored);
    const canonical = match?.entry?.canonical ?? form;
    const full = c.shortName ? mentions.find((m) => m.last === c.first - 1 && m.type === type) : undefined;
    mentions.push({ start, end, type, canonical, form, key: nameKey(canonical), first: c.first, last: c.last, source: c.source, known: match?.entry != null, words, tentative: c.tentative && !match, ...(c.needsAla && !match ? { needsAla: true } : {}), ...(full ? { shortFor: full.key } : {}), ...(c !== found && type === 'place' && match?.entry ? { formKey: nameKey(form) } : {}), ...(type === 'organization' && match?.cls === 'club' ? { club: true } : {}) });
  }
  return { mentions, tokens, ...(notNamed.length ? { notNamed: notNamed.map((c) => [c.first, c.last] as const) } : {}) };
}
