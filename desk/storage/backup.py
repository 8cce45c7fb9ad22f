"""Backups of the store's database, and the `desk backup [--to FILE]` command.

SQLite: a consistent copy taken while the desks work (the online backup API), into
<data folder>/backups/desk-YYYYMMDD-HHMMSS.sqlite3, at the first start of each day
(`backup_if_due()`, called by the application) and on demand; the newest
LocalSettings.backups_kept are kept. PostgreSQL: `desk backup` runs pg_dump in its
custom format (restore with pg_restore, see the README); the server's own schedule
does the daily ones.
"""

import datetime
import re
import sys
from pathlib import Path

from desk import config
from desk.errors import DeskError
from desk.storage import db

_NAME = re.compile(r"^desk-(\d{8}-\d{6})\.[a-z0-9]+$")


def backup_dir() -> Path:
    return config.data_dir() / "backups"


def backup_name(at: datetime.datetime, suffix: str) -> str:
    return f"desk-{at:%Y%m%d-%H%M%S}{suffix}"


def taken_at(path: Path) -> datetime.datetime | None:
    match = _NAME.match(Path(path).name)
    return datetime.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S") if match else None


def backups(folder: Path | None = None) -> list[Path]:
    """The backups in the folder, newest first."""
    folder = folder or backup_dir()
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if _NAME.match(p.name) and p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def latest(folder: Path | None = None) -> Path | None:
    found = backups(folder)
    return found[0] if found else None


def make_backup(to: Path | str | None = None, at: datetime.datetime | None = None) -> Path:
    """Back the current database up now; returns the file written."""
    backend = db.backend()
    if to is None:
        at = at or datetime.datetime.now()
        to = backup_dir() / backup_name(at, backend.backup_suffix)
        if to.exists():  # two backups in one second: keep both
            to = to.with_name(backup_name(at + datetime.timedelta(seconds=1),
                                          backend.backup_suffix))
    to = Path(to)
    to.parent.mkdir(parents=True, exist_ok=True)
    backend.backup_to(to)
    return to


def prune(keep: int, folder: Path | None = None) -> list[Path]:
    """Delete all but the newest `keep` backups; returns what was deleted."""
    old = backups(folder)[max(keep, 1):]
    for path in old:
        path.unlink(missing_ok=True)
    return old


def backup_if_due(now: datetime.datetime | None = None, keep: int | None = None) -> Path | None:
    """The first start of a day backs the database up (on databases a desk backs up itself)."""
    if not db.backend().auto_backup:
        return None
    now = now or datetime.datetime.now()
    today = f"desk-{now:%Y%m%d}-"
    if any(p.name.startswith(today) for p in backups()):
        return None
    path = make_backup(at=now)
    prune(config.LocalSettings.load().backups_kept if keep is None else keep)
    return path


# -- the command ------------------------------------------------------------------

def add_arguments(parser) -> None:
    parser.add_argument("--to", metavar="FILE",
                        help="write the backup here (default: the backups folder of the data folder)")


class NoStore(Exception):
    """The command was pointed at something that holds no desk database."""


def open_for_command(cli_db: str | None) -> str:
    """Connect a command (backup, verify-history) to the store as it is: no migration,
    no new empty database; the password asked on the terminal if needed."""
    from desk.storage import secrets
    from desk.storage.backends import backend_for

    url = config.database_url(cli_db)
    if not backend_for(db.open_database(url)).exists():
        raise NoStore(f"no database at {config.strip_password(url)}")
    connection = secrets.connect(url, ask=secrets.ask_on_terminal, migrate=False)
    if not db.schema_status(connection.db)[0]:
        db.close()
        raise NoStore(f"{config.strip_password(url)} holds no desk database")
    return url


def run(args) -> int:
    try:
        open_for_command(getattr(args, "db", None))
    except (NoStore, db.DatabaseUnavailable) as exc:
        print(exc, file=sys.stderr)
        return 1
    try:
        path = make_backup(args.to)
    except DeskError as exc:
        print(command_message(exc), file=sys.stderr)
        return 1
    finally:
        db.close()
    print(f"backup written: {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return 0


def command_message(exc: DeskError) -> str:
    """The command line's words for a backup error (the command line speaks English)."""
    if exc.code == "pg_dump_missing":
        return ("pg_dump is not installed on this PC. Install the PostgreSQL client tools "
                "(Debian: apt-get install postgresql-client) or back up on the server.")
    if exc.code == "backup_failed":
        return f"pg_dump failed: {exc.params.get('detail', '')}"
    return exc.code
