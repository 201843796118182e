#!/usr/bin/env bash
# server_bench.sh — `awardgraph serve` under load, with in-process peers.
#
# Builds a store (the seed articles; --articles N copies of them; or
# --triples N: a synthetic graph of the ontology's shape from
# bench/synthetic_graph.py, loaded with `awardgraph load`), starts `awardgraph serve --quiet` on a free port, and runs
# server_bench (a bounded loopback client) with 1, 8 and 32 concurrent clients
# sending three analyst queries (q1, q3, q5) round-robin. In the same run the
# same three queries run in-process in npm oxigraph and in rdflib on the same
# triples (dumped from the endpoint as N-Triples), one thread each.
#
# --store DIR uses an existing directory store instead (read only; e.g. the
# 1-million-triple store that bench/query_bench.sh --work DIR keeps).
#
# Usage: bench/server_bench.sh [--articles N | --triples N | --store DIR] [--seconds D] [--workers W] [--build DIR]
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
articles=0
triples=0
store=
seconds=10
workers=$(nproc)
build="$repo/build-bench"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --articles) articles=$2; shift 2 ;;
    --triples) triples=$2; shift 2 ;;
    --store) store=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --workers) workers=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    *) echo "usage: $0 [--articles N | --triples N | --store DIR] [--seconds D] [--workers W] [--build DIR]" >&2; exit 2 ;;
  esac
done
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" -j2 --target awardgraph server_bench >/dev/null
bin="$build/cli/awardgraph"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/server-bench-XXXXXX")
server_pid=
cleanup() {
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

if [[ -n $store ]]; then
  echo "triples: $("$bin" stats --store "$store" | sed -n 's/^triples: //p') in the store $store"
elif ((triples > 0)); then
  /usr/bin/python3 "$repo/bench/synthetic_graph.py" "$triples" >"$tmp/graph.nt"
  load_start=$(date +%s.%N)
  "$bin" load --store "$tmp/store" "$tmp/graph.nt" >"$tmp/ingest" 2>&1
  awk -v s="$load_start" -v e="$(date +%s.%N)" 'BEGIN { printf "loaded the synthetic graph in %.1f s\n", e - s }'
  echo "triples: $(wc -l <"$tmp/graph.nt") in the store"
elif ((articles == 0)); then
  "$bin" ingest --no-progress --store "$tmp/store" "$repo"/tests/data/seeds/articles 2>"$tmp/ingest"
else
  seeds=("$repo"/tests/data/seeds/articles/*.txt)
  for ((i = 0; i < articles; i++)); do
    dir="$tmp/articles/$((i / 1000))"
    [[ -d $dir ]] || mkdir -p "$dir"
    cp "${seeds[i % ${#seeds[@]}]}" "$dir/$(printf '%06d' "$i")_$(basename "${seeds[i % ${#seeds[@]}]}")"
  done
  "$bin" ingest --no-progress --jobs "$(nproc)" --store "$tmp/store" "$tmp/articles" 2>"$tmp/ingest"
fi
grep -h '^triples:' "$tmp/ingest" 2>/dev/null || true
[[ -n $store ]] || store="$tmp/store"

"$bin" serve --store "$store" --port 0 --workers "$workers" --quiet --timeout 600 \
  --max-rows 0 >"$tmp/serve.out" &
server_pid=$!
for _ in $(seq 600); do
  grep -q 'listening on' "$tmp/serve.out" 2>/dev/null && break
  sleep 0.1
done
port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$tmp/serve.out")
queries=("$repo"/data/queries/q1.rq "$repo"/data/queries/q3.rq "$repo"/data/queries/q5.rq)
echo "server_bench: $workers workers, ${seconds}s per row, queries q1 q3 q5 round-robin, $(nproc) cores"
for clients in 1 8 32; do
  "$build/bench/server_bench" --port "$port" --clients "$clients" --seconds "$seconds" "${queries[@]}"
done
curl -s -o "$tmp/all.nt" "http://127.0.0.1:$port/sparql?format=ntriples&query=CONSTRUCT%7B%3Fs%20%3Fp%20%3Fo%7DWHERE%7B%3Fs%20%3Fp%20%3Fo%7D"
node "$repo/bench/server_bench_peers.mjs" "$tmp/all.nt" "$seconds" "${queries[@]}"
/usr/bin/python3 "$repo/bench/server_bench_rdflib.py" "$tmp/all.nt" "$seconds" "${queries[@]}"
