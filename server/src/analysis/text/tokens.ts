/**
 * Tokens of a folded paragraph (see normalize.ts) for the date and figure recognisers:
 * words, numbers written in digits (with their inner separators) and single symbols.
 * Offsets are into the folded text; `unfoldSpan` maps them back to the paragraph.
 */
import { foldWithMap, type FoldedText } from './normalize';

export type TokenKind = 'word' | 'number' | 'symbol';

export interface Token {
  /** The folded text of the token. */
  readonly text: string;
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** Whether white space separates it from the token before. */
  readonly spaced: boolean;
}

/** Words (letters and marks), numbers with inner separators (1,500 · 45٫5 · 30.6.2017), any other visible character. */
const TOKEN = /([\p{L}\p{M}]+)|(\d+(?:[.,٫٬]\d+)*)|(\S)/gu;

export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let last = 0;
  for (let m = TOKEN.exec(folded); m; m = TOKEN.exec(folded)) {
    const kind: TokenKind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : 'symbol';
    tokens.push({ text: m[0], kind, start: m.index, end: m.index + m[0].length, spaced: m.index > last || tokens.length === 0 });
    last = m.index + m[0].length;
  }
  return tokens;
}

/** A paragraph folded once and split into tokens, shared by the recognisers that read it. */
export interface Prepared {
  readonly folded: FoldedText;
  readonly tokens: readonly Token[];
}

export function prepare(paragraph: string): Prepared {
  const folded = foldWithMap(paragraph);
  return { folded, tokens: tokenize(folded.text) };
}

/** Conjunction and preposition clitics a word may carry (و ف ب ل, and وب ول فب فل). */
const CLITIC = /^(?:[وف][بل]?|[بل])/;

/**
 * The word without a leading clitic when the bare form is in `known`, else the word itself
 * when it is; null when neither is. `clitic` is the length of what was taken off.
 */
export function lookupWord<T>(known: ReadonlyMap<string, T>, word: string): { value: T; clitic: number } | null {
  const direct = known.get(word);
  if (direct !== undefined) return { value: direct, clitic: 0 };
  const m = CLITIC.exec(word);
  if (!m) return null;
  for (let n = m[0].length; n >= 1; n--) {
    const value = known.get(word.slice(n));
    if (value !== undefined) return { value, clitic: n };
  }
  return null;
}

/** The forms a word may be looked up by: itself, without one or two clitic letters, and للعام as العام. */
export function bareForms(word: string): string[] {
  const forms = [word];
  const m = CLITIC.exec(word);
  if (m) for (let n = m[0].length; n >= 1; n--) forms.push(word.slice(n));
  if (/^[وفب]?لل/.test(word)) forms.push(`ال${word.slice(word.indexOf('لل') + 2)}`);
  return forms;
}

/** A quick test of whether a rule could start at token `i`: a number, one of `symbols`, or a word whose bare form is in `words`. */
export function startsWithin(tokens: readonly Token[], i: number, words: ReadonlySet<string>, symbols = ''): boolean {
  const t = tokens[i];
  if (t.kind === 'number') return true;
  if (t.kind === 'symbol') return symbols.includes(t.text);
  return bareForms(t.text).some((f) => words.has(f));
}

/** The word at `i` (its folded text), or undefined when token `i` is not a word. */
export function wordAt(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  return t && t.kind === 'word' ? t.text : undefined;
}

/** Whether tokens from `i` spell the words of `phrase` (space-separated, folded). Returns the index after them, or -1. */
export function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[], first?: string): number {
  for (let k = 0; k < phrase.length; k++) if ((k === 0 && first !== undefined ? first : wordAt(tokens, i + k)) !== phrase[k]) return -1;
  return i + phrase.length;
}

/** The longest of `phrases` (each a list of folded words) that starts at `i`: its index in the list and the index after it. */
export function longestPhraseAt(tokens: readonly Token[], i: number, phrases: readonly (readonly string[])[], first?: string): { index: number; next: number } | null {
  let best: { index: number; next: number } | null = null;
  const head = first ?? wordAt(tokens, i);
  if (head === undefined) return null;
  for (let index = 0; index < phrases.length; index++) {
    if (phrases[index][0] !== head) continue;
    const next = phraseAt(tokens, i, phrases[index], first);
    if (next >= 0 && (!best || next > best.next)) best = { index, next };
  }
  return best;
}
