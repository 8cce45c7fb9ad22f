"""The words for a complaint's fields, as the detail pane and the conflict dialog show them."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_FIELD_LABELS = {
    "number": QT_TRANSLATE_NOOP("DetailPane", "Number"),
    "kind": QT_TRANSLATE_NOOP("DetailPane", "Kind"),
    "status": QT_TRANSLATE_NOOP("DetailPane", "Status"),
    "channel": QT_TRANSLATE_NOOP("DetailPane", "Channel"),
    "category": QT_TRANSLATE_NOOP("DetailPane", "Category"),
    "escalation_level": QT_TRANSLATE_NOOP("DetailPane", "Escalation level"),
    "media_involved": QT_TRANSLATE_NOOP("DetailPane", "Media involved"),
    "complainant_name": QT_TRANSLATE_NOOP("DetailPane", "Customer"),
    "phone": QT_TRANSLATE_NOOP("DetailPane", "Phone"),
    "member_no": QT_TRANSLATE_NOOP("DetailPane", "Member no."),
    "earlier": QT_TRANSLATE_NOOP("DetailPane", "Earlier contacts"),
    "received_at": QT_TRANSLATE_NOOP("DetailPane", "Received"),
    "registered_by": QT_TRANSLATE_NOOP("DetailPane", "Registered by"),
    "desk": QT_TRANSLATE_NOOP("DetailPane", "Desk"),
    "assigned_to": QT_TRANSLATE_NOOP("DetailPane", "Assigned to"),
    "department": QT_TRANSLATE_NOOP("DetailPane", "Department"),
    "deadline": QT_TRANSLATE_NOOP("DetailPane", "Deadline"),
    "product_name": QT_TRANSLATE_NOOP("DetailPane", "Product"),
    "product_brand": QT_TRANSLATE_NOOP("DetailPane", "Brand"),
    "product_model": QT_TRANSLATE_NOOP("DetailPane", "Model"),
    "order_no": QT_TRANSLATE_NOOP("DetailPane", "Order / receipt no."),
    "purchase_date": QT_TRANSLATE_NOOP("DetailPane", "Purchase date"),
    "purchase_amount": QT_TRANSLATE_NOOP("DetailPane", "Purchase amount"),
    "account": QT_TRANSLATE_NOOP("DetailPane", "Customer's account"),
    "demands": QT_TRANSLATE_NOOP("DetailPane", "Customer asks for"),
    "demand_detail": QT_TRANSLATE_NOOP("DetailPane", "Details of the demand"),
    "repeat_of": QT_TRANSLATE_NOOP("DetailPane", "Repeat of"),
    "closed_at": QT_TRANSLATE_NOOP("DetailPane", "Closed"),
}


def field_label(name: str) -> str:
    """The words for one of the complaint's fields (its code if it has none)."""
    source = _FIELD_LABELS.get(name)
    return QCoreApplication.translate("DetailPane", source) if source else name
