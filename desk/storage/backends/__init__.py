"""What differs between SQLite and PostgreSQL lives here, one module per database.

desk.storage.db picks the backend once, at connection time; the rest of the code talks to
the Backend interface and never asks which database it is on.
"""

from peewee import Database, PostgresqlDatabase, SqliteDatabase

from desk.storage.backends.base import Backend


def backend_for(db: Database) -> Backend:
    if isinstance(db, SqliteDatabase):
        from desk.storage.backends.sqlite import SqliteBackend

        return SqliteBackend(db)
    if isinstance(db, PostgresqlDatabase):
        from desk.storage.backends.postgres import PostgresBackend

        return PostgresBackend(db)
    raise ValueError(f"unsupported database: {type(db).__name__}")


__all__ = ["Backend", "backend_for"]
