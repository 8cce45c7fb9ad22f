"""A period's statistics from the aggregates of its whole closed months and the
complaints themselves for the rest (the open edges): the same parts added up, then
finished by the code that finishes the parts computed from the complaints alone.

Unscoped statistics only (a clerk's own are computed from their complaints); the caller
has made the months right with aggregates.refresh().
"""

import datetime
from collections import Counter
from decimal import Decimal

from desk.statistics import aggregates, money, query, rates, table
from desk.statistics.aggregates import key_value
from desk.statistics.periods import Period
from desk.statistics.types import FIGURES, ClassificationTable, MoneyBreakdown, Rates, SeriesPoint


def _span(months: list[str]) -> tuple:
    return months[0], months[-1]


def _where() -> str:
    p = query.param()
    return f"month >= {p} AND month <= {p}"


def classification(period: Period, group_by: str, now: datetime.datetime) -> ClassificationTable:
    grouped, months, minutes = table_part(period, group_by, now)
    if not months:
        total: Counter = Counter()
        for counts in minutes.values():
            total.update(counts)
        return table.finish(period, group_by, grouped,
                            {k: table.median(c) for k, c in minutes.items()}, table.median(total))
    medians, total_median = _medians(group_by, months, minutes)
    return table.finish(period, group_by, grouped, medians, total_median)


def table_part(period: Period, group_by: str, now: datetime.datetime) -> tuple:
    """(key -> figures and money, the whole months read from aggregates, key -> Counter
    of handling minutes of the open edges): what adds up across stores too."""
    months, edges = aggregates.whole_months(period, now)
    grouped: dict = {}
    minutes: dict = {}
    for edge in edges:
        edge_grouped, edge_minutes = table.part(edge, group_by, None, now)
        for key, values in edge_grouped.items():
            _add(grouped, key, values)
        for key, counts in edge_minutes.items():
            minutes.setdefault(key, Counter()).update(counts)
    if not months:
        return grouped, months, minutes
    if group_by not in query.GROUP_KEYS:
        raise ValueError(f"unknown grouping: {group_by}")
    p = query.param()
    for k, *values in query.rows(f"SELECT k, {', '.join(FIGURES)}, money FROM stats_cell"
                                 f" WHERE grp = {p} AND {_where()}",
                                 (group_by, *_span(months))):
        _add(grouped, key_value(group_by, k),
             [int(v) for v in values[:-1]] + [query.decimal(values[-1])])
    return grouped, months, minutes


def _add(grouped: dict, key, values: list) -> None:
    have = grouped.get(key)
    grouped[key] = list(values) if have is None else [a + b for a, b in zip(have, values,
                                                                            strict=True)]


def _medians(group_by: str, months: list[str], edge_minutes: dict) -> tuple[dict, float | None]:
    """Exact medians in two reads: the counts per hour say which hour holds each middle
    value, then only those hours' minutes are read."""
    hours = hour_counts(group_by, months, edge_minutes)
    medians = MiddleHours(hours)
    for key, minute, n in minutes_in_hours(group_by, months, medians.buckets()):
        medians.add(key, minute, n)
    for key, counts in edge_minutes.items():
        for minute, n in counts.items():
            medians.add(key, minute, n)
    return medians.result()


def hour_counts(group_by: str, months: list[str], edge_minutes: dict) -> dict:
    """key -> Counter(hour -> closed complaints) of the months and the edges."""
    p = query.param()
    hours: dict = {}
    if months:
        for k, bucket, n in query.rows(f"SELECT k, bucket, SUM(n) FROM stats_hours"
                                       f" WHERE grp = {p} AND {_where()} GROUP BY k, bucket",
                                       (group_by, *_span(months))):
            hours.setdefault(key_value(group_by, k), Counter())[int(bucket)] += int(n)
    for key, counts in edge_minutes.items():
        per_hour = hours.setdefault(key, Counter())
        for minute, n in counts.items():
            per_hour[minute // 60] += n
    return hours


def minutes_in_hours(group_by: str, months: list[str], buckets: set[int]) -> list[tuple]:
    """(key, minute, complaints) of the months' closed complaints in these hours."""
    if not buckets or not months:
        return []
    p = query.param()
    marks = ", ".join([p] * len(buckets))
    return [(key_value(group_by, k), int(minute), int(n)) for k, minute, n in query.rows(
            f"SELECT {group_by}, minute, SUM(n) FROM stats_minutes WHERE {_where()}"
            f" AND bucket IN ({marks}) GROUP BY {group_by}, minute",
            (*_span(months), *sorted(buckets)))]


class MiddleHours:
    """The medians of histograms known by the hour: which hours hold the middle values,
    then those hours' minutes (add) give the exact medians (result). A chain adds its
    stores' hours before asking, and each store's minutes after (desk.chain.figures)."""

    def __init__(self, hours: dict):
        self.hours = hours
        self.total_hours: Counter = Counter()
        for counts in hours.values():
            self.total_hours.update(counts)
        self.wanted = {key: _middle_hours(counts) for key, counts in hours.items()}
        self.total_wanted = _middle_hours(self.total_hours)
        self.fine: dict = {}
        self.total_fine: Counter = Counter()

    def buckets(self) -> set[int]:
        return set(self.total_wanted).union(*self.wanted.values())

    def add(self, key, minute: int, n: int) -> None:
        if minute // 60 in self.wanted.get(key, ()):
            self.fine.setdefault(key, Counter())[minute] += n
        if minute // 60 in self.total_wanted:
            self.total_fine[minute] += n

    def result(self) -> tuple[dict, float | None]:
        medians = {key: _median(self.hours[key], self.fine.get(key, Counter()))
                   for key in self.hours if sum(self.hours[key].values())}
        return medians, _median(self.total_hours, self.total_fine)


def _middle_hours(per_hour: Counter) -> set[int]:
    n = sum(per_hour.values())
    if not n:
        return set()
    return {_hour_of(per_hour, i)[0] for i in ((n - 1) // 2, n // 2)}


def _hour_of(per_hour: Counter, i: int) -> tuple[int, int]:
    """(the hour holding the i-th smallest value, how many values come before that hour)."""
    seen = 0
    for hour in sorted(per_hour):
        if i < seen + per_hour[hour]:
            return hour, seen
        seen += per_hour[hour]
    raise IndexError(i)


def _median(per_hour: Counter, minutes: Counter) -> float | None:
    """table.median of the histogram whose counts per hour are per_hour; `minutes` holds
    the exact counts of at least the hours of the middle values."""
    def value_at(i: int) -> int:
        hour, before = _hour_of(per_hour, i)
        in_hour = Counter({m: n for m, n in minutes.items() if m // 60 == hour})
        return table._at(in_hour, i - before)

    return table.median_of(sum(per_hour.values()), value_at)


def rates_of(period: Period, now: datetime.datetime) -> Rates:
    return rates.finish(*rates_part(period, now))


def rates_part(period: Period, now: datetime.datetime) -> tuple[Counter, list[int]]:
    months, edges = aggregates.whole_months(period, now)
    counts: Counter = Counter()
    missed: list[int] = []
    for edge in edges:
        edge_counts, edge_missed = rates.part(edge, None, now)
        counts.update(edge_counts)
        missed += edge_missed
    if months:
        for name, n in query.rows(f"SELECT name, SUM(n) FROM stats_count WHERE {_where()}"
                                  " GROUP BY name", _span(months)):
            counts[name] += int(n)
        missed += query.ids(f"SELECT complaint_id FROM stats_missed WHERE {_where()}",
                            _span(months))
    return counts, missed


def money_of(period: Period, now: datetime.datetime) -> MoneyBreakdown:
    months, edges = aggregates.whole_months(period, now)
    pairs: dict[tuple, Decimal] = {}

    def add(pair, amount: Decimal) -> None:
        pairs[pair] = pairs.get(pair, query.ZERO) + amount

    for edge in edges:
        for pair, amount in money.part(edge, None).items():
            add(pair, amount)
    if months:
        for kind, clerk, amount in query.rows(
                f"SELECT kind, clerk, amount FROM stats_money WHERE {_where()}", _span(months)):
            add((kind, clerk), query.decimal(amount))
    return money.finish(period, None, pairs)


def series_of(period: Period, step: str, now: datetime.datetime) -> list[SeriesPoint]:
    if step not in ("day", "week"):
        raise ValueError(f"unknown step: {step}")
    return money.finish_series(period, step, days_part(period, now))


def days_part(period: Period, now: datetime.datetime) -> dict[str, list[int]]:
    """ISO day -> [received, closed, on time, overdue], from the months and the edges."""
    months, edges = aggregates.whole_months(period, now)
    found: dict[str, list[int]] = {}

    def add(day: str, values) -> None:
        have = found.setdefault(day, [0, 0, 0, 0])
        for i, value in enumerate(values):
            have[i] += int(value)

    for edge in edges:
        for day, values in money.days(edge, None, now).items():
            add(day, values)
    if months:
        for day, *values in query.rows(
                f"SELECT day, received, closed, on_time, overdue FROM stats_day"
                f" WHERE {_where()}", _span(months)):
            add(str(day).strip(), values)
    return found
