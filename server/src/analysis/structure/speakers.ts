/**
 * Quotations at the article level: each paragraph's quotations moved to article offsets,
 * and the speaker of a verb without a subject (وأضاف "…"، مضيفا أن "…") carried on from
 * the speaker named last, when the verb agrees with them and they were named in this
 * paragraph or one of the two before it, within the same section.
 */
import type { ArticleContext } from '../context';
import type { ParagraphKind, Quote, Span } from '../model';
import type { Gender } from './attribution-words';
import type { RawAttribution } from './quotes';

/** Paragraphs whose quotations belong to the article's own text. */
const QUOTING: ReadonlySet<ParagraphKind> = new Set(['headline', 'body', 'section']);
/** وأضاف carries on the speaker of its own paragraph or the one before; a participle (مضيفا) only its own sentence's. */
const CARRY_REACH = 1;

interface Named {
  /** Article offsets. */
  readonly speaker: Span;
  readonly gender: Gender | null;
  readonly block: number;
  /** Where the attribution is, in its paragraph. */
  readonly at: number;
}

function agrees(verb: Gender, named: Gender | null): boolean {
  return named === null || named === verb;
}

export function articleQuotes(ctx: ArticleContext): Quote[] {
  const quotes: Quote[] = [];
  const slice = (s: Span, by: number): Span & { text: string } => ({ start: s.start + by, end: s.end + by, text: ctx.text.slice(s.start + by, s.end + by) });
  let last: Named | null = null;
  ctx.blocks.forEach((block, i) => {
    const kind = ctx.structure.kinds[i];
    if (kind === 'section' || kind === 'headline') last = null;
    if (!QUOTING.has(kind)) return;
    const { attributions, quotes: found } = ctx.facts[i].structure.quotes;
    const named = (a: RawAttribution): Named => ({ speaker: { start: a.speaker.start + block.start, end: a.speaker.end + block.start }, gender: a.gender, block: i, at: a.at });
    // Most paragraphs quote nobody: only the last speaker they name matters to the next ones.
    if (found.length === 0) {
      if (attributions.length > 0) last = named(attributions[attributions.length - 1]);
      return;
    }
    let next = 0;
    for (const q of found) {
      while (next < attributions.length && attributions[next].at <= q.start) last = named(attributions[next++]);
      let speaker: Quote['speaker'] = q.speaker ? { ...slice(q.speaker, block.start), inferred: false } : null;
      const before = last as Named | null;
      const reachable = before !== null && (q.carryFrom < 0 ? i - before.block <= CARRY_REACH : before.block === i && before.at >= q.carryFrom);
      if (!speaker && q.carry && before && reachable && agrees(q.carry, before.gender)) speaker = { ...slice(before.speaker, 0), inferred: true };
      quotes.push({ ...slice(q, block.start), content: { start: q.content.start + block.start, end: q.content.end + block.start }, cue: q.cue ? slice(q.cue, block.start) : null, speaker });
    }
    if (next < attributions.length) last = named(attributions[attributions.length - 1]);
  });
  return quotes;
}
