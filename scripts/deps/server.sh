#!/usr/bin/env bash
# tests/server/js: playwright-core (drives Debian's chromium, downloads no
# browser) and oxigraph (the peer SPARQL engine), pinned in package-lock.json,
# into the git-ignored tests/server/js/node_modules. Nothing when present.
set -euo pipefail
dir="$(cd "$(dirname "$0")/../.." && pwd)/tests/server/js"
if [ -d "$dir/node_modules/oxigraph" ] && [ -d "$dir/node_modules/playwright-core" ]; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends npm >/dev/null
fi
echo "install-deps: npm ci in tests/server/js"
cd "$dir" && npm ci --no-audit --no-fund --loglevel=error
