/**
 * Analysis options: parsed once at the boundary from untyped settings (the editor's
 * `khabar.*` configuration or CLI flags), frozen, and passed explicitly to every call.
 * Bad values never throw: they are reported as problems and replaced by defaults.
 */
import type { Locale, Severity } from './model';
import { RULES, RULE_IDS, isRuleId, type RuleId } from './rules';
import { localeFromTag, messagesFor, type Messages } from './l10n';
import { compilePatterns } from './cleanup/user-patterns';

export type RuleLevel = Severity | 'off';

export interface AnalysisOptions {
  /** Language of every message the core writes. */
  readonly locale: Locale;
  readonly rules: Readonly<Record<RuleId, RuleLevel>>;
  /** ISO date (or date and time) that relative dates resolve against when the article has no dateline. */
  readonly referenceDate: string | null;
  /** Texts longer than this (in UTF-16 code units) are not analysed; a finding says so. */
  readonly maxLength: number;
  /** How much of a paragraph (0.5–1) must already stand in another for it to count as a near duplicate. */
  readonly nearDuplicateThreshold: number;
  /** Whether the shells compare each article with the other articles they hold (cross-article duplicates, recurring lines). */
  readonly acrossArticles: boolean;
  /** The house's boilerplate patterns: the setting's, then the workspace file's (cleanup/user-patterns.ts). */
  readonly boilerplatePatterns: readonly string[];
  /** Whether editors show inlay hints (ISO dates, values of figures in words). It does not change the analysis. */
  readonly inlayHints: boolean;
  /** Whether the outline ends with the people, places and organisations named, each with its mentions. */
  readonly outlineEntities: boolean;
}

export interface ParsedOptions {
  readonly options: AnalysisOptions;
  /** Human-readable problems with the raw settings, in the options' language. */
  readonly problems: readonly string[];
}

const LEVELS: readonly RuleLevel[] = ['error', 'warning', 'info', 'hint', 'off'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/;
export const DEFAULT_MAX_LENGTH = 2_000_000;
export const DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.7;
/** Where a workspace keeps its boilerplate patterns, relative to the workspace folder. */
export const BOILERPLATE_PATTERNS_FILE = '.khabar/boilerplate.patterns';

function defaultRuleLevels(): Record<RuleId, RuleLevel> {
  const levels = {} as Record<RuleId, RuleLevel>;
  for (const id of RULE_IDS) levels[id] = RULES[id].defaultSeverity;
  return levels;
}

export function defaultOptions(locale: Locale = 'en'): AnalysisOptions {
  return Object.freeze({
    locale,
    rules: Object.freeze(defaultRuleLevels()),
    referenceDate: null,
    maxLength: DEFAULT_MAX_LENGTH,
    nearDuplicateThreshold: DEFAULT_NEAR_DUPLICATE_THRESHOLD,
    acrossArticles: true,
    boilerplatePatterns: Object.freeze([]),
    inlayHints: true,
    outlineEntities: false,
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Files of the workspace that add to the settings, as text (the shells read them). */
export interface WorkspaceFiles {
  /** The text of `.khabar/boilerplate.patterns`, if the workspace has one. */
  readonly boilerplatePatterns?: string | null;
}

/**
 * Parses raw settings of the shape of the `khabar` configuration section:
 * `{ language, referenceDate, maxFileSize, rules: { id: level }, nearDuplicateThreshold,
 * acrossArticles, boilerplatePatterns, inlayHints: { enabled } }`, and the workspace's own files.
 * `hostLocale` decides the language when `language` is "auto" or absent.
 */
export function parseOptions(raw: unknown, hostLocale: Locale = 'en', files: WorkspaceFiles = {}): ParsedOptions {
  const settings = isObject(raw) ? raw : {};
  const problems: string[] = [];

  let locale = hostLocale;
  const language = settings.language;
  if (language === 'ar' || language === 'en') locale = language;
  else if (typeof language === 'string' && language !== 'auto' && language !== '') locale = localeFromTag(language);
  const m = messagesFor(locale);

  const rules = defaultRuleLevels();
  if (settings.rules !== undefined && settings.rules !== null) {
    if (!isObject(settings.rules)) problems.push(m.settings.badValue('khabar.rules', '{ "rule.id": "warning" }'));
    else {
      for (const [id, level] of Object.entries(settings.rules)) {
        if (!isRuleId(id)) problems.push(m.settings.unknownRule(id));
        else if (typeof level !== 'string' || !LEVELS.includes(level as RuleLevel)) problems.push(m.settings.badLevel(id, String(level)));
        else rules[id] = level as RuleLevel;
      }
    }
  }

  let referenceDate: string | null = null;
  const ref = settings.referenceDate;
  if (typeof ref === 'string' && ref.trim() !== '') {
    if (ISO_DATE.test(ref.trim()) && !Number.isNaN(Date.parse(ref.trim().slice(0, 10)))) referenceDate = ref.trim();
    else problems.push(m.settings.badValue('khabar.referenceDate', 'YYYY-MM-DD or YYYY-MM-DDTHH:MM'));
  } else if (ref !== undefined && ref !== null && ref !== '') {
    problems.push(m.settings.badValue('khabar.referenceDate', 'YYYY-MM-DD or YYYY-MM-DDTHH:MM'));
  }

  let maxLength = DEFAULT_MAX_LENGTH;
  const max = settings.maxFileSize;
  if (typeof max === 'number' && Number.isFinite(max) && max >= 1000) maxLength = Math.floor(max);
  else if (max !== undefined && max !== null) problems.push(m.settings.badValue('khabar.maxFileSize', 'a number ≥ 1000'));

  let inlayHints = true;
  const hints = settings.inlayHints;
  if (isObject(hints) && typeof hints.enabled === 'boolean') inlayHints = hints.enabled;
  else if (isObject(hints) && hints.enabled !== undefined && hints.enabled !== null) problems.push(m.settings.badValue('khabar.inlayHints.enabled', 'true or false'));
  else if (hints !== undefined && hints !== null && !isObject(hints)) problems.push(m.settings.badValue('khabar.inlayHints.enabled', 'true or false'));

  const cleanup = parseCleanupSettings(settings, files, m, problems);
  const outlineEntities = parseOutlineEntities(settings, problems, m);

  return {
    options: Object.freeze({ locale, rules: Object.freeze(rules), referenceDate, maxLength, inlayHints, outlineEntities, ...cleanup }),
    problems,
  };
}

function parseCleanupSettings(settings: Record<string, unknown>, files: WorkspaceFiles, m: Messages, problems: string[]): Pick<AnalysisOptions, 'nearDuplicateThreshold' | 'acrossArticles' | 'boilerplatePatterns'> {
  let nearDuplicateThreshold = DEFAULT_NEAR_DUPLICATE_THRESHOLD;
  const threshold = settings.nearDuplicateThreshold;
  if (typeof threshold === 'number' && threshold >= 0.5 && threshold <= 1) nearDuplicateThreshold = threshold;
  else if (threshold !== undefined && threshold !== null) problems.push(m.settings.badValue('khabar.nearDuplicateThreshold', 'a number from 0.5 to 1'));

  let acrossArticles = true;
  if (typeof settings.acrossArticles === 'boolean') acrossArticles = settings.acrossArticles;
  else if (settings.acrossArticles !== undefined && settings.acrossArticles !== null) problems.push(m.settings.badValue('khabar.acrossArticles', 'true or false'));

  const patterns: string[] = [];
  const listed = settings.boilerplatePatterns;
  if (Array.isArray(listed) && listed.every((p) => typeof p === 'string')) {
    patterns.push(...usablePatterns(listed, (i, reason) => m.cleanup.badPattern('khabar.boilerplatePatterns', listed[i], reason), problems));
  } else if (listed !== undefined && listed !== null) problems.push(m.settings.badValue('khabar.boilerplatePatterns', 'a list of strings'));
  if (typeof files.boilerplatePatterns === 'string') {
    const lines = files.boilerplatePatterns.split(/\r\n|\r|\n/);
    patterns.push(...usablePatterns(lines, (i, reason) => m.cleanup.badPattern(`${BOILERPLATE_PATTERNS_FILE}:${i + 1}`, lines[i].trim(), reason), problems));
  }
  return { nearDuplicateThreshold, acrossArticles, boilerplatePatterns: Object.freeze(patterns) };
}

/** The patterns of `lines` that compile; a problem for each that does not. */
function usablePatterns(lines: readonly string[], problem: (index: number, reason: string) => string, problems: string[]): string[] {
  const { patterns, problems: bad } = compilePatterns(lines);
  for (const p of bad) problems.push(problem(p.index, p.reason));
  return patterns.map((p) => p.source);
}

/** `khabar.outline.entities`, given nested ({ outline: { entities } }, as VS Code sends it) or flat. */
function parseOutlineEntities(settings: Record<string, unknown>, problems: string[], m: Messages): boolean {
  const value = isObject(settings.outline) ? settings.outline.entities : settings['outline.entities'];
  if (value === undefined || value === null || typeof value === 'boolean') return value === true;
  problems.push(m.settings.badValue('khabar.outline.entities', 'true or false'));
  return false;
}

/** What each option may hold; anything else is replaced by the default (completeOptions). */
const VALID: { readonly [K in Exclude<keyof AnalysisOptions, 'locale' | 'rules'>]: (v: unknown) => boolean } = {
  referenceDate: (v) => v === null || (typeof v === 'string' && ISO_DATE.test(v)),
  maxLength: (v) => typeof v === 'number' && v >= 0,
  nearDuplicateThreshold: (v) => typeof v === 'number' && v >= 0.5 && v <= 1,
  acrossArticles: (v) => typeof v === 'boolean',
  boilerplatePatterns: (v) => Array.isArray(v) && v.every((p) => typeof p === 'string'),
  inlayHints: (v) => typeof v === 'boolean',
  outlineEntities: (v) => typeof v === 'boolean',
};
const VALID_KEYS = Object.keys(VALID) as (keyof typeof VALID)[];

/**
 * `options` made whole: what is missing or of the wrong type is the default, so that the
 * core never throws on options a caller built by hand (`{ locale: 'ar' }`, or nothing at all).
 * Complete options come back as they are.
 */
export function completeOptions(options: unknown): AnalysisOptions {
  const o = isObject(options) ? options : {};
  const d = defaultOptions(o.locale === 'ar' ? 'ar' : 'en');
  const given = isObject(o.rules) ? o.rules : {};
  const validRule = (id: RuleId): boolean => LEVELS.includes(given[id] as RuleLevel);
  if (o.locale === d.locale && RULE_IDS.every(validRule) && VALID_KEYS.every((k) => VALID[k](o[k]))) return options as AnalysisOptions;
  const rules = { ...d.rules };
  for (const id of RULE_IDS) if (validRule(id)) rules[id] = given[id] as RuleLevel;
  const whole: Record<string, unknown> = { locale: d.locale, rules: Object.freeze(rules) };
  for (const k of VALID_KEYS) whole[k] = VALID[k](o[k]) ? o[k] : d[k];
  return Object.freeze(whole as unknown as AnalysisOptions);
}

/** A stable key for caches: two option sets with the same key give the same analysis. */
export function optionsKey(options: AnalysisOptions): string {
  return JSON.stringify([options.locale, options.referenceDate, options.maxLength, RULE_IDS.map((id) => options.rules[id]), options.nearDuplicateThreshold, options.acrossArticles, options.boilerplatePatterns, options.outlineEntities]);
}
