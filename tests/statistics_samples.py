"""Hand-made statistics (desk.statistics dataclasses) for the report and export tests,
with figures chosen so that a test can check what is printed."""

import datetime
from decimal import Decimal

from desk.statistics import periods
from desk.statistics.figures import (
    ClassificationTable,
    ClassRow,
    MoneyBreakdown,
    Rate,
    Rates,
    SeriesPoint,
    StatisticsData,
)
from desk.statistics.hotspots import HotSpot

PERIOD = periods.month(2026, 10)
PREVIOUS = periods.previous(PERIOD)


def row(key, label, received, money="0.00", **figures) -> ClassRow:
    values = {"complaints": received, "closed": received, **figures}
    return ClassRow(key=key, label=label, received=received, money=Decimal(money), **values)


def table(period=PERIOD, scale=1) -> ClassificationTable:
    rows = [row("product_quality", "product_quality", 12 * scale, "350.50", founded=9,
                on_time=8, overdue=1, reopened=2, median_hours=20.5),
            row("service_attitude", "service_attitude", 7 * scale, "100.00", founded=5,
                on_time=5, reassigned=1, median_hours=6.0),
            row("delivery", "delivery", 3 * scale, founded=1, still_open=1, closed=2)]
    total = ClassRow(key=None, label="", median_hours=10.0)
    for r in rows:
        for f in ("received", "complaints", "inquiries", "founded", "not_founded", "refused",
                  "closed", "still_open", "on_time", "overdue", "reopened", "reassigned",
                  "awaiting_reply"):
            setattr(total, f, getattr(total, f) + getattr(r, f))
        total.money += r.money
    return ClassificationTable(period, "category", rows, total)


def rates(short=True) -> Rates:
    return Rates(rates={
        "on_time": Rate("on_time", 13, 15), "overdue": Rate("overdue", 2, 15),
        "reassignment": Rate("reassignment", 1, 22), "repeat": Rate("repeat", 3, 22),
        "satisfaction": Rate("satisfaction", 9, 10),
        "callback_in_window": Rate("callback_in_window", 10, 11),
        "member_coverage": Rate("member_coverage", 4 if short else 5, 5)},
        mean_score=4.5, members_missed=[101] if short else [])


def hotspot(n=3) -> HotSpot:
    at = datetime.datetime(2026, 10, 20, 10, 0)
    return HotSpot(kind="product", key=("格力", "KFR-35GW"), label="格力 KFR-35GW", count=n,
                   first_at=at, last_at=at + datetime.timedelta(days=4),
                   complaint_ids=list(range(1, n + 1)), customer_ids=list(range(1, n + 1)))


def data() -> StatisticsData:
    series = [SeriesPoint(PERIOD.start.date() + datetime.timedelta(days=i), i % 4, i % 3,
                          None if i % 5 == 0 else 0.5 + (i % 5) / 10) for i in range(31)]
    money = MoneyBreakdown(
        by_remedy={"refund": Decimal("300.00"), "cash_compensation": Decimal("150.50")},
        by_clerk=[(2, "李丽", Decimal("350.50")), (3, "王强", Decimal("100.00"))],
        own_grants=[(7, "TS20261003-0007", "李丽", Decimal("50.00"), False),
                    (8, "TS20261004-0002", "王强", Decimal("100.00"), True)],
        total=Decimal("450.50"))
    return StatisticsData(period=PERIOD, previous_period=PREVIOUS, table=table(),
                          previous_table=table(PREVIOUS), rates=rates(),
                          previous_rates=rates(short=False), money=money, series=series,
                          hotspots=[hotspot()])
