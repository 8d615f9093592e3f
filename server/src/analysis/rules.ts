/**
 * The rule catalogue: the one source of truth for rule ids, default severities and
 * fixability. Titles and descriptions live in the message catalogues (l10n/), keyed by
 * the same ids. `npm run gen` derives the `khabar.rules` setting schema and docs/rules.md
 * from this table, and test/catalogue.test.ts fails when they drift.
 *
 * Ids are dotted kebab-case and permanent: never rename one once released.
 */
import type { Severity } from './model';

export interface RuleInfo {
  /** Which part of the analysis reports it. */
  readonly area: 'duplicates' | 'boilerplate' | 'whitespace' | 'dates' | 'numbers' | 'entities' | 'file';
  readonly defaultSeverity: Severity;
  /** Whether findings of this rule carry a fix. */
  readonly fixable: boolean;
}

export const RULES = {
  'paragraph.duplicate': { area: 'duplicates', defaultSeverity: 'warning', fixable: true },
  'boilerplate.line': { area: 'boilerplate', defaultSeverity: 'warning', fixable: true },
  'whitespace.blank-lines': { area: 'whitespace', defaultSeverity: 'info', fixable: true },
  'file.too-large': { area: 'file', defaultSeverity: 'info', fixable: false },
  'file.not-text': { area: 'file', defaultSeverity: 'error', fixable: false },
  'analysis.failed': { area: 'file', defaultSeverity: 'info', fixable: false },
  'paragraph.near-duplicate': { area: 'duplicates', defaultSeverity: 'info', fixable: true },
  'paragraph.cross-article': { area: 'duplicates', defaultSeverity: 'info', fixable: false },
  'boilerplate.recurring-line': { area: 'boilerplate', defaultSeverity: 'info', fixable: true },
  'date.weekday-mismatch': { area: 'dates', defaultSeverity: 'warning', fixable: true },
  'date.impossible': { area: 'dates', defaultSeverity: 'warning', fixable: false },
  'date.pair-mismatch': { area: 'dates', defaultSeverity: 'warning', fixable: false },
  'number.mixed-digits': { area: 'numbers', defaultSeverity: 'hint', fixable: true },
  'entity.spelling': { area: 'entities', defaultSeverity: 'info', fixable: true },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, id);
}
