/**
 * Fix-all: apply every safe fix, re-analyse, and repeat until nothing safe is left
 * (fixes that overlapped wait for the next round). The result is what the editor's
 * "fix all" and `khabar fix` write.
 */
import type { Analyzer } from './analyze';
import { applyFixes, safeFixes } from './fixes';
import type { AnalysisOptions } from './options';

const MAX_ROUNDS = 8;

export interface FixAllResult {
  readonly text: string;
  /** Fixes applied over all rounds. */
  readonly applied: number;
}

export function fixAll(analyzer: Analyzer, text: string, options: AnalysisOptions): FixAllResult {
  let current = text;
  let applied = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fixes = safeFixes(analyzer.analyze(current, options).findings);
    if (fixes.length === 0) break;
    const result = applyFixes(current, fixes);
    if (result.applied === 0) break;
    current = result.text;
    applied += result.applied;
  }
  return { text: current, applied };
}
