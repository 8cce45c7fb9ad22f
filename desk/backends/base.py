"""The interface each database backend fills in."""

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
