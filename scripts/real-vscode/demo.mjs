// Serves a real VS Code with Khabar installed from khabar.vsix and the sample articles
// (a copy, so the samples in the repository stay as they are) open as the workspace.
// KHABAR_DEMO_PORT picks the port (default 8080; a free one if that is taken).
import { join } from 'node:path';
import { ROOT, ensureHost, makeSandbox, runHostCommand, startServer, workbenchUrl } from './host.mjs';

const host = ensureHost();
const sandbox = makeSandbox([join(ROOT, 'samples')]);
const installed = runHostCommand(host, sandbox, ['--install-extension', join(ROOT, 'khabar.vsix')]);
if (installed.status !== 0) {
  console.error(`demo: installing khabar.vsix failed:\n${installed.stdout}${installed.stderr}`);
  process.exit(1);
}

const wanted = Number(process.env.KHABAR_DEMO_PORT ?? 8080);
let server;
try {
  server = await startServer(host, sandbox, { port: wanted });
} catch {
  server = await startServer(host, sandbox, { port: 0 });
}

const stop = () => {
  server.stop();
  sandbox.remove();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

console.log('');
console.log('Khabar is running in VS Code with the sample articles. Open this address in a browser:');
console.log('');
console.log(`    ${workbenchUrl(server, sandbox)}`);
console.log('');
console.log('Open any article in the Explorer: problems are underlined, hovers explain dates and figures,');
console.log('the Outline view shows the structure, and "Khabar: Clean up the article" fixes it. Ctrl-C stops.');
await new Promise(() => {});
