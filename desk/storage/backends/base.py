"""The interface each database backend fills in."""

from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path

from peewee import Database


class Backend:
    name = "base"
    binary_collation = "BINARY"  # compares text by code point (customer name prefixes)

    def __init__(self, db: Database):
        self.db = db

    # -- transactions -------------------------------------------------------
    def write_transaction(self) -> AbstractContextManager:
        """A transaction that will write: serialised early so it cannot deadlock."""
        return self.db.atomic()

    def lock_history_chain(self) -> None:
        """Called inside a write transaction before the history chain's tail is read."""

    def may_change_schema(self) -> bool:
        """Whether this connection may run the schema's migration steps."""
        return True

    # -- search index -------------------------------------------------------
    def create_search_index(self) -> None:
        raise NotImplementedError

    def index_complaint(self, complaint_id: int, tokens: list[str], old_tokens=None) -> None:
        raise NotImplementedError

    def index_many(self, rows: list[tuple[int, list[str]]]) -> None:
        for complaint_id, tokens in rows:
            self.index_complaint(complaint_id, tokens)

    def search_ids(self, tokens: list[str], before_id: int | None, limit: int) -> list[int]:
        """Ids of complaints holding every token, newest first, below before_id."""
        raise NotImplementedError

    def count_matches(self, tokens: list[str], cap: int) -> int:
        """How many complaints hold every token, counting at most cap + 1."""
        raise NotImplementedError

    # -- bulk loading (demo data, benchmarks) -------------------------------
    def reserve_ids(self, table: str, count: int) -> list[int]:
        """count unused ids of table, ascending; call inside the write transaction."""
        raise NotImplementedError

    def bulk_insert(self, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
        """Insert many rows in one go; values as the driver takes them."""
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join([self.db.param] * len(columns))
        self.db.cursor().executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)

    def after_bulk_load(self) -> None:
        """Refresh the planner's statistics once a lot of rows came in."""

    # -- live updates between desks (desk.storage.live) ---------------------------------
    def notify_change(self, table: str, row_id: int) -> None:
        """Called inside the write transaction, just before its ChangeLog row is written."""

    def open_change_probe(self) -> "ChangeProbe":
        """A cheap 'did anything change?' check on a connection of its own."""
        raise NotImplementedError

    # -- connection health (desk.storage.connection) -------------------------------------
    def exists(self) -> bool:
        """Whether the database is there at all (a command must not create a new one)."""
        return True

    def is_disconnect(self, exc: BaseException) -> bool:
        """Whether exc means the connection to the database is gone (not a bad query)."""
        return False

    def refuses_writes(self, exc: BaseException) -> bool:
        """Whether exc means the database takes no writes: read-only, not allowed, disk full.

        Trying again will not help until someone fixes it."""
        return False

    def location(self) -> str:
        """Where the data is, as the person who can fix it would look for it."""
        return str(self.db.database)

    def quick_check(self) -> list[str]:
        """Problems found by a fast start-up check; [] when the database is sound."""
        return []

    # -- backups (desk.storage.backup) ----------------------------------------------------
    backup_suffix = ".backup"
    auto_backup = False  # whether each desk PC backs the database up itself every day

    def backup_to(self, path) -> None:
        """Write a consistent copy of the whole database to path while it is in use."""
        raise NotImplementedError

    def restore_from(self, path) -> "Path":
        """Replace the database with the backup at path; returns where the old one was kept."""
        raise NotImplementedError

    # -- copying a store (desk.storage.dbcopy) --------------------------------------------
    def internal_tables(self, tables: list[str]) -> set[str]:
        """Which of these tables belong to the backend itself (search index)."""
        return set()

    def clear_search_index(self) -> None:
        raise NotImplementedError

    def reset_sequences(self, tables: list[tuple[str, str]]) -> None:
        """After inserts with explicit ids: (table, id column) pairs continue from max(id)."""

    # -- statistics (desk.statistics): SQL expressions that differ per database ------------
    def hours_between(self, start: str, end: str) -> str:
        """SQL for the hours from timestamp expression start to end, as a float."""
        raise NotImplementedError

    def day_of(self, column: str) -> str:
        """SQL for a timestamp's calendar day: text 'YYYY-MM-DD' or a date (str() of
        either is the ISO day)."""
        raise NotImplementedError

    def days_before(self, column: str, days: int) -> str:
        """SQL for the timestamp `days` whole days before the column's value."""
        raise NotImplementedError

    def minutes_between(self, start: str, end: str) -> str:
        """SQL for the whole minutes (rounded) from timestamp expression start to end."""
        raise NotImplementedError


class ChangeProbe:
    """One desk's watch on the shared database: has another desk committed something?"""

    def has_changed(self) -> bool:
        raise NotImplementedError

    def fileno(self) -> int | None:
        """A socket to wait on for news, or None when the probe must be polled on a timer."""
        return None

    def close(self) -> None:
        pass


def error_chain(exc: BaseException):
    """exc and the errors it wraps (peewee re-raises the driver's error inside its except)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__
