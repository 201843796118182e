#!/usr/bin/python3
"""PostgreSQL store end to end, against a real server this test starts.

Starts PostgreSQL (Debian's `postgresql` package: initdb into a temporary
folder, as the `postgres` user when run as root, a free port on 127.0.0.1),
then with the built binary: ingests the seed articles into it and into a
directory store, runs q1-q7 (data/queries) on both and requires identical
results, re-ingests (nothing may be written), and scores the PostgreSQL
store with tests/eval/check_quality.py at the seeds' bar. The server is
stopped and its folder removed at the end, whatever happened.

Usage: postgresql_test.py --binary build/cli/awardgraph --repo .
"""
import argparse
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile


def pg_bin():
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not dirs:
        sys.exit("PostgreSQL is not installed (scripts/install-deps.sh installs `postgresql`)")
    return dirs[-1]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, root):
        self.bin = pg_bin()
        self.root = root
        self.data = os.path.join(root, "data")
        self.port = free_port()
        self.as_postgres = os.geteuid() == 0  # initdb refuses to run as root
        if self.as_postgres:
            shutil.chown(root, "postgres")

    def run(self, *args):
        cmd = [os.path.join(self.bin, args[0]), *args[1:]]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)

    def start(self):
        self.run("initdb", "-D", self.data, "-A", "trust", "-U", "postgres")
        self.run("pg_ctl", "-D", self.data, "-l", os.path.join(self.root, "log"), "-w", "-o",
                 f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off",
                 "start")
        self.run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "ag")

    def stop(self):
        if os.path.exists(os.path.join(self.data, "postmaster.pid")):
            self.run("pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")


def awardgraph(binary, *args):
    r = subprocess.run([binary, *args], capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        sys.exit(f"awardgraph {' '.join(args)} exited {r.returncode}: {r.stderr}")
    return r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--repo", required=True)
    a = ap.parse_args()
    seeds = os.path.join(a.repo, "tests", "data", "seeds")
    root = tempfile.mkdtemp(prefix="awardgraph-pg-")
    os.chmod(root, 0o755)
    server = Server(root)
    failures = []
    try:
        server.start()
        pg = f"postgresql://postgres@127.0.0.1:{server.port}/ag"
        local = os.path.join(root, "local-store")
        for store in (pg, local):
            r = awardgraph(a.binary, "ingest", "--no-progress", "--store", store,
                           os.path.join(seeds, "articles"))
            print(store, r.stderr.splitlines()[1])
        for q in sorted(glob.glob(os.path.join(a.repo, "data", "queries", "q*.rq"))):
            text = open(q).read()
            got = [sorted(awardgraph(a.binary, "query", "--store", s, "--format", "tsv",
                                     text).stdout.splitlines()) for s in (pg, local)]
            name = os.path.basename(q)
            print(f"{name}: {len(got[0]) - 1} rows on PostgreSQL, {len(got[1]) - 1} on BDB")
            if got[0] != got[1]:
                failures.append(f"{name}: PostgreSQL and the directory store differ")
        stats = [awardgraph(a.binary, "stats", "--store", s).stdout for s in (pg, local)]
        if stats[0] != stats[1] or "triples: 0\n" in stats[0]:
            failures.append("stats differ or the store is empty:\n" + "\n".join(stats))
        again = awardgraph(a.binary, "ingest", "--no-progress", "--store", pg,
                           os.path.join(seeds, "articles"))
        if "(0 written" not in again.stderr:
            failures.append("re-ingest wrote articles: " + again.stderr)
        quality = subprocess.run(
            [sys.executable, os.path.join(a.repo, "tests", "eval", "check_quality.py"),
             "--binary", a.binary, "--articles", os.path.join(seeds, "articles"),
             "--gold", os.path.join(seeds, "gold"), "--min-f1", "0.90", "--store", pg],
            capture_output=True, text=True)
        print(quality.stdout, end="")
        if quality.returncode != 0:
            failures.append("scorer on PostgreSQL: " + quality.stdout + quality.stderr)
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    for f in failures:
        print("FAIL:", f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
