"""PostgreSQL: one server shared by every desk of a store.

The search index is a tsvector built directly from the application's tokens
(array_to_tsvector: no text parser in between), with a GIN index.
"""

import datetime
import io
import re

from desk.backends.base import Backend

_HISTORY_LOCK_KEY = 7_301_001  # an arbitrary constant naming the history chain's lock


def _tsquery(tokens: list[str]) -> str:
    return " & ".join("'" + t.replace("'", "''").replace("\\", "\\\\") + "'" for t in tokens)


_TSVECTOR_SPECIAL = re.compile(r"[\s'\\:]")
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _tsvector_text(tokens: list[str]) -> str:
    """tokens as tsvector input: plain words as they are, anything unusual quoted."""
    text = " ".join(tokens)
    if _TSVECTOR_SPECIAL.search(text.replace(" ", "")) is None and text.count(" ") == len(tokens) - 1:
        return text
    return " ".join("'" + t.replace("\\", "\\\\").replace("'", "''") + "'" for t in tokens)


def _copy_value(value) -> str:
    if value is None:
        return "\\N"
    if value is True or value is False:
        return "t" if value else "f"
    if isinstance(value, str):
        return value.translate(_COPY_ESCAPES)
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ")
    return str(value)  # numbers, Decimal, date


def _copy(db, table: str, columns, rows) -> None:
    """Rows in through COPY's text format: the fastest way into PostgreSQL."""
    lines = "".join("\t".join(map(_copy_value, row)) + "\n" for row in rows)
    names = ", ".join(f'"{c}"' for c in columns)
    db.cursor().copy_expert(f'COPY "{table}" ({names}) FROM STDIN', io.StringIO(lines))


class PostgresBackend(Backend):
    name = "postgresql"

    def lock_history_chain(self):
        # Desks append to one chain: take turns on reading its tail.
        self.db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_HISTORY_LOCK_KEY,))

    def create_search_index(self):
        self.db.execute_sql(
            "CREATE TABLE complaint_search ("
            " complaint_id integer PRIMARY KEY REFERENCES complaint (id) ON DELETE CASCADE,"
            " tokens tsvector NOT NULL)"
        )
        self.db.execute_sql(
            "CREATE INDEX complaint_search_tokens ON complaint_search USING gin (tokens)"
        )
        # Rare words are planned badly with the default statistics (2.75 s against 1 ms).
        self.db.execute_sql("ALTER TABLE complaint_search ALTER COLUMN tokens SET STATISTICS 10000")

    def index_complaint(self, complaint_id, tokens, old_tokens=None):
        self.db.execute_sql(
            "INSERT INTO complaint_search (complaint_id, tokens)"
            " VALUES (%s, array_to_tsvector(%s::text[]))"
            " ON CONFLICT (complaint_id) DO UPDATE SET tokens = excluded.tokens",
            (complaint_id, tokens),
        )

    def index_many(self, rows):
        # COPY of tsvector text: building array_to_tsvector(...) literals in Python cost
        # a quarter of a millisecond per complaint, more than everything else together.
        _copy(self.db, "complaint_search", ("complaint_id", "tokens"),
              ((cid, _tsvector_text(tokens)) for cid, tokens in rows))

    def search_ids(self, tokens, before_id, limit):
        sql = "SELECT complaint_id FROM complaint_search WHERE tokens @@ %s::tsquery"
        params: list = [_tsquery(tokens)]
        if before_id is not None:
            sql += " AND complaint_id < %s"
            params.append(before_id)
        sql += " ORDER BY complaint_id DESC LIMIT %s"
        params.append(limit)
        return [row[0] for row in self.db.execute_sql(sql, params)]

    def count_matches(self, tokens, cap):
        cursor = self.db.execute_sql(
            "SELECT count(*) FROM (SELECT 1 FROM complaint_search"
            " WHERE tokens @@ %s::tsquery LIMIT %s) AS hits",
            (_tsquery(tokens), cap + 1),
        )
        return cursor.fetchone()[0]

    def reserve_ids(self, table, count):
        # From the table's own sequence, so desks registering meanwhile never collide.
        cursor = self.db.execute_sql(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            (f'"{table}"', count),
        )
        return sorted(row[0] for row in cursor)

    def bulk_insert(self, table, columns, rows):
        _copy(self.db, table, columns, rows)

    def after_bulk_load(self):
        self.db.execute_sql("ANALYZE")
