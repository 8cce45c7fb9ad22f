"""What the printed resolution slip shows, as plain values (desk.printing draws it).

`resolution_slip_data(complaint_id, slip_id)` reads the slip's record and snapshot,
the complaint and the store settings; `money_in_words` gives the amount in Chinese
capital numerals (大写金额) as on every signed money document.
"""

import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import cn2an

from desk import settings
from desk.errors import DeskError
from desk.models import Complaint, Staff
from desk.resolution import slips

BRIEF_MAX = 200  # the complaint in brief: the start of the customer's account
CENT = Decimal("0.01")


def money_in_words(amount: Decimal) -> str:
    """e.g. Decimal("800") -> 捌佰元整; cn2an truncates, so round (四舍五入) to the fen first."""
    return cn2an.an2cn(str(Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)), "rmb")


@dataclass(frozen=True)
class SlipRemedy:
    kind: str  # desk.resolution.remedies.REMEDY_KINDS code: the printer asks desk.ui.labels for words
    text: str
    amount: Decimal | None
    amount_in_words: str  # "" without an amount


@dataclass(frozen=True)
class ResolutionSlipData:
    store_name: str
    store_address: str
    store_phone: str
    slip_number: str
    complaint_number: str
    date: datetime.date
    customer_name: str
    customer_phone: str
    product: str
    receipt_no: str
    complaint_brief: str
    remedies: tuple[SlipRemedy, ...]
    total: Decimal
    total_in_words: str
    clerk_name: str
    supervisor_name: str  # the approving supervisor, "" when the clerk's authority sufficed
    copy_no: int  # the print this data is for: 1 = the original, 2+ = 第N次补打
    signed_at: datetime.datetime | None = None  # a reprint after signing says so


def brief(text: str) -> str:
    """The customer's account in short: the start of it, on one line."""
    text = " ".join((text or "").split())
    return text if len(text) <= BRIEF_MAX else text[: BRIEF_MAX - 1] + "…"


def resolution_slip_data(complaint_id: int, slip_id: int) -> ResolutionSlipData:
    """The values of the slip's next print (its copy number is the print count + 1)."""
    info = slips.slip(slip_id)
    if info.complaint_id != complaint_id:
        raise DeskError("not_found")
    c = Complaint.get_by_id(complaint_id)
    product = " ".join(p for p in (c.product_brand, c.product_name, c.product_model) if p)
    approver = Staff.get_by_id(info.approved_by_id) if info.approved_by_id else None
    return ResolutionSlipData(
        store_name=settings.get("store_name") or "",
        store_address=settings.get("store_address") or "",
        store_phone=settings.get("store_phone") or "",
        slip_number=info.number,
        complaint_number=c.number,
        date=info.issued_at.date(),
        customer_name=c.complainant_name,
        customer_phone=c.phone,
        product=product,
        receipt_no=c.order_no or "",
        complaint_brief=brief(c.account),
        remedies=tuple(SlipRemedy(r.kind, r.text, r.amount,
                                  money_in_words(r.amount) if r.amount is not None else "")
                       for r in info.remedies),
        total=info.total,
        total_in_words=money_in_words(info.total),
        clerk_name=Staff.get_by_id(info.issued_by_id).name,
        supervisor_name=approver.name if approver else "",
        copy_no=info.next_copy_no,
        signed_at=info.signed_at,
    )
