/**
 * The document outline: headline, dateline and bylines first, then the paragraphs, each
 * subheading holding the paragraphs that follow it, each paragraph holding its
 * quotations, and each run of boilerplate of one kind shown as one block. A paragraph
 * hard-wrapped over several lines (wire copy) is one entry. An article without a headline
 * says so with an empty placeholder rather than promoting a byline.
 */
import type { ArticleContext } from '../context';
import type { OutlineKind, OutlineNode, ParagraphKind, Quote, Span } from '../model';
import type { Block } from './blocks';
import { blockName, quoteName } from './names';

const OUTLINE_KIND: Record<ParagraphKind, OutlineKind> = {
  headline: 'headline',
  dateline: 'dateline',
  byline: 'byline',
  section: 'section',
  body: 'paragraph',
  boilerplate: 'boilerplate',
};

/** Wrapped lines are shorter than a paragraph on one line and longer than a title. */
const WRAPPED_MIN = 30;
const WRAPPED_MAX = 130;
const MIN_WRAPS = 2;

/** A run of blocks that is one entry of the outline. */
interface Unit {
  readonly first: number;
  readonly last: number;
}

function node(kind: OutlineKind, name: string, first: Block, last: Block, children: OutlineNode[] = []): OutlineNode {
  return { kind, name, start: first.start, end: last.end, selection: { start: first.start, end: first.end }, children };
}

/** Whether block i+1 continues the paragraph of block i: a hard-wrapped line that does not end a sentence. */
function continuesParagraph(ctx: ArticleContext, i: number): boolean {
  const { blocks, facts, structure } = ctx;
  const a = blocks[i];
  const b = blocks[i + 1];
  if (structure.kinds[i] !== 'body' || structure.kinds[i + 1] !== 'body' || b.line !== a.line + 1) return false;
  if (facts[i].structure.endsSentence || a.text.length < WRAPPED_MIN || a.text.length > WRAPPED_MAX) return false;
  return /^[\p{L}\p{N}«"“(]/u.test(b.text);
}

/** The blocks grouped into outline entries. */
function units(ctx: ArticleContext): Unit[] {
  const { blocks, structure } = ctx;
  const wraps = blocks.map((_b, i) => i + 1 < blocks.length && continuesParagraph(ctx, i));
  // One short line before a paragraph is a caption or a label; a wrapped article wraps more than once.
  const wrapped = wraps.filter(Boolean).length >= MIN_WRAPS;
  const out: Unit[] = [];
  for (let i = 0; i < blocks.length; i++) {
    let j = i;
    if (structure.kinds[i] === 'boilerplate') {
      while (j + 1 < blocks.length && structure.kinds[j + 1] === 'boilerplate' && structure.boilerplate[j + 1] === structure.boilerplate[i]) j++;
    } else while (wrapped && wraps[j]) j++;
    out.push({ first: i, last: j });
    i = j;
  }
  return out;
}

/** The quotations of one entry. Entries come in text order, so a cursor walks the quotations once. */
interface QuoteCursor {
  readonly quotes: readonly Quote[];
  next: number;
}

function quoteNodes(cursor: QuoteCursor, span: Span, text: string): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  while (cursor.next < cursor.quotes.length && cursor.quotes[cursor.next].start < span.start) cursor.next++;
  while (cursor.next < cursor.quotes.length && cursor.quotes[cursor.next].end <= span.end) {
    const q = cursor.quotes[cursor.next++];
    nodes.push({ kind: 'quote', name: quoteName(text.slice(q.content.start, q.content.end), q.speaker?.text ?? null), start: q.start, end: q.end, selection: q.content, children: [] });
  }
  return nodes;
}

function unitNode(ctx: ArticleContext, unit: Unit, quotes: QuoteCursor): OutlineNode {
  const { blocks, facts, structure, m } = ctx;
  const first = blocks[unit.first];
  const last = blocks[unit.last];
  const kind = structure.kinds[unit.first];
  if (kind === 'boilerplate') {
    return node('boilerplate', `${m.boilerplateKinds[structure.boilerplate[unit.first] ?? 'advert']}: ${blockName(first.text, 5)}`, first, last);
  }
  const name = kind === 'body' ? facts[unit.first].structure.lead : facts[unit.first].structure.title;
  return node(OUTLINE_KIND[kind], name, first, last, kind === 'body' || kind === 'headline' ? quoteNodes(quotes, { start: first.start, end: last.end }, ctx.text) : []);
}

export function buildOutline(ctx: ArticleContext, quotes: readonly Quote[]): OutlineNode[] {
  const { blocks, structure, m } = ctx;
  const top: OutlineNode[] = [];
  const cursor: QuoteCursor = { quotes, next: 0 };
  let section: { title: number; children: OutlineNode[]; last: Block } | null = null;
  const closeSection = (): void => {
    if (!section) return;
    top.push(node('section', ctx.facts[section.title].structure.title, blocks[section.title], section.last, section.children));
    section = null;
  };

  if (!structure.kinds.includes('headline')) top.push({ kind: 'headline', name: m.outline.noHeadline, start: 0, end: 0, selection: { start: 0, end: 0 }, children: [] });

  for (const unit of units(ctx)) {
    if (structure.kinds[unit.first] === 'section') {
      closeSection();
      section = { title: unit.first, children: [], last: blocks[unit.first] };
      continue;
    }
    const current = unitNode(ctx, unit, cursor);
    if (section) {
      section.children.push(current);
      section.last = blocks[unit.last];
    } else top.push(current);
  }
  closeSection();
  return top;
}
