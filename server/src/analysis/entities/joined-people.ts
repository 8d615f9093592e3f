/**
 * Two people found side by side with a space alone between them, where the second begins with a
 * word names are made of: one person, whose name two sources cut in two (a listed محمد علي before
 * ياسين العمري, the model's مايا before أنجيلو, سهيل بن محمد فرج | فارس المزروعي), or a foreign given
 * name after a nationality before the family name the model found (الروماني فلاد | شيريشيس). Arabic writes
 * two people apart with و or a comma. They stay two:
 * - after a family name with the article, as in a team's line-up (عبدالله الشمري | حسين عبدالغني);
 * - after a one-word family name, a verb's subject before its object (وأشرك كابيلو | راؤول);
 * - when both are listed people, or one name is written twice (سيغموند فرويد سيغموند فرويد);
 * - in a run of three names or more, or at a line's end, as the tags under an article are.
 * In CV +0.01 to +0.02 with each of three seed sets; on the news it joins 19 pairs, 16 of them rightly.
 */
import type { Candidate } from './candidate';
import { isGivenNameAt, isListedPersonEnd, type GazetteerMatch } from './gazetteer/index';
import { commonWords, nameLexicon } from './model/load';
import { isNationality } from './nationality';
import { STOPWORDS } from './stopwords';
import type { Token } from './tokens';

/** Whether the word at `t` begins a name: a listed given name, or a word training saw in names and seldom outside. */
function beginsName(tokens: readonly Token[], t: number, gazetteer: readonly GazetteerMatch[]): boolean {
  const w = tokens[t].folded;
  const listed = gazetteer.some((m) => isGivenNameAt(m, t) && m.prefix === 0);
  if (STOPWORDS.has(w) || commonWords().has(w) || (/^[وبلفك]/.test(w) && !listed)) return false;
  return listed || nameLexicon().has(w);
}

/**
 * `candidates` (sorted by first token) with each such pair of people joined. A given name nationality.ts marked is
 * joined wherever it stands (at a line's end too), and dropped where the person after it is gone.
 */
export function joinedPeople(candidates: readonly Candidate[], tokens: readonly Token[], gazetteer: readonly GazetteerMatch[], text: string): Candidate[] {
  const out: Candidate[] = [];
  const byFirst = new Map(candidates.map((c) => [c.first, c]));
  const byLast = new Map(candidates.map((c) => [c.last, c]));
  const spaced = (left: number, right: number): boolean => text.slice(tokens[left].end, tokens[right].start) === ' ';
  for (const c of candidates) {
    const a = out[out.length - 1];
    // Not in a run of three names or more, nor at a line's end: a list of tags (سمات برشلونة لويس إنريكي ميسي نيمار).
    const before = byLast.get(a?.first ?? -1);
    const after = byFirst.get(c.last);
    const run = (before !== undefined && spaced(before.last - 1, before.last)) || (after !== undefined && spaced(c.last - 1, c.last));
    const lineEnd = /^[ \t\u00a0]*(?:\n|$)/.test(text.slice(tokens[c.last - 1].end));
    const given = a?.givenBefore === true && c.type === 'person' && a.last === c.first;
    if (given || (a?.type === 'person' && c.type === 'person' && a.last === c.first && !a.tentative && !c.tentative && !run && !lineEnd && joins(a, c, tokens, gazetteer, text))) {
      out[out.length - 1] = { first: a.first, last: c.last, type: 'person', source: a.source, match: null, tentative: false };
    } else out.push(c);
  }
  return out.filter((c) => c.givenBefore !== true);
}

function joins(a: Candidate, b: Candidate, tokens: readonly Token[], gazetteer: readonly GazetteerMatch[], text: string): boolean {
  // Two people the lists name whole are two (سلطان بن سلمان | فهد بن سلطان).
  if (a.match?.entry?.type === 'person' && b.match?.entry?.type === 'person') return false;
  const end = tokens[a.last - 1];
  if (text.slice(end.end, tokens[b.first].start) !== ' ' || end.folded.startsWith('ال')) return false;
  // No place's or body's listed name, which the person's type is to yield to (محافظ خميس مشيط | سعيد، بتعليم جازان | عثمان
  // عريبي), unless it is one word the lists give as a given name too (الشاعرة مايا | أنجيلو).
  const given = (m: GazetteerMatch): boolean => m.end - m.start === 1 && gazetteer.some((g) => isGivenNameAt(g, m.start));
  if (gazetteer.some((m) => m.entry && m.entry.type !== 'person' && m.start < b.last && a.first < m.end && !given(m))) return false;
  if (a.last - a.first === 1 && (isNationality(end.folded) || gazetteer.some((m) => m.cls === 'title' && m.start === a.first))) return false;
  // A one-word family name is a whole person, and the name after it another: a verb's subject and object (وأشرك كابيلو | راؤول).
  if (a.last - a.first === 1 && isListedPersonEnd(end.folded) && !gazetteer.some((m) => isGivenNameAt(m, a.first))) return false;
  const words = (c: Candidate): string => tokens.slice(c.first, c.last).map((t) => t.folded).join(' ');
  return words(a) !== words(b) && (a.givenBefore === true || beginsName(tokens, b.first, gazetteer));
}
