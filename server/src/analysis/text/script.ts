/**
 * Which writing system a text is in: an article is "mostly Arabic" when at least half of
 * the letters in its first part are in the Arabic script. Used to decide which plain-text
 * files are articles.
 */

const SAMPLE = 20_000;
const MIN_LETTERS = 20;

export function isMostlyArabic(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return false;
  const arabic = sample.match(/(?=\p{L})\p{Script=Arabic}/gu)?.length ?? 0;
  return arabic * 2 >= letters;
}
