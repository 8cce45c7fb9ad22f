"""Written complaints get a written reply (答复函, 正确答复书面投诉).

A complaint that came in writing (letter, e-mail, consumer association, 12315, media) is
answered in writing. `compose` drafts the letter from the case: the customer's account
in short, what was found and its cause, the remedies with their amounts, the apology and
the store's contact. The clerk edits the text; `issue_letter` numbers it
(<store>-H-YYYYMMDD-NNNN), has the caller's renderer draw the PDF with that number,
keeps the PDF with its SHA-256 and records it in the history, all in one transaction.
Where the remedy was above the clerk's authority, a supervisor approves the letter with
their code and PIN. A supervisor may instead record why no letter is sent (`waive`).
Closing a written complaint waits for one or the other (a condition on "close").

Words for codes (channel, cause, remedy kind) come from the caller, so no Qt here.
"""

import datetime
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, fn

from desk import settings, vocab
from desk.complaints import editing, lifecycle
from desk.errors import DeskError, ValidationError
from desk.models import Complaint, ComplaintCase, Staff, WrittenReply, now
from desk.resolution import approval
from desk.resolution import remedies as resolution
from desk.resolution.slip_data import brief, money_in_words
from desk.staff import auth, permissions
from desk.storage import db, numbering
from desk.translate import QT_TRANSLATE_NOOP, translate
from desk.validation import check_text

CTX = "ReplyLetter"
BODY_MAX = 8000
NOTE_MAX = 500
LETTER = "letter"
WAIVED = "waived"

TEXTS = {
    "salutation": QT_TRANSLATE_NOOP("ReplyLetter", "Dear {name},"),
    "received": QT_TRANSLATE_NOOP(
        "ReplyLetter", "Thank you for your complaint of {date} ({channel}). We have looked "
        "into it carefully. You told us: {brief}"),
    "founded": QT_TRANSLATE_NOOP(
        "ReplyLetter", "Our investigation found that what you described is true."),
    "not_founded": QT_TRANSLATE_NOOP("ReplyLetter", "Our investigation found: {explanation}"),
    "unreasonable": QT_TRANSLATE_NOOP(
        "ReplyLetter", "We have considered your demand carefully and cannot accept it: "
        "{reason}"),
    "cause": QT_TRANSLATE_NOOP("ReplyLetter", "The cause: {cause}."),
    "remedies": QT_TRANSLATE_NOOP("ReplyLetter", "We resolve the matter as follows:"),
    "remedy_line": QT_TRANSLATE_NOOP("ReplyLetter", "{n}. {kind}: {text}"),
    "remedy_amount": QT_TRANSLATE_NOOP("ReplyLetter", "{n}. {kind}: {text} ({amount} yuan)"),
    "total": QT_TRANSLATE_NOOP("ReplyLetter", "In all {amount} yuan ({words})."),
    "apology": QT_TRANSLATE_NOOP(
        "ReplyLetter", "We sincerely apologise for the trouble this has caused you, and "
        "thank you for your trust and for helping us improve."),
    "contact": QT_TRANSLATE_NOOP(
        "ReplyLetter", "If you have any question, please contact our customer service "
        "desk: {contact}."),
}


def t(key: str, **values) -> str:
    text = translate(CTX, TEXTS[key])
    return text.format(**values) if values else text


@dataclass(frozen=True)
class ReplyLetterData:
    """What the printed letter shows, as plain values (desk.printing draws it)."""

    store_name: str
    store_address: str
    store_phone: str
    number: str  # "" until issued: a preview is marked as a draft
    complaint_number: str
    date: datetime.date
    customer_name: str
    body: str
    clerk_name: str
    approver_name: str = ""


@dataclass(frozen=True)
class ReplyInfo:
    id: int
    complaint_id: int
    kind: str  # letter / waived
    number: str
    language: str
    body: str
    pdf_sha256: str
    note: str
    by_name: str
    approver_name: str
    at: datetime.datetime


@dataclass(frozen=True)
class AwaitingReply:
    complaint_id: int
    number: str
    customer_name: str
    channel: str
    received_at: datetime.datetime
    status: str
    deadline: datetime.datetime | None = None


def is_written(complaint: Complaint) -> bool:
    return complaint.channel in vocab.WRITTEN_CHANNELS


def _this_round(complaint_id, reopen_count):
    """The replies of the case's current round: a reopened complaint is answered again.
    Values or column expressions (awaiting_replies asks it for every row)."""
    return WrittenReply.select(WrittenReply.id).where((WrittenReply.complaint == complaint_id)
                                                      & (WrittenReply.round == reopen_count))


def reply_recorded(complaint_id: int) -> bool:
    return _this_round(complaint_id, lifecycle.case_of(complaint_id).reopen_count).exists()


def _names(rows: list[WrittenReply]) -> dict[int, str]:
    ids = {r.by_id for r in rows} | {r.approved_by_id for r in rows if r.approved_by_id}
    return dict(Staff.select(Staff.id, Staff.name).where(Staff.id.in_(list(ids))).tuples())


def _info(row: WrittenReply, names: dict[int, str] | None = None) -> ReplyInfo:
    names = _names([row]) if names is None else names
    return ReplyInfo(row.id, row.complaint_id, row.kind, row.number or "", row.language,
                     row.body, row.pdf_sha256, row.note, names.get(row.by_id, ""),
                     names.get(row.approved_by_id, ""), row.at)


def replies_of(complaint_id: int) -> list[ReplyInfo]:
    rows = (WrittenReply.select(*(f for f in WrittenReply._meta.sorted_fields
                                  if f is not WrittenReply.pdf))
            .where(WrittenReply.complaint == complaint_id).order_by(WrittenReply.id))
    rows = list(rows)
    names = _names(rows)
    return [_info(r, names) for r in rows]


def letter_pdf(reply_id: int) -> bytes:
    row = WrittenReply.get_or_none(WrittenReply.id == reply_id)
    if row is None or row.pdf is None:
        raise DeskError("not_found")
    return bytes(row.pdf)


def needs_supervisor(complaint_id: int, staff) -> bool:
    """Whether issuing needs a supervisor's approval: the remedy was above this clerk's limit."""
    if permissions.allows(staff, "approve"):
        return False
    return resolution.resolution_of(complaint_id).total > approval.limit_of(staff)


def _awaiting():
    """Open written complaints with no reply of their current round."""
    replied = _this_round(Complaint.id, fn.COALESCE(ComplaintCase.reopen_count, 0))
    return (Complaint.select()
            .join(ComplaintCase, JOIN.LEFT_OUTER, on=(ComplaintCase.complaint == Complaint.id))
            .where((Complaint.status != lifecycle.CLOSED)
                   & Complaint.channel.in_(vocab.WRITTEN_CHANNELS)
                   & ~fn.EXISTS(replied)))


def awaiting_count() -> int:
    return _awaiting().count()


def awaiting_replies(limit: int = 500) -> list[AwaitingReply]:
    """The written complaints waiting for their reply, oldest first."""
    rows = (_awaiting().select(Complaint.id, Complaint.number, Complaint.complainant_name,
                               Complaint.channel, Complaint.received_at, Complaint.status,
                               Complaint.deadline)
            .order_by(Complaint.received_at, Complaint.id).limit(limit))
    return [AwaitingReply(r.id, r.number, r.complainant_name, r.channel, r.received_at,
                          r.status, r.deadline) for r in rows]


# -- composing -----------------------------------------------------------------------

def _money(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def compose_body(complaint_id: int, words: Callable[[str], str]) -> str:
    """The letter's proposed text, in the language installed now; the clerk edits it."""
    c = editing.stored_complaint(complaint_id)
    case = lifecycle.case_of(complaint_id)
    paragraphs = [t("salutation", name=c.complainant_name),
                  t("received", date=c.received_at.strftime("%Y-%m-%d"),
                    channel=words(c.channel), brief=brief(c.account))]
    found = []
    if case.judgment == "founded":
        found.append(t("founded"))
    elif case.judgment == "not_founded" and case.explanation:
        found.append(t("not_founded", explanation=case.explanation))
    elif case.judgment == "unreasonable" and case.refusal_reason:
        found.append(t("unreasonable", reason=case.refusal_reason))
    if case.cause:
        cause = words(case.cause)
        if case.cause_detail:
            cause = f"{cause} ({case.cause_detail})"
        found.append(t("cause", cause=cause))
    if found:
        paragraphs.append(" ".join(found))
    res = resolution.resolution_of(complaint_id)
    if res.remedies:
        lines = [t("remedies")]
        for n, r in enumerate(res.remedies, 1):
            if r.amount is None:
                lines.append(t("remedy_line", n=n, kind=words(r.kind), text=r.text))
            else:
                lines.append(t("remedy_amount", n=n, kind=words(r.kind), text=r.text,
                               amount=_money(r.amount)))
        if res.total:
            lines.append(t("total", amount=_money(res.total), words=money_in_words(res.total)))
        paragraphs.append("\n".join(lines))
    paragraphs.append(t("apology"))
    contact = ", ".join(p for p in (settings.get("store_phone"), settings.get("store_address"))
                        if p)
    if contact:
        paragraphs.append(t("contact", contact=contact))
    return "\n\n".join(paragraphs)


def letter_data(complaint_id: int, body: str, staff, number: str = "",
                approver_name: str = "", day: datetime.date | None = None) -> ReplyLetterData:
    """The letter as it will print (a preview has no number yet)."""
    c = editing.stored_complaint(complaint_id)
    return ReplyLetterData(
        store_name=settings.get("store_name") or "",
        store_address=settings.get("store_address") or "",
        store_phone=settings.get("store_phone") or "",
        number=number, complaint_number=c.number, date=day or now().date(),
        customer_name=c.complainant_name, body=body, clerk_name=staff.name,
        approver_name=approver_name)


# -- issuing, waiving --------------------------------------------------------------------

def _checked(text: str, limit: int, field: str) -> str:
    text, error = check_text(text, limit, required=True)
    if error:
        raise ValidationError({field: error})
    return text


def _approver(complaint_id: int, staff, supervisor_code: str | None, pin: str | None):
    if not needs_supervisor(complaint_id, staff):
        return None
    if not supervisor_code or not pin:
        raise ValidationError({"supervisor_code": ("reply_needs_supervisor", {})})
    supervisor = auth.sign_in(supervisor_code, pin)  # counts wrong PINs, locks after five
    permissions.require(supervisor, "approve")
    return supervisor


def issue_letter(complaint_id: int, expected_version: int, body: str, staff, desk: str,
                 render: Callable[[ReplyLetterData], bytes], language: str = "zh_CN",
                 supervisor_code: str | None = None, pin: str | None = None) -> ReplyInfo:
    """Number, draw and keep the reply letter; the history records it with its SHA-256.

    `render` draws the PDF (desk.printing.reply_letter.build); it runs inside the
    transaction so that the number printed is the number kept.
    """
    permissions.require(staff, "issue_reply")
    body = _checked(body, BODY_MAX, "body")
    approver = _approver(complaint_id, staff, supervisor_code, pin)
    with db.write_transaction():
        complaint = editing.stored_complaint(complaint_id, expected_version)
        if complaint.status == "closed":
            raise DeskError("reply_complaint_closed")
        at = now()
        number = numbering.next_number(settings.get("store_code"), at.date(), paper="reply")
        pdf = render(letter_data(complaint_id, body, staff, number,
                                 approver.name if approver else "", at.date()))
        sha = hashlib.sha256(pdf).hexdigest()
        row = WrittenReply.create(complaint=complaint_id, kind=LETTER, number=number,
                                  round=lifecycle.case_of(complaint_id).reopen_count,
                                  language=language, body=body, pdf=pdf, pdf_sha256=sha,
                                  by=staff.id, approved_by=approver.id if approver else None,
                                  at=at, desk=desk)
        editing.update_complaint(complaint_id, expected_version, {}, staff, desk,
                                 extra_events=[("reply_issued", f"{number} SHA-256 {sha}")])
    return _info(row)


def waive(complaint_id: int, expected_version: int, note: str, supervisor,
          desk: str) -> ReplyInfo:
    """A supervisor records why this written complaint gets no reply letter."""
    permissions.require(supervisor, "waive_reply")
    note = _checked(note, NOTE_MAX, "note")
    with db.write_transaction():
        complaint = editing.stored_complaint(complaint_id, expected_version)
        if complaint.status == "closed":
            raise DeskError("reply_complaint_closed")
        row = WrittenReply.create(complaint=complaint_id, kind=WAIVED, note=note,
                                  round=lifecycle.case_of(complaint_id).reopen_count,
                                  by=supervisor.id, at=now(), desk=desk)
        editing.update_complaint(complaint_id, expected_version, {}, supervisor, desk,
                                 extra_events=[("reply_waived", note)])
    return _info(row)


# -- the rule on closing --------------------------------------------------------------

def _reply_not_needed(step) -> bool:
    if not is_written(step.complaint):
        return True
    return _this_round(step.complaint.id, step.case.reopen_count).exists()


lifecycle.add_condition("close", _reply_not_needed, "written_reply_required")
