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

/** Indices of the tokens that are the name علي in `paragraph`. */
export function aliNames(paragraph: string, tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  if (!PREPOSITION.test(paragraph)) return out;
  tokens.forEach((t, i) => {
    if ((t.folded === 'علي' || t.folded === 'وعلي') && NAME.test(paragraph.slice(t.start, t.end))) out.add(i);
  });
  return out;
}

/** People named علي + a family name with the article (علي العولقي), where nothing else was found. */
export function aliPersons(candidates: readonly Candidate[], tokens: readonly Token[], names: ReadonlySet<number>): Candidate[] {
  const covered = (t: number): boolean => candidates.some((c) => c.first <= t && t < c.last);
  const added: Candidate[] = [];
  for (const t of names) {
    const next = tokens[t + 1];
    if (covered(t) || covered(t + 1) || next?.word !== true || !next.folded.startsWith('ال') || next.folded.length < 5) continue;
    if (STOPWORDS.has(next.folded) || isTriggerWord(next.folded) || (commonWords().has(next.folded) && !nameLexicon().has(next.folded))) continue;
    added.push({ first: t, last: t + 2, type: 'person', source: 'model', match: null, tentative: false });
  }
  return added.length ? [...candidates, ...added].sort((a, b) => a.first - b.first) : [...candidates];
}
