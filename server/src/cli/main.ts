/**
 * The `khabar` command line: analyze, check and fix articles with the same core as the
 * editor. Exit status: 0 success, 1 findings at or above --fail-on (check), 2 bad usage
 * or a file that could not be read (the other files are still processed).
 */
import { renameSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { Analyzer, VERSION, fixAll, localeFromTag, messagesFor, parseOptions, type AnalysisOptions, type Locale, type Messages, type Severity } from '../analysis';
import { parseArgs, type Args } from './args';
import { analyzeJson, type FileResult } from './json';
import { readPatterns, withCrossArticle } from './across';
import { readArticle } from './read';
import { sarif } from './sarif';
import { analyzeText, checkText } from './text';
import { unifiedDiff } from './unified-diff';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const RANK: Record<Severity | 'off', number> = { off: 5, error: 4, warning: 3, info: 2, hint: 1 };
const FORMATS = { analyze: ['json', 'text'], check: ['text', 'json', 'sarif'], fix: [] } as const;

function usageError(io: Io, m: Messages, message: string): number {
  io.stderr(`khabar: ${message}\n${m.locale === 'ar' ? 'للمساعدة: khabar --help' : 'Try: khabar --help'}\n`);
  return 2;
}

function readAll(args: Args, analyzer: Analyzer, options: AnalysisOptions, io: Io, m: Messages): { results: FileResult[]; boms: boolean[] } {
  const results: FileResult[] = [];
  const boms: boolean[] = [];
  for (const path of args.files) {
    const read = readArticle(path, m);
    if (!read.ok) {
      io.stderr(`khabar: ${m.cli.cannotRead(path, read.reason)}\n`);
      results.push({ path, text: null, error: read.reason, analysis: null });
      boms.push(false);
      continue;
    }
    results.push({ path, text: read.text, error: null, analysis: analyzer.analyze(read.text, options) });
    boms.push(read.bom);
  }
  return { results, boms };
}

/** Replaces a file's content without a moment where it is half written; keeps its mode. */
function writeAtomically(path: string, content: string): void {
  const mode = statSync(path).mode;
  const temp = join(dirname(path), `.${basename(path)}.khabar-${process.pid}.tmp`);
  writeFileSync(temp, content, 'utf8');
  chmodSync(temp, mode);
  renameSync(temp, path);
}

function runFix(args: Args, analyzer: Analyzer, options: AnalysisOptions, io: Io, m: Messages): number {
  const { results, boms } = readAll(args, analyzer, options, io, m);
  results.forEach((r, i) => {
    if (r.text === null) return;
    const fixed = fixAll(analyzer, r.text, options);
    const bom = boms[i] ? '\ufeff' : '';
    if (r.path === '-') {
      io.stdout(bom + fixed.text);
      return;
    }
    if (fixed.text === r.text) io.stderr(`${m.cli.nothingToFix(r.path)}\n`);
    else if (args.write) {
      writeAtomically(r.path, bom + fixed.text);
      io.stderr(`${m.cli.fixed(r.path, fixed.applied)}\n`);
    } else {
      io.stdout(unifiedDiff(r.path, r.text, fixed.text));
      io.stderr(`${m.cli.wouldFix(r.path, fixed.applied)}\n`);
    }
  });
  return results.some((r) => r.error !== null) ? 2 : 0;
}

export function run(argv: readonly string[], io: Io): number {
  const parsed = parseArgs(argv);
  const envLocale: Locale = localeFromTag(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);
  const locale = parsed.kind === 'run' && parsed.args.lang ? parsed.args.lang : envLocale;
  const m = messagesFor(locale);
  if (parsed.kind === 'help') {
    io.stdout(`${m.cli.usage}\n`);
    return 0;
  }
  if (parsed.kind === 'version') {
    io.stdout(`khabar ${VERSION}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    if (parsed.error === 'unknownCommand') return usageError(io, m, m.cli.unknownCommand(parsed.detail));
    if (parsed.error === 'unknownOption') return usageError(io, m, m.cli.unknownOption(parsed.detail));
    if (parsed.error === 'missingValue') return usageError(io, m, m.cli.missingValue(parsed.detail));
    return usageError(io, m, m.cli.noFiles);
  }
  const args = parsed.args;
  const allowed: readonly string[] = FORMATS[args.command];
  const format = args.format ?? allowed[0] ?? null;
  if (args.format !== null && !allowed.includes(args.format)) return usageError(io, m, m.cli.unknownOption(`--format ${args.format}`));
  if (!(args.failOn in RANK)) return usageError(io, m, m.cli.unknownOption(`--fail-on ${args.failOn}`));

  const patterns = readPatterns(args.boilerplatePatterns, process.cwd());
  if ('error' in patterns) return usageError(io, m, m.cli.cannotRead(patterns.file, patterns.error === 'ENOENT' ? m.cli.noSuchFile : patterns.error));
  const threshold = args.nearDuplicateThreshold === null ? undefined : Number(args.nearDuplicateThreshold);
  const raw = { language: locale, referenceDate: args.referenceDate, rules: args.rules, nearDuplicateThreshold: threshold, acrossArticles: args.acrossArticles };
  const { options, problems } = parseOptions(raw, locale, { boilerplatePatterns: patterns.text });
  if (problems.length) return usageError(io, m, problems.join('\n'));

  const analyzer = new Analyzer();
  if (args.command === 'fix') return runFix(args, analyzer, options, io, m);

  const results = withCrossArticle(readAll(args, analyzer, options, io, m).results, options);
  const unreadable = results.filter((r) => r.error !== null).length;
  if (args.command === 'analyze') {
    io.stdout(format === 'text' ? analyzeText(results, locale) : analyzeJson(results));
    return unreadable ? 2 : 0;
  }
  io.stdout(format === 'sarif' ? sarif(results, locale) : format === 'json' ? analyzeJson(results) : checkText(results));
  const findings = results.flatMap((r) => r.analysis?.findings ?? []);
  io.stderr(`${m.cli.summary(results.length - unreadable, findings.length, unreadable)}\n`);
  if (unreadable) return 2;
  return findings.some((f) => RANK[f.severity] >= RANK[args.failOn]) ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
  });
}
