"""The interface each database backend fills in."""

from collections.abc import Sequence
from contextlib import AbstractContextManager

from peewee import Database


class Backend:
    name = "base"

    def __init__(self, db: Database):
        self.db = db

    # -- transactions -------------------------------------------------------
    def write_transaction(self) -> AbstractContextManager:
        """A transaction that will write: serialised early so it cannot deadlock."""
        return self.db.atomic()

    def lock_history_chain(self) -> None:
        """Called inside a write transaction before the history chain's tail is read."""

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
