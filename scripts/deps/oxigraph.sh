#!/usr/bin/env bash
# npm `oxigraph`: the independent SPARQL engine tests/query/sparql/oxigraph
# compares our answers with. Installed into the repository's git-ignored
# node_modules/ (no package.json is written); skipped when npm is missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
version=0.5.11
if ! command -v npm >/dev/null; then
  echo "deps/oxigraph: npm not found; the oxigraph comparison test will be skipped" >&2
  exit 0
fi
if [ -f "$root/node_modules/oxigraph/package.json" ] &&
   grep -q "\"version\": \"$version\"" "$root/node_modules/oxigraph/package.json"; then
  exit 0
fi
echo "deps/oxigraph: installing oxigraph@$version into $root/node_modules"
npm install --prefix "$root" --no-save --no-package-lock --no-audit --no-fund \
  "oxigraph@$version" >/dev/null
