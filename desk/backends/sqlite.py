"""SQLite: the embedded, one-PC database. The search index is a contentless FTS5 table."""

from desk.backends.base import Backend

# Tokens are space-separated; the 'ascii' tokenizer keeps every non-ASCII character
# inside a token, so 空调 stays one token. detail=none keeps the index small.
_CREATE_FTS = (
    "CREATE VIRTUAL TABLE complaint_fts USING fts5("
    "tokens, content='', detail=none, tokenize='ascii')"
)


def _match_expression(tokens: list[str]) -> str:
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in tokens)


class SqliteBackend(Backend):
    name = "sqlite"

    PRAGMAS = {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": "normal",  # with WAL: durable at checkpoints, never corrupt
        "cache_size": -32000,
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
        (top,) = self.db.execute_sql(f'SELECT coalesce(max(id), 0) FROM "{table}"').fetchone()
        return list(range(top + 1, top + 1 + count))

    def after_bulk_load(self):
        self.db.execute_sql("PRAGMA analysis_limit=1000")
        self.db.execute_sql("ANALYZE")
