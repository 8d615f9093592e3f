/**
 * Tidy checks: the manifest, the translations, the docs and the version agree with the
 * rule and message catalogues, and every rule fires somewhere in the samples or tests.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'node:test';
import { ArticleCorpus, RULE_IDS, VERSION, analyzeArticle, crossArticleFindings, defaultOptions, messagesFor } from '../server/src/analysis';
import { ROOT, readSample, sampleFiles } from './support/paths';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Every leaf of a nested object, as its path of keys (keys may themselves contain dots). */
function leaves(value: unknown, path: string[] = []): Array<{ path: string[]; value: unknown }> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [{ path, value }];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
}

/** Rules that need more than one article fire on a sample with a restated paragraph and copies of its lines in other articles. */
function crossArticleRules(): string[] {
  const corpus = new ArticleCorpus();
  const wire = readSample('01-flood-wire.txt');
  const page = readSample('04-no-headline.txt');
  const tag = 'وحدة التحقق من الأخبار';
  const others = [wire.split('\n').slice(2, 5).join('\n'), `${tag}\n${page}`, `${tag}\nنص آخر`, `${tag}\nنص ثالث`];
  others.forEach((text, i) => corpus.set(`other-${i}.txt`, text));
  const restated = wire.split('\n')[2].replace('اليوم الخميس', 'الخميس');
  const text = `${wire}\n${restated}\n${tag}\n`;
  corpus.set('wire.txt', text);
  const own = analyzeArticle(text, defaultOptions());
  return [...own.findings, ...crossArticleFindings(corpus, 'wire.txt', text, own, defaultOptions())].map((f) => f.rule);
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
    assert.deepEqual(declared, ['khabar.acrossArticles', 'khabar.boilerplatePatterns', 'khabar.inlayHints.enabled', 'khabar.language', 'khabar.maxFileSize', 'khabar.nearDuplicateThreshold', 'khabar.outline.entities', 'khabar.plainTextFiles', 'khabar.referenceDate', 'khabar.rules', 'khabar.trace.server']);
    assert.deepEqual(Object.keys(pkg.contributes.configuration.properties['khabar.rules'].properties), RULE_IDS);
  });

  test('every rule fires on some sample article or test input', () => {
    const fired = new Set<string>();
    for (const name of sampleFiles()) for (const f of analyzeArticle(readSample(name), defaultOptions()).findings) fired.add(f.rule);
    // Rules about whole files fire on inputs the samples cannot be.
    fired.add(analyzeArticle('ا'.repeat(2000), { ...defaultOptions(), maxLength: 1000 }).findings[0].rule);
    fired.add(analyzeArticle('\u0000', defaultOptions()).findings[0].rule);
    for (const rule of crossArticleRules()) fired.add(rule);
    // The date checks fire on the real-editor fixture.
    for (const f of analyzeArticle(fs.readFileSync(path.join(ROOT, 'test/vscode/workspace/dates-checks.txt'), 'utf8'), defaultOptions()).findings) fired.add(f.rule);
    // The samples keep to one spelling per name; a name spelled two ways fires entity.spelling.
    for (const f of analyzeArticle('عنوان\nقالت وكالة الصحافة الفرنسية إن حلب هادئة، وإن سوريا وسورية تستعدان.', defaultOptions()).findings) fired.add(f.rule);
    const unfired = RULE_IDS.filter((id) => !fired.has(id) && id !== 'analysis.failed');
    assert.deepEqual(unfired, []);
  });
});
