#!/usr/bin/env bash
# query_bench_postgresql.sh (was query_bench.sh before the 100k / 1M / 10M
# rewrite; kept for its --store-kind postgresql comparison) — the analyst queries q1-q7 (data/queries) on a store of
# generated articles: p50 / p99 latency of `awardgraph query` (a whole
# process: start, open the store, run, print) and, in the same run, of rdflib
# (Debian python3-rdflib, in one process, the store's triples already parsed).
#
# The store is built with bench/generate_corpus.py + `awardgraph ingest` (not
# timed); about 40 distinct triples per article, so --articles 2500 gives
# ~100,000 triples and --articles 25000 ~1 million.
#
# A query whose first run takes longer than --timeout seconds (default 120)
# is reported as such and not repeated.
#
# With --store-kind postgresql the same articles are also ingested into a
# throwaway PostgreSQL server (scripts/throwaway_postgresql.py, as the tests
# start it) and every query is timed on both stores in the same run, the
# PostgreSQL columns beside the directory store's; both must give the same
# rows.
#
# Usage: bench/query_bench_postgresql.sh [--articles N] [--runs R] [--build DIR] [--no-rdflib]
#                             [--timeout S] [--store-kind bdb|postgresql] [--binary FILE]
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
articles=2500
runs=20
build="$repo/build-bench"
rdflib=1
timeout=120
store_kind=bdb
bin=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --articles) articles=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --no-rdflib) rdflib=0; shift ;;
    --timeout) timeout=$2; shift 2 ;;
    --store-kind) store_kind=$2; shift 2 ;;
    --binary) bin=$2; shift 2 ;;
    *) echo "usage: $0 [--articles N] [--runs R] [--build DIR] [--no-rdflib]" >&2; exit 2 ;;
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

tmp=$(mktemp -d "${TMPDIR:-/tmp}/query-bench-XXXXXX")
cleanup() {
  if [[ -f "$tmp/pg/port" ]]; then "$repo/scripts/throwaway_postgresql.py" stop "$tmp/pg" || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
/usr/bin/python3 "$repo/bench/generate_corpus.py" --articles "$articles" --out "$tmp/corpus"
"$bin" ingest --no-progress --store "$tmp/store" "$tmp/corpus" 2>/dev/null
triples=$("$bin" stats --store "$tmp/store" | sed -n 's/^triples: //p')
pg_store=
if [[ $store_kind == postgresql ]]; then
  chmod 755 "$tmp"  # the server runs as user postgres
  mkdir "$tmp/pg"
  pg_store=$("$repo/scripts/throwaway_postgresql.py" start "$tmp/pg")
  "$bin" ingest --no-progress --store "$pg_store" "$tmp/corpus" 2>/dev/null
  pg_triples=$("$bin" stats --store "$pg_store" | sed -n 's/^triples: //p')
  [[ $pg_triples == "$triples" ]] || { echo "PostgreSQL: $pg_triples triples, BDB: $triples" >&2; exit 1; }
fi
echo "query_bench: $articles articles, $triples distinct triples, $runs runs per query, load $(cut -d' ' -f1-3 /proc/loadavg)"

/usr/bin/python3 - "$bin" "$tmp/store" "$runs" "$rdflib" "$timeout" "$pg_store" "$repo"/data/queries/q*.rq <<'EOF'
import subprocess, sys, time
binary, store, runs, use_rdflib = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
limit, pg_store, queries = float(sys.argv[5]), sys.argv[6], sys.argv[7:]

def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]

graph = None
if use_rdflib:
    import rdflib
    nt = subprocess.run(["rdfproc", "-q", "-s", "hashes", "-t", f"hash-type='bdb',dir='{store}'",
                         "triples", "serialize", "ntriples"], capture_output=True, check=True).stdout
    graph = rdflib.Graph()
    graph.parse(data=nt, format="nt")
def timed(target, text):
    """(times in ms, output) of `runs` runs of `awardgraph query` on store `target`."""
    times, out = [], ""
    for _ in range(runs):
        t = time.perf_counter()
        r = subprocess.run([binary, "query", "--store", target, "--format", "tsv", text],
                           capture_output=True, text=True, timeout=limit)
        times.append((time.perf_counter() - t) * 1000)
        if r.returncode != 0:
            sys.exit(f"{target}: {r.stderr}")
        out = r.stdout
    return times, out

head = f"{'query':6} {'rows':>6} {'awardgraph p50 ms':>18} {'p99 ms':>8}"
if pg_store:
    head += f" {'PostgreSQL p50 ms':>18} {'p99 ms':>8}"
print(head + f" {'rdflib p50 ms':>14} {'p99 ms':>8}")
for q in queries:
    text = open(q).read()
    name = q.rsplit('/', 1)[-1][:-3]
    try:
        times, out = timed(store, text)
    except subprocess.TimeoutExpired:
        print(f"{name:6} {'?':>6} {'> %.0f s' % limit:>18}", flush=True)
        continue
    rows = len(out.splitlines()) - 1
    line = f"{name:6} {rows:>6} {pct(times, 50):>18.1f} {pct(times, 99):>8.1f}"
    if pg_store:
        try:
            pg_times, pg_out = timed(pg_store, text)
            if sorted(pg_out.splitlines()) != sorted(out.splitlines()):
                sys.exit(f"{q}: PostgreSQL and the directory store give different rows")
            line += f" {pct(pg_times, 50):>18.1f} {pct(pg_times, 99):>8.1f}"
        except subprocess.TimeoutExpired:
            line += f" {'> %.0f s' % limit:>18} {'':>8}"
    if graph is not None:
        rt = []
        for _ in range(runs):
            t = time.perf_counter()
            list(graph.query(text))
            rt.append((time.perf_counter() - t) * 1000)
        line += f" {pct(rt, 50):>14.1f} {pct(rt, 99):>8.1f}"
    print(line, flush=True)
EOF
