/**
 * Quotations at the article level: each paragraph's quotations moved to article offsets,
 * and the speaker of a verb without a subject (وأضاف "…"، مضيفا أن "…") carried on from
 * the speaker named last, when the verb agrees with them and they were named in this
 * paragraph or one of the two before it, within the same section.
 */
import type { ArticleContext } from '../context';
import type { ParagraphKind, Quote, Span } from '../model';
import type { Gender } from './attribution-words';

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
    const found = ctx.facts[i].structure.quotes;
    const events = [...found.attributions.map((a) => ({ at: a.at, attribution: a })), ...found.quotes.map((q) => ({ at: q.start, quote: q }))].sort((a, b) => a.at - b.at);
    for (const event of events) {
      if ('attribution' in event && event.attribution) {
        last = { speaker: slice(event.attribution.speaker, block.start), gender: event.attribution.gender, block: i, at: event.attribution.at };
        continue;
      }
      const q = 'quote' in event ? event.quote : undefined;
      if (!q) continue;
      let speaker: Quote['speaker'] = q.speaker ? { ...slice(q.speaker, block.start), inferred: false } : null;
      const named = last as Named | null;
      const reachable = named !== null && (q.carryFrom < 0 ? i - named.block <= CARRY_REACH : named.block === i && named.at >= q.carryFrom);
      if (!speaker && q.carry && named && reachable && agrees(q.carry, named.gender)) {
        speaker = { ...slice(named.speaker, 0), inferred: true };
      }
      quotes.push({ ...slice(q, block.start), content: { start: q.content.start + block.start, end: q.content.end + block.start }, cue: q.cue ? slice(q.cue, block.start) : null, speaker });
    }
  });
  return quotes;
}
