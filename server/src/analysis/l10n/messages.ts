/**
 * The shape of every user-facing text Khabar shows: diagnostics, fix titles, hovers,
 * outline names, setting problems and CLI messages. One catalogue per language
 * (en.ts, ar.ts) implements it, so a text missing in one language is a compile error.
 */
import type { OutlineKind, EntityType, NumberBound } from '../model';
import type { RuleId } from '../rules';
import type { BoilerplateKind } from '../cleanup/boilerplate-patterns';

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
  | 'config.outline.entities';

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
  };
  readonly related: {
    firstOccurrence: string;
  };
  readonly fixes: {
    removeDuplicate: string;
    removeBoilerplate(kind: BoilerplateKind): string;
    tidyBlankLines: string;
    fixAll: string;
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
  };
  readonly weekdays: readonly string[];
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
}
