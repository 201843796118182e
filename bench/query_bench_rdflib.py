#!/usr/bin/env python3
"""query_bench_rdflib.py — p50 / p99 of queries on rdflib (in memory).

Usage: /usr/bin/python3 query_bench_rdflib.py DATA.nt RUNS BUDGET_S QUERY.rq...
Parses DATA.nt into an rdflib Graph (Debian python3-rdflib), prints
"load MS RSS_MB" (peak resident memory after parsing), then per query
"NAME ROWS RUNS P50_MS P99_MS" (up to RUNS runs, none started after
BUDGET_S seconds, at least one). bench/query_bench.sh runs it under
`timeout`; a query with no line did not finish.
"""
import resource
import sys
import time

import rdflib


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main():
    data, runs, budget, queries = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4:]
    start = time.perf_counter()
    graph = rdflib.Graph()
    graph.parse(data, format="nt")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"load {(time.perf_counter() - start) * 1000:.0f} {rss:.0f}", flush=True)
    for q in queries:
        text = open(q, encoding="utf-8").read()
        times, rows = [], 0
        begin = time.perf_counter()
        while len(times) < runs and (not times or time.perf_counter() - begin < budget):
            t = time.perf_counter()
            rows = len(list(graph.query(text)))
            times.append((time.perf_counter() - t) * 1000)
        print(f"{q} {rows} {len(times)} {pct(times, 50):.1f} {pct(times, 99):.1f}", flush=True)


if __name__ == "__main__":
    main()
