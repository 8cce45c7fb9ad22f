"""A throwaway PostgreSQL server for the tests, on 127.0.0.1 in a temporary folder.

Used when DESK_TEST_PG_URL is not given. As root, the server runs as the
'postgres' system user (initdb refuses root).
"""

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def _pg_bin(name: str) -> str | None:
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).exists():
            return str(folder / name)
    return shutil.which(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self, options: str = ""):
        self.options = options  # more -c settings (wal_level=logical for a publisher)
        self.dir = Path(tempfile.mkdtemp(prefix="desk-pg-"))
        self.port = _free_port()
        self.as_root = getattr(os, "geteuid", lambda: -1)() == 0  # no geteuid on Windows
        self.url = f"postgresql://desk@127.0.0.1:{self.port}/postgres"

    def _run(self, *args):
        cmd = list(args)
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, check=True, capture_output=True, text=True)

    def start(self) -> "PgServer":
        initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
        if not initdb or not pg_ctl:
            raise RuntimeError("PostgreSQL server programs (initdb, pg_ctl) are not installed")
        if self.as_root:
            shutil.chown(self.dir, "postgres", "postgres")
        data = self.dir / "data"
        self._run(initdb, "-D", str(data), "-U", "desk", "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8")
        opts = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c fsync=off "
                f"-c synchronous_commit=off -c full_page_writes=off "
                f"-c unix_socket_directories={self.dir} -c max_connections=200 {self.options}")
        self.opts = opts
        self._run(pg_ctl, "-D", str(data), "-o", opts, "-l", str(self.dir / "log"), "-w",
                  "start")
        return self

    def restart(self):
        self._run(_pg_bin("pg_ctl"), "-D", str(self.dir / "data"), "-m", "fast", "-w", "restart")

    def pause(self):
        """Shut the server down, keeping its data: an outage that resume() ends."""
        self._run(_pg_bin("pg_ctl"), "-D", str(self.dir / "data"), "-m", "fast", "-w", "stop")

    def resume(self):
        self._run(_pg_bin("pg_ctl"), "-D", str(self.dir / "data"), "-o", self.opts,
                  "-l", str(self.dir / "log"), "-w", "start")

    def stop(self):
        try:
            self._run(_pg_bin("pg_ctl"), "-D", str(self.dir / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def wait_ready(self, timeout=20):
        import psycopg2

        end = time.monotonic() + timeout
        while True:
            try:
                psycopg2.connect(self.url).close()
                return
            except psycopg2.OperationalError:
                if time.monotonic() > end:
                    raise
                time.sleep(0.2)
