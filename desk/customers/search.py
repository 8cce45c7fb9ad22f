"""The customer list's search: name prefix, phone (any of a customer's), the last four
digits, member number. Each kind reads one index, so 300,000 customers answer in
milliseconds; pages follow one another by offset in a fixed order.
"""

import datetime
from dataclasses import dataclass

from peewee import JOIN

from desk.models import Customer, PhoneNumber, Staff
from desk.storage import db
from desk.validation import normalize_phone

PAGE = 200


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    phone: str
    member_no: str
    card_level: str
    tags: list[str]
    holder_name: str
    first_contact_due: datetime.datetime | None
    first_contact_at: datetime.datetime | None


def _condition(text: str):
    """What the typed text means: digits are a phone, its tail or a member number;
    text with a digit a member number; anything else a name's beginning (listed by name)."""
    text = text.strip()
    if not text:
        return None, False
    digits = normalize_phone(text)
    if digits.isdigit():
        if len(digits) == 4:
            extra = PhoneNumber.select(PhoneNumber.customer).where(PhoneNumber.phone_tail == digits)
            return (Customer.phone_tail == digits) | Customer.id.in_(extra), False
        if len(digits) >= 7:
            extra = PhoneNumber.select(PhoneNumber.customer).where(PhoneNumber.phone == digits)
            return ((Customer.phone == digits) | Customer.id.in_(extra)
                    | (Customer.member_no == text)), False
        return Customer.member_no == text, False
    if any(ch.isdigit() for ch in text):  # names hold no digits: a member number (M0042)
        return Customer.member_no == text, False
    name = Customer.name.collate(db.backend().binary_collation)
    # Every name starting with the text sorts between it and it followed by the highest
    # code point: one range over ix_customer_name, for any script.
    return (name >= text) & (name < text + "\U0010ffff"), True


def owed_first() -> tuple:
    """A clerk's customers in the order they are worked: first contacts still owed,
    earliest due first, then the others."""
    owed_last = Customer.first_contact_at.is_null(False) | Customer.first_contact_due.is_null()
    return owed_last, Customer.first_contact_due


def search(text: str = "", offset: int = 0, limit: int = PAGE,
           holder_id: int | None = None) -> list[CustomerRow]:
    """A page of live records (merged ones are left out), newest first, or by name for
    a name search. holder_id: only that clerk's customers (0: nobody's), owed first
    contacts first."""
    query = (Customer.select(Customer.id, Customer.name, Customer.phone, Customer.member_no,
                             Customer.card_level, Customer.tags, Customer.first_contact_due,
                             Customer.first_contact_at, Staff.name.alias("holder"))
             .join(Staff, JOIN.LEFT_OUTER, on=(Customer.assigned_to == Staff.id))
             .where(Customer.merged_into.is_null()))
    condition, by_name = _condition(text)
    if condition is not None:
        query = query.where(condition)
    if holder_id == 0:
        query = query.where(Customer.assigned_to.is_null())
    elif holder_id is not None:
        query = query.where(Customer.assigned_to == holder_id)
    if by_name:
        order = (Customer.name.collate(db.backend().binary_collation), Customer.id)
    elif holder_id:
        order = (*owed_first(), Customer.id.desc())
    else:
        order = (Customer.id.desc(),)
    rows = query.order_by(*order).offset(offset).limit(limit).dicts()
    return [CustomerRow(r["id"], r["name"], r["phone"], r["member_no"] or "", r["card_level"],
                        [t for t in r["tags"].split(",") if t], r["holder"] or "",
                        r["first_contact_due"], r["first_contact_at"]) for r in rows]
