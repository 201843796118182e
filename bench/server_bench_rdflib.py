"""server_bench_rdflib.py — the rdflib peer figure for bench/server_bench.sh:
the same queries in-process in rdflib (Debian's python3-rdflib), on the same
N-Triples, one thread.

Usage: /usr/bin/python3 server_bench_rdflib.py TRIPLES.nt SECONDS QUERY.rq...
"""
import sys
import time

import rdflib
from rdflib.plugins.sparql import prepareQuery


def main():
    triples_path, seconds = sys.argv[1], float(sys.argv[2])
    queries = [open(path, encoding="utf-8").read() for path in sys.argv[3:]]
    graph = rdflib.Graph()
    graph.parse(triples_path, format="nt")
    prepared = [prepareQuery(q) for q in queries]
    for q in prepared:
        list(graph.query(q))  # warm-up
    latencies = []
    start = time.perf_counter()
    end = start + seconds
    i = 0
    while time.perf_counter() < end:
        t = time.perf_counter()
        list(graph.query(prepared[i % len(prepared)]))
        latencies.append((time.perf_counter() - t) * 1000)
        i += 1
    elapsed = time.perf_counter() - start
    latencies.sort()

    def pct(p):
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))]

    print(f"rdflib in-process ({len(graph)} triples): queries {len(latencies)}  "
          f"{len(latencies) / elapsed:.1f} q/s  p50 {pct(0.5):.1f} ms  p99 {pct(0.99):.1f} ms")


if __name__ == "__main__":
    main()
