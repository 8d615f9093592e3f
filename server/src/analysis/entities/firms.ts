/**
 * Companies and teams named by a foreign name between their head and their country's adjective
 * (شركة توتال الفرنسية، لشركة بترونت الهندية، فريق سيليرينا السويسري), where the model and the
 * lists found nothing: the name alone, without its head, as ANERcorp tags it. And airlines named
 * by their country (الخطوط الجوية الماليزية، الخطوط الكورية), whose head is their name.
 */
import type { Candidate } from './candidate';
import { hasStem } from './clitics';
import { commonWords } from './model/load';
import { isForeignName, isNationality } from './nationality';
import { STOPWORDS } from './stopwords';
import type { Token } from './tokens';

/** Heads of companies (whose adjective is feminine) and teams (masculine), folded. */
export const FIRMS = new Set(['شركه']);
const TEAMS = new Set(['فريق']);

/** The firms and teams so named in a paragraph. `taken` marks tokens already in a name; `text` is the paragraph. */
export function firmsByCountry(tokens: readonly Token[], taken: Uint8Array, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = tokens[i];
    // The cheap test first, as this runs on every word: the head ends like one (لشركة، وفريق).
    if (!head.word || !(head.folded.endsWith('شركه') || head.folded.endsWith('فريق'))) continue;
    const firm = hasStem(head.folded, FIRMS);
    if (!firm && !hasStem(head.folded, TEAMS)) continue;
    // One to three words that may be a foreign name: no article, common word or proclitic (شركة نفط، فريق عمل).
    let end = i + 1;
    while (end < i + 4 && tokens[end]?.word === true && !taken[end] && !tokens[end].folded.startsWith('ال') && !commonWords().has(tokens[end].folded) && isForeignName(tokens[end], text)) end++;
    const adjective = tokens[end];
    if (end === i + 1 || adjective?.word !== true || !adjective.folded.startsWith('ال') || !isNationality(adjective.folded)) continue;
    // The adjective agrees with the head: شركة … الفرنسية, فريق … السويسري.
    if (adjective.folded.endsWith('ه') !== firm) continue;
    out.push({ first: i + 1, last: end, type: 'organization', source: 'gazetteer', match: null, tentative: false });
    i = end;
  }
  return out;
}

/** An airline's head (folded, perhaps after و ل ب; لخطوط is ل + الخطوط): الخطوط الجوية اليمنية. */
const AIRLINE_HEADS = new Set(['الخطوط']);

/**
 * Airlines named «الخطوط (الجوية) + their country's adjective» (الخطوط الجوية الماليزية، للخطوط الكورية، الخطوط الجوية العربية
 * السعودية), where the lists and the model found nothing; not lines of another kind (الخطوط الحمراء، الخطوط الحديدية).
 */
export function airlines(tokens: readonly Token[], taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = tokens[i];
    if (!head.word || taken[i] || !head.folded.endsWith('خطوط') || !hasStem(head.folded, AIRLINE_HEADS)) continue;
    let end = tokens[i + 1].folded === 'الجويه' ? i + 2 : i + 1;
    // The country not already a name (الخطوط الجوية | السعودية, read as the country, is left as it is).
    const country = (k: number): boolean => tokens[k]?.word === true && !taken[k] && tokens[k].folded.startsWith('ال') && tokens[k].folded.endsWith('ه') && isNationality(tokens[k].folded);
    if (!country(end)) continue;
    while (end < i + 5 && country(end)) end++;
    out.push({ first: i, last: end, type: 'organization', source: 'gazetteer', match: null, tentative: false });
    i = end - 1;
  }
  return out;
}

/**
 * A name joined to another by the English «and» written in Arabic (اند، آند، أند): one name, the firm's as the partners' names
 * make it (بيكر اند ماكينزي، سوليفان آند كرومويل), or a land's where the sides found are places (ترينيداد آند توباغو). Only where
 * a side is a name found and neither has the article (فيش اند شيبس is a dish).
 */
export function joinedByAnd(candidates: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  let out: Candidate[] = [...candidates];
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i].folded !== 'اند' || !tokens[i].word) continue;
    const side = (t: number): boolean => tokens[t].word && !tokens[t].folded.startsWith('ال') && !STOPWORDS.has(tokens[t].folded);
    if (!side(i - 1) || !side(i + 1) || out.some((c) => c.first < i && i + 1 < c.last)) continue;
    // The model may have taken «and» into either side (بيكر اند | ماكينزي، ترينيداد | آند توباغو).
    const before = out.find((c) => c.first < i && (c.last === i || c.last === i + 1));
    const after = out.find((c) => c !== before && (c.first === i || c.first === i + 1) && c.last > i + 1);
    if (!before && !after) continue;
    const places = [before, after].every((c) => c === undefined || c.type === 'place');
    const joined: Candidate = { first: before?.first ?? i - 1, last: after?.last ?? i + 2, type: places ? 'place' : 'organization', source: 'model', match: null, tentative: false };
    out = [...out.filter((c) => c !== before && c !== after), joined].sort((a, b) => a.first - b.first);
  }
  return out;
}
