#!/usr/bin/env bash
# The README's main command: install what is missing, build, ingest the
# bundled sample articles into a fresh store and run the analyst queries.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target awardgraph
store=${AWARDGRAPH_STORE:-build/sample-store}
rm -rf "$store"
build/cli/awardgraph ingest --store "$store" --no-progress data/samples
build/cli/awardgraph stats --store "$store"
for q in data/queries/q*.rq; do
  echo "== $q"
  build/cli/awardgraph query --store "$store" --format table --file "$q"
done
