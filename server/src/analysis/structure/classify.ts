/**
 * The structure of an article: which block is the headline, the dateline, a byline, a
 * subheading, body text or web boilerplate. The article's own dateline is told apart
 * from page chrome: a date line after the headline is the article's; a date line above
 * the headline is the page's header when the article has a dateline of its own.
 */
import type { ParagraphKind } from '../model';
import type { BoilerplateKind } from '../cleanup/boilerplate-patterns';
import { detectBoilerplate } from '../cleanup/detect';
import type { RawDate } from '../dates/find';
import { comparisonKey, fold } from '../text/normalize';
import { endsSentence, isProse, wordCount, type Block } from './blocks';

export interface Structure {
  /** Per block. */
  readonly kinds: readonly ParagraphKind[];
  /** Per block: what kind of boilerplate, or null. */
  readonly boilerplate: readonly (BoilerplateKind | null)[];
  readonly headline: number | null;
  /** The dateline block and the date in it (offsets relative to the block). */
  readonly dateline: { readonly block: number; readonly date: RawDate } | null;
}

const DATE_LABEL = /^(?:تاريخ الخبر|تاريخ النشر|تاريخ|نشر في|نشر بتاريخ|نشر|اخر تحديث|تحديث|محدث|بتاريخ|updated|published)\s*[:：]?\s*/;
const BYLINE_LEAD = /^(?:بقلم|كتب|كتبت|كتبه|اعداد|اعدته|تحرير|ترجمه|حوار|متابعات|وكالات|المحرر|مراسل|مراسلنا|خاص)(?:\s|[:：]|$)/;

/** The date in a block that holds nothing but a date (and perhaps a label), if any. */
function dateOnly(block: Block, dates: readonly RawDate[]): RawDate | null {
  const absolute = dates.filter((d) => d.value !== null && /^\d{4}-\d{2}-\d{2}/.test(d.value));
  if (absolute.length === 0) return null;
  let rest = block.text;
  for (const d of [...dates].sort((a, b) => b.start - a.start)) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  const folded = fold(rest).trim().replace(DATE_LABEL, '');
  return folded.replace(/[\p{P}\p{S}\s\d]/gu, '') === '' ? absolute[0] : null;
}

function isByline(block: Block): boolean {
  const text = block.text;
  if (wordCount(text) > 8 || text.length > 70 || endsSentence(text)) return false;
  const folded = fold(text);
  if (BYLINE_LEAD.test(folded)) return true;
  // دمشق - نور خوام, وكالات – الإمارات 71
  const parts = folded.split(/\s+[-–—|]\s+/);
  return parts.length === 2 && parts.every((p) => wordCount(p) <= 4 && p.trim().length > 1);
}

function isTitleLike(block: Block): boolean {
  const words = wordCount(block.text);
  return words >= 2 && words <= 30 && block.text.length <= 200 && !/[.:؛،,]$/.test(block.text.trim());
}

function isSubheading(block: Block): boolean {
  const words = wordCount(block.text);
  return words >= 1 && words <= 10 && block.text.length <= 80 && !/[.!?؟:؛،,…]["»”]?$/.test(block.text.trim());
}

/** `boilerplate` is cleanup/detect.ts's verdict per block (analyze.ts passes the house's patterns to it). */
export function classify(blocks: readonly Block[], datesOf: (block: number) => readonly RawDate[], boilerplate: (BoilerplateKind | null)[] = detectBoilerplate(blocks)): Structure {
  const n = blocks.length;
  const kinds: ParagraphKind[] = new Array(n).fill('body');

  // The top of the article: everything before the first block of running prose.
  let firstProse = blocks.findIndex((b, i) => boilerplate[i] === null && isProse(b.text));
  if (firstProse < 0) firstProse = n;

  const dateOnlyAt = blocks.map((b, i) => (boilerplate[i] === null && i < firstProse + 3 ? dateOnly(b, datesOf(i)) : null));

  let headline: number | null = null;
  for (let i = 0; i < firstProse; i++) {
    if (boilerplate[i] !== null || dateOnlyAt[i] || isByline(blocks[i])) continue;
    if (isTitleLike(blocks[i])) {
      headline = i;
      break;
    }
  }

  // The dateline: the first date line after the headline, else the last one above it.
  let dateline: Structure['dateline'] = null;
  const limit = Math.min(n, firstProse + 3);
  for (let i = headline === null ? 0 : headline + 1; i < limit && !dateline; i++) {
    const date = dateOnlyAt[i];
    if (date) dateline = { block: i, date };
  }
  if (!dateline && headline !== null) {
    for (let i = headline - 1; i >= 0 && !dateline; i--) {
      const date = dateOnlyAt[i];
      if (date) dateline = { block: i, date };
    }
  }

  const headlineKey = headline === null ? null : comparisonKey(blocks[headline].text);
  let seenProse = false;
  for (let i = 0; i < n; i++) {
    if (boilerplate[i] !== null) kinds[i] = 'boilerplate';
    else if (i === headline) kinds[i] = 'headline';
    else if (dateline && i === dateline.block) kinds[i] = 'dateline';
    else if (dateOnlyAt[i] && dateline && i < dateline.block && (headline === null || i < headline)) {
      kinds[i] = 'boilerplate';
      boilerplate[i] = 'page-header';
    } else if (!seenProse && isByline(blocks[i])) kinds[i] = 'byline';
    else if (!seenProse && headlineKey !== null && comparisonKey(blocks[i].text) === headlineKey) kinds[i] = 'headline';
    else if (seenProse && isSubheading(blocks[i]) && nextContentIsProse(blocks, boilerplate, i)) kinds[i] = 'section';
    else kinds[i] = 'body';
    if (kinds[i] === 'body' && isProse(blocks[i].text)) seenProse = true;
  }

  return { kinds, boilerplate, headline, dateline };
}

function nextContentIsProse(blocks: readonly Block[], boilerplate: readonly (BoilerplateKind | null)[], i: number): boolean {
  for (let j = i + 1; j < blocks.length; j++) {
    if (boilerplate[j] !== null) continue;
    return isProse(blocks[j].text) || wordCount(blocks[j].text) > 10;
  }
  return false;
}
