#!/usr/bin/env bash
# query_bench.sh — the analyst queries q1-q7 (data/queries) on stores of about
# 100,000, 1 million and 10 million triples of the ingested corpus's shape:
# p50 / p99 of our engine as a whole `awardgraph query` process (start, open
# the store, run, print) and in-process (bench/sparql_bench --percentiles:
# the store opened once), and in the same run of rdflib (Debian
# python3-rdflib) and npm oxigraph (node_modules, scripts/deps/oxigraph.sh),
# both in memory over the same triples. Prints rows, triples, load average.
#
# The stores (not timed):
#   100k  `awardgraph ingest` of 2,500 generated articles (generate_corpus.py)
#   1m    `awardgraph ingest` of 25,000 generated articles
#   10m   the 1m store's default graph plus 13 renamed copies of every triple
#         that names a per-article IRI (article, graph, nomination; shared
#         organisations, people, ceremonies ... stay shared), written into
#         the BDB index files with db5.3_load (bench/replicate_bdb.py; the
#         same triples as N-Triples: bench/replicate_triples.py). Its named
#         graphs model is empty (q1-q7 read only the default graph) and its
#         journal is empty: a throwaway store for reading only.
#
# Each query runs up to --runs times per engine, no new run after --budget
# seconds (at least one run). rdflib and oxigraph run under a time limit of
# 20 x --budget per size (a query they did not finish shows "-"); rdflib is
# skipped above --rdflib-max triples (default 2,000,000: it holds about
# 1.3 KB per triple). --work DIR keeps the stores there and reuses them.
#
# Usage: bench/query_bench.sh [--sizes 100k,1m,10m] [--runs R] [--budget S]
#                             [--build DIR] [--work DIR] [--rdflib-max N]
#                             [--no-rdflib] [--no-oxigraph]
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
sizes=100k,1m,10m
runs=20
budget=60
build="$repo/build-bench"
work=
rdflib_max=2000000
oxigraph=1
usage="usage: $0 [--sizes 100k,1m,10m] [--runs R] [--budget S] [--build DIR] [--work DIR] [--rdflib-max N] [--no-rdflib] [--no-oxigraph]"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --budget) budget=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --rdflib-max) rdflib_max=$2; shift 2 ;;
    --no-rdflib) rdflib_max=0; shift ;;
    --no-oxigraph) oxigraph=0; shift ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" -j2 --target awardgraph sparql_bench >/dev/null
bin="$build/cli/awardgraph"
if [[ -n $work ]]; then
  mkdir -p "$work"
  tmp=$(cd "$work" && pwd)
else
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/query-bench-XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
fi

# ingest_store NAME ARTICLES: a store of generated articles and its N-Triples.
ingest_store() {
  [[ -f $tmp/$1/awardgraph-store && -f $tmp/$1.nt ]] && return
  rm -rf "$tmp/$1" "$tmp/corpus-$1"
  /usr/bin/python3 "$repo/bench/generate_corpus.py" --articles "$2" --out "$tmp/corpus-$1" >/dev/null
  "$bin" ingest --no-progress --jobs 2 --store "$tmp/$1" "$tmp/corpus-$1" >/dev/null 2>&1
  rm -rf "$tmp/corpus-$1"
  rdfproc -q -s hashes -t "hash-type='bdb',dir='$tmp/$1'" triples serialize ntriples >"$tmp/$1.nt"
}

# replicated_store: the 10m store from the 1m one (see the header).
replicated_store() {
  [[ -f $tmp/10m/awardgraph-store && -f $tmp/10m.nt ]] && return
  rm -rf "$tmp/10m"
  : >"$tmp/empty.nt"
  "$bin" load --store "$tmp/10m" "$tmp/empty.nt" 2>/dev/null
  for index in sp2o po2s so2p; do
    rm -f "$tmp/10m/triples-$index.db"
    db5.3_dump "$tmp/1m/triples-$index.db" |
      /usr/bin/python3 "$repo/bench/replicate_bdb.py" expand 14 "$tmp/header-$index" |
      LC_ALL=C sort -u -S 1G -T "$tmp" |
      /usr/bin/python3 "$repo/bench/replicate_bdb.py" join "$tmp/header-$index" |
      db5.3_load "$tmp/10m/triples-$index.db"
  done
  /usr/bin/python3 "$repo/bench/replicate_triples.py" "$tmp/1m.nt" 14 "$tmp/10m.nt"
}

queries=("$repo"/data/queries/q*.rq)
IFS=, read -ra wanted <<<"$sizes"
for size in "${wanted[@]}"; do
  case "$size" in
    100k) ingest_store 100k 2500 ;;
    1m) ingest_store 1m 25000 ;;
    10m) ingest_store 1m 25000; replicated_store ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
  store="$tmp/$size"
  triples=$("$bin" stats --store "$store" | sed -n 's/^triples: //p')
  echo "== $size: $triples triples, up to $runs runs / ${budget}s per query, load $(cut -d' ' -f1-3 /proc/loadavg)"
  "$build/bench/sparql_bench" --percentiles "$runs" "$budget" "$store" "${queries[@]}" >"$tmp/inproc.txt"
  : >"$tmp/rdflib.txt"
  : >"$tmp/oxigraph.txt"
  if ((triples <= rdflib_max)); then
    timeout $((budget * 20)) /usr/bin/python3 "$repo/bench/query_bench_rdflib.py" "$tmp/$size.nt" \
      "$runs" "$budget" "${queries[@]}" >"$tmp/rdflib.txt" || true
  fi
  if ((oxigraph)); then
    timeout $((budget * 20)) node --max-old-space-size=8192 "$repo/bench/query_bench_oxigraph.mjs" \
      "$tmp/$size.nt" "$runs" "$budget" "${queries[@]}" >"$tmp/oxigraph.txt" 2>&1 || true
  fi
  /usr/bin/python3 - "$bin" "$store" "$runs" "$budget" "$tmp" "${queries[@]}" <<'EOF'
import subprocess, sys, time
binary, store, runs, budget, tmp, queries = (sys.argv[1], sys.argv[2], int(sys.argv[3]),
                                             float(sys.argv[4]), sys.argv[5], sys.argv[6:])

def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]

def peer(name):
    out, load = {}, None
    for line in open(f"{tmp}/{name}.txt"):
        parts = line.split()
        if parts and parts[0] == "load":
            load = parts[1:]
        elif len(parts) == 5 and parts[0].endswith(".rq"):
            out[parts[0]] = parts[1:]
    return out, load

inproc, _ = peer("inproc")
rdf, rdf_load = peer("rdflib")
oxi, oxi_load = peer("oxigraph")
if rdf_load:
    print(f"rdflib: parsed in {int(rdf_load[0]) / 1000:.1f} s, peak RSS {rdf_load[1]} MB")
if oxi_load:
    print(f"oxigraph: loaded in {int(oxi_load[0]) / 1000:.1f} s")
print(f"{'query':5} {'rows':>6} | {'process p50':>11} {'p99':>8} {'n':>3} | {'in-proc p50':>11} {'p99':>8} "
      f"| {'rdflib p50':>10} {'p99':>8} {'rows':>6} | {'oxigraph p50':>12} {'p99':>8} {'rows':>6}   (ms)")
def cols(d, q, width):
    if q not in d:
        return f"{'-':>{width}} {'-':>8} {'-':>6}"
    rows, n, p50, p99 = d[q]
    return f"{float(p50):>{width}.1f} {float(p99):>8.1f} {rows:>6}"
for q in queries:
    name = q.rsplit('/', 1)[-1][:-3]
    times, rows = [], 0
    begin = time.perf_counter()
    while len(times) < runs and (not times or time.perf_counter() - begin < budget):
        t = time.perf_counter()
        r = subprocess.run([binary, "query", "--store", store, "--format", "tsv", "--file", q], capture_output=True, text=True)
        times.append((time.perf_counter() - t) * 1000)
        if r.returncode != 0:
            sys.exit(f"{q}: {r.stderr}")
        rows = len(r.stdout.splitlines()) - 1
    ip = inproc.get(q, ["-", "-", "0", "0"])
    print(f"{name:5} {rows:>6} | {pct(times, 50):>11.1f} {pct(times, 99):>8.1f} {len(times):>3} | "
          f"{float(ip[2]):>11.1f} {float(ip[3]):>8.1f} | {cols(rdf, q, 10)} | {cols(oxi, q, 12)}",
          flush=True)
EOF
done
