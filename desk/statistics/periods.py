"""Reporting periods: half-open [start, end) spans of store-local time.

The statistics window offers today, this week (from Monday 00:00), this month, last month
and a custom range of whole days. Every figure of a period counts what happened at
start <= t < end, so a complaint received at midnight belongs to the new day only.
"""

import datetime
from dataclasses import dataclass

LABEL_KEYS = ("today", "this_week", "this_month", "last_month", "custom")


@dataclass(frozen=True)
class Period:
    start: datetime.datetime
    end: datetime.datetime  # exclusive
    label_key: str = "custom"

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    @property
    def last_day(self) -> datetime.date:
        """The last calendar day the period covers (end is exclusive)."""
        return (self.end - datetime.timedelta(microseconds=1)).date()

    def contains(self, moment: datetime.datetime) -> bool:
        return self.start <= moment < self.end


def _midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time())


def _month_start(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


def _next_month(day: datetime.date) -> datetime.date:
    first = _month_start(day)
    return (first + datetime.timedelta(days=32)).replace(day=1)


def _is_month_start(moment: datetime.datetime) -> bool:
    return moment.day == 1 and moment.time() == datetime.time()


def today(now: datetime.datetime) -> Period:
    start = _midnight(now.date())
    return Period(start, start + datetime.timedelta(days=1), "today")


def this_week(now: datetime.datetime) -> Period:
    monday = now.date() - datetime.timedelta(days=now.weekday())
    start = _midnight(monday)
    return Period(start, start + datetime.timedelta(days=7), "this_week")


def this_month(now: datetime.datetime) -> Period:
    first = _month_start(now.date())
    return Period(_midnight(first), _midnight(_next_month(first)), "this_month")


def last_month(now: datetime.datetime) -> Period:
    first = _month_start(now.date())
    previous_first = _month_start(first - datetime.timedelta(days=1))
    return Period(_midnight(previous_first), _midnight(first), "last_month")


def month(year: int, month_no: int) -> Period:
    first = datetime.date(year, month_no, 1)
    return Period(_midnight(first), _midnight(_next_month(first)), "custom")


def year(year_no: int) -> Period:
    return Period(_midnight(datetime.date(year_no, 1, 1)),
                  _midnight(datetime.date(year_no + 1, 1, 1)), "custom")


def custom(first_day: datetime.date, last_day: datetime.date) -> Period:
    """Whole days from first_day to last_day, both included."""
    if last_day < first_day:
        first_day, last_day = last_day, first_day
    return Period(_midnight(first_day), _midnight(last_day + datetime.timedelta(days=1)),
                  "custom")


def previous(period: Period) -> Period:
    """The period just before, of the same kind: a whole month gives the month before
    (whatever its length), anything else the same length ending where this one starts."""
    if _is_month_start(period.start) and _is_month_start(period.end):
        months = ((period.end.year - period.start.year) * 12
                  + period.end.month - period.start.month)
        start = period.start.date()
        for _ in range(months):
            start = _month_start(start - datetime.timedelta(days=1))
        return Period(_midnight(start), period.start, period.label_key)
    return Period(period.start - (period.end - period.start), period.start, period.label_key)


def by_key(label_key: str, now: datetime.datetime) -> Period:
    """The named period as of now (not for "custom", which needs its days)."""
    return {"today": today, "this_week": this_week, "this_month": this_month,
            "last_month": last_month}[label_key](now)
