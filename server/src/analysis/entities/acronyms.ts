/**
 * Dotted acronyms: letters joined by dots with no space between (إف.بي.آي، أ.ف.ب، إن.بي.سي).
 * In news they name agencies, networks and companies; the tokeniser cuts them at every dot,
 * so the model saw pieces (بي، سي) and typed them one by one. Three letter groups or more make
 * one organisation, replacing whatever was found inside it; two (ص.ب، أ.د) are left alone.
 * And a body's short name in brackets or quotes after its full name is the body's too.
 */
import type { Candidate } from './candidate';
import { commonWords } from './model/load';
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

/** Brackets and quotes a body's short name follows its full name in (folded). */
const SHORT_OPEN: ReadonlyMap<string, string> = new Map([
  ['(', ')'],
  ['«', '»'],
  ['"', '"'],
]);

/**
 * A body's short name in brackets or quotes right after its full name (مركز إيداع الأوراق المالية
 * (تداول)، الشركة السعودية للمعلومات الائتمانية «سمة»): an organisation too. One to three words,
 * no digit or common word, nothing found inside them, and no description (تغذية علاجية).
 */
export function withShortNames(candidates: Candidate[], tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    out.push(c);
    const open = tokens[c.last];
    const close = open && !open.word ? SHORT_OPEN.get(open.folded) : undefined;
    // The bracket opens after a space: a quote right after the name closes it (وول ستريت جورنال" و…).
    if (c.type !== 'organization' || c.last - c.first < 2 || close === undefined || open.start === tokens[c.last - 1].end) continue;
    let end = c.last + 1;
    while (end < tokens.length && end <= c.last + 3 && tokens[end].word && !/\d/.test(tokens[end].folded) && !commonWords().has(tokens[end].folded)) end++;
    if (end === c.last + 1 || tokens[end]?.folded !== close || candidates.some((o) => o.first < end && o.last > c.last)) continue;
    // Nor a description of two words or more, which ends in an indefinite adjective (تغذية علاجية).
    const last = tokens[end - 1].folded;
    if (end - c.last > 2 && !last.startsWith('ال') && /(ي|يه)$/.test(last)) continue;
    out.push({ first: c.last + 1, last: end, type: 'organization', source: 'gazetteer', match: null, tentative: false, shortName: true });
  }
  return out;
}
