"""The append-only history of complaints, chained by hashes so tampering shows.

Each entry's hash covers its own content and the previous entry's hash (one chain
for the whole store). `verify_chain()` walks it and says where it breaks.
"""

import hashlib
import json
from dataclasses import dataclass

from desk.models import ChangeLog, ComplaintEvent, now
from desk.storage import db

GENESIS = "0" * 64


def _entry_hash(prev_hash: str, complaint_id: int, at, staff_id, desk: str, action: str,
                field: str, old: str, new: str, note: str) -> str:
    payload = json.dumps(
        [prev_hash, complaint_id, at.isoformat(sep=" "), staff_id, desk, action, field, old,
         new, note],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def record(complaint_id: int, staff_id: int | None, desk: str, action: str, field: str = "",
           old="", new="", note: str = "") -> ComplaintEvent:
    """Append one entry; call inside the write transaction of the change it records."""
    db.backend().lock_history_chain()
    tail = ComplaintEvent.select(ComplaintEvent.hash).order_by(ComplaintEvent.id.desc()).first()
    prev_hash = tail.hash if tail else GENESIS
    at = now()
    old, new = ("" if old is None else str(old)), ("" if new is None else str(new))
    entry_hash = _entry_hash(prev_hash, complaint_id, at, staff_id, desk, action, field, old,
                             new, note)
    return ComplaintEvent.create(
        complaint=complaint_id, at=at, staff=staff_id, desk=desk, action=action, field=field,
        old_value=old, new_value=new, note=note, prev_hash=prev_hash, hash=entry_hash,
    )


def mark_changed(table: str, row_id: int, desk: str) -> None:
    """Tell the other desks (desk.storage.live) that this row moved, in the same transaction."""
    db.backend().notify_change(table, row_id)
    ChangeLog.create(table=table, row_id=row_id, desk=desk)


@dataclass
class ChainBreak:
    event_id: int
    reason: str  # "hash_mismatch" (row edited) or "link_broken" (row removed or reordered)


def verify_chain(batch: int = 5000) -> tuple[int, ChainBreak | None]:
    """(entries checked, first break or None)."""
    prev_hash, checked, last_id = GENESIS, 0, 0
    while True:
        rows = list(
            ComplaintEvent.select()
            .where(ComplaintEvent.id > last_id)
            .order_by(ComplaintEvent.id)
            .limit(batch)
        )
        if not rows:
            return checked, None
        for e in rows:
            if e.prev_hash != prev_hash:
                return checked, ChainBreak(e.id, "link_broken")
            expected = _entry_hash(e.prev_hash, e.complaint_id, e.at, e.staff_id, e.desk,
                                   e.action, e.field, e.old_value, e.new_value, e.note)
            if expected != e.hash:
                return checked, ChainBreak(e.id, "hash_mismatch")
            prev_hash, last_id = e.hash, e.id
            checked += 1


def events_of(complaint_id: int) -> list[ComplaintEvent]:
    return list(
        ComplaintEvent.select()
        .where(ComplaintEvent.complaint == complaint_id)
        .order_by(ComplaintEvent.id)
    )
