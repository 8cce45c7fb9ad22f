"""Who handles a complaint: the responsible department and the assigned person.

Setting an empty department or person is an assignment. Changing one that was
already set is a transfer (重派): it needs a reason and writes a Transfer row, which
the reassignment rate counts. The change itself goes through desk.complaints.lifecycle
(action "route", or "judge_founded", which names the department), so the version
check, history and change note happen in one transaction with the Transfer row.
"""

import datetime
from dataclasses import dataclass

from desk.complaints import case_totals
from desk.errors import ValidationError
from desk.models import Complaint, Department, Staff, Transfer
from desk.validation import check_text

REASON_MAX = 200


@dataclass
class RoutePlan:
    changes: dict  # Complaint fields: department / assigned_to (ids)
    transfer: dict | None  # Transfer row values, when something already set moves


def active_department(department_id) -> tuple[int | None, tuple[str, dict] | None]:
    dept = Department.get_or_none((Department.id == department_id)
                                  & (Department.active == True))  # noqa: E712
    return (dept.id, None) if dept else (None, ("choice_invalid", {}))


def active_staff(staff_id) -> tuple[int | None, tuple[str, dict] | None]:
    person = Staff.get_or_none((Staff.id == staff_id) & (Staff.active == True))  # noqa: E712
    return (person.id, None) if person else (None, ("choice_invalid", {}))


def plan(complaint: Complaint, department_id: int | None = None,
         assigned_to_id: int | None = None, reason: str = "",
         require_change: bool = True) -> RoutePlan:
    """What routing to these ids changes; ids left None stay as they are.

    Raises ValidationError for an unknown or inactive target, a transfer without a
    reason, or (require_change) a route that changes nothing.
    """
    errors: dict[str, tuple[str, dict]] = {}
    changes: dict = {}
    if department_id is not None:
        dept, error = active_department(department_id)
        if error:
            errors["department_id"] = error
        elif dept != complaint.department_id:
            changes["department"] = dept
    if assigned_to_id is not None:
        person, error = active_staff(assigned_to_id)
        if error:
            errors["assigned_to_id"] = error
        elif person != complaint.assigned_to_id:
            changes["assigned_to"] = person
    if not errors and not changes and require_change:
        errors["department_id" if department_id is not None else "assigned_to_id"] = (
            "unchanged", {})
    moves_dept = "department" in changes and complaint.department_id is not None
    moves_person = "assigned_to" in changes and complaint.assigned_to_id is not None
    reason, error = check_text(reason, REASON_MAX, required=moves_dept or moves_person)
    if error:
        errors["reason"] = error
    if errors:
        raise ValidationError(errors)
    transfer = None
    if moves_dept or moves_person:
        transfer = dict(
            from_department=complaint.department_id,
            to_department=changes.get("department", complaint.department_id),
            from_staff=complaint.assigned_to_id,
            to_staff=changes.get("assigned_to", complaint.assigned_to_id),
            reason=reason,
        )
    return RoutePlan(changes=changes, transfer=transfer)


def write_transfer(complaint_id: int, transfer: dict, staff, at: datetime.datetime) -> Transfer:
    """Store one transfer; call inside the transaction that moves the complaint."""
    row = Transfer.create(complaint=complaint_id, by=staff.id, at=at, **transfer)
    case_totals.count_transfer(complaint_id)
    return row


def transfer_count(complaint_id: int) -> int:
    """How many times this complaint was handed on (重派): the reassignment rate counts it."""
    return Transfer.select().where(Transfer.complaint == complaint_id).count()


def transfers_of(complaint_id: int) -> list[Transfer]:
    return list(Transfer.select().where(Transfer.complaint == complaint_id).order_by(Transfer.id))


def transfers_between(since: datetime.datetime, until: datetime.datetime) -> list[Transfer]:
    """Transfers made in [since, until): for the reassignment rate of a period."""
    return list(Transfer.select().where((Transfer.at >= since) & (Transfer.at < until))
                .order_by(Transfer.at, Transfer.id))
