/**
 * Arabic folding for matching. Folding never changes the article: it builds a matching
 * view of it. Substitutions are one-to-one (alef and hamza forms, alef maksura, teh
 * marbuta, Arabic-Indic and Persian digits), deletions drop diacritics, tatweel and
 * invisible marks; `foldWithMap` keeps the way back to original offsets.
 */

const SUBSTITUTE: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه',
  'ؤ': 'و',
  'ک': 'ك', 'ڪ': 'ك',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
};

/** Diacritics (tashkeel, Quranic marks, superscript alef), tatweel and invisible marks, by code unit (a range test: folding runs on every character). */
function isDropped(c: number): boolean {
  if (c < 0x00ad) return false;
  return (
    c === 0x00ad || (c >= 0x0610 && c <= 0x061a) || c === 0x061c || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || c === 0x0640 ||
    (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff
  );
}

function foldChar(ch: string): string {
  const sub = SUBSTITUTE[ch];
  if (sub !== undefined) return sub;
  const c = ch.charCodeAt(0);
  // ASCII and Arabic letters need no case mapping; only other scripts go through toLowerCase.
  if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 32);
  if (c < 0x80 || (c >= 0x0600 && c <= 0x06ff)) return ch;
  return ch.toLowerCase();
}

/** The folded form of each BMP character, computed on first sight; '' for characters folding drops. */
const FOLDED_UNITS: (string | undefined)[] = [];

function foldUnit(code: number): string {
  let f = FOLDED_UNITS[code];
  if (f === undefined) {
    f = isDropped(code) ? '' : foldChar(String.fromCharCode(code));
    FOLDED_UNITS[code] = f;
  }
  return f;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The folded matching form of `text`. Through a per-character table, and `text` itself where nothing changes: names are folded by the thousand. */
export function fold(text: string): string {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHighSurrogate(c) || foldUnit(c) !== text[i]) break;
  }
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is one character, lowered whole (as foldChar lowers what is not Latin or Arabic).
    if (isHighSurrogate(c) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      out += foldChar(text.slice(i, i + 2));
      i++;
    } else out += foldUnit(c);
  }
  return out;
}

export interface FoldedText {
  readonly text: string;
  /** `map[i]` is the original offset of folded character i; `map[text.length]` is the original end. */
  readonly map: Int32Array;
}

/** Folds `source[start, end)` and records where each folded character came from. */
export function foldWithMap(source: string, start = 0, end = source.length): FoldedText {
  let out = '';
  const map: number[] = [];
  for (let i = start; i < end; i++) {
    const code = source.charCodeAt(i);
    // Keep surrogate pairs whole.
    const ch = code >= 0xd800 && code <= 0xdbff && i + 1 < end ? source.slice(i, i + 2) : source[i];
    if (!isDropped(code)) {
      const folded = foldChar(ch);
      for (let k = 0; k < folded.length; k++) map.push(i);
      out += folded;
    }
    i += ch.length - 1;
  }
  map.push(end);
  return { text: out, map: Int32Array.from(map) };
}

/** Marks that belong to the letter before them: diacritics, and tatweel (as in هـ). */
const COMBINING = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/;

/**
 * Maps a folded range back to the original text. The end takes in the diacritics and
 * tatweel that follow the last character (they belong to it), but no invisible marks.
 */
export function unfoldSpan(source: string, folded: FoldedText, start: number, end: number): { start: number; end: number } {
  const origStart = folded.map[start];
  if (end <= start) return { start: origStart, end: origStart };
  const last = folded.map[end - 1];
  let origEnd = last + (/[\ud800-\udbff]/.test(source[last]) ? 2 : 1);
  while (origEnd < source.length && COMBINING.test(source[origEnd])) origEnd++;
  return { start: origStart, end: origEnd };
}

const PUNCTUATION = /[\p{P}\p{S}]/gu;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/**
 * The key two paragraphs share when they are the same text for an editor: folded,
 * without punctuation or symbols, with white space collapsed.
 */
export function comparisonKey(text: string): string {
  return fold(text).replace(PUNCTUATION, ' ').replace(SPACES, ' ').trim();
}
