"""The supervisor's statistics (issue 9): classification table, rates, money, series.

Every figure is computed by the database (GROUP BY, COUNT with CASE, indexes), never by
loading complaints into Python; drill() returns exactly the ids behind a figure, built
from the same SQL conditions, so that len(drill(...)) equals the number shown. The
parts live in desk.statistics; this module is the interface the window, reports and Excel use.

`now` (default: the clock) decides "overdue" for complaints not yet answered: pass
StatisticsData.now to drill() so that a drill-down matches the figures computed earlier.

The store's statistics (no clerk's scope) read whole months that have ended from their
aggregates (desk.statistics.aggregates, kept right by triggers, rebuilt for exactly the
months touched) and the complaints themselves only for the rest of the period;
use_aggregates=False computes everything from the complaints (the tests compare both).
The drill-downs always list the complaints themselves.
"""

import datetime
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed

from desk.errors import Cancelled
from desk.models import now as clock
from desk.statistics import aggregates, combined, periods
from desk.statistics import hotspots as hotspot_detection
from desk.statistics import money as _money
from desk.statistics import rates as _rates
from desk.statistics import table as _table
from desk.statistics.periods import Period
from desk.statistics.types import (
    FIGURE_DEFINITIONS,
    FIGURES,
    GROUPINGS,
    RATE_DEFINITIONS,
    RATE_KEYS,
    ClassificationTable,
    ClassRow,
    MoneyBreakdown,
    Rate,
    Rates,
    SeriesPoint,
    StatisticsData,
)
from desk.storage import db

__all__ = ["FIGURES", "FIGURE_DEFINITIONS", "GROUPINGS", "RATE_DEFINITIONS", "RATE_KEYS", "CALLBACK_RATES",
           "ClassRow", "ClassificationTable", "MoneyBreakdown", "Rate", "Rates", "SeriesPoint",
           "StatisticsData", "classification", "rates", "money", "series", "drill",
           "drill_kind", "compute"]

# Rates whose drill-down lists callback ids (desk.models.Callback), not complaint ids.
CALLBACK_RATES = _rates.CALLBACK_RATES

Progress = Callable[[int, int], None]


log = logging.getLogger(__name__)


def classification(period: Period, group_by: str = "category", staff_id: int | None = None,
                   *, now: datetime.datetime | None = None,
                   use_aggregates: bool = True) -> ClassificationTable:
    now = now or clock()
    if _aggregated([period], staff_id, now, use_aggregates):
        return combined.classification(period, group_by, now)
    return _table.classification(period, group_by, staff_id, now)


def rates(period: Period, staff_id: int | None = None, *,
          now: datetime.datetime | None = None, use_aggregates: bool = True) -> Rates:
    now = now or clock()
    if _aggregated([period], staff_id, now, use_aggregates):
        return combined.rates_of(period, now)
    return _rates.rates(period, staff_id, now)


def money(period: Period, staff_id: int | None = None, *,
          now: datetime.datetime | None = None, use_aggregates: bool = True) -> MoneyBreakdown:
    now = now or clock()
    if _aggregated([period], staff_id, now, use_aggregates):
        return combined.money_of(period, now)
    return _money.money(period, staff_id)


def series(period: Period, step: str = "day", staff_id: int | None = None, *,
           now: datetime.datetime | None = None, use_aggregates: bool = True) -> list[SeriesPoint]:
    """Received (by received_at) and closed (by closed_at) per day or per week (from its
    Monday), with the on-time rate of the complaints received in it."""
    now = now or clock()
    if _aggregated([period], staff_id, now, use_aggregates):
        return combined.series_of(period, step, now)
    return _money.series(period, step, staff_id, now)


def _aggregated(periods_wanted: list[Period], staff_id, now, use_aggregates: bool) -> bool:
    """Whether to read aggregates, having made the months wanted right. A database that
    takes no writes cannot rebuild a month: everything then comes from the complaints."""
    if not use_aggregates or staff_id is not None:
        return False
    months = sorted({m for p in periods_wanted for m in aggregates.whole_months(p, now)[0]})
    try:
        aggregates.refresh(months, now)
    except Exception as exc:
        if not db.backend().refuses_writes(exc):
            raise
        log.warning("statistics aggregates not refreshed (%s): computed from the complaints",
                    exc)
        return False
    return True


def drill(period: Period, figure: str, *, group_by: str | None = None, key=None,
          staff_id: int | None = None, now: datetime.datetime | None = None) -> list[int]:
    """The ids behind a figure, ascending: a table cell (figure in FIGURES, with group_by and
    the row's key; group_by None: the total row) or a rate's part, "rate:<key>:num" or
    "rate:<key>:den". Complaint ids, except callback ids for the CALLBACK_RATES (drill_kind
    says which). len(drill(...)) equals the figure shown when given the same `now`."""
    now = now or clock()
    if figure.startswith("rate:"):
        _, key_name, part = figure.split(":")
        return _rates.drill_rate(period, key_name, part, staff_id, now)
    return _table.drill_cell(period, figure, group_by, key, staff_id, now)


def drill_kind(figure: str) -> str:
    """"callback" when drill(figure) lists callback ids, else "complaint"."""
    parts = figure.split(":")
    return "callback" if len(parts) == 3 and parts[1] in CALLBACK_RATES else "complaint"


def compute(period: Period, group_by: str = "category", staff_id: int | None = None, *,
            progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
            now: datetime.datetime | None = None, use_aggregates: bool = True) -> StatisticsData:
    """Everything the statistics window shows, for the period and the one before.

    progress(done, total) is called after each step; cancelled() is asked as each step
    ends and desk.errors.Cancelled raised when it says so (the steps running finish, the
    others never start)."""
    now = now or clock()
    previous = periods.previous(period)
    step = "day" if period.days <= 62 else "week"
    if _aggregated([period, previous], staff_id, now, use_aggregates):
        parts = [
            ("table", lambda: combined.classification(period, group_by, now)),
            ("previous_table", lambda: combined.classification(previous, group_by, now)),
            ("rates", lambda: combined.rates_of(period, now)),
            ("previous_rates", lambda: combined.rates_of(previous, now)),
            ("money", lambda: combined.money_of(period, now)),
            ("series", lambda: combined.series_of(period, step, now)),
        ]
    else:
        parts = [
            ("table", lambda: _table.classification(period, group_by, staff_id, now)),
            ("previous_table", lambda: _table.classification(previous, group_by, staff_id, now)),
            ("rates", lambda: _rates.rates(period, staff_id, now)),
            ("previous_rates", lambda: _rates.rates(previous, staff_id, now)),
            ("money", lambda: _money.money(period, staff_id)),
            ("series", lambda: _money.series(period, step, staff_id, now)),
        ]
    steps = [
        *parts,
        # The hot spots standing at the end of the period (now, for the current one); the
        # weekly report lists every window of its week (hotspots.in_period).
        ("hotspots", lambda: hotspot_detection.detect(
            min(now, period.end - datetime.timedelta(seconds=1)))),
    ]
    return StatisticsData(period=period, previous_period=previous, now=now,
                          **_run_in_parallel(steps, progress, cancelled))


# The steps are independent reads: two at a time, each on its own connection, so a
# year's statistics use both cores of a desk PC (the database releases Python's lock
# while it counts).
WORKERS = 2


def _run_in_parallel(steps, progress: Progress | None, cancelled) -> dict:
    def run(step):
        try:
            return step()
        finally:
            db.current().db.close()  # this worker thread's own connection

    if cancelled is not None and cancelled():
        raise Cancelled()
    done: dict = {}
    with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="statistics") as pool:
        futures = {pool.submit(run, step): name for name, step in steps}
        try:
            for future in as_completed(futures):
                done[futures[future]] = future.result()
                if progress is not None:
                    progress(len(done), len(steps))
                if cancelled is not None and cancelled() and len(done) < len(steps):
                    raise Cancelled()
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return done
