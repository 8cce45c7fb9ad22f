"""The worklist: complaints a page at a time, newest first, filtered.

Pages are read by keyset (`id < last id seen`), never with OFFSET, so page 1,000
costs what page 1 costs; each filter has its own index (migration 0001). The
"overdue" and "due soon" views read the (status, deadline) index (migration 0004):
a range of deadlines within each state in which the desk owes an answer.
"""

import datetime
from dataclasses import dataclass

from peewee import JOIN

from desk import vocab
from desk.complaints import deadlines
from desk.models import ClockPause, Complaint, Department, Staff, now

PAGE_SIZE = 100


@dataclass(frozen=True)
class WorklistFilter:
    open_only: bool = True
    mine_id: int | None = None  # staff id: only complaints assigned to them
    status: str | None = None
    kind: str | None = None
    due: str | None = None  # DUE_SOON or OVERDUE: only promises in that state


DUE_SOON, OVERDUE, PAUSED = deadlines.DUE_SOON, deadlines.OVERDUE, "paused"
DUE_CHOICES = (DUE_SOON, OVERDUE)


@dataclass(frozen=True)
class WorklistRow:
    id: int
    number: str
    kind: str
    status: str
    complainant_name: str
    phone: str
    category: str
    received_at: datetime.datetime
    assigned_name: str
    department_name: str
    deadline: datetime.datetime | None
    escalation_level: int
    version: int
    paused_since: datetime.datetime | None = None  # the clock stands still since then

    def deadline_state(self, at: datetime.datetime, due_soon: float) -> str | None:
        """"ok", "due_soon", "overdue", "paused" (and not overdue), or None when no
        promise is owed (none made yet, or the customer has had the answer)."""
        if self.deadline is None or not deadlines.clock_runs(self.status):
            return None
        state = deadlines.state(self.deadline, at, self.paused_since, due_soon)
        if self.paused_since is not None and state != OVERDUE:
            return PAUSED
        return state

    def time_left(self, at: datetime.datetime) -> datetime.timedelta | None:
        if self.deadline is None or not deadlines.clock_runs(self.status):
            return None
        return deadlines.time_left(self.deadline, at, self.paused_since)


_Assigned = Staff.alias()


def _base_query():
    return (
        Complaint.select(
            Complaint.id, Complaint.number, Complaint.kind, Complaint.status,
            Complaint.complainant_name, Complaint.phone, Complaint.category,
            Complaint.received_at, Complaint.deadline, Complaint.escalation_level,
            Complaint.version, _Assigned.name.alias("assigned_name"),
            Department.name.alias("department_name"),
            ClockPause.paused_at.alias("paused_since"),
        )
        .join(_Assigned, JOIN.LEFT_OUTER, on=(Complaint.assigned_to == _Assigned.id))
        .switch(Complaint)
        .join(Department, JOIN.LEFT_OUTER, on=(Complaint.department == Department.id))
        .switch(Complaint)
        # At most one running pause per complaint: a lookup in its unique partial index.
        .join(ClockPause, JOIN.LEFT_OUTER,
              on=((ClockPause.complaint == Complaint.id) & ClockPause.resumed_at.is_null()))
    )


def _to_row(r) -> WorklistRow:
    return WorklistRow(
        id=r["id"], number=r["number"], kind=r["kind"], status=r["status"],
        complainant_name=r["complainant_name"], phone=r["phone"], category=r["category"],
        received_at=r["received_at"], assigned_name=r["assigned_name"] or "",
        department_name=r["department_name"] or "", deadline=r["deadline"],
        escalation_level=r["escalation_level"], version=r["version"],
        paused_since=r["paused_since"],
    )


def _due_condition(due: str, at: datetime.datetime, due_soon: float):
    """Rows whose promise is in this state at `at` (deadlines.state, as a WHERE)."""
    owing = Complaint.status.in_(deadlines.OWING_STATES) & Complaint.deadline.is_null(False)
    if due == OVERDUE:
        # Past the deadline and running, or paused only after it had passed.
        return owing & (Complaint.deadline < at) & (
            ClockPause.id.is_null() | (Complaint.deadline < ClockPause.paused_at))
    if due == DUE_SOON:
        # Running, with less than `due_soon` hours left (a paused clock shows "paused").
        soon = datetime.timedelta(hours=due_soon)
        return (owing & ClockPause.id.is_null() & (Complaint.deadline >= at)
                & (Complaint.deadline < at + soon))
    raise ValueError(due)


def page(flt: WorklistFilter, before_id: int | None = None, limit: int = PAGE_SIZE,
         at: datetime.datetime | None = None) -> list[WorklistRow]:
    """One page, newest first; `at` is "now" for the overdue and due-soon views."""
    query = _base_query()
    if flt.due:
        query = query.where(_due_condition(flt.due, at or now(), deadlines.due_soon_hours()))
    if flt.open_only and flt.status != vocab.STATUS_CLOSED:
        query = query.where(Complaint.status != vocab.STATUS_CLOSED)
    if flt.mine_id is not None:
        query = query.where(Complaint.assigned_to == flt.mine_id)
    if flt.status:
        query = query.where(Complaint.status == flt.status)
    if flt.kind:
        query = query.where(Complaint.kind == flt.kind)
    if before_id is not None:
        query = query.where(Complaint.id < before_id)
    return [_to_row(r) for r in query.order_by(Complaint.id.desc()).limit(limit).dicts()]


def rows_by_id(ids: list[int]) -> list[WorklistRow]:
    """Rows for the given ids, in the order given (search results, live refresh)."""
    if not ids:
        return []
    found = {r["id"]: _to_row(r) for r in _base_query().where(Complaint.id.in_(ids)).dicts()}
    return [found[i] for i in ids if i in found]


def complaint(complaint_id: int) -> Complaint | None:
    return Complaint.get_or_none(Complaint.id == complaint_id)
