#!/usr/bin/env bash
# query_bench.sh — the analyst queries q1-q7 (data/queries) on a store of
# generated articles: p50 / p99 latency of `awardgraph query` (a whole
# process: start, open the store, run, print) and, in the same run, of rdflib
# (Debian python3-rdflib, in one process, the store's triples already parsed).
#
# The store is built with bench/generate_corpus.py + `awardgraph ingest` (not
# timed); about 40 distinct triples per article, so --articles 2500 gives
# ~100,000 triples and --articles 25000 ~1 million.
#
# Usage: bench/query_bench.sh [--articles N] [--runs R] [--build DIR] [--no-rdflib]
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
articles=2500
runs=20
build="$repo/build-bench"
rdflib=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --articles) articles=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --no-rdflib) rdflib=0; shift ;;
    *) echo "usage: $0 [--articles N] [--runs R] [--build DIR] [--no-rdflib]" >&2; exit 2 ;;
  esac
done
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" -j2 --target awardgraph >/dev/null
bin="$build/cli/awardgraph"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/query-bench-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 "$repo/bench/generate_corpus.py" --articles "$articles" --out "$tmp/corpus"
"$bin" ingest --no-progress --store "$tmp/store" "$tmp/corpus" 2>/dev/null
triples=$("$bin" stats --store "$tmp/store" | sed -n 's/^triples: //p')
echo "query_bench: $articles articles, $triples distinct triples, $runs runs per query, load $(cut -d' ' -f1-3 /proc/loadavg)"

/usr/bin/python3 - "$bin" "$tmp/store" "$runs" "$rdflib" "$repo"/data/queries/q*.rq <<'EOF'
import subprocess, sys, time
binary, store, runs, use_rdflib, queries = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1", sys.argv[5:]

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
print(f"{'query':6} {'rows':>6} {'awardgraph p50 ms':>18} {'p99 ms':>8} {'rdflib p50 ms':>14} {'p99 ms':>8}")
for q in queries:
    text = open(q).read()
    times, rows = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        r = subprocess.run([binary, "query", "--store", store, "--format", "tsv", text],
                           capture_output=True, text=True)
        times.append((time.perf_counter() - t) * 1000)
        if r.returncode != 0:
            sys.exit(f"{q}: {r.stderr}")
        rows = len(r.stdout.splitlines()) - 1
    line = f"{q.rsplit('/', 1)[-1][:-3]:6} {rows:>6} {pct(times, 50):>18.1f} {pct(times, 99):>8.1f}"
    if graph is not None:
        rt = []
        for _ in range(runs):
            t = time.perf_counter()
            list(graph.query(text))
            rt.append((time.perf_counter() - t) * 1000)
        line += f" {pct(rt, 50):>14.1f} {pct(rt, 99):>8.1f}"
    print(line, flush=True)
EOF
