#!/usr/bin/env bash
# Installs a real VS Code to run the extension in: VS Code's server build from the npm
# package code-server (4.100.3 = VS Code 1.100.3, the newest that runs on Node 20), driven
# later by Debian's Chromium. Installs once into a host folder outside the repository and
# writes a stamp; later runs reuse it. Prints the host folder on its last line.
#
# Every step here works around a download the machine cannot make (see
# ../shared/docs/real-vscode-tests.md): nothing is fetched but npm packages.
set -euo pipefail

VERSION=4.100.3
HOST="${KHABAR_VSCODE_HOST:-${XDG_CACHE_HOME:-$HOME/.cache}/khabar/code-server-$VERSION}"
STAMP="$HOST/.khabar-host-ready"

ENTRY="$HOST/node_modules/code-server/out/node/entry.js"
works() { [ -f "$STAMP" ] && node "$ENTRY" --version >/dev/null 2>&1; }

if works; then
  echo "$HOST"
  exit 0
fi

# Run npm as if from a plain shell: under `npm test` the project's settings (ignore-scripts,
# engine-strict, its prefix) arrive as npm_* variables and would break this install.
for variable in $(compgen -e | grep -E '^npm_(config_(ignore_scripts|engine_strict|local_prefix|prefix|global|allow_scripts)|package_|lifecycle_)' || true); do
  unset "$variable"
done

for tool in rg; do
  command -v "$tool" >/dev/null || { echo "install-host: '$tool' is missing; run scripts/ensure-system-packages.sh" >&2; exit 1; }
done

echo "install-host: installing code-server $VERSION into $HOST (about a minute)" >&2
rm -rf "$HOST"
mkdir -p "$HOST"
cd "$HOST"
echo '{ "name": "khabar-vscode-host", "private": true }' > package.json

# npm 11 blocks dependency install scripts unless allowed; this host's own native modules need theirs.
export npm_config_dangerously_allow_all_scripts=true npm_config_ignore_scripts=false
export npm_config_yes=true
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

# code-server's postinstall downloads ripgrep from GitHub: skip it and redo its steps by hand.
npm install --ignore-scripts --no-save "code-server@$VERSION" >&2
npm rebuild argon2 >&2

cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts >&2
# @vscode/ripgrep's postinstall exits early when bin/ exists: give it Debian's rg.
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm rebuild >&2
ln -sfn node_modules node_modules.asar
ln -sfn code-linux.sh bin/remote-cli/code-server
ln -sfn browser-linux.sh bin/helpers/browser.sh
(cd extensions && npm install --omit=dev >&2)

touch "$STAMP"
if ! works; then
  rm -f "$STAMP"
  echo "install-host: code-server was installed but does not start: node $ENTRY --version" >&2
  node "$ENTRY" --version >&2 || true
  exit 1
fi
echo "$HOST"
