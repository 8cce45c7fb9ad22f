"""One database object for the whole program, configured once from a URL.

`connect()` opens SQLite or PostgreSQL through peewee's db_url, binds the models'
proxy, picks the matching backend (desk.storage.backends) and brings the schema up to date
with the numbered migrations.
"""

from dataclasses import dataclass
from pathlib import Path

from peewee import Database
from playhouse import db_url
from playhouse.migrations import Runner

from desk import config
from desk.models import database
from desk.storage.backends import Backend, backend_for
from desk.storage.backends.postgres import ReconnectingPostgresqlDatabase
from desk.storage.backends.sqlite import SqliteBackend

# peewee's Runner globs a folder of .py files: the package's own, found through
# importlib.resources (a PyInstaller bundle collects them as data files).
MIGRATIONS_DIR = config.shipped_path("desk.models.migrations")


class DatabaseUnavailable(Exception):
    """The database cannot be opened: missing, locked, read-only or unreachable."""


class SchemaBehind(DatabaseUnavailable):
    """The schema needs steps this connection may not take (a desk's least-privilege
    role on a shared server): the owner must run `desk server upgrade` first."""

    def __init__(self, pending: list[str]):
        super().__init__(f"the database needs {len(pending)} schema step(s) this desk may not "
                         f"make ({', '.join(pending)}): run desk server upgrade")
        self.pending = pending


@dataclass
class Connection:
    url: str
    db: Database
    backend: Backend


_current: Connection | None = None


# A server that does not answer (cable pulled) is noticed in seconds, not minutes;
# a URL may set other values (?connect_timeout=20).
# The statistics' queries run a few hundred milliseconds: compiling them (JIT) costs
# more than it saves, and their sorts fit in memory with a little more than the default.
POSTGRES_DEFAULTS = {"connect_timeout": 5, "keepalives": 1, "keepalives_idle": 10,
                     "keepalives_interval": 5, "keepalives_count": 3,
                     "options": "-c jit=off -c work_mem=32MB -c random_page_cost=1.1"}


def open_database(url: str, password: str | None = None) -> Database:
    """A peewee database for the URL, with the per-database settings applied.

    A password (from desk.storage.secrets) goes to the driver, never into the URL.
    """
    path = config.sqlite_path(url)
    if path is not None:
        # The path as written, not through urlparse: a `#` or `?` in a folder name
        # (legal on Windows and Linux) would otherwise cut it short.
        db = db_url.schemes["sqlite"](path, pragmas=SqliteBackend.PRAGMAS, timeout=10)
    elif url.startswith("sqlite"):
        db = db_url.connect(url, pragmas=SqliteBackend.PRAGMAS, timeout=10)
    elif url.split(":", 1)[0] in ("postgres", "postgresql"):
        # A password or name in the URL is percent-encoded, as in libpq's own URLs.
        params = {**POSTGRES_DEFAULTS,
                  **db_url.parse(url, unquote_password=True, unquote_user=True)}
        if password:
            params["password"] = password
        db = ReconnectingPostgresqlDatabase(**params)
    else:
        db = db_url.connect(url)
    return db


def migration_runner(db: Database) -> Runner:
    return Runner(db, str(MIGRATIONS_DIR))


def schema_status(db: Database) -> tuple[list[str], list[str]]:
    """(applied, pending) migration names."""
    rows = migration_runner(db).status()
    return [m.name for m in rows if m.applied], [m.name for m in rows if not m.applied]


def connect(url: str, migrate: bool = True, target: str | None = None,
            password: str | None = None) -> Connection:
    """Open the database at url, make it the current one and upgrade its schema."""
    global _current
    close()
    path = config.sqlite_path(url)
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = open_database(url, password)
    try:
        db.connect()
    except Exception as exc:  # the driver's own error says why; keep it
        raise DatabaseUnavailable(str(exc)) from exc
    database.initialize(db)
    _current = Connection(url=url, db=db, backend=backend_for(db))
    if migrate:
        _bring_up_to_date(_current, target)
    return _current


def _bring_up_to_date(connection: Connection, target: str | None) -> None:
    """Run the pending schema steps, if this connection may; nothing pending, no DDL at all
    (a desk's role may not even CREATE TABLE IF NOT EXISTS)."""
    pending = schema_status(connection.db)[1]
    if target is not None and target in pending:
        pending = pending[: pending.index(target) + 1]
    if not pending:
        return
    if not connection.backend.may_change_schema():
        close()
        raise SchemaBehind(pending)
    migration_runner(connection.db).up(target)


def current() -> Connection:
    if _current is None:
        raise DatabaseUnavailable("not connected")
    return _current


def backend() -> Backend:
    return current().backend


def write_transaction():
    return current().backend.write_transaction()


def reconnect() -> None:
    """Drop the current connection (dead or not) and open a new one to the same database.

    Raises the driver's error while the database still cannot be reached.
    """
    db = current().db
    try:
        if not db.is_closed():
            db.close()
    except Exception:  # a dead connection may fail to close: it is gone anyway
        db.dispose()
    db.connect()


def close() -> None:
    global _current
    if _current is not None:
        if not _current.db.is_closed():
            _current.db.close()
        _current = None
