"""Investigating a complaint (DOMAIN step 3): cause, responsible person, and the
requests put to departments with when they answered.

The cause and responsible person are set through desk.complaints.lifecycle (action
"record_cause", versioned like every change of the complaint); the codes and
limits are here. Requests to
departments are separate rows: asking or recording an answer never conflicts with a
colleague editing the complaint. An answer recorded later than the department's
deadline (asked_at + Department.answer_hours) writes an entry into the internal
incident log (《内部违规事件情况登记表》) in the same transaction.
"""

import datetime
from dataclasses import dataclass

from desk import vocab
from desk.complaints import editing
from desk.errors import DeskError, ValidationError
from desk.models import Complaint, Department, DepartmentRequest, IncidentLogEntry, now
from desk.staff import permissions
from desk.storage import db, history
from desk.validation import check_not_future, check_text

CAUSES = (
    "product_quality",
    "service",
    "communication",
    "delivery_installation",
    "third_party",  # e.g. the cable-TV signal, not the television
    "customer_misunderstanding",
    "other",
)
QUESTION_MAX = 1000
ANSWER_MAX = 2000
CAUSE_DETAIL_MAX = 1000
RESPONSIBLE_MAX = 60


# -- requests to departments --------------------------------------------------------

def _open_complaint(complaint_id: int) -> Complaint:
    complaint = editing.stored_complaint(complaint_id)
    if complaint.status == vocab.STATUS_CLOSED:
        raise DeskError("complaint_closed")
    return complaint


def ask(complaint_id: int, department_id: int, question: str, staff, desk: str,
        at: datetime.datetime | None = None) -> DepartmentRequest:
    """Put a question to a department; it has Department.answer_hours to answer."""
    permissions.require(staff, "ask_department")
    current = now()
    errors: dict[str, tuple[str, dict]] = {}
    question, error = check_text(question, QUESTION_MAX, required=True)
    if error:
        errors["question"] = error
    asked_at = (at or current).replace(microsecond=0)
    if error := check_not_future(asked_at, current):
        errors["asked_at"] = error
    dept = Department.get_or_none((Department.id == department_id)
                                  & (Department.active == True))  # noqa: E712
    if dept is None:
        errors["department_id"] = ("choice_invalid", {})
    if errors:
        raise ValidationError(errors)
    with db.write_transaction():
        _open_complaint(complaint_id)
        request = DepartmentRequest.create(
            complaint=complaint_id, department=dept.id, question=question, asked_at=asked_at,
            asked_by=staff.id, due_at=asked_at + datetime.timedelta(hours=dept.answer_hours),
        )
        history.record(complaint_id, staff.id, desk, "department_asked", field="department",
                       new=dept.id, note=question)
        history.mark_changed("complaint", complaint_id, desk)
    return request


def record_answer(request_id: int, answer: str, staff, desk: str,
                  at: datetime.datetime | None = None) -> DepartmentRequest:
    """Record the department's answer (given at `at`, default now); late means an incident."""
    permissions.require(staff, "record_department_answer")
    current = now()
    errors: dict[str, tuple[str, dict]] = {}
    answer, error = check_text(answer, ANSWER_MAX, required=True)
    if error:
        errors["answer"] = error
    answered_at = (at or current).replace(microsecond=0)
    if error := check_not_future(answered_at, current):
        errors["answered_at"] = error
    with db.write_transaction():
        request = DepartmentRequest.get_or_none(DepartmentRequest.id == request_id)
        if request is None:
            raise DeskError("not_found")
        if answered_at < request.asked_at and "answered_at" not in errors:
            errors["answered_at"] = ("before_asked", {})
        if errors:
            raise ValidationError(errors)
        # Conditional: two desks recording the same answer, one of them wins.
        updated = (DepartmentRequest
                   .update(answered_at=answered_at, answer=answer,
                           answer_recorded_by=staff.id)
                   .where((DepartmentRequest.id == request_id)
                          & DepartmentRequest.answered_at.is_null())
                   .execute())
        if updated != 1:
            raise DeskError("already_answered")
        history.record(request.complaint_id, staff.id, desk, "department_answered",
                       field="department", new=request.department_id, note=answer)
        if answered_at > request.due_at:
            entry = IncidentLogEntry.create(
                request=request.id, complaint=request.complaint_id,
                department=request.department_id, asked_at=request.asked_at,
                due_at=request.due_at, answered_at=answered_at,
                delay_minutes=int((answered_at - request.due_at).total_seconds() // 60),
                recorded_by=staff.id, recorded_at=current,
            )
            history.record(request.complaint_id, staff.id, desk, "incident_logged",
                           field="department", new=request.department_id,
                           note=str(entry.delay_minutes))
            history.mark_changed("incident", entry.id, desk)
        history.mark_changed("complaint", request.complaint_id, desk)
    return DepartmentRequest.get_by_id(request_id)


def requests_of(complaint_id: int) -> list[DepartmentRequest]:
    return list(DepartmentRequest.select().where(DepartmentRequest.complaint == complaint_id)
                .order_by(DepartmentRequest.id))


def overdue_requests(at: datetime.datetime | None = None) -> list[DepartmentRequest]:
    """Unanswered requests past their due time, the longest overdue first."""
    at = at or now()
    return list(DepartmentRequest.select()
                .where(DepartmentRequest.answered_at.is_null() & (DepartmentRequest.due_at < at))
                .order_by(DepartmentRequest.due_at, DepartmentRequest.id))


# -- the internal incident log ------------------------------------------------------

@dataclass(frozen=True)
class IncidentRow:
    id: int
    department_id: int
    department_name: str
    complaint_id: int
    complaint_number: str
    asked_at: datetime.datetime
    due_at: datetime.datetime
    answered_at: datetime.datetime
    delay_minutes: int


def incident_log(since: datetime.datetime | None = None,
                 until: datetime.datetime | None = None,
                 department_id: int | None = None) -> list[IncidentRow]:
    """《内部违规事件情况登记表》: late answers in [since, until) by answer time, oldest first."""
    query = (IncidentLogEntry
             .select(IncidentLogEntry, Department.id, Department.name, Complaint.id,
                     Complaint.number)
             .join(Department, on=(IncidentLogEntry.department == Department.id))
             .switch(IncidentLogEntry)
             .join(Complaint, on=(IncidentLogEntry.complaint == Complaint.id)))
    if since is not None:
        query = query.where(IncidentLogEntry.answered_at >= since)
    if until is not None:
        query = query.where(IncidentLogEntry.answered_at < until)
    if department_id is not None:
        query = query.where(IncidentLogEntry.department == department_id)
    return [
        IncidentRow(id=e.id, department_id=e.department_id, department_name=e.department.name,
                    complaint_id=e.complaint_id, complaint_number=e.complaint.number,
                    asked_at=e.asked_at, due_at=e.due_at, answered_at=e.answered_at,
                    delay_minutes=e.delay_minutes)
        for e in query.order_by(IncidentLogEntry.answered_at, IncidentLogEntry.id)
    ]
