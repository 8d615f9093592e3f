/**
 * The document outline: headline, dateline and bylines first, then the paragraphs, with
 * each subheading holding the paragraphs that follow it, and runs of boilerplate shown
 * as one block. An article without a headline says so with an empty placeholder node.
 */
import type { OutlineKind, OutlineNode, ParagraphKind } from '../model';
import type { Messages } from '../l10n';
import type { BoilerplateKind } from '../cleanup/boilerplate-patterns';
import type { Block } from './blocks';

const NAME_WORDS = 7;
const NAME_CHARS = 90;

/** A short name for a block: its first words. */
export function blockName(text: string, words = NAME_WORDS): string {
  const parts = text.trim().split(/[\s\u00a0]+/);
  let name = parts.slice(0, words).join(' ');
  if (name.length > NAME_CHARS) name = name.slice(0, NAME_CHARS).trimEnd();
  return name.length < text.trim().length ? `${name} …` : name;
}

function node(kind: OutlineKind, name: string, first: Block, last: Block, children: OutlineNode[] = []): OutlineNode {
  return { kind, name, start: first.start, end: last.end, selection: { start: first.start, end: first.end }, children };
}

const OUTLINE_KIND: Record<ParagraphKind, OutlineKind> = {
  headline: 'headline',
  dateline: 'dateline',
  byline: 'byline',
  section: 'section',
  body: 'paragraph',
  boilerplate: 'boilerplate',
};

export function buildOutline(
  blocks: readonly Block[],
  kinds: readonly ParagraphKind[],
  boilerplate: readonly (BoilerplateKind | null)[],
  m: Messages,
): OutlineNode[] {
  const top: OutlineNode[] = [];
  let section: { title: Block; children: OutlineNode[]; last: Block } | null = null;
  const closeSection = (): void => {
    if (!section) return;
    top.push(node('section', blockName(section.title.text, 12), section.title, section.last, section.children));
    section = null;
  };

  if (!kinds.includes('headline')) top.push({ kind: 'headline', name: m.outline.noHeadline, start: 0, end: 0, selection: { start: 0, end: 0 }, children: [] });

  for (let i = 0; i < blocks.length; i++) {
    const kind = kinds[i];
    if (kind === 'section') {
      closeSection();
      section = { title: blocks[i], children: [], last: blocks[i] };
      continue;
    }
    let current: OutlineNode;
    if (kind === 'boilerplate') {
      let j = i;
      while (j + 1 < blocks.length && kinds[j + 1] === 'boilerplate' && boilerplate[j + 1] === boilerplate[i]) j++;
      current = node('boilerplate', `${m.boilerplateKinds[boilerplate[i] ?? 'advert']}: ${blockName(blocks[i].text, 5)}`, blocks[i], blocks[j]);
      i = j;
    } else {
      const name = kind === 'body' ? blockName(blocks[i].text) : blockName(blocks[i].text, 14);
      current = node(OUTLINE_KIND[kind], name, blocks[i], blocks[i]);
    }
    if (section) {
      section.children.push(current);
      section.last = blocks[i];
    } else top.push(current);
  }
  closeSection();
  return top;
}
