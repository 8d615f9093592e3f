/**
 * The analysis pipeline. Paragraph-level facts (paragraph.ts) are computed per block and
 * cached by the block's text, so an edit re-analyses only the paragraphs it touched;
 * article-level passes (structure, dates, figures, names, cleanup, outline) each live in
 * their area's folder and are linear in the number of blocks.
 *
 * `analyze` never throws: a step that fails on some input is reported as an
 * `analysis.failed` finding and the other results are still returned.
 */
import type { ArticleAnalysis, Finding } from './model';
import { completeOptions, defaultOptions, type AnalysisOptions } from './options';
import { messagesFor } from './l10n';
import type { ArticleContext } from './context';
import type { DraftFinding } from './finding';
import { NO_FACTS, paragraphFacts, type ParagraphFacts } from './paragraph';
import { segment, type Block } from './structure/blocks';
import { classify, type Structure } from './structure/classify';
import { articleOutline, articleQuotes } from './structure/article';
import { articleDates, datelineOf } from './dates/article';
import { articleNumbers } from './numbers/article';
import { articleEntities } from './entities/article';
import { cleanupFindings } from './cleanup';
import { inspectText } from './text/inspect';

export type { ParagraphFacts } from './paragraph';

const EMPTY: ArticleAnalysis = Object.freeze({ dateline: null, paragraphs: [], outline: [], entities: [], dates: [], numbers: [], findings: [], quotes: [] });
const DEFAULT_CACHE_SIZE = 20_000;

export class Analyzer {
  readonly #cache = new Map<string, ParagraphFacts>();
  readonly #cacheSize: number;
  #hits = 0;
  #misses = 0;

  constructor(cacheSize = DEFAULT_CACHE_SIZE) {
    this.#cacheSize = cacheSize;
  }

  /** Cache statistics since creation: how many paragraphs were reused and how many analysed. */
  get stats(): { hits: number; misses: number; size: number } {
    return { hits: this.#hits, misses: this.#misses, size: this.#cache.size };
  }

  #facts(text: string, failures: Set<string>): ParagraphFacts {
    const cached = this.#cache.get(text);
    if (cached) {
      this.#hits++;
      // Refresh its place in the LRU order.
      this.#cache.delete(text);
      this.#cache.set(text, cached);
      return cached;
    }
    this.#misses++;
    let facts: ParagraphFacts;
    try {
      facts = paragraphFacts(text);
    } catch {
      failures.add('paragraph');
      return NO_FACTS;
    }
    this.#cache.set(text, facts);
    if (this.#cache.size > this.#cacheSize) this.#cache.delete(this.#cache.keys().next().value as string);
    return facts;
  }

  analyze(text: string, given: AnalysisOptions = defaultOptions()): ArticleAnalysis {
    const options = completeOptions(given);
    const m = messagesFor(options.locale);
    const levels = options.rules;
    const withSeverity = (drafts: readonly DraftFinding[]): Finding[] =>
      drafts.flatMap((d) => (levels[d.rule] === 'off' ? [] : [{ ...d, severity: levels[d.rule] as Finding['severity'] }]));

    if (typeof text !== 'string') return EMPTY;
    if (text.length > options.maxLength) {
      return { ...EMPTY, findings: withSeverity([{ rule: 'file.too-large', start: 0, end: 0, message: m.findings.tooLarge(text.length, options.maxLength), related: [], fixes: [] }]) };
    }
    const problem = inspectText(text);
    if (problem) {
      return { ...EMPTY, findings: withSeverity([{ rule: 'file.not-text', start: 0, end: 0, message: m.findings.notText(problem === 'nul' ? 'NUL' : 'U+FFFD'), related: [], fixes: [] }]) };
    }

    const failures = new Set<string>();
    const attempt = <T>(step: string, fn: () => T, fallback: T): T => {
      try {
        return fn();
      } catch {
        failures.add(step);
        return fallback;
      }
    };

    const { lines, blocks } = attempt('segment', () => segment(text), { lines: [], blocks: [] as Block[] });
    const facts = blocks.map((b) => this.#facts(b.text, failures));
    const noStructure: Structure = { kinds: blocks.map(() => 'body'), boilerplate: blocks.map(() => null), headline: null, dateline: null };
    const structure = attempt('structure', () => classify(blocks, facts.map((f) => f.structure), options.boilerplatePatterns), noStructure);
    const ctx: ArticleContext = { text, lines, blocks, facts, structure, options, m };

    const dates = attempt('dates', () => articleDates(ctx), { dateline: datelineOf(ctx), dates: [], findings: [] });
    const numbers = attempt('numbers', () => articleNumbers(ctx), { numbers: [], findings: [] });
    const entities = attempt('entities', () => articleEntities(ctx), { entities: [], findings: [] });
    const quotes = attempt('quotes', () => articleQuotes(ctx), []);
    const outline = attempt('outline', () => articleOutline(ctx, quotes, entities.entities), []);
    const drafts: DraftFinding[] = [...cleanupFindings(ctx, attempt), ...dates.findings, ...numbers.findings, ...entities.findings];
    for (const step of failures) drafts.push({ rule: 'analysis.failed', start: 0, end: 0, message: m.findings.analysisFailed(step), related: [], fixes: [] });

    return {
      dateline: dates.dateline,
      paragraphs: blocks.map((b, i) => ({ start: b.start, end: b.end, line: b.line, kind: structure.kinds[i] })),
      outline,
      entities: entities.entities,
      dates: dates.dates,
      numbers: numbers.numbers,
      findings: withSeverity(drafts).sort((a, b) => a.start - b.start || a.end - b.end),
      quotes,
    };
  }
}
