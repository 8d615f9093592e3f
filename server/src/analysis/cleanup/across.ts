/**
 * Findings that need the other articles: a paragraph that also stands in another article
 * (reused wire copy), and a short body line that recurs in many articles (proposed as
 * boilerplate). The shells keep an ArticleCorpus of the articles they hold and add these
 * findings to an article's own; the core stays pure and never reads a file.
 */
import { messagesFor } from '../l10n';
import type { ArticleAnalysis, Finding, Paragraph, RelatedSpan } from '../model';
import type { AnalysisOptions } from '../options';
import { splitLines } from '../text/lines';
import { removeLines } from './edits';
import { fingerprint, pairSequence, sharedShingles, type Fingerprint } from './fingerprint';
import { MIN_NEAR_WORDS } from './near-duplicates';
import { SHORT_LINE_WORDS, type ArticleCorpus, type CorpusParagraph } from './corpus';

/**
 * A paragraph stands in another article when this share of the smaller one's word pairs is
 * in both, counted once as they are and once weighing common pairs less (corpus.weight)...
 */
export const CROSS_ARTICLE_SHARE = 0.5;
/** ... they share at least this many word pairs ... */
const MIN_SHARED = 7;
/**
 * ... and either a passage of some ten words of uncommon wording (weighed pairs in a row) or
 * nearly all their wording. Agency formulas («وشهدت تداولات اليوم ارتفاع أسهم …») and long
 * titles share many pairs but no such passage: they are not reused copy.
 */
const MIN_PASSAGE = 9;
const NEARLY_ALL = 0.8;
/** Related locations listed per finding; the message counts the rest. */
const MAX_RELATED = 5;

/** A short name for a path or URI: its last segment, decoded. */
export function displayName(path: string): string {
  const last = path.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? path;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** How many articles must hold a line for it to be proposed as boilerplate. */
export function recurringThreshold(articles: number): number {
  return Math.max(3, Math.ceil(articles * 0.005));
}

interface Match {
  readonly other: CorpusParagraph;
  readonly share: number;
}

/** The heaviest run of word pairs two paragraphs share in the same order. */
function longestPassage(corpus: ArticleCorpus, a: Uint32Array, b: Uint32Array): number {
  let previous = new Float64Array(b.length + 1);
  let current = new Float64Array(b.length + 1);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    const weight = corpus.weight(a[i - 1]);
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + weight : 0;
      if (current[j] > best) best = current[j];
    }
    [previous, current] = [current, previous];
  }
  return best;
}

function totalWeight(corpus: ArticleCorpus, shingles: Uint32Array): number {
  let total = 0;
  for (const s of shingles) total += corpus.weight(s);
  return total;
}

/** The weight of the pairs two sorted sets share. */
function sharedWeight(corpus: ArticleCorpus, a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      total += corpus.weight(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return total;
}

/** The best match in each other article for one paragraph, best first. */
function matchesFor(corpus: ArticleCorpus, print: Fingerprint, text: string, self: number): Match[] {
  const best = new Map<number, Match>();
  let own = -1;
  let sequence: Uint32Array | undefined;
  for (const [pid, hits] of corpus.candidates(print, self)) {
    const other = corpus.paragraph(pid);
    if (!other || hits < MIN_SHARED / 2 || other.print.words < MIN_NEAR_WORDS) continue;
    const smaller = Math.min(print.shingles.length, other.print.shingles.length);
    const shared = sharedShingles(print.shingles, other.print.shingles);
    if (shared < Math.max(MIN_SHARED, smaller * CROSS_ARTICLE_SHARE)) continue;
    if (own < 0) own = totalWeight(corpus, print.shingles);
    const weighed = sharedWeight(corpus, print.shingles, other.print.shingles) / Math.min(own, totalWeight(corpus, other.print.shingles));
    if (weighed < CROSS_ARTICLE_SHARE) continue;
    if (weighed < NEARLY_ALL) {
      sequence ??= pairSequence(text);
      if (longestPassage(corpus, sequence, pairSequence(other.text)) < MIN_PASSAGE) continue;
    }
    const share = shared / print.shingles.length;
    const current = best.get(other.article);
    if (!current || share > current.share) best.set(other.article, { other, share });
  }
  return [...best.values()].sort((a, b) => b.share - a.share || a.other.article - b.other.article);
}

function prints(corpus: ArticleCorpus, path: string, text: string, paragraphs: readonly Paragraph[]): Fingerprint[] {
  const indexed = corpus.articleAt(path);
  const known = new Map<number, Fingerprint>();
  if (indexed && indexed.text === text) {
    for (const pid of indexed.paragraphs) {
      const p = corpus.paragraph(pid);
      if (p) known.set(p.start, p.print);
    }
  }
  return paragraphs.map((p) => known.get(p.start) ?? fingerprint(text.slice(p.start, p.end)));
}

/**
 * The cross-article findings of the article `text` at `path` (whose own analysis is
 * `analysis`), against every other article of `corpus`. Severities come from the options;
 * nothing is returned when `options.acrossArticles` is off.
 */
export function crossArticleFindings(corpus: ArticleCorpus, path: string, text: string, analysis: ArticleAnalysis, options: AnalysisOptions): Finding[] {
  if (!options.acrossArticles || typeof text !== 'string') return [];
  try {
    return findAcross(corpus, path, text, analysis, options);
  } catch {
    // The core never throws: a failure is a finding, and the article's own findings stand.
    const level = options.rules['analysis.failed'];
    return level === 'off' ? [] : [{ rule: 'analysis.failed', severity: level, start: 0, end: 0, message: messagesFor(options.locale).findings.analysisFailed('across-articles'), related: [], fixes: [] }];
  }
}

function findAcross(corpus: ArticleCorpus, path: string, text: string, analysis: ArticleAnalysis, options: AnalysisOptions): Finding[] {
  const m = messagesFor(options.locale);
  const self = corpus.articleAt(path)?.id ?? -1;
  const lines = splitLines(text);
  const flagged = analysis.findings.filter((f) => f.rule === 'paragraph.duplicate' || f.rule === 'boilerplate.line');
  const isFlagged = (p: Paragraph): boolean => flagged.some((f) => f.start <= p.start && p.end <= f.end);
  const holdsDate = (p: Paragraph): boolean => analysis.dates.some((d) => d.start < p.end && p.start < d.end);
  const all = prints(corpus, path, text, analysis.paragraphs);
  const findings: Finding[] = [];
  const crossLevel = options.rules['paragraph.cross-article'];
  const recurringLevel = options.rules['boilerplate.recurring-line'];
  const minArticles = recurringThreshold(corpus.size + (self < 0 ? 1 : 0));

  analysis.paragraphs.forEach((p, i) => {
    if (p.kind !== 'body' || isFlagged(p)) return;
    const print = all[i];
    // A short line with a date is a dateline («الرياض 26 شوال 1436 هـ … واس»): the same on every story of the day, not shared copy.
    const dateline = print.words <= SHORT_LINE_WORDS && holdsDate(p);
    if (crossLevel !== 'off' && print.words >= MIN_NEAR_WORDS && !dateline) {
      const matches = matchesFor(corpus, print, text.slice(p.start, p.end), self);
      if (matches.length) {
        const related: RelatedSpan[] = matches.slice(0, MAX_RELATED).map(({ other, share }) => ({
          start: other.start,
          end: other.end,
          path: corpus.article(other.article)?.path ?? '',
          message: m.cleanup.otherArticle(displayName(corpus.article(other.article)?.path ?? ''), other.line + 1, Math.floor(share * 100)),
        }));
        const [top] = matches;
        findings.push({
          rule: 'paragraph.cross-article',
          severity: crossLevel,
          start: p.start,
          end: p.end,
          message: m.cleanup.crossArticle(displayName(related[0].path ?? ''), top.other.line + 1, Math.floor(top.share * 100), matches.length - 1),
          related,
          fixes: [],
        });
      }
    }
    if (recurringLevel !== 'off' && print.words <= SHORT_LINE_WORDS && !dateline) {
      const others = corpus.linesWithKey(print.key).filter((o) => o.article !== self);
      const articles = new Set(others.map((o) => o.article));
      if (articles.size + 1 >= minArticles) {
        findings.push({
          rule: 'boilerplate.recurring-line',
          severity: recurringLevel,
          start: p.start,
          end: p.end,
          message: m.cleanup.recurringLine(articles.size + 1),
          related: firstPerArticle(others).slice(0, MAX_RELATED).map((o) => ({
            start: o.start,
            end: o.end,
            path: corpus.article(o.article)?.path ?? '',
            message: m.cleanup.otherArticle(displayName(corpus.article(o.article)?.path ?? ''), o.line + 1, 100),
          })),
          fixes: [{ title: m.cleanup.removeRecurringLine, edits: [removeLines(lines, p.line, p.line)], safe: false }],
        });
      }
    }
  });
  return findings;
}

function firstPerArticle(paragraphs: readonly CorpusParagraph[]): CorpusParagraph[] {
  const seen = new Set<number>();
  return paragraphs.filter((p) => !seen.has(p.article) && seen.add(p.article));
}
