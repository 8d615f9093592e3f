/**
 * Dotted acronyms: letters joined by dots with no space between (إف.بي.آي، أ.ف.ب، إن.بي.سي).
 * In news they name agencies, networks and companies; the tokeniser cuts them at every dot,
 * so the model saw pieces (بي، سي) and typed them one by one. Three letter groups or more make
 * one organisation, replacing whatever was found inside it; two (ص.ب، أ.د) are left alone.
 */
import type { Candidate } from './candidate';
import type { Token } from './tokens';

const GROUP = /^[\u0621-\u064a]{1,4}$/;
/** Most paragraphs have no letter, dot, letter: they are passed by at once. */
const LETTER_DOT_LETTER = /[\u0621-\u064a]\.[\u0621-\u064a]/;

/** Token ranges [first, last) of dotted acronyms, in order. */
function acronymsIn(tokens: readonly Token[], text: string): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].word || !GROUP.test(tokens[i].folded) || (i > 0 && tokens[i - 1].end === tokens[i].start && text[tokens[i - 1].start] === '.')) continue;
    let j = i;
    // j: the last group so far; a group follows when a dot sits right after it and a letter group right after the dot.
    while (j + 2 < tokens.length && text.slice(tokens[j + 1].start, tokens[j + 1].end) === '.' && tokens[j].end === tokens[j + 1].start && tokens[j + 1].end === tokens[j + 2].start && tokens[j + 2].word && GROUP.test(tokens[j + 2].folded)) j += 2;
    const groups = (j - i) / 2 + 1;
    if (groups >= 3) out.push({ first: i, last: j + 1 });
    i = j;
  }
  return out;
}

/** `candidates` with every dotted acronym one organisation, and nothing else found inside one. */
export function withAcronyms(candidates: Candidate[], tokens: readonly Token[], text: string): Candidate[] {
  if (!LETTER_DOT_LETTER.test(text)) return candidates;
  const found = acronymsIn(tokens, text);
  if (!found.length) return candidates;
  const kept = candidates.filter((c) => !found.some((a) => c.first < a.last && a.first < c.last));
  const added: Candidate[] = found.map((a) => ({ first: a.first, last: a.last, type: 'organization', source: 'model', match: null, tentative: false }));
  return [...kept, ...added].sort((a, b) => a.first - b.first);
}
