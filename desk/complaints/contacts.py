"""The contact log: every time the desk spoke with the customer (when, how, what was said).

Keeping the customer informed is part of the process (step 3), and every complaint
ends with a reply (kind "reply"): closing checks for one (desk.complaints.lifecycle).
"""

import datetime

from peewee import fn

from desk.errors import DeskError, ValidationError
from desk.models import Complaint, ComplaintEvent, ContactEntry, now
from desk.staff import permissions
from desk.storage import db, history
from desk.validation import check_not_future, check_text

METHODS = ("phone", "sms", "email", "visit", "counter")
KINDS = ("info", "reply")  # reply: the desk's answer to the customer's complaint
TEXT_MAX = 2000


def check(method: str, kind: str, text: str, at: datetime.datetime | None,
          now_: datetime.datetime) -> tuple[dict, dict]:
    """(clean values, errors) for one contact entry."""
    errors: dict[str, tuple[str, dict]] = {}
    if method not in METHODS:
        errors["method"] = ("choice_invalid", {}) if method else ("required", {})
    if kind not in KINDS:
        errors["kind"] = ("choice_invalid", {})
    text, error = check_text(text, TEXT_MAX, required=True)
    if error:
        errors["text"] = error
    at = (at or now_).replace(microsecond=0)
    if error := check_not_future(at, now_):
        errors["at"] = error
    return dict(method=method, kind=kind, text=text, at=at), errors


def write(complaint_id: int, at: datetime.datetime, method: str, kind: str, text: str,
          staff, desk: str) -> ContactEntry:
    """Store a checked entry and its history line; call inside a write transaction."""
    entry = ContactEntry.create(complaint=complaint_id, at=at, method=method, kind=kind,
                                text=text, staff=staff.id, desk=desk)
    history.record(complaint_id, staff.id, desk, f"contact_{kind}", field="method", new=method,
                   note=text)
    history.mark_changed("complaint", complaint_id, desk)
    return entry


def add(complaint_id: int, method: str, kind: str, text: str, staff, desk: str,
        at: datetime.datetime | None = None) -> ContactEntry:
    """Log a contact with the customer (also on a closed complaint: the customer may call)."""
    permissions.require(staff, "add_contact")
    clean, errors = check(method, kind, text, at, now())
    if errors:
        raise ValidationError(errors)
    with db.write_transaction():
        if not Complaint.select().where(Complaint.id == complaint_id).exists():
            raise DeskError("not_found")
        return write(complaint_id, clean["at"], clean["method"], clean["kind"], clean["text"],
                     staff, desk)


def entries_of(complaint_id: int) -> list[ContactEntry]:
    """The complaint's contact log, oldest first."""
    return list(ContactEntry.select().where(ContactEntry.complaint == complaint_id)
                .order_by(ContactEntry.at, ContactEntry.id))


def reply_recorded(complaint_id: int) -> bool:
    """Was a reply logged in the current round, i.e. since the complaint was last reopened?

    Read from the history's order, not from the contact's own time (which the clerk
    may give afterwards), so a reply of the earlier round never closes the new one.
    """
    last_reopen = (ComplaintEvent.select(fn.MAX(ComplaintEvent.id))
                   .where((ComplaintEvent.complaint == complaint_id)
                          & (ComplaintEvent.action == "reopen"))
                   .scalar())
    query = ComplaintEvent.select().where((ComplaintEvent.complaint == complaint_id)
                                          & (ComplaintEvent.action == "contact_reply"))
    if last_reopen is not None:
        query = query.where(ComplaintEvent.id > last_reopen)
    return query.exists()
