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

/** Diacritics (tashkeel, Quranic marks, superscript alef), tatweel and invisible marks. */
const DROP = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

function foldChar(ch: string): string {
  return SUBSTITUTE[ch] ?? ch.toLowerCase();
}

/** The folded matching form of `text`. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    if (DROP.test(ch)) continue;
    out += foldChar(ch);
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
    if (!DROP.test(ch)) {
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
