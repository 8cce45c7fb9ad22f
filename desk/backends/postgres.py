"""PostgreSQL: one server shared by every desk of a store.

The search index is a tsvector built directly from the application's tokens
(array_to_tsvector: no text parser in between), with a GIN index.
"""

from desk.backends.base import Backend

_HISTORY_LOCK_KEY = 7_301_001  # an arbitrary constant naming the history chain's lock


def _tsquery(tokens: list[str]) -> str:
    return " & ".join("'" + t.replace("'", "''").replace("\\", "\\\\") + "'" for t in tokens)


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
        from psycopg2.extras import execute_values

        execute_values(
            self.db.cursor(),
            "INSERT INTO complaint_search (complaint_id, tokens) VALUES %s",
            [(cid, tokens) for cid, tokens in rows],
            template="(%s, array_to_tsvector(%s::text[]))",
            page_size=1000,
        )

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
