/**
 * Entry of the real-editor suite: VS Code's extension host loads this module and calls
 * run(). The same suite runs under code-server (scripts/real-vscode/run-tests.mjs) and
 * under desktop VS Code with @vscode/test-electron (../run-electron.ts).
 */
import * as path from 'node:path';
import * as fs from 'node:fs';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      const total = mocha.suite.total();
      console.log(`${total - failures} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} of ${total} real-editor tests failed`));
      else resolve();
    });
  });
}
