/**
 * One name, two spellings in one article (سوريا and سورية, عبد الرحمن and عبدالرحمن,
 * الإنسان and الانسان): house style wants one. Mentions are compared only with mentions of
 * the same name that have the same identity key, so a short later mention (الأسدي) or an
 * alias (قسد) is never a misspelling of the full name. The preferred spelling is the canonical one where the
 * article uses it, else the one it uses most (the first, on a tie). The fix rewrites the
 * name's own span only, proclitics untouched, and is not safe: fix-all leaves it to the editor.
 */
import type { DraftFinding } from '../finding';
import type { Messages } from '../l10n';
import type { Entity } from '../model';
import { displayForm, nameKey } from './canonical';

export function spellingFindings(entities: readonly Entity[], m: Messages): DraftFinding[] {
  // Mentions of one name with one identity key: the full name, or one short form of it.
  const groups = new Map<string, Entity[]>();
  for (const e of entities) {
    const group = `${e.id}\u0000${nameKey(e.text)}`;
    groups.set(group, [...(groups.get(group) ?? []), e]);
  }
  const findings: DraftFinding[] = [];
  for (const mentions of groups.values()) {
    const spelled = mentions.map((e) => ({ e, spelling: displayForm(e.text) }));
    const counts = new Map<string, number>();
    for (const s of spelled) counts.set(s.spelling, (counts.get(s.spelling) ?? 0) + 1);
    if (counts.size < 2) continue;
    const canonical = mentions[0].canonical;
    let preferred = counts.has(canonical) ? canonical : spelled[0].spelling;
    if (!counts.has(canonical)) for (const [spelling, n] of counts) if (n > (counts.get(preferred) ?? 0)) preferred = spelling;
    const example = spelled.find((s) => s.spelling === preferred);
    for (const { e, spelling } of spelled) {
      if (spelling === preferred) continue;
      findings.push({
        rule: 'entity.spelling',
        start: e.start,
        end: e.end,
        message: m.findings.nameSpelling(spelling, preferred, counts.get(preferred) ?? 0),
        related: example ? [{ start: example.e.start, end: example.e.end, message: m.related.preferredSpelling }] : [],
        fixes: [{ title: m.fixes.respellName(preferred), edits: [{ start: e.start, end: e.end, newText: preferred }], safe: false }],
      });
    }
  }
  return findings;
}
