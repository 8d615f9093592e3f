/**
 * Analysis options: parsed once at the boundary from untyped settings (the editor's
 * `khabar.*` configuration or CLI flags), frozen, and passed explicitly to every call.
 * Bad values never throw: they are reported as problems and replaced by defaults.
 */
import type { Locale, Severity } from './model';
import { RULES, RULE_IDS, isRuleId, type RuleId } from './rules';
import { localeFromTag, messagesFor, type Messages } from './l10n';

export type RuleLevel = Severity | 'off';

export interface AnalysisOptions {
  /** Language of every message the core writes. */
  readonly locale: Locale;
  readonly rules: Readonly<Record<RuleId, RuleLevel>>;
  /** ISO date (or date and time) that relative dates resolve against when the article has no dateline. */
  readonly referenceDate: string | null;
  /** Texts longer than this (in UTF-16 code units) are not analysed; a finding says so. */
  readonly maxLength: number;
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
    outlineEntities: false,
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses raw settings of the shape of the `khabar` configuration section:
 * `{ language, referenceDate, maxFileSize, rules: { id: level } }`.
 * `hostLocale` decides the language when `language` is "auto" or absent.
 */
export function parseOptions(raw: unknown, hostLocale: Locale = 'en'): ParsedOptions {
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

  const outlineEntities = parseOutlineEntities(settings, problems, m);

  return {
    options: Object.freeze({ locale, rules: Object.freeze(rules), referenceDate, maxLength, outlineEntities }),
    problems,
  };
}

/** `khabar.outline.entities`, given nested ({ outline: { entities } }, as VS Code sends it) or flat. */
function parseOutlineEntities(settings: Record<string, unknown>, problems: string[], m: Messages): boolean {
  const value = isObject(settings.outline) ? settings.outline.entities : settings['outline.entities'];
  if (value === undefined || value === null || typeof value === 'boolean') return value === true;
  problems.push(m.settings.badValue('khabar.outline.entities', 'true or false'));
  return false;
}

/** A stable key for caches: two option sets with the same key give the same analysis. */
export function optionsKey(options: AnalysisOptions): string {
  return JSON.stringify([options.locale, options.referenceDate, options.maxLength, RULE_IDS.map((id) => options.rules[id]), options.outlineEntities]);
}
