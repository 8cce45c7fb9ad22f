"""The plain objects the statistics hand to the window, the printed reports and Excel."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from desk.statistics.hotspots import HotSpot
from desk.statistics.periods import Period
from desk.translate import QT_TRANSLATE_NOOP

GROUPINGS = ("category", "channel", "department", "cause", "product", "brand", "clerk")
FIGURES = ("received", "complaints", "inquiries", "founded", "not_founded", "refused", "closed",
           "still_open", "on_time", "overdue", "reopened", "reassigned", "awaiting_reply")
RATE_KEYS = ("on_time", "overdue", "reassignment", "repeat", "satisfaction",
             "callback_in_window", "member_coverage")


@dataclass
class ClassRow:
    key: str | int | None
    label: str  # the raw value (a code, a name); the UI translates codes
    received: int = 0
    complaints: int = 0
    inquiries: int = 0
    founded: int = 0
    not_founded: int = 0
    refused: int = 0
    closed: int = 0
    still_open: int = 0
    on_time: int = 0
    overdue: int = 0
    reopened: int = 0
    reassigned: int = 0
    awaiting_reply: int = 0
    median_hours: float | None = None
    money: Decimal = Decimal("0.00")

    def figure(self, name: str) -> int:
        return getattr(self, name)


@dataclass
class ClassificationTable:
    period: Period
    group_by: str
    rows: list[ClassRow]
    total: ClassRow


@dataclass
class Rate:
    key: str
    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None


@dataclass
class Rates:
    rates: dict[str, Rate]
    mean_score: float | None
    members_missed: list[int] = field(default_factory=list)


@dataclass
class MoneyBreakdown:
    by_remedy: dict[str, Decimal]
    by_clerk: list[tuple[int, str, Decimal]]
    own_grants: list[tuple[int, str, str, Decimal, bool]]
    total: Decimal


@dataclass
class SeriesPoint:
    day: datetime.date
    received: int
    closed: int
    on_time_rate: float | None


@dataclass
class StatisticsData:
    period: Period
    previous_period: Period
    table: ClassificationTable
    previous_table: ClassificationTable
    rates: Rates
    previous_rates: Rates
    money: MoneyBreakdown
    series: list[SeriesPoint]
    hotspots: list[HotSpot]
    now: datetime.datetime | None = None  # pass it to drill() so the lists match the figures


RATE_DEFINITIONS: dict[str, str] = {
    "on_time": QT_TRANSLATE_NOOP(
        "Statistics", "Founded complaints received in the period that were answered on or "
        "before their deadline, over the founded complaints received in the period whose "
        "answer is decided (answered, or not answered and past the deadline). After a "
        "reopening the new answer and deadline count."),
    "overdue": QT_TRANSLATE_NOOP(
        "Statistics", "Founded complaints received in the period that were answered after "
        "their deadline, or are not answered and past it, over the same complaints as the "
        "on-time rate: the two rates add up to 100%."),
    "reassignment": QT_TRANSLATE_NOOP(
        "Statistics", "Complaints received in the period that were transferred to another "
        "department or person at least once, over the complaints received in the period."),
    "repeat": QT_TRANSLATE_NOOP(
        "Statistics", "Complaints received in the period whose customer had made another "
        "complaint of the same category or about the same product model in the days before "
        "it (a store setting, 30 days by default), over the complaints received."),
    "satisfaction": QT_TRANSLATE_NOOP(
        "Statistics", "Callbacks made in the period in which the customer was satisfied or "
        "basically satisfied, over the callbacks made in the period in which the customer was "
        "reached. The mean score is over those of them with a score."),
    "callback_in_window": QT_TRANSLATE_NOOP(
        "Statistics", "Callbacks made in the period on or before the end of their window "
        "(3 days after the resolution was carried out), over the callbacks made in the period "
        "that have a window. Every try counts, reached or not."),
    "member_coverage": QT_TRANSLATE_NOOP(
        "Statistics", "Members' founded complaints closed in the period whose customer was "
        "reached by a callback, over the members' founded complaints closed in the period. "
        "The handbook demands 100%; the members missed are listed."),
}

# What each column of the classification table counts, for the same help.
FIGURE_DEFINITIONS: dict[str, str] = {
    "received": QT_TRANSLATE_NOOP(
        "Statistics", "Complaints and inquiries received in the period. Every column counts "
        "these, as they stand now."),
    "closed": QT_TRANSLATE_NOOP(
        "Statistics", "Of those received in the period, the ones closed now."),
    "still_open": QT_TRANSLATE_NOOP(
        "Statistics", "Of those received in the period, the ones not closed now."),
    "reopened": QT_TRANSLATE_NOOP(
        "Statistics", "Of those received in the period, the ones reopened at least once."),
    "reassigned": QT_TRANSLATE_NOOP(
        "Statistics", "Of those received in the period, the ones transferred at least once."),
    "awaiting_reply": QT_TRANSLATE_NOOP(
        "Statistics", "Of those received in the period, the written ones (letter, e-mail, "
        "consumer association, 12315, media) still open without a written reply of their "
        "current round."),
    "median_hours": QT_TRANSLATE_NOOP(
        "Statistics", "Median hours from receipt to closing of the closed ones, timed to the "
        "minute."),
    "money": QT_TRANSLATE_NOOP(
        "Statistics", "Remedy amounts of the founded ones whose customer agreed to the "
        "resolution (agreed, carried out, awaiting the callback or closed)."),
}
