/**
 * Golden outlines of the project's sample articles, as an Arabic-speaking editor sees
 * them with the entity groups on: each entry's kind, lines and name, nested, and the
 * lines that fold. Reviewed by a person when they change (UPDATE_GOLDEN=1).
 */
import { suite, test } from 'node:test';
import { LineIndex, analyzeArticle, foldingSpans, parseOptions, type OutlineNode } from '../server/src/analysis';
import { checkGolden } from './support/golden';
import { readSample, sampleFiles } from './support/paths';

function render(text: string): string {
  const { options } = parseOptions({ language: 'ar', outline: { entities: true } });
  const analysis = analyzeArticle(text, options);
  const index = new LineIndex(text);
  const lines = (start: number, end: number): string => {
    const first = index.lineAt(start) + 1;
    const last = index.lineAt(Math.max(start, end - 1)) + 1;
    return first === last ? `${first}` : `${first}-${last}`;
  };
  const out: string[] = ['# outline'];
  const visit = (nodes: readonly OutlineNode[], depth: number): void => {
    for (const n of nodes) {
      out.push(`${'  '.repeat(depth)}${n.kind} ${lines(n.start, n.end)}${n.entityType ? ` ${n.entityType}` : ''}`, `${'  '.repeat(depth)}  ${n.name}`);
      visit(n.children, depth + 1);
    }
  };
  visit(analysis.outline, 0);
  out.push('', '# folding');
  for (const f of foldingSpans(analysis.outline)) {
    if (index.lineAt(f.end) > index.lineAt(f.start)) out.push(`${f.kind} ${index.lineAt(f.start) + 1}-${index.lineAt(f.end) + 1}`);
  }
  return out.join('\n') + '\n';
}

suite('golden outlines of the sample articles', () => {
  for (const name of sampleFiles()) {
    test(name, () => checkGolden(`outline/${name.replace(/\.txt$/, '')}`, render(readSample(name))));
  }
});
