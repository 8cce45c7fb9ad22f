"""The search box: one query string, whatever the clerk or the scanner typed.

A complaint number (or its beginning) is looked up by its unique index, a phone by
its index (full number or last four digits), anything else in the token index
(desk.storage.tokens) of the complaint text and names.
"""

from dataclasses import dataclass

from desk.models import Complaint
from desk.storage import db, numbering, tokens
from desk.storage.search_text import SEARCHABLE_FIELDS
from desk.validation import normalize_phone

COUNT_CAP = 1000
_VERIFY_BATCH = 200
_VERIFY_MAX_CANDIDATES = 20_000


@dataclass
class SearchPage:
    how: str  # "number", "phone", "phone_tail", "text" or "empty"
    ids: list[int]  # newest first (by number for a number prefix, else by id)
    more: bool  # whether a further page may exist (pass ids[-1] as before_id)


def clean_query(text: str) -> str:
    """What a scanner sends (trailing Enter, stray spaces, full-width forms) made plain."""
    return tokens.normalize(text).strip().upper() if text else ""


def classify(query: str) -> str:
    q = clean_query(query)
    if not q:
        return "empty"
    if numbering.looks_like_number(q):
        return "number"
    digits = normalize_phone(q)
    if digits.isdigit():
        if len(digits) == 4:
            return "phone_tail"
        if len(digits) >= 7:
            return "phone"
    return "text"


def _by_number(q: str, before_id, limit):
    query = Complaint.select(Complaint.id)
    if numbering.NUMBER_PATTERN.match(q):
        query = query.where(Complaint.number == q)
        if before_id is not None:
            query = query.where(Complaint.id < before_id)
        return [c.id for c in query]
    # A prefix as a range on the unique index: "S01-2026" <= number < "S01-2026\uffff",
    # newest number first, so the index walk stops after a page. (Ordering by id made
    # the database gather the whole month or year first: 0.5 s on PostgreSQL at 1M rows.)
    query = query.where((Complaint.number >= q) & (Complaint.number < q + "\uffff"))
    if before_id is not None:
        after = Complaint.select(Complaint.number).where(Complaint.id == before_id)
        query = query.where(Complaint.number < after)
    return [c.id for c in query.order_by(Complaint.number.desc()).limit(limit)]


def _by_phone(column, value, before_id, limit):
    query = Complaint.select(Complaint.id).where(column == value)
    if before_id is not None:
        query = query.where(Complaint.id < before_id)
    return [c.id for c in query.order_by(Complaint.id.desc()).limit(limit)]


def _texts(ids: list[int]) -> dict[int, str]:
    """The searchable text of these complaints, as search_text.text_of joins it."""
    columns = [getattr(Complaint, f) for f in SEARCHABLE_FIELDS]
    rows = Complaint.select(Complaint.id, *columns).where(Complaint.id.in_(ids)).tuples()
    return {row[0]: "\n".join(str(v or "") for v in row[1:]) for row in rows}


def _by_text(q: str, before_id, limit):
    needed = tokens.query_tokens(q)
    if not needed:
        return []
    backend = db.backend()
    if not tokens.needs_verification(q):
        return backend.search_ids(needed, before_id, limit)
    # Pairs ANDed can match texts that hold them apart: keep only real occurrences.
    wanted = tokens.normalize(q)
    found: list[int] = []
    scanned = 0
    while len(found) < limit and scanned < _VERIFY_MAX_CANDIDATES:
        # Real phrases are mostly real hits: fetch about a page (not 200 rows), and only
        # the text columns as tuples (whole model rows made this 10-20 ms at 1M rows).
        batch = min(_VERIFY_BATCH, limit + limit // 4 + 5)
        candidates = backend.search_ids(needed, before_id, batch)
        if not candidates:
            break
        scanned += len(candidates)
        texts = _texts(candidates)
        for cid in candidates:
            if wanted in tokens.normalize(texts.get(cid, "")):
                found.append(cid)
                if len(found) == limit:
                    break
        before_id = candidates[-1]
    return found


def search(query: str, before_id: int | None = None, limit: int = 50) -> SearchPage:
    q = clean_query(query)
    how = classify(q)
    if how == "empty":
        return SearchPage(how, [], False)
    if how == "number":
        ids = _by_number(q, before_id, limit)
    elif how == "phone":
        ids = _by_phone(Complaint.phone, normalize_phone(q), before_id, limit)
    elif how == "phone_tail":
        ids = _by_phone(Complaint.phone_tail, q, before_id, limit)
    else:
        ids = _by_text(q, before_id, limit)
    return SearchPage(how, ids, len(ids) == limit)


def count(query: str, cap: int = COUNT_CAP) -> tuple[int, bool]:
    """(count up to cap, whether there are more): show "1000+" rather than counting all."""
    q = clean_query(query)
    if classify(q) != "text":
        page = search(q, limit=cap + 1)
        return min(len(page.ids), cap), len(page.ids) > cap
    needed = tokens.query_tokens(q)
    if not needed or tokens.needs_verification(q):
        page = search(q, limit=cap + 1)
        return min(len(page.ids), cap), len(page.ids) > cap
    n = db.backend().count_matches(needed, cap)
    return min(n, cap), n > cap


