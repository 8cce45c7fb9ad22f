"""Field rules shared by every form: one place, codes for the UI to translate."""

import datetime
import re
from decimal import Decimal, InvalidOperation

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^(0\d{2,3})?[2-9]\d{6,7}$")  # area code optional for local calls
_SERVICE = re.compile(r"^(400|800)\d{7}$")
MAX_AMOUNT = Decimal("99999999.99")


def normalize_phone(text: str) -> str:
    """Digits only, without a +86 country prefix: how phones are stored and searched."""
    digits = re.sub(r"[\s\-()（）]", "", text or "")
    digits = digits.translate(str.maketrans("０１２３４５６７８９＋", "0123456789+"))
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits


def check_phone(text: str) -> tuple[str | None, tuple[str, dict] | None]:
    """(normalized phone, error) for a Chinese mobile or landline number."""
    if not (text or "").strip():
        return None, ("required", {})
    phone = normalize_phone(text)
    if not phone.isdigit() or not (
        _MOBILE.match(phone) or _LANDLINE.match(phone) or _SERVICE.match(phone)
    ):
        return None, ("phone_invalid", {})
    return phone, None


def check_amount(text) -> tuple[Decimal | None, tuple[str, dict] | None]:
    """An optional money amount: >= 0, at most two decimals."""
    if text is None or str(text).strip() == "":
        return None, None
    raw = str(text).strip().replace(",", "").replace("，", "").lstrip("¥￥")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None, ("amount_invalid", {})
    if not value.is_finite():
        return None, ("amount_invalid", {})
    if value < 0:
        return None, ("amount_negative", {})
    if value.as_tuple().exponent < -2:
        return None, ("amount_decimals", {})
    if value > MAX_AMOUNT:
        return None, ("amount_too_large", {"max": str(MAX_AMOUNT)})
    return value.quantize(Decimal("0.01")), None


def check_text(value: str | None, max_len: int, required: bool = False):
    text = (value or "").strip()
    if required and not text:
        return text, ("required", {})
    if len(text) > max_len:
        return text, ("too_long", {"max": max_len})
    return text, None


def check_not_future(value, now: datetime.datetime, slack_minutes: int = 5):
    """Dates and times that lie in the future are typing mistakes."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        if value > now + datetime.timedelta(minutes=slack_minutes):
            return ("in_future", {})
    elif value > now.date():
        return ("in_future", {})
    return None
