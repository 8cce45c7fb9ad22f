"""Words for the domain's codes, in the user's language.

The domain stores codes (desk.vocab); every list, form and printed page that shows
one asks here. QT_TRANSLATE_NOOP marks the words for lupdate; label() translates
them at the moment of display, so a language switch applies everywhere.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Vocabulary"

_WORDS = {
    # kinds
    "complaint": QT_TRANSLATE_NOOP("Vocabulary", "Complaint"),
    "inquiry": QT_TRANSLATE_NOOP("Vocabulary", "Inquiry / appointment"),
    # channels
    "counter": QT_TRANSLATE_NOOP("Vocabulary", "At the counter"),
    "phone": QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    "letter": QT_TRANSLATE_NOOP("Vocabulary", "Letter"),
    "email": QT_TRANSLATE_NOOP("Vocabulary", "E-mail"),
    "web": QT_TRANSLATE_NOOP("Vocabulary", "Web / app"),
    "consumer_assoc": QT_TRANSLATE_NOOP("Vocabulary", "Consumer association referral"),
    "hotline_12315": QT_TRANSLATE_NOOP("Vocabulary", "12315 hotline"),
    "media": QT_TRANSLATE_NOOP("Vocabulary", "Media"),
    # categories
    "product_quality": QT_TRANSLATE_NOOP("Vocabulary", "Product quality"),
    "service_attitude": QT_TRANSLATE_NOOP("Vocabulary", "Service attitude"),
    "delivery": QT_TRANSLATE_NOOP("Vocabulary", "Delivery"),
    "installation": QT_TRANSLATE_NOOP("Vocabulary", "Installation"),
    "repair": QT_TRANSLATE_NOOP("Vocabulary", "Repair / after-sales"),
    "price_billing": QT_TRANSLATE_NOOP("Vocabulary", "Price / billing"),
    "promotion": QT_TRANSLATE_NOOP("Vocabulary", "Promotion / gifts"),
    "environment": QT_TRANSLATE_NOOP("Vocabulary", "Store environment"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    # demands
    "refund": QT_TRANSLATE_NOOP("Vocabulary", "Refund"),
    "exchange": QT_TRANSLATE_NOOP("Vocabulary", "Exchange"),
    "compensation": QT_TRANSLATE_NOOP("Vocabulary", "Compensation"),
    "apology": QT_TRANSLATE_NOOP("Vocabulary", "Apology"),
    "explanation": QT_TRANSLATE_NOOP("Vocabulary", "Explanation"),
    # statuses
    "registered": QT_TRANSLATE_NOOP("Vocabulary", "Registered"),
    "answered": QT_TRANSLATE_NOOP("Vocabulary", "Answered"),
    "judged": QT_TRANSLATE_NOOP("Vocabulary", "Judged"),
    "explained": QT_TRANSLATE_NOOP("Vocabulary", "Explained"),
    "refused": QT_TRANSLATE_NOOP("Vocabulary", "Refused"),
    "investigating": QT_TRANSLATE_NOOP("Vocabulary", "Investigating"),
    "resolution_proposed": QT_TRANSLATE_NOOP("Vocabulary", "Resolution proposed"),
    "awaiting_approval": QT_TRANSLATE_NOOP("Vocabulary", "Awaiting approval"),
    "agreed": QT_TRANSLATE_NOOP("Vocabulary", "Agreed with customer"),
    "carried_out": QT_TRANSLATE_NOOP("Vocabulary", "Carried out"),
    "callback_pending": QT_TRANSLATE_NOOP("Vocabulary", "Callback pending"),
    "closed": QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
    # roles
    "clerk": QT_TRANSLATE_NOOP("Vocabulary", "Desk clerk"),
    "supervisor": QT_TRANSLATE_NOOP("Vocabulary", "Supervisor"),
}

# "repair" is both a category and a demand; the demand reads differently.
_DEMAND_WORDS = {"repair": QT_TRANSLATE_NOOP("Vocabulary", "Repair")}

_LEVELS = {
    1: QT_TRANSLATE_NOOP("Vocabulary", "Level 1: told to our staff"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "Level 2: told to others"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "Level 3: third party (media, consumer association, authorities)"),
}


def label(code: str) -> str:
    """The word for a code; a store's own category (no built-in word) shows as typed."""
    source = _WORDS.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


def demand_label(code: str) -> str:
    source = _DEMAND_WORDS.get(code) or _WORDS.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


def level_label(level: int) -> str:
    source = _LEVELS.get(level)
    return QCoreApplication.translate(_CONTEXT, source) if source else str(level)
