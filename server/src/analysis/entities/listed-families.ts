/**
 * Family names the lists hold that the model, never having seen them in training, leaves out of
 * a name (وأشار | السقاف إلى، جيما | أرياس، الدكتورة نجاح | العطار). The model weighs a listed
 * family name as the trained lists taught it, which is little for a word it never saw. Where a
 * word the lists know only as a family name stands, the paragraph is decoded a second time with
 * the person labels there raised by FAMILY_BONUS; a person that reading finds is taken when its
 * other words were a person's in the first reading or are listed given names, and when it cuts
 * no name of the first reading (دونكان هانتر stays whole). So a verb or a noun before the family
 * name never joins it (أشاد | الزهراني، لمواقف | دشتي), and one after the name ends it (المهندس خليل |
 * بزواجه). The raised scores go with the labels, so that a one-word name so found is as sure as its
 * raised score says.
 *
 * A listed given or family name where it is the speaker is raised the same way, by more (SPEAKER_BONUS),
 * and a word no list holds there, if training did not see it often outside names, by a little less (UNLISTED_SPEAKER_BONUS).
 *
 * In ANERcorp's 10-fold cross-validation (paragraph level) it takes F1 from 81.13 to 81.30, PERS
 * from 76.59 to 77.07; on the 3,989 news articles it adds about 50 entities, most of them family
 * names alone after a verb of saying or a title (وأضاف الأحمري، الشيخ العثيم).
 */
import { isListedPersonEnd, type GazetteerMatch } from './gazetteer/index';
import { chunks } from './model/corpus';
import { LABEL_COUNT, isInside } from './model/labels';
import { commonWords } from './model/load';
import { ORDINALS, isSayingVerb } from './not-names';
import { shapedAsNoName } from './word-shapes';
import { STOPWORDS } from './stopwords';
import type { Token } from './tokens';

/** How much a listed family name's person labels are raised in the second reading. */
const FAMILY_BONUS = 10;
/**
 * How much a listed given or family name's person labels are raised where it is the speaker: after
 * a verb of saying and before أن، إن, a colon or AFTER_SPEAKER (وأوضح العواملة أن، ورجّح فارس أن), where the model,
 * never having seen the word, reads a definite one as a noun (O 24.5, B-PERS −3.5 for العواملة).
 */
const SPEAKER_BONUS = 40;
/**
 * How much a word no list holds is raised where it is the speaker (وأضاف بلازي أن، وقال
 * قوطالي إن): less than a listed name, so that the model's doubt of a word it can read (كلمات) stands.
 * On the news, 20 adds 7 speakers and 35 four more (الخضر لصور), all right; CV +0.01 either way.
 */
const UNLISTED_SPEAKER_BONUS = 35;
/**
 * How much the last word of a listed person's name is raised right after a person's title (الرئيس مبارك، الرئيس
 * مشرف، الإمام الرضا، المهندس خليل), where the model, reading a common word (blessed, supervisor, satisfaction),
 * leaves it out. A word in ي by less (TITLED_NISBA_BONUS): it may be the adjective of a title that is also a noun
 * (الفريق العيناوي: the team from Al Ain, الأمير الخرافي: the fabled prince). In CV 20 → 45 gives +0.09 to +0.11 with
 * each of three seed sets; on the news it adds three people, all right.
 */
const TITLED_BONUS = 45;
const TITLED_NISBA_BONUS = 20;
/** What follows the speaker (folded): أن، إن، أنه، إنها… */
const SAID = new Set(['ان', 'انه', 'انها', ':']);
/**
 * What may follow the speaker besides SAID, leading to what was said (folded): وأشار قوطالي إلى، وكشف X عن، وأكد X خلال،
 * وأوضح X الذي، وقال X للصحفيين. Not في alone, after which a common noun is the source as often (وقال قيادي في المقاومة),
 * only في and a statement (STATEMENTS); nor علي, also a name. CV +0.03 with each of three seed sets.
 */
const AFTER_SPEAKER = new Set(['الي', 'عن', 'خلال', 'الذي', 'للصحفيين', 'للصحافيين', 'لوكاله', 'لصحيفه', 'لقناه', 'لـ']);
/** What the speaker said it in, after في (folded): وقال X في تصريح، في بيان، في مؤتمر صحفي. */
const STATEMENTS = new Set(['تصريح', 'تصريحات', 'بيان', 'حديث', 'مؤتمر', 'كلمه', 'مقابله', 'لقاء', 'اتصال', 'رساله', 'تغريده']);
const PERSON_NAME_CLASSES = new Set(['firstName', 'gulfName', 'familyName']);
const B_PERS = 1;
const I_PERS = 2;

const isPerson = (label: number): boolean => label === B_PERS || label === I_PERS;

const FAMILY_CLASS = new Set(['familyName']);

/** Whether a list gives token `t` a class outside `own` (a place, a title, a body…). */
const otherClassAt = (gazetteer: readonly GazetteerMatch[], t: number, own: ReadonlySet<string>): boolean => gazetteer.some((o) => !own.has(o.cls) && o.start <= t && t < o.end);

/** Token indices of one-word family names no list gives another class (not a given name, place, title or body). */
function onlyFamilyNames(gazetteer: readonly GazetteerMatch[]): Set<number> {
  const out = new Set<number>();
  for (const m of gazetteer) if (m.cls === 'familyName' && m.end - m.start === 1 && !otherClassAt(gazetteer, m.start, FAMILY_CLASS)) out.add(m.start);
  return out;
}

/** «His saying», «her saying» (folded), after the one a report quotes: ونقلت الوكالة عن رمضان قوله، إلى جنبلاط قوله. */
const HIS_SAYING = new Set(['قوله', 'قولها']);
/** What comes before the one a report quotes (folded): عن، إلى. */
const QUOTED_FROM = new Set(['عن', 'الي']);

/**
 * Whether token `t` stands where a speaker does: after a verb of saying and before أن، إن, a colon or AFTER_SPEAKER,
 * or between عن or إلى and قوله (نقلت الوكالة عن ستانيشيف قوله).
 */
function asSpeaker(tokens: readonly Token[], t: number): boolean {
  const next = tokens[t + 1]?.folded ?? '';
  const inStatement = next === 'في' && STATEMENTS.has(tokens[t + 2]?.folded ?? '');
  if (HIS_SAYING.has(next) && QUOTED_FROM.has(tokens[t - 1]?.folded ?? '')) return true;
  return (SAID.has(next) || AFTER_SPEAKER.has(next) || inStatement) && isSayingVerb(tokens[t - 1]);
}

/**
 * Whether token `t` follows a verb of saying, whatever else comes after it (وتوقع فارس تزايد الأضرار، ورحب باتشان بالأفلام): a listed
 * name there is the subject. Not after بين, also «between» (بين ناديه الأصلي), nor before a definite word, which makes
 * the word an office's head (وأوضح أمين المنطقة).
 */
const afterSayingVerb = (tokens: readonly Token[], t: number): boolean =>
  isSayingVerb(tokens[t - 1]) && !['بين', 'وبين'].includes(tokens[t - 1].folded) && !(tokens[t + 1]?.word === true && tokens[t + 1].folded.startsWith('ال'));

/** Token indices of one-word listed given or family names, of no other class and no common word, as the speaker (see SPEAKER_BONUS). */
function speakers(tokens: readonly Token[], gazetteer: readonly GazetteerMatch[]): Set<number> {
  const out = new Set<number>();
  for (const m of gazetteer) {
    const t = m.start;
    if (!PERSON_NAME_CLASSES.has(m.cls) || m.end - t !== 1 || m.prefix > 0 || !(asSpeaker(tokens, t) || afterSayingVerb(tokens, t))) continue;
    if (commonWords().has(tokens[t].folded) || otherClassAt(gazetteer, t, PERSON_NAME_CLASSES)) continue;
    out.add(t);
  }
  return out;
}

/**
 * Token indices of one-word speakers no list holds (see UNLISTED_SPEAKER_BONUS): no article, no proclitic, no
 * shape of a verb, a pronoun's or a plural's (معاليه، مستثمرون، متحسرا), no function word or word training saw
 * often outside names; one training saw in names counts (وأضاف بلازي أن, when the model still doubts it: CV +0.02
 * with each of three seed sets). After a verb in the masculine only, since cities and news speak in the feminine
 * (وأوضحت منسك، وقالت أنباء).
 */
function unlistedSpeakers(tokens: readonly Token[], gazetteer: readonly GazetteerMatch[], paragraph: string): Set<number> {
  const out = new Set<number>();
  for (let t = 1; t + 1 < tokens.length; t++) {
    const w = tokens[t].folded;
    if (!tokens[t].word || w.length < 3 || w.startsWith('ال') || !asSpeaker(tokens, t) || /(?:ون|ين|ات)$/.test(w) || tokens[t - 1].folded.endsWith('ت')) continue;
    if (STOPWORDS.has(w) || commonWords().has(w) || shapedAsNoName(w, paragraph.slice(tokens[t].start, tokens[t].end))) continue;
    if (gazetteer.some((m) => m.start <= t && t < m.end)) continue;
    out.add(t);
  }
  return out;
}

/**
 * Token indices of the last words of listed people's names right after a one-word person's title with the article,
 * of no other list (see TITLED_BONUS). Not after a title in ي, which may be an adjective (المنبر الإعلامي | الصادق)
 * or ولي (والله ولي التوفيق), nor after العهد (العهد العباسي) or an indefinite title, which heads a construct (قائد
 * نصر); not an adjective in ي training saw often (القائد | البحري); nor between names (جسر الملك فهد العقيد | مرعي
 * القحطاني: a title after a name, or before another title).
 */
function titledSurnames(tokens: readonly Token[], gazetteer: readonly GazetteerMatch[]): Set<number> {
  const out = new Set<number>();
  const titleAt = new Set(gazetteer.filter((m) => m.cls === 'title').map((m) => m.start));
  for (const m of gazetteer) {
    const t = m.end;
    if (m.cls !== 'title' || t - m.start !== 1) continue;
    const title = tokens[m.start].folded;
    if (!title.startsWith('ال') || title.endsWith('ي') || title === 'العهد' || tokens[t]?.word !== true) continue;
    if (titleAt.has(t + 1) || gazetteer.some((o) => o.end === m.start && PERSON_NAME_CLASSES.has(o.cls))) continue;
    const w = tokens[t].folded;
    // An ordinal ends kings' names (جيمس الأول) and follows titles as a word (الوزير الأول، النائب الثاني).
    if (ORDINALS.has(w) || !isListedPersonEnd(w) || (w.startsWith('ال') && w.endsWith('ي') && commonWords().has(w))) continue;
    if (otherClassAt(gazetteer, t, PERSON_NAME_CLASSES)) continue;
    out.add(t);
  }
  return out;
}

export interface Reading {
  readonly labels: Uint8Array;
  readonly scores: Float64Array;
}

/**
 * The model's reading of a paragraph with the persons that its listed family names complete
 * (see above). `decode` is the model's decoder for this paragraph; `first` its reading of `scores`.
 */
export function withListedFamilies(decode: (scores: Float64Array) => Uint8Array, scores: Float64Array, first: Uint8Array, gazetteer: readonly GazetteerMatch[], tokens: readonly Token[], paragraph: string): Reading {
  const family = onlyFamilyNames(gazetteer);
  const speaking = speakers(tokens, gazetteer);
  const unlisted = unlistedSpeakers(tokens, gazetteer, paragraph);
  const titled = titledSurnames(tokens, gazetteer);
  for (const t of [...speaking, ...unlisted, ...titled]) family.add(t);
  if (family.size === 0) return { labels: first, scores };
  const raise = (into: Float64Array, t: number): void => {
    const bonus = speaking.has(t) ? SPEAKER_BONUS : unlisted.has(t) ? UNLISTED_SPEAKER_BONUS : titled.has(t) ? (tokens[t].folded.endsWith('ي') ? TITLED_NISBA_BONUS : TITLED_BONUS) : FAMILY_BONUS;
    into[t * LABEL_COUNT + B_PERS] += bonus;
    into[t * LABEL_COUNT + I_PERS] += bonus;
  };
  const raised = Float64Array.from(scores);
  for (const t of family) raise(raised, t);
  const second = decode(raised);
  const given = new Set(gazetteer.filter((m) => m.cls === 'firstName').map((m) => m.start));
  const labels = Uint8Array.from(first);
  const weighed = Float64Array.from(scores);
  for (const c of chunks(second)) {
    if (c.type !== 'PERS') continue;
    // A chunk that runs on past its raised name into a word that fits no name ends before that word (المهندس خليل | بزواجه).
    let end = c.start;
    while (end < c.end && (family.has(end) || isPerson(first[end]) || given.has(end))) end++;
    let hasFamily = false;
    for (let t = c.start; t < end; t++) if (family.has(t)) hasFamily = true;
    // Nor may it cut a name of the first reading that goes on before or after it.
    const cuts = isInside(first[c.start]) || (end < first.length && isInside(first[end]));
    if (!hasFamily || cuts) continue;
    for (let t = c.start; t < end; t++) {
      labels[t] = second[t];
      if (family.has(t)) raise(weighed, t);
    }
  }
  return { labels, scores: weighed };
}
