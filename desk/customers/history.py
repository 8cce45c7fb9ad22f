"""A customer's whole history on one screen: complaints and inquiries, callbacks, the
clerks' contacts, slips, the remedies granted and their total, and the record's own
entries (edited, assigned, merged), newest first.

Each source is read with one query over its customer index; a customer with years of
contacts still reads in a few milliseconds.
"""

import datetime
import json
from dataclasses import dataclass
from decimal import Decimal

from desk.complaints.lifecycle import GRANTED_STATES
from desk.customers import records
from desk.models import (
    Callback,
    Complaint,
    ComplaintCase,
    CustomerContact,
    CustomerEvent,
    Remedy,
    ResolutionSlip,
    Staff,
)

COMPLAINT, INQUIRY, CALLBACK, CONTACT, SLIP, REMEDY, RECORD = (
    "complaint", "inquiry", "callback", "contact", "slip", "remedy", "record")


@dataclass(frozen=True)
class HistoryLine:
    at: datetime.datetime
    kind: str  # one of the constants above
    number: str = ""  # complaint or slip number
    state: str = ""  # a code: the complaint's status, the callback's outcome, an action
    text: str = ""  # short plain text: category and account, a note, what changed
    staff_name: str = ""
    amount: Decimal | None = None
    complaint_id: int | None = None


@dataclass(frozen=True)
class CustomerHistory:
    lines: list[HistoryLine]
    complaints: int
    inquiries: int
    callbacks: int
    contacts: int
    remedies_total: Decimal


def _names() -> dict[int, str]:
    return dict(Staff.select(Staff.id, Staff.name).tuples())


def _brief(text: str, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def of(customer_id: int) -> CustomerHistory:
    customer_id = records.resolve(customer_id)
    names = _names()
    lines: list[HistoryLine] = []
    counts = {COMPLAINT: 0, INQUIRY: 0}
    complaints = list(Complaint.select(Complaint.id, Complaint.number, Complaint.kind,
                                       Complaint.status, Complaint.category,
                                       Complaint.account, Complaint.received_at,
                                       Complaint.registered_by)
                      .where(Complaint.customer == customer_id))
    numbers = {c.id: c.number for c in complaints}
    for c in complaints:
        kind = INQUIRY if c.kind == "inquiry" else COMPLAINT
        counts[kind] += 1
        lines.append(HistoryLine(c.received_at, kind, c.number, c.status,
                                 f"{c.category} · {_brief(c.account)}",
                                 names.get(c.registered_by_id, ""), complaint_id=c.id))
    callbacks = list(Callback.select().where(Callback.customer == customer_id))
    for cb in callbacks:
        lines.append(HistoryLine(cb.done_at or cb.due_at, CALLBACK,
                                 numbers.get(cb.complaint_id, ""),
                                 cb.outcome or cb.state, _brief(cb.notes or cb.topic),
                                 names.get(cb.done_by_id or cb.created_by_id, ""),
                                 complaint_id=cb.complaint_id))
    contacts = list(CustomerContact.select().where(CustomerContact.customer == customer_id))
    for k in contacts:
        lines.append(HistoryLine(k.at, CONTACT, "", k.method, _brief(k.note, 120),
                                 names.get(k.staff_id, "")))
    ids = list(numbers)
    if ids:
        for s in ResolutionSlip.select().where(ResolutionSlip.complaint.in_(ids)):
            state = "signed" if s.signed_at else "refused" if s.refused_at else "printed"
            lines.append(HistoryLine(s.issued_at, SLIP, s.number, state, numbers[s.complaint_id],
                                     names.get(s.issued_by_id, ""), s.total, s.complaint_id))
    granted = Decimal("0.00")
    granted_ids = [c.id for c in complaints if c.status in GRANTED_STATES]
    if granted_ids:
        founded = {cid for (cid,) in ComplaintCase.select(ComplaintCase.complaint)
                   .where(ComplaintCase.complaint.in_(granted_ids)
                          & (ComplaintCase.judgment == "founded")).tuples()}
        by_id = {c.id: c for c in complaints}
        for r in (Remedy.select().where(Remedy.complaint.in_(list(founded)))
                  .order_by(Remedy.complaint, Remedy.position)):
            c = by_id[r.complaint_id]
            granted += r.amount or Decimal("0.00")
            lines.append(HistoryLine(c.received_at, REMEDY, c.number, r.kind, _brief(r.text),
                                     "", r.amount, c.id))
    for e in CustomerEvent.select().where(CustomerEvent.customer == customer_id):
        lines.append(HistoryLine(e.at, RECORD, "", e.action, _event_text(e.detail),
                                 names.get(e.staff_id, "")))
    lines.sort(key=lambda line: (line.at, line.kind), reverse=True)
    return CustomerHistory(lines, counts[COMPLAINT], counts[INQUIRY], len(callbacks),
                           len(contacts), granted)


def _event_text(detail: str) -> str:
    """What an entry changed, as plain text: field names stay codes for the screen."""
    data = json.loads(detail or "{}")
    if "changed" in data:
        return "; ".join(f"{k}: {old or '—'} → {new or '—'}"
                         for k, (old, new) in data["changed"].items())
    return "; ".join(f"{k}: {v}" for k, v in data.items())
