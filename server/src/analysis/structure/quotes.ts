/**
 * Quotations in one paragraph and who said them, where the text says so: «…», “…”, "…"
 * and ‘‘…‘‘ after a reporting verb (وقال مدير المرصد رامي عبد الرحمن إن "…"), before one
 * ("…"، قال المتحدث), after a source phrase (بحسب، وفق، نقلا عن) or after a name and a
 * colon. Quoted names and terms ("داعش"، "سانا") are not quotations. A verb without a
 * named subject (وأضاف، مضيفا) leaves the speaker to the article pass, which carries the
 * last named speaker on. Offsets are relative to the paragraph.
 */
import type { Span } from '../model';
import { CLAUSE_OPENERS, FRONTING, PREPOSITIONS, PRONOUNS, RELATIVES, TRAILING_PARTICLES, cueAt, endsSpeaker, type Cue, type Gender } from './attribution-words';
import { quotedSpans, type QuotedSpan } from './quote-marks';
import { sentenceSpans } from './sentences';
import { tokenize, type Token } from './tokens';

export interface RawQuote extends Span {
  /** The quoted words, without the marks. */
  readonly content: Span;
  /** The reporting word (قال، بحسب، مضيفا), if any. */
  readonly cue: Span | null;
  /** The speaker as this paragraph names them. */
  readonly speaker: Span | null;
  /** Set when the speaker is not named here and is the one named last (وأضاف): the agreement the verb asks for. */
  readonly carry: Gender | null;
  /** A participle (مضيفا، قائلا) carries on only a speaker named in its own sentence, from this offset on; -1 otherwise. */
  readonly carryFrom: number;
}

/** A named speaker, quoted or not (وقال المصدر إن …): what a later وأضاف refers to. */
export interface RawAttribution {
  readonly at: number;
  readonly speaker: Span;
  readonly gender: Gender | null;
}

export interface ParagraphQuotes {
  readonly quotes: readonly RawQuote[];
  readonly attributions: readonly RawAttribution[];
}

interface FoundCue {
  readonly index: number;
  readonly cue: Cue;
  readonly span: Span;
  /** Token range of the named speaker, or null. */
  readonly speaker: { readonly first: number; readonly last: number } | null;
  /** The verb has no subject of its own (وأضاف أن …، قال: …): its speaker is the one named before. */
  readonly subjectless: boolean;
}

const MAX_SPEAKER_WORDS = 14;
const MAX_FRONTED_SPEAKER_WORDS = 8;
const ENDS_PHRASE = /[،,:;؛.!?؟)(]/;
const OPENS_QUOTE = /["«“”„‘’']/;

/** The speaker named after a cue: up to the word that starts what was said, where or when. */
function speakerAfter(text: string, tokens: readonly Token[], words: readonly string[], quoted: readonly QuotedSpan[], from: number, limit: number): FoundCue['speaker'] {
  let last = -1;
  let ended = false;
  for (let i = from; i < limit; i++) {
    const t = tokens[i];
    // A quotation opening here starts what was said, unless it is a short quoted name right after the verb ("الأسدي"،).
    const opens = quoted.some((q) => t.start <= q.start && q.start < t.end);
    if (opens && (i > from || !isQuotedName(text, tokens, i, quoted))) break;
    if (t.folded === '' || endsSpeaker(t.folded, words[i + 1]) || cueAt(words, i)) break;
    if (i - from === MAX_SPEAKER_WORDS) return null;
    last = i;
    if (ENDS_PHRASE.test(t.after)) {
      ended = true;
      break;
    }
  }
  if (!ended && last === limit - 1) return null;
  while (last >= from && TRAILING_PARTICLES.has(words[last])) last--;
  // No name starts with a preposition, a pronoun, or ب/ل with the article (بالدعم، للمشروع).
  return last < from || PRONOUNS.has(words[from]) || PREPOSITIONS.has(words[from]) || /^(?:بال|لل|كال)/.test(words[from]) ? null : { first: from, last };
}

/** A quoted name of at most three words, followed by a comma or a colon: وقال "الأسدي"، في مقابلة. */
function isQuotedName(text: string, tokens: readonly Token[], i: number, quoted: readonly QuotedSpan[]): boolean {
  const token = tokens[i];
  const q = quoted.find((s) => token.start <= s.start && s.start < token.coreStart);
  if (!q) return false;
  const closing = tokens.findIndex((t) => t.end >= q.end);
  if (closing < i || closing - i >= 3) return false;
  const next = tokens[closing + 1];
  return /^\s*[،,:]/.test(text.slice(q.end)) || (next !== undefined && endsSpeaker(next.folded, tokens[closing + 2]?.folded));
}

/**
 * A speaker written before the verb: لكن مدير المرصد … تحدث عن, back to the clause's start,
 * or وكان قائد القوات، الفريق عبد الغني الأسدي، قال, back over commas to كان.
 */
function speakerBefore(tokens: readonly Token[], words: readonly string[], verb: number, clauseStart: number): FoundCue['speaker'] {
  let first = verb;
  while (first > clauseStart && !ENDS_PHRASE.test(tokens[first - 1].after)) first--;
  let fronting = verb - 1;
  while (fronting >= clauseStart && verb - fronting <= MAX_FRONTED_SPEAKER_WORDS * 2 && !FRONTING.has(words[fronting])) fronting--;
  if (fronting >= clauseStart && FRONTING.has(words[fronting]) && fronting < first) first = fronting + 1;
  let last = verb - 1;
  while (first <= last && CLAUSE_OPENERS.has(words[first])) first++;
  while (last >= first && (words[last] === 'قد' || words[last] === 'وقد')) last--;
  const limit = fronting >= clauseStart && first === fronting + 1 ? MAX_FRONTED_SPEAKER_WORDS * 2 : MAX_FRONTED_SPEAKER_WORDS;
  if (last < first || last - first + 1 > limit) return null;
  if (PREPOSITIONS.has(words[first])) return null;
  for (let i = first; i <= last; i++) if (cueAt(words, i) || endsSpeaker(words[i], words[i + 1]) || PRONOUNS.has(words[i])) return null;
  return { first, last };
}

function tokenSpan(tokens: readonly Token[], first: number, last: number): Span {
  return { start: tokens[first].coreStart, end: tokens[last].coreEnd };
}

/** The paragraph's cues, each with the speaker it names. */
function findCues(text: string, tokens: readonly Token[], quoted: readonly QuotedSpan[], sentenceOf: readonly number[]): FoundCue[] {
  const words = tokens.map((t) => t.folded);
  const cues: FoundCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (quoted.some((q) => q.start < tokens[i].coreStart && tokens[i].coreEnd <= q.end)) continue;
    const cue = cueAt(words, i);
    if (!cue || (i > 0 && RELATIVES.has(words[i - 1]))) continue;
    const last = i + cue.words - 1;
    const span = { start: tokens[i].coreStart, end: tokens[last].coreEnd };
    let speaker: FoundCue['speaker'] = null;
    let subjectless = false;
    if (cue.kind !== 'participle') {
      const sentenceEnd = sentenceOf.lastIndexOf(sentenceOf[i]) + 1;
      // Nothing between the verb and what was said (or only where and when it was said): no subject here.
      const next = last + 1 < sentenceEnd ? tokens[last + 1] : undefined;
      subjectless =
        ENDS_PHRASE.test(tokens[last].after) || OPENS_QUOTE.test(tokens[last].after) || !next || (quoted.some((q) => next.start <= q.start && q.start < next.coreStart + 1) && !isQuotedName(text, tokens, last + 1, quoted)) || endsSpeaker(next.folded, words[last + 2]);
      speaker = subjectless ? null : speakerAfter(text, tokens, words, quoted, last + 1, sentenceEnd);
      if (!speaker && cue.kind === 'verb') speaker = speakerBefore(tokens, words, i, sentenceOf.indexOf(sentenceOf[i]));
      if (speaker) subjectless = false;
    }
    cues.push({ index: i, cue, span, speaker, subjectless });
    i = last;
  }
  return cues;
}

function wordsIn(text: string, span: Span): number {
  return text.slice(span.start, span.end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whether the quotation stands alone as what was said: after a colon or إن, and closing its sentence. */
function directlyIntroduced(text: string, q: QuotedSpan): boolean {
  const before = text.slice(0, q.start).trimEnd();
  const after = text.slice(q.end).trimStart();
  return /(?::|\s(?:إن|إنّ|ان|أن|بأن|قائلا|قائلاً|قائلة))$/.test(before) && (after === '' || /^[.!?؟…]/.test(after));
}

export function findQuotes(text: string, quoted: readonly QuotedSpan[] = quotedSpans(text), sentences: readonly Span[] = sentenceSpans(text, quoted)): ParagraphQuotes {
  const tokens = tokenize(text);
  const sentenceOf = sentenceIndex(tokens, sentences);
  const cues = findCues(text, tokens, quoted, sentenceOf);
  const attributions: RawAttribution[] = cues.flatMap((c) => (c.speaker ? [{ at: c.span.start, speaker: tokenSpan(tokens, c.speaker.first, c.speaker.last), gender: c.cue.gender }] : []));
  const speakers = attributions.map((a) => a.speaker);

  const quotes: RawQuote[] = [];
  const outermost = quoted.filter((q) => !quoted.some((o) => o !== q && o.start <= q.start && q.end <= o.end));
  for (const q of outermost) {
    if (speakers.some((s) => s.start < q.end && q.start < s.end)) continue;
    const first = tokens.findIndex((t) => t.end > q.start);
    const sentence = first < 0 ? -1 : sentenceOf[first];
    const before = [...cues].reverse().find((c) => c.span.end <= q.start && sentenceOf[c.index] === sentence);
    const after = before ? undefined : cueAfter(tokens, cues, q);
    const found = before ?? after;
    const words = wordsIn(text, { start: q.contentStart, end: q.contentEnd });
    const isQuotation = words >= 5 || (words >= 3 && found !== undefined) || (found !== undefined && directlyIntroduced(text, q));
    if (!isQuotation) continue;
    let speaker: Span | null = found?.speaker ? tokenSpan(tokens, found.speaker.first, found.speaker.last) : null;
    if (!found) speaker = colonSpeaker(text, tokens, q, sentenceOf, sentence);
    const carry = found && !speaker && (found.cue.kind === 'participle' || found.subjectless) ? (found.cue.gender ?? 'm') : null;
    const carryFrom = found?.cue.kind === 'participle' ? sentences[sentenceOf[found.index]].start : -1;
    quotes.push({ start: q.start, end: q.end, content: { start: q.contentStart, end: q.contentEnd }, cue: found?.span ?? null, speaker, carry, carryFrom });
  }
  return { quotes, attributions };
}

/** A cue right after the closing mark: "…"، قال المتحدث / "…" بحسب المرصد. */
function cueAfter(tokens: readonly Token[], cues: readonly FoundCue[], q: QuotedSpan): FoundCue | undefined {
  let i = tokens.findIndex((t) => t.start >= q.end);
  if (i < 0) return undefined;
  if (tokens[i].folded === '') i++;
  const cue = cues.find((c) => c.index === i);
  return cue && cue.cue.kind !== 'participle' && cue.speaker ? cue : undefined;
}

/** المتحدث باسم الجيش: "…" — a short name before a colon, with no verb. */
function colonSpeaker(text: string, tokens: readonly Token[], q: QuotedSpan, sentenceOf: readonly number[], sentence: number): Span | null {
  if (!/:\s*$/.test(text.slice(0, q.start))) return null;
  const end = tokens.findLastIndex((t) => t.coreEnd <= q.start);
  if (end < 0) return null;
  let first = end;
  while (first > 0 && sentenceOf[first - 1] === sentence && !ENDS_PHRASE.test(tokens[first - 1].after)) first--;
  // Only a name that opens its sentence: after a comma the words before a colon are a clause (…، لخّص حكايتها: «…»),
  // and a sentence opening with و or ف opens with a verb (ومضت إلى القول: «…»).
  if ((first > 0 && sentenceOf[first - 1] === sentence) || /^[وف]/.test(tokens[first].folded)) return null;
  while (first <= end && CLAUSE_OPENERS.has(tokens[first].folded)) first++;
  if (end < first || end - first + 1 > 6) return null;
  return tokenSpan(tokens, first, end);
}

/** For each token, the index of the sentence it starts in. */
function sentenceIndex(tokens: readonly Token[], sentences: readonly Span[]): number[] {
  let sentence = 0;
  return tokens.map((t) => {
    while (sentence < sentences.length - 1 && sentences[sentence].end <= t.start) sentence++;
    return sentence;
  });
}
