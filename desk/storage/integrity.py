"""The start-up check: is the database sound, and if not, which backup to restore.

SQLite runs PRAGMA quick_check (seconds even for a large file); PostgreSQL answers
a trivial query (the server looks after its own files). The result carries what
the UI needs to say: "the database is damaged; restore the backup of <date> with
desk restore <file>".
"""

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from peewee import DatabaseError, OperationalError

from desk.storage import backup, db
from desk.storage.backends import backend_for


@dataclass
class IntegrityReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    latest_backup: Path | None = None

    @property
    def backup_taken_at(self) -> datetime.datetime | None:
        return backup.taken_at(self.latest_backup) if self.latest_backup else None

    @property
    def restore_command(self) -> str:
        return f'desk restore "{self.latest_backup}"' if self.latest_backup else ""

    def message(self) -> tuple[str, dict]:
        """An error code and its parameters for desk.ui.messages."""
        if self.ok:
            return "", {}
        if self.latest_backup is None:
            return "database_damaged_no_backup", {"folder": str(backup.backup_dir())}
        return "database_damaged", {"date": f"{self.backup_taken_at:%Y-%m-%d %H:%M}",
                                    "command": self.restore_command}


def quick_check(url: str | None = None) -> IntegrityReport:
    """Check the database at url (on a connection of its own), else the current one.

    Raises db.DatabaseUnavailable when the database cannot be reached at all: that
    is not damage (a server that is down, a missing file).
    """
    if url is None:
        problems = _problems(db.backend())
    else:
        database = db.open_database(url)
        try:
            problems = _problems(backend_for(database))
        finally:
            if not database.is_closed():
                database.close()
    if not problems:
        return IntegrityReport(ok=True)
    return IntegrityReport(ok=False, problems=problems, latest_backup=backup.latest())


def _problems(backend) -> list[str]:
    try:
        return backend.quick_check()
    except OperationalError as exc:
        if backend.is_disconnect(exc) or "unable to open" in str(exc):
            raise db.DatabaseUnavailable(str(exc)) from exc
        return [str(exc)]
    except DatabaseError as exc:  # "file is not a database", "disk image is malformed"
        return [str(exc)]
