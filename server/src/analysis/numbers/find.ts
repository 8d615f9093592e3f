/**
 * Finds numeric claims in one paragraph: figures in Western, Arabic-Indic or Persian
 * digits or in words, percentages, ranges (بين 80 و95 ألف طن، من X إلى Y، X-Y),
 * approximations and bounds (نحو، أكثر من، على الأقل), and what is counted; then counts
 * written after a definite noun (الأشهر الستة) and ordinals (الرابع، الحادي عشر).
 * Works on tokens of the folded text and maps every span back to the paragraph.
 */
import type { Measure, NumberBound, NumberMention } from '../model';
import { unfoldSpan, type FoldedText } from '../text/normalize';
import { prepare, startsWithin, wordAt, type Prepared, type Token } from '../text/tokens';
import { FRACTIONS, HUNDRED_HEADS, HUNDRED_WORDS, ONE_WORD_TEENS, ORDINAL_COMPOUND_HEADS, ORDINAL_TENS, ORDINAL_UNITS, SCALES, TEEN_HEADS, TENS, UNITS } from './lexicon';
import { QUALIFIER_FIRST_WORDS } from './qualifiers';
import { definiteCountAt } from './definite';
import { andFractionAt, dualUnitAt, figureAt, percentAfter, percentBefore, unitAfter, unitAndFractionAt, type Figure, type UnitMatch } from './parts';
import { qualifierAfter, qualifierBefore, type Qualifier } from './qualifiers';
import { UNIT_WORDS, unitName, type UnitInfo } from './units';
import { ordinalAt } from './words';
import { VAGUE_FIRST_WORDS, vagueAt } from './vague';

export type RawNumber = Omit<NumberMention, 'text'>;

interface Claim {
  readonly startToken: number;
  readonly clitic: number;
  readonly next: number;
  readonly min: number;
  readonly max: number;
  readonly range: boolean;
  readonly percent: boolean;
  readonly qualifiers: readonly Qualifier[];
  readonly unit: UnitMatch | null;
  readonly sign: UnitInfo | null;
  /** An order of magnitude in words (عشرات، مئات الآلاف، بضعة): min and max bound it. */
  readonly vague?: boolean;
}

const isSymbol = (t: Token | undefined, chars: string): boolean => t !== undefined && t.kind === 'symbol' && chars.includes(t.text);

/** بين، ما بين، من (with a clitic: وبين، ومن) opening a range; the token after it. */
function rangeLead(tokens: readonly Token[], i: number): number {
  const word = wordAt(tokens, i);
  if (!word) return -1;
  if (/^[وف]?(?:بين|من)$/.test(word)) return i + 1;
  if (/^[وف]?ما$/.test(word) && wordAt(tokens, i + 1) === 'بين') return i + 2;
  return -1;
}

/** The connector of a range (و، إلى، حتى، أو، ل، -) and where the second figure starts. */
function rangeConnector(tokens: readonly Token[], i: number, led: boolean): { next: number; kind: 'and' | 'to' | 'or' | 'dash' } | null {
  const t = tokens[i];
  if (!t) return null;
  if (isSymbol(t, '-–—')) return { next: i + 1, kind: 'dash' };
  if (t.kind !== 'word') return null;
  if (t.text === 'و') return led ? { next: i + 1, kind: 'and' } : null;
  if (t.text === 'الي' || t.text === 'حتي' || t.text === 'وحتي') return { next: i + 1, kind: 'to' };
  if (t.text === 'او') return { next: i + 1, kind: 'or' };
  // Attached: و95 is a separate و token; وعشرين and لعشرين keep their clitic, which the figure reader strips.
  if (led && /^[ول]/.test(t.text)) return { next: i, kind: t.text.startsWith('و') ? 'and' : 'to' };
  return null;
}

function secondFigure(tokens: readonly Token[], first: Figure, led: boolean): { figure: Figure; unit: UnitMatch | null } | null {
  const unit = first.sign ? null : unitAfter(tokens, first.next, false);
  const conn = rangeConnector(tokens, unit?.next ?? first.next, led);
  if (!conn) return null;
  const second = figureAt(tokens, conn.next);
  if (!second || second.fraction) return null;
  if (conn.kind === 'dash' && !(first.digits && second.digits)) return null;
  // A range runs upwards; 3-1 is a score, not a range.
  const low = first.scale === 1 && second.scale > 1 ? first.value * second.scale : first.value;
  if (second.value <= low && !(led && second.value === low)) return null;
  return { figure: second, unit };
}

function claimAt(tokens: readonly Token[], i: number): Claim | null {
  const qualifiers: Qualifier[] = [];
  const before = qualifierBefore(tokens, i);
  let j = before ? before.next : i;
  if (before) qualifiers.push(before.qualifier);
  let percent = percentBefore(tokens, j);
  if (percent) j++;
  const lead = rangeLead(tokens, j);
  const first = figureAt(tokens, lead >= 0 ? lead : j);
  if (!first) {
    if (lead >= 0 || percent) return null;
    const vague = vagueClaim(tokens, j);
    if (vague) return before ? { ...vague, startToken: i, clitic: before.clitic, qualifiers: [before.qualifier] } : vague;
    const bare = bareUnitClaim(tokens, j) ?? (before ? singleUnitClaim(tokens, j) : null);
    return bare && before ? { ...bare, startToken: i, clitic: before.clitic, qualifiers: [before.qualifier, ...bare.qualifiers] } : bare;
  }
  let min = first.value;
  let max = first.value;
  let next = first.next;
  let range = false;
  let unit: UnitMatch | null = null;
  let sign = first.sign;
  const second = secondFigure(tokens, first, lead >= 0);
  if (second) {
    range = true;
    max = second.figure.value;
    // بين 80 و95 ألف: the scale of the second figure is the first's too.
    if (first.scale === 1 && second.figure.scale > 1 && first.value * second.figure.scale <= max) min = first.value * second.figure.scale;
    next = second.figure.next;
    unit = second.unit;
    sign ??= second.figure.sign;
  } else if (lead >= 0) {
    return null;
  }
  const after = percentAfter(tokens, next);
  if (after >= 0) {
    percent = true;
    next = after;
  }
  const figure = second?.figure ?? first;
  // A fraction counts what follows only when marked, or when it is a definite noun (ثلث السكان).
  const definiteAfter = /^ال/.test(wordAt(tokens, next) ?? '');
  const own = unitAfter(tokens, next, !figure.fraction || qualifiers.length > 0 || definiteAfter);
  if (own) {
    unit = own;
    next = own.next;
  }
  // 20 دولار و43 سنت
  if (unit?.info?.kind === 'money' && !range) {
    const cents = centsAfter(tokens, next);
    if (cents) {
      min = max = min + cents.value / 100;
      next = cents.next;
    }
  }
  // ساعتين ونصف
  if (unit?.info && unit.info.kind !== 'money' && !range) {
    const frac = andFractionAt(tokens, next);
    if (frac) {
      min = max = min + frac.value;
      next = frac.next;
    }
  }
  const post = qualifierAfter(tokens, next);
  if (post) {
    qualifiers.push(post.qualifier);
    next = post.next;
  }
  if (!accept(tokens, figure, range, percent, qualifiers, unit, sign)) return null;
  return { startToken: i, clitic: before ? before.clitic : first.clitic, next, min, max, range, percent, qualifiers, unit, sign };
}

/** 2 تحت الصفر، درجتين تحت الصفر: a temperature below zero. */
function belowZero(tokens: readonly Token[], claim: Claim | null): Claim | null {
  if (!claim || claim.range || (claim.unit !== null && claim.unit.info?.kind !== 'temperature')) return claim;
  if (wordAt(tokens, claim.next) !== 'تحت' || wordAt(tokens, claim.next + 1) !== 'الصفر') return claim;
  const degree = UNIT_WORDS.get('درجه') as UnitInfo;
  return { ...claim, min: -claim.min, max: -claim.max, next: claim.next + 2, unit: claim.unit ?? { info: degree, token: claim.next, next: claim.next } };
}

function centsAfter(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  // 20 دولار و43 سنت، 20$ 43c
  const at = wordAt(tokens, i) === 'و' ? i + 1 : i;
  const cents = figureAt(tokens, at);
  if (!cents || cents.value >= 100) return null;
  const unit = unitAfter(tokens, cents.next, false);
  return unit?.info?.code === 'cent' ? { value: cents.value, next: unit.next } : null;
}

/** Whether a figure with these marks is a claim: a word that is also an ordinary word needs what it counts. */
function accept(tokens: readonly Token[], figure: Figure, range: boolean, percent: boolean, qualifiers: readonly Qualifier[], unit: UnitMatch | null, sign: UnitInfo | null): boolean {
  if (range || percent || qualifiers.length || sign || figure.digits || figure.scale > 1) return true;
  if (figure.fraction) return unit?.info !== null && unit !== null ? true : /^ال/.test(wordAt(tokens, figure.next) ?? '') && (wordAt(tokens, figure.next)?.length ?? 0) > 3;
  if (figure.ambiguous) return unit !== null && !/^ال/.test(tokens[unit.token].text) && figure.value !== 1;
  return true;
}

/** عشرات القتلى، مئات الآلاف من النازحين، بضعة أيام: a vague quantity and what it counts. */
function vagueClaim(tokens: readonly Token[], i: number): Claim | null {
  const v = vagueAt(tokens, i);
  if (!v) return null;
  // عشرات من المدنيين: what is counted may follow من.
  const of = wordAt(tokens, v.next) === 'من' && /^ال/.test(wordAt(tokens, v.next + 1) ?? '') ? v.next + 1 : v.next;
  // الملايين بالمرض، المليارات المفرج عنها: after a head with the article, only من says what is counted.
  let unit = v.definite && of === v.next ? null : unitAfter(tokens, of, true);
  // ملايين الدولارات: a known unit in the definite plural of the genitive.
  const known = unit && !unit.info ? UNIT_WORDS.get(tokens[unit.token].text.replace(/^ال/, '')) : undefined;
  if (unit && known) unit = { ...unit, info: known };
  const post = unit ? qualifierAfter(tokens, unit.next) : null;
  const next = post ? post.next : unit ? unit.next : v.next;
  return { startToken: i, clitic: v.clitic, next, min: v.min, max: v.max, range: false, percent: false, qualifiers: post ? [post.qualifier] : [], unit, sign: null, vague: true };
}

/** A known unit alone in its dual (يومين، درجتين) or with a fraction (ساعة ونصف). */
function bareUnitClaim(tokens: readonly Token[], i: number): Claim | null {
  const dual = dualUnitAt(tokens, i);
  const part = dual ? null : unitAndFractionAt(tokens, i);
  if (!dual && !part) return null;
  const half = dual ? andFractionAt(tokens, i + 1) : null;
  const value = dual ? 2 + (half?.value ?? 0) : (part as { value: number }).value;
  const info = dual ? dual.info : (part as { info: UnitInfo }).info;
  const next = dual ? (half?.next ?? i + 1) : (part as { next: number }).next;
  const post = qualifierAfter(tokens, next);
  return {
    startToken: i,
    clitic: dual ? dual.clitic : (part as { clitic: number }).clitic,
    next: post ? post.next : next,
    min: value,
    max: value,
    range: false,
    percent: false,
    qualifiers: post ? [post.qualifier] : [],
    unit: { info, token: i, next: i + 1 },
    sign: null,
  };
}

/** A known unit in the singular after a qualifier: أقل من عام، أكثر من شهر، نحو ساعة (one of it). */
function singleUnitClaim(tokens: readonly Token[], i: number): Claim | null {
  const word = wordAt(tokens, i);
  const info = word ? UNIT_WORDS.get(word) : undefined;
  if (!info || info.dual || info.kind === 'money' || !/^(?:ساعه|يوم|اسبوع|شهر|عام|سنه|عقد|قرن|دقيقه)$/.test(word as string)) return null;
  // عام 2014 and شهر رمضان name a year and a month.
  const after = tokens[i + 1];
  if (after && (after.kind === 'number' || /^ال/.test(after.text))) return null;
  return { startToken: i, clitic: 0, next: i + 1, min: 1, max: 1, range: false, percent: false, qualifiers: [], unit: { info, token: i, next: i + 1 }, sign: null };
}

function toRaw(paragraph: string, folded: FoldedText, tokens: readonly Token[], claim: Claim): RawNumber {
  const span = unfoldSpan(paragraph, folded, tokens[claim.startToken].start + claim.clitic, tokens[claim.next - 1].end);
  const bound: NumberBound | null = claim.qualifiers.find((q) => q.kind === 'bound')?.kind === 'bound' ? (claim.qualifiers.find((q) => q.kind === 'bound') as { bound: NumberBound }).bound : null;
  const info = claim.unit?.info ?? claim.sign;
  let unit: string | null = null;
  if (claim.unit && !claim.unit.info) {
    const t = tokens[claim.unit.token];
    const s = unfoldSpan(paragraph, folded, t.start, t.end);
    unit = unitName(paragraph.slice(s.start, s.end), claim.range ? claim.max : claim.min);
  } else if (info) unit = info.singular;
  const measure: Measure | null = info ? { kind: info.kind, unit: info.code } : null;
  return {
    start: span.start,
    end: span.end,
    value: claim.range || claim.vague ? null : claim.min,
    min: claim.min,
    max: claim.max,
    approximate: claim.qualifiers.some((q) => q.kind === 'approximate'),
    bound,
    percent: claim.percent,
    unit,
    ordinal: false,
    measure,
    vague: claim.vague === true,
  };
}

/** Words a figure can begin with (without clitics): number words, qualifiers, range words, units said in the dual. */
const STARTS: ReadonlySet<string> = new Set([
  ...UNITS.keys(), ...TEEN_HEADS.keys(), ...ONE_WORD_TEENS.keys(), ...TENS.keys(), ...HUNDRED_WORDS.keys(), ...SCALES.keys(), ...FRACTIONS.keys(),
  ...[...HUNDRED_HEADS.keys()].flatMap((h) => [`${h}ميه`, `${h}مايه`]),
  ...ORDINAL_UNITS.keys(), ...ORDINAL_COMPOUND_HEADS.keys(), ...ORDINAL_TENS.keys(), ...QUALIFIER_FIRST_WORDS, ...UNIT_WORDS.keys(), ...VAGUE_FIRST_WORDS, 'بين', 'من', 'ما',
]);

/** A definite noun followed by a definite number (الأشهر الستة): checked without the start set. */
function mayBeDefiniteCount(tokens: readonly Token[], i: number): boolean {
  const next = wordAt(tokens, i + 1);
  return next !== undefined && next.startsWith('ال') && (UNITS.has(next.slice(2)) || TENS.has(next.slice(2)));
}

/** Numeric claims in `paragraph`, in text order. Offsets are the paragraph's own. */
export function findNumbers(paragraph: string, prepared: Prepared = prepare(paragraph)): RawNumber[] {
  const { folded, tokens } = prepared;
  const found: RawNumber[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!startsWithin(tokens, i, STARTS, '$€£%٪-−.٫') && !mayBeDefiniteCount(tokens, i)) {
      i++;
      continue;
    }
    const claim = belowZero(tokens, claimAt(tokens, i));
    if (claim) {
      found.push(toRaw(paragraph, folded, tokens, claim));
      i = claim.next;
      continue;
    }
    const definite = definiteCountAt(tokens, i);
    if (definite) {
      const span = unfoldSpan(paragraph, folded, tokens[i].start, tokens[definite.next - 1].end);
      const info = UNIT_WORDS.get(definite.noun);
      found.push({ start: span.start, end: span.end, value: definite.value, min: definite.value, max: definite.value, approximate: false, bound: null, percent: false, unit: info?.singular ?? definite.noun, ordinal: false, measure: info ? { kind: info.kind, unit: info.code } : null, vague: false });
      i = definite.next;
      continue;
    }
    const ordinal = ordinalAt(tokens, i);
    if (ordinal) {
      const span = unfoldSpan(paragraph, folded, tokens[i].start + ordinal.clitic, tokens[ordinal.next - 1].end);
      found.push({ start: span.start, end: span.end, value: ordinal.value, min: ordinal.value, max: ordinal.value, approximate: false, bound: null, percent: false, unit: null, ordinal: true, measure: null, vague: false });
      i = ordinal.next;
      continue;
    }
    i++;
  }
  return found;
}
