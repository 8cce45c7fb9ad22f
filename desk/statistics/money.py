"""Money granted in a period, and the received/closed/on-time series for the charts."""

import datetime
from decimal import Decimal

from desk.models import Staff
from desk.statistics import query
from desk.statistics.periods import Period
from desk.statistics.types import MoneyBreakdown, SeriesPoint
from desk.storage import db


def money(period: Period, staff_id: int | None) -> MoneyBreakdown:
    """Remedies of the complaints received in the period whose customer agreed (the same
    money as the table's column), by remedy kind and by handling clerk; and the grants
    clerks made on their own in the period, for the after-the-fact review."""
    return finish(period, staff_id, part(period, staff_id))


def part(period: Period, staff_id: int | None) -> dict[tuple, Decimal]:
    """(remedy kind, handling clerk) -> money granted: what adds up across periods."""
    where = query.cohort(period.start, period.end, staff_id)
    # The granted condition inside the sum, not in WHERE (see table._minutes).
    granted = (f"SUM(CASE WHEN cc.judgment = 'founded'"
               f" AND c.status IN ({query.in_list(query.GRANTED_STATES)}) THEN r.amount END)")
    remedies = f"{query.FROM} JOIN remedy r ON r.complaint_id = c.id"
    clerk = query.GROUP_KEYS["clerk"]
    return {(kind, clerk_id): query.decimal(total) for kind, clerk_id, total in query.rows(
            f"SELECT r.kind, {clerk}, {granted} {remedies} WHERE {where.sql}"
            f" GROUP BY r.kind, {clerk}", where.params) if total is not None}


def finish(period: Period, staff_id: int | None, pairs: dict[tuple, Decimal]) -> MoneyBreakdown:
    # One pass by (remedy kind, clerk); the two breakdowns are its sums.
    by_remedy: dict[str, Decimal] = {}
    by_clerk_sum: dict[int, Decimal] = {}
    for (kind, clerk_id), amount in sorted(pairs.items(), key=lambda p: (p[0][0], p[0][1] or 0)):
        if amount:
            by_remedy[kind] = by_remedy.get(kind, Decimal("0.00")) + amount
            by_clerk_sum[clerk_id] = by_clerk_sum.get(clerk_id, Decimal("0.00")) + amount
    by_remedy = dict(sorted(by_remedy.items()))
    sums = list(by_clerk_sum.items())
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)
             .where(Staff.id.in_([k for k, _ in sums]))} if sums else {}
    by_clerk = sorted(((k, names.get(k, ""), v) for k, v in sums),
                      key=lambda row: (-row[2], row[1]))
    return MoneyBreakdown(by_remedy=by_remedy, by_clerk=by_clerk,
                          own_grants=own_grants(period, staff_id),
                          total=sum(by_remedy.values(), Decimal("0.00")))


def own_grants(period: Period, staff_id: int | None) -> list[tuple]:
    """(complaint id, number, clerk's name, total, reviewed) of grants within a clerk's own
    limit made in the period (desk.resolution.approval's GrantReview rows)."""
    p = query.param()
    sql = ("SELECT g.complaint_id, c.number, s.name, g.total, g.reviewed_at IS NOT NULL"
           " FROM grant_review g JOIN complaint c ON c.id = g.complaint_id"
           " JOIN staff s ON s.id = g.granted_by_id"
           f" WHERE g.granted_at >= {p} AND g.granted_at < {p}")
    params: tuple = (period.start, period.end)
    if staff_id is not None:
        sql += f" AND g.granted_by_id = {p}"
        params += (staff_id,)
    return [(cid, number, name, query.decimal(total), bool(reviewed))
            for cid, number, name, total, reviewed
            in query.rows(sql + " ORDER BY g.granted_at, g.id", params)]


def series(period: Period, step: str, staff_id: int | None,
           now: datetime.datetime) -> list[SeriesPoint]:
    """Per day (or per week from Monday) of the period: complaints received, closed, and the
    on-time rate of the founded complaints received that day whose answer is decided."""
    if step not in ("day", "week"):
        raise ValueError(f"unknown step: {step}")
    return finish_series(period, step, days(period, staff_id, now))


def days(period: Period, staff_id: int | None, now: datetime.datetime) -> dict[str, list[int]]:
    """ISO day -> [received, closed, on time, overdue] of the days with any: what adds up
    across periods."""
    backend = db.backend()
    f = query.figure_conditions(now)
    cohort = query.cohort(period.start, period.end, staff_id)
    day = backend.day_of("c.received_at")
    found: dict[str, list[int]] = {}
    for k, received, on_time, overdue in query.rows(
            f"SELECT {day}, COUNT(*), SUM(CASE WHEN {f['on_time']} THEN 1 ELSE 0 END),"
            f" SUM(CASE WHEN {f['overdue']} THEN 1 ELSE 0 END) {query.FROM}"
            f" WHERE {cohort.sql} GROUP BY {day}", cohort.params):
        found[str(k)] = [int(received or 0), 0, int(on_time or 0), int(overdue or 0)]
    p = query.param()
    closed_where = query.scoped(query.Where(
        f"c.closed_at >= {p} AND c.closed_at < {p}", (period.start, period.end)), staff_id)
    closed_day = backend.day_of("c.closed_at")
    for k, closed in query.rows(
            f"SELECT {closed_day}, COUNT(*) FROM complaint c"
            f" WHERE {closed_where.sql} GROUP BY {closed_day}", closed_where.params):
        found.setdefault(str(k), [0, 0, 0, 0])[1] = int(closed or 0)
    return found


def finish_series(period: Period, step: str, found: dict[str, list[int]]) -> list[SeriesPoint]:
    buckets: dict[datetime.date, list[int]] = {}
    day_no = period.start.date()
    while day_no <= period.last_day:
        bucket = day_no - datetime.timedelta(days=day_no.weekday()) if step == "week" else day_no
        totals = buckets.setdefault(bucket, [0, 0, 0, 0])
        for i, value in enumerate(found.get(day_no.isoformat(), (0, 0, 0, 0))):
            totals[i] += value
        day_no += datetime.timedelta(days=1)
    return [SeriesPoint(day=d, received=t[0], closed=t[1],
                        on_time_rate=t[2] / (t[2] + t[3]) if t[2] + t[3] else None)
            for d, t in buckets.items()]
