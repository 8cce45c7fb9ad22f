"""Run a script of tests/procs as a separate desk process and talk to it by lines."""

import queue
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROCS = Path(__file__).resolve().parent


class Child:
    def __init__(self, script: str, *args):
        self.stderr = tempfile.TemporaryFile(mode="w+")
        self.proc = subprocess.Popen(
            [sys.executable, str(PROCS / script), *map(str, args)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr, text=True,
            bufsize=1,
        )
        self.lines: queue.Queue = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)  # end of output

    def next_line(self, timeout: float = 30) -> str | None:
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no line from the child in {timeout}s: {self.errors()}") from None
        if line is not None:
            self.seen.append(line)
        return line

    def expect(self, text: str, timeout: float = 30) -> None:
        line = self.next_line(timeout)
        assert line == text, f"expected {text!r}, got {line!r}: {self.errors()}"

    def send(self, line: str = "go") -> None:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def rest(self, timeout: float = 60) -> list[str]:
        """Every further line until the child ends; it must end well."""
        end = time.monotonic() + timeout
        out = []
        while (line := self.next_line(max(0.1, end - time.monotonic()))) is not None:
            out.append(line)
        code = self.proc.wait(timeout=max(1, end - time.monotonic()))
        assert code == 0, f"child exit code {code}: {self.errors()}"
        return out

    def kill(self) -> list[str]:
        """Killed at once (SIGKILL; TerminateProcess on Windows), then every line it had
        written before it died."""
        self.proc.kill()
        self.proc.wait(timeout=10)
        out = []
        while (line := self.next_line(10)) is not None:
            out.append(line)
        return out

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()
                self.proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
        self.stderr.close()

    def errors(self) -> str:
        self.stderr.seek(0)
        return self.stderr.read()[-3000:]
