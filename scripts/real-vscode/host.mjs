// A real VS Code for tests, the demo and screenshots: VS Code's server build (code-server)
// started in its own process group with every state folder in a temporary directory, and
// Debian's Chromium driven headless by playwright-core. See ../shared/docs/real-vscode-tests.md.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.KHABAR_CHROMIUM ?? '/usr/bin/chromium';

/** Installs the host once (scripts/real-vscode/install-host.sh) and returns its folder. */
export function ensureHost() {
  const result = spawnSync('bash', [join(ROOT, 'scripts/real-vscode/install-host.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error('installing the real VS Code host failed (see the output above)');
  return result.stdout.trim().split('\n').pop();
}

/** A temporary folder holding a workspace with the given files copied in, and VS Code's state folders. */
export function makeSandbox(sourceDirs) {
  const base = mkdtempSync(join(tmpdir(), 'khabar-vscode-'));
  const sandbox = {
    base,
    workspace: join(base, 'workspace'),
    userData: join(base, 'user-data'),
    extensions: join(base, 'extensions'),
    home: join(base, 'home'),
    remove: () => rmSync(base, { recursive: true, force: true }),
  };
  for (const dir of [sandbox.workspace, sandbox.userData, sandbox.extensions, sandbox.home, join(sandbox.userData, 'User')]) mkdirSync(dir, { recursive: true });
  for (const dir of sourceDirs) {
    for (const file of readdirSync(dir)) cpSync(join(dir, file), join(sandbox.workspace, file));
  }
  // Quiet, deterministic editor: no welcome page, no telemetry, no update checks.
  writeFileSync(
    join(sandbox.userData, 'User', 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoCheckUpdates': false, 'workbench.tips.enabled': false, 'security.workspace.trust.enabled': false, 'window.commandCenter': false, 'chat.commandCenter.enabled': false }, null, 2),
  );
  return sandbox;
}

function sandboxEnv(sandbox) {
  return {
    ...process.env,
    HOME: sandbox.home,
    XDG_CONFIG_HOME: join(sandbox.home, '.config'),
    XDG_DATA_HOME: join(sandbox.home, '.local/share'),
    XDG_CACHE_HOME: join(sandbox.home, '.cache'),
    EXTENSIONS_GALLERY: '{}',
  };
}

function entry(host) {
  return join(host, 'node_modules/code-server/out/node/entry.js');
}

/** Runs a one-off code-server command (for example --install-extension) in the sandbox. */
export function runHostCommand(host, sandbox, args) {
  return spawnSync(process.execPath, [entry(host), '--user-data-dir', sandbox.userData, '--extensions-dir', sandbox.extensions, ...args], {
    env: sandboxEnv(sandbox),
    encoding: 'utf8',
  });
}

/**
 * Starts code-server on 127.0.0.1 (port 0 picks a free one unless given) in its own
 * process group. Resolves with { port, url, stop }.
 */
export function startServer(host, sandbox, { port = 0, log = () => {} } = {}) {
  const config = join(sandbox.base, 'config.yaml');
  writeFileSync(config, 'auth: none\n');
  const child = spawn(
    process.execPath,
    [
      entry(host),
      '--config', config,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', sandbox.userData,
      '--extensions-dir', sandbox.extensions,
      sandbox.workspace,
    ],
    { env: sandboxEnv(sandbox), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error('code-server did not start within 60 s'));
    }, 60_000);
    let output = '';
    const onData = (chunk) => {
      const text = chunk.toString();
      log(text);
      output += text;
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:(\d+)\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ port: Number(match[2]), url: match[1], stop, child });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited early (${code}):\n${output.slice(-2000)}`));
    });
  });
}

export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/** The workbench URL that opens the sandbox workspace, with an optional test payload. */
export function workbenchUrl(server, sandbox, payload) {
  const params = new URLSearchParams({ folder: sandbox.workspace });
  if (payload) params.set('payload', JSON.stringify(payload));
  return `${server.url}?${params.toString()}`;
}
