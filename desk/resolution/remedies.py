"""A complaint's resolution (DOMAIN step 4): one or more remedies the customer is offered.

Each remedy has a kind, a text the customer reads on the slip and, where money is
involved, an amount. The resolution is part of the complaint: saving it checks and
bumps the complaint's version (a second desk's save shows as a conflict), writes one
history entry per change and happens in one transaction. Its content hash ties a
supervisor's approval to exactly what was approved (desk.resolution.approval).
"""

import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal

from desk.complaints import case_totals, editing
from desk.errors import DeskError, ValidationError
from desk.models import Complaint, Remedy, ResolutionApproval
from desk.staff import permissions
from desk.storage import db, history
from desk.validation import check_amount, check_text

REMEDY_KINDS = ("refund", "exchange", "repair", "on_site_check", "discount", "gift",
                "cash_compensation", "apology", "explanation")
MONEY_REQUIRED = frozenset({"refund", "discount", "gift", "cash_compensation"})
MONEY_OPTIONAL = frozenset({"exchange", "repair"})  # e.g. a price difference, a repair fee
EDITABLE_STATES = ("investigating", "resolution_proposed")
TEXT_MAX = 500
MAX_REMEDIES = 20
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class RemedyInput:
    kind: str
    text: str = ""
    amount: Decimal | str | None = None


@dataclass(frozen=True)
class RemedyItem:
    kind: str
    amount: Decimal | None
    text: str

    def summary(self) -> str:
        """How the history shows it: kind, amount, text (codes, not words: the UI translates)."""
        amount = "" if self.amount is None else str(self.amount)
        return " ".join(part for part in (self.kind, amount, self.text) if part)


@dataclass(frozen=True)
class Resolution:
    complaint_id: int
    remedies: tuple[RemedyItem, ...]

    @property
    def total(self) -> Decimal:
        return sum((r.amount or ZERO for r in self.remedies), ZERO)

    @property
    def content_hash(self) -> str:
        return content_hash(self.remedies)


def content_hash(remedies) -> str:
    payload = json.dumps([[r.kind, "" if r.amount is None else str(r.amount), r.text]
                          for r in remedies], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


def resolution_of(complaint_id: int) -> Resolution:
    rows = Remedy.select().where(Remedy.complaint == complaint_id).order_by(Remedy.position)
    return Resolution(complaint_id, tuple(RemedyItem(r.kind, r.amount, r.text) for r in rows))


def remedies_of(complaint_ids) -> dict[int, tuple[RemedyItem, ...]]:
    """The remedies of several complaints at once (for lists such as the approvals queue)."""
    out: dict[int, list[RemedyItem]] = {}
    ids = list(complaint_ids)
    if ids:
        rows = (Remedy.select().where(Remedy.complaint.in_(ids))
                .order_by(Remedy.complaint, Remedy.position))
        for r in rows:
            out.setdefault(r.complaint_id, []).append(RemedyItem(r.kind, r.amount, r.text))
    return {cid: tuple(items) for cid, items in out.items()}


def clean_remedies(remedies) -> tuple[RemedyItem, ...]:
    """Check every remedy; errors come back keyed "remedies.<index>.<field>"."""
    errors: dict[str, tuple[str, dict]] = {}
    clean = []
    if len(remedies) > MAX_REMEDIES:
        raise ValidationError({"remedies": ("too_many_remedies", {"max": MAX_REMEDIES})})
    for i, r in enumerate(remedies):
        key = f"remedies.{i}"
        if r.kind not in REMEDY_KINDS:
            errors[f"{key}.kind"] = ("choice_invalid", {})
            continue
        text, error = check_text(r.text, TEXT_MAX, required=True)
        if error:
            errors[f"{key}.text"] = error
        amount, error = check_amount(r.amount)
        if error:
            errors[f"{key}.amount"] = error
        elif amount is None and r.kind in MONEY_REQUIRED:
            errors[f"{key}.amount"] = ("required", {})
        elif amount is not None and r.kind not in MONEY_REQUIRED | MONEY_OPTIONAL:
            errors[f"{key}.amount"] = ("amount_not_allowed", {})
        clean.append(RemedyItem(r.kind, amount, text))
    if errors:
        raise ValidationError(errors)
    return tuple(clean)


def set_remedies(complaint_id: int, expected_version: int, remedies, staff,
                 desk: str) -> Complaint:
    """Replace the resolution's remedies with `remedies` (RemedyInput, in order).

    Only while the complaint is investigating or has a resolution proposed. An approval
    of the old content is voided when the content changes. Returns the complaint re-read.
    """
    permissions.require(staff, "edit_resolution")
    new = clean_remedies(remedies)
    with db.write_transaction():
        complaint = editing.stored_complaint(complaint_id)
        if complaint.status not in EDITABLE_STATES:
            raise DeskError("resolution_locked", status=complaint.status)
        old = resolution_of(complaint_id).remedies
        changes = _changes(old, new)
        if not changes:
            return complaint
        # Version check, version bump, "changed" notice to the other desks.
        fresh = editing.update_complaint(complaint_id, expected_version, {}, staff, desk,
                                         extra_events=[("resolution_changed", "")])
        for action, index, old_text, new_text in changes:
            history.record(complaint_id, staff.id, desk, action, field=f"remedy.{index + 1}",
                           old=old_text, new=new_text)
        _store(complaint_id, new)
        _void_approvals(complaint_id, content_hash(new), staff, desk)
    return fresh


def add_remedy(complaint_id: int, expected_version: int, remedy: RemedyInput, staff,
               desk: str) -> Complaint:
    current = [RemedyInput(r.kind, r.text, r.amount)
               for r in resolution_of(complaint_id).remedies]
    return set_remedies(complaint_id, expected_version, [*current, remedy], staff, desk)


def remove_remedy(complaint_id: int, expected_version: int, index: int, staff,
                  desk: str) -> Complaint:
    current = [RemedyInput(r.kind, r.text, r.amount)
               for r in resolution_of(complaint_id).remedies]
    if not 0 <= index < len(current):
        raise DeskError("not_found")
    del current[index]
    return set_remedies(complaint_id, expected_version, current, staff, desk)


def _changes(old, new) -> list[tuple[str, int, str, str]]:
    """(history action, position, old, new) for every position that differs."""
    out = []
    for i in range(max(len(old), len(new))):
        before = old[i] if i < len(old) else None
        after = new[i] if i < len(new) else None
        if before == after:
            continue
        action = ("remedy_added" if before is None else
                  "remedy_removed" if after is None else "remedy_changed")
        out.append((action, i, before.summary() if before else "",
                    after.summary() if after else ""))
    return out


def _store(complaint_id: int, remedies) -> None:
    Remedy.delete().where(Remedy.complaint == complaint_id).execute()
    for position, r in enumerate(remedies):
        Remedy.create(complaint=complaint_id, position=position, kind=r.kind, amount=r.amount,
                      text=r.text)
    case_totals.refresh_remedy_total(complaint_id)


def _void_approvals(complaint_id: int, new_hash: str, staff, desk: str) -> None:
    """An approval belongs to exactly the content approved: a change voids it."""
    voided = (ResolutionApproval.update(status="voided")
              .where((ResolutionApproval.complaint == complaint_id)
                     & (ResolutionApproval.status == "approved")
                     & (ResolutionApproval.content_hash != new_hash))
              .execute())
    if voided:
        history.record(complaint_id, staff.id, desk, "approval_voided")
