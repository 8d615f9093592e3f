/**
 * The plain data the core returns. Every offset is a UTF-16 code-unit offset into the
 * article text exactly as given (JavaScript string indices, which are also LSP's default
 * position encoding). Every range is half-open: [start, end).
 *
 * These types are the core's public vocabulary: the LSP shell converts them to protocol
 * types in one module, the CLI serialises them. They hold no behaviour.
 */
import type { RuleId } from './rules';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Locale = 'ar' | 'en';

/** Replace [start, end) with newText. */
export interface Edit extends Span {
  readonly newText: string;
}

/** A fix travels with its finding; editors and `khabar fix` apply exactly these edits. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly Edit[];
  /** A safe fix only removes or tidies what the finding names; `khabar fix` and fix-all apply safe fixes only. */
  readonly safe: boolean;
}

/** Another place that explains a finding, in this article or, when `path` is set, in another one. */
export interface RelatedSpan extends Span {
  readonly message: string;
  readonly path?: string;
}

export interface Finding extends Span {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly related: readonly RelatedSpan[];
  readonly fixes: readonly Fix[];
}

export type ParagraphKind = 'headline' | 'dateline' | 'byline' | 'section' | 'body' | 'boilerplate';

/** A non-blank line of the article, trimmed of the white space around it. */
export interface Paragraph extends Span {
  readonly kind: ParagraphKind;
  /** 0-based line of `start`. */
  readonly line: number;
}

export type EntityType = 'person' | 'place' | 'organization';

export interface Entity extends Span {
  /** The exact source slice, clitics excluded. */
  readonly text: string;
  /** The mention as a name to read: without diacritics, and with its article where ل + ال was written لل (للجزيرة → الجزيرة). */
  readonly form: string;
  readonly type: EntityType;
  readonly canonical: string;
  /** Mentions of one person, place or organisation share an id (its type and identity key), spelling variants and short later mentions included. */
  readonly id: string;
}

export type Calendar = 'gregorian' | 'hijri';

/** How a relative date (أمس، الخميس، قبل يومين) was tied to a calendar day. */
export interface DateResolution {
  /** What the expression was resolved against. */
  readonly anchor: 'dateline' | 'reference';
  /** The anchor's ISO value. */
  readonly anchorValue: string;
  /** Whole days from the anchor to the resolved day (negative: before). */
  readonly offsetDays: number | null;
}

export interface DateMention extends Span {
  readonly text: string;
  /** ISO 8601 with only the known parts: "2017", "2017-06", "2017-06-30", "2017-06-30T14:53", "--06-12", "--09"; null when unresolved. */
  readonly value: string | null;
  readonly calendar: Calendar;
  readonly relative: boolean;
  /** The weekday the text names (0 = Sunday … 6 = Saturday), if any. */
  readonly weekday: number | null;
  /** Set for relative expressions that were resolved; null when they could not be. */
  readonly resolution: DateResolution | null;
  /** How precise the value is: the unit its last part counts. */
  readonly grain: DateGrain;
  /** For an interval (من 13 إلى 15 تموز، أوائل آذار), its last unit, inclusive, in the form of `value`; else null. */
  readonly until: string | null;
  /** The Umm al-Qura Hijri date (YYYY-MM-DD) of a value that names one Gregorian day, else null. */
  readonly hijri: string | null;
}

export type DateGrain = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

export type NumberBound = 'at-least' | 'at-most' | 'more-than' | 'less-than';

export interface NumberMention extends Span {
  readonly text: string;
  /** A single figure; null for a range. */
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly approximate: boolean;
  readonly bound: NumberBound | null;
  readonly percent: boolean;
  /** What is counted or measured, as written (singular where known), or null. */
  readonly unit: string | null;
  /** An ordinal (الرابع، الحادي عشر) rather than a count. */
  readonly ordinal: boolean;
  /** For money, durations and measures, the canonical unit (USD, month, kg); null for other counted things. */
  readonly measure: Measure | null;
  /** An order of magnitude said in words (عشرات، مئات الآلاف، بضعة): no figure is claimed; min and max bound it. */
  readonly vague: boolean;
}

export type MeasureKind = 'money' | 'duration' | 'mass' | 'length' | 'area' | 'volume' | 'temperature';

export interface Measure {
  readonly kind: MeasureKind;
  /** ISO 4217 for currencies where the text says which (USD, EUR, SAR), else a generic name (riyal, pound); SI-like symbols for measures (kg, km, l); second … century for durations. */
  readonly unit: string;
}

/** The article's own structure; with the entity groups option also `entities` (a group of one type), `entity` and `mention`. */
export type OutlineKind = 'headline' | 'dateline' | 'byline' | 'section' | 'paragraph' | 'quote' | 'boilerplate' | 'entities' | 'entity' | 'mention';

export interface OutlineNode extends Span {
  readonly kind: OutlineKind;
  readonly name: string;
  /** The part to reveal when the node is chosen (the first line, or the quotation itself). */
  readonly selection: Span;
  readonly children: readonly OutlineNode[];
  /** For `entities`, `entity` and `mention` nodes: the type of name they group. */
  readonly entityType?: EntityType;
}

/** Who said a quotation, as the article names them. */
export interface Speaker extends Span {
  /** The source slice: a title and a name, an organisation, a source (مصدر عسكري). */
  readonly text: string;
  /** Named in an earlier sentence and carried on by a verb without a subject (وأضاف، مضيفا). */
  readonly inferred: boolean;
}

/** A quotation («…», “…”, "…", ‘‘…‘‘): the span includes its marks. */
export interface Quote extends Span {
  /** The source slice, marks included. */
  readonly text: string;
  /** The quoted words, without the marks. */
  readonly content: Span;
  /** The word that attributes it (قال، أضاف، بحسب، مضيفا), as written, or null. */
  readonly cue: (Span & { readonly text: string }) | null;
  /** Null when the article does not say who said it. */
  readonly speaker: Speaker | null;
}

/** A folding range: the lines of [start, end) fold; `comment` for boilerplate, so "fold all comments" hides it. */
export interface FoldSpan extends Span {
  readonly kind: 'region' | 'comment';
}

export interface Dateline extends Span {
  /** ISO 8601 of the publication date as written ("2017-06-30T14:53"). */
  readonly value: string;
}

export interface ArticleAnalysis {
  readonly dateline: Dateline | null;
  readonly paragraphs: readonly Paragraph[];
  readonly outline: readonly OutlineNode[];
  readonly entities: readonly Entity[];
  readonly dates: readonly DateMention[];
  readonly numbers: readonly NumberMention[];
  readonly findings: readonly Finding[];
  /** Quotations in the article's own text, with their speakers where the text names them. */
  readonly quotes: readonly Quote[];
}

/** A short value shown inline after `offset`: the ISO date beside a date in Arabic, the value beside a figure in words. */
export interface InlayHintInfo {
  readonly offset: number;
  readonly label: string;
  readonly kind: 'date' | 'number';
}

/** What a hover shows: Markdown for the span under the cursor. */
export interface HoverInfo extends Span {
  readonly markdown: string;
}
