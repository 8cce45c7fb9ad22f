"""The record of a resolution slip (处理结果确认单, DOMAIN step 5); the PDF is made elsewhere.

A slip is issued once the customer agreed: it takes a number unique across desks
(<store>-R-YYYYMMDD-NNNN), and a snapshot of the agreed remedies so that a reprint
shows what was signed even if the resolution changes later. Every print is counted
(the first is the original, later ones are copies: 第N次补打) with the PDF's SHA-256;
the clerk marks it signed (who, when, optionally the scanned paper) or records the
customer's refusal, which sends the complaint back to proposing a resolution.
"""

import datetime
import json
import re
from dataclasses import dataclass
from decimal import Decimal

from desk import settings
from desk.complaints import attachments, editing, lifecycle
from desk.errors import DeskError, ValidationError
from desk.models import Complaint, ResolutionSlip, SlipPrint, now
from desk.resolution import approval
from desk.resolution import remedies as resolution
from desk.staff import permissions
from desk.storage import db, history, numbering
from desk.validation import check_not_future, check_text

ISSUABLE_STATES = ("agreed",)
SHA256_PATTERN = re.compile(r"^[0-9a-f]{64}$")
REASON_MAX = 200


@dataclass(frozen=True)
class SlipInfo:
    id: int
    complaint_id: int
    complaint_number: str
    number: str
    total: Decimal
    remedies: tuple[resolution.RemedyItem, ...]
    issued_by_id: int
    issued_at: datetime.datetime
    approved_by_id: int | None
    prints: int
    pdf_sha256: str
    signed_by_id: int | None
    signed_at: datetime.datetime | None
    scan_attachment_id: int | None
    refused_at: datetime.datetime | None
    refusal_reason: str

    @property
    def next_copy_no(self) -> int:
        """The print number the next print will get (1 = the original)."""
        return self.prints + 1


def _info(row: ResolutionSlip) -> SlipInfo:
    remedies = tuple(resolution.RemedyItem(r["kind"], None if r["amount"] is None
                                           else Decimal(r["amount"]), r["text"])
                     for r in json.loads(row.remedies))
    return SlipInfo(id=row.id, complaint_id=row.complaint_id,
                    complaint_number=Complaint.get_by_id(row.complaint_id).number,
                    number=row.number, total=row.total, remedies=remedies,
                    issued_by_id=row.issued_by_id, issued_at=row.issued_at,
                    approved_by_id=row.approved_by_id, prints=row.prints,
                    pdf_sha256=row.pdf_sha256, signed_by_id=row.signed_by_id,
                    signed_at=row.signed_at, scan_attachment_id=row.scan_id,
                    refused_at=row.refused_at, refusal_reason=row.refusal_reason)


def _row(slip_id: int) -> ResolutionSlip:
    row = ResolutionSlip.get_or_none(ResolutionSlip.id == slip_id)
    if row is None:
        raise DeskError("not_found")
    return row


def slip(slip_id: int) -> SlipInfo:
    return _info(_row(slip_id))


def slips_of(complaint_id: int) -> list[SlipInfo]:
    rows = ResolutionSlip.select().where(ResolutionSlip.complaint == complaint_id)
    return [_info(r) for r in rows.order_by(ResolutionSlip.id)]


def next_slip_number(store_code: str, day: datetime.date) -> str:
    """Reserve the next slip number (inside the write transaction that uses it)."""
    return numbering.next_number(store_code, day, paper="slip")


def issue_slip(complaint_id: int, staff, desk: str) -> SlipInfo:
    """The slip of the agreed resolution; the open one if it was issued already."""
    permissions.require(staff, "issue_slip")
    with db.write_transaction():
        complaint = editing.stored_complaint(complaint_id)
        if complaint.status not in ISSUABLE_STATES:
            raise DeskError("slip_needs_agreement", status=complaint.status)
        res = resolution.resolution_of(complaint_id)
        open_slip = (ResolutionSlip.select()
                     .where((ResolutionSlip.complaint == complaint_id)
                            & ResolutionSlip.refused_at.is_null()
                            & (ResolutionSlip.content_hash == res.content_hash))
                     .order_by(ResolutionSlip.id.desc()).first())
        if open_slip is not None:
            return _info(open_slip)
        at = now()
        approver = approval.approver_of(complaint_id)
        snapshot = json.dumps([{"kind": r.kind, "text": r.text,
                                "amount": None if r.amount is None else str(r.amount)}
                               for r in res.remedies], ensure_ascii=False)
        row = ResolutionSlip.create(
            complaint=complaint_id, number=next_slip_number(settings.get("store_code"),
                                                            at.date()),
            content_hash=res.content_hash, remedies=snapshot, total=res.total,
            issued_by=staff.id, issued_at=at, desk=desk,
            approved_by=approver.id if approver else None)
        history.record(complaint_id, staff.id, desk, "slip_issued", field="slip",
                       new=row.number)
        history.mark_changed("complaint", complaint_id, desk)
    return _info(row)


def record_print(slip_id: int, pdf_sha256: str, staff, desk: str) -> int:
    """Count one print of the slip with its PDF's SHA-256; returns its number (1 = original)."""
    permissions.require(staff, "print_slip")
    digest = (pdf_sha256 or "").lower()
    if not SHA256_PATTERN.match(digest):
        raise ValidationError({"pdf_sha256": ("sha256_invalid", {})})
    with db.write_transaction():
        row = _row(slip_id)
        at = now()
        # One statement: two desks printing at once still count two prints.
        ResolutionSlip.update(prints=ResolutionSlip.prints + 1, last_printed_at=at,
                              pdf_sha256=digest).where(ResolutionSlip.id == slip_id).execute()
        copy_no = ResolutionSlip.get_by_id(slip_id).prints
        SlipPrint.create(slip=slip_id, copy_no=copy_no, pdf_sha256=digest, printed_by=staff.id,
                         printed_at=at, desk=desk)
        history.record(row.complaint_id, staff.id, desk,
                       "slip_printed" if copy_no == 1 else "slip_reprinted",
                       field="slip", new=row.number, note=f"{copy_no} {digest}")
        history.mark_changed("complaint", row.complaint_id, desk)
    return copy_no


def mark_signed(slip_id: int, staff, signed_at: datetime.datetime, scan_bytes: bytes | None = None,
                *, desk: str, scan_filename: str | None = None) -> SlipInfo:
    """The customer signed (on paper, seen by `staff` at `signed_at`); the scan is kept."""
    permissions.require(staff, "sign_slip")
    if not isinstance(signed_at, datetime.datetime):
        raise ValidationError({"signed_at": ("datetime_invalid", {})})
    signed_at = signed_at.replace(microsecond=0)
    error = check_not_future(signed_at, now())
    if error:
        raise ValidationError({"signed_at": error})
    with db.write_transaction():
        row = _row(slip_id)
        _require_open(row)
        if signed_at < row.issued_at:
            raise ValidationError({"signed_at": ("before_issued", {})})
        scan_id = None
        if scan_bytes:
            scan = attachments.add_bytes(row.complaint_id, scan_bytes,
                                         scan_filename or f"{row.number}.pdf", staff, desk)
            scan_id = scan.id
        ResolutionSlip.update(signed_by=staff.id, signed_at=signed_at, scan=scan_id).where(
            ResolutionSlip.id == slip_id).execute()
        history.record(row.complaint_id, staff.id, desk, "slip_signed", field="slip",
                       new=row.number, note=signed_at.isoformat(sep=" "))
        history.mark_changed("complaint", row.complaint_id, desk)
    return slip(slip_id)


def record_refusal(slip_id: int, expected_version: int, staff, desk: str,
                   reason: str) -> Complaint:
    """The customer will not sign: the slip is void and the complaint goes back to step 4."""
    reason, error = check_text(reason, REASON_MAX, required=True)
    if error:
        raise ValidationError({"reason": error})
    with db.write_transaction():
        row = _row(slip_id)
        _require_open(row)
        fresh = lifecycle.perform(row.complaint_id, expected_version, "customer_refuses",
                                  staff, desk, reason=reason)
        ResolutionSlip.update(refused_at=now(), refused_by=staff.id,
                              refusal_reason=reason).where(ResolutionSlip.id == slip_id).execute()
        history.record(row.complaint_id, staff.id, desk, "slip_refused", field="slip",
                       new=row.number, note=reason)
    return fresh


def _require_open(row: ResolutionSlip) -> None:
    if row.signed_at is not None:
        raise DeskError("slip_already_signed", number=row.number)
    if row.refused_at is not None:
        raise DeskError("slip_refused", number=row.number)


def unsigned_slips() -> list[SlipInfo]:
    """Printed but neither signed nor refused: what the end-of-shift handover lists."""
    rows = (ResolutionSlip.select()
            .where((ResolutionSlip.prints > 0) & ResolutionSlip.signed_at.is_null()
                   & ResolutionSlip.refused_at.is_null())
            .order_by(ResolutionSlip.id))
    return [_info(r) for r in rows]
