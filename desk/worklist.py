"""The worklist: complaints a page at a time, newest first, filtered.

Pages are read by keyset (`id < last id seen`), never with OFFSET, so page 1,000
costs what page 1 costs; each filter has its own index (migration 0001).
"""

import datetime
from dataclasses import dataclass

from peewee import JOIN

from desk import vocab
from desk.models import Complaint, Department, Staff

PAGE_SIZE = 100


@dataclass(frozen=True)
class WorklistFilter:
    open_only: bool = True
    mine_id: int | None = None  # staff id: only complaints assigned to them
    status: str | None = None
    kind: str | None = None


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


_Assigned = Staff.alias()


def _base_query():
    return (
        Complaint.select(
            Complaint.id, Complaint.number, Complaint.kind, Complaint.status,
            Complaint.complainant_name, Complaint.phone, Complaint.category,
            Complaint.received_at, Complaint.deadline, Complaint.escalation_level,
            Complaint.version, _Assigned.name.alias("assigned_name"),
            Department.name.alias("department_name"),
        )
        .join(_Assigned, JOIN.LEFT_OUTER, on=(Complaint.assigned_to == _Assigned.id))
        .switch(Complaint)
        .join(Department, JOIN.LEFT_OUTER, on=(Complaint.department == Department.id))
    )


def _to_row(r) -> WorklistRow:
    return WorklistRow(
        id=r["id"], number=r["number"], kind=r["kind"], status=r["status"],
        complainant_name=r["complainant_name"], phone=r["phone"], category=r["category"],
        received_at=r["received_at"], assigned_name=r["assigned_name"] or "",
        department_name=r["department_name"] or "", deadline=r["deadline"],
        escalation_level=r["escalation_level"], version=r["version"],
    )


def page(flt: WorklistFilter, before_id: int | None = None, limit: int = PAGE_SIZE) -> list[WorklistRow]:
    query = _base_query()
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
