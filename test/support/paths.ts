/**
 * Where tests find things: the repository root, the project's own sample articles, and
 * the shared data beside the checkout (../shared, or KHABAR_SHARED). A test that needs
 * the shared data fails with a clear message when it is absent, unless KHABAR_NO_SHARED=1
 * is set, in which case it is skipped with that message.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TestContext } from 'node:test';

/** out/test/support → the repository root. */
export const ROOT = path.resolve(__dirname, '../../..');
export const SAMPLES = path.join(ROOT, 'samples');

export function sampleFiles(): string[] {
  return fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
}

export function readSample(name: string): string {
  return fs.readFileSync(path.join(SAMPLES, name), 'utf8');
}

export function sharedDir(): string {
  return path.resolve(process.env.KHABAR_SHARED ?? path.join(ROOT, '..', 'shared'));
}

/** The path of `relative` inside the shared data, or null when the test was skipped. */
export function requireShared(t: TestContext, relative: string): string | null {
  const full = path.join(sharedDir(), relative);
  if (fs.existsSync(full)) return full;
  const message = `shared data not found at ${full}: put the shared folder beside the checkout or set KHABAR_SHARED`;
  if (process.env.KHABAR_NO_SHARED === '1') {
    t.skip(message);
    return null;
  }
  throw new Error(message);
}
