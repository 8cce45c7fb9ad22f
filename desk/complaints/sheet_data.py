"""Plain data for printed documents, read from the database (printing itself reads nothing)."""

from dataclasses import dataclass

from desk import settings
from desk.models import Complaint, Staff


@dataclass
class SheetStore:
    name: str
    address: str = ""
    phone: str = ""


@dataclass
class SheetComplaint:
    """The filled-in values, already plain (the caller reads them from the database)."""

    number: str
    received_at: str
    kind: str
    channel: str
    category: str
    complainant_name: str
    phone: str
    member_no: str
    product: str
    order_no: str
    purchase_date: str
    purchase_amount: str
    account: str
    demands: list[str]
    demand_detail: str
    escalation_level: int
    media_involved: bool
    clerk_name: str
    repeat_of_number: str = ""


def store_header() -> SheetStore:
    return SheetStore(name=settings.get("store_name") or "", address=settings.get("store_address") or "",
                      phone=settings.get("store_phone") or "")


def registration_sheet_data(complaint_id: int) -> SheetComplaint:
    c = Complaint.get_by_id(complaint_id)
    clerk = Staff.get_by_id(c.registered_by_id)
    repeat = Complaint.get_or_none(Complaint.id == c.repeat_of_id) if c.repeat_of_id else None
    product = " / ".join(x for x in (c.product_name, c.product_brand, c.product_model) if x)
    return SheetComplaint(
        number=c.number,
        received_at=c.received_at.strftime("%Y-%m-%d %H:%M"),
        kind=c.kind,
        channel=c.channel,
        category=c.category,
        complainant_name=c.complainant_name,
        phone=c.phone,
        member_no=c.member_no or "",
        product=product,
        order_no=c.order_no or "",
        purchase_date=c.purchase_date.isoformat() if c.purchase_date else "",
        purchase_amount=f"{c.purchase_amount:,.2f}" if c.purchase_amount is not None else "",
        account=c.account,
        demands=c.demand_codes,
        demand_detail=c.demand_detail,
        escalation_level=c.escalation_level,
        media_involved=c.media_involved,
        clerk_name=clerk.name,
        repeat_of_number=repeat.number if repeat else "",
    )
