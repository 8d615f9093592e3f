/**
 * Companies and teams named by a foreign name between their head and their country's adjective
 * (شركة توتال الفرنسية، لشركة بترونت الهندية، فريق سيليرينا السويسري), where the model and the
 * lists found nothing: the name alone, without its head, as ANERcorp tags it.
 */
import type { Candidate } from './candidate';
import { hasStem } from './clitics';
import { commonWords } from './model/load';
import { isForeignName, isNationality } from './nationality';
import type { Token } from './tokens';

/** Heads of companies (whose adjective is feminine) and teams (masculine), folded. */
const FIRMS = new Set(['شركه']);
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
