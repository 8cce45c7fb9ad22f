"""PostgreSQL: one server shared by every desk of a store.

The search index is a tsvector built directly from the application's tokens
(array_to_tsvector: no text parser in between), with a GIN index.
"""

import datetime
import io
import locale
import os
import re
import shutil
import time
from pathlib import Path

from peewee import InterfaceError, OperationalError, PostgresqlDatabase
from psycopg2 import sql

from desk.storage.backends.base import Backend, ChangeProbe, error_chain

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
    # One read of the whole text: psycopg2 takes the GIL back for every chunk it reads.
    db.cursor().copy_expert(f'COPY "{table}" ({names}) FROM STDIN', io.StringIO(lines),
                            size=max(8192, len(lines)))


class PostgresBackend(Backend):
    name = "postgresql"
    binary_collation = '"C"'

    def lock_history_chain(self):
        # Desks append to one chain: take turns on reading its tail.
        self.db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_HISTORY_LOCK_KEY,))

    def may_change_schema(self):
        # A desk's role (desk server init) may not create in the schema nor alter the
        # owner's tables; an owner, an administrator or the old one-role set-up may.
        row = self.db.execute_sql(
            "SELECT has_schema_privilege(current_schema(), 'CREATE') AND NOT EXISTS ("
            " SELECT 1 FROM pg_tables WHERE schemaname = current_schema()"
            " AND NOT pg_has_role(tableowner, 'USAGE'))").fetchone()
        return bool(row[0])

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
        # GIN hands back matches unordered: the newest 50 of 70,000 means fetching all
        # 70,000. For common words walking the newest rows until the page is full is far
        # cheaper. The planner knows that for one word but multiplies the shares of the
        # pairs of a phrase (扫地 & 地机 & 机器 & 器人: 21 rows guessed, 67,000 found,
        # 0.5 s), so the choice is made here, from the same statistics.
        share = self._share_of(tokens)
        if share > 0 and limit / share < share * self._row_count:
            budget = int(4 * limit / share) + 100
            ids = self._walk_newest(tokens, before_id, limit, budget)
            if len(ids) == limit:
                return ids
        sql = "SELECT complaint_id FROM complaint_search WHERE tokens @@ %s::tsquery"
        params: list = [_tsquery(tokens)]
        if before_id is not None:
            sql += " AND complaint_id < %s"
            params.append(before_id)
        sql += " ORDER BY complaint_id DESC LIMIT %s"
        params.append(limit)
        return [row[0] for row in self.db.execute_sql(sql, params)]

    def _walk_newest(self, tokens, before_id, limit, budget):
        """Matches among the `budget` newest rows below before_id, newest first."""
        below = "WHERE complaint_id < %s" if before_id is not None else ""
        params = ([before_id] if before_id is not None else []) + [budget, _tsquery(tokens), limit]
        cursor = self.db.execute_sql(
            "SELECT complaint_id FROM (SELECT complaint_id, tokens FROM complaint_search"
            f" {below} ORDER BY complaint_id DESC LIMIT %s) AS newest"
            " WHERE tokens @@ %s::tsquery ORDER BY complaint_id DESC LIMIT %s",
            params,
        )
        return [row[0] for row in cursor]

    _STATS_MAX_AGE = 600.0  # seconds; ANALYZE (autovacuum) refreshes them meanwhile
    _stats_at = float("-inf")

    def _load_stats(self) -> None:
        row = self.db.execute_sql(
            "SELECT most_common_elems::text::text[], most_common_elem_freqs,"
            " (SELECT reltuples FROM pg_class WHERE oid = 'complaint_search'::regclass)"
            " FROM pg_stats WHERE schemaname = current_schema()"
            " AND tablename = 'complaint_search' AND attname = 'tokens'"
        ).fetchone()
        # Words missing from the list are rarer than its rarest: GIN serves them well.
        self._shares = dict(zip(row[0], row[1], strict=False)) if row and row[0] else {}
        self._row_count = max(0.0, row[2]) if row else 0.0
        self._stats_at = time.monotonic()

    def _share_of(self, tokens) -> float:
        """Share of complaints holding every token, at most: that of the rarest one."""
        if time.monotonic() - self._stats_at > self._STATS_MAX_AGE:
            self._load_stats()
        return min((self._shares.get(t, 0.0) for t in tokens), default=0.0)

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
        self._stats_at = float("-inf")

    # -- live updates, health, backups, copying (issue 8) ------------------------
    backup_suffix = ".dump"
    auto_backup = False  # the server's own schedule backs a shared store up (README)

    def notify_change(self, table, row_id):
        # The lock makes ChangeLog ids commit in id order (desk.storage.live reads "id > last
        # seen"); it is the history chain's lock, which such a transaction holds anyway.
        self.lock_history_chain()
        self.db.execute_sql("SELECT pg_notify(%s, %s)", (CHANNEL, f"{table}:{row_id}"))

    def _driver_connect(self):
        import psycopg2

        return psycopg2.connect(dbname=self.db.database, **self.db.connect_params)

    def open_change_probe(self):
        return ListenProbe(self._driver_connect)

    def is_disconnect(self, exc):
        import psycopg2

        for error in error_chain(exc):
            code = getattr(error, "pgcode", None) or ""
            if code.startswith("08") or code in _SERVER_GONE_CODES:
                return True
            if isinstance(error, psycopg2.InterfaceError):
                return True  # "connection already closed"
            if isinstance(error, psycopg2.OperationalError) and code == "":
                return True  # no SQLSTATE: raised by libpq, not by the server
        return False

    def refuses_writes(self, exc):
        return any(getattr(error, "pgcode", None) in _REFUSED_CODES
                   for error in error_chain(exc))

    def location(self):
        params = self.db.connect_params
        return "{host}:{port}/{name}".format(host=params.get("host", "localhost"),
                                             port=params.get("port", 5432), name=self.db.database)

    def quick_check(self):
        self.db.execute_sql("SELECT 1")
        return []

    def backup_to(self, path):
        import subprocess

        from desk.errors import DeskError

        program = _pg_program("pg_dump", self.db.server_version)
        if program is None:
            raise DeskError("pg_dump_missing")
        result = subprocess.run(
            [program, "--format=custom", "--no-owner", "--file", str(path)],
            env=_libpq_env(self.db), capture_output=True,
            # pg_dump speaks the PC's own code page (GBK on a Chinese Windows): read it
            # so, and never fail on a message it cannot decode.
            encoding=locale.getpreferredencoding(False), errors="replace",
        )
        if result.returncode != 0:
            raise DeskError("backup_failed", detail=result.stderr.strip())

    def restore_from(self, path):
        from desk.errors import DeskError

        raise DeskError("restore_with_pg_restore", file=str(path))

    def internal_tables(self, tables):
        return {t for t in tables if t == "complaint_search"}

    def clear_search_index(self):
        self.db.execute_sql("DELETE FROM complaint_search")

    def reset_sequences(self, tables):
        for table, column in tables:
            self.db.execute_sql(
                f'SELECT setval(pg_get_serial_sequence(%s, %s), coalesce(max("{column}"), 1),'
                f' max("{column}") IS NOT NULL) FROM "{table}"',
                (f'"{table}"', column),
            )

    # -- statistics ----------------------------------------------------------------
    def hours_between(self, start, end):
        return f"(EXTRACT(EPOCH FROM ({end} - {start})) / 3600.0)"

    def day_of(self, column):
        return f"CAST({column} AS DATE)"  # twice as fast as to_char over a year of rows

    def days_before(self, column, days):
        return f"({column} - INTERVAL '{int(days)} days')"

    def minutes_between(self, start, end):
        return f"CAST(ROUND(EXTRACT(EPOCH FROM ({end} - {start})) / 60.0) AS INTEGER)"


CHANNEL = "desk_changes"
# admin_shutdown, crash_shutdown, cannot_connect_now: a server restarting.
_SERVER_GONE_CODES = {"57P01", "57P02", "57P03"}
# read_only_sql_transaction (a standby, or default_transaction_read_only), a role that
# may no longer write, the server's disk full.
_REFUSED_CODES = {"25006", "42501", "53100"}


def _pg_program(name: str, server_version: int | None) -> str | None:
    """The client tool of the server's major version when installed, else the one on PATH.

    Debian keeps each version in /usr/lib/postgresql/N/bin; the Windows installer in
    C:\\Program Files\\PostgreSQL\\N\\bin, which it does not put on PATH.
    """
    major = server_version // 10000 if server_version else None
    folders = [Path(f"/usr/lib/postgresql/{major}/bin")] if major else []
    if os.name == "nt":
        installed = Path(os.environ.get("ProgramFiles", r"C:\Program Files")) / "PostgreSQL"
        versions = sorted(installed.glob("*/bin"), key=lambda p: _version_key(p.parent.name),
                          reverse=True)
        folders += [installed / str(major) / "bin"] if major else []
        folders += versions  # else the newest: pg_dump reads older servers too
    for folder in folders:
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    return shutil.which(name)


def _version_key(text: str) -> tuple:
    return tuple(int(part) if part.isdigit() else 0 for part in text.split("."))


def _libpq_env(db) -> dict:
    """Connection settings for libpq's tools, through the environment: a password
    never shows on a command line."""
    params = db.connect_params
    env = dict(os.environ, PGDATABASE=db.database)
    for key, var in (("host", "PGHOST"), ("port", "PGPORT"), ("user", "PGUSER"),
                     ("password", "PGPASSWORD"), ("sslmode", "PGSSLMODE"),
                     ("connect_timeout", "PGCONNECT_TIMEOUT")):
        if params.get(key) not in (None, ""):
            env[var] = str(params[key])
    return env


class ListenProbe(ChangeProbe):
    """LISTEN desk_changes on a connection of its own; the writers NOTIFY in their
    transaction, so the news arrives on commit. Its socket can be waited on."""

    def __init__(self, connect):
        self._connect = connect
        self.conn = None
        self._open()

    def _open(self):
        conn = self._connect()
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(sql.SQL("LISTEN {}").format(sql.Identifier(CHANNEL)))
        self.conn = conn

    def has_changed(self):
        if self.conn is None or self.conn.closed:
            self.conn = None
            self._open()
            return True  # news may have been missed while it was away
        try:
            self.conn.poll()
        except Exception:
            self.close()
            raise
        if self.conn.notifies:
            self.conn.notifies.clear()
            return True
        return False

    def fileno(self):
        return self.conn.fileno() if self.conn is not None and not self.conn.closed else None

    def close(self):
        if self.conn is not None:
            try:
                self.conn.close()
            finally:
                self.conn = None


class ReconnectingPostgresqlDatabase(PostgresqlDatabase):
    """Opens a new connection by itself when the server went away (a restart, a
    pulled cable) and the next statement finds the old one dead.

    Only outside a transaction: a transaction cut off halfway is lost as a whole
    (the server rolled it back) and its caller must run it again (desk.storage.connection).
    """

    def execute_sql(self, sql, params=None):
        return self._reconnecting(super().execute_sql, sql, params)

    def begin(self, *args, **kwargs):
        return self._reconnecting(super().begin, *args, **kwargs)

    def _reconnecting(self, func, *args, **kwargs):
        try:
            return func(*args, **kwargs)
        except (OperationalError, InterfaceError):
            if self.in_transaction() or not self.connection_lost():
                raise
            self.reset_connection()
            return func(*args, **kwargs)

    def connection_lost(self) -> bool:
        conn = self._state.conn
        return conn is not None and bool(conn.closed)

    def reset_connection(self) -> None:
        """Forget the dead connection; the next statement opens a new one."""
        try:
            self.close()
        except Exception:  # closing a dead connection may fail; it is gone either way
            self.dispose()
