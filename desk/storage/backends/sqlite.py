"""SQLite: the embedded, one-PC database. The search index is a contentless FTS5 table."""

import datetime
import os
import shutil
import sqlite3
from pathlib import Path

from peewee import Table, fn

from desk.storage.backends.base import Backend, ChangeProbe, error_chain

# Tokens are space-separated; the 'ascii' tokenizer keeps every non-ASCII character
# inside a token, so 空调 stays one token. detail=none keeps the index small.
_CREATE_FTS = (
    "CREATE VIRTUAL TABLE complaint_fts USING fts5("
    "tokens, content='', detail=none, tokenize='ascii')"
)


def _match_expression(tokens: list[str]) -> str:
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in tokens)


_REFUSED = ("SQLITE_READONLY", "SQLITE_FULL")


class SqliteBackend(Backend):
    name = "sqlite"

    PRAGMAS = {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": "normal",  # with WAL: durable at checkpoints, never corrupt
        "cache_size": -32000,
        # Reads map the file instead of copying pages: a new connection (the statistics
        # workers open their own) starts as warm as the OS cache.
        "mmap_size": 1 << 30,
        "busy_timeout": 10000,
    }

    def write_transaction(self):
        # BEGIN IMMEDIATE takes the write lock at once: two desks queue instead of
        # failing halfway with "database is locked" when a reader upgrades.
        return self.db.atomic("IMMEDIATE")

    def create_search_index(self) -> None:
        self.db.execute_sql(_CREATE_FTS)

    def index_complaint(self, complaint_id, tokens, old_tokens=None):
        if old_tokens is not None:
            # A contentless table forgets the text: deleting needs the old tokens.
            self.db.execute_sql(
                "INSERT INTO complaint_fts(complaint_fts, rowid, tokens) VALUES ('delete', ?, ?)",
                (complaint_id, " ".join(old_tokens)),
            )
        self.db.execute_sql(
            "INSERT INTO complaint_fts(rowid, tokens) VALUES (?, ?)",
            (complaint_id, " ".join(tokens)),
        )

    def index_many(self, rows):
        self.db.cursor().executemany(
            "INSERT INTO complaint_fts(rowid, tokens) VALUES (?, ?)",
            [(cid, " ".join(tokens)) for cid, tokens in rows],
        )

    def search_ids(self, tokens, before_id, limit):
        sql = "SELECT rowid FROM complaint_fts WHERE complaint_fts MATCH ?"
        params: list = [_match_expression(tokens)]
        if before_id is not None:
            sql += " AND rowid < ?"
            params.append(before_id)
        # Order by the index's own rowid: sorting by a joined column sorts every match.
        sql += " ORDER BY rowid DESC LIMIT ?"
        params.append(limit)
        return [row[0] for row in self.db.execute_sql(sql, params)]

    def count_matches(self, tokens, cap):
        cursor = self.db.execute_sql(
            "SELECT count(*) FROM (SELECT rowid FROM complaint_fts WHERE complaint_fts MATCH ? LIMIT ?)",
            (_match_expression(tokens), cap + 1),
        )
        return cursor.fetchone()[0]

    def reserve_ids(self, table, count):
        # Inside BEGIN IMMEDIATE nobody else writes: the ids after the largest are free.
        rows = Table(table, ("id",)).bind(self.db)
        top = rows.select(fn.COALESCE(fn.MAX(rows.id), 0)).scalar()
        return list(range(top + 1, top + 1 + count))

    def after_bulk_load(self):
        self.db.execute_sql("PRAGMA analysis_limit=1000")
        self.db.execute_sql("ANALYZE")

    # -- live updates, health, backups, copying (issue 8) ------------------------
    backup_suffix = ".sqlite3"
    auto_backup = True  # one PC, one file: the desk itself keeps the daily copies

    def file_path(self) -> Path:
        return Path(self.db.database)

    def open_change_probe(self):
        return DataVersionProbe(self.file_path())

    def exists(self):
        return self.file_path().is_file()

    def refuses_writes(self, exc):
        # SQLITE_READONLY and its kinds (the file, its folder or the journal may not be
        # written, the file was moved away, a query_only connection), SQLITE_FULL.
        return any(getattr(error, "sqlite_errorname", "").startswith(_REFUSED)
                   or "readonly database" in str(error) for error in error_chain(exc))

    def location(self):
        return str(self.file_path())

    def quick_check(self):
        try:
            rows = [row[0] for row in self.db.execute_sql("PRAGMA quick_check")]
        except sqlite3.OperationalError:
            raise  # cannot open or locked: not damage
        except sqlite3.DatabaseError as exc:  # "disk image is malformed", "not a database"
            return [str(exc)]
        return [] if rows == ["ok"] else rows

    def backup_to(self, path):
        # The online backup API on a connection of its own: a consistent snapshot
        # (WAL lets the desks go on writing meanwhile), whatever the app's state.
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        partial.unlink(missing_ok=True)
        source = sqlite3.connect(self.file_path(), timeout=10)
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
            # One self-contained file: no -wal beside it to lose when it is copied away.
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
            source.close()
        _fsync(partial)
        os.replace(partial, path)

    def restore_from(self, path):
        """Put the backup in place of the database file (every connection must be closed).

        The backup is copied next to the database and checked there first; the old
        file (with its -wal and -shm) is kept aside as <name>.before-restore.
        """
        current = self.file_path()
        if current.exists():
            _check_nobody_uses(current)
        incoming = current.with_name(current.name + ".restoring")
        shutil.copyfile(path, incoming)
        try:
            check_backup_file(incoming)
        except Exception:
            _remove_with_journals(incoming)
            raise
        _fsync(incoming)
        aside = current.with_name(current.name + ".before-restore")
        if aside.exists():
            aside = current.with_name(
                f"{current.name}.before-restore-{datetime.datetime.now():%Y%m%d-%H%M%S}")
        # The -wal and -shm files go with their main file: a stale -wal beside the
        # restored file would be replayed into it.
        for suffix in ("", "-wal", "-shm"):
            old = Path(f"{current}{suffix}")
            if old.exists():
                os.replace(old, f"{aside}{suffix}")
        os.replace(incoming, current)
        return aside

    def internal_tables(self, tables):
        return {t for t in tables if t.startswith("complaint_fts")}

    def clear_search_index(self):
        self.db.execute_sql("INSERT INTO complaint_fts(complaint_fts) VALUES ('delete-all')")

    # -- statistics ----------------------------------------------------------------
    def hours_between(self, start, end):
        return f"((julianday({end}) - julianday({start})) * 24.0)"

    def day_of(self, column):
        return f"substr({column}, 1, 10)"

    def days_before(self, column, days):
        return f"datetime({column}, '-{int(days)} days')"

    def minutes_between(self, start, end):
        return f"CAST(ROUND((julianday({end}) - julianday({start})) * 1440.0) AS INTEGER)"


# Tables without which a file is not a desk database.
_DESK_TABLES = {"schema_migration", "setting", "staff", "customer", "complaint",
                "complaint_event", "change_log"}


def check_backup_file(path: Path) -> None:
    """A sound SQLite file holding a desk database, or DeskError saying what is wrong."""
    from desk.errors import DeskError

    try:
        conn = sqlite3.connect(path)
        try:
            rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DeskError("backup_unreadable", detail=str(exc)) from exc
    if rows != ["ok"]:
        raise DeskError("backup_damaged", detail="; ".join(rows[:5]))
    if not _DESK_TABLES <= tables:
        raise DeskError("not_a_desk_database")


def _check_nobody_uses(path: Path) -> None:
    """Leaving WAL mode needs the only connection to the file: a desk still running on
    it would go on writing into the file put aside. Folding the WAL in also makes the
    file put aside complete on its own."""
    from desk.errors import DeskError

    conn = sqlite3.connect(path, timeout=0.5)
    try:
        conn.execute("PRAGMA journal_mode=DELETE").fetchall()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DeskError("database_in_use") from exc
    except sqlite3.DatabaseError:
        pass  # damaged: what is there is put aside as it is
    finally:
        conn.close()


def _remove_with_journals(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


class DataVersionProbe(ChangeProbe):
    """PRAGMA data_version on a connection of its own: it changes when any other
    connection (this process's or another's) commits. Costs microseconds: poll it."""

    def __init__(self, path: Path):
        self.conn = sqlite3.connect(path, timeout=10, check_same_thread=False)
        self.last = self._version()

    def _version(self) -> int:
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def has_changed(self):
        version = self._version()
        changed, self.last = version != self.last, version
        return changed

    def close(self):
        self.conn.close()
