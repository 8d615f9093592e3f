/**
 * The optional entity groups of the outline (khabar.outline.entities): people, places and
 * organisations, each name with its mentions, whatever recogniser filled
 * `analysis.entities`. The groups come after the article's own structure, and each
 * group's range is its first mention only, so the breadcrumbs keep following the
 * article's structure rather than a group that spans it.
 */
import type { Messages } from '../l10n';
import type { Entity, EntityType, OutlineNode } from '../model';

const TYPES: readonly EntityType[] = ['person', 'place', 'organization'];
const CONTEXT_WORDS = 4;

/** A few words either side of a mention, within its line, so a mention reads as the place it is in. */
function mentionName(text: string, e: Entity): string {
  const before = (text.slice(Math.max(0, e.start - 80), e.start).split(/\r?\n|\r/).pop() ?? '').split(/\s+/).filter(Boolean);
  const after = text.slice(e.end, e.end + 80).split(/\r?\n|\r/)[0].split(/\s+/).filter(Boolean);
  const left = before.slice(-CONTEXT_WORDS).join(' ');
  const right = after.slice(0, CONTEXT_WORDS).join(' ');
  const name = `${before.length > CONTEXT_WORDS ? '… ' : ''}${left} ${text.slice(e.start, e.end)} ${right}${after.length > CONTEXT_WORDS ? ' …' : ''}`;
  return name.replace(/\s+/g, ' ').trim();
}

function entityNode(text: string, mentions: readonly Entity[], m: Messages): OutlineNode {
  const first = mentions[0];
  const children: OutlineNode[] = mentions.map((e) => ({ kind: 'mention', name: mentionName(text, e), start: e.start, end: e.end, selection: { start: e.start, end: e.end }, children: [], entityType: e.type }));
  return { kind: 'entity', name: m.outline.entity(first.canonical, mentions.length), start: first.start, end: first.end, selection: { start: first.start, end: first.end }, children, entityType: first.type };
}

export function entityGroups(text: string, entities: readonly Entity[], m: Messages): OutlineNode[] {
  const groups: OutlineNode[] = [];
  for (const type of TYPES) {
    const byName = new Map<string, Entity[]>();
    for (const e of entities) {
      if (e.type !== type) continue;
      const list = byName.get(e.canonical);
      if (list) list.push(e);
      else byName.set(e.canonical, [e]);
    }
    if (byName.size === 0) continue;
    // Most mentioned first; ties in order of first appearance.
    const names = [...byName.values()].sort((a, b) => b.length - a.length || a[0].start - b[0].start);
    const first = names.reduce((min, list) => (list[0].start < min.start ? list[0] : min), names[0][0]);
    groups.push({
      kind: 'entities',
      name: m.outline.entityGroup(type, names.length),
      start: first.start,
      end: first.end,
      selection: { start: first.start, end: first.end },
      children: names.map((list) => entityNode(text, list, m)),
      entityType: type,
    });
  }
  return groups;
}
