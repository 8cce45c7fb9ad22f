"""Closed months pre-aggregated (issue 20): build them, and know which are still right.

A month's aggregates are the parts of desk.statistics.table, rates, money and series
(everything that adds up across periods) for that calendar month, unscoped, computed by
the same code from the complaints themselves and kept in the stats_* tables (migration
0016). The handling minutes are kept exactly (stats_minutes), with their counts per hour
(stats_hours), so that a median read from them is the one computed from the complaints.

Which months are still right: triggers on complaint, complaint_case, remedy,
written_reply and callback append the months a change moves to stats_touch in the
change's own transaction (received, closed and callback months, old and new values).
refresh() turns those marks into stale months (a complaint of month X is a repeat's
predecessor up to repeat_days later, so X's mark makes the following months stale too)
and rebuilds exactly the months asked for that are stale, never built, built by another
version or with another repeat_days, or built with a `now` on the other side of an
unanswered complaint's deadline (the overdue figure is the only one that moves with time).
"""

import datetime

from desk import settings
from desk.models import AGGREGATE_TABLES
from desk.statistics import money, query, rates, table
from desk.statistics.periods import Period
from desk.statistics.types import FIGURES, GROUPINGS
from desk.storage import db

# Bump when the definition of a figure changes: every month is then built again.
VERSION = 1
# A month's rows in every table but the marks (desk.models.AGGREGATE_TABLES).
TABLES = tuple(t for t in AGGREGATE_TABLES if t != "stats_touch")
# The groupings whose keys are ids (kept as text in the aggregates).
INT_KEYS = ("department", "clerk")
_LOCK_KEY = 7_202_612  # PostgreSQL: one desk builds months at a time


def month_key(day: datetime.date | datetime.datetime) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_period(key: str) -> Period:
    year, month = int(key[:4]), int(key[5:7])
    start = datetime.datetime(year, month, 1)
    end = datetime.datetime(year + month // 12, month % 12 + 1, 1)
    return Period(start, end)


def whole_months(period: Period, now: datetime.datetime) -> tuple[list[str], list[Period]]:
    """(the calendar months inside the period that ended by now, the rest of the period
    as at most two spans before and after them)."""
    months: list[str] = []
    start = datetime.datetime(period.start.year, period.start.month, 1)
    if start < period.start:
        start = month_period(month_key(start)).end
    first = start
    while True:
        span = month_period(month_key(start))
        if span.end > period.end or span.end > now:
            break
        months.append(month_key(start))
        start = span.end
    if not months:
        return [], [period]
    edges = [Period(period.start, first), Period(start, period.end)]
    return months, [e for e in edges if e.start < e.end]


def key_text(value) -> str | None:
    return None if value is None else str(value)


def key_value(group_by: str, text):
    if text is None:
        return None
    return int(text) if group_by in INT_KEYS else str(text)


# -- which months are right -------------------------------------------------------------

def refresh(months: list[str], now: datetime.datetime) -> None:
    """Make the aggregates of these months right for `now`: take the marks of the
    changes since, then rebuild the months that need it, one transaction each."""
    if not months:
        return
    repeat_days = _repeat_days()
    with db.write_transaction():
        _lock()
        _take_marks(repeat_days)
    for month in months:
        if _needs_build(month, now, repeat_days):
            with db.write_transaction():
                _lock()
                if _needs_build(month, now, repeat_days):  # another desk may have built it
                    build(month, now, repeat_days)


def _repeat_days() -> int:
    return int(settings.get("repeat_days") or 30)


def _lock() -> None:
    if db.backend().name == "postgresql":
        query.rows("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))


def _take_marks(repeat_days: int) -> None:
    """The months touched since the last look become stale, with the months whose repeat
    complaints they may hold; the marks seen are removed (not one added meanwhile)."""
    p = query.param()
    for month, last_id in query.rows("SELECT month, MAX(id) FROM stats_touch GROUP BY month"):
        span = month_period(str(month).strip())
        until = month_key(span.end - datetime.timedelta(microseconds=1)
                          + datetime.timedelta(days=repeat_days))
        _execute(f"UPDATE stats_month SET stale = 1 WHERE month >= {p} AND month <= {p}",
                 (month_key(span.start), until))
        _execute(f"DELETE FROM stats_touch WHERE month = {p} AND id <= {p}", (month, last_id))


def _needs_build(month: str, now: datetime.datetime, repeat_days: int) -> bool:
    p = query.param()
    found = query.rows("SELECT version, repeat_days, stale, pending_before, pending_after"
                       f" FROM stats_month WHERE month = {p}", (month,))
    if not found:
        return True
    version, days, stale, before, after = found[0]
    if version != VERSION or days != repeat_days or stale:
        return True
    # The SQL compares deadlines with `now` to the second (query.literal).
    moment = now.replace(microsecond=0)
    return not ((before is None or _moment(before) < moment)
                and (after is None or moment <= _moment(after)))


def _moment(value) -> datetime.datetime:
    if isinstance(value, datetime.datetime):
        return value
    return datetime.datetime.fromisoformat(str(value))


def _execute(sql: str, params: tuple = ()) -> None:
    db.backend().db.execute_sql(sql, params)


def _insert(table_name: str, columns: tuple, rows: list) -> None:
    if not rows:
        return
    p = query.param()
    marks = "(" + ", ".join([p] * len(columns)) + ")"
    per = max(1, 900 // len(columns))  # SQLite's parameter limit, both databases' speed
    for i in range(0, len(rows), per):
        chunk = rows[i:i + per]
        _execute(f"INSERT INTO {table_name} ({', '.join(columns)}) VALUES "
                 + ", ".join([marks] * len(chunk)), tuple(v for row in chunk for v in row))


# -- building one month -----------------------------------------------------------------

def build(month: str, now: datetime.datetime, repeat_days: int) -> None:
    """Replace the month's aggregates by the parts computed from its complaints."""
    span = month_period(month)
    p = query.param()
    for name in TABLES:
        _execute(f"DELETE FROM {name} WHERE month = {p}", (month,))
    for group_by in GROUPINGS:
        grouped, _ = table.part(span, group_by, None, now, with_minutes=False)
        _insert("stats_cell", ("month", "grp", "k", *FIGURES, "money"),
                [(month, group_by, key_text(k), *v[:-1], str(v[-1])) for k, v in grouped.items()])
    _build_minutes(month, span)
    counts, missed = rates.part(span, None, now)
    _insert("stats_count", ("month", "name", "n"), [(month, k, v) for k, v in counts.items()])
    _insert("stats_missed", ("month", "complaint_id"), [(month, cid) for cid in missed])
    _insert("stats_money", ("month", "kind", "clerk", "amount"),
            [(month, kind, clerk, str(amount))
             for (kind, clerk), amount in money.part(span, None).items()])
    _insert("stats_day", ("day", "month", "received", "closed", "on_time", "overdue"),
            [(day, month, *values) for day, values in money.days(span, None, now).items()])
    before, after = _pending(span, now)
    _insert("stats_month", ("month", "version", "repeat_days", "built_now", "pending_before",
                            "pending_after", "stale"),
            [(month, VERSION, repeat_days, now.replace(microsecond=0), before, after, 0)])


def _build_minutes(month: str, span: Period) -> None:
    """Every closed complaint's handling minutes with its keys, counted (exact), then per
    grouping and key by hour: the hour of a minute is floor(minute / 60) (the CASE keeps
    negative minutes, closed before received, in the hour Python's // gives)."""
    where = query.cohort(span.start, span.end, None)
    minutes = db.backend().minutes_between("c.received_at", "c.closed_at")
    keys = ", ".join(f"CAST({query.GROUP_KEYS[g]} AS TEXT) AS {g}" for g in GROUPINGS)
    names = ", ".join(GROUPINGS)
    p = query.param()
    _execute(f"INSERT INTO stats_minutes (month, bucket, minute, {names}, n)"
             f" SELECT {p}, CASE WHEN x.m >= 0 THEN x.m / 60 ELSE -((59 - x.m) / 60) END,"
             f" x.m, {', '.join('x.' + g for g in GROUPINGS)}, COUNT(*)"
             # closed in the CASE, not in WHERE (see table._minutes)
             f" FROM (SELECT CASE WHEN c.status = 'closed' THEN {minutes} END AS m, {keys}"
             f" {query.FROM} WHERE {where.sql}) x WHERE x.m IS NOT NULL"
             f" GROUP BY x.m, {', '.join('x.' + g for g in GROUPINGS)}",
             (month, *where.params))
    for group_by in GROUPINGS:
        _execute(f"INSERT INTO stats_hours (month, grp, k, bucket, n)"
                 f" SELECT month, {p}, {group_by}, bucket, SUM(n) FROM stats_minutes"
                 f" WHERE month = {p} GROUP BY month, {group_by}, bucket", (group_by, month))


def _pending(span: Period, now: datetime.datetime) -> tuple:
    """The latest deadline before now and the earliest from now of the month's founded
    complaints not answered: until one of them is passed, the overdue figures stand."""
    where = query.cohort(span.start, span.end, None)
    moment = query.literal(now)
    (before, after), = query.rows(
        f"SELECT MAX(CASE WHEN c.deadline < {moment} THEN c.deadline END),"
        f" MIN(CASE WHEN c.deadline >= {moment} THEN c.deadline END) {query.FROM}"
        f" WHERE {where.sql} AND cc.judgment = 'founded' AND c.deadline IS NOT NULL"
        " AND cc.answered_at IS NULL", where.params)
    return before, after
