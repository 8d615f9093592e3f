/**
 * Golden files: test/golden/<name>.golden holds the expected rendering. Set
 * UPDATE_GOLDEN=1 to rewrite them; a missing golden is written and the test fails, so
 * every new golden is reviewed before it is committed.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './paths';

export const GOLDEN_DIR = path.join(ROOT, 'test', 'golden');

export function checkGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, `${name}.golden`);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.writeFileSync(file, actual);
    return;
  }
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, actual);
    assert.fail(`${file} did not exist and was written; review it, then commit it`);
  }
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name}.golden differs; if the change is right, run UPDATE_GOLDEN=1 npm run test:unit and review the diff`);
}
