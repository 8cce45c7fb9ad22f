"""Registering a complaint or inquiry: the complaint registration form's rules.

The form (desk/ui/complaints/registration_form.py) collects a ComplaintInput; this module
checks it, finds the customer's earlier complaints, and writes the complaint,
its search tokens, its first history entry and the change note in one transaction.
"""

import datetime
from dataclasses import dataclass, field

from desk import settings, vocab
from desk.complaints import escalation
from desk.errors import DeskError, ValidationError
from desk.models import Complaint, Customer, PhoneNumber, Staff, now
from desk.storage import db, history, numbering
from desk.storage.search_text import tokens_of
from desk.validation import check_amount, check_not_future, check_phone, check_text

REPEAT_WINDOW_DAYS = 30

LIMITS = {
    "complainant_name": 40,
    "member_no": 32,
    "product_name": 60,
    "product_brand": 40,
    "product_model": 60,
    "order_no": 40,
    "account": 2000,
    "demand_detail": 1000,
}


@dataclass
class ComplaintInput:
    """What the clerk typed, before it is checked."""

    kind: str = "complaint"
    channel: str = vocab.DEFAULT_CHANNEL
    category: str = ""
    complainant_name: str = ""
    phone: str = ""
    member_no: str = ""
    received_at: datetime.datetime | None = None
    product_name: str = ""
    product_brand: str = ""
    product_model: str = ""
    order_no: str = ""
    purchase_date: datetime.date | None = None
    purchase_amount: str = ""
    account: str = ""
    demands: list[str] = field(default_factory=list)
    demand_detail: str = ""
    escalation_level: int = 1
    media_involved: bool = False
    repeat_of_id: int | None = None
    # Made once per form (and kept in its draft): saving the same entry twice, e.g. a
    # retry after the database committed but the answer was lost, registers it once.
    entry_token: str = ""


def effective_level(level: int, channel: str, media_involved: bool) -> int:
    """A complaint that came through a third party or the media is level 3."""
    if channel in vocab.THIRD_PARTY_CHANNELS or media_involved:
        return 3
    return level


def needs_supervisor_at_once(level: int, media_involved: bool) -> bool:
    return level >= 3 or media_involved


def validate(data: ComplaintInput, at: datetime.datetime | None = None) -> dict:
    """Clean values ready to store; raises ValidationError with every bad field."""
    at = at or now()
    errors: dict[str, tuple[str, dict]] = {}
    clean: dict = {}

    def keep(name, result):
        value, error = result
        clean[name] = value
        if error:
            errors[name] = error

    if data.kind not in vocab.KINDS:
        errors["kind"] = ("choice_invalid", {})
    if data.channel not in vocab.CHANNELS:
        errors["channel"] = ("choice_invalid", {})
    if not data.category:
        errors["category"] = ("required", {})
    elif data.category not in settings.get("categories"):
        errors["category"] = ("choice_invalid", {})
    keep("phone", check_phone(data.phone))
    keep("purchase_amount", check_amount(data.purchase_amount))
    for name, limit in LIMITS.items():
        keep(name, check_text(getattr(data, name), limit, name in ("complainant_name", "account")))
    received_at = data.received_at or at
    if error := check_not_future(received_at, at):
        errors["received_at"] = error
    if error := check_not_future(data.purchase_date, at):
        errors["purchase_date"] = error
    elif data.purchase_date and data.purchase_date > received_at.date():
        errors["purchase_date"] = ("after_received", {})
    unknown = [d for d in data.demands if d not in vocab.DEMANDS]
    if unknown:
        errors["demands"] = ("choice_invalid", {})
    if data.escalation_level not in vocab.ESCALATION_LEVELS:
        errors["escalation_level"] = ("choice_invalid", {})
    if errors:
        raise ValidationError(errors)
    clean.update(
        kind=data.kind,
        channel=data.channel,
        category=data.category,
        received_at=received_at.replace(microsecond=0),
        purchase_date=data.purchase_date,
        demands=",".join(d for d in vocab.DEMANDS if d in data.demands),
        escalation_level=effective_level(data.escalation_level, data.channel, data.media_involved),
        media_involved=data.media_involved,
        member_no=clean["member_no"] or None,
        order_no=clean["order_no"] or None,
    )
    return clean


def earlier_complaints(phone_text: str, limit: int = 20) -> list[Complaint]:
    """The customer's earlier contacts, newest first, for the form to show as the phone is typed."""
    phone, error = check_phone(phone_text)
    if error:
        return []
    customer = customer_for(phone)  # every phone of the customer, merged records included
    mine = Complaint.customer == customer.id if customer else Complaint.phone == phone
    return list(Complaint.select().where(mine).order_by(Complaint.id.desc()).limit(limit))


def suggest_repeat_of(earlier: list[Complaint], category: str, product_model: str,
                      at: datetime.datetime) -> Complaint | None:
    """The earlier complaint this one probably repeats: same matter within 30 days."""
    since = at - datetime.timedelta(days=REPEAT_WINDOW_DAYS)
    for old in earlier:
        if old.kind != "complaint" or old.received_at < since:
            continue
        same_product = product_model and old.product_model == product_model
        if old.category == category or same_product:
            return old
    return None


def customer_for(phone: str) -> Customer | None:
    """The customer record with this phone, its first or a further one; a record merged
    into another reads as the one it went into (desk.customers.merge)."""
    found = Customer.get_or_none(Customer.phone == phone)
    if found is None:
        extra = PhoneNumber.get_or_none(PhoneNumber.phone == phone)
        found = Customer.get_by_id(extra.customer_id) if extra else None
    if found is None or found.merged_into_id is None:
        return found
    return Customer.get_by_id(live_customer_id(found.id))


def live_customer_id(customer_id: int) -> int:
    """The record a customer id reads as today: merged records point at their survivor."""
    seen = set()
    while customer_id not in seen:
        seen.add(customer_id)
        row = (Customer.select(Customer.merged_into).where(Customer.id == customer_id)
               .tuples().first())
        if row is None:
            raise DeskError("not_found")
        if row[0] is None:
            return customer_id
        customer_id = row[0]
    return customer_id


def _upsert_customer(clean: dict) -> Customer:
    customer = customer_for(clean["phone"])
    if customer is None:
        return Customer.create(
            name=clean["complainant_name"], phone=clean["phone"], phone_tail=clean["phone"][-4:],
            member_no=clean["member_no"],
        )
    changes = {}
    if clean["complainant_name"] != customer.name:
        changes["name"] = clean["complainant_name"]
    if clean["member_no"] and clean["member_no"] != customer.member_no:
        changes["member_no"] = clean["member_no"]
    if changes:  # the record's version moves, so an open record form sees a conflict
        Customer.update(version=Customer.version + 1, **changes).where(
            Customer.id == customer.id).execute()
    return customer


def register(data: ComplaintInput, staff: Staff, desk: str) -> Complaint:
    """Check and store a new complaint; returns it with its number."""
    clean = validate(data)
    store_code = settings.get("store_code")
    token = data.entry_token.strip()[:36] or None
    with db.write_transaction():
        if token and (done := Complaint.get_or_none(Complaint.entry_token == token)):
            return done  # this very entry was saved already: the answer had been lost
        customer = _upsert_customer(clean)
        complaint = Complaint.create(
            number=numbering.next_number(store_code, clean["received_at"].date()),
            status=vocab.STATUS_REGISTERED,
            customer=customer,
            phone_tail=clean["phone"][-4:],
            registered_by=staff,
            assigned_to=staff,
            repeat_of=data.repeat_of_id,
            desk=desk,
            entry_token=token,
            **clean,
        )
        db.backend().index_complaint(complaint.id, tokens_of(complaint))
        history.record(complaint.id, staff.id, desk, "registered", new=complaint.number)
        if complaint.repeat_of_id:
            history.record(complaint.id, staff.id, desk, "linked_repeat",
                           field="repeat_of", new=complaint.repeat_of_id)
        escalation.on_registered(complaint, staff, desk)  # level 3 / media: tell a supervisor
        history.mark_changed("complaint", complaint.id, desk)
    return complaint
