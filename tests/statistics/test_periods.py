"""Reporting periods: half-open spans, weeks from Monday, month ends, the period before."""

import datetime

from desk.statistics import periods

D = datetime.datetime


def test_named_periods_start_at_midnight_and_end_exclusive():
    now = D(2026, 3, 4, 15, 30)  # a Wednesday
    assert periods.today(now) == periods.Period(D(2026, 3, 4), D(2026, 3, 5), "today")
    assert periods.this_week(now) == periods.Period(D(2026, 3, 2), D(2026, 3, 9), "this_week")
    assert periods.this_month(now) == periods.Period(D(2026, 3, 1), D(2026, 4, 1), "this_month")
    assert periods.last_month(now) == periods.Period(D(2026, 2, 1), D(2026, 3, 1), "last_month")
    assert periods.by_key("this_week", now) == periods.this_week(now)


def test_midnight_belongs_to_the_new_day_only():
    day = periods.today(D(2026, 10, 31, 12))
    assert day.contains(D(2026, 10, 31, 0, 0, 0))
    assert day.contains(D(2026, 10, 31, 23, 59, 59))
    assert not day.contains(D(2026, 11, 1, 0, 0, 0))
    assert day.last_day == datetime.date(2026, 10, 31)


def test_custom_covers_whole_days_both_included_in_any_order():
    p = periods.custom(datetime.date(2026, 1, 31), datetime.date(2026, 1, 1))
    assert (p.start, p.end, p.days) == (D(2026, 1, 1), D(2026, 2, 1), 31)
    assert p.label_key == "custom"


def test_previous_of_a_month_is_the_whole_month_before():
    assert periods.previous(periods.month(2026, 3)) == periods.Period(D(2026, 2, 1), D(2026, 3, 1))
    assert periods.previous(periods.month(2026, 1)).start == D(2025, 12, 1)
    last = periods.last_month(D(2026, 4, 10))
    assert periods.previous(last) == periods.Period(D(2026, 2, 1), D(2026, 3, 1), "last_month")
    assert periods.previous(periods.year(2026)) == periods.year(2025)


def test_previous_of_other_periods_has_the_same_length():
    week = periods.this_week(D(2026, 3, 4))
    assert periods.previous(week) == periods.Period(D(2026, 2, 23), D(2026, 3, 2), "this_week")
    days = periods.custom(datetime.date(2026, 3, 10), datetime.date(2026, 3, 12))
    assert periods.previous(days) == periods.Period(D(2026, 3, 7), D(2026, 3, 10), "custom")
