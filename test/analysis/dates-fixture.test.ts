/**
 * The date-checks fixture (test/vscode/workspace/dates-checks.txt, also opened by the
 * real-editor suite) as a golden analysis: every date check fires on it, and its dates
 * and figures are reviewed when they change.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'node:test';
import { analyzeArticle, defaultOptions } from '../../server/src/analysis';
import { checkGolden } from '../support/golden';
import { ROOT } from '../support/paths';
import { renderAnalysis } from '../support/render';

suite('the date-checks fixture', () => {
  test('golden analysis', () => {
    const text = fs.readFileSync(path.join(ROOT, 'test/vscode/workspace/dates-checks.txt'), 'utf8');
    checkGolden('dates-checks', renderAnalysis(text, analyzeArticle(text, defaultOptions())));
  });
});
