// Runs the real-editor suite (out/test/vscode/suite) inside a real VS Code: code-server's
// remote extension host runs the extension from this checkout and the mocha suite, which
// drive the real language server. Also checks that the packaged .vsix installs.
// Exit status 0 when every test passed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { ROOT, ensureHost, launchBrowser, makeSandbox, runHostCommand, startServer, workbenchUrl } from './host.mjs';

const TIMEOUT_MS = Number(process.env.KHABAR_VSCODE_TIMEOUT_MS ?? 240_000);
const suite = join(ROOT, 'out/test/vscode/suite/index.js');
const vsix = join(ROOT, 'khabar.vsix');

for (const [file, hint] of [
  [join(ROOT, 'dist/extension.js'), 'npm run build'],
  [suite, 'npm run compile'],
]) {
  if (!existsSync(file)) {
    console.error(`real-vscode: ${file} is missing; run \`${hint}\` first`);
    process.exit(1);
  }
}

const host = ensureHost();
const sandbox = makeSandbox([join(ROOT, 'samples'), join(ROOT, 'test/vscode/workspace')]);
let server;
let browser;
let exitCode = 1;

try {
  if (existsSync(vsix)) {
    const installed = runHostCommand(host, sandbox, ['--install-extension', vsix]);
    const listed = runHostCommand(host, sandbox, ['--list-extensions', '--show-versions']);
    if (installed.status !== 0 || !/khabar\.khabar@/.test(listed.stdout)) {
      throw new Error(`khabar.vsix did not install in VS Code:\n${installed.stdout}${installed.stderr}\n${listed.stdout}`);
    }
    console.log(`real-vscode: khabar.vsix installs (${listed.stdout.trim().split('\n').find((l) => l.startsWith('khabar.'))})`);
    // The suite runs the extension from this checkout; remove the installed copy so only one is active.
    runHostCommand(host, sandbox, ['--uninstall-extension', 'khabar.khabar']);
  }

  server = await startServer(host, sandbox);
  const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(ROOT)],
    ['extensionTestsPath', remote(suite)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];

  browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const finished = new Promise((resolve) => {
    page.exposeFunction('codeAutomationLog', (_type, args) => console.log(format(...(Array.isArray(args) ? args : [args]))));
    page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
  });
  const timeout = new Promise((resolve) =>
    setTimeout(() => {
      console.error(`real-vscode: no result after ${TIMEOUT_MS / 1000} s`);
      resolve(1);
    }, TIMEOUT_MS),
  );
  await page.goto(workbenchUrl(server, sandbox, payload));
  exitCode = await Promise.race([finished, timeout]);
  if (exitCode !== 0) {
    const shot = join(ROOT, '.khabar-tmp', 'real-vscode-failure.png');
    await page.screenshot({ path: shot }).catch(() => {});
    console.error(`real-vscode: the suite failed; the editor at that moment: ${shot}`);
  }
} catch (error) {
  console.error(`real-vscode: ${error.stack ?? error}`);
  exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  server?.stop();
  sandbox.remove();
}

console.log(`real-vscode: ${exitCode === 0 ? 'passed' : 'FAILED'}`);
process.exit(exitCode);
