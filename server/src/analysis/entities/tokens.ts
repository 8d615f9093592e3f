/**
 * Tokens for the name recogniser: runs of letters, marks and digits are words, every other
 * visible character is a token of its own, white space separates. Clitics stay attached
 * (clitics.ts analyses them). Each token keeps its offsets into the paragraph and its folded
 * form (text/normalize.ts), computed through a per-character table because this is the
 * recogniser's hottest loop.
 */
import { fold } from '../text/normalize';

export interface Token {
  readonly start: number;
  readonly end: number;
  /** The folded form: hamza and alef forms, alef maksura, ta marbuta unified; no diacritics. */
  readonly folded: string;
  /** True for a word (letters or digits); false for punctuation and symbols. */
  readonly word: boolean;
}

/** Folded form of each BMP character, computed on first sight; '' for characters folding drops. */
const FOLDED: (string | undefined)[] = [];

function foldCode(code: number): string {
  let f = FOLDED[code];
  if (f === undefined) {
    f = fold(String.fromCharCode(code));
    FOLDED[code] = f;
  }
  return f;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Per BMP character: 0 not yet known, 1 part of a word, 2 not. Filled on first sight, so loading costs nothing. */
const WORD_TABLE = new Uint8Array(0x10000);

function isWordCode(c: number): boolean {
  let k = WORD_TABLE[c];
  if (k === 0) {
    // Join controls and the soft hyphen sit inside words.
    k = WORD_CHAR.test(String.fromCharCode(c)) || c === 0x200c || c === 0x200d || c === 0x00ad ? 1 : 2;
    WORD_TABLE[c] = k;
  }
  return k === 1;
}

/** The kind of the character at `i`: 0 space, 1 word, 2 other. Surrogate pairs count as one symbol. */
function kindAt(text: string, i: number): 0 | 1 | 2 {
  const c = text.charCodeAt(i);
  if (c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return 0;
  // Direction marks and isolates are invisible: treat them as space so they never join a name.
  if (c === 0x200e || c === 0x200f || c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return 0;
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 1 : 2;
  return isWordCode(c) ? 1 : 2;
}

function foldRange(text: string, start: number, end: number): string {
  let folded = '';
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      folded += text.slice(i, i + 2);
      i++;
    } else folded += foldCode(code);
  }
  return folded;
}

/**
 * The folded words of a name written with letters and spaces only, as tokenize would give
 * them; null when the name holds anything else (then tokenize it).
 */
export function simpleWords(name: string): string[] | null {
  // Most names fold to themselves: split them as they are.
  let same = true;
  for (let i = 0; i < name.length && same; i++) {
    const c = name.charCodeAt(i);
    same = c === 32 || (c < 0xd800 && isWordCode(c) && foldCode(c) === name[i]);
  }
  if (same) return name.split(' ').filter(Boolean);
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32) {
      if (word) words.push(word);
      word = '';
    } else if (c < 0xd800 && isWordCode(c)) word += foldCode(c);
    else return null;
  }
  if (word) words.push(word);
  return words;
}

/** Splits one paragraph into tokens; offsets are the paragraph's own. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const kind = kindAt(text, i);
    if (kind === 0) {
      i++;
      continue;
    }
    const start = i;
    if (kind === 2) {
      i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff && i + 1 < n ? 2 : 1;
      tokens.push({ start, end: i, folded: text.slice(start, i), word: false });
      continue;
    }
    // Most words fold to themselves: slice them whole, and build the folded form only when needed.
    let same = true;
    while (i < n && kindAt(text, i) === 1) {
      const code = text.charCodeAt(i);
      if (same && (code >= 0xd800 || foldCode(code) !== text[i])) same = false;
      i++;
    }
    const folded = same ? text.slice(start, i) : foldRange(text, start, i);
    tokens.push({ start, end: i, folded, word: folded.length > 0 });
  }
  return tokens;
}

/** Whether a token is written ending in ي, not in ئ or ى, which fold alike (الشمري, not الطوارئ or المبنى). */
/** Whether a token is a word written in Latin letters (Princeton، HTC). */
export const isLatinWord = (token: Token): boolean => token.word && /^[A-Za-z]/.test(token.folded);

export const writtenWithYa = (token: Token, text: string): boolean => text[token.end - 1] === 'ي';
/** Whether a token is written ending in ta marbuta (المملكة), which folds to ه. */
export const writtenWithTa = (token: Token, text: string): boolean => text[token.end - 1] === 'ة';
/** Whether a token is written ending in ه where a name has ة (ناديه: his club; بلده: his country; جده: his grandfather). */
export const writtenWithHa = (token: Token, text: string): boolean => text[token.end - 1] === 'ه';

/** Quotes, and the brackets news sites write a name in (وأوضح لـ(عكاظ)، قرية «مارابة»). */
const OPENING = new Set(['«', '"', '“', "'", '(']);
const CLOSING = new Set(['»', '"', '”', "'", ')']);
export const isOpeningQuote = (token: Token | undefined): boolean => token?.word === false && OPENING.has(token.folded);
export const isClosingQuote = (token: Token | undefined): boolean => token?.word === false && CLOSING.has(token.folded);
/** The commas that part a list's items (Arabic and Latin). */
const COMMAS = new Set(['،', ',']);
export const isComma = (token: Token | undefined): boolean => token?.word === false && COMMAS.has(token.folded);
