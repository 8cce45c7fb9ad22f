"""A store on SQLite feeds the head office by a nightly mirror: `desk chain append`."""

import json
from collections.abc import Callable

from desk.chain import stores
from desk.chain.stores import ChainError, ensure_database
from desk.storage import db, dbcopy


def store_code(store_url: str) -> str:
    source = db.open_database(store_url)
    source.connect()
    try:
        row = source.execute_sql("SELECT value FROM setting WHERE key = 'store_code'").fetchone()
    finally:
        source.close()
    if not row or not json.loads(row[0]):
        raise ChainError("the store's database has no store code: set the store up first")
    return json.loads(row[0])


def append(store_url: str, head_url: str,
           progress: Callable[[str], None] = lambda text: None) -> dbcopy.CopyReport:
    """Mirror the store into its database at the head office (made on the first run).
    Idempotent: a second run the same night changes nothing."""
    code = store_code(store_url)
    target = ensure_database(head_url, code)
    report = dbcopy.copy_store(store_url, target, append=True, progress=progress)
    progress("building the statistics' months the night's changes moved")
    stores.refresh(stores.Store(code, code, stores.database_name(code), target))
    return report
