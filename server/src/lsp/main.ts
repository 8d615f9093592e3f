/**
 * Entry point of the language server bundle (dist/server.js). VS Code starts it over IPC;
 * other editors start it with `--stdio` (or `--node-ipc`, `--socket=N`), which
 * vscode-languageserver reads from the command line.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { VERSION } from '../analysis';
import { startServer } from './server';

if (process.argv.includes('--version')) {
  process.stdout.write(`khabar-language-server ${VERSION}\n`);
  process.exit(0);
}

startServer(createConnection(ProposedFeatures.all));
