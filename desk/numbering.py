"""Complaint numbers: store code + date + sequence, e.g. S01-20261122-0007.

The sequence is one row per store and day, bumped with an upsert inside the
registering transaction, so desks sharing a database never hand out a number twice.
"""

import datetime
import re

from desk.models import ComplaintSequence

NUMBER_PATTERN = re.compile(r"^[A-Z0-9]{1,8}-\d{8}-\d{4,}$")


def next_number(store_code: str, day: datetime.date) -> str:
    """Reserve the next number (call inside the write transaction that uses it)."""
    day_text = day.strftime("%Y%m%d")
    seq = reserve(ComplaintSequence, store_code, day_text)
    return f"{store_code}-{day_text}-{seq:04d}"


def reserve(sequence, store_code: str, day_text: str) -> int:
    """Bump and return the day's counter in `sequence`, a model shaped like
    ComplaintSequence (store_code, day, last); other numbered papers (slips) use it too."""
    query = (
        sequence.insert(store_code=store_code, day=day_text, last=1)
        .on_conflict(
            conflict_target=[sequence.store_code, sequence.day],
            update={sequence.last: sequence.last + 1},
        )
        .returning(sequence.last)
        .tuples()
    )
    (seq,) = next(iter(query.execute()))
    return seq


def looks_like_number(text: str) -> bool:
    """A whole or partial complaint number (what a scanner or a clerk types)."""
    return bool(re.match(r"^[A-Z0-9]{1,8}-\d{1,8}(-\d*)?$", text))
