/**
 * The other articles a shell holds (the language server's workspace, the files given to
 * the CLI), indexed for two questions: which articles share a paragraph with this one,
 * and how many articles hold a given short line. Paths are opaque to the core.
 *
 * Setting an article again with the same text costs nothing, and an edit re-fingerprints
 * only the paragraphs it changed, so a shell can sync the corpus before every query. The
 * index of word pairs also tells how common a pair is: in a newsroom's archive the long
 * titles («خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود») are in hundreds of
 * paragraphs, and sharing them is not sharing copy (weight()).
 */
import { segment } from '../structure/blocks';
import { fingerprint, type Fingerprint } from './fingerprint';

export interface CorpusParagraph {
  readonly article: number;
  readonly start: number;
  readonly end: number;
  /** 0-based line. */
  readonly line: number;
  readonly text: string;
  readonly print: Fingerprint;
}

export interface CorpusArticle {
  readonly id: number;
  readonly path: string;
  readonly text: string;
  /** Global ids of its paragraphs, in order. */
  readonly paragraphs: readonly number[];
}

/** Lines of at most this many words are counted for recurring-line proposals. */
export const SHORT_LINE_WORDS = 12;
/** A word pair found in more paragraphs than this says nothing about any of them: it is not looked up. */
const MAX_POSTING = 4000;
/** A pair in at most this many paragraphs (or one in 500 of them, if more) counts fully; a commoner one counts less. */
const COMMON_FROM = 8;

export class ArticleCorpus {
  readonly #articles = new Map<string, CorpusArticle>();
  readonly #byId = new Map<number, CorpusArticle>();
  readonly #paragraphs: (CorpusParagraph | null)[] = [];
  /** Word pair → the paragraphs holding it: one id alone (most pairs are in one paragraph only), else a list. */
  readonly #postings = new Map<number, number | number[]>();
  /** Short line key → global ids of the paragraphs holding it. */
  readonly #lines = new Map<string, number[]>();
  #nextArticle = 0;
  #dead = 0;
  #generation = 0;

  get size(): number {
    return this.#articles.size;
  }

  /** Changes whenever an article is added, changed or removed: a key for caches of query results. */
  get generation(): number {
    return this.#generation;
  }

  has(path: string): boolean {
    return this.#articles.has(path);
  }

  paths(): string[] {
    return [...this.#articles.keys()];
  }

  article(id: number): CorpusArticle | undefined {
    return this.#byId.get(id);
  }

  articleAt(path: string): CorpusArticle | undefined {
    return this.#articles.get(path);
  }

  paragraph(id: number): CorpusParagraph | null {
    return this.#paragraphs[id] ?? null;
  }

  /** Adds or replaces an article. Returns false when it was there with this very text. */
  set(path: string, text: string): boolean {
    if (typeof text !== 'string') text = '';
    const old = this.#articles.get(path);
    if (old && old.text === text) return false;
    const reuse = new Map<string, Fingerprint>();
    if (old) {
      for (const id of old.paragraphs) {
        const p = this.#paragraphs[id];
        if (p) reuse.set(p.text, p.print);
      }
      this.delete(path);
    }
    const id = this.#nextArticle++;
    const ids: number[] = [];
    for (const block of segment(text).blocks) {
      const print = reuse.get(block.text) ?? fingerprint(block.text);
      if (print.key === '') continue;
      const pid = this.#paragraphs.length;
      this.#paragraphs.push({ article: id, start: block.start, end: block.end, line: block.line, text: block.text, print });
      ids.push(pid);
      this.#index(pid, print);
    }
    const article: CorpusArticle = { id, path, text, paragraphs: ids };
    this.#articles.set(path, article);
    this.#byId.set(id, article);
    this.#generation++;
    return true;
  }

  delete(path: string): void {
    const old = this.#articles.get(path);
    if (!old) return;
    this.#articles.delete(path);
    this.#byId.delete(old.id);
    for (const id of old.paragraphs) this.#paragraphs[id] = null;
    this.#dead += old.paragraphs.length;
    this.#generation++;
    if (this.#dead > 1000 && this.#dead * 2 > this.#paragraphs.length) this.#compact();
  }

  /**
   * How much a word pair says about two paragraphs that share it: 1 for a pair found in a
   * few paragraphs of the corpus, less for a common one (a title, a set phrase).
   */
  weight(shingle: number): number {
    const common = Math.max(COMMON_FROM, (this.#paragraphs.length - this.#dead) / 500);
    const ids = this.#postings.get(shingle);
    const df = ids === undefined ? 0 : typeof ids === 'number' ? 1 : ids.length;
    return df <= common ? 1 : common / df;
  }

  /** For each other paragraph sharing word pairs with `print`, how many it shares (pairs too common to look up left out). */
  candidates(print: Fingerprint, exceptArticle: number): Map<number, number> {
    const hits = new Map<number, number>();
    for (const shingle of print.shingles) {
      const ids = this.#postings.get(shingle);
      if (ids === undefined || (typeof ids !== 'number' && ids.length > MAX_POSTING)) continue;
      for (const pid of typeof ids === 'number' ? [ids] : ids) {
        const p = this.#paragraphs[pid];
        if (p && p.article !== exceptArticle) hits.set(pid, (hits.get(pid) ?? 0) + 1);
      }
    }
    return hits;
  }

  /** The live paragraphs, in any article, whose whole line has this comparison key. */
  linesWithKey(key: string): CorpusParagraph[] {
    const out: CorpusParagraph[] = [];
    for (const pid of this.#lines.get(key) ?? []) {
      const p = this.#paragraphs[pid];
      if (p) out.push(p);
    }
    return out;
  }

  #index(pid: number, print: Fingerprint): void {
    for (const shingle of print.shingles) {
      const ids = this.#postings.get(shingle);
      if (ids === undefined) this.#postings.set(shingle, pid);
      else if (typeof ids === 'number') this.#postings.set(shingle, [ids, pid]);
      else ids.push(pid);
    }
    if (print.words <= SHORT_LINE_WORDS) {
      const list = this.#lines.get(print.key);
      if (list) list.push(pid);
      else this.#lines.set(print.key, [pid]);
    }
  }

  /** Drops the ids of removed paragraphs from the index once they outnumber the live ones. */
  #compact(): void {
    const live = (ids: number[]): number[] => ids.filter((id) => this.#paragraphs[id] !== null);
    for (const [key, ids] of this.#postings) {
      const kept = live(typeof ids === 'number' ? [ids] : ids);
      if (kept.length === 0) this.#postings.delete(key);
      else this.#postings.set(key, kept.length === 1 ? kept[0] : kept);
    }
    for (const [key, ids] of this.#lines) {
      const kept = live(ids);
      if (kept.length) this.#lines.set(key, kept);
      else this.#lines.delete(key);
    }
    this.#dead = 0;
  }
}
