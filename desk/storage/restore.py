"""`desk restore FILE`: put a backup back in place of the store's SQLite database.

The file is checked first (PRAGMA integrity_check, and that it holds a desk
database); the current file is kept aside as <name>.before-restore, then replaced.
Close the application on this PC before restoring. A PostgreSQL store is restored
on the server with pg_restore (see the README).
"""

import sys
from pathlib import Path

from desk import config
from desk.errors import DeskError
from desk.storage import db
from desk.storage.backends import backend_for


def restore(backup_file: Path | str, url: str) -> Path:
    """Replace the database at url with backup_file; returns where the old one was kept."""
    db.close()  # this process's own connection must not outlive its file
    backend = backend_for(db.open_database(url))
    return backend.restore_from(Path(backup_file))


def add_arguments(parser) -> None:
    parser.add_argument("file", help="the backup file (desk-YYYYMMDD-HHMMSS.sqlite3)")


def run(args) -> int:
    source = Path(args.file)
    if not source.is_file():
        print(f"no such file: {source}", file=sys.stderr)
        return 1
    url = config.database_url(getattr(args, "db", None))
    try:
        aside = restore(source, url)
    except DeskError as exc:
        print(command_message(exc, source), file=sys.stderr)
        return 1
    print(f"restored {source}\nthe previous database is kept as {aside}")
    return 0


def command_message(exc: DeskError, source: Path) -> str:
    detail = exc.params.get("detail", "")
    return {
        "backup_unreadable": f"{source} is not a readable SQLite database: {detail}",
        "backup_damaged": f"{source} is damaged ({detail}); choose an older backup",
        "not_a_desk_database": f"{source} is a SQLite database but not a desk database",
        "database_in_use": "the database is in use: close desk on this PC (every window), "
                           "then restore",
        "restore_with_pg_restore": (
            "a PostgreSQL store is restored on the server: "
            f"pg_restore --clean --if-exists --no-owner -d DATABASE {source}"),
    }.get(exc.code, exc.code)
