"""A store on PostgreSQL feeds the head office through logical replication.

On the store's server, `publish` makes the publication `desk_chain` of every desk table
with a primary key (the number sequences have none, and the head office needs none of
them; a table without a key in a publication would refuse the store's UPDATEs) and a
role the head office connects as. At the head office, `subscribe` makes the store's
database with desk's schema, empties it and subscribes: PostgreSQL copies the tables,
then streams every change as it commits. Both are safe to run again, and must be after
an upgrade adds tables (upgrade the head office first: it takes new columns unused).
"""

from desk.chain.admin import SQL, Identifier, autocommit, conninfo
from desk.chain.stores import ChainError, ensure_database
from desk.models import AGGREGATE_TABLES

PUBLICATION = "desk_chain"
MIGRATION_TABLE = "schema_migration"


def _keyed_tables(cursor) -> list[str]:
    cursor.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> %s"
        " AND EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = c.oid"
        " AND k.contype = 'p') ORDER BY 1", (MIGRATION_TABLE,))
    # The statistics' aggregates are each database's own: the head office builds its
    # copy's from the rows that arrive (its triggers mark the months they move).
    return [row[0] for row in cursor.fetchall() if row[0] not in AGGREGATE_TABLES]


def _fire_triggers_on_replicated_rows(cursor) -> None:
    """A subscription applies rows with triggers off; the ones that mark the months a
    change moves (desk.statistics.aggregates) must fire for them too, and find their
    tables under the apply worker's empty search_path."""
    cursor.execute("SELECT c.relname, t.tgname, p.proname FROM pg_trigger t"
                   " JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid"
                   " WHERE NOT t.tgisinternal AND t.tgname LIKE %s", ("stats\\_touch%",))
    for table, trigger, function in cursor.fetchall():
        cursor.execute(SQL("ALTER FUNCTION {}() SET search_path = public").format(
            Identifier(function)))
        cursor.execute(SQL("ALTER TABLE {} ENABLE ALWAYS TRIGGER {}").format(
            Identifier(table), Identifier(trigger)))


def publish(store_url: str, feed_role: str = "desk_chain_feed",
            feed_password: str | None = None) -> list[str]:
    """The publication on the store's database and the role the head office reads it
    with (REPLICATION, SELECT on the published tables); the tables published."""
    with autocommit(store_url) as cursor:
        cursor.execute("SHOW wal_level")
        if cursor.fetchone()[0] != "logical":
            raise ChainError("the store's PostgreSQL does not keep a logical change log: set "
                             "wal_level = logical in postgresql.conf and restart it")
        tables = _keyed_tables(cursor)
        if not tables:
            raise ChainError("the store's database holds no desk tables: start desk on it once")
        listed = SQL(", ").join(Identifier(t) for t in tables)
        cursor.execute("SELECT 1 FROM pg_publication WHERE pubname = %s", (PUBLICATION,))
        verb = "ALTER PUBLICATION {} SET TABLE {}" if cursor.fetchone() else \
            "CREATE PUBLICATION {} FOR TABLE {}"
        cursor.execute(SQL(verb).format(Identifier(PUBLICATION), listed))
        cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (feed_role,))
        role = Identifier(feed_role)
        if cursor.fetchone() is None:
            cursor.execute(SQL("CREATE ROLE {} LOGIN REPLICATION").format(role))
        if feed_password:
            cursor.execute(SQL("ALTER ROLE {} PASSWORD %s").format(role), (feed_password,))
        cursor.execute(SQL("GRANT SELECT ON {} TO {}").format(listed, role))
    return tables


def subscription_name(code: str) -> str:
    return f"desk_chain_{code.lower()}"


def subscribe(head_url: str, code: str, publisher_url: str) -> str:
    """The store's database at the head office, fed from the store's publication;
    its URL. publisher_url: the store's database as the head office reaches it, as the
    feed role (postgresql://desk_chain_feed:password@store-host/desk)."""
    url = ensure_database(head_url, code)
    name = Identifier(subscription_name(code))
    with autocommit(url) as cursor:
        _fire_triggers_on_replicated_rows(cursor)
        cursor.execute("SELECT 1 FROM pg_subscription WHERE subname = %s",
                       (subscription_name(code),))
        if cursor.fetchone():  # again: tables a later step added come along
            cursor.execute(SQL("ALTER SUBSCRIPTION {} REFRESH PUBLICATION").format(name))
            return url
        # The schema's own first rows (settings, departments) would clash with the store's;
        # the aggregates are built again from the rows that come.
        tables = _keyed_tables(cursor) + list(AGGREGATE_TABLES)
        cursor.execute(SQL("TRUNCATE {} CASCADE").format(
            SQL(", ").join(Identifier(t) for t in tables)))
        cursor.execute(SQL("CREATE SUBSCRIPTION {} CONNECTION {} PUBLICATION {}").format(
            name, SQL("%s"), Identifier(PUBLICATION)), (conninfo(publisher_url),))
    return url


def is_ready(store_url: str, code: str) -> bool:
    """Has the subscription copied every table (and streams from now on)?"""
    with autocommit(store_url) as cursor:
        cursor.execute("SELECT count(*) FILTER (WHERE r.srsubstate <> 'r'), count(*)"
                       " FROM pg_subscription s JOIN pg_subscription_rel r ON r.srsubid = s.oid"
                       " WHERE s.subname = %s", (subscription_name(code),))
        waiting, total = cursor.fetchone()
    return total > 0 and waiting == 0
