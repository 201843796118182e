#!/usr/bin/env bash
# sparql_bench.sh — SPARQL speed: our engine vs Rasqal vs npm oxigraph.
#
# Usage: bench/sparql_bench.sh [BUILD_DIR] [NOMINATIONS...]
# For each size (default 11000 and 110000 nominations: ~100,000 and ~1
# million triples) writes a synthetic award graph
# (tests/query/sparql/oxigraph/synthetic.mjs), loads it into a Berkeley DB
# store with `awardgraph load`, and times q1-q7 (data/queries) and three
# property-path queries (bench/sparql) with sparql_bench (ours and Rasqal on
# the same store, same process) and with bench/sparql/oxigraph_bench.mjs
# (oxigraph in memory), one after the other in the same run.
# Needs: cmake --build BUILD_DIR --target awardgraph sparql_bench, and
# node_modules/oxigraph (scripts/deps/oxigraph.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(11000 110000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
queries=("$root"/data/queries/q*.rq "$root"/bench/sparql/path*.rq)
for n in "${sizes[@]}"; do
  nt="$work/g$n.nt"
  node -e "import('$root/tests/query/sparql/oxigraph/synthetic.mjs').then(m =>
    require('fs').writeFileSync('$nt', m.syntheticNTriples($n)))"
  triples=$(grep -c . "$nt")
  echo "== $n nominations, $triples triples"
  start=$(date +%s.%N)
  "$build/cli/awardgraph" load --store "$work/s$n" --format ntriples "$nt" >/dev/null
  echo "awardgraph load: $(echo "($(date +%s.%N) - $start) * 1000 / 1" | bc) ms"
  "$build/bench/sparql_bench" --rasqal-timeout "${RASQAL_TIMEOUT:-300}" "$work/s$n" "${queries[@]}"
  node "$root/bench/sparql/oxigraph_bench.mjs" "$nt" "${queries[@]}"
  rm -rf "$work/s$n" "$nt"
done
