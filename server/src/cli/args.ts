/**
 * Command-line arguments, parsed into plain values. Errors are returned, not thrown, so
 * main.ts prints one clear line and exits with status 2.
 */
import type { Locale, RuleLevel } from '../analysis';

export type Command = 'analyze' | 'check' | 'fix';

export interface Args {
  readonly command: Command;
  readonly files: readonly string[];
  readonly format: string | null;
  readonly referenceDate: string | null;
  readonly rules: Readonly<Record<string, string>>;
  readonly failOn: RuleLevel;
  readonly lang: Locale | null;
  readonly write: boolean;
  /** --near-duplicate-threshold, as given (parseOptions checks it). */
  readonly nearDuplicateThreshold: string | null;
  /** --boilerplate-patterns FILE: the house's boilerplate list (else .khabar/boilerplate.patterns in the current folder, if any). */
  readonly boilerplatePatterns: string | null;
  /** False with --no-across-articles: the files given are not compared with each other. */
  readonly acrossArticles: boolean;
}

export type ParsedArgs =
  | { readonly kind: 'run'; readonly args: Args }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'error'; readonly error: 'unknownCommand' | 'unknownOption' | 'missingValue' | 'noFiles'; readonly detail: string };

const COMMANDS: readonly Command[] = ['analyze', 'check', 'fix'];
const VALUE_OPTIONS = new Set(['--format', '--reference-date', '--rule', '--fail-on', '--lang', '--near-duplicate-threshold', '--boilerplate-patterns']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help')) return { kind: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { kind: 'version' };
  const [command, ...rest] = argv;
  if (!COMMANDS.includes(command as Command)) return { kind: 'error', error: 'unknownCommand', detail: command };

  const files: string[] = [];
  const rules: Record<string, string> = {};
  let format: string | null = null;
  let referenceDate: string | null = null;
  let failOn: RuleLevel = 'warning';
  let lang: Locale | null = null;
  let write = false;
  let onlyFiles = false;
  let nearDuplicateThreshold: string | null = null;
  let boilerplatePatterns: string | null = null;
  let acrossArticles = true;

  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--write') {
      write = true;
      continue;
    }
    if (name === '--no-across-articles') {
      acrossArticles = false;
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) return { kind: 'error', error: 'unknownOption', detail: arg };
    const value = inline ?? rest[++i];
    if (value === undefined || value === '') return { kind: 'error', error: 'missingValue', detail: name };
    if (name === '--format') format = value;
    else if (name === '--reference-date') referenceDate = value;
    else if (name === '--fail-on') failOn = value as RuleLevel;
    else if (name === '--lang') lang = value === 'ar' ? 'ar' : 'en';
    else if (name === '--near-duplicate-threshold') nearDuplicateThreshold = value;
    else if (name === '--boilerplate-patterns') boilerplatePatterns = value;
    else if (name === '--rule') {
      const eq = value.indexOf('=');
      if (eq < 0) return { kind: 'error', error: 'missingValue', detail: `--rule ${value}` };
      rules[value.slice(0, eq)] = value.slice(eq + 1);
    }
  }
  if (files.length === 0) return { kind: 'error', error: 'noFiles', detail: '' };
  return { kind: 'run', args: { command: command as Command, files, format, referenceDate, rules, failOn, lang, write, nearDuplicateThreshold, boilerplatePatterns, acrossArticles } };
}
