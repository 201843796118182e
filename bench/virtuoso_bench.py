#!/usr/bin/python3
"""virtuoso_bench.py — ingest and q1-q7 on a Virtuoso store, one command.

Starts a throwaway Virtuoso 7 server (tests/query/virtuoso_server.py: temp
folder, free port, stopped and removed at the end), writes N articles with
bench/generate_corpus.py (not timed), then in the same run:
  1. `awardgraph ingest` into Virtuoso and into a fresh directory store
     (wall seconds, CPU seconds of awardgraph and of the Virtuoso server
     process, articles/s, triples/s);
  2. `awardgraph load` of the same triples (N-Triples, from the directory
     store) into a fresh Virtuoso graph base: Virtuoso's own loader (TTLP)
     through awardgraph, one batch;
  3. q1-q7 (data/queries) R times each on both stores, each run one
     `awardgraph query` process (start, connect, run, print): p50 / p99 in
     ms, and the results of both stores must agree.
Compare figures of one run with each other: the machine is shared.

Usage: bench/virtuoso_bench.py [--articles N] [--runs R] [--build DIR] [--seed S]
"""
import argparse
import glob
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(repo, "tests", "query"))
import virtuoso_server  # noqa: E402


def timed(cmd):
    """Runs cmd; returns (wall s, child CPU s, completed process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    r = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode not in (0, 3):
        sys.exit(f"{' '.join(cmd)} exited {r.returncode}: {r.stderr}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), r


def server_cpu(server):
    """CPU seconds the Virtuoso server process has used so far."""
    with open(f"/proc/{server.proc.pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values, p):
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--build", default=os.path.join(repo, "build"))
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    why = virtuoso_server.available()
    if why:
        sys.exit(why)
    tmp = tempfile.mkdtemp(prefix="virtuoso-bench-")
    # A copy, so that a rebuild during the run cannot touch the binary measured.
    binary = os.path.join(tmp, "awardgraph")
    shutil.copy2(os.path.join(a.build, "cli", "awardgraph"), binary)
    os.makedirs(os.path.join(tmp, "server"))
    server = virtuoso_server.VirtuosoServer(os.path.join(tmp, "server"), buffers=100000)
    try:
        server.start()
        corpus = os.path.join(tmp, "corpus")
        subprocess.run([sys.executable, os.path.join(repo, "bench", "generate_corpus.py"),
                        "--articles", str(a.articles), "--seed", str(a.seed), "--out", corpus],
                       check=True, stdout=subprocess.DEVNULL)
        print(f"load average: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} "
              f"{os.getloadavg()[2]:.2f}; {a.articles} articles")
        v, local = server.store("bench"), os.path.join(tmp, "local")
        rows = []
        for name, store in (("virtuoso", v), ("directory", local)):
            before = server_cpu(server)
            wall, cpu, r = timed([binary, "ingest", "--no-progress", "--store", store, corpus])
            triples = int(r.stderr.split("in the store")[0].split()[-1])
            rows.append((f"ingest {name}", wall, cpu, a.articles / wall, triples / wall,
                         server_cpu(server) - before))
        nt = os.path.join(tmp, "triples.nt")
        with open(nt, "w") as f:
            subprocess.run([binary, "query", "--store", local, "--format", "ntriples",
                            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"], stdout=f, check=True)
        before = server_cpu(server)
        wall, cpu, _ = timed([binary, "load", "--store", server.store("raw"), "--graph",
                              "https://example.org/bench/raw", nt])
        rows.append(("load N-Triples into virtuoso (TTLP)", wall, cpu, float("nan"), triples / wall,
                     server_cpu(server) - before))
        print(f"{triples} triples")
        print(f"{'step':38} {'wall s':>8} {'cpu s':>7} {'server cpu s':>12} {'articles/s':>11} "
              f"{'triples/s':>10}")
        for label, wall, cpu, aps, tps, scpu in rows:
            print(f"{label:38} {wall:8.2f} {cpu:7.2f} {scpu:12.2f} {aps:11.1f} {tps:10.0f}")
        print(f"ratio ingest virtuoso / directory (wall): {rows[0][1] / rows[1][1]:.2f}")
        print(f"\n{'query':6} {'rows':>5} {'virtuoso p50':>13} {'p99':>7} {'directory p50':>14} {'p99':>7}")
        for q in sorted(glob.glob(os.path.join(repo, "data", "queries", "q*.rq"))):
            text = open(q).read()
            times, answers = {}, {}
            for name, store in (("virtuoso", v), ("directory", local)):
                times[name] = []
                for _ in range(a.runs):
                    wall, _, r = timed([binary, "query", "--store", store, "--format", "tsv", text])
                    times[name].append(wall * 1000)
                answers[name] = sorted(r.stdout.splitlines())
            same = "" if answers["virtuoso"] == answers["directory"] else "  RESULTS DIFFER"
            print(f"{os.path.basename(q)[:-3]:6} {len(answers['virtuoso']) - 1:5} "
                  f"{percentile(times['virtuoso'], 50):13.1f} {percentile(times['virtuoso'], 99):7.1f} "
                  f"{percentile(times['directory'], 50):14.1f} {percentile(times['directory'], 99):7.1f}{same}")
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
