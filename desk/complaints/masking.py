"""Phone numbers on paper and on screens that others may read: 139****5678.

Mobile numbers keep their first three and last four digits; landlines keep the area
code and the last four digits. Separators stay where they were, so 010-62345678
reads 010-****5678.
"""

import re

_MOBILE = re.compile(r"^(?:\+?86)?1\d{10}$")
_KEEP_TAIL = 4


def mask_phone(phone: str | None) -> str:
    text = (phone or "").strip()
    digits = re.sub(r"\D", "", text)
    if not digits:
        return text
    compact = re.sub(r"[\s-]", "", text)
    if _MOBILE.match(compact):
        mobile = digits[-11:]
        prefix = "+86 " if len(digits) > 11 else ""
        return f"{prefix}{mobile[:3]}****{mobile[-4:]}"
    # Landline: the area code (before a separator, or a leading 0xx/0xxx) stays readable.
    match = re.match(r"^(\(?0\d{2,3}\)?[\s-]|\(0\d{2,3}\))(.*)$", text)
    head, rest = (match.group(1), match.group(2)) if match else ("", text)
    if not head and len(digits) in (11, 12) and digits.startswith("0"):
        area = 3 if digits[1] in "12" else 4  # 010, 02x: three digits; others four
        head, rest = digits[:area], digits[area:]
    return head + _mask_digits(rest)


def _mask_digits(text: str) -> str:
    """Every digit but the last four becomes *; at least four stars when there is more."""
    count = sum(c.isdigit() for c in text)
    if count <= _KEEP_TAIL:
        return "*" * count
    masked, seen = [], 0
    for c in text:
        if c.isdigit():
            seen += 1
            masked.append(c if seen > count - _KEEP_TAIL else "*")
        elif c not in " -":
            masked.append(c)
    return "".join(masked)
