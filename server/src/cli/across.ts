/**
 * What the CLI adds across the files it is given: each file's cross-article findings
 * (paragraphs that also stand in another of the files, lines recurring in many of them),
 * and the workspace boilerplate list it reads, as the editor does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleCorpus, BOILERPLATE_PATTERNS_FILE, crossArticleFindings, type AnalysisOptions } from '../analysis';
import type { FileResult } from './json';

/** The results with every readable file's cross-article findings added, in text order. */
export function withCrossArticle(results: readonly FileResult[], options: AnalysisOptions): FileResult[] {
  const readable = results.filter((r) => r.text !== null && r.analysis !== null);
  if (!options.acrossArticles || readable.length < 2) return [...results];
  const corpus = new ArticleCorpus();
  for (const r of readable) corpus.set(r.path, r.text as string);
  return results.map((r) => {
    if (r.text === null || r.analysis === null) return r;
    const extra = crossArticleFindings(corpus, r.path, r.text, r.analysis, options);
    if (extra.length === 0) return r;
    const findings = [...r.analysis.findings, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
    return { ...r, analysis: { ...r.analysis, findings } };
  });
}

/** The boilerplate list to use: the file named, else the current folder's `.khabar/boilerplate.patterns`; an error message when a named one cannot be read. */
export function readPatterns(named: string | null, cwd: string): { text: string | null } | { file: string; error: string } {
  const file = named ?? join(cwd, BOILERPLATE_PATTERNS_FILE);
  if (named === null && !existsSync(file)) return { text: null };
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (error) {
    return { file, error: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}
