/**
 * Short names for outline entries: a paragraph by its first words, a quotation by its
 * first words and who said it. Names are cut at a word, and an ellipsis says when
 * something was left off, so the outline and the breadcrumbs read as text.
 */

export const LEAD_WORDS = 7;
export const TITLE_WORDS = 14;
const NAME_CHARS = 90;

/** The first `words` words of `text`, with " …" when more follows. */
export function blockName(text: string, words = LEAD_WORDS): string {
  const trimmed = text.trim();
  const parts = trimmed.split(/[\s\u00a0]+/);
  let name = parts.slice(0, words).join(' ');
  if (name.length > NAME_CHARS) name = name.slice(0, NAME_CHARS).replace(/\s+\S*$/, '') || name.slice(0, NAME_CHARS);
  return name.length < trimmed.length ? `${name} …` : name;
}

/** «first words …» — speaker */
export function quoteName(content: string, speaker: string | null): string {
  const words = blockName(content.replace(/[\s\u00a0]+/g, ' '), 6);
  return speaker ? `«${words}» — ${blockName(speaker, 6)}` : `«${words}»`;
}
