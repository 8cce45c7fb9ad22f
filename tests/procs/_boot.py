"""Shared start of every child script: the checkout on sys.path, the database open."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def say(*parts) -> None:
    """One line to the parent, at once (it reads our stdout line by line)."""
    print(*parts, flush=True)


def open_store(url: str):
    from desk.storage import db

    return db.connect(url, migrate=False)


def wait_for_go() -> None:
    """Block until the parent writes a line: lets several children start together."""
    sys.stdin.readline()
