/**
 * Tidy checks: the manifest, the translations, the docs and the version agree with the
 * rule and message catalogues, and every rule fires somewhere in the samples or tests.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'node:test';
import { RULE_IDS, VERSION, analyzeArticle, defaultOptions, messagesFor } from '../server/src/analysis';
import { ROOT, readSample, sampleFiles } from './support/paths';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Every leaf of a nested object, as its path of keys (keys may themselves contain dots). */
function leaves(value: unknown, path: string[] = []): Array<{ path: string[]; value: unknown }> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [{ path, value }];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
}

suite('catalogue', () => {
  test('generated files are current (npm run gen)', () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/gen-catalogue.mjs'), '--check'], { stdio: 'pipe' });
  });

  test('the version is package.json\'s', () => {
    assert.equal(VERSION, pkg.version);
  });

  test('English and Arabic catalogues have the same texts, none empty', () => {
    const en = messagesFor('en');
    const ar = messagesFor('ar');
    const paths = (m: unknown): string[] => leaves(m).map((l) => l.path.join(' › ')).sort();
    assert.deepEqual(paths(ar), paths(en));
    for (const leaf of leaves(ar)) if (typeof leaf.value === 'string') assert.ok(leaf.value.trim() !== '', leaf.path.join(' › '));
  });

  test('every %key% in package.json has a text in both languages', () => {
    const manifest = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const used = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    for (const file of ['package.nls.json', 'package.nls.ar.json']) {
      const nls = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
      for (const key of used) assert.ok(nls[key], `${file} has ${key}`);
    }
  });

  test('settings declared in package.json are the ones the core reads', () => {
    const declared = Object.keys(pkg.contributes.configuration.properties).sort();
    assert.deepEqual(declared, ['khabar.language', 'khabar.maxFileSize', 'khabar.outline.entities', 'khabar.plainTextFiles', 'khabar.referenceDate', 'khabar.rules', 'khabar.trace.server']);
    assert.deepEqual(Object.keys(pkg.contributes.configuration.properties['khabar.rules'].properties), RULE_IDS);
  });

  test('every rule fires on some sample article or test input', () => {
    const fired = new Set<string>();
    for (const name of sampleFiles()) for (const f of analyzeArticle(readSample(name), defaultOptions()).findings) fired.add(f.rule);
    // Rules about whole files fire on inputs the samples cannot be.
    fired.add(analyzeArticle('ا'.repeat(2000), { ...defaultOptions(), maxLength: 1000 }).findings[0].rule);
    fired.add(analyzeArticle('\u0000', defaultOptions()).findings[0].rule);
    const unfired = RULE_IDS.filter((id) => !fired.has(id) && id !== 'analysis.failed');
    assert.deepEqual(unfired, []);
  });
});
