"""Half-filled forms kept on this PC's disk, so a crash or a closed window loses nothing.

One JSON file per staff member and form in `<data folder>/drafts/`. Local files on
purpose: a draft must survive a database that is locked, down or unreachable.
Writes are atomic (temporary file, fsync, os.replace), so a crash in the middle of a
save leaves the previous draft, never half a file.
"""

import datetime
import json
import os
import re
import tempfile
from decimal import Decimal
from pathlib import Path

from desk import config

_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,80}$")
_TYPE = "__draft_type__"


def folder() -> Path:
    path = config.data_dir() / "drafts"
    path.mkdir(parents=True, exist_ok=True)
    return path


def form_name(form: str, staff_id: int) -> str:
    """The draft name of one staff member's form, e.g. `registration-7`."""
    return f"{form}-{staff_id}"


def path_of(name: str) -> Path:
    if not _NAME.match(name) or name.startswith("."):
        raise ValueError(f"not a draft name: {name!r}")
    return folder() / f"{name}.json"


def _encode(value):
    # datetime is a subclass of date: test it first.
    if isinstance(value, datetime.datetime):
        return {_TYPE: "datetime", "value": value.isoformat()}
    if isinstance(value, datetime.date):
        return {_TYPE: "date", "value": value.isoformat()}
    if isinstance(value, Decimal):
        return {_TYPE: "decimal", "value": str(value)}
    if isinstance(value, set | tuple):
        return list(value)
    raise TypeError(f"a draft cannot hold {type(value).__name__}")


def _decode(obj: dict):
    kind = obj.get(_TYPE)
    if kind == "datetime":
        return datetime.datetime.fromisoformat(obj["value"])
    if kind == "date":
        return datetime.date.fromisoformat(obj["value"])
    if kind == "decimal":
        return Decimal(obj["value"])
    return obj


def save(name: str, data: dict) -> None:
    """Write the draft atomically; the old draft stays whole until the new one is complete."""
    target = path_of(name)
    text = json.dumps(data, default=_encode, ensure_ascii=False, indent=1)
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _sync_folder(path: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open a folder for this."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def load(name: str) -> dict | None:
    """The saved draft, or None when there is none or it cannot be read."""
    try:
        text = path_of(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        data = json.loads(text, object_hook=_decode)
    except ValueError:
        return None  # a damaged draft is not worth an error dialog
    return data if isinstance(data, dict) else None


def saved_at(name: str) -> datetime.datetime | None:
    """When the draft was last written (the file's time), for "restored from 14:32"."""
    try:
        return datetime.datetime.fromtimestamp(path_of(name).stat().st_mtime)
    except FileNotFoundError:
        return None


def discard(name: str) -> None:
    path_of(name).unlink(missing_ok=True)
