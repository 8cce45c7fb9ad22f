"""End-of-shift handover (交班记录): composed from the data, submitted, acknowledged, kept.

compose() reads what the next clerk must know: the open complaints (遗留件数) with what
is left to do, callbacks due by the end of the next shift, tomorrow's appointments
(to confirm with the department, or confirmed), the outbound list, customers
found dissatisfied this shift, slips printed but not signed, approvals waiting, written
complaints waiting for their written reply, and
sudden events (many complaints about one model or one cause within the shift).
submit() keeps it as a JSON snapshot that never changes; acknowledge() is the receiving
clerk's confirmation with their own PIN, after which the handover is read-only.
"""

import datetime
import json
from dataclasses import asdict, dataclass, field, replace

from peewee import JOIN, fn

from desk import settings
from desk.callbacks import calls as callbacks
from desk.complaints import appointments, deadlines
from desk.complaints.lifecycle import CLOSED, COMPLAINT
from desk.customers import assignment as customer_assignment
from desk.errors import DeskError, PermissionDenied, ValidationError
from desk.handover import shifts
from desk.models import ClockPause, Complaint, ComplaintCase, Handover, Staff, now
from desk.resolution import replies, slips
from desk.resolution.approval import approvals_queue
from desk.staff import auth, permissions
from desk.storage import db
from desk.storage.history import mark_changed
from desk.validation import check_text

TABLE = "handover"  # ChangeLog kind: every desk refreshes its pending banner
PENDING, ACKNOWLEDGED = "pending", "acknowledged"
SUDDEN_EVENT_KEY = "sudden_event_count"
LIST_CAP_KEY = "handover_list_cap"
SUDDEN_EVENT_COUNT = 3
LIST_CAP = 300
NOTES_MAX = 2000
ITEM_NOTE_MAX = 200
HISTORY_LIMIT = 500

# The sections in the order the composer and the sheet show them.
OPEN, CALLBACKS, OUTBOUND, DISSATISFIED, UNSIGNED, APPROVALS, AWAITING_REPLY, SUDDEN = (
    "open", "callbacks_due", "outbound", "dissatisfied", "unsigned_slips", "approvals",
    "awaiting_reply", "sudden_events")
FIRST_CONTACTS = "first_contacts"  # new customers' first contacts owed (desk.customers)
APPOINTMENTS = "appointments"  # tomorrow's appointments (snapshots before it lack the key)
SECTIONS = (OPEN, CALLBACKS, APPOINTMENTS, OUTBOUND, DISSATISFIED, UNSIGNED, APPROVALS,
            AWAITING_REPLY, FIRST_CONTACTS,
            SUDDEN)

# What is left to do in each open state: the next step the receiving clerk takes.
NEXT_STEP = {
    "registered": "judge",  # an inquiry: "answer" (see next_step)
    "answered": "close",
    "judged": "investigate",
    "explained": "close",
    "refused": "close",
    "investigating": "propose_resolution",
    "resolution_proposed": "customer_agreement",
    "awaiting_approval": "supervisor_approval",
    "agreed": "carry_out",
    "carried_out": "callback",
    "callback_pending": "callback",
}


def next_step(kind: str, status: str, waiting_for: str = "") -> str:
    """A code for what is left to do (words: desk.printing.handover_sheet.todo_word)."""
    if waiting_for:
        return f"wait_{waiting_for}"  # the clock is paused: waiting for customer/parts
    if status == "registered" and kind != COMPLAINT:
        return "answer"
    return NEXT_STEP.get(status, "close")


@dataclass(frozen=True)
class Item:
    """One listed thing; `key` is unique within a handover and carries its note."""

    key: str
    complaint_id: int | None = None
    number: str = ""  # complaint number (slip number for a slip)
    customer: str = ""
    phone: str = ""
    status: str = ""  # a code: the complaint's state, the callback's outcome ...
    due: str = ""  # "YYYY-MM-DD HH:MM": deadline, callback due, requested or printed at
    todo: str = ""  # a code: what is left to do (next_step)
    detail: str = ""  # model, cause, amount, attempt: short plain text
    count: int = 0  # sudden events: how many complaints
    overdue: bool = False
    note: str = ""  # the clerk's note on this item


@dataclass
class HandoverDraft:
    shift_code: str
    shift_name: str
    shift_start: datetime.datetime
    shift_end: datetime.datetime
    next_name: str
    next_start: datetime.datetime | None
    next_end: datetime.datetime | None
    from_staff_id: int
    from_staff_name: str
    composed_at: datetime.datetime
    open_count: int  # 遗留件数: every open complaint, however many are listed
    sections: dict[str, list[Item]] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)  # items per section before any cap

    def keys(self) -> set[str]:
        return {i.key for items in self.sections.values() for i in items}


@dataclass
class HandoverRecord:
    """A kept handover: the draft as submitted, and who took it over when."""

    id: int
    draft: HandoverDraft
    to_staff_id: int
    to_staff_name: str
    created_at: datetime.datetime
    desk: str
    state: str
    notes: str
    acknowledged_at: datetime.datetime | None
    acknowledged_by_name: str
    version: int

    @property
    def read_only(self) -> bool:
        return self.state == ACKNOWLEDGED


@dataclass(frozen=True)
class HandoverSummary:
    """One line of the pending banner or the history list."""

    id: int
    shift_date: datetime.date
    shift_name: str
    from_staff_name: str
    to_staff_id: int
    to_staff_name: str
    created_at: datetime.datetime
    state: str
    open_count: int
    acknowledged_at: datetime.datetime | None


def _minute(value: datetime.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


# -- composing -------------------------------------------------------------------------

def _setting_int(key: str, default: int) -> int:
    try:
        return max(1, int(settings.get(key) or default))
    except (TypeError, ValueError):
        return default


def _open_complaints(at: datetime.datetime, cap: int) -> tuple[int, list[Item]]:
    """(count of every open complaint, the `cap` most urgent: earliest deadline first)."""
    not_closed = Complaint.status != CLOSED  # the partial index ix_complaint_open
    count = Complaint.select(fn.COUNT(Complaint.id)).where(not_closed).scalar() or 0
    rows = (Complaint
            .select(Complaint.id, Complaint.number, Complaint.kind, Complaint.status,
                    Complaint.complainant_name, Complaint.phone, Complaint.deadline,
                    Complaint.product_name, Complaint.product_model,
                    ClockPause.waiting_for, ClockPause.paused_at)
            .join(ClockPause, JOIN.LEFT_OUTER,
                  on=((ClockPause.complaint == Complaint.id) & ClockPause.resumed_at.is_null()))
            .where(not_closed)
            .order_by(Complaint.deadline.is_null(), Complaint.deadline, Complaint.id)
            .limit(cap)
            .objects())
    items = []
    for r in rows:
        waiting = r.waiting_for or ""
        overdue = (r.deadline is not None and deadlines.clock_runs(r.status)
                   and deadlines.state(r.deadline, at, r.paused_at) == deadlines.OVERDUE)
        items.append(Item(
            key=f"complaint:{r.id}", complaint_id=r.id, number=r.number,
            customer=r.complainant_name, phone=r.phone, status=r.status,
            due=_minute(r.deadline), todo=next_step(r.kind, r.status, waiting),
            detail=" ".join(p for p in (r.product_name, r.product_model) if p),
            overdue=overdue))
    return count, items


def _callback_item(prefix: str, c: callbacks.CallbackInfo, when: datetime.datetime | None,
                   status: str, todo: str, at: datetime.datetime) -> Item:
    """status: the callback's purpose or outcome; count: which try it is."""
    return Item(key=f"{prefix}:{c.id}", complaint_id=c.complaint_id, number=c.complaint_number,
                customer=c.customer_name, phone=c.phone, status=status, due=_minute(when),
                todo=todo, detail=(c.notes if prefix == DISSATISFIED else c.product)[:80],
                count=c.attempt, overdue=c.state == "open" and c.due_at < at)


def _sudden_events(start: datetime.datetime, end: datetime.datetime, threshold: int) -> list[Item]:
    """Models and causes with at least `threshold` complaints received within the shift."""
    in_shift = ((Complaint.received_at >= start) & (Complaint.received_at < end)
                & (Complaint.kind == COMPLAINT))
    found = []
    model = fn.TRIM(Complaint.product_model)
    by_model = (Complaint.select(model.alias("what"), fn.MIN(Complaint.product_name).alias("name"),
                                 fn.COUNT(Complaint.id).alias("n"))
                .where(in_shift & (model != ""))
                .group_by(model).having(fn.COUNT(Complaint.id) >= threshold).dicts())
    for r in by_model:
        found.append(Item(key=f"sudden:model:{r['what']}", status="model", todo="model",
                          detail=" ".join(p for p in (r["name"], r["what"]) if p), count=r["n"]))
    by_cause = (Complaint.select(ComplaintCase.cause.alias("what"),
                                 fn.COUNT(Complaint.id).alias("n"))
                .join(ComplaintCase, on=(ComplaintCase.complaint == Complaint.id))
                .where(in_shift & ComplaintCase.cause.is_null(False))
                .group_by(ComplaintCase.cause)
                .having(fn.COUNT(Complaint.id) >= threshold).dicts())
    for r in by_cause:
        found.append(Item(key=f"sudden:cause:{r['what']}", status="cause", todo="cause",
                          detail=r["what"],
                          count=r["n"]))
    return sorted(found, key=lambda i: (-i.count, i.key))


def _appointment_item(a: appointments.AppointmentInfo) -> Item:
    """due: the day (MM-DD) and its window; todo: confirm it with the department, or it is."""
    return Item(key=f"{APPOINTMENTS}:{a.id}", complaint_id=a.complaint_id,
                number=a.complaint_number, customer=a.customer_name, phone=a.phone,
                status=a.status, due=f"{a.day:%m-%d} {a.window_start}–{a.window_end}",
                todo=("confirm_appointment" if a.status == appointments.BOOKED
                      else "appointment_confirmed"),
                detail=" · ".join(p for p in (a.department_name, a.address) if p)[:80])


def _first_contact_items(until: datetime.datetime, cap: int,
                         at: datetime.datetime) -> tuple[int, list[Item]]:
    """(how many, the earliest `cap`) new customers whose first contact falls due by
    `until`, overdue ones first."""
    count, owed = customer_assignment.first_contacts_due(until, cap)
    items = []
    for c in owed:
        state = c.state(at)
        items.append(Item(key=f"first_contact:{c.id}", customer=c.name, phone=c.phone,
                          status=state, due=_minute(c.first_contact_due),
                          todo="first_contact", detail=c.holder_name,
                          overdue=state == "overdue"))
    return count, items


def compose(at: datetime.datetime, from_staff) -> HandoverDraft:
    """What the clerk on duty hands over at `at`, read from the data."""
    found = shifts.shifts()
    shift = shifts.handover_shift(at, found)
    if shift is None:  # no shift set up at all: the day so far
        day = datetime.datetime.combine(at.date(), datetime.time())
        shift = shifts.ShiftTime(shifts.Shift("day", "", datetime.time(), datetime.time()),
                                 day, day + datetime.timedelta(days=1))
    following = shifts.next_shift(max(at, shift.end - datetime.timedelta(seconds=1)), found)
    horizon = following.end if following else shift.end + datetime.timedelta(hours=12)
    cap = _setting_int(LIST_CAP_KEY, LIST_CAP)
    open_count, open_items = _open_complaints(at, cap)
    first_contacts_count, first_contacts = _first_contact_items(horizon, cap, at)

    due = callbacks.due_between(datetime.datetime(2000, 1, 1), horizon)
    sections = {
        OPEN: open_items,
        CALLBACKS: [_callback_item(CALLBACKS, c, c.due_at, c.purpose, "callback", at)
                    for c in due if not c.outbound],
        APPOINTMENTS: [_appointment_item(a) for a in appointments.due_tomorrow(at.date())],
        OUTBOUND: [_callback_item(OUTBOUND, c, c.due_at, "unreachable", "outbound_call", at)
                   for c in callbacks.outbound_list()],
        DISSATISFIED: [_callback_item(DISSATISFIED, c, c.done_at, "dissatisfied", "follow_up", at)
                       for c in callbacks.dissatisfied_between(shift.start, max(at, shift.end))],
        UNSIGNED: [Item(key=f"slip:{s.id}", complaint_id=s.complaint_id,
                        number=s.complaint_number, status="printed",
                        due=_minute(s.issued_at), detail=f"{s.number} ¥{s.total}",
                        count=s.prints)
                   for s in slips.unsigned_slips()],
        APPROVALS: [Item(key=f"approval:{q.approval_id}", complaint_id=q.complaint_id,
                         number=q.complaint_number, customer=q.customer_name,
                         status="awaiting_approval", due=_minute(q.requested_at),
                         todo="supervisor_approval",
                         detail=f"¥{q.total} · {q.requested_by_name}")
                    for q in approvals_queue()],
        AWAITING_REPLY: [Item(key=f"reply:{w.complaint_id}", complaint_id=w.complaint_id,
                              number=w.number, customer=w.customer_name, status=w.status,
                              due=_minute(w.deadline), todo="written_reply", detail=w.channel,
                              overdue=w.deadline is not None and w.deadline < at)
                         for w in replies.awaiting_replies(cap)],
        FIRST_CONTACTS: first_contacts,
        SUDDEN: _sudden_events(shift.start, min(at + datetime.timedelta(seconds=1), shift.end),
                               _setting_int(SUDDEN_EVENT_KEY, SUDDEN_EVENT_COUNT)),
    }
    totals = {key: len(items) for key, items in sections.items()}
    totals[OPEN] = open_count
    totals[FIRST_CONTACTS] = first_contacts_count
    if totals[AWAITING_REPLY] == cap:
        totals[AWAITING_REPLY] = replies.awaiting_count()
    return HandoverDraft(
        shift_code=shift.shift.code, shift_name=shift.shift.name, shift_start=shift.start,
        shift_end=shift.end, next_name=following.shift.name if following else "",
        next_start=following.start if following else None,
        next_end=following.end if following else None,
        from_staff_id=from_staff.id, from_staff_name=from_staff.name, composed_at=at,
        open_count=open_count, sections=sections, totals=totals)


# -- the snapshot ------------------------------------------------------------------------

_FIELDS = [f for f in Item.__dataclass_fields__]


def _to_json(draft: HandoverDraft) -> str:
    """Compact: each item as a list in _FIELDS order, trailing defaults dropped."""
    defaults = [Item.__dataclass_fields__[f].default for f in _FIELDS]

    def row(item: Item) -> list:
        values = [getattr(item, f) for f in _FIELDS]
        while len(values) > 1 and values[-1] == defaults[len(values) - 1]:
            values.pop()
        return values

    head = {k: v for k, v in asdict(draft).items() if k not in ("sections",)}
    for k, v in head.items():
        if isinstance(v, datetime.datetime):
            head[k] = v.isoformat(sep=" ")
    head["fields"] = _FIELDS
    head["sections"] = {k: [row(i) for i in items] for k, items in draft.sections.items()}
    return json.dumps(head, ensure_ascii=False, separators=(",", ":"))


def _from_json(text: str) -> HandoverDraft:
    data = json.loads(text)
    names = data.pop("fields")
    sections = {k: [Item(**dict(zip(names, values, strict=False))) for values in rows]
                for k, rows in data.pop("sections").items()}
    for k in ("shift_start", "shift_end", "next_start", "next_end", "composed_at"):
        if data.get(k):
            data[k] = datetime.datetime.fromisoformat(data[k])
    return HandoverDraft(sections=sections, **data)


# -- writing ---------------------------------------------------------------------------

def _check_notes(draft: HandoverDraft, notes: str, item_notes: dict[str, str]):
    errors = {}
    notes, error = check_text(notes, NOTES_MAX)
    if error:
        errors["notes"] = error
    clean = {}
    keys = draft.keys()
    for key, text in (item_notes or {}).items():
        text, error = check_text(text, ITEM_NOTE_MAX)
        if error:
            errors[f"item:{key}"] = error
        elif key not in keys:
            errors[f"item:{key}"] = ("not_found", {})
        elif text:
            clean[key] = text
    return notes or "", clean, errors


def _with_notes(draft: HandoverDraft, item_notes: dict[str, str]) -> HandoverDraft:
    sections = {k: [replace(i, note=item_notes.get(i.key, i.note)) for i in items]
                for k, items in draft.sections.items()}
    return replace(draft, sections=sections)


def submit(draft: HandoverDraft, to_staff_id: int, notes: str, item_notes: dict[str, str],
           staff, desk: str) -> HandoverRecord:
    """Keep the handover as it reads now; it waits for the receiving clerk's PIN."""
    permissions.require(staff, "hand_over")
    if staff.id != draft.from_staff_id:
        raise PermissionDenied("handover_not_yours")
    notes, clean, errors = _check_notes(draft, notes, item_notes)
    receiver = Staff.get_or_none((Staff.id == to_staff_id) & (Staff.active == True))  # noqa: E712
    if receiver is None:
        errors["to_staff"] = ("required", {})
    elif receiver.id == staff.id:
        errors["to_staff"] = ("handover_to_self", {})
    if errors:
        raise ValidationError(errors)
    kept = _with_notes(draft, clean)
    with db.write_transaction():
        row = Handover.create(
            shift_date=kept.shift_start.date(), shift_code=kept.shift_code[:16],
            shift_name=kept.shift_name[:40], shift_start=kept.shift_start,
            shift_end=kept.shift_end, from_staff=staff.id, to_staff=receiver.id,
            created_at=now(), desk=desk, state=PENDING, notes=notes,
            open_count=kept.open_count, content=_to_json(kept))
        mark_changed(TABLE, row.id, desk)
    return get(row.id)


def update_notes(handover_id: int, expected_version: int, notes: str,
                 item_notes: dict[str, str], staff, desk: str) -> HandoverRecord:
    """The handing-over clerk may still add to the notes until it is acknowledged."""
    record = get(handover_id)
    if record.read_only:
        raise DeskError("handover_read_only")
    if staff.id != record.draft.from_staff_id:
        raise PermissionDenied("handover_not_yours")
    notes, clean, errors = _check_notes(record.draft, notes, item_notes)
    if errors:
        raise ValidationError(errors)
    content = _to_json(_with_notes(record.draft, clean))
    with db.write_transaction():
        updated = (Handover.update(notes=notes, content=content, version=Handover.version + 1)
                   .where((Handover.id == handover_id) & (Handover.state == PENDING)
                          & (Handover.version == expected_version))
                   .execute())
        if updated != 1:
            fresh = get(handover_id)
            if fresh.read_only:
                raise DeskError("handover_read_only")
            raise DeskError("conflict")
        mark_changed(TABLE, handover_id, desk)
    return get(handover_id)


def acknowledge(handover_id: int, staff_code: str, pin: str, desk: str) -> HandoverRecord:
    """The receiving clerk confirms with their own code and PIN; then it is read-only."""
    receiver = auth.sign_in(staff_code, pin)  # wrong PINs count and lock, as at sign-in
    permissions.require(receiver, "take_over")
    row = Handover.get_or_none(Handover.id == handover_id)
    if row is None:
        raise DeskError("not_found")
    if row.state != PENDING:
        raise DeskError("handover_already_acknowledged")
    if row.to_staff_id != receiver.id:
        raise PermissionDenied("handover_not_for_you")
    with db.write_transaction():
        updated = (Handover.update(state=ACKNOWLEDGED, acknowledged_at=now(),
                                   acknowledged_by=receiver.id, acknowledged_desk=desk,
                                   version=Handover.version + 1)
                   .where((Handover.id == handover_id) & (Handover.state == PENDING))
                   .execute())
        if updated != 1:  # another desk confirmed it in between
            raise DeskError("handover_already_acknowledged")
        mark_changed(TABLE, handover_id, desk)
    return get(handover_id)


# -- reading ---------------------------------------------------------------------------

_From = Staff.alias()
_To = Staff.alias()
_Ack = Staff.alias()


def _select(*extra):
    return (Handover.select(Handover.id, Handover.shift_date, Handover.shift_name,
                            Handover.created_at, Handover.state, Handover.open_count,
                            Handover.acknowledged_at, Handover.to_staff,
                            _From.name.alias("from_name"), _To.name.alias("to_name"), *extra)
            .join(_From, on=(Handover.from_staff == _From.id)).switch(Handover)
            .join(_To, on=(Handover.to_staff == _To.id)).switch(Handover))


def _summary(r: dict) -> HandoverSummary:
    return HandoverSummary(id=r["id"], shift_date=r["shift_date"], shift_name=r["shift_name"],
                           from_staff_name=r["from_name"], to_staff_id=r["to_staff"],
                           to_staff_name=r["to_name"], created_at=r["created_at"],
                           state=r["state"], open_count=r["open_count"],
                           acknowledged_at=r["acknowledged_at"])


def pending() -> list[HandoverSummary]:
    """Handovers waiting for the receiving clerk: shown on every desk until confirmed."""
    rows = _select().where(Handover.state == PENDING).order_by(Handover.id).dicts()
    return [_summary(r) for r in rows]


def history(text: str = "", start: datetime.date | None = None,
                 end: datetime.date | None = None, staff_id: int | None = None,
                 limit: int = HISTORY_LIMIT) -> list[HandoverSummary]:
    """Past handovers, newest first: by shift date range [start, end], by clerk (handing
    over or taking over), and containing `text` anywhere (notes, items, names)."""
    query = _select()
    if start is not None:
        query = query.where(Handover.shift_date >= start)
    if end is not None:
        query = query.where(Handover.shift_date <= end)
    if staff_id is not None:
        query = query.where((Handover.from_staff == staff_id) | (Handover.to_staff == staff_id))
    text = (text or "").strip()
    if text:
        query = query.where(Handover.content.contains(text) | Handover.notes.contains(text)
                            | _From.name.contains(text) | _To.name.contains(text))
    rows = query.order_by(Handover.shift_date.desc(), Handover.id.desc()).limit(limit).dicts()
    return [_summary(r) for r in rows]


def get(handover_id: int) -> HandoverRecord:
    row = (Handover.select(Handover, _From.name.alias("from_name"), _To.name.alias("to_name"),
                           _Ack.name.alias("ack_name"))
           .join(_From, on=(Handover.from_staff == _From.id)).switch(Handover)
           .join(_To, on=(Handover.to_staff == _To.id)).switch(Handover)
           .join(_Ack, JOIN.LEFT_OUTER, on=(Handover.acknowledged_by == _Ack.id))
           .where(Handover.id == handover_id).objects().first())
    if row is None:
        raise DeskError("not_found")
    return HandoverRecord(
        id=row.id, draft=_from_json(row.content), to_staff_id=row.to_staff_id,
        to_staff_name=row.to_name, created_at=row.created_at, desk=row.desk,
        state=row.state, notes=row.notes, acknowledged_at=row.acknowledged_at,
        acknowledged_by_name=row.ack_name or "", version=row.version)
