/**
 * One digit system per article: when the article's own text (headline, body, subheadings)
 * writes most figures and dates in one system (Western 0–9, Arabic-Indic ٠–٩ or Persian
 * ۰–۹) and some in another, the minority ones are flagged, with a fix that rewrites their
 * digits (and separators) in the majority system. A tie says nothing: there is no house
 * style to follow.
 */
import type { ArticleContext } from '../context';
import type { DraftFinding } from '../finding';
import type { Span } from '../model';

export type DigitSystem = 'western' | 'arabic-indic' | 'persian';

const ZERO: Record<DigitSystem, number> = { western: 0x30, 'arabic-indic': 0x660, persian: 0x6f0 };
const SEPARATORS: Record<DigitSystem, { decimal: string; group: string }> = {
  western: { decimal: '.', group: ',' },
  'arabic-indic': { decimal: '٫', group: '٬' },
  persian: { decimal: '٫', group: '٬' },
};

function systemOf(text: string): DigitSystem | null {
  if (/[٠-٩]/.test(text)) return /[0-9۰-۹]/.test(text) ? null : 'arabic-indic';
  if (/[۰-۹]/.test(text)) return /[0-9]/.test(text) ? null : 'persian';
  return /[0-9]/.test(text) ? 'western' : null;
}

/** `text` with its digits, and the separators between digits, in `to`. */
export function convertDigits(text: string, to: DigitSystem): string {
  const { decimal, group } = SEPARATORS[to];
  return text
    .replace(/[0-9٠-٩۰-۹]/g, (d) => {
      const code = d.charCodeAt(0);
      const value = code >= 0x6f0 ? code - 0x6f0 : code >= 0x660 ? code - 0x660 : code - 0x30;
      return String.fromCharCode(ZERO[to] + value);
    })
    .replace(/(?<=[0-9٠-٩۰-۹])[.٫](?=[0-9٠-٩۰-۹])/g, decimal)
    .replace(/(?<=[0-9٠-٩۰-۹])[,٬](?=[0-9٠-٩۰-۹])/g, group);
}

/** Findings on the spans (figures and dates of the article's own text) written in a minority digit system. */
export function mixedDigitFindings(ctx: ArticleContext, spans: readonly Span[]): DraftFinding[] {
  const written = spans.map((s) => ({ span: s, system: systemOf(ctx.text.slice(s.start, s.end)) })).filter((x) => x.system !== null) as Array<{ span: Span; system: DigitSystem }>;
  const counts = new Map<DigitSystem, number>();
  for (const w of written) counts.set(w.system, (counts.get(w.system) ?? 0) + 1);
  if (counts.size < 2) return [];
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked[0][1] === ranked[1][1]) return [];
  const [major, n] = ranked[0];
  const { m } = ctx;
  return written
    .filter((w) => w.system !== major)
    .map((w) => ({
      rule: 'number.mixed-digits' as const,
      start: w.span.start,
      end: w.span.end,
      message: m.findings.mixedDigits(major, n, written.length, w.system),
      related: [],
      fixes: [{ title: m.fixes.useDigits(major), safe: false, edits: [{ start: w.span.start, end: w.span.end, newText: convertDigits(ctx.text.slice(w.span.start, w.span.end), major) }] }],
    }));
}
