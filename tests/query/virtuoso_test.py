#!/usr/bin/python3
"""Virtuoso store end to end, against a real server this test starts.

Starts Debian's Virtuoso 7 (virtuoso-t, tests/query/virtuoso_server.py: a
temporary folder, a free port on 127.0.0.1), then:
  - runs the store's GoogleTest cases against it (query_test, filter
    *Virtuoso*: the backend suite every store passes, transactions,
    terms, timeouts, refusals);
  - with the built binary ingests the seed articles into it and into a
    directory store, runs q1-q7 (data/queries) on both and requires
    identical results and stats, re-ingests (nothing may be written), and
    scores the Virtuoso store with tests/eval/check_quality.py at the
    seeds' bar (the client's scorer reads it through SPARQL);
  - runs `check` and `serve` (q1 over HTTP equals the CLI's answer);
  - checks that a password is never printed (check, serve, a wrong login).
The server is stopped and its folder removed at the end, whatever happened.
Exit 77 (skipped) only when Virtuoso's packages are not installed.

Usage: virtuoso_test.py --binary build/cli/awardgraph --query-test build/tests/query/query_test --repo .
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import virtuoso_server  # noqa: E402


def awardgraph(binary, *args, check=True):
    r = subprocess.run([binary, *args], capture_output=True, text=True, timeout=300)
    if check and r.returncode != 0:
        sys.exit(f"awardgraph {' '.join(args)} exited {r.returncode}: {r.stderr}")
    return r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--query-test", required=True)
    ap.add_argument("--repo", required=True)
    a = ap.parse_args()
    why = virtuoso_server.available()
    if why:
        print("SKIP:", why)
        sys.exit(77)
    seeds = os.path.join(a.repo, "tests", "data", "seeds")
    root = tempfile.mkdtemp(prefix="awardgraph-virtuoso-")
    server = virtuoso_server.VirtuosoServer(root)
    failures = []
    try:
        server.start()
        gtest = subprocess.run(
            [a.query_test, "--gtest_filter=*Virtuoso*"], capture_output=True, text=True,
            env={**os.environ, "AWARDGRAPH_TEST_VIRTUOSO": server.store("gtest")}, timeout=600)
        print(gtest.stdout[-1500:], end="")
        if gtest.returncode != 0 or "SKIPPED" in gtest.stdout:
            failures.append("query_test *Virtuoso* failed or skipped:\n" + gtest.stdout[-4000:])
        v = server.store("seeds")
        local = os.path.join(root, "local-store")
        for store in (v, local):
            r = awardgraph(a.binary, "ingest", "--no-progress", "--store", store,
                           os.path.join(seeds, "articles"))
            print(virtuoso_server_mask(store), r.stderr.splitlines()[1])
        for q in sorted(glob.glob(os.path.join(a.repo, "data", "queries", "q*.rq"))):
            text = open(q).read()
            got = [sorted(awardgraph(a.binary, "query", "--store", s, "--format", "tsv",
                                     text).stdout.splitlines()) for s in (v, local)]
            name = os.path.basename(q)
            print(f"{name}: {len(got[0]) - 1} rows on Virtuoso, {len(got[1]) - 1} on BDB")
            if got[0] != got[1] or len(got[0]) < 2:
                failures.append(f"{name}: Virtuoso and the directory store differ (or no rows)")
        stats = [awardgraph(a.binary, "stats", "--store", s).stdout for s in (v, local)]
        if stats[0] != stats[1] or "triples: 0\n" in stats[0]:
            failures.append("stats differ or the store is empty:\n" + "\n".join(stats))
        again = awardgraph(a.binary, "ingest", "--no-progress", "--store", v,
                           os.path.join(seeds, "articles"))
        if "(0 written" not in again.stderr:
            failures.append("re-ingest wrote articles: " + again.stderr)
        check = awardgraph(a.binary, "check", "--store", v)
        if ":dba@" in check.stdout + check.stderr or "sound" not in check.stdout:
            failures.append("check: " + check.stdout + check.stderr)
        failures += serve_check(a.binary, v, os.path.join(a.repo, "data", "queries", "q1.rq"))
        wrong = v.replace(":dba@", ":S3cretWrong@")
        bad = awardgraph(a.binary, "stats", "--store", wrong, check=False)
        if bad.returncode != 1 or "S3cretWrong" in bad.stderr or ":***@" not in bad.stderr:
            failures.append(f"wrong password: exit {bad.returncode}, {bad.stderr}")
        quality = subprocess.run(
            [sys.executable, os.path.join(a.repo, "tests", "eval", "check_quality.py"),
             "--binary", a.binary, "--articles", os.path.join(seeds, "articles"),
             "--gold", os.path.join(seeds, "gold"), "--min-f1", "0.90", "--store",
             server.store("quality")],
            capture_output=True, text=True)
        print(quality.stdout, end="")
        if quality.returncode != 0:
            failures.append("scorer on Virtuoso: " + quality.stdout + quality.stderr)
    except Exception as e:  # the server did not start, a command hung, ...
        failures.append(f"{type(e).__name__}: {e}")
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    for f in failures:
        print("FAIL:", f)
    sys.exit(1 if failures else 0)


def serve_check(binary, store, query_file):
    """`awardgraph serve` on the Virtuoso store answers q1 as the CLI does."""
    port = virtuoso_server.free_port()
    proc = subprocess.Popen([binary, "serve", "--store", store, "--port", str(port), "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    watchdog = threading.Timer(120, proc.kill)  # a server that never answers ends the check
    watchdog.start()
    try:
        line = proc.stdout.readline()
        if ":dba@" in line or "listening" not in line:
            return [f"serve start line: {line!r}"]
        query = open(query_file).read()
        url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode(
            {"query": query, "format": "tsv"})
        with urllib.request.urlopen(url, timeout=60) as response:
            served = sorted(response.read().decode().splitlines())
        cli = sorted(awardgraph(binary, "query", "--store", store, "--format", "tsv",
                                query).stdout.splitlines())
        return [] if served == cli and len(cli) > 1 else [f"serve q1 {served} != {cli}"]
    except Exception as e:
        return [f"serve: {type(e).__name__}: {e}"]
    finally:
        watchdog.cancel()
        proc.terminate()
        proc.wait(timeout=30)


def virtuoso_server_mask(store):
    return store.replace(":dba@", ":***@")


if __name__ == "__main__":
    main()
