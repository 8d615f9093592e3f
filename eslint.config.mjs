// Lint rules, and the import boundaries of ARCHITECTURE.md enforced per folder.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const editorPackages = ['vscode', 'vscode-languageclient', 'vscode-languageclient/*', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-*', 'vscode-jsonrpc', 'vscode-jsonrpc/*'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a union of string literals.' }],
    },
  },
  {
    files: ['server/src/analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeModules.map((name) => ({ name, message: 'The analysis core is pure: no Node modules (ARCHITECTURE.md).' })),
          patterns: [{ group: editorPackages, message: 'The analysis core knows nothing of the editor or the protocol (ARCHITECTURE.md).' }],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'console', 'require', 'module', '__dirname', 'setTimeout', 'setInterval', 'fetch'],
    },
  },
  {
    files: ['server/src/lsp/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['vscode', '../cli/*', '../analysis/*'], message: 'The language server uses only the core façade (../analysis) and vscode-languageserver.' }] },
      ],
    },
  },
  {
    files: ['server/src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...editorPackages, '../lsp/*', '../analysis/*'], message: 'The CLI uses only the core façade (../analysis) and Node.' }] },
      ],
    },
  },
  {
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**', 'vscode-languageserver', 'vscode-languageserver/*'], message: 'The client talks to the server only over LSP.' }] }],
    },
  },
);
