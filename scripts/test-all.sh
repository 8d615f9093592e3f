#!/usr/bin/env bash
# Every test Khabar has, in the order a failure is cheapest to read: lint, types, unit /
# language-server / CLI tests, grammar snapshots, the packaged .vsix, and the suite in a
# real VS Code. Installs what a fresh machine lacks (Debian packages, the VS Code host).
# `npm test` runs this; so does .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "System packages"
bash scripts/ensure-system-packages.sh

step "Lint (including the core's import boundaries)"
npx eslint .

step "Type-check and compile (from clean, so no output of a deleted source lingers)"
rm -rf out
npx tsc -b

step "Generated files are current (settings schema, package.nls*.json, docs/rules.md)"
node scripts/gen-catalogue.mjs --check

step "Bundle"
node esbuild.mjs

step "Core, language-server and CLI tests (node:test)"
node --test out/test/*.test.js out/test/*/*.test.js

step "Grammar snapshots"
npx vscode-tmgrammar-snap -g syntaxes/arabic-news.tmLanguage.json "test/grammar/*.khabar"

step "Package the .vsix"
npm run package
node scripts/check-vsix.mjs khabar.vsix

step "Real VS Code"
node scripts/real-vscode/run-tests.mjs

printf '\n\033[1mAll tests passed.\033[0m\n'
