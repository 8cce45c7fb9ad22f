"""Authority limits (不越权承诺), supervisors' approvals and the after-the-fact review.

The rule: the customer may agree to a resolution whose money total lies above the
limit of the staff member taking the agreement only if a supervisor approved exactly
that content (its hash). A supervisor approves on the same desk with code + PIN
(`approve_with_pin`) or later from the queue on any desk (`approve` / `decline`).
What a clerk grants within their own limit is listed for the supervisor's review.

The rule is enforced as guards on desk.complaints.lifecycle's actions, installed when this module
is imported (desk.complaints.lifecycle imports it at its end), so every way of performing
"agree" meets it. The guards also write the approval rows in the action's transaction.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN

from desk.complaints import editing, lifecycle
from desk.errors import DeskError, PermissionDenied
from desk.models import Complaint, GrantReview, ResolutionApproval, Staff, now
from desk.resolution import remedies as resolution
from desk.staff import auth, permissions
from desk.storage import db, history
from desk.validation import check_text

NOTE_MAX = 500


# -- the rule ------------------------------------------------------------------------

def limit_of(staff) -> Decimal:
    """The staff member's limit as stored now (a limit lowered since sign-in counts)."""
    row = Staff.get_or_none(Staff.id == staff.id)
    return row.authority_limit if row is not None else Decimal("0.00")


def valid_approval(complaint_id: int) -> ResolutionApproval | None:
    """The supervisor's approval of the resolution as it stands now, if any."""
    current = resolution.resolution_of(complaint_id).content_hash
    return (ResolutionApproval.select()
            .where((ResolutionApproval.complaint == complaint_id)
                   & (ResolutionApproval.status == "approved")
                   & (ResolutionApproval.content_hash == current))
            .order_by(ResolutionApproval.id.desc()).first())


def needs_approval(complaint_id: int, staff) -> bool:
    """Would this staff member need a supervisor's approval to take the agreement now?"""
    total = resolution.resolution_of(complaint_id).total
    return total > limit_of(staff) and valid_approval(complaint_id) is None


# -- guards on the lifecycle's actions -------------------------------------------------

def _pending(complaint_id: int):
    return ResolutionApproval.select().where(
        (ResolutionApproval.complaint == complaint_id)
        & (ResolutionApproval.status == "pending"))


def _on_agree(step) -> None:
    cid = step.complaint.id
    res = resolution.resolution_of(cid)
    limit = limit_of(step.staff)
    if res.total > limit:
        if valid_approval(cid) is None:
            raise PermissionDenied("approval_required", total=str(res.total), limit=str(limit))
        return
    if step.staff.role != permissions.SUPERVISOR:  # granted on the clerk's own authority
        step.after.append(lambda fresh: GrantReview.create(
            complaint=cid, granted_by=step.staff.id, granted_at=step.at, total=res.total,
            content_hash=res.content_hash))


def _on_request(step) -> None:
    cid = step.complaint.id
    res = resolution.resolution_of(cid)

    def write(fresh):
        ResolutionApproval.update(status="cancelled").where(
            ResolutionApproval.id.in_(_pending(cid).select(ResolutionApproval.id))).execute()
        ResolutionApproval.create(complaint=cid, status="pending", content_hash=res.content_hash,
                                  total=res.total, requested_by=step.staff.id,
                                  requested_at=step.at, desk=step.desk)
    step.after.append(write)


def _decide(status: str):
    def guard(step) -> None:
        cid = step.complaint.id
        res = resolution.resolution_of(cid)
        reason = step.inputs.get("reason") or step.inputs.get("note") or ""

        def write(fresh):
            values = dict(status=status, content_hash=res.content_hash, total=res.total,
                          decided_by=step.staff.id, decided_at=step.at, via="queue",
                          reason=reason)
            row = _pending(cid).order_by(ResolutionApproval.id.desc()).first()
            if row is None:  # approved without a recorded request (e.g. an older database)
                ResolutionApproval.create(complaint=cid, desk=step.desk, **values)
            else:
                ResolutionApproval.update(desk=step.desk, **values).where(
                    ResolutionApproval.id == row.id).execute()
        step.after.append(write)
    return guard


def _on_customer_refuses(step) -> None:
    cid = step.complaint.id
    step.after.append(lambda fresh: ResolutionApproval.update(status="cancelled").where(
        (ResolutionApproval.complaint == cid)
        & (ResolutionApproval.status == "pending")).execute())


_approve_guard = _decide("approved")
_decline_guard = _decide("declined")

lifecycle.add_guard("agree", _on_agree)
lifecycle.add_guard("request_approval", _on_request)
lifecycle.add_guard("approve", _approve_guard)
lifecycle.add_guard("decline_approval", _decline_guard)
lifecycle.add_guard("customer_refuses", _on_customer_refuses)


# -- approving ---------------------------------------------------------------------------

def approve_with_pin(complaint_id: int, supervisor_code: str, pin: str, expected_version: int,
                     desk: str, note: str = "") -> Complaint:
    """A supervisor at the clerk's desk approves by typing their code and PIN.

    From "awaiting_approval" this is the lifecycle's "approve"; from
    "resolution_proposed" the approval is recorded and the clerk may then take the
    customer's agreement. Wrong PIN: AuthError; a clerk's code: PermissionDenied.
    """
    supervisor = auth.sign_in(supervisor_code, pin)  # counts wrong PINs, locks after five
    permissions.require(supervisor, "approve")
    note, error = check_text(note, NOTE_MAX)
    if error:
        raise DeskError(error[0], **error[1])
    with db.write_transaction():
        complaint = editing.stored_complaint(complaint_id)
        if complaint.status == "awaiting_approval":
            fresh = lifecycle.perform(complaint_id, expected_version, "approve", supervisor,
                                      desk, note=note)
            _mark_latest_via_pin(complaint_id)
            return fresh
        if complaint.status != "resolution_proposed":
            raise DeskError("illegal_transition", action="approve",
                            from_status=complaint.status, to_status=complaint.status)
        res = resolution.resolution_of(complaint_id)
        fresh = editing.update_complaint(complaint_id, expected_version, {}, supervisor, desk,
                                         action="approve",
                                         extra_events=[("resolution_approved", note)])
        ResolutionApproval.create(complaint=complaint_id, status="approved",
                                  content_hash=res.content_hash, total=res.total,
                                  decided_by=supervisor.id, decided_at=now(), via="pin",
                                  reason=note, desk=desk)
    return fresh


def _mark_latest_via_pin(complaint_id: int) -> None:
    latest = (ResolutionApproval.select(ResolutionApproval.id)
              .where((ResolutionApproval.complaint == complaint_id)
                     & (ResolutionApproval.status == "approved"))
              .order_by(ResolutionApproval.id.desc()).first())
    if latest is not None:
        ResolutionApproval.update(via="pin").where(ResolutionApproval.id == latest.id).execute()


def approve(complaint_id: int, expected_version: int, supervisor, desk: str,
            note: str = "") -> Complaint:
    """Approve from the queue (any desk): the complaint moves on to "agreed"."""
    permissions.require(supervisor, "approve")
    return lifecycle.perform(complaint_id, expected_version, "approve", supervisor, desk,
                             note=note)


def decline(complaint_id: int, expected_version: int, supervisor, desk: str,
            reason: str) -> Complaint:
    """Decline from the queue: back to "resolution_proposed" with the reason."""
    permissions.require(supervisor, "decline_approval")
    return lifecycle.perform(complaint_id, expected_version, "decline_approval", supervisor,
                             desk, reason=reason)


@dataclass(frozen=True)
class QueueItem:
    approval_id: int
    complaint_id: int
    complaint_number: str
    complaint_version: int
    customer_name: str
    total: Decimal
    remedies: tuple[resolution.RemedyItem, ...]
    requested_by_name: str
    requested_at: datetime.datetime
    desk: str


def approvals_queue() -> list[QueueItem]:
    """Requests waiting for a supervisor, oldest first."""
    rows = (ResolutionApproval.select(ResolutionApproval, Complaint, Staff)
            .join(Complaint).switch(ResolutionApproval)
            .join(Staff, on=(ResolutionApproval.requested_by == Staff.id))
            .where((ResolutionApproval.status == "pending")
                   & (Complaint.status == "awaiting_approval"))
            .order_by(ResolutionApproval.requested_at, ResolutionApproval.id))
    rows = list(rows)
    remedies = resolution.remedies_of([r.complaint.id for r in rows])  # one query, not N
    return [QueueItem(approval_id=r.id, complaint_id=r.complaint.id,
                      complaint_number=r.complaint.number,
                      complaint_version=r.complaint.version,
                      customer_name=r.complaint.complainant_name, total=r.total,
                      remedies=remedies.get(r.complaint.id, ()),
                      requested_by_name=r.requested_by.name, requested_at=r.requested_at,
                      desk=r.desk)
            for r in rows]


def approver_of(complaint_id: int) -> Staff | None:
    """The supervisor whose approval covers the resolution as it stands, if any."""
    row = valid_approval(complaint_id)
    return Staff.get_by_id(row.decided_by_id) if row is not None else None


# -- the after-the-fact review (授权 + 事后监督) -------------------------------------------

@dataclass(frozen=True)
class ReviewItem:
    id: int
    complaint_id: int
    complaint_number: str
    granted_by_name: str
    granted_at: datetime.datetime
    total: Decimal
    reviewed_by_name: str
    reviewed_at: datetime.datetime | None
    note: str


def review_list(since: datetime.datetime, until: datetime.datetime) -> list[ReviewItem]:
    """What clerks granted on their own authority in [since, until), oldest first."""
    reviewer = Staff.alias()
    rows = (GrantReview.select(GrantReview, Complaint, Staff, reviewer)
            .join(Complaint).switch(GrantReview)
            .join(Staff, on=(GrantReview.granted_by == Staff.id)).switch(GrantReview)
            .join(reviewer, on=(GrantReview.reviewed_by == reviewer.id),
                  join_type=JOIN.LEFT_OUTER)
            .where((GrantReview.granted_at >= since) & (GrantReview.granted_at < until))
            .order_by(GrantReview.granted_at, GrantReview.id))
    return [ReviewItem(id=r.id, complaint_id=r.complaint.id,
                       complaint_number=r.complaint.number, granted_by_name=r.granted_by.name,
                       granted_at=r.granted_at, total=r.total,
                       reviewed_by_name=r.reviewed_by.name if r.reviewed_by_id else "",
                       reviewed_at=r.reviewed_at, note=r.note)
            for r in rows]


def mark_reviewed(review_id: int, supervisor, desk: str, note: str = "") -> None:
    """A supervisor has looked at what the clerk granted (with an optional note)."""
    permissions.require(supervisor, "review_grant")
    note, error = check_text(note, NOTE_MAX)
    if error:
        raise DeskError(error[0], **error[1])
    with db.write_transaction():
        row = GrantReview.get_or_none(GrantReview.id == review_id)
        if row is None:
            raise DeskError("not_found")
        if row.reviewed_at is not None:
            raise DeskError("already_reviewed")
        GrantReview.update(reviewed_by=supervisor.id, reviewed_at=now(), note=note).where(
            GrantReview.id == review_id).execute()
        history.record(row.complaint_id, supervisor.id, desk, "grant_reviewed", note=note)
        history.mark_changed("complaint", row.complaint_id, desk)
