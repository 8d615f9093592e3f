/**
 * Whether a string is plausibly an article: binary files decoded as text carry NUL
 * characters; files in another encoding decoded as UTF-8 carry replacement characters.
 */

export type TextProblem = 'nul' | 'replacement';

export function inspectText(text: string): TextProblem | null {
  if (text.includes('\u0000')) return 'nul';
  let replacements = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) replacements++;
  if (replacements > 3 && replacements * 100 > text.length) return 'replacement';
  return null;
}
