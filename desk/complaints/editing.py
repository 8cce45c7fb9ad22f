"""Changing a stored complaint safely when several desks share it.

Every save names the version it started from. If another desk saved in between,
nothing is written and ConflictError carries what is stored now, so the clerk can
see what changed and choose. Every changed field goes into the history.
"""

from desk.complaints import escalation
from desk.errors import ConflictError, DeskError
from desk.models import Complaint, now
from desk.storage import db, history
from desk.storage.search_text import SEARCHABLE_FIELDS, tokens_of

# Fields a generic edit may touch; state, number and version have their own rules.
EDITABLE_FIELDS = frozenset(
    {
        "channel", "category", "complainant_name", "member_no", "product_name",
        "product_brand", "product_model", "order_no", "purchase_date", "purchase_amount",
        "account", "demands", "demand_detail", "escalation_level", "media_involved",
        "assigned_to", "department", "deadline", "repeat_of",
    }
)


def _plain(value):
    """Foreign keys compare by id; everything else as stored."""
    return getattr(value, "id", value)


def stored_complaint(complaint_id: int, expected_version: int | None = None) -> Complaint:
    """The complaint as stored now (read it inside the write transaction that changes it).

    "not_found" when it is gone; ConflictError, carrying what is stored, when another
    desk saved it after the `expected_version` this desk's clerk was looking at.
    """
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None:
        raise DeskError("not_found")
    if expected_version is not None and complaint.version != expected_version:
        raise ConflictError(current=complaint, expected=expected_version,
                            stored=complaint.version)
    return complaint


def update_complaint(complaint_id: int, expected_version: int, changes: dict, staff, desk: str,
                     action: str = "changed", allowed=EDITABLE_FIELDS,
                     extra_events=()) -> Complaint:
    """Apply changes if the complaint is still at expected_version; returns it re-read.

    `changes` maps field names to new values. Unchanged values are dropped; if nothing
    is left the complaint is returned untouched. `extra_events` are (action, note)
    pairs written to the history in the same transaction.
    """
    unknown = set(changes) - set(allowed)
    if unknown:
        raise DeskError("field_not_editable", fields=", ".join(sorted(unknown)))
    with db.write_transaction():
        current = stored_complaint(complaint_id, expected_version)
        diffs = {
            name: (_plain(getattr(current, name)), _plain(value))
            for name, value in changes.items()
            if _plain(getattr(current, name)) != _plain(value)
        }
        if not diffs and not extra_events:
            return current
        old_tokens = tokens_of(current)
        updated = (
            Complaint.update(
                **{name: new for name, (_, new) in diffs.items()},
                version=Complaint.version + 1,
                updated_at=now(),
            )
            .where((Complaint.id == complaint_id) & (Complaint.version == expected_version))
            .execute()
        )
        if updated != 1:  # a writer slipped in between the read and the update
            raise ConflictError(current=Complaint.get_by_id(complaint_id),
                                expected=expected_version)
        for name, (old, new) in diffs.items():
            history.record(complaint_id, staff.id, desk, action, field=name, old=old, new=new)
        for extra_action, note in extra_events:
            history.record(complaint_id, staff.id, desk, extra_action, note=note)
        fresh = Complaint.get_by_id(complaint_id)
        if "escalation_level" in diffs or "media_involved" in diffs:  # level 3 / media
            escalation.on_changed(complaint_id, current.escalation_level, current.media_involved,
                                  fresh.escalation_level, fresh.media_involved, staff, desk)
        if any(name in SEARCHABLE_FIELDS for name in diffs):
            db.backend().index_complaint(complaint_id, tokens_of(fresh), old_tokens=old_tokens)
        history.mark_changed("complaint", complaint_id, desk)
    return fresh
