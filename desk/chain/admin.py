"""Statements a head office or a store server runs outside any transaction
(CREATE DATABASE, CREATE SUBSCRIPTION): a plain psycopg2 connection in autocommit."""

from contextlib import contextmanager

from playhouse import db_url
from psycopg2 import sql

from desk.storage import db

Identifier = sql.Identifier
SQL = sql.SQL
Literal = sql.Literal


def with_database(url: str, database: str) -> str:
    """The same server and user as url, another database."""
    head, _, rest = url.partition("://")
    location, _, query = rest.partition("?")
    server = location.split("/", 1)[0]
    return f"{head}://{server}/{database}" + (f"?{query}" if query else "")


@contextmanager
def autocommit(url: str):
    import psycopg2

    params = {k: v for k, v in db_url.parse(url).items() if v is not None}
    params["dbname"] = params.pop("database", "postgres")
    params.setdefault("connect_timeout", db.POSTGRES_DEFAULTS["connect_timeout"])
    connection = psycopg2.connect(**params)
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            yield cursor
    finally:
        connection.close()


def conninfo(url: str) -> str:
    """libpq's key=value form of a postgresql:// URL (what CREATE SUBSCRIPTION takes)."""
    params = db_url.parse(url)
    keys = {"host": params.get("host"), "port": params.get("port"),
            "dbname": params.get("database"), "user": params.get("user"),
            "password": params.get("password")}
    return " ".join(f"{k}={_quote(str(v))}" for k, v in keys.items() if v)


def _quote(value: str) -> str:
    if value and all(c.isalnum() or c in "._-/" for c in value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
