/** Hovers on names: type, canonical name, spellings used, mentions. */
import type { ArticleAnalysis, Entity } from '../model';
import type { Messages } from '../l10n';
import type { LineIndex } from '../text/lines';

export function entityHover(entity: Entity, analysis: ArticleAnalysis, index: LineIndex, m: Messages): string {
  const mentions = analysis.entities.filter((e) => e.canonical === entity.canonical && e.type === entity.type);
  const variants = [...new Set(mentions.map((e) => e.text))];
  const lines = [...new Set(mentions.map((e) => index.lineAt(e.start) + 1))];
  const parts = [`**${m.entityTypes[entity.type]}** · ${entity.canonical}`];
  if (variants.length > 1 || variants[0] !== entity.canonical) parts.push(`${m.hover.variants}: ${variants.join('، ')}`);
  parts.push(m.hover.mentions(mentions.length, lines));
  return parts.join('\n\n');
}
