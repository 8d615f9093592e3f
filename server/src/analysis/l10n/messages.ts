/**
 * The shape of every user-facing text Khabar shows: diagnostics, fix titles, hovers,
 * outline names, setting problems and CLI messages. One catalogue per language
 * (en.ts, ar.ts) implements it, so a text missing in one language is a compile error.
 */
import type { OutlineKind, EntityType, NumberBound, MeasureKind } from '../model';
import type { RuleId } from '../rules';
import type { BoilerplateKind } from '../cleanup/boilerplate-patterns';
import type { DigitSystem } from '../numbers/digit-systems';

export interface RuleText {
  /** A few words, used as a heading. */
  readonly title: string;
  /** One or two sentences: what the rule finds and why it matters to an editor. */
  readonly description: string;
}

/** Texts of the extension manifest (package.json), written to package.nls*.json by `npm run gen`. */
export type ManifestKey =
  | 'displayName'
  | 'description'
  | 'command.fixAll'
  | 'command.treatAsArticle'
  | 'command.restartServer'
  | 'config.plainTextFiles'
  | 'config.plainTextFiles.auto'
  | 'config.plainTextFiles.always'
  | 'config.plainTextFiles.never'
  | 'config.language'
  | 'config.referenceDate'
  | 'config.maxFileSize'
  | 'config.rules'
  | 'config.trace.server'
  | 'config.nearDuplicateThreshold'
  | 'config.acrossArticles'
  | 'config.boilerplatePatterns'
  | 'config.inlayHints.enabled'
  | 'config.outline.entities';

/** The anchor a relative date was counted from, for messages. */
export interface DateAnchorNote {
  readonly anchor: 'dateline' | 'reference';
  readonly anchorValue: string;
  readonly anchorWeekday: number;
}

export interface Messages {
  /** BCP 47 tag of this catalogue. */
  readonly locale: 'ar' | 'en';
  readonly manifest: Readonly<Record<ManifestKey, string>>;
  readonly rules: Readonly<Record<RuleId, RuleText>>;
  readonly findings: {
    duplicate(firstLine: number): string;
    boilerplate(kind: BoilerplateKind): string;
    blankLines(count: number, invisible: boolean): string;
    tooLarge(length: number, limit: number): string;
    notText(reason: string): string;
    analysisFailed(step: string): string;
    /** A weekday that does not match its day: `relative` when the day was counted from the anchor. */
    weekdayMismatch(written: number, actual: number, day: string, relative: DateAnchorNote | null, hijri: boolean): string;
    impossibleDate(day: number, month: number, maxDays: number, year: number | null): string;
    monthPairMismatch(first: number, second: number): string;
    calendarPairMismatch(hijriAsGregorian: string, gregorian: string, days: number): string;
    mixedDigits(major: DigitSystem, count: number, total: number, minor: DigitSystem): string;
    nameSpelling(variant: string, preferred: string, count: number): string;
  };
  readonly related: {
    firstOccurrence: string;
    preferredSpelling: string;
  };
  readonly fixes: {
    removeDuplicate: string;
    removeBoilerplate(kind: BoilerplateKind): string;
    tidyBlankLines: string;
    fixAll: string;
    useWeekday(weekday: number): string;
    useDigits(system: DigitSystem): string;
    respellName(preferred: string): string;
  };
  readonly boilerplateKinds: Readonly<Record<BoilerplateKind, string>>;
  readonly outline: {
    readonly kinds: Readonly<Record<OutlineKind, string>>;
    noHeadline: string;
    /** A group of names of one type: "People (3)". */
    entityGroup(type: EntityType, names: number): string;
    /** One name and how often it is mentioned. */
    entity(name: string, mentions: number): string;
  };
  readonly entityTypes: Readonly<Record<EntityType, string>>;
  readonly hover: {
    date: string;
    relativeDate: string;
    figure: string;
    value: string;
    range: string;
    /** Label of a vague quantity (عشرات، مئات الآلاف): its bounds follow. */
    vague: string;
    unit: string;
    percent: string;
    approximate: string;
    bounds: Readonly<Record<NumberBound, string>>;
    weekday: string;
    gregorianMonths: string;
    hijri: string;
    calendarHijri: string;
    resolvedAgainst(anchor: 'dateline' | 'reference', anchorValue: string, offsetDays: number | null): string;
    unresolved: string;
    sameFigureElsewhere(lines: readonly number[]): string;
    mentions(count: number, lines: readonly number[]): string;
    canonical: string;
    variants: string;
    dateline: string;
    quote: string;
    saidBy: string;
    /** The speaker was named earlier and the verb (وأضاف، مضيفا) carries them on. */
    carriedBy(cue: string): string;
    noSpeaker: string;
    time: string;
    until: string;
    week: string;
    ordinal: string;
    impossible: string;
    writtenHijri: string;
    pairedDate(other: string): string;
    unresolvedPartial: string;
    measureKinds: Readonly<Record<MeasureKind, string>>;
    inWords: string;
  };
  readonly entityHover: {
    /** The name in English from the gazetteers, with the country of a city. */
    english(name: string, country: string | null): string;
    firstMention(line: number, text: string): string;
  };
  readonly weekdays: readonly string[];
  readonly inlay: {
    /** An ordinal's value beside it: 19th, الـ19. */
    ordinal(n: number): string;
  };
  readonly settings: {
    unknownRule(id: string): string;
    badLevel(id: string, value: string): string;
    badValue(setting: string, expected: string): string;
  };
  readonly cli: {
    usage: string;
    unknownCommand(command: string): string;
    unknownOption(option: string): string;
    missingValue(option: string): string;
    noFiles: string;
    cannotRead(path: string, reason: string): string;
    notUtf8: string;
    noSuchFile: string;
    isDirectory: string;
    permissionDenied: string;
    binary: string;
    tooLarge(bytes: number, limit: number): string;
    summary(files: number, findings: number, errors: number): string;
    fixed(path: string, count: number): string;
    wouldFix(path: string, count: number): string;
    nothingToFix(path: string): string;
  };
  /** Texts of duplicate and boilerplate detection beyond the first rules (near and cross-article copies, house patterns). */
  readonly cleanup: {
    nearDuplicate(line: number, percent: number): string;
    crossArticle(name: string, line: number, percent: number, others: number): string;
    recurringLine(articles: number): string;
    repeatedHere: string;
    otherArticle(name: string, line: number, percent: number): string;
    removeNearDuplicate: string;
    removeAllDuplicates(count: number): string;
    removeAllBoilerplate(count: number): string;
    removeRecurringLine: string;
    addToPatterns(file: string): string;
    badPattern(source: string, pattern: string, reason: string): string;
  };
}
