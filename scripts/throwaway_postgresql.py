#!/usr/bin/python3
"""throwaway_postgresql.py — a private PostgreSQL server in a temporary folder.

Used by tests/query/postgresql_test.py and the --store-kind postgresql option
of bench/store_ingest_bench.sh and bench/query_bench.sh. Starts Debian's
PostgreSQL (package `postgresql`): initdb into FOLDER/data (as the `postgres`
user when run as root, since initdb refuses root), trust authentication, a
free port on 127.0.0.1, fsync off (the folder is thrown away), and creates
database `ag`. `stop` stops it (immediate mode) and removes nothing.

As a module:
    server = Server(folder); server.start(); ...; server.stop()
    server.url  # postgresql://postgres@127.0.0.1:PORT/ag
From a shell:
    url=$(scripts/throwaway_postgresql.py start /tmp/pg)   # prints the store name
    scripts/throwaway_postgresql.py stop /tmp/pg
"""
import glob
import os
import shutil
import socket
import subprocess
import sys


def pg_bin():
    """The newest installed PostgreSQL's bin folder."""
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not dirs:
        sys.exit("PostgreSQL is not installed (scripts/install-deps.sh installs `postgresql`)")
    return dirs[-1]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One throwaway server whose files live under `root`."""

    def __init__(self, root, port=None):
        self.bin = pg_bin()
        self.root = root
        self.data = os.path.join(root, "data")
        self.port = port or free_port()
        self.as_postgres = os.geteuid() == 0  # initdb refuses to run as root
        if self.as_postgres:
            os.chmod(root, 0o755)
            shutil.chown(root, "postgres")

    @property
    def url(self):
        """The awardgraph store name of database `ag`."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/ag"

    def run(self, *args, capture=False):
        cmd = [os.path.join(self.bin, args[0]), *args[1:]]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, check=True, text=True,
                              stdout=subprocess.PIPE if capture else subprocess.DEVNULL)

    def start(self):
        self.run("initdb", "-D", self.data, "-A", "trust", "-U", "postgres")
        self.run("pg_ctl", "-D", self.data, "-l", os.path.join(self.root, "log"), "-w", "-o",
                 f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off",
                 "start")
        self.run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "ag")

    def psql(self, sql):
        """Runs `sql` in database ag; returns psql's unaligned, tuples-only output."""
        return self.run("psql", "-X", "-q", "-A", "-t", "-h", "127.0.0.1", "-p", str(self.port),
                        "-U", "postgres", "-d", "ag", "-c", sql, capture=True).stdout

    def stop(self):
        if os.path.exists(os.path.join(self.data, "postmaster.pid")):
            self.run("pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        sys.exit("usage: throwaway_postgresql.py start|stop FOLDER")
    root = sys.argv[2]
    if sys.argv[1] == "start":
        os.makedirs(root, exist_ok=True)
        server = Server(root)
        server.start()
        with open(os.path.join(root, "port"), "w") as f:
            f.write(str(server.port))
        print(server.url)
    else:
        with open(os.path.join(root, "port")) as f:
            Server(root, int(f.read())).stop()


if __name__ == "__main__":
    main()
