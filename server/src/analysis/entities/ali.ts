/**
 * The given name علي and the preposition على fold alike, and much Arabic text writes the
 * preposition علي too, so the model, seeing one folded word, takes علي for the preposition
 * and drops it from names (علي | عبدالله صالح) or misses them (علي العولقي). A paragraph that
 * writes the preposition على with alef maksura somewhere keeps the two apart: there علي is
 * the name. In ANERcorp, علي in a sentence that also has على is a name 11 times in 15 (two of
 * the four others untagged names), and elsewhere the preposition 239 times in 272.
 */
import type { Candidate } from './candidate';
import { isTriggerWord } from './gazetteer/index';
import { commonWords, nameLexicon } from './model/load';
import { STOPWORDS } from './stopwords';
import type { Token } from './tokens';

const PREPOSITION = /(^|[^\p{L}\p{M}])[وف]?على(?![\p{L}\p{M}])/u;
const NAME = /^و?علي$/;

/** Whether `text` writes the preposition على with alef maksura, and so keeps it apart from the name علي. */
export const writesAla = (text: string): boolean => PREPOSITION.test(text);

/** Indices of the tokens written علي in `paragraph`. */
function written(paragraph: string, tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if ((t.folded === 'علي' || t.folded === 'وعلي') && NAME.test(paragraph.slice(t.start, t.end))) out.add(i);
  });
  return out;
}

/** Indices of the tokens that are the name علي in `paragraph`. */
export function aliNames(paragraph: string, tokens: readonly Token[]): Set<number> {
  return writesAla(paragraph) ? written(paragraph, tokens) : new Set();
}

/**
 * Indices of the tokens written علي in a paragraph that writes no على (a byline, a caption, a
 * short paragraph): the name if the article writes على elsewhere (entities/article.ts).
 */
export function unsureAliNames(paragraph: string, tokens: readonly Token[]): Set<number> {
  return writesAla(paragraph) ? new Set() : written(paragraph, tokens);
}

/** Honorifics before a name (folded): الإمام علي، سيدنا علي. */
const HONORIFICS = new Set(['الامام', 'الخليفه', 'سيدنا', 'الشيخ', 'السيد']);

/**
 * People named علي + a family name with the article (علي العولقي), where nothing else was found;
 * those among `unsure` (unsureAliNames) tentative, kept only where the article writes على, and
 * only before a family name in ي or one training saw in names.
 */
export function aliPersons(candidates: readonly Candidate[], tokens: readonly Token[], names: ReadonlySet<number>, unsure: ReadonlySet<number>): Candidate[] {
  const covered = (t: number): boolean => candidates.some((c) => c.first <= t && t < c.last);
  const added: Candidate[] = [];
  for (const t of [...names, ...unsure]) {
    const next = tokens[t + 1];
    // After an honorific, where the paragraph writes على apart, علي alone is the man (قتل الإمام علي في الكوفة).
    const alone = names.has(t) && !covered(t) && HONORIFICS.has(tokens[t - 1]?.folded ?? '');
    if (alone && (next?.word !== true || !next.folded.startsWith('ال') || covered(t + 1))) {
      added.push({ first: t, last: t + 1, type: 'person', source: 'model', match: null, tentative: false });
      continue;
    }
    if (covered(t) || covered(t + 1) || next?.word !== true || !next.folded.startsWith('ال') || next.folded.length < 5) continue;
    if (STOPWORDS.has(next.folded) || isTriggerWord(next.folded) || (commonWords().has(next.folded) && !nameLexicon().has(next.folded))) continue;
    if (!unsure.has(t)) added.push({ first: t, last: t + 2, type: 'person', source: 'model', match: null, tentative: false });
    // Where the paragraph may write على as علي, a family name in ي or one training saw in names (علي الزهراني), not a noun (علي الهضبة، علي المعونات).
    else if (next.folded.endsWith('ي') || (nameLexicon().has(next.folded) && !commonWords().has(next.folded))) added.push({ first: t, last: t + 2, type: 'person', source: 'model', match: null, tentative: true, needsAla: true });
  }
  return added.length ? [...candidates, ...added].sort((a, b) => a.first - b.first) : [...candidates];
}
