/**
 * The house's own boilerplate lines: the `khabar.boilerplatePatterns` setting and the
 * workspace file `.khabar/boilerplate.patterns`, one pattern a line, in this syntax:
 *
 *   # a comment (as are blank lines)
 *   تابعونا على سناب شات          a whole line, compared as duplicates are (folded, punctuation and spacing ignored)
 *   للاشتراك في النشرة *          a line that starts with these words (also written with … or ...)
 *   /^حقوق النشر .* \d{4}$/       a JavaScript regular expression, tested on the folded line
 *   \# …                          a backslash keeps a leading # or / literal
 *
 * Folding turns أ إ آ into ا, ة into ه, ى into ي and drops diacritics and tatweel, in the
 * lines and in the patterns alike, so one spelling of a pattern matches them all.
 */
import { comparisonKey, fold } from '../text/normalize';

export interface UserPattern {
  readonly source: string;
  readonly test: (line: string) => boolean;
}

export interface PatternProblem {
  /** 0-based index of the pattern in its list. */
  readonly index: number;
  readonly pattern: string;
  readonly reason: string;
}

/** Longer lines are prose, not page furniture; patterns are not tried on them (this also bounds a costly expression). */
const MAX_LINE = 300;
const MAX_PATTERN = 500;
const PREFIX_MARK = /\s*(?:\*|…|\.\.\.)$/;

/** Folds the Arabic in a regular expression's source but leaves ASCII alone (\S must stay \S). */
export function foldNonAscii(source: string): string {
  let out = '';
  for (const ch of source) out += ch.charCodeAt(0) < 0x80 ? ch : fold(ch);
  return out;
}

/** The folded, trimmed, space-collapsed form regular expressions are tested on. */
export function regexForm(line: string): string {
  return fold(line).replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The patterns of a list (blank and # lines skipped), with a problem for each that cannot be used. */
export function compilePatterns(lines: readonly string[]): { patterns: UserPattern[]; problems: PatternProblem[] } {
  const patterns: UserPattern[] = [];
  const problems: PatternProblem[] = [];
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (line.length > MAX_PATTERN) {
      problems.push({ index, pattern: line.slice(0, 40), reason: `longer than ${MAX_PATTERN} characters` });
      return;
    }
    const regex = /^\/(.+)\/([a-z]*)$/.exec(line);
    if (regex) {
      try {
        const flags = [...new Set((regex[2] + 'u').split(''))].join('');
        const re = new RegExp(foldNonAscii(regex[1]), flags);
        patterns.push({ source: line, test: (text) => text.length <= MAX_LINE && re.test(regexForm(text)) });
      } catch (error) {
        problems.push({ index, pattern: line, reason: error instanceof Error ? error.message : String(error) });
      }
      return;
    }
    const literal = line.replace(/^\\(?=[#/\\])/, '');
    const prefix = PREFIX_MARK.test(literal);
    const key = comparisonKey(prefix ? literal.replace(PREFIX_MARK, '') : literal);
    if (key === '') {
      problems.push({ index, pattern: line, reason: 'no letters or digits to match' });
      return;
    }
    patterns.push({
      source: line,
      test: (text) => {
        if (text.length > MAX_LINE) return false;
        const k = comparisonKey(text);
        return k === key || (prefix && k.startsWith(`${key} `));
      },
    });
  });
  return { patterns, problems };
}

/** A line as a literal pattern that matches exactly that line (for "add to the boilerplate list"). */
export function literalPattern(line: string): string {
  const text = line.replace(/[\r\n]+/g, ' ').trim();
  return /^[#/\\]/.test(text) ? `\\${text}` : text;
}
