"""The stores a head office holds: one database each, `desk_store_<code>`."""

import json
import re
from dataclasses import dataclass

from desk.chain.admin import SQL, Identifier, autocommit, with_database
from desk.storage import db

PREFIX = "desk_store_"
CODE = re.compile(r"[A-Za-z0-9_]{1,20}")


class ChainError(Exception):
    """A chain command that cannot go on; the message says why and what to do."""


@dataclass(frozen=True)
class Store:
    code: str
    name: str
    database: str
    url: str  # the head office's URL of the store's database


def database_name(code: str) -> str:
    if not CODE.fullmatch(code or ""):
        raise ChainError(f"a store code is 1-20 letters, digits or _: {code!r}")
    return PREFIX + code.lower()


def ensure_database(head_url: str, code: str) -> str:
    """The store's database at the head office, created (with desk's schema) if missing;
    its URL."""
    name = database_name(code)
    with autocommit(head_url) as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
        if cursor.fetchone() is None:
            cursor.execute(SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0")
                           .format(Identifier(name)))
    url = with_database(head_url, name)
    store = db.open_database(url)
    store.connect()
    try:
        db.migration_runner(store).up()
    finally:
        store.close()
    return url


def stores(head_url: str) -> list[Store]:
    """Every store database on the head office's server, by code, with the store's name
    as its own settings say."""
    with autocommit(head_url) as cursor:
        cursor.execute("SELECT datname FROM pg_database WHERE datname LIKE %s ORDER BY 1",
                       (PREFIX.replace("_", r"\_") + "%",))
        names = [row[0] for row in cursor.fetchall()]
    found = []
    for name in names:
        url = with_database(head_url, name)
        with autocommit(url) as cursor:
            cursor.execute("SELECT key, value FROM setting WHERE key IN "
                           "('store_code', 'store_name')")
            settings = {k: json.loads(v) for k, v in cursor.fetchall()}
        code = settings.get("store_code") or name.removeprefix(PREFIX).upper()
        found.append(Store(code, settings.get("store_name") or code, name, url))
    return found


def grant_reader(head_url: str, role: str, password: str | None = None) -> None:
    """A role that may read every store database and write none (the head office's
    statistics sign in with it). Run again after a store joins: it grants that one too."""
    with autocommit(head_url) as cursor:
        cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
        if cursor.fetchone() is None:
            cursor.execute(SQL("CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE")
                           .format(Identifier(role)))
        if password:
            cursor.execute(SQL("ALTER ROLE {} PASSWORD %s").format(Identifier(role)),
                           (password,))
    for store in stores(head_url):
        with autocommit(store.url) as cursor:
            who = Identifier(role)
            cursor.execute(SQL("GRANT CONNECT ON DATABASE {} TO {}")
                           .format(Identifier(store.database), who))
            cursor.execute(SQL("GRANT USAGE ON SCHEMA public TO {}").format(who))
            cursor.execute(SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}").format(who))
            cursor.execute(SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON "
                               "TABLES TO {}").format(who))


def refresh(store: Store) -> int:
    """Build the store database's statistics aggregates for every month the marks say
    moved (as a role that may write: the head office's readers cannot); the months."""
    import datetime

    from desk.statistics import aggregates, periods

    db.connect(store.url, migrate=False)
    try:
        now = datetime.datetime.now()
        first = db.current().db.execute_sql("SELECT MIN(received_at) FROM complaint").fetchone()[0]
        if first is None:
            return 0
        if not isinstance(first, datetime.datetime):  # SQLite hands back text
            first = datetime.datetime.fromisoformat(str(first))
        months = aggregates.whole_months(periods.Period(first, now), now)[0]
        aggregates.refresh(months, now)
        return len(months)
    finally:
        db.close()
