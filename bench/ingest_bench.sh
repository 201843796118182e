#!/usr/bin/env bash
# ingest_bench.sh — end-to-end ingest throughput of the real binary.
#
# Writes the seed articles repeated to N .txt files (distinct paths, so
# distinct articles) into a temp dir, ingests them into a fresh Berkeley DB
# directory store and reports articles/s and triples/s (wall clock of the
# whole `awardgraph ingest` process: reading, extraction, store writes).
#
# Usage: bench/ingest_bench.sh [--articles N] [--jobs J] [--build DIR]
#   --build DIR  build dir holding cli/awardgraph (default: build-bench next
#                to this script's repo; the awardgraph target is built first)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
articles=10000
jobs=$(nproc)
build="$repo/build-bench"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --articles) articles=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    *) echo "usage: $0 [--articles N] [--jobs J] [--build DIR]" >&2; exit 2 ;;
  esac
done

if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$repo" -B "$build" >/dev/null
fi
cmake --build "$build" -j2 --target awardgraph >/dev/null
bin="$build/cli/awardgraph"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ingest-bench-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/articles"
seeds=("$repo"/tests/data/seeds/articles/*.txt)
for ((i = 0; i < articles; i++)); do
  seed=${seeds[i % ${#seeds[@]}]}
  # One sub-folder per 1,000 files keeps directories small.
  dir="$tmp/articles/$((i / 1000))"
  [[ -d $dir ]] || mkdir -p "$dir"
  cp "$seed" "$dir/$(printf '%06d' "$i")_$(basename "$seed")"
done

start=$(date +%s.%N)
set +e
"$bin" ingest --no-progress --jobs "$jobs" --store "$tmp/store" "$tmp/articles" 2>"$tmp/err"
rc=$?
set -e
stop=$(date +%s.%N)
if [[ $rc -ne 0 ]]; then
  echo "ingest_bench: awardgraph ingest exited $rc" >&2
  cat "$tmp/err" >&2
  exit 1
fi
cat "$tmp/err"
triples=$(sed -n 's/^triples: [0-9-]* added, \([0-9]*\) in the store$/\1/p' "$tmp/err")
awk -v n="$articles" -v t="$triples" -v s="$start" -v e="$stop" -v j="$jobs" \
  'BEGIN { d = e - s;
           printf "ingest_bench: %d articles, --jobs %d, %.2f s: %.0f articles/s, %.0f stored triples/s (%d distinct triples in the store)\n",
                  n, j, d, n / d, t / d, t }'
