/**
 * The façade of Khabar's pure analysis core. Everything the shells (language server,
 * CLI) use comes from here; they never reach into the folders behind it.
 *
 * The core takes a string and options and returns plain data whose offsets are UTF-16
 * code units into that string. It imports nothing outside this folder, performs no I/O
 * and never throws.
 */
import { Analyzer } from './analyze';
import type { ArticleAnalysis } from './model';
import { defaultOptions, type AnalysisOptions } from './options';

export type * from './model';
export { RULES, RULE_IDS, isRuleId, type RuleId, type RuleInfo } from './rules';
export { defaultOptions, parseOptions, optionsKey, DEFAULT_MAX_LENGTH, type AnalysisOptions, type ParsedOptions, type RuleLevel } from './options';
export { messagesFor, localeFromTag, type Messages, type RuleText } from './l10n';
export { Analyzer } from './analyze';
export { VERSION } from './version';
export { seededRandom } from './random';
export { hoverAt } from './hover';
export { inlayHints } from './inlay-hints';
export { applyFixes, safeFixes, findingsInRange, type Applied } from './fixes';
export { fixAll, type FixAllResult } from './fix-all';
export { LineIndex } from './text/lines';
export { inspectText, type TextProblem } from './text/inspect';
export { diffEdits, diffLines, linesWithBreaks, type Hunk } from './text/diff';
export { isMostlyArabic } from './text/script';
export { workspaceSymbols, matchesQuery, type ArticleRef, type WorkspaceSymbolInfo, type WorkspaceSymbolKind } from './workspace';
export { entityAt, mentionsOf, entityHighlights, entityTokens, type EntityHighlight, type EntityToken } from './entities/mentions';
export { foldingSpans, selectionSpans } from './structure/navigation';

/** One-shot analysis with a fresh cache; long-lived hosts keep an `Analyzer` instead. */
export function analyzeArticle(text: string, options: AnalysisOptions = defaultOptions()): ArticleAnalysis {
  return new Analyzer().analyze(text, options);
}
export { ArticleCorpus } from './cleanup/corpus';
export { crossArticleFindings, displayName } from './cleanup/across';
export { literalPattern } from './cleanup/user-patterns';
export { BOILERPLATE_PATTERNS_FILE, type WorkspaceFiles } from './options';
export { combinedFix } from './cleanup/combine';
