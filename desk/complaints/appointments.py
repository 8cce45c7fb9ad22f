"""Inquiries that make an appointment (咨询预约类): delivery, installation, repair.

An inquiry books a slot with a department: the day, a time window, the address, what
the customer should have ready, a note. The customer gets an appointment note (printed
or on screen, desk.printing.appointment_note). The day before, the desk confirms the
slot with the department (the reminder asks `unconfirmed_for(tomorrow)`), and the
handover lists tomorrow's slots (`due_on`). A move keeps the old row as "moved" and
books a new one pointing back at it; a slot may be marked done, missed or cancelled.
A missed slot becomes a complaint in one step (`missed_to_complaint`), registered
through desk.complaints.registration with the inquiry's facts, linked both ways.

Every change is one transaction: the row is written `WHERE version = expected` (another
desk's save first is a ConflictError), the inquiry's history gets an entry, and the
change feed a row. Words come from the caller or through desk.translate, so no Qt here.
"""

import datetime
import re
from dataclasses import dataclass

from peewee import JOIN

from desk.complaints import registration
from desk.complaints.lifecycle import CLOSED, COMPLAINT
from desk.errors import ConflictError, DeskError, ValidationError
from desk.models import Appointment, Complaint, Department, Staff, now
from desk.staff import permissions
from desk.storage import db, history
from desk.translate import QT_TRANSLATE_NOOP, translate
from desk.validation import check_text

CTX = "Appointments"
TABLE = "appointment"  # ChangeLog kind: the desks' appointment lists refresh

BOOKED, CONFIRMED, DONE, MOVED, MISSED, CANCELLED = (
    "booked", "confirmed", "done", "moved", "missed", "cancelled")
STATUSES = (BOOKED, CONFIRMED, DONE, MOVED, MISSED, CANCELLED)
OPEN = (BOOKED, CONFIRMED)  # still to happen: may be confirmed, moved, done, missed
INQUIRY = "inquiry"

ADDRESS_MAX = 200
BRING_MAX = 200
NOTE_MAX = 500
OUTCOME_MAX = 500
CONTACT_MAX = 60
DEFAULT_WINDOW = ("09:00", "12:00")
FIELDS = ("department", "day", "window_start", "window_end", "address", "bring", "note")

# No department on the inquiry yet: the one whose name says the category (DOMAIN.md: 送货
# delivery, 安装 installation, 维修 repair/after-sales), else the first of the list.
CATEGORY_DEPARTMENT_WORDS = {"delivery": ("送货", "配送", "delivery"),
                             "installation": ("安装", "install"),
                             "repair": ("维修", "售后", "repair", "after-sales")}

_TIME = re.compile(r"^\s*(\d{1,2})[:：.]?(\d{2})\s*$")

TEXTS = {
    "slot": QT_TRANSLATE_NOOP("Appointments", "{department} {day} {start}–{end}"),
    "moved": QT_TRANSLATE_NOOP("Appointments", "{old} → {new}"),
    "account": QT_TRANSLATE_NOOP(
        "Appointments", "The appointment of inquiry {number} was missed: {department} was "
        "to come on {day} between {start} and {end} to {address}. What happened: {what}"),
    "inquiry_said": QT_TRANSLATE_NOOP("Appointments", "The inquiry: {account}"),
    "made_from": QT_TRANSLATE_NOOP("Appointments", "From the missed appointment of {number}"),
}


def t(key: str, **values) -> str:
    text = translate(CTX, TEXTS[key])
    return text.format(**values) if values else text


@dataclass
class AppointmentInput:
    """What the clerk typed for a slot, before it is checked."""

    department_id: int | None = None
    day: datetime.date | None = None
    window_start: str = ""
    window_end: str = ""
    address: str = ""
    bring: str = ""
    note: str = ""


@dataclass(frozen=True)
class AppointmentInfo:
    """One slot as the screens, the reminder, the handover and the note read it."""

    id: int
    complaint_id: int
    complaint_number: str
    customer_name: str
    phone: str
    department_id: int
    department_name: str
    day: datetime.date
    window_start: str
    window_end: str
    address: str
    bring: str
    note: str
    status: str
    moved_from_id: int | None
    outcome_note: str
    confirmed_with: str
    confirmed_at: datetime.datetime | None
    complaint_made_id: int | None
    created_by_name: str
    created_at: datetime.datetime
    version: int

    @property
    def is_open(self) -> bool:
        return self.status in OPEN

    def slot(self) -> str:
        return slot_text(self.department_name, self.day, self.window_start, self.window_end)


@dataclass(frozen=True)
class Defaults:
    """What the booking form starts with: tomorrow, the inquiry's department, the address
    the customer gave last time."""

    department_id: int | None
    day: datetime.date
    window_start: str
    window_end: str
    address: str


@dataclass(frozen=True)
class AppointmentNoteData:
    """What the appointment note (预约单) shows, as plain values (desk.printing draws it)."""

    store_name: str
    store_address: str
    store_phone: str
    complaint_number: str
    appointment_no: str  # <inquiry number>-<n>: the n-th slot of this inquiry
    customer_name: str
    phone: str
    department_name: str
    day: datetime.date
    window_start: str
    window_end: str
    address: str
    bring: str
    note: str
    status: str
    replaces: str  # the slot this one moved from, "" if none
    clerk_name: str
    printed_at: datetime.datetime


def slot_text(department: str, day: datetime.date, start: str, end: str) -> str:
    return t("slot", department=department, day=day.isoformat(), start=start, end=end)


# -- checking ----------------------------------------------------------------------

def parse_time(text) -> tuple[str, tuple[str, dict] | None]:
    """"9:00", "09:00", "0900" → "09:00"; empty is required, nonsense time_invalid."""
    if isinstance(text, datetime.time):
        return text.strftime("%H:%M"), None
    raw = (text or "").strip()
    if not raw:
        return "", ("required", {})
    match = _TIME.match(raw)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        return raw, ("time_invalid", {})
    return f"{int(match.group(1)):02d}:{match.group(2)}", None


def validate(data: AppointmentInput, at: datetime.datetime | None = None) -> dict:
    """Clean values ready to store; raises ValidationError naming every bad field."""
    at = at or now()
    errors: dict[str, tuple[str, dict]] = {}
    clean: dict = {}
    department = None
    if data.department_id is None:
        errors["department"] = ("required", {})
    else:
        department = Department.get_or_none((Department.id == data.department_id)
                                            & (Department.active == True))  # noqa: E712
        if department is None:
            errors["department"] = ("department_unknown", {})
    start, error = parse_time(data.window_start)
    if error:
        errors["window_start"] = error
    end, end_error = parse_time(data.window_end)
    if end_error:
        errors["window_end"] = end_error
    elif not error and end <= start:
        errors["window_end"] = ("window_empty", {}) if end == start else ("window_order", {})
    if data.day is None:
        errors["day"] = ("required", {})
    elif data.day < at.date():
        errors["day"] = ("appointment_in_past", {})
    elif (data.day == at.date() and "window_end" not in errors and not error
          and end <= at.strftime("%H:%M")):
        errors["window_end"] = ("appointment_in_past", {})
    for name, limit, required in (("address", ADDRESS_MAX, True), ("bring", BRING_MAX, False),
                                  ("note", NOTE_MAX, False)):
        value, problem = check_text(getattr(data, name), limit, required)
        clean[name] = value
        if problem:
            errors[name] = problem
    if errors:
        raise ValidationError(errors)
    clean.update(department=department.id, day=data.day, window_start=start, window_end=end)
    return clean


def _outcome(text: str, required: bool, field: str = "outcome_note") -> str:
    value, problem = check_text(text, OUTCOME_MAX, required)
    if problem:
        raise ValidationError({field: problem})
    return value


# -- reading -----------------------------------------------------------------------

_Creator = Staff.alias()


def _query():
    return (Appointment
            .select(Appointment, Complaint.number, Complaint.complainant_name, Complaint.phone,
                    Department.name.alias("department_name"),
                    _Creator.name.alias("creator_name"))
            .join(Complaint, on=(Appointment.complaint == Complaint.id)).switch(Appointment)
            .join(Department, JOIN.LEFT_OUTER, on=(Appointment.department == Department.id))
            .switch(Appointment)
            .join(_Creator, JOIN.LEFT_OUTER, on=(Appointment.created_by == _Creator.id)))


def _info(r: dict) -> AppointmentInfo:
    return AppointmentInfo(
        id=r["id"], complaint_id=r["complaint"], complaint_number=r["number"],
        customer_name=r["complainant_name"], phone=r["phone"], department_id=r["department"],
        department_name=r["department_name"] or "", day=r["day"],
        window_start=r["window_start"], window_end=r["window_end"], address=r["address"],
        bring=r["bring"], note=r["note"], status=r["status"], moved_from_id=r["moved_from"],
        outcome_note=r["outcome_note"], confirmed_with=r["confirmed_with"],
        confirmed_at=r["confirmed_at"], complaint_made_id=r["complaint_made"],
        created_by_name=r["creator_name"] or "", created_at=r["created_at"],
        version=r["version"])


def get(appointment_id: int) -> AppointmentInfo:
    row = _query().where(Appointment.id == appointment_id).dicts().first()
    if row is None:
        raise DeskError("not_found")
    return _info(row)


def appointments_of(complaint_id: int) -> list[AppointmentInfo]:
    """Every slot of the inquiry, in the order they were booked (moves included)."""
    rows = _query().where(Appointment.complaint == complaint_id).order_by(Appointment.id)
    return [_info(r) for r in rows.dicts()]


def due_on(day: datetime.date) -> list[AppointmentInfo]:
    """The slots still to happen on `day` (booked or confirmed), earliest first."""
    rows = (_query().where((Appointment.day == day) & Appointment.status.in_(OPEN))
            .order_by(Appointment.window_start, Appointment.id))
    return [_info(r) for r in rows.dicts()]


def due_tomorrow(day: datetime.date) -> list[AppointmentInfo]:
    """The slots of the day after `day`: the handover's list."""
    return due_on(day + datetime.timedelta(days=1))


def unconfirmed_for(day: datetime.date) -> list[AppointmentInfo]:
    """The slots of `day` nobody has confirmed with the department yet: the reminder's list."""
    return [i for i in due_on(day) if i.status == BOOKED]


def defaults_for(complaint_id: int, today: datetime.date | None = None) -> Defaults:
    """Tomorrow 09:00–12:00, the inquiry's department (or the one its category names), the
    customer's last address."""
    c = Complaint.get_or_none(Complaint.id == complaint_id)
    if c is None:
        raise DeskError("not_found")
    today = today or now().date()
    department_id = c.department_id
    if department_id is None:
        active = list(Department.select(Department.id, Department.name)
                      .where(Department.active == True)  # noqa: E712
                      .order_by(Department.sort_order, Department.name))
        word = CATEGORY_DEPARTMENT_WORDS.get(c.category, ())
        named = [d for d in active if any(w in d.name.lower() for w in word)]
        department_id = (named or active or [None])[0]
        department_id = department_id.id if department_id is not None else None
    last = (Appointment.select(Appointment.address)
            .join(Complaint, on=(Appointment.complaint == Complaint.id))
            .where((Complaint.customer == c.customer_id) & (Appointment.address != ""))
            .order_by(Appointment.id.desc()).first())
    return Defaults(department_id, today + datetime.timedelta(days=1), *DEFAULT_WINDOW,
                    address=last.address if last else "")


def note_data(appointment_id: int, staff, store: dict, at: datetime.datetime | None = None
              ) -> AppointmentNoteData:
    """The note as it prints; `store` holds store_name, store_address, store_phone."""
    info = get(appointment_id)
    ordinal = (Appointment.select().where((Appointment.complaint == info.complaint_id)
                                          & (Appointment.id <= info.id)).count())
    replaces = ""
    if info.moved_from_id:
        old = get(info.moved_from_id)
        replaces = old.slot()
    return AppointmentNoteData(
        store_name=store.get("store_name") or "", store_address=store.get("store_address") or "",
        store_phone=store.get("store_phone") or "", complaint_number=info.complaint_number,
        appointment_no=f"{info.complaint_number}-{ordinal}", customer_name=info.customer_name,
        phone=info.phone, department_name=info.department_name, day=info.day,
        window_start=info.window_start, window_end=info.window_end, address=info.address,
        bring=info.bring, note=info.note, status=info.status, replaces=replaces,
        clerk_name=staff.name, printed_at=at or now())


# -- writing -----------------------------------------------------------------------

def _inquiry(complaint_id: int) -> Complaint:
    c = Complaint.get_or_none(Complaint.id == complaint_id)
    if c is None:
        raise DeskError("not_found")
    if c.kind != INQUIRY:
        raise DeskError("appointment_needs_inquiry")
    return c


def _stored(appointment_id: int, expected_version: int) -> Appointment:
    row = Appointment.get_or_none(Appointment.id == appointment_id)
    if row is None:
        raise DeskError("not_found")
    if row.version != expected_version:
        raise ConflictError(current=get(appointment_id), expected=expected_version,
                            stored=row.version)
    return row


def _update(row: Appointment, expected_version: int, **changes) -> None:
    """The row's change if it is still at the version the clerk saw."""
    updated = (Appointment.update(**changes, version=Appointment.version + 1, updated_at=now())
               .where((Appointment.id == row.id) & (Appointment.version == expected_version))
               .execute())
    if updated != 1:  # another desk slipped in between the read and the update
        raise ConflictError(current=get(row.id), expected=expected_version)


def _record(row_or_info, staff, desk: str, action: str, note: str, field: str = "",
            old: str = "", new: str = "") -> None:
    complaint_id = row_or_info.complaint_id
    history.record(complaint_id, staff.id, desk, action, field=field, old=old, new=new,
                   note=note)
    history.mark_changed(TABLE, row_or_info.id, desk)
    history.mark_changed("complaint", complaint_id, desk)


def _department_name(department_id: int) -> str:
    return Department.get_by_id(department_id).name


def _require_open(row: Appointment) -> None:
    if row.status not in OPEN:
        raise DeskError("appointment_not_open", status=row.status)


def book(complaint_id: int, data: AppointmentInput, staff, desk: str) -> AppointmentInfo:
    """Book a slot for the inquiry; its history says which."""
    permissions.require(staff, "book_appointment")
    clean = validate(data)
    with db.write_transaction():
        inquiry = _inquiry(complaint_id)
        if inquiry.status == CLOSED:
            raise DeskError("complaint_closed")
        at = now()
        row = Appointment.create(complaint=complaint_id, created_by=staff.id, created_at=at,
                                 updated_at=at, desk=desk, status=BOOKED, **clean)
        _record(row, staff, desk, "appointment_booked",
                slot_text(_department_name(row.department_id), row.day, row.window_start,
                          row.window_end))
    return get(row.id)


def confirm_with_department(appointment_id: int, expected_version: int, staff, desk: str,
                            contact: str = "") -> AppointmentInfo:
    """The desk confirmed the slot with the department (the day before): who said yes."""
    permissions.require(staff, "change_appointment")
    contact = _outcome(contact, False, "confirmed_with")[:CONTACT_MAX]
    with db.write_transaction():
        row = _stored(appointment_id, expected_version)
        if row.status != BOOKED:
            raise DeskError("appointment_not_open", status=row.status)
        _update(row, expected_version, status=CONFIRMED, confirmed_with=contact,
                confirmed_at=now(), confirmed_by=staff.id)
        info = get(appointment_id)
        _record(info, staff, desk, "appointment_confirmed",
                " · ".join(p for p in (info.slot(), contact) if p))
    return info


def move(appointment_id: int, expected_version: int, data: AppointmentInput, reason: str,
         staff, desk: str) -> AppointmentInfo:
    """A new slot for the same inquiry; the old one stays, marked moved, with the reason."""
    permissions.require(staff, "change_appointment")
    errors = {}
    try:
        clean = validate(data)
    except ValidationError as error:
        errors.update(error.fields)
    reason_text, problem = check_text(reason, OUTCOME_MAX, required=True)
    if problem:
        errors["outcome_note"] = problem
    if errors:
        raise ValidationError(errors)
    with db.write_transaction():
        old = _stored(appointment_id, expected_version)
        _require_open(old)
        if (old.department_id, old.day, old.window_start, old.window_end) == (
                clean["department"], clean["day"], clean["window_start"], clean["window_end"]):
            raise ValidationError({"day": ("unchanged", {})})
        _update(old, expected_version, status=MOVED, outcome_note=reason_text)
        at = now()
        new = Appointment.create(complaint=old.complaint_id, created_by=staff.id,
                                 created_at=at, updated_at=at, desk=desk, status=BOOKED,
                                 moved_from=old.id, **clean)
        old_slot = slot_text(_department_name(old.department_id), old.day, old.window_start,
                             old.window_end)
        new_slot = slot_text(_department_name(new.department_id), new.day, new.window_start,
                             new.window_end)
        _record(new, staff, desk, "appointment_moved",
                f"{t('moved', old=old_slot, new=new_slot)} ({reason_text})")
        history.mark_changed(TABLE, old.id, desk)
    return get(new.id)


def _finish(appointment_id: int, expected_version: int, status: str, note: str,
            required: bool, staff, desk: str, action: str) -> AppointmentInfo:
    permissions.require(staff, "change_appointment")
    note = _outcome(note, required)
    with db.write_transaction():
        row = _stored(appointment_id, expected_version)
        _require_open(row)
        _update(row, expected_version, status=status, outcome_note=note)
        info = get(appointment_id)
        _record(info, staff, desk, action, " · ".join(p for p in (info.slot(), note) if p))
    return info


def mark_done(appointment_id: int, expected_version: int, staff, desk: str,
              note: str = "") -> AppointmentInfo:
    return _finish(appointment_id, expected_version, DONE, note, False, staff, desk,
                   "appointment_done")


def mark_missed(appointment_id: int, expected_version: int, what_happened: str, staff,
                desk: str) -> AppointmentInfo:
    """Nobody came (or the customer was not in): what happened is required."""
    return _finish(appointment_id, expected_version, MISSED, what_happened, True, staff, desk,
                   "appointment_missed")


def cancel(appointment_id: int, expected_version: int, reason: str, staff,
           desk: str) -> AppointmentInfo:
    return _finish(appointment_id, expected_version, CANCELLED, reason, True, staff, desk,
                   "appointment_cancelled")


def missed_to_complaint(appointment_id: int, expected_version: int, staff, desk: str,
                        channel: str | None = None) -> Complaint:
    """A missed slot becomes a complaint (kind "complaint"), in one transaction.

    It is registered through desk.complaints.registration with the inquiry's customer,
    phone, member number, product and purchase, an account of the missed slot (address,
    what happened) and the inquiry's own words; the slot and both complaints' histories
    point at each other. Doing it twice (a retry) finds the complaint made the first time.
    """
    permissions.require(staff, "appointment_to_complaint")
    with db.write_transaction():
        row = _stored(appointment_id, expected_version)
        if row.complaint_made_id:
            return Complaint.get_by_id(row.complaint_made_id)
        if row.status != MISSED:
            raise DeskError("appointment_not_missed")
        inquiry = Complaint.get_by_id(row.complaint_id)
        department = _department_name(row.department_id)
        account = t("account", number=inquiry.number, department=department,
                    day=row.day.isoformat(), start=row.window_start, end=row.window_end,
                    address=row.address, what=row.outcome_note)
        if inquiry.account:
            account = f"{account}\n{t('inquiry_said', account=inquiry.account)}"
        data = registration.ComplaintInput(
            kind=COMPLAINT, channel=channel or inquiry.channel, category=inquiry.category,
            complainant_name=inquiry.complainant_name, phone=inquiry.phone,
            member_no=inquiry.member_no or "", product_name=inquiry.product_name,
            product_brand=inquiry.product_brand, product_model=inquiry.product_model,
            order_no=inquiry.order_no or "", purchase_date=inquiry.purchase_date,
            purchase_amount="" if inquiry.purchase_amount is None
            else str(inquiry.purchase_amount),
            account=account[:registration.LIMITS["account"]],
            demands=inquiry.demand_codes, demand_detail=inquiry.demand_detail,
            entry_token=f"appointment-missed-{row.id}")
        made = registration.register(data, staff, desk)
        _update(row, expected_version, complaint_made=made.id)
        history.record(made.id, staff.id, desk, "from_appointment",
                       note=t("made_from", number=inquiry.number))
        info = get(row.id)
        _record(info, staff, desk, "appointment_to_complaint",
                f"{info.slot()} → {made.number}")
    return Complaint.get_by_id(made.id)
