"""The customer's own record (客户资料): who they are, how to reach them, what to mind.

Registration links a complaint to its customer by phone (desk.complaints.registration);
here the record is read and edited as a whole: more than one phone, member card level,
address, preferred contact time and method, "declines callbacks", tags (VIP, sensitive,
elderly ...) and free notes. Every edit checks the version the editor read (two desks
get a conflict, never a silent overwrite) and leaves an entry in the record's history.
A record merged into another one (desk.customers.merge) reads as the one it went into.
"""

import datetime
import json
from dataclasses import dataclass, field

from desk import vocab
from desk.complaints import registration
from desk.errors import ConflictError, DeskError, ValidationError
from desk.models import Customer, CustomerEvent, PhoneNumber, Staff, now
from desk.staff import permissions
from desk.storage import db
from desk.storage.history import mark_changed
from desk.validation import check_phone, check_text

TABLE = "customer"  # ChangeLog kind: open records and lists refresh on every desk
MAX_PHONES = 5
NAME_MAX, MEMBER_MAX, ADDRESS_MAX, TIME_MAX, NOTES_MAX = 40, 32, 200, 40, 2000


@dataclass(frozen=True)
class CustomerRecord:
    id: int
    name: str
    phones: list[str]  # the first is the one registration stored first
    member_no: str
    card_level: str
    address: str
    contact_time: str
    contact_method: str
    declines_callbacks: bool
    tags: list[str]
    notes: str
    version: int
    created_at: datetime.datetime
    assigned_to_id: int | None = None
    assigned_to_name: str = ""
    assigned_at: datetime.datetime | None = None
    first_contact_due: datetime.datetime | None = None
    first_contact_at: datetime.datetime | None = None


@dataclass
class CustomerChanges:
    """What the record's form holds; every field is written as given."""

    name: str
    phones: list[str]
    member_no: str = ""
    card_level: str = ""
    address: str = ""
    contact_time: str = ""
    contact_method: str = ""
    declines_callbacks: bool = False
    tags: list[str] = field(default_factory=list)
    notes: str = ""


def resolve(customer_id: int) -> int:
    """The record a customer id reads as today (a merged record: the one it went into)."""
    return registration.live_customer_id(customer_id)


def phones_of(customer: Customer) -> list[str]:
    extra = (PhoneNumber.select(PhoneNumber.phone)
             .where(PhoneNumber.customer == customer.id).order_by(PhoneNumber.id))
    return [customer.phone] + [p.phone for p in extra]


def get(customer_id: int) -> CustomerRecord:
    c = Customer.get_or_none(Customer.id == resolve(customer_id))
    if c is None:
        raise DeskError("not_found")
    holder = Staff.get_or_none(Staff.id == c.assigned_to_id) if c.assigned_to_id else None
    return CustomerRecord(
        id=c.id, name=c.name, phones=phones_of(c), member_no=c.member_no or "",
        card_level=c.card_level, address=c.address, contact_time=c.contact_time,
        contact_method=c.contact_method, declines_callbacks=c.declines_callbacks,
        tags=c.tag_codes, notes=c.notes, version=c.version, created_at=c.created_at,
        assigned_to_id=c.assigned_to_id, assigned_to_name=holder.name if holder else "",
        assigned_at=c.assigned_at, first_contact_due=c.first_contact_due,
        first_contact_at=c.first_contact_at)


def _check_phones(customer_id: int | None, texts: list[str], errors: dict) -> list[str]:
    phones: list[str] = []
    for text in [t for t in texts if (t or "").strip()]:
        phone, error = check_phone(text)
        if error:
            errors["phones"] = ("phone_invalid_named", {"phone": text.strip()})
            return phones
        if phone not in phones:
            phones.append(phone)
    if not phones:
        errors["phones"] = ("required", {})
    elif len(phones) > MAX_PHONES:
        errors["phones"] = ("too_many_phones", {"max": MAX_PHONES})
    else:
        for phone in phones:
            other = registration.customer_for(phone)
            if other is not None and other.id != customer_id:
                errors["phones"] = ("phone_taken", {"phone": phone, "name": other.name})
                break
    return phones


def validate(changes: CustomerChanges, customer_id: int | None = None) -> dict:
    """The cleaned values, or ValidationError with a code per field."""
    errors: dict[str, tuple[str, dict]] = {}
    clean: dict = {}

    def text(name: str, value: str, limit: int, required: bool = False):
        clean[name], error = check_text(value, limit, required)
        if error:
            errors[name] = error

    text("name", changes.name, NAME_MAX, required=True)
    text("member_no", changes.member_no, MEMBER_MAX)
    text("address", changes.address, ADDRESS_MAX)
    text("contact_time", changes.contact_time, TIME_MAX)
    text("notes", changes.notes, NOTES_MAX)
    for name, value, allowed in (("card_level", changes.card_level, vocab.CARD_LEVELS),
                                 ("contact_method", changes.contact_method,
                                  vocab.CONTACT_METHODS)):
        if value and value not in allowed:
            errors[name] = ("choice_invalid", {})
        clean[name] = value or ""
    unknown = [t for t in changes.tags if t not in vocab.CUSTOMER_TAGS]
    if unknown:
        errors["tags"] = ("choice_invalid", {})
    clean["tags"] = ",".join(t for t in vocab.CUSTOMER_TAGS if t in changes.tags)
    clean["declines_callbacks"] = bool(changes.declines_callbacks)
    clean["phones"] = _check_phones(customer_id, changes.phones, errors)
    if errors:
        raise ValidationError(errors)
    return clean


def record_event(customer_id: int, staff_id: int | None, desk: str, action: str,
                 **detail) -> None:
    """One entry in the record's history; call inside the change's transaction."""
    CustomerEvent.create(customer=customer_id, at=now(), staff=staff_id, desk=desk,
                         action=action,
                         detail=json.dumps(detail, ensure_ascii=False, default=str))


def bump(customer_id: int, expected_version: int, **changes) -> None:
    """Write changes only over the version the caller read; else a conflict."""
    done = (Customer.update(version=Customer.version + 1, **changes)
            .where((Customer.id == customer_id) & (Customer.version == expected_version))
            .execute())
    if done != 1:
        raise ConflictError(current=get(customer_id))


def set_phones(customer: Customer, phones: list[str]) -> None:
    """The first phone in the customer row, the others as further phones."""
    PhoneNumber.delete().where(PhoneNumber.customer == customer.id).execute()
    for phone in phones[1:]:
        PhoneNumber.create(customer=customer.id, phone=phone, phone_tail=phone[-4:])


def update(customer_id: int, expected_version: int, changes: CustomerChanges, staff,
           desk: str) -> CustomerRecord:
    permissions.require(staff, "edit_customer")
    customer_id = resolve(customer_id)
    clean = validate(changes, customer_id)
    phones = clean.pop("phones")
    with db.write_transaction():
        before = get(customer_id)
        row = {**clean, "phone": phones[0], "phone_tail": phones[0][-4:],
               "member_no": clean["member_no"] or None}
        bump(customer_id, expected_version, **row)
        set_phones(Customer.get_by_id(customer_id), phones)
        after = get(customer_id)
        changed = {name: [_plain(getattr(before, name)), _plain(getattr(after, name))]
                   for name in ("name", "phones", "member_no", "card_level", "address",
                                "contact_time", "contact_method", "declines_callbacks",
                                "tags", "notes")
                   if getattr(before, name) != getattr(after, name)}
        if changed:
            record_event(customer_id, staff.id, desk, "edited", changed=changed)
        mark_changed(TABLE, customer_id, desk)
    return after


def _plain(value):
    return ",".join(value) if isinstance(value, list) else value
