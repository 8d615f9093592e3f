#!/usr/bin/env bash
# Runs Khabar in a real VS Code on the bundled sample articles (samples/): builds and
# packages the extension, installs the .vsix into VS Code's server build, and prints the
# local address to open in a browser. Stops with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-packages.sh
npm run --silent build
npm run --silent package >/dev/null
exec node scripts/real-vscode/demo.mjs "$@"
