"""A throwaway Virtuoso server for tests and benchmarks.

VirtuosoServer(root) writes a virtuoso.ini into `root` (database files
there, a free port on 127.0.0.1, no HTTP listener, small buffers), starts
Debian's `virtuoso-t +foreground`, waits until it logs "Server online",
and stop() ends it (SIGTERM, then SIGKILL). Use it as a context manager.
store(base) gives the awardgraph store name for graph base `base`.
"""
import ctypes
import os
import signal
import socket
import subprocess
import time

BINARY = "/usr/bin/virtuoso-t"
DRIVER = "/usr/lib/x86_64-linux-gnu/odbc/virtodbc_r.so"


def available():
    """Why Virtuoso cannot run here, or None when it can."""
    for path in (BINARY, DRIVER):
        if not os.path.exists(path):
            return f"{path} is missing (scripts/deps/virtuoso.txt)"
    return None


def _die_with_parent():
    """In the child before exec: SIGTERM when the test process dies, even by
    SIGKILL (a ctest timeout), so no server outlives its test."""
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


INI = """[Database]
DatabaseFile = {root}/virtuoso.db
ErrorLogFile = {root}/virtuoso.log
LockFile = {root}/virtuoso.lck
TransactionFile = {root}/virtuoso.trx
xa_persistent_file = {root}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {root}/virtuoso-temp.db
TransactionFile = {root}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{port}
DisableUnixSocket = 1
MaxClientConnections = 20
CheckpointInterval = 60
O_DIRECT = 0
CaseMode = 2
MaxStaticCursorRows = 5000
AllowOSCalls = 0
DirsAllowed = .
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
ThreadsPerQuery = 2
[SPARQL]
ResultSetMaxRows = 10000000
"""


class VirtuosoServer:
    def __init__(self, root, buffers=20000):
        self.root = root
        self.port = free_port()
        self.user, self.password = "dba", "dba"  # a fresh database's administrator
        self.ini = os.path.join(root, "virtuoso.ini")
        with open(self.ini, "w") as f:
            f.write(INI.format(root=root, port=self.port, buffers=buffers, dirty=buffers * 3 // 4))
        self.proc = None

    def store(self, base):
        return f"virtuoso://{self.user}:{self.password}@127.0.0.1:{self.port}/{base}"

    def log(self):
        try:
            with open(os.path.join(self.root, "virtuoso.log"), errors="replace") as f:
                return f.read()[-3000:]
        except OSError:
            return ""

    def start(self, timeout=120):
        out = open(os.path.join(self.root, "stdout.log"), "w")
        self.proc = subprocess.Popen([BINARY, "+foreground", "+configfile", self.ini],
                                     cwd=self.root, stdout=out, stderr=subprocess.STDOUT,
                                     start_new_session=True, preexec_fn=_die_with_parent)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited with {self.proc.returncode}:\n{self.log()}")
            if "Server online at" in self.log():
                return self
            time.sleep(0.2)
        raise RuntimeError(f"virtuoso-t not ready after {timeout} s:\n{self.log()}")

    def stop(self):
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
