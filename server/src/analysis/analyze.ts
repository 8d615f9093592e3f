/**
 * The analysis pipeline. Paragraph-level facts (dates, figures, names) are computed per
 * block and cached by the block's text, so an edit re-analyses only the paragraphs it
 * touched; article-level passes (structure, dateline, relative dates, duplicates,
 * boilerplate, blank lines, outline) are linear in the number of blocks.
 *
 * `analyze` never throws: a step that fails on some input is reported as an
 * `analysis.failed` finding and the other results are still returned.
 */
import type { ArticleAnalysis, DateMention, Entity, Finding, NumberMention, Paragraph } from './model';
import type { AnalysisOptions } from './options';
import { messagesFor } from './l10n';
import { segment, type Block } from './structure/blocks';
import { classify, type Structure } from './structure/classify';
import { buildOutline } from './structure/outline';
import { findDates, type RawDate } from './dates/find';
import { resolveDates, type Anchor } from './dates/resolve';
import { findNumbers, type RawNumber } from './numbers/find';
import { findEntities, type RawEntity } from './entities/find';
import { findDuplicates } from './cleanup/duplicates';
import { findBoilerplate } from './cleanup/boilerplate';
import { findBlankLines } from './cleanup/whitespace';
import type { DraftFinding } from './cleanup/finding';
import { inspectText } from './text/inspect';

/** What is known of one paragraph on its own. Offsets are relative to the paragraph. */
export interface ParagraphFacts {
  readonly dates: readonly RawDate[];
  readonly numbers: readonly RawNumber[];
  readonly entities: readonly RawEntity[];
}

const EMPTY: ArticleAnalysis = Object.freeze({ dateline: null, paragraphs: [], outline: [], entities: [], dates: [], numbers: [], findings: [] });
const NO_FACTS: ParagraphFacts = Object.freeze({ dates: [], numbers: [], entities: [] });
const DEFAULT_CACHE_SIZE = 20_000;

function paragraphFacts(text: string): ParagraphFacts {
  const dates = findDates(text);
  // A figure inside a date or time (the 30 of 30/6/2017, the 2014 of العام 2014) is part of the date.
  const numbers = findNumbers(text).filter((n) => !dates.some((d) => n.start < d.end && d.start < n.end));
  return { dates, numbers, entities: findEntities(text) };
}

function shift<T extends { start: number; end: number }>(items: readonly T[], by: number): T[] {
  return items.map((item) => ({ ...item, start: item.start + by, end: item.end + by }));
}

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

  analyze(text: string, options: AnalysisOptions): ArticleAnalysis {
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
    const structure = attempt('structure', () => classify(blocks, (i) => facts[i].dates), noStructure);

    const paragraphs: Paragraph[] = blocks.map((b, i) => ({ start: b.start, end: b.end, line: b.line, kind: structure.kinds[i] }));
    const datelineBlock = structure.dateline ? blocks[structure.dateline.block] : null;
    const dateline =
      structure.dateline && datelineBlock && structure.dateline.date.value
        ? { start: datelineBlock.start + structure.dateline.date.start, end: datelineBlock.start + structure.dateline.date.end, value: structure.dateline.date.value }
        : null;
    const anchor: Anchor | null = dateline ? { kind: 'dateline', value: dateline.value } : options.referenceDate ? { kind: 'reference', value: options.referenceDate } : null;

    const rawDates = blocks.flatMap((b, i) => shift(facts[i].dates, b.start));
    const dates: DateMention[] = attempt('dates', () => resolveDates(text, rawDates, anchor), []);
    // Figures are claims only in the article's own text (not in a ticker, a byline or a dateline); names count anywhere but in boilerplate.
    const claims = (i: number): boolean => structure.kinds[i] === 'body' || structure.kinds[i] === 'headline' || structure.kinds[i] === 'section';
    const numbers: NumberMention[] = blocks.flatMap((b, i) =>
      claims(i) ? shift(facts[i].numbers, b.start).map((n) => ({ ...n, text: text.slice(n.start, n.end) })) : [],
    );
    const entities: Entity[] = blocks.flatMap((b, i) =>
      structure.kinds[i] === 'boilerplate'
        ? []
        : shift(facts[i].entities, b.start).map((e) => ({ start: e.start, end: e.end, text: text.slice(e.start, e.end), type: e.type, canonical: e.canonical })),
    );

    const drafts: DraftFinding[] = [
      ...attempt('duplicates', () => findDuplicates(blocks, structure.kinds, lines, m), []),
      ...attempt('boilerplate', () => findBoilerplate(blocks, structure.boilerplate, lines, m), []),
      ...attempt('whitespace', () => findBlankLines(text, lines, blocks, m), []),
    ];
    const outline = attempt('outline', () => buildOutline(blocks, structure.kinds, structure.boilerplate, m), []);
    for (const step of failures) drafts.push({ rule: 'analysis.failed', start: 0, end: 0, message: m.findings.analysisFailed(step), related: [], fixes: [] });

    const findings = withSeverity(drafts).sort((a, b) => a.start - b.start || a.end - b.end);
    return { dateline, paragraphs, outline, entities, dates, numbers, findings };
  }
}
