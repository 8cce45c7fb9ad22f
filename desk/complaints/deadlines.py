"""The promised answer time (deadline): its default, its pauses and what falls due.

The store is open every day, so deadlines count calendar hours: plain datetime
arithmetic on the store's local wall-clock time (China keeps no daylight saving time,
so no hour is skipped or repeated). A pause (waiting for the customer or for parts)
freezes the time left; resuming pushes the deadline by the time spent waiting.
"""

import datetime
from dataclasses import dataclass

from peewee import JOIN

from desk import settings
from desk.models import ClockPause, Complaint, now

# Store settings (desk.settings) read here, with their defaults.
HOURS_BY_CATEGORY_KEY = "deadline_hours_by_category"
DEFAULT_HOURS_KEY = "deadline_default_hours"
DUE_SOON_HOURS_KEY = "deadline_due_soon_hours"

DEFAULT_HOURS_BY_CATEGORY = {
    "product_quality": 72,
    "service_attitude": 24,
    "delivery": 48,
    "installation": 48,
    "repair": 72,
    "price_billing": 24,
    "promotion": 24,
    "environment": 24,
    "other": 48,
}
DEFAULT_HOURS = 48  # a store's own category without its own entry
DUE_SOON_HOURS = 2

WAITING_FOR = ("customer", "parts", "other")

# The desk owes the customer an answer in these states: the clock runs (or is paused).
OWING_STATES = ("judged", "investigating", "resolution_proposed", "awaiting_approval")

OK, DUE_SOON, OVERDUE = "ok", "due_soon", "overdue"


def hours_for(category: str) -> int:
    by_category = settings.get(HOURS_BY_CATEGORY_KEY) or DEFAULT_HOURS_BY_CATEGORY
    fallback = settings.get(DEFAULT_HOURS_KEY) or DEFAULT_HOURS
    return int(by_category.get(category, fallback))


def due_soon_hours() -> float:
    return float(settings.get(DUE_SOON_HOURS_KEY) or DUE_SOON_HOURS)


def default_deadline(category: str, start: datetime.datetime) -> datetime.datetime:
    """What the desk promises by default when it judges a complaint founded at `start`."""
    return start + datetime.timedelta(hours=hours_for(category))


def clock_runs(status: str) -> bool:
    return status in OWING_STATES


def time_left(deadline: datetime.datetime, at: datetime.datetime,
              paused_since: datetime.datetime | None = None) -> datetime.timedelta:
    """Time until the deadline (negative when overdue); frozen while paused."""
    return deadline - (paused_since if paused_since is not None else at)


def state(deadline: datetime.datetime, at: datetime.datetime,
          paused_since: datetime.datetime | None = None,
          due_soon: float = DUE_SOON_HOURS) -> str:
    """"ok", "due_soon" (less than `due_soon` hours left) or "overdue"."""
    left = time_left(deadline, at, paused_since)
    if left < datetime.timedelta(0):
        return OVERDUE
    if left < datetime.timedelta(hours=due_soon):
        return DUE_SOON
    return OK


def resumed_deadline(deadline: datetime.datetime, paused_since: datetime.datetime,
                     at: datetime.datetime) -> datetime.datetime:
    """The deadline after a pause from paused_since to at: pushed by the time waited."""
    return deadline + max(at - paused_since, datetime.timedelta(0))


def open_pause(complaint_id: int) -> ClockPause | None:
    return ClockPause.get_or_none((ClockPause.complaint == complaint_id)
                                  & ClockPause.resumed_at.is_null())


def pauses_of(complaint_id: int) -> list[ClockPause]:
    return list(ClockPause.select().where(ClockPause.complaint == complaint_id)
                .order_by(ClockPause.id))


# -- queries for lists and reminders -----------------------------------------------

@dataclass(frozen=True)
class DueItem:
    id: int
    number: str
    complainant_name: str
    status: str
    deadline: datetime.datetime
    paused_since: datetime.datetime | None
    assigned_to_id: int | None
    department_id: int | None

    def time_left(self, at: datetime.datetime) -> datetime.timedelta:
        return time_left(self.deadline, at, self.paused_since)

    def state(self, at: datetime.datetime, due_soon: float = DUE_SOON_HOURS) -> str:
        return state(self.deadline, at, self.paused_since, due_soon)


def _owing():
    return (
        Complaint.select(Complaint.id, Complaint.number, Complaint.complainant_name,
                         Complaint.status, Complaint.deadline, Complaint.assigned_to,
                         Complaint.department, ClockPause.paused_at)
        .join(ClockPause, JOIN.LEFT_OUTER,
              on=((ClockPause.complaint == Complaint.id) & ClockPause.resumed_at.is_null()))
        .where(Complaint.deadline.is_null(False) & Complaint.status.in_(OWING_STATES))
    )


def _items(query) -> list[DueItem]:
    return [
        DueItem(id=r["id"], number=r["number"], complainant_name=r["complainant_name"],
                status=r["status"], deadline=r["deadline"], paused_since=r["paused_at"],
                assigned_to_id=r["assigned_to"], department_id=r["department"])
        for r in query.order_by(Complaint.deadline, Complaint.id).dicts()
    ]


def due_within(hours: float, at: datetime.datetime | None = None,
               assigned_to_id: int | None = None) -> list[DueItem]:
    """Running (not paused) promises that fall due in the next `hours`: the reminder."""
    at = at or now()
    query = _owing().where(ClockPause.id.is_null()
                           & (Complaint.deadline >= at)
                           & (Complaint.deadline < at + datetime.timedelta(hours=hours)))
    if assigned_to_id is not None:
        query = query.where(Complaint.assigned_to == assigned_to_id)
    return _items(query)


def overdue(at: datetime.datetime | None = None, assigned_to_id: int | None = None,
            limit: int = 1000) -> list[DueItem]:
    """Promises already broken: past the deadline, or paused only after it had passed.

    The longest overdue first, at most `limit` of them (a view shows "1000+").
    """
    at = at or now()
    query = _owing().where(
        (Complaint.deadline < at)  # implied by the two cases; lets the index range serve
        & ((ClockPause.id.is_null())
           | (ClockPause.id.is_null(False) & (Complaint.deadline < ClockPause.paused_at)))
    )
    if assigned_to_id is not None:
        query = query.where(Complaint.assigned_to == assigned_to_id)
    return _items(query.limit(limit))

