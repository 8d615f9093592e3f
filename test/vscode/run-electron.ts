/**
 * Runs the real-editor suite in desktop VS Code with @vscode/test-electron, on machines
 * that can download VS Code (this project's CI machines cannot; they use code-server, see
 * scripts/real-vscode/run-tests.mjs). Usage: npm run build && node out/test/vscode/run-electron.js
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-e2e-'));
  for (const dir of [path.join(root, 'samples'), path.join(root, 'test/vscode/workspace')]) {
    for (const file of fs.readdirSync(dir)) fs.copyFileSync(path.join(dir, file), path.join(workspace, file));
  }
  try {
    await runTests({
      version: '1.100.3',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
