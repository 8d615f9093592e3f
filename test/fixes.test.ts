/**
 * Fix safety on every sample article: fix-all removes only what findings name, keeps the
 * first copy of every paragraph, leaves nothing fixable behind, and changes nothing when
 * run again.
 */
import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { Analyzer, defaultOptions, fixAll, safeFixes } from '../server/src/analysis';
import { comparisonKey } from '../server/src/analysis/text/normalize';
import { readSample, sampleFiles } from './support/paths';

suite('fix-all on the sample articles', () => {
  for (const name of sampleFiles()) {
    test(name, () => {
      const analyzer = new Analyzer();
      const options = defaultOptions();
      const text = readSample(name);
      const before = analyzer.analyze(text, options);
      const fixed = fixAll(analyzer, text, options);
      const after = analyzer.analyze(fixed.text, options);
      assert.deepEqual(safeFixes(after.findings), [], 'nothing safely fixable remains');
      assert.equal(fixAll(analyzer, fixed.text, options).text, fixed.text, 'a second run changes nothing');
      // Every distinct paragraph that is not boilerplate survives, exactly once.
      const keys = (t: string, a = analyzer.analyze(t, options)): string[] =>
        a.paragraphs.filter((p) => p.kind !== 'boilerplate').map((p) => comparisonKey(t.slice(p.start, p.end)));
      const distinctBefore = [...new Set(keys(text, before))].sort();
      assert.deepEqual([...new Set(keys(fixed.text))].sort(), distinctBefore);
      assert.equal(new Set(keys(fixed.text)).size, keys(fixed.text).length, 'no paragraph is left twice');
    });
  }
});
