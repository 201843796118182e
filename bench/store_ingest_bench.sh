#!/usr/bin/env bash
# store_ingest_bench.sh — ingest of generated articles against the store's
# own raw load of the same triples, in the same run.
#
# 1. bench/generate_corpus.py writes N articles (.txt/.html/.jsonl; not timed).
# 2. `awardgraph ingest` into a fresh directory store (timed).
# 3. The distinct triples the ingest stored are written as N-Triples with
#    `rdfproc ... serialize` (not timed).
# 4. `rdfproc -n -s hashes -t hash-type='bdb' ... parse` of that file into a
#    fresh Berkeley DB store: Redland's own load speed (timed). This is "raw
#    load": 3 B-tree files, one lookup and 3 puts per distinct triple.
# 5. The store's quads as N-Quads (bench/journal_to_nquads.py, not timed),
#    and `rdfproc -c ... contexts='yes' ... parse-stream FILE nquads BASE G`
#    loading them into a fresh contexts store (timed): the like-for-like
#    layout, 4 files, 4 puts per quad. librdf's parser drops N-Quads graph
#    names (and adding without a context to a contexts store scans the whole
#    store per statement), so all quads go into one context G.
# 6. rdflib (Debian python3-rdflib) parsing the N-Triples into memory (timed).
# 7. With --store-kind postgresql: a throwaway PostgreSQL server
#    (scripts/throwaway_postgresql.py, as the tests start it) and
#    `awardgraph ingest` of the same corpus into it (timed; the server's CPU
#    seconds are read from /proc: the postmaster's own, its exited
#    children's and its live children's). Its triple count must equal the
#    directory store's.
# Prints wall and CPU seconds, articles/s, triples/s, peak RSS of each, the
# ratios ingest / raw load, and the load average before and after. Compare
# the figures of one run with each other: the machine is shared and
# wall-clock time is noisy.
#
# Usage: bench/store_ingest_bench.sh [--articles N] [--jobs J] [--build DIR] [--seed S]
#                                    [--store-kind bdb|postgresql] [--binary FILE]
# (--binary: measure that awardgraph instead of building one, e.g. an older build.)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
articles=1000
jobs=$(nproc)
build="$repo/build-bench"
seed=1
store_kind=bdb
bin=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --articles) articles=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --store-kind) store_kind=$2; shift 2 ;;
    --binary) bin=$2; shift 2 ;;
    *) echo "usage: $0 [--articles N] [--jobs J] [--build DIR] [--seed S] [--store-kind bdb|postgresql] [--binary FILE]" >&2; exit 2 ;;
  esac
done
[[ $store_kind == bdb || $store_kind == postgresql ]] || { echo "--store-kind: bdb or postgresql" >&2; exit 2; }
if [[ -z $bin ]]; then
  if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  fi
  cmake --build "$build" -j2 --target awardgraph >/dev/null
  bin="$build/cli/awardgraph"
fi
command -v rdfproc >/dev/null || { echo "rdfproc missing (redland-utils)" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/store-bench-XXXXXX")
cleanup() {
  if [[ -f "$tmp/pg/port" ]]; then "$repo/scripts/throwaway_postgresql.py" stop "$tmp/pg" || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
/usr/bin/python3 "$repo/bench/generate_corpus.py" --articles "$articles" --seed "$seed" \
  --out "$tmp/corpus"

# timed LABEL CMD...: runs CMD under /usr/bin/time; appends "LABEL wall user sys maxrss_kb".
timed() {
  local label=$1; shift
  /usr/bin/time -f "$label %e %U %S %M" -a -o "$tmp/times" "$@"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
timed ingest "$bin" ingest --no-progress --jobs "$jobs" --store "$tmp/store" "$tmp/corpus" \
  2>"$tmp/ingest.err"
cat "$tmp/ingest.err"
rdfproc -q -s hashes -t "hash-type='bdb',dir='$tmp/store'" triples serialize ntriples \
  >"$tmp/triples.nt"
triples=$(wc -l <"$tmp/triples.nt")
mkdir "$tmp/raw"
timed rdfproc rdfproc -q -n -s hashes -t "hash-type='bdb',dir='$tmp/raw'" raw parse \
  "$tmp/triples.nt" ntriples
/usr/bin/python3 "$repo/bench/journal_to_nquads.py" "$tmp/store" >"$tmp/quads.nq"
quads=$(wc -l <"$tmp/quads.nq")
mkdir "$tmp/rawq"
timed rdfproc-nq rdfproc -q -n -c -s hashes -t "hash-type='bdb',dir='$tmp/rawq',contexts='yes'" \
  rawq parse-stream "$tmp/quads.nq" nquads http://example.org/ http://example.org/graph
timed rdflib /usr/bin/python3 -c \
  "import rdflib,sys; g=rdflib.Graph(); g.parse(sys.argv[1], format='nt'); print(len(g), file=sys.stderr)" \
  "$tmp/triples.nt" 2>/dev/null

pg_cpu=0
if [[ $store_kind == postgresql ]]; then
  chmod 755 "$tmp"  # the server runs as user postgres
  mkdir "$tmp/pg"
  url=$("$repo/scripts/throwaway_postgresql.py" start "$tmp/pg")
  postmaster=$(head -1 "$tmp/pg/data/postmaster.pid")
  # CPU clock ticks of the server: the postmaster, its exited and its live children.
  server_ticks() {
    local total live
    total=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$postmaster/stat")
    for live in $(pgrep -P "$postmaster"); do
      total=$((total + $(awk '{ print $14 + $15 }' "/proc/$live/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
  }
  ticks_before=$(server_ticks)
  timed pg-ingest "$bin" ingest --no-progress --jobs "$jobs" --store "$url" "$tmp/corpus" \
    2>"$tmp/pg-ingest.err"
  sleep 1  # let the postmaster reap the finished backend (its CPU time moves to cutime)
  ticks_after=$(server_ticks)
  pg_cpu=$(awk -v a="$ticks_before" -v b="$ticks_after" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%.2f", (b - a) / hz }')
  pg_triples=$("$bin" stats --store "$url" | sed -n 's/^triples: //p')
  if [[ $pg_triples != "$triples" ]]; then
    echo "PostgreSQL holds $pg_triples triples, the directory store $triples" >&2
    exit 1
  fi
fi

echo "store_ingest_bench: $articles articles, --jobs $jobs, $triples distinct triples, $quads quads, $(nproc) cores, load before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v n="$articles" -v t="$triples" -v pg_cpu="$pg_cpu" '
  { wall[$1] = $2; cpu[$1] = $3 + $4; rss[$1] = $5 }
  END {
    printf "%-10s %9s %9s %12s %12s %10s\n", "run", "wall s", "cpu s", "articles/s", "triples/s", "peak MB"
    for (i = 1; i <= 5; i++) {
      k = (i == 1 ? "ingest" : i == 2 ? "rdfproc" : i == 3 ? "rdfproc-nq" : i == 4 ? "rdflib" : "pg-ingest")
      if (!(k in wall)) continue
      printf "%-10s %9.2f %9.2f %12.0f %12.0f %10.1f\n", k, wall[k], cpu[k],
             n / wall[k], t / wall[k], rss[k] / 1024
    }
    printf "ingest / rdfproc raw load (N-Triples, 3 files): wall x%.2f, cpu x%.2f\n",
           wall["ingest"] / wall["rdfproc"], cpu["ingest"] / cpu["rdfproc"]
    printf "ingest / rdfproc N-Quads into contexts store (4 files): wall x%.2f, cpu x%.2f\n",
           wall["ingest"] / wall["rdfproc-nq"], cpu["ingest"] / cpu["rdfproc-nq"]
    if ("pg-ingest" in wall)
      printf "PostgreSQL ingest / directory-store ingest: wall x%.2f (PostgreSQL server cpu %.2f s besides the client cpu above)\n",
             wall["pg-ingest"] / wall["ingest"], pg_cpu
  }' "$tmp/times"
