/**
 * Names at the article level: the paragraphs' mentions outside web boilerplate, tied
 * together (coreference.ts), completed with later mentions of names already given
 * (propagate.ts), each with its exact source text, its cluster's type and canonical name,
 * and an id its cluster's mentions share.
 */
import type { ArticleContext } from '../context';
import type { DraftFinding } from '../finding';
import type { Entity } from '../model';
import { displayForm, nameKey } from './canonical';
import { writesAla } from './ali';
import { clusterMentions, refersTo, type Mention } from './coreference';
import type { RawEntity } from './find';
import { commonWords } from './model/load';
import { hasAccusativeTanween } from './word-shapes';
import { foldedPrefixEnd } from './offsets';
import { isGivenNameAt, matchGazetteer } from './gazetteer/index';
import { aliasesOf, findAliases, shortNameAlias, type Alias, type Found } from './propagate';
import { spellingFindings } from './spelling';
import type { Token } from './tokens';

export interface ArticleEntities {
  readonly entities: Entity[];
  readonly findings: DraftFinding[];
}

interface Placed extends Mention {
  readonly block: number;
  readonly first: number;
  readonly last: number;
  readonly words: readonly string[];
  readonly tentative: boolean;
  readonly needsAla?: boolean;
  readonly form: string;
}

/**
 * Tentative mentions (find.ts) that are short forms of a confident name of the article, or علي
 * + a family name where the article writes على (`ala`, ali.ts); the others are dropped.
 */
function confirmed(mentions: readonly Placed[], ala: boolean): Placed[] {
  const sure = mentions.filter((m) => !m.tentative);
  return mentions.filter((m) => !m.tentative || (ala && m.needsAla === true) || sure.some((s) => s.key === m.key || (s.type === m.type && refersTo(m.key.split(' '), s.key.split(' '), m.type))));
}

/**
 * Two mentions of one person a space apart are one mention: [خالد] [الوهيبي] after «خالد بن
 * محمد الوهيبي», where the paragraph found the given name and the article the family name.
 */
function joinAdjacent(entities: readonly Entity[], text: string): Entity[] {
  const out: Entity[] = [];
  for (const e of entities) {
    const prev = out[out.length - 1];
    // Not a name said twice (فايز عليك فايز عليك).
    if (prev?.id === e.id && e.type === 'person' && text.slice(prev.end, e.start) === ' ' && prev.text !== e.text) {
      out[out.length - 1] = { ...prev, end: e.end, text: text.slice(prev.start, e.end), form: `${prev.form} ${e.form}` };
    } else out.push(e);
  }
  return out;
}

/** A word a longer name may have taken in wrongly: a common word or a feminine adjective (شركة محمد النهدي العقارية). */
const isEverydayAdjective = (word: string): boolean => commonWords().has(word) || word.endsWith('يه');

/**
 * A person's name the paragraph cut short that runs on, word for word, into a longer name of
 * the article's (وزير التعليم الدكتور [عزام] الدخيل after «عزام الدخيل»): the longer name.
 */
function completed(placed: readonly Placed[], tokensOf: (block: number) => readonly Token[], blockStart: (block: number) => number, text: string): Placed[] {
  const full = new Map<string, Placed[]>();
  for (const m of placed) if (m.type === 'person' && !m.tentative && m.words.length > 1) full.set(m.words[0], [...(full.get(m.words[0]) ?? []), m]);
  if (!full.size) return [...placed];
  const covered = new Set(placed.map((m) => `${m.block}:${m.first}`));
  return placed.map((m) => {
    if (m.type !== 'person' || !m.words.length) return m;
    const tokens = tokensOf(m.block);
    let best: Placed | null = null;
    for (const f of full.get(m.words[0]) ?? []) {
      const more = f.words.length - m.words.length;
      if (more <= 0 || (best && best.words.length >= f.words.length) || m.words.some((w, k) => f.words[k] !== w)) continue;
      let ok = true;
      for (let j = 0; j < more && ok; j++) {
        const t = tokens[m.last + j];
        ok = t?.word === true && t.folded === f.words[m.words.length + j] && !covered.has(`${m.block}:${m.last + j}`) && (j > 0 || t.start - tokens[m.last - 1].end === 1) && !isEverydayAdjective(t.folded);
      }
      if (ok) best = f;
    }
    if (!best) return m;
    const last = m.last + best.words.length - m.words.length;
    const end = blockStart(m.block) + tokens[last - 1].end;
    // The mention's own form (its article restored after لل) goes on with the words it takes in.
    const canonical = m.known ? m.canonical : best.canonical;
    return { ...m, end, last, words: best.words, canonical, key: nameKey(canonical), form: `${m.form} ${displayForm(text.slice(m.end, end).trim(), false)}` };
  });
}

/**
 * A one-word person the paragraph read with a proclitic off (ب + ريم) whose whole word is the
 * family name of a person the article names in full (ايزابيل بريم): the family name, whole. Not
 * where the name without the proclitic is in a full name of the article too (ل + ياسر, with ياسر
 * القحطاني): a «family name» لياسر is then the model's run-on (موفق | لياسر).
 */
function wholeFamilyNames(placed: readonly Placed[], tokensOf: (block: number) => readonly Token[], blockStart: (block: number) => number, text: string): Placed[] {
  const families = new Set<string>();
  const inFullNames = new Set<string>();
  for (const m of placed) {
    if (m.type !== 'person' || m.words.length < 2) continue;
    families.add(m.words[m.words.length - 1]);
    for (const w of m.words) inFullNames.add(w);
  }
  if (!families.size) return [...placed];
  return placed.map((m) => {
    if (m.type !== 'person' || m.last - m.first !== 1 || inFullNames.has(m.words[0])) return m;
    const token = tokensOf(m.block)[m.first];
    const start = blockStart(m.block) + token.start;
    if (start === m.start || !families.has(token.folded)) return m;
    const form = displayForm(text.slice(start, m.end), false);
    return { ...m, start, words: [token.folded], form, canonical: form, key: nameKey(form), known: false };
  });
}

/**
 * Where a person's mention starts: on the word آل before it where the article writes the name
 * with it (وبيّن آل جار الله after «إبراهيم آل جار الله»), which the model and the later mentions
 * leave out. `names` are the person's mentions that carry their words.
 */
function clanStart(m: Placed, names: readonly Placed[], tokens: readonly Token[], blockStart: number, text: string): number {
  const clan = tokens[m.first - 1];
  if (clan?.word !== true || clan.folded !== 'ال' || text[blockStart + clan.start] !== 'آ') return m.start;
  const own = ['ال', ...tokens.slice(m.first, m.last).filter((t) => t.word).map((t) => t.folded)].join(' ');
  return names.some((n) => ` ${n.words.join(' ')} `.includes(` ${own} `)) ? blockStart + clan.start : m.start;
}

/**
 * A mention without the date it runs into (شركة مايكروسوفت | الخميس، فاطمة يعقوب | السبت, and
 * the family name الخميس, read as Thursday: عبدالعزيز | الخميس): the words before the date.
 * None where a date begins it or is all of it (ربيع الأول، أيار).
 */
function beforeDate(m: RawEntity, dates: readonly { start: number; end: number }[], tokens: readonly Token[]): RawEntity | null {
  const from = Math.min(...dates.filter((d) => m.start < d.end && d.start < m.end).map((d) => d.start));
  if (from === Infinity) return m;
  let last = m.last;
  while (last > m.first && (tokens[last - 1].end > from || !tokens[last - 1].word)) last--;
  if (from <= m.start || last <= m.first) return null;
  const words = m.words.slice(0, tokens.slice(m.first, last).filter((t) => t.word).length);
  const form = m.form.split(' ').slice(0, words.length).join(' ');
  return { ...m, end: tokens[last - 1].end, last, words, form, canonical: form, key: nameKey(form), known: false };
}

/** Kunya words that begin a name before the name they govern (folded): أبو | جميل، ابن أبي | وقاص. */
const KUNYA_LEADS = new Set(['ابو', 'ابي', 'ابن']);

/**
 * A person's later mention found by its family name with the given name or kunya written right
 * before it (مها | باعشن، سعد | وقاص، أبو | جميل): the name from there. Only a given name the
 * person's mentions hold, or any listed one where they hold the family name alone; a kunya
 * where they hold one. The given name takes no proclitic, nor does the mention.
 */
function withGivenName(f: Found, tokens: readonly Token[], taken: Uint8Array, mentions: readonly Placed[]): Found {
  if (f.prefix !== 0) return f;
  const words = new Set(mentions.flatMap((m) => m.words));
  const familyOnly = mentions.every((m) => m.words.length <= 1);
  const kunya = mentions.some((m) => m.words.some((w) => KUNYA_LEADS.has(w)));
  let first = f.first;
  const lead = (t: Token | undefined, k: number): boolean => {
    if (t?.word !== true || taken[k] || tokens[k + 1].start - t.end !== 1) return false;
    if (KUNYA_LEADS.has(t.folded)) return kunya;
    return (familyOnly || words.has(t.folded)) && matchGazetteer([t]).some((m) => m.prefix === 0 && isGivenNameAt(m, 0));
  };
  while (first > f.first - 2 && lead(tokens[first - 1], first - 1)) first--;
  return first === f.first ? f : { ...f, first };
}

export function articleEntities(ctx: ArticleContext): ArticleEntities {
  const blocks = ctx.blocks.map((b, i) => ({ block: b, facts: ctx.facts[i].entities, skip: ctx.structure.kinds[i] === 'boilerplate' }));
  const placed: Placed[] = [];
  // The list of tags saved on a paragraph's end (… . سمات الهلال النصر) names nothing the article says.
  const tagsFrom = (i: number): number => ctx.facts[i].structure.tags?.start ?? Infinity;
  blocks.forEach(({ block, facts, skip }, i) => {
    if (skip) return;
    // A month or a weekday is a date, not a name (ربيع الأول، أيار), whatever the model thought.
    const dates = ctx.facts[i].dates;
    for (const found of facts.mentions) {
      if (found.start >= tagsFrom(i)) continue;
      const m = beforeDate(found, dates, facts.tokens);
      if (m) placed.push({ ...m, start: m.start + block.start, end: m.end + block.start, block: i });
    }
  });
  const tokensOf = (i: number): readonly Token[] => blocks[i].facts.tokens;
  const blockStart = (i: number): number => blocks[i].block.start;
  const whole = wholeFamilyNames(placed, tokensOf, blockStart, ctx.text);
  const kept = completed(confirmed(whole, blocks.some(({ block, skip }) => !skip && writesAla(block.text))), tokensOf, blockStart, ctx.text);
  const first = clusterMentions(kept);
  const clusterOf = new Map<Mention, number>();
  first.forEach((c, i) => c.mentions.forEach((m) => clusterOf.set(m, i)));

  // Later mentions of names already given: looked for in every paragraph after the name's first mention, and in the
  // headline, which names in short whom the article then names in full (الحقيل يتفقد … / وزير الإسكان ماجد الحقيل).
  const aliases: Alias[] = first.flatMap((c, i) => [
    ...aliasesOf([...new Set(c.mentions.map((m) => (m as Placed).words.join(' ')))].map((w) => w.split(' ')), c.type, i, c.mentions.length >= 2),
    ...c.mentions.flatMap((m) => (m.shortFor === undefined ? [] : (shortNameAlias((m as Placed).words, i) ?? []))),
  ]);
  const firstBlock = first.map((c) => Math.min(...c.mentions.map((m) => (m as Placed).block)));
  const extra: Placed[] = [];
  if (aliases.length) {
    // The mentions kept in each paragraph, some completed by the article (completed above).
    const keptIn: Placed[][] = [];
    for (const m of kept) (keptIn[m.block] ??= []).push(m);
    blocks.forEach(({ block, facts, skip }, i) => {
      if (skip) return;
      const taken = new Uint8Array(facts.tokens.length);
      for (const m of [...facts.mentions, ...(keptIn[i] ?? [])]) for (let t = m.first; t < m.last; t++) taken[t] = 1;
      for (const [first, last] of facts.notNamed ?? []) taken.fill(1, first, last);
      const dates = ctx.facts[i].dates;
      facts.tokens.forEach((t, k) => {
        if (dates.some((d) => t.start < d.end && d.start < t.end) || t.start >= tagsFrom(i)) taken[k] = 1;
      });
      const headline = ctx.structure.kinds[i] === 'headline';
      for (const found of findAliases(facts.tokens, aliases.filter((a) => headline || firstBlock[a.cluster] <= i), taken)) {
        const c = first[found.cluster];
        const f = c.type === 'person' ? withGivenName(found, facts.tokens, taken, c.mentions as readonly Placed[]) : found;
        const start = block.start + foldedPrefixEnd(block.text, facts.tokens[f.first], f.prefix);
        const end = block.start + facts.tokens[f.last - 1].end;
        const text = ctx.text.slice(start, end);
        // The tanween of the indefinite accusative makes a word no name (لاجئًا سوريًا after سوريا).
        if (hasAccusativeTanween(text)) continue;
        extra.push({ start, end, type: c.type, canonical: c.canonical, form: displayForm(text, f.restored), key: nameKey(text), known: false, block: i, first: f.first, last: f.last, words: [], tentative: false });
        clusterOf.set(extra[extra.length - 1], f.cluster);
      }
    });
  }
  const entities: Entity[] = [...kept, ...extra]
    .sort((a, b) => a.start - b.start)
    .flatMap((m) => {
      const index = clusterOf.get(m);
      if (index === undefined) return [];
      const c = first[index];
      const start = c.type === 'person' ? clanStart(m, c.mentions as readonly Placed[], blocks[m.block].facts.tokens, blocks[m.block].block.start, ctx.text) : m.start;
      return [{ start, end: m.end, text: ctx.text.slice(start, m.end), form: start === m.start ? m.form : displayForm(ctx.text.slice(start, m.end), false), type: c.type, canonical: c.canonical, id: c.id }];
    });
  const joined = joinAdjacent(entities, ctx.text);
  return { entities: joined, findings: spellingFindings(joined, ctx.m) };
}
