"""Pre-aggregated statistics of whole months (issue 20), and triggers that say which months
a change touched.

The aggregate tables are derived data, rebuilt by desk.statistics.aggregates for exactly
the months touched; this step creates them empty, so the months of an upgraded database
are built lazily, each the first time a statistic needs it. The triggers append the month
(text 'YYYY-MM' of store-local time) of every received, closed and callback moment a
row change moves to `stats_touch`, in the transaction of the change itself: every write
path (the domain, a db copy, a test's plain UPDATE) is seen. Plain SQL, as frozen here.
"""

from peewee import PostgresqlDatabase

TABLES = (
    # months touched since their aggregates were built (appended by the triggers below)
    "CREATE TABLE stats_touch (id {serial} PRIMARY KEY, month CHAR(7) NOT NULL)",
    # one row per built month: what it was built with, and the rates' parts
    "CREATE TABLE stats_month (month CHAR(7) PRIMARY KEY, version INTEGER NOT NULL,"
    " repeat_days INTEGER NOT NULL, built_now TIMESTAMP NOT NULL,"
    " pending_before TIMESTAMP NULL, pending_after TIMESTAMP NULL,"
    " stale SMALLINT NOT NULL DEFAULT 0)",
    "CREATE TABLE stats_count (month CHAR(7) NOT NULL, name VARCHAR(40) NOT NULL,"
    " n BIGINT NOT NULL)",
    # the classification table's figures per grouping and key of the month's complaints
    "CREATE TABLE stats_cell (month CHAR(7) NOT NULL, grp VARCHAR(16) NOT NULL,"
    " k VARCHAR(80) NULL, received INTEGER NOT NULL, complaints INTEGER NOT NULL,"
    " inquiries INTEGER NOT NULL, founded INTEGER NOT NULL, not_founded INTEGER NOT NULL,"
    " refused INTEGER NOT NULL, closed INTEGER NOT NULL, still_open INTEGER NOT NULL,"
    " on_time INTEGER NOT NULL, overdue INTEGER NOT NULL, reopened INTEGER NOT NULL,"
    " reassigned INTEGER NOT NULL, awaiting_reply INTEGER NOT NULL, money DECIMAL(14, 2))",
    # handling minutes of the month's closed complaints with every grouping key (exact),
    # and per grouping and key by hour (to find the hour that holds a median)
    "CREATE TABLE stats_minutes (month CHAR(7) NOT NULL, bucket INTEGER NOT NULL,"
    " minute INTEGER NOT NULL, category VARCHAR(32) NULL, channel VARCHAR(16) NULL,"
    " department VARCHAR(20) NULL, cause VARCHAR(32) NULL, product VARCHAR(80) NULL,"
    " brand VARCHAR(80) NULL, clerk VARCHAR(20) NULL, n INTEGER NOT NULL)",
    "CREATE TABLE stats_hours (month CHAR(7) NOT NULL, grp VARCHAR(16) NOT NULL,"
    " k VARCHAR(80) NULL, bucket INTEGER NOT NULL, n INTEGER NOT NULL)",
    # received (with on time, overdue) and closed per day
    "CREATE TABLE stats_day (day CHAR(10) PRIMARY KEY, month CHAR(7) NOT NULL,"
    " received INTEGER NOT NULL, on_time INTEGER NOT NULL, overdue INTEGER NOT NULL,"
    " closed INTEGER NOT NULL)",
    "CREATE TABLE stats_money (month CHAR(7) NOT NULL, kind VARCHAR(24) NOT NULL,"
    " clerk INTEGER NULL, amount DECIMAL(14, 2) NOT NULL)",
    # members' founded complaints closed in the month that no callback reached
    "CREATE TABLE stats_missed (month CHAR(7) NOT NULL, complaint_id INTEGER NOT NULL)",
    "CREATE INDEX ix_stats_count ON stats_count (month)",
    "CREATE INDEX ix_stats_cell ON stats_cell (grp, month)",
    "CREATE INDEX ix_stats_minutes ON stats_minutes (bucket, month)",
    "CREATE INDEX ix_stats_minutes_month ON stats_minutes (month)",
    "CREATE INDEX ix_stats_hours ON stats_hours (grp, month)",
    "CREATE INDEX ix_stats_day ON stats_day (month)",
    "CREATE INDEX ix_stats_money ON stats_money (month)",
    "CREATE INDEX ix_stats_missed ON stats_missed (month)",
)

# table -> the moments of one row whose months it moves (SQL on the row, NEW or OLD)
_COMPLAINT = ("{r}.received_at", "{r}.closed_at")
_OF_COMPLAINT = ("(SELECT c.received_at FROM complaint c WHERE c.id = {r}.complaint_id)",
                 "(SELECT c.closed_at FROM complaint c WHERE c.id = {r}.complaint_id)")
WATCHED = {
    "complaint": _COMPLAINT,
    "complaint_case": _OF_COMPLAINT,
    "remedy": _OF_COMPLAINT,
    "written_reply": _OF_COMPLAINT,
    "callback": ("{r}.done_at",) + _OF_COMPLAINT,
}


def _sqlite(db) -> None:
    # One writer at a time on SQLite: a month is marked once (the unique index).
    db.execute_sql("CREATE UNIQUE INDEX ux_stats_touch ON stats_touch (month)")
    for table, moments in WATCHED.items():
        for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")),
                            ("DELETE", ("OLD",))):
            inserts = " ".join(
                "INSERT OR IGNORE INTO stats_touch (month)"
                f" SELECT substr(m, 1, 7) FROM (SELECT {m.format(r=r)} AS m) WHERE m IS NOT NULL;"
                for r in rows for m in moments)
            db.execute_sql(f"CREATE TRIGGER stats_touch_{table}_{event.lower()} AFTER {event}"
                           f" ON {table} FOR EACH ROW BEGIN {inserts} END")


def _postgres(db) -> None:
    # Desks write at once: each change appends its own mark (no row to wait on), so a
    # rebuild that removes the marks it has seen cannot remove one it has not.
    db.execute_sql("CREATE INDEX ix_stats_touch ON stats_touch (month, id)")
    for table, moments in WATCHED.items():
        def marks(r, moments=moments):
            values = ", ".join(f"({m.format(r=r)})" for m in moments)
            return ("INSERT INTO stats_touch (month) SELECT to_char(m, 'YYYY-MM')"
                    f" FROM (VALUES {values}) AS v(m) WHERE m IS NOT NULL;")
        db.execute_sql(
            f"CREATE FUNCTION stats_touch_{table}() RETURNS trigger LANGUAGE plpgsql AS $$"
            f" BEGIN IF TG_OP <> 'INSERT' THEN {marks('OLD')} END IF;"
            f" IF TG_OP <> 'DELETE' THEN {marks('NEW')} END IF; RETURN NULL; END $$")
        db.execute_sql(f"CREATE TRIGGER stats_touch_{table} AFTER INSERT OR UPDATE OR DELETE"
                       f" ON {table} FOR EACH ROW EXECUTE FUNCTION stats_touch_{table}()")


def up(migrator, db):
    postgres = isinstance(db, PostgresqlDatabase)
    for statement in TABLES:
        db.execute_sql(statement.format(serial="SERIAL" if postgres else "INTEGER"))
    (_postgres if postgres else _sqlite)(db)
