/**
 * Hovers on names: the type in both languages, the canonical name (and its English name
 * where the gazetteers give one), the spellings the article uses, how many mentions and on
 * which lines, and the first mention, where the name is introduced.
 */
import type { ArticleAnalysis, Entity } from '../model';
import { messagesFor, type Messages } from '../l10n';
import { describeName } from '../entities/gazetteer/entries';
import { mentionsOf } from '../entities/mentions';
import type { LineIndex } from '../text/lines';

export function entityHover(entity: Entity, analysis: ArticleAnalysis, index: LineIndex, m: Messages): string {
  const mentions = mentionsOf(analysis, entity);
  const first = mentions[0] ?? entity;
  const other = messagesFor(m.locale === 'ar' ? 'en' : 'ar');
  const parts = [`**${m.entityTypes[entity.type]}** (${other.entityTypes[entity.type]}) · ${m.hover.canonical}: **${entity.canonical}**`];
  const info = describeName(entity.canonical, entity.type);
  if (info?.english) parts.push(m.entityHover.english(info.english, m.locale === 'en' ? (info.countryEnglish ?? info.country) : info.country));
  const variants = [...new Set(mentions.map((e) => e.form))];
  if (variants.length > 1 || variants[0] !== entity.canonical) parts.push(`${m.hover.variants}: ${variants.join('، ')}`);
  parts.push(m.hover.mentions(mentions.length, [...new Set(mentions.map((e) => index.lineAt(e.start) + 1))]));
  parts.push(m.entityHover.firstMention(index.lineAt(first.start) + 1, first.form));
  return parts.join('\n\n');
}
