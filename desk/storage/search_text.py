"""Which parts of a complaint are searchable as words."""

from desk.storage.tokens import index_tokens

SEARCHABLE_FIELDS = (
    "complainant_name",
    "account",
    "product_name",
    "product_brand",
    "product_model",
    "order_no",
    "demand_detail",
)


def complaint_tokens(*texts) -> list[str]:
    return index_tokens(*(t or "" for t in texts))


def tokens_of(complaint) -> list[str]:
    return complaint_tokens(*(getattr(complaint, f) for f in SEARCHABLE_FIELDS))


def text_of(complaint) -> str:
    return "\n".join(str(getattr(complaint, f) or "") for f in SEARCHABLE_FIELDS)
