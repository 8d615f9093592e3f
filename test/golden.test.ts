/**
 * Golden analyses of the project's own sample articles (samples/*.txt): the outline,
 * dates, figures, names and findings of each, reviewed by a person when they change.
 */
import { suite, test } from 'node:test';
import { analyzeArticle, defaultOptions } from '../server/src/analysis';
import { checkGolden } from './support/golden';
import { readSample, sampleFiles } from './support/paths';
import { renderAnalysis } from './support/render';

suite('golden analyses of the sample articles', () => {
  for (const name of sampleFiles()) {
    test(name, () => {
      const text = readSample(name);
      checkGolden(name.replace(/\.txt$/, ''), renderAnalysis(text, analyzeArticle(text, defaultOptions())));
    });
  }
});
