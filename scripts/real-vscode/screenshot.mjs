// Takes docs/screenshot.png: Khabar in a real VS Code (installed from khabar.vsix) with a
// scraped sample article open, its problems listed, the outline shown and a hover on a
// date. Run after `npm run package`.
import { join } from 'node:path';
import { ROOT, ensureHost, launchBrowser, makeSandbox, runHostCommand, startServer, workbenchUrl } from './host.mjs';

const FILE = process.argv[2] ?? '02-book-fair-page.txt';
const HOVER_TEXT = process.argv[3] ?? '2019-10-05';
const OUT = join(ROOT, 'docs', 'screenshot.png');

const host = ensureHost();
const sandbox = makeSandbox([join(ROOT, 'samples')]);
let server;
let browser;
try {
  const installed = runHostCommand(host, sandbox, ['--install-extension', join(ROOT, 'khabar.vsix')]);
  if (installed.status !== 0) throw new Error(`installing khabar.vsix failed:\n${installed.stderr}`);
  server = await startServer(host, sandbox);
  browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
  await page.goto(workbenchUrl(server, sandbox));
  await page.waitForSelector('.monaco-workbench .explorer-folders-view', { timeout: 60_000 });
  // Open the article with Quick Open.
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input');
  await page.keyboard.type(FILE);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${FILE}"]`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.monaco-editor .view-lines');
  // Wait for Khabar's diagnostics (squiggles) to appear.
  await page.waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-info', { timeout: 30_000 });
  // Show the Problems panel and the Outline.
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row');
  await page.getByRole('button', { name: /^Outline Section/ }).click().catch(() => {});
  // Hover a date: the hover explains it.
  const target = page.locator('.monaco-editor .view-line span span', { hasText: HOVER_TEXT }).first();
  await target.hover();
  await page.waitForSelector('.monaco-hover-content', { timeout: 10_000 }).catch(() => console.error('screenshot: no hover appeared'));
  await page.screenshot({ path: OUT });
  console.log(`screenshot: wrote ${OUT}`);
} finally {
  await browser?.close().catch(() => {});
  server?.stop();
  sandbox.remove();
}
