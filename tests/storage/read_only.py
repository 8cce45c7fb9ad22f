"""Turn the database read-only for this thread's connection, the way it happens to a desk:
SQLite answers SQLITE_READONLY (as for a write-protected file), PostgreSQL 25006 (as a
standby or a database set to default_transaction_read_only)."""

from contextlib import contextmanager

from desk.storage import db

_SWITCH = {"sqlite": "PRAGMA query_only = {on}",
           "postgresql": "SET SESSION default_transaction_read_only = {on}"}


@contextmanager
def read_only_database():
    database = db.current().db
    switch = _SWITCH[db.current().backend.name]
    database.execute_sql(switch.format(on="on"))
    try:
        yield
    finally:
        database.execute_sql(switch.format(on="off"))
