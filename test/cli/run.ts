/** Runs the bundled CLI (dist/cli.js) as a user would, capturing its output and status. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/paths';

export const CLI = path.join(ROOT, 'dist', 'cli.js');

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function khabar(args: readonly string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const result = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input,
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', ...options.env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
