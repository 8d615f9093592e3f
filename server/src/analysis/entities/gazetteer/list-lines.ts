/** One line of a list of names: its names, its English name and its country, where given. */
export type ListLine = [names: string[], english: string | null, country: string | null];

/** Lines of names|…, then after a tab the English name, if any, and after another the country (as countries.ts names it). */
export function listLines(text: string): ListLine[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [names, english, country] = l.split('\t');
      return [names.split('|'), english || null, country || null];
    });
}
