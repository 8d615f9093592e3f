/**
 * Reading NER corpora in CoNLL form (`token tag [tag…]` per line, a blank line between
 * sentences) and aligning their tokens with the recogniser's own (tokens.ts), so that the
 * model is trained on exactly the tokens it sees at run time. Used by training and
 * evaluation (scripts/train, scripts/eval); pure like the rest of the core.
 */
import { tokenize, type Token } from '../tokens';
import { classOf, labelIndex } from './labels';

export interface CorpusSentence {
  readonly words: readonly string[];
  /** One label index per word (labels.ts). */
  readonly labels: readonly number[];
}

/** How a corpus's tag layers become one ANERcorp-style tag: the outermost layer whose type maps. */
const WOJOOD_TYPES: Readonly<Record<string, string>> = { PERS: 'PERS', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', EVENT: 'MISC' };

function flatTag(tags: readonly string[]): string {
  for (const tag of tags) {
    const m = /^([BI])-([A-Z]+)$/.exec(tag);
    if (!m) continue;
    if (labelIndex(tag) > 0) return tag;
    const mapped = WOJOOD_TYPES[m[2]];
    if (mapped) return `${m[1]}-${mapped}`;
  }
  return 'O';
}

/** Parses a CoNLL text. Nested layers (Wojood) are flattened to the outermost mapped type. */
export function parseConll(text: string): CorpusSentence[] {
  const sentences: CorpusSentence[] = [];
  let words: string[] = [];
  let labels: number[] = [];
  const flush = (): void => {
    if (words.length) sentences.push({ words, labels: repairBio(labels) });
    words = [];
    labels = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const parts = line.trim().split(/\s+/);
    if (parts[0] === '') {
      flush();
      continue;
    }
    words.push(parts[0]);
    labels.push(labelIndex(flatTag(parts.slice(1))));
  }
  flush();
  return sentences;
}

/** An I- that does not continue its class becomes a B-. */
function repairBio(labels: number[]): number[] {
  return labels.map((y, i) => (y > 0 && y % 2 === 0 && (i === 0 || classOf(labels[i - 1]) !== classOf(y)) ? y - 1 : y));
}

export interface AlignedSentence {
  /** The sentence as text: its words joined by single spaces. */
  readonly text: string;
  /** Where each word starts in `text`. */
  readonly wordStarts: readonly number[];
  readonly tokens: readonly Token[];
  /** One label per token: the word's label, B- only on the word's first token, O on punctuation. */
  readonly labels: Uint8Array;
}

export function alignSentence(sentence: CorpusSentence): AlignedSentence {
  const wordStarts: number[] = [];
  let text = '';
  for (const w of sentence.words) {
    if (text) text += ' ';
    wordStarts.push(text.length);
    text += w;
  }
  const tokens = tokenize(text);
  const labels = new Uint8Array(tokens.length);
  const wordOf = tokens.map((token) => {
    let lo = 0;
    let hi = wordStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (wordStarts[mid] <= token.start) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  });
  tokens.forEach((token, t) => {
    const word = wordOf[t];
    const gold = sentence.labels[word];
    if (gold === 0) return;
    const first = tokens.findIndex((x, k) => wordOf[k] === word && x.word);
    const last = tokens.findLastIndex((x, k) => wordOf[k] === word && x.word);
    // Punctuation around a word stays outside the name; punctuation inside it (بي.بي.سي) is part of it.
    if (!token.word && (t < first || t > last || first < 0)) return;
    labels[t] = t === first ? gold : gold % 2 === 1 ? gold + 1 : gold;
  });
  return { text, wordStarts, tokens, labels: repairTokens(labels) };
}

/** After punctuation was labelled O inside a name, what follows it starts again with B-. */
function repairTokens(labels: Uint8Array): Uint8Array {
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    if (y > 0 && y % 2 === 0 && (i === 0 || classOf(labels[i - 1]) !== classOf(y))) labels[i] = y - 1;
  }
  return labels;
}

export interface Chunk {
  readonly type: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

/** Chunks of a BIO label sequence (conlleval's rules: a chunk starts at B-X or at an I-X after another class). */
export function chunks(labels: ArrayLike<number>): Chunk[] {
  const out: Chunk[] = [];
  let open: { type: string; start: number } | null = null;
  for (let i = 0; i <= labels.length; i++) {
    const y = i < labels.length ? labels[i] : 0;
    const cls = classOf(y);
    const begins = y > 0 && (y % 2 === 1 || !open || open.type !== cls);
    if (open && (y === 0 || begins)) {
      out.push({ type: open.type, start: open.start, end: i });
      open = null;
    }
    if (begins) open = { type: cls, start: i };
  }
  return out;
}

/**
 * ANERcorp's train file split for honest measurement: the last tenth of its sentences is
 * held out (never trained on) and scored by `npm run eval`; the rest trains the model.
 */
export function heldOutSplit<T>(sentences: readonly T[]): { readonly training: readonly T[]; readonly heldOut: readonly T[] } {
  const cut = Math.floor(sentences.length * 0.9);
  return { training: sentences.slice(0, cut), heldOut: sentences.slice(cut) };
}
