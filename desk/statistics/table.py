"""The classification table (《顾客投诉分类统计表》) of the complaints received in a period."""

import datetime
from collections import Counter

from desk.models import Department, Staff
from desk.statistics import query
from desk.statistics.periods import Period
from desk.statistics.types import FIGURES, ClassificationTable, ClassRow
from desk.storage import db


def classification(period: Period, group_by: str, staff_id: int | None,
                   now: datetime.datetime) -> ClassificationTable:
    """From the complaints themselves (desk.statistics.combined adds closed months'
    aggregates to the same parts)."""
    grouped, minutes = part(period, group_by, staff_id, now)
    total: Counter = Counter()
    for counts in minutes.values():
        total.update(counts)
    return finish(period, group_by, grouped, {k: median(c) for k, c in minutes.items()},
                  median(total))


def part(period: Period, group_by: str, staff_id: int | None, now: datetime.datetime,
         with_minutes: bool = True) -> tuple[dict, dict]:
    """(key -> [figure counts in FIGURES order..., money as Decimal], key -> Counter of
    handling minutes of the closed ones): what adds up across periods."""
    if group_by not in query.GROUP_KEYS:
        raise ValueError(f"unknown grouping: {group_by}")
    where = query.cohort(period.start, period.end, staff_id)
    grouped = _figures(query.GROUP_KEYS[group_by], where, now)
    return grouped, _minutes(query.GROUP_KEYS[group_by], where) if with_minutes else {}


def finish(period: Period, group_by: str, grouped: dict, medians: dict,
           total_median: float | None) -> ClassificationTable:
    labels = _labels(group_by, [k for k in grouped])
    rows = [_row(key, labels.get(key, "" if key is None else str(key)), values, medians.get(key))
            for key, values in grouped.items()]
    # Ties (two clerks of one name) by key, so that any order of the parts gives one table.
    rows.sort(key=lambda r: (-r.received, r.label, r.key is not None, str(r.key)))
    # Every complaint is in exactly one row: the total adds the rows up (no second pass).
    total = _row(None, "", [sum(v[i] for v in grouped.values())
                            for i in range(len(FIGURES))]
                 + [sum((v[-1] for v in grouped.values()), query.ZERO)], total_median)
    return ClassificationTable(period=period, group_by=group_by, rows=rows, total=total)


def drill_cell(period: Period, figure: str, group_by: str | None, key, staff_id: int | None,
               now: datetime.datetime) -> list[int]:
    if figure not in FIGURES:
        raise ValueError(f"unknown figure: {figure}")
    where = query.cohort(period.start, period.end, staff_id)
    where = where.and_(query.figure_conditions(now)[figure])
    if group_by is not None:
        where = where.and_(*_key_condition(group_by, key))
    return query.ids(f"SELECT c.id {query.FROM} WHERE {where.sql} ORDER BY c.id", where.params)


def _key_condition(group_by: str, key) -> tuple:
    sql, params = query.key_condition(group_by, key)
    return (sql, *params)


def _figures(key_sql: str, where: query.Where, now) -> dict:
    """key -> [figure counts in FIGURES order..., money] in one GROUP BY pass."""
    conditions = query.figure_conditions(now)
    sums = ", ".join(f"SUM(CASE WHEN {conditions[f]} THEN 1 ELSE 0 END)" for f in FIGURES)
    sql = (f"SELECT {key_sql} AS k, {sums}, SUM({query.MONEY}) {query.FROM}"
           f" WHERE {where.sql} GROUP BY {key_sql}")
    return {row[0]: [int(v or 0) for v in row[1:-1]] + [query.decimal(row[-1])]
            for row in query.rows(sql, where.params)}


def _minutes(key_sql: str, where: query.Where) -> dict:
    """key -> Counter(handling minutes -> complaints) of the closed ones.

    The database counts the closed complaints per key and handling time to the minute
    (a histogram of a few thousand rows however many complaints); the medians are read
    off the counts. One pass serves the rows and the total, and neither database needs a
    percentile function or a sort of every complaint."""
    minutes = db.backend().minutes_between("c.received_at", "c.closed_at")
    # The closed condition stays out of WHERE: there the planner would read every closed
    # complaint through the status index instead of the period's through received_at.
    sql = (f"SELECT {key_sql}, CASE WHEN c.status = 'closed' THEN {minutes} END AS m,"
           f" COUNT(*) {query.FROM} WHERE {where.sql} GROUP BY 1, 2")
    per_key: dict = {}
    for key, value, count in query.rows(sql, where.params):
        if value is not None:
            per_key.setdefault(key, Counter())[value] += count
    return per_key


def median(counts: Counter) -> float | None:
    """The median (mean of the two middle values for an even count) of a histogram of
    minutes, in hours."""
    return median_of(sum(counts.values()), lambda i: _at(counts, i))


def median_of(n: int, value_at) -> float | None:
    """The median of n values given value_at(i), the i-th smallest (from 0), in hours."""
    if not n:
        return None
    middle = ((n - 1) // 2, n // 2)  # the same position twice for an odd count
    return sum(value_at(i) for i in middle) / 2 / 60


def _at(counts: Counter, i: int) -> int:
    seen = 0
    for value in sorted(counts):
        seen += counts[value]
        if i < seen:
            return value
    raise IndexError(i)


def _row(key, label: str, values: list, median_value) -> ClassRow:
    counts = {name: int(v or 0) for name, v in zip(FIGURES, values, strict=False)}
    return ClassRow(key=key, label=label, **counts,
                    median_hours=round(median_value, 2) if median_value is not None else None,
                    money=values[len(FIGURES)])


def _labels(group_by: str, keys: list) -> dict:
    """Names for the id groupings; the code groupings keep their codes (the UI translates)."""
    wanted = [k for k in keys if k is not None]
    if group_by == "department" and wanted:
        return {d.id: d.name for d in Department.select(Department.id, Department.name)
                .where(Department.id.in_(wanted))}
    if group_by == "clerk" and wanted:
        return {s.id: s.name for s in Staff.select(Staff.id, Staff.name)
                .where(Staff.id.in_(wanted))}
    return {}
