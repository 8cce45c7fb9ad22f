"""The supervisor's statistics (issue 9): classification table, rates, money, series.

Every figure is computed by the database (GROUP BY, COUNT with CASE, indexes), never by
loading complaints into Python; drill() returns exactly the complaint ids behind a figure,
built from the same conditions, so that len(drill(...)) equals the number shown.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from desk.hotspots import HotSpot
from desk.periods import Period
from desk.translate import QT_TRANSLATE_NOOP

GROUPINGS = ("category", "channel", "department", "cause", "product", "brand", "clerk")
FIGURES = ("received", "complaints", "inquiries", "founded", "not_founded", "refused", "closed",
           "still_open", "on_time", "overdue", "reopened", "reassigned")
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


RATE_DEFINITIONS: dict[str, str] = {
    "on_time": QT_TRANSLATE_NOOP(
        "Statistics", "Founded complaints whose deadline falls in the period: answered on or "
        "before the deadline, over all of them."),
    "overdue": QT_TRANSLATE_NOOP(
        "Statistics", "Founded complaints whose deadline falls in the period: answered after "
        "the deadline, or not answered and the deadline has passed, over all of them."),
    "reassignment": QT_TRANSLATE_NOOP(
        "Statistics", "Complaints received in the period that were transferred to another "
        "department or person at least once, over the complaints received."),
    "repeat": QT_TRANSLATE_NOOP(
        "Statistics", "Complaints received in the period whose customer had another complaint "
        "of the same category or the same product model in the days before (a store "
        "setting, 30 by default), over the complaints received."),
    "satisfaction": QT_TRANSLATE_NOOP(
        "Statistics", "Callbacks made in the period in which the customer was satisfied or "
        "basically satisfied, over the callbacks in which the customer was reached."),
    "callback_in_window": QT_TRANSLATE_NOOP(
        "Statistics", "Callbacks made in the period on or before the end of their window "
        "(3 days after the resolution was carried out), over the callbacks made."),
    "member_coverage": QT_TRANSLATE_NOOP(
        "Statistics", "Members' complaints closed in the period whose customer was reached by "
        "a callback, over the members' complaints closed. The handbook demands 100%."),
}

Progress = Callable[[int, int], None]


def classification(period: Period, group_by: str = "category",
                   staff_id: int | None = None) -> ClassificationTable:
    raise NotImplementedError


def rates(period: Period, staff_id: int | None = None) -> Rates:
    raise NotImplementedError


def money(period: Period, staff_id: int | None = None) -> MoneyBreakdown:
    raise NotImplementedError


def series(period: Period, step: str = "day", staff_id: int | None = None) -> list[SeriesPoint]:
    raise NotImplementedError


def drill(period: Period, figure: str, *, group_by: str | None = None, key=None,
          staff_id: int | None = None) -> list[int]:
    """Complaint ids behind a figure: a table cell (figure in FIGURES, group_by and key of
    its row; group_by None: the total row) or a rate's part ("rate:on_time:num",
    "rate:on_time:den", ...). len(drill(...)) equals the figure shown."""
    raise NotImplementedError


def compute(period: Period, group_by: str = "category", staff_id: int | None = None, *,
            progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None) -> StatisticsData:
    """Everything the statistics window shows; raises desk.errors.Cancelled between steps
    when cancelled() says so."""
    raise NotImplementedError
